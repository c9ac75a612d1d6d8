// The nuclear count benchmark window: counts load from a LIVECell folder (strings or numbers), the
// scatter plot shows predicted vs fluorescence count with R² over images below 1,600 cells equal
// to a value computed by hand, the bundled model counts cells in a real image, and the comparison
// exports as CSV and PNG.
#include "testutil.h"

#include "model/io/cocoreader.h"
#include "model/workspace.h"
#include "widgets/nuclearcountwindow.h"

#include <QChart>
#include <QDir>
#include <QScatterSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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
    }

    void bundledModelCountsARealImage()
    {
        const QString images = m_dir.filePath(QStringLiteral("images"));
        QDir().mkpath(images);
        const QString name = QStringLiteral("A172_Phase_A7_1_00d00h00m_1.tif");
        QVERIFY(QFile::copy(realDataDir() + QStringLiteral("/dethub_demo/") + name, images + QLatin1Char('/') + name));
        const QString counts = m_dir.filePath(QStringLiteral("A172_counts.json"));
        writeAll(counts, QStringLiteral("{\"%1\": 300}").arg(name).toUtf8());
        Workspace workspace;
        NuclearCountWindow window(&workspace);
        QString error;
        QVERIFY2(window.openBenchmark(counts, images, &error), qPrintable(error));
        QCOMPARE(window.shownImage().size(), QSize(704, 520));   // the first image is shown
        window.runModel();
        window.waitForModel();
        QVERIFY(!window.isRunning());
        QCOMPARE(int(window.comparison().pairs.size()), 1);
        QVERIFY2(window.comparison().pairs.front().predicted > 10, "the model finds cells in a real A172 image");
        QVERIFY(!window.table()->model()->index(0, NuclearCountWindow::PredictedColumn).data().toString().isEmpty());
    }
};

QTEST_MAIN(TestNuclearCountWindow)
#include "tst_nuclearcountwindow.moc"
