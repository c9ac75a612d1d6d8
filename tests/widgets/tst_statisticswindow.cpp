// The statistics window charts exactly what DatasetStats computes: on the real LIVECell sample the
// bars are the images and cells per cell type and the boxes are the quantiles of cells per image
// and cell area; the chart exports as PNG and the numbers as CSV.
#include "testutil.h"

#include "model/io/cocoreader.h"
#include "model/stats/datasetstats.h"
#include "model/workspace.h"
#include "widgets/statisticswindow.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QImage>
#include <QLineSeries>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace curator;
using namespace curator::test;

class TestStatisticsWindow : public QObject
{
    Q_OBJECT

    Workspace m_workspace;
    DatasetStats m_expected;

    QStringList categories(QChart* chart)
    {
        const auto axes = chart->axes(Qt::Horizontal);
        auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first());
        return axis ? axis->categories() : QStringList();
    }

private slots:
    void initTestCase()
    {
        QString error;
        auto set = CocoReader::readFile(realValJson(), &error);
        QVERIFY2(set, qPrintable(error));
        m_workspace.addSet(std::move(set));
        const AnnotationSet* sets[] = {&m_workspace.set(0)};
        m_expected = *DatasetStats::compute(sets);
    }

    void barsAreImagesAndCellsPerType()
    {
        StatisticsWindow window(&m_workspace);
        window.refresh();
        window.waitForStats();
        QVERIFY(window.stats());
        window.setChartKind(StatisticsWindow::ImagesChart);
        const QStringList types = categories(window.chart());
        QVERIFY(!types.isEmpty());
        auto* series = qobject_cast<QBarSeries*>(window.chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 1);   // one split: val
        QCOMPARE(series->barSets().first()->label(), QStringLiteral("val"));
        int images = 0;
        for (int i = 0; i < types.size(); ++i) {
            const StatsGroup* g = m_expected.find(QStringLiteral("val"), cellTypeFromString(types[i]));
            QVERIFY2(g, qPrintable(types[i]));
            QCOMPARE(series->barSets().first()->at(i), double(g->images));
            images += int(series->barSets().first()->at(i));
        }
        QCOMPARE(images, 5);   // the sample's five images

        window.setChartKind(StatisticsWindow::CellsChart);
        series = qobject_cast<QBarSeries*>(window.chart()->series().value(0));
        QVERIFY(series);
        double cells = 0;
        for (int i = 0; i < types.size(); ++i) {
            QCOMPARE(series->barSets().first()->at(i), double(m_expected.find(QStringLiteral("val"), cellTypeFromString(types[i]))->cells));
            cells += series->barSets().first()->at(i);
        }
        QCOMPARE(cells, 1243.0);
    }

    void boxesAreTheQuantiles()
    {
        StatisticsWindow window(&m_workspace);
        window.refresh();
        window.waitForStats();
        for (auto kind : {StatisticsWindow::CellsPerImageChart, StatisticsWindow::CellAreaChart}) {
            window.setChartKind(kind);
            auto* series = qobject_cast<QBoxPlotSeries*>(window.chart()->series().value(0));
            QVERIFY(series);
            QVERIFY(series->count() > 0);
            for (QBoxSet* box : series->boxSets()) {
                const StatsGroup* g = m_expected.find(QStringLiteral("val"), cellTypeFromString(box->label()));
                QVERIFY2(g, qPrintable(box->label()));
                const Distribution& d = kind == StatisticsWindow::CellsPerImageChart ? g->cellsPerImage : g->cellArea;
                QCOMPARE(box->at(QBoxSet::Median), d.quantile(0.5));
                QCOMPARE(box->at(QBoxSet::LowerQuartile), d.quantile(0.25));
                QCOMPARE(box->at(QBoxSet::UpperExtreme), d.quantile(0.95));
            }
        }
        window.setChartKind(StatisticsWindow::AreaHistogramChart);
        QVERIFY(!window.chart()->series().isEmpty());
        auto* line = qobject_cast<QLineSeries*>(window.chart()->series().first());
        QVERIFY(line);
        double total = 0;
        for (const QPointF& p : line->points())
            total += p.y();
        QVERIFY(total > 0.99 && total <= 1.0 + 1e-9);   // fractions of that type's cells
        // The table lists the all-types row first: 5 images, 1,243 cells.
        QCOMPARE(window.table()->model()->index(0, 1).data().toString(), QStringLiteral("all"));
        QCOMPARE(window.table()->model()->index(0, 3).data(Qt::UserRole + 1).toDouble(), 1243.0);
    }

    void histogramShowsTheChosenSplit()
    {
        // A second split: the MCF7 images of the val file, saved as a test split.
        QTemporaryDir dir;
        QFile in(realValJson());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray images, annotations;
        QSet<qint64> kept;
        for (const QJsonValue& v : root.value(QStringLiteral("images")).toArray()) {
            if (v.toObject().value(QStringLiteral("file_name")).toString().startsWith(QStringLiteral("MCF7"))) {
                images.append(v);
                kept.insert(v.toObject().value(QStringLiteral("id")).toInteger());
            }
        }
        for (const QJsonValue& v : root.value(QStringLiteral("annotations")).toArray()) {
            if (kept.contains(v.toObject().value(QStringLiteral("image_id")).toInteger()))
                annotations.append(v);
        }
        QCOMPARE(images.size(), 2);
        root[QStringLiteral("images")] = images;
        root[QStringLiteral("annotations")] = annotations;
        const QString testPath = dir.filePath(QStringLiteral("livecell_coco_test.json"));
        QVERIFY(writeAll(testPath, QJsonDocument(root).toJson(QJsonDocument::Compact)));
        Workspace workspace;
        QString error;
        for (const QString& path : {realValJson(), testPath}) {
            auto set = CocoReader::readFile(path, &error);
            QVERIFY2(set, qPrintable(error));
            workspace.addSet(std::move(set));
        }
        const AnnotationSet* sets[] = {&workspace.set(0), &workspace.set(1)};
        const DatasetStats expected = *DatasetStats::compute(sets);

        StatisticsWindow window(&workspace);
        window.show();
        window.refresh();
        window.waitForStats();
        window.setChartKind(StatisticsWindow::CellsChart);
        QVERIFY(!window.histogramSplitBox()->isVisible());   // only the histogram is drawn per split
        window.setChartKind(StatisticsWindow::AreaHistogramChart);
        QVERIFY(window.histogramSplitBox()->isVisible());
        QCOMPARE(window.histogramSplitBox()->count(), 2);
        QCOMPARE(window.histogramSplit(), QStringLiteral("val"));
        QVERIFY(window.chart()->series().size() >= 3);      // BT474, Huh7, MCF7
        window.setHistogramSplit(QStringLiteral("test"));
        QVERIFY2(window.chart()->title().contains(QStringLiteral("test")), qPrintable(window.chart()->title()));
        QCOMPARE(window.chart()->series().size(), 1);
        auto* line = qobject_cast<QLineSeries*>(window.chart()->series().first());
        QVERIFY(line);
        QCOMPARE(line->name(), QStringLiteral("MCF7"));
        const StatsGroup* g = expected.find(QStringLiteral("test"), CellType::MCF7);
        QVERIFY(g);
        QCOMPARE(qsizetype(line->count()), qsizetype(g->cellArea.counts.size()));
        for (int b = 0; b < line->count(); ++b)
            QCOMPARE(line->at(b).y(), double(g->cellArea.counts[b]) / double(g->cellArea.count));
        // The choice survives a refresh.
        window.refresh();
        window.waitForStats();
        QCOMPARE(window.histogramSplit(), QStringLiteral("test"));
    }

    void exportsPngAndCsv()
    {
        StatisticsWindow window(&m_workspace);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.waitForStats();
        QVERIFY(window.stats());
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("chart.png")), csv = dir.filePath(QStringLiteral("stats.csv"));
        QVERIFY(window.exportPng(png));
        const QImage image(png);
        QVERIFY(image.width() >= 500 && image.height() >= 300);
        QString error;
        QVERIFY2(window.exportCsv(csv, false, &error), qPrintable(error));
        QVERIFY(readAll(csv).startsWith("split,cell_type,images,cells"));
        QVERIFY(readAll(csv).contains("val,all,5,1243"));
        QVERIFY(window.exportCsv(csv, true, &error));
        QVERIFY(readAll(csv).startsWith("split,cell_type,distribution,bin_low,bin_high,count"));
    }
};

QTEST_MAIN(TestStatisticsWindow)
#include "tst_statisticswindow.moc"
