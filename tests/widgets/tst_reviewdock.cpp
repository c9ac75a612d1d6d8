// Review on the real LIVECell val file: marking images reviewed or flagged, notes and cell flags
// are undoable, show in the Review panel and its progress table, drive "next unreviewed" and
// "next flagged", and are saved to the sidecar beside the annotation file.
#include "editingfixture.h"

#include "model/peruserfile.h"
#include "widgets/documentcontroller.h"
#include "widgets/reviewdock.h"
#include "widgets/tools/edittools.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableWidget>

using namespace curator;
using namespace curator::test;

class TestReviewDock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    QString m_path;

    static QCheckBox* reviewedBox(MainWindow& window)
    {
        for (auto* box : window.review()->findChildren<QCheckBox*>()) {
            if (box->text() == QStringLiteral("Reviewed"))
                return box;
        }
        return nullptr;
    }
    /** The sum of the Reviewed column's counts. */
    static int reviewedInTable(MainWindow& window)
    {
        int sum = 0;
        QTableWidget* table = window.review()->progressTable();
        for (int r = 0; r < table->rowCount(); ++r)
            sum += table->item(r, 1)->text().section(u' ', 0, 0).toInt();   // "reviewed / images"
        return sum;
    }

private slots:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void init()
    {
        m_path = copyRealVal(m_dataDir);
        for (const QString& path : perUserFiles(QStringLiteral("reviews"), QStringLiteral(".review")))
            QFile::remove(path);   // else one test's per-user marks would come to the next test's copy
    }

    void marksKeptForTheSameFileElsewhereComeAlongAndAreTold()
    {
        // A reviewer's marks on a read-only share are kept per user; the same file opened at another path
        // (the share mounted elsewhere, a copy) opens with them, and the status line says where they came
        // from, in front of the "Opened" line.
        QTemporaryDir share;
        const QString onShare = copyRealVal(share);
        QVERIFY(QDir().mkdir(ReviewState::sidecarPath(onShare)));   // the share's folder cannot take it
        {
            MainWindow window;
            QVERIFY(openAndWait(window, onShare));
            window.review()->reviewedAction()->trigger();
            QVERIFY(window.documentController()->saveAll());
            QVERIFY(QFileInfo(ReviewState::perUserSidecarPath(onShare)).isFile());
        }
        MainWindow window;
        QVERIFY(openAndWait(window, m_path));
        QVERIFY(reviewedBox(window)->isChecked());
        QCOMPARE(reviewedInTable(window), 1);
        const QString line = window.statusBar()->currentMessage();
        const QString expected =
            QStringLiteral("Review marks of livecell_coco_val.json taken from the same file at %1. Opened 1 ")
                .arg(QDir::toNativeSeparators(QFileInfo(onShare).absoluteFilePath()));
        QVERIFY2(line.startsWith(expected), qPrintable(line));
        QVERIFY(QDir().rmdir(ReviewState::sidecarPath(onShare)));
    }

    void markingReviewedIsUndoableAndSaved()
    {
        {
            MainWindow window;
            QVERIFY(openAndWait(window, m_path));
            const int image = shownImage(window);
            QCheckBox* box = reviewedBox(window);
            QVERIFY(box && box->isEnabled() && !box->isChecked());
            QCOMPARE(reviewedInTable(window), 0);
            QVERIFY(window.review()->progressTable()->rowCount() > 0);

            window.review()->reviewedAction()->trigger();
            QVERIFY(box->isChecked());
            QVERIFY(window.documents()->activeDocument()->imageReview(image).reviewed);
            QCOMPARE(reviewedInTable(window), 1);
            QVERIFY(window.isWindowModified());
            window.documentController()->undoAction()->trigger();
            QVERIFY(!box->isChecked());
            QCOMPARE(reviewedInTable(window), 0);
            window.documentController()->redoAction()->trigger();
            QVERIFY(box->isChecked());
            QVERIFY(window.documentController()->saveAll());
            QVERIFY(QFile::exists(ReviewState::sidecarPath(m_path)));
        }
        MainWindow window;
        QVERIFY(openAndWait(window, m_path));
        QVERIFY(reviewedBox(window)->isChecked());
        QCOMPARE(reviewedInTable(window), 1);
    }

    void progressTableShowsEveryColumn()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(openAndWait(window, m_path));
        QCoreApplication::processEvents();
        QTableWidget* table = window.review()->progressTable();
        QVERIFY(table->rowCount() > 0);
        // At 1280 x 800 all four columns fit: nothing hides behind a sideways scroll bar.
        QVERIFY2(table->horizontalHeader()->length() <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(table->horizontalHeader()->length()).arg(table->viewport()->width())));
        for (int c = 0; c < table->columnCount(); ++c) {
            QVERIFY(!table->horizontalHeaderItem(c)->toolTip().isEmpty());
            QVERIFY2(table->columnWidth(c) >= table->horizontalHeader()->sectionSizeHint(c), qPrintable(QString::number(c)));
        }
        // Each row names its split and cell type, e.g. "val BT474", and counts reviewed of all images.
        const QString group = table->item(0, 0)->text();
        QVERIFY2(group.startsWith(QStringLiteral("val ")), qPrintable(group));
        QVERIFY2(table->item(0, 1)->text().contains(QStringLiteral(" / ")), qPrintable(table->item(0, 1)->text()));
    }

    void noteIsKeptPerImage()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_path));
        const int image = shownImage(window);
        QLineEdit* note = window.review()->noteEdit();
        note->setText(QStringLiteral("out of focus"));
        emit note->editingFinished();
        QCOMPARE(window.documents()->activeDocument()->imageReview(image).note, QStringLiteral("out of focus"));
        window.documentController()->undoAction()->trigger();
        QCOMPARE(note->text(), QString());
        window.documentController()->redoAction()->trigger();
        QCOMPARE(note->text(), QStringLiteral("out of focus"));
    }

    void flaggingSelectedCellsToggles()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_path));
        Document* doc = window.documents()->activeDocument();
        const qint64 id = activeCell(window, shownImage(window));
        const CellKey key{0, doc->store().annotationIndex(id)};
        window.canvas()->resize(800, 600);
        const auto flagPixels = [&] {
            const QImage shot = window.canvas()->grab().toImage();
            int n = 0;
            for (int y = 0; y < shot.height(); ++y) {
                for (int x = 0; x < shot.width(); ++x) {
                    const QRgb p = shot.pixel(x, y);
                    n += qMax(qRed(p), qMax(qGreen(p), qBlue(p))) < 24;   // the dashes' black underlay
                }
            }
            return n;
        };
        window.canvas()->setSelectedCells({key});
        window.review()->flagCellsAction()->trigger();
        QVERIFY(doc->isCellFlagged(id));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Flagged")));
        // The flag is drawn on the canvas: black and white dashes around the cell.
        QCOMPARE(window.canvas()->flaggedCells(), QList<CellKey>{key});
        window.canvas()->setSelectedCells({});
        const int flaggedShot = flagPixels();
        window.documentController()->undoAction()->trigger();
        QVERIFY(window.canvas()->flaggedCells().isEmpty());
        const int unflaggedShot = flagPixels();
        QVERIFY2(flaggedShot > unflaggedShot + 10, qPrintable(QStringLiteral("%1 %2").arg(flaggedShot).arg(unflaggedShot)));
        window.documentController()->redoAction()->trigger();
        QCOMPARE(window.canvas()->flaggedCells(), QList<CellKey>{key});
        window.canvas()->setSelectedCells({key});
        window.review()->flagCellsAction()->trigger();
        QVERIFY(!doc->isCellFlagged(id));
        QVERIFY(window.canvas()->flaggedCells().isEmpty());

        window.canvas()->setSelectedCells({});
        window.review()->flagCellsAction()->trigger();
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Select")));
    }

    void nextUnreviewedAndNextFlagged()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_path));
        Document* doc = window.documents()->activeDocument();
        const int first = shownImage(window);
        window.review()->reviewedAction()->trigger();
        window.review()->nextUnreviewedAction()->trigger();
        const int second = shownImage(window);
        QVERIFY(second != first);
        QVERIFY(!doc->imageReview(second).reviewed);

        // Flag another image; "next flagged" goes there.
        int flagged = 0;
        while (flagged == first || flagged == second)
            ++flagged;
        QVERIFY(doc->setImagesFlagged({flagged}, true));
        window.review()->nextFlaggedAction()->trigger();
        QCOMPARE(shownImage(window), flagged);
        QVERIFY(window.review()->flagImageAction()->isChecked());

        QList<int> all;
        for (int i = 0; i < doc->store().imageCount(); ++i)
            all.append(i);
        QVERIFY(doc->setImagesReviewed(all, true));
        window.review()->nextUnreviewedAction()->trigger();
        QCOMPARE(shownImage(window), flagged);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("reviewed")));
    }
};

QTEST_MAIN(TestReviewDock)
#include "tst_reviewdock.moc"
