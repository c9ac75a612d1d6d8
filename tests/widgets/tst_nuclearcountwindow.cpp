// The nuclear count benchmark window: counts load from a LIVECell folder (strings or numbers), the
// scatter plot shows predicted vs fluorescence count with R² over images below 1,600 cells equal
// to a value computed by hand, the bundled model counts cells in a real image, a minimum score
// counts only the confident cells (model runs and scored sets), the fluorescent image of a row is
// shown on request, and the comparison
// exports as CSV and PNG.
#include "actionlookup.h"
#include "testutil.h"

#include "model/io/cocoreader.h"
#include "model/workspace.h"
#include "model/io/tiffcodec.h"
#include "model/review/predictionreview.h"
#include "model/segmentation/segmenter.h"
#include "widgets/mainwindow.h"
#include "widgets/nuclearcountwindow.h"

#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace curator;
using namespace curator::test;

class TestNuclearCountWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeBenchmark()
    {
        const QString folder = m_dir.filePath(QStringLiteral("LIVECell_dataset_2021/nuclear_count_benchmark"));
        QDir().mkpath(folder);
        // Counts as strings and as numbers, as the real files mix them.
        writeAll(folder + QStringLiteral("/A549_counts.json"),
                 R"({"A549_a.tif": "100", "A549_b.tif": 200, "A549_c.tif": "300", "A549_d.tif": 2000.0})");
        return m_dir.filePath(QStringLiteral("LIVECell_dataset_2021"));
    }

    static QScatterSeries* scatter(QChart* chart, int k)
    {
        int seen = 0;
        for (QAbstractSeries* s : chart->series()) {
            if (auto* sc = qobject_cast<QScatterSeries*>(s); sc && seen++ == k)
                return sc;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        // The main window of countsWithTheModelLoaded() keeps the user's settings out of it.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("curator-tests"));
    }

    void r2MatchesAHandComputedValue()
    {
        Workspace workspace;
        NuclearCountWindow window(&workspace);
        QString error;
        QVERIFY2(window.openFolder(makeBenchmark(), &error), qPrintable(error));
        QVERIFY(window.counts());
        QCOMPARE(window.counts()->size(), 4);
        QCOMPARE(window.table()->model()->rowCount(), 4);
        QCOMPARE(window.table()->model()->index(3, NuclearCountWindow::FluorescenceColumn).data().toString(),
                 QLocale().toString(2000.0, 'f', 0));
        window.setPredictions({{QStringLiteral("A549_a.tif"), 110}, {QStringLiteral("A549_b.tif"), 190},
                               {QStringLiteral("A549_c.tif"), 330}, {QStringLiteral("A549_d.tif"), 1500}},
                              QStringLiteral("test"));
        // Fluorescence 100, 200, 300 (mean 200) → SS_tot = 20,000; residuals 10, 10, 30 → SS_res = 1,100;
        // R² = 1 − 1,100 / 20,000 = 0.945. The 2,000-cell image is left out (≥ 1,600).
        QCOMPARE(window.comparison().used, 3);
        QVERIFY(std::abs(window.comparison().r2 - 0.945) < 1e-12);
        QVERIFY2(window.chart()->title().contains(QStringLiteral("R² = 0.945")), qPrintable(window.chart()->title()));
        QScatterSeries* excluded = scatter(window.chart(), 0);
        QScatterSeries* used = scatter(window.chart(), 1);
        QVERIFY(used && excluded);
        QCOMPARE(used->count(), 3);
        QCOMPARE(used->at(2), QPointF(300, 330));
        QCOMPARE(excluded->count(), 1);
        QCOMPARE(excluded->at(0), QPointF(2000, 1500));
        // The predicted = fluorescence line runs corner to corner of the axes (as nice numbers round them up).
        QLineSeries* identity = nullptr;
        for (QAbstractSeries* s : window.chart()->series())
            identity = identity ? identity : qobject_cast<QLineSeries*>(s);
        QVERIFY(identity && identity->count() == 2);
        const auto* x = qobject_cast<QValueAxis*>(window.chart()->axes(Qt::Horizontal).value(0));
        const auto* y = qobject_cast<QValueAxis*>(window.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(x && y);
        QVERIFY2(x->max() > 2000 * 1.05 - 1e-9, qPrintable(QString::number(x->max())));
        QCOMPARE(identity->at(0), QPointF(x->min(), y->min()));
        QCOMPARE(identity->at(1), QPointF(x->max(), y->max()));
        QCOMPARE(window.table()->model()->index(3, NuclearCountWindow::UsedColumn).data().toString(), QStringLiteral("no (≥ 1,600)"));

        const QString csv = m_dir.filePath(QStringLiteral("cmp.csv")), png = m_dir.filePath(QStringLiteral("cmp.png"));
        QVERIFY2(window.exportCsv(csv, &error), qPrintable(error));
        QCOMPARE(readAll(csv), QByteArray("file_name,fluorescence_count,predicted_count,in_r2\n"
                                          "A549_a.tif,100,110,1\nA549_b.tif,200,190,1\nA549_c.tif,300,330,1\nA549_d.tif,2000,1500,0\n"));
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.exportPng(png));
        QVERIFY(QImage(png).width() >= 400);
    }

    void predictionsFromALoadedSet()
    {
        Workspace workspace;
        QString error;
        auto set = CocoReader::readFile(realValJson(), &error);
        QVERIFY2(set, qPrintable(error));
        const QString name = set->store.image(0).fileName;
        const int cells = set->store.liveAnnotationCountOfImage(0);
        workspace.addSet(std::move(set));
        NuclearCountWindow window(&workspace);
        const QString counts = m_dir.filePath(QStringLiteral("A172_counts.json"));
        writeAll(counts, QStringLiteral("{\"%1\": \"%2\"}").arg(name).arg(cells + 5).toUtf8());
        QVERIFY2(window.openBenchmark(counts, {}, &error), qPrintable(error));
        QVERIFY2(window.usePredictionSet(0, &error), qPrintable(error));
        QCOMPARE(int(window.comparison().pairs.size()), 1);
        QCOMPARE(window.comparison().pairs.front().predicted, double(cells));
        QCOMPARE(window.table()->model()->index(0, NuclearCountWindow::PredictedColumn).data().toString(),
                 QLocale().toString(double(cells), 'f', 0));
        // Ground truth has no scores: a minimum score leaves every cell counted.
        window.setMinScore(0.9);
        QCOMPARE(window.comparison().pairs.front().predicted, double(cells));
    }

    void minScoreCountsOnlyConfidentCells()
    {
        // The val file with scores added: the first image's cells score 0.3, 0.6, 0.9, 0.3, 0.6, ...
        QFile in(realValJson());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        const QJsonObject first = root.value(QStringLiteral("images")).toArray().first().toObject();
        const qint64 id = first.value(QStringLiteral("id")).toInteger();
        QJsonArray annotations;
        int k = 0, n = 0, above = 0;
        for (QJsonValue v : root.value(QStringLiteral("annotations")).toArray()) {
            QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("image_id")).toInteger() == id) {
                const double score = 0.3 * (k++ % 3 + 1);
                a.insert(QStringLiteral("score"), score);
                ++n;
                above += score >= 0.55;
            }
            annotations.append(a);
        }
        root[QStringLiteral("annotations")] = annotations;
        const QString path = m_dir.filePath(QStringLiteral("scored.json"));
        QVERIFY(writeAll(path, QJsonDocument(root).toJson(QJsonDocument::Compact)));
        Workspace workspace;
        QString error;
        auto set = CocoReader::readFile(path, &error);
        QVERIFY2(set, qPrintable(error));
        workspace.addSet(std::move(set));
        NuclearCountWindow window(&workspace);
        const QString counts = m_dir.filePath(QStringLiteral("scored_counts.json"));
        const QString name = first.value(QStringLiteral("file_name")).toString();
        writeAll(counts, QStringLiteral("{\"%1\": 100}").arg(name).toUtf8());
        QVERIFY2(window.openBenchmark(counts, {}, &error), qPrintable(error));
        QVERIFY2(window.usePredictionSet(0, &error), qPrintable(error));
        QCOMPARE(window.comparison().pairs.front().predicted, double(n));
        window.setMinScore(0.55);
        QCOMPARE(window.comparison().pairs.front().predicted, double(above));
        QVERIFY(above > 0 && above < n);
        QCOMPARE(window.table()->model()->index(0, NuclearCountWindow::PredictedColumn).data().toString(),
                 QLocale().toString(double(above), 'f', 0));
        window.setMinScore(0.95);
        QCOMPARE(window.comparison().pairs.front().predicted, 0.0);
        window.setMinScore(0);
        QCOMPARE(window.comparison().pairs.front().predicted, double(n));
    }

    void showsTheFluorescentImage();

    /** Opens a benchmark of one real A172 image (counted 300) in @p window. */
    bool openOneRealImage(NuclearCountWindow& window)
    {
        const QString images = m_dir.filePath(QStringLiteral("images"));
        QDir().mkpath(images);
        const QString name = QStringLiteral("A172_Phase_A7_1_00d00h00m_1.tif");
        QFile::copy(realDataDir() + QStringLiteral("/dethub_demo/") + name, images + QLatin1Char('/') + name);
        const QString counts = m_dir.filePath(QStringLiteral("A172_counts.json"));
        writeAll(counts, QStringLiteral("{\"%1\": 300}").arg(name).toUtf8());
        QString error;
        const bool opened = window.openBenchmark(counts, images, &error);
        if (!opened)
            qWarning("%s", qPrintable(error));
        return opened;
    }

    void bundledModelCountsARealImage()
    {
        Workspace workspace;
        NuclearCountWindow window(&workspace);
        QVERIFY(openOneRealImage(window));
        QCOMPARE(window.shownImage().size(), QSize(704, 520));   // the first image is shown
        window.runModel();
        window.waitForModel();
        QVERIFY(!window.isRunning());
        QCOMPARE(int(window.comparison().pairs.size()), 1);
        QVERIFY2(window.comparison().pairs.front().predicted > 10, "the model finds cells in a real A172 image");
        QVERIFY(!window.table()->model()->index(0, NuclearCountWindow::PredictedColumn).data().toString().isEmpty());
        QVERIFY(!window.hasFluorescentImages());
        // The run keeps every cell's score: a minimum score counts fewer cells, and 0 counts them all again.
        const double all = window.comparison().pairs.front().predicted;
        window.setMinScore(0.95);
        const double confident = window.comparison().pairs.front().predicted;
        QVERIFY2(confident < all, qPrintable(QStringLiteral("%1 of %2").arg(confident).arg(all)));
        window.setMinScore(0);
        QCOMPARE(window.comparison().pairs.front().predicted, all);
    }

    void countsWithTheModelLoaded()
    {
        // Before, Count with Model always ran the bundled model, whatever Model ▸ Load Model… had loaded.
        MainWindow main;
        QAction* open = test::actionTexted(test::menuTitled(main, QStringLiteral("&Quality")),
                                           QStringLiteral("&Nuclear Count Benchmark…"));
        QVERIFY(open);
        open->trigger();
        auto* window = main.findChild<NuclearCountWindow*>();
        QVERIFY(window);
        QCOMPARE(window->modelPath(), bundledModelPath());
        const QString mirror = QFileInfo(bundledModelPath()).absolutePath() + QStringLiteral("/livecell-unet-mirror4.json");
        QString error;
        QVERIFY2(main.predictionReview()->loadModel(mirror, &error), qPrintable(error));
        QCOMPARE(window->modelPath(), mirror);   // passed on, also to a window opened before

        QVERIFY(openOneRealImage(*window));
        auto* status = window->findChild<QLabel*>(QStringLiteral("nuclearStatus"));
        QVERIFY(status);
        window->runModel();
        QVERIFY2(status->text().contains(QStringLiteral("livecell-unet-mirror4")), qPrintable(status->text()));
        window->waitForModel();
        QCOMPARE(int(window->comparison().pairs.size()), 1);
        QVERIFY(window->comparison().pairs.front().predicted > 10);
        QVERIFY2(status->text().contains(QStringLiteral("(livecell-unet-mirror4)")), qPrintable(status->text()));

        // A model that cannot be loaded is named in the message: it is the one run.
        QSignalSpy messages(window, &NuclearCountWindow::statusMessage);
        window->setModel(m_dir.filePath(QStringLiteral("missing.json")), QStringLiteral("missing"));
        window->runModel();
        window->waitForModel();
        QCOMPARE(messages.count(), 1);
        QVERIFY2(messages.first().at(0).toString().contains(m_dir.filePath(QStringLiteral("missing.json"))),
                 qPrintable(messages.first().at(0).toString()));
    }
};

