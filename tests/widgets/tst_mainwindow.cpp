// The main window ties the views together: the browser chooses the image, the canvas and the cell
// table share one selection, keyboard actions step through images and time points, and the
// bundled real LIVECell sample opens in the background.
#include "actionlookup.h"
#include "testutil.h"
#include "viewerworkspace.h"

#include "model/celltablemodel.h"
#include "model/imagebrowsermodel.h"
#include "model/io/cocoreader.h"
#include "model/io/cocowriter.h"
#include "model/io/tiffcodec.h"
#include "model/io/zipimagesource.h"
#include "model/segmentation/modelsidecar.h"
#include "model/segmentation/segmenter.h"
#include "widgets/celltabledock.h"
#include "widgets/imagebrowserdock.h"
#include "widgets/imagecanvas.h"
#include "widgets/mainwindow.h"
#include "widgets/sampledataset.h"
#include "widgets/viewsettingsdock.h"

#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWheelEvent>

using namespace curator;
using namespace curator::test;

/** The translation compiled from translations/curator_<language>.ts, installed while it lives. */
class CompiledTranslation
{
public:
    explicit CompiledTranslation(const QString& language)
    {
        const QString ts = QStringLiteral(CURATOR_SOURCE_DIR "/translations/curator_%1.ts").arg(language);
        const QString qm = m_dir.filePath(QStringLiteral("curator_%1.qm").arg(language));
        m_installed = QProcess::execute(QStringLiteral(CURATOR_LRELEASE), {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm}) == 0
                      && m_translator.load(qm) && QCoreApplication::installTranslator(&m_translator);
    }
    ~CompiledTranslation() { QCoreApplication::removeTranslator(&m_translator); }
    bool installed() const { return m_installed; }

private:
    QTemporaryDir m_dir;
    QTranslator m_translator;
    bool m_installed = false;
};

