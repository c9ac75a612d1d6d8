// File ▸ Export Masks… on the real LIVECell val file: a label image per image, written in the
// background with the unsaved edits included, announced when done.
#include "editingfixture.h"

#include "widgets/maskexportcontroller.h"

#include <QAction>
#include <QImageReader>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStatusBar>

using namespace curator;
using namespace curator::test;

class TestMaskExportController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;

private slots:
    void initTestCase() { isolateSettings(m_settingsDir); }

    void writesALabelImagePerImageWithTheEdits()
    {
        const QString path = copyRealVal(m_dataDir);
        MainWindow window;
        QVERIFY(openAndWait(window, path));
        QVERIFY(window.maskExport()->action()->isEnabled());
        Document* doc = window.documents()->activeDocument();
        QVERIFY(doc->deleteCells({activeCell(window, 0)}));
        const int live = doc->store().liveAnnotationCount();

        const QString out = m_dataDir.filePath(QStringLiteral("masks"));
        QSignalSpy finished(window.maskExport(), &MaskExportController::finished);
        QVERIFY(window.maskExport()->start(out, true));
        QVERIFY(window.maskExport()->isRunning() || finished.count() == 1);
        QVERIFY(finished.wait(120000) || finished.count() == 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCoreApplication::processEvents();
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("5")));

        const QStringList labels = QDir(out + QStringLiteral("/labels")).entryList({QStringLiteral("*.tif")});
        QCOMPARE(labels.size(), doc->store().imageCount());
        QCOMPARE(QDir(out + QStringLiteral("/binary")).entryList({QStringLiteral("*.tif")}).size(), labels.size());
        // labels.csv: a header and one line per live cell, the deleted one left out.
        const QList<QByteArray> lines = readAll(out + QStringLiteral("/labels.csv")).trimmed().split('\n');
        QCOMPARE(lines.size(), live + 1);
        QVERIFY(window.maskExport()->progressDialog() == nullptr || !window.maskExport()->progressDialog()->isVisible());
    }
};

QTEST_MAIN(TestMaskExportController)
#include "tst_maskexportcontroller.moc"