void TestNuclearCountWindow::showsTheFluorescentImage()
{
    // Label-free images in one folder, fluorescent ones (channel token "Red") in another.
    const QString images = m_dir.filePath(QStringLiteral("fl/A172")), fluorescent = m_dir.filePath(QStringLiteral("fl/A172_fluorescent_images"));
    QDir().mkpath(images);
    QDir().mkpath(fluorescent);
    const QString name = QStringLiteral("A172_Phase_A7_1_00d00h00m_1.tif"), red = QStringLiteral("A172_Red_A7_1_00d00h00m_1.tif");
    const QString real = realDataDir() + QStringLiteral("/dethub_demo/") + name;
    QVERIFY(QFile::copy(real, images + QLatin1Char('/') + name));
    QImage marker(64, 48, QImage::Format_Grayscale8);   // a different image, so the test sees which is shown
    marker.fill(200);
    QVERIFY(writeAll(fluorescent + QLatin1Char('/') + red, TiffCodec::encode(marker)));
    const QString counts = m_dir.filePath(QStringLiteral("fl/A172_counts.json"));
    writeAll(counts, QStringLiteral("{\"%1\": 300, \"A172_Phase_B1_1_00d00h00m_1.tif\": 10}").arg(name).toUtf8());
    Workspace workspace;
    NuclearCountWindow window(&workspace);
    QString error;
    QVERIFY2(window.openBenchmark(counts, images, &error, fluorescent), qPrintable(error));
    QVERIFY(window.hasFluorescentImages());
    window.table()->selectRow(0);
    QCOMPARE(window.shownFile(), name);
    QCOMPARE(window.shownImage().size(), QSize(704, 520));
    window.setShowFluorescent(true);
    QCOMPARE(window.shownFile(), red);
    QCOMPARE(window.shownImage().size(), QSize(64, 48));
    // A row without a fluorescent image shows nothing rather than the wrong image.
    window.table()->selectRow(1);
    QVERIFY(window.shownImage().isNull());
    QVERIFY(window.shownFile().isEmpty());
    window.setShowFluorescent(false);
    window.table()->selectRow(0);
    QCOMPARE(window.shownFile(), name);
}

QTEST_MAIN(TestNuclearCountWindow)
#include "tst_nuclearcountwindow.moc"