/** The sources of the plural messages (numerus="yes") of a .ts file. */
QSet<QString> pluralSources(const QString& tsPath)
{
    QSet<QString> out;
    const QString text = QString::fromUtf8(readAll(tsPath));
    static const QRegularExpression message(QStringLiteral("<message numerus=\"yes\">\\s*<source>([^<]*)</source>"));
    for (auto it = message.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    static void showFile(MainWindow& window, const QString& fileName)
    {
        window.browser()->setCurrentRow(window.browser()->model()->rowOfFile(fileName));
    }

private:
    /** Menu entries that share their Alt-key letter with another of the same menu (or menu bar). */
    static QStringList mnemonicClashes(const QMenuBar* bar)
    {
        QStringList clashes;
        const auto check = [&clashes](const QString& where, const QList<QAction*>& actions) {
            QHash<QChar, QString> seen;
            for (const QAction* a : actions) {
                const QString text = a->menu() ? a->menu()->title() : a->text();
                QChar key;
                for (int i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2)) {
                    if (text[i + 1] != u'&') {
                        key = text[i + 1].toLower();
                        break;
                    }
                }
                if (key.isNull() || a->isSeparator())
                    continue;
                if (seen.contains(key))
                    clashes.append(where + QStringLiteral(": ") + seen[key] + QStringLiteral(" / ") + text);
                else
                    seen.insert(key, text);
            }
        };
        check(QStringLiteral("menu bar"), bar->actions());
        QList<QMenu*> menus;
        for (QAction* a : bar->actions())
            if (a->menu())
                menus.append(a->menu());
        while (!menus.isEmpty()) {
            QMenu* menu = menus.takeFirst();
            emit menu->aboutToShow();   // menus filled on demand
            check(menu->title(), menu->actions());
            for (QAction* a : menu->actions())
                if (a->menu())
                    menus.append(a->menu());
        }
        return clashes;
    }

private slots:
    void initTestCase()
    {
        // Keep the user's settings out of it.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("curator-tests"));
    }

    void browserChoosesTheImage()
    {
        MainWindow window;
        fillWorkspace(*window.workspace());
        showFile(window, kC7T0);
        QCOMPARE(window.canvas()->imageName(), kC7T0);
        QCOMPARE(window.cellTable()->model()->rowCount(), 3);
        QVERIFY(window.windowTitle().contains(kC7T0));
        showFile(window, kSkov3);
        QCOMPARE(window.canvas()->imageName(), kSkov3);
        QCOMPARE(window.cellTable()->model()->rowCount(), 0);
    }

    void browserShowsCompactNamesThatFit()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fillWorkspace(*window.workspace());
        QTableView* view = window.browser()->view();
        const QModelIndex name = view->model()->index(0, ImageBrowserModel::NameColumn);
        QCOMPARE(name.data().toString(), kC7T0); // the model, search and tooltip keep the whole name
        auto* delegate = qobject_cast<QStyledItemDelegate*>(view->itemDelegateForColumn(ImageBrowserModel::NameColumn));
        QVERIFY(delegate);
        const QString shown = delegate->displayText(name.data(), QLocale());
        QCOMPARE(shown, QStringLiteral("C7_1_00d00h00m_2"));
        // The column is wide enough for the compact name, so no row is elided.
        QVERIFY(view->columnWidth(ImageBrowserModel::NameColumn) >= view->fontMetrics().horizontalAdvance(shown) + 8);
    }

    void tableSelectionSelectsAndCentresOnTheCanvas()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fillWorkspace(*window.workspace());
        showFile(window, kC7T0);
        window.canvas()->setZoom(6.0);
        QTableView* table = window.cellTable()->view();
        const QModelIndex row = table->model()->index(2, 0);
        table->setCurrentIndex(row);
        const CellKey cell = window.cellTable()->currentCell();
        QVERIFY(cell.isValid());
        QCOMPARE(window.canvas()->selectedCell(), cell);
        const QRectF bounds = window.canvas()->overlay().bounds(window.canvas()->overlay().indexOf(cell));
        const QPointF centre = window.canvas()->mapToImage(window.canvas()->rect().center());
        QVERIFY2(QLineF(centre, bounds.center()).length() < 2, "the chosen cell is centred");
    }

    void canvasSelectionSelectsTheTableRow()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fillWorkspace(*window.workspace());
        showFile(window, kC7T0);
        ImageCanvas* canvas = window.canvas();
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->mapFromImage(QPointF(115, 115)).toPoint());
        const CellKey cell = canvas->selectedCell();
        QVERIFY(cell.isValid());
        QCOMPARE(window.cellTable()->currentCell(), cell);
        QCOMPARE(window.workspace()->set(cell.set).store.area(cell.annotation), 900.0);
        // Clicking empty background clears both.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->mapFromImage(QPointF(650, 20)).toPoint());
        QVERIFY(!canvas->selectedCell().isValid());
        QVERIFY(!window.cellTable()->currentCell().isValid());
    }

    void stepsThroughImagesAndTimePoints()
    {
        MainWindow window;
        fillWorkspace(*window.workspace());
        showFile(window, kC7T0);
        QAction* nextImage = test::actionWithShortcut(window, QKeySequence(Qt::Key_PageDown));
        QAction* nextTime = test::actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_PageDown));
        QVERIFY(nextImage && nextTime);
        nextImage->trigger();   // sorted by name: the 4 h image follows
        QCOMPARE(window.canvas()->imageName(), kC7T4);
        nextTime->trigger();    // 8 h is in the train set
        QCOMPARE(window.canvas()->imageName(), kC7T8);
        QVERIFY(!window.stepTimePoint(+1));
        QCOMPARE(window.canvas()->imageName(), kC7T8);
        QVERIFY(window.stepTimePoint(-1));
        QVERIFY(window.stepTimePoint(-1));
        QCOMPARE(window.canvas()->imageName(), kC7T0);
    }

    void exportsTheViewAsPng()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fillWorkspace(*window.workspace());
        showFile(window, kC7T0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("view.png"));
        QVERIFY(window.exportView(path));
        const QImage image(path);
        QCOMPARE(image.size(), window.canvas()->size() * window.canvas()->devicePixelRatio());
    }

    void opensTheBundledSampleInTheBackground()
    {
        MainWindow window;
        QSignalSpy started(window.workspace(), &Workspace::loadingStarted);
        QSignalSpy finished(window.workspace(), &Workspace::loadingFinished);
        window.openSample();
        QCOMPARE(started.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(window.browser()->model()->rowCount(), 14);        // 5 annotated + 9 unannotated
        QCOMPARE(window.workspace()->set(0).store.liveAnnotationCount(), 1243);
        // The first annotated image by name is shown with its real cells.
        QCOMPARE(window.canvas()->imageName(), QStringLiteral("BT474_Phase_B3_2_02d12h00m_3.tif"));
        QCOMPARE(window.canvas()->rawImage().size(), QSize(704, 520));
        QCOMPARE(window.cellTable()->model()->rowCount(), 177);
        // The sample has a two-image Huh7 series (A10, position 2, crop 3).
        showFile(window, QStringLiteral("Huh7_Phase_A10_2_00d20h00m_3.tif"));
        QVERIFY(window.stepTimePoint(+1));
        QCOMPARE(window.canvas()->imageName(), QStringLiteral("Huh7_Phase_A10_2_01d20h00m_3.tif"));
    }

    void zoomIsShownOnlyWithAnImage()
    {
        // Before, the status bar read "6,400 %" with nothing open: the empty canvas fits a 1 px area.
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* label = window.findChild<QLabel*>(QStringLiteral("zoomLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QString());
        QSignalSpy finished(window.workspace(), &Workspace::loadingFinished);
        window.openSample();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!window.canvas()->imageName().isEmpty());
        QCOMPARE(label->text(), QStringLiteral("%L1 %").arg(window.canvas()->zoom() * 100, 0, 'f', 0));
        QVERIFY(window.canvas()->zoom() < 2);   // the 704 x 520 image fitted, not the empty area
        window.canvas()->clearImage();
        QCOMPARE(label->text(), QString());
    }

    void opensWhatIsDropped()
    {
        MainWindow window;
        QSignalSpy finished(window.workspace(), &Workspace::loadingFinished);
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(SampleDataset::location())});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(window.browser()->model()->rowCount(), 14);
        // What was opened is offered again under File ▸ Open Recent.
        const QVariantList recent = QSettings().value(QStringLiteral("recentFiles")).toList();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.first().toStringList(), QStringList{QFileInfo(SampleDataset::location()).absoluteFilePath()});
        // File dialogs do not start in the sample's cache folder, but where the user's own files were opened from.
        const QString cache = QFileInfo(SampleDataset::root()).absolutePath();
        QVERIFY(!QSettings().value(QStringLiteral("session/lastDirectory")).toString().startsWith(cache));
        const QString own = QFileInfo(test::realValJson()).absolutePath();
        window.openPaths({test::realValJson()});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(QSettings().value(QStringLiteral("session/lastDirectory")).toString(), own);
    }

    void remembersDisplayChoices()
    {
        {
            MainWindow window;
            OverlayStyle style = window.viewSettings()->overlayStyle();
            style.fill = true;
            style.colourMode = OverlayStyle::ColourMode::Area;
            window.viewSettings()->setOverlayStyle(style);
            window.viewSettings()->setCellTypeVisible(CellType::MCF7, false);
            window.close();
        }
        MainWindow window;
        QVERIFY(window.canvas()->overlayStyle().fill);
        QCOMPARE(window.canvas()->overlayStyle().colourMode, OverlayStyle::ColourMode::Area);
        QVERIFY(window.viewSettings()->hiddenCellTypes().contains(CellType::MCF7));
    }

    void wheelOverTheDisplayControlsScrollsInstead()
    {
        // Scrolling through the Display dock must not change a combo box or slider the wheel passes
        // over (it recoloured the cells); a control the user clicked first still takes the wheel.
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto wheel = [](QWidget* w) {
            QWheelEvent event(QPointF(4, 4), w->mapToGlobal(QPointF(4, 4)), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(w, &event);
        };
        const QList<QComboBox*> combos = window.viewSettings()->findChildren<QComboBox*>();
        const QList<QSlider*> sliders = window.viewSettings()->findChildren<QSlider*>();
        QVERIFY(combos.size() >= 2 && sliders.size() >= 3);
        for (QComboBox* combo : combos) {
            const int before = combo->currentIndex();
            wheel(combo);
            QCOMPARE(combo->currentIndex(), before);
        }
        for (QSlider* slider : sliders) {
            const int before = slider->value();
            wheel(slider);
            QCOMPARE(slider->value(), before);
        }
        QSlider* clicked = sliders.first();
        clicked->setFocus();
        QTRY_VERIFY(clicked->hasFocus());
        const int before = clicked->value();
        wheel(clicked);
        QVERIFY(clicked->value() != before);
    }

    void germanTranslationIsComplete()
    {
        const QByteArray ts = readAll(QStringLiteral(CURATOR_SOURCE_DIR "/translations/curator_de.ts"));
        QVERIFY(ts.contains("<TS version"));
        QVERIFY(ts.count("<translation") > 400);
        QCOMPARE(ts.count("type=\"unfinished\""), 0);
    }

    void englishPluralFormsAreCurrent()
    {
        // English shows "1 cell" and "2 cells", not "cell(s)": every plural message of the sources (as the
        // German file lists them) has its English forms.
        const QString en = QStringLiteral(CURATOR_SOURCE_DIR "/translations/curator_en.ts");
        const QSet<QString> english = pluralSources(en);
        const QSet<QString> german = pluralSources(QStringLiteral(CURATOR_SOURCE_DIR "/translations/curator_de.ts"));
        QVERIFY(german.size() > 40);
        const QSet<QString> missing = german - english;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.begin(), missing.end()).join(u'\n')));
        const QByteArray ts = readAll(en);
        QCOMPARE(ts.count("type=\"unfinished\""), 0);
        QCOMPARE(ts.count("<numerusform></numerusform>"), 0);
        CompiledTranslation plurals(QStringLiteral("en"));
        QVERIFY(plurals.installed());
        const auto pasted = [](int n) {
            return QCoreApplication::translate("curator::CellClipboardActions", "Pasted %n cell(s).", nullptr, n);
        };
        QCOMPARE(pasted(1), QStringLiteral("Pasted 1 cell."));
        QCOMPARE(pasted(3), QStringLiteral("Pasted 3 cells."));
    }

    void germanMessagesFromTheModelLayer()
    {
        // The model layer's messages (file errors above all) are translated at run time, not only
        // listed in the .ts: each file's translation context is the one lupdate files them under.
        CompiledTranslation german(QStringLiteral("de"));
        QVERIFY(german.installed());
        QTemporaryDir dir;
        QString error;
        const QByteArray sidecar = R"({"format": "livecell-curator-segmentation-model", "formatVersion": 1,
            "model": "net.onnx", "input": {"mean": 128, "std": 11.578, "divisor": 8, "tileSize": 512,
            "tileOverlap": 32, "passes": 3}, "output": {"activation": "softmax", "channels": ["background", "interior"]}})";
        QVERIFY(!ModelSidecar::parse(sidecar, QStringLiteral("m.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("Feld „input.passes“ muss 1, 2 oder 4 sein")), qPrintable(error));
        QVERIFY(!Segmenter::load(dir.filePath(QStringLiteral("net.onnx")), &error));
        QVERIFY2(error.contains(QStringLiteral("keine Modellbeschreibung neben dem Netz")), qPrintable(error));
        QVERIFY(!CocoReader::readBytes("{\"images\": [", QStringLiteral("a.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("ungültiges JSON bei Byte")), qPrintable(error));
        QVERIFY(!TiffCodec::decode("not a tiff", QStringLiteral("x.tif"), &error));
        QVERIFY2(error.contains(QStringLiteral("keine TIFF-Datei")), qPrintable(error));
        QVERIFY(!ZipImageSource::open(dir.filePath(QStringLiteral("missing.zip")), &error));
        QVERIFY2(error.contains(QStringLiteral("Zip-Archiv")), qPrintable(error));
        auto set = CocoReader::readFile(realValJson(), &error);
        QVERIFY(set);
        CocoWriter::Options cancel;
        cancel.progress = [](qint64, qint64) { return false; };
        QVERIFY(!CocoWriter::toBytes(*set, &error, cancel));
        QCOMPARE(error, QStringLiteral("Das Speichern wurde abgebrochen."));
    }

    void everyMenuHasDistinctAltKeys()
    {
        // In English and in German, Alt+letter reaches one entry, not the first of several.
        {
            MainWindow window;
            const QStringList clashes = mnemonicClashes(window.menuBar());
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        }
        CompiledTranslation german(QStringLiteral("de"));
        QVERIFY(german.installed());
        MainWindow window;
        const QStringList clashes = mnemonicClashes(window.menuBar());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    void germanUserInterfaceWithLang()
    {
        QProcess app;
        app.start(QStringLiteral(CURATOR_GUI), {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QVERIFY(app.waitForFinished(60000));
        const QString help = QString::fromUtf8(app.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral("mitgelieferte Beispiel")), qPrintable(help));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
