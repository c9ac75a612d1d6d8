// Dataset statistics: counts per split and cell type, quantiles, histograms, CSV/JSON, and
// `livecell-cli stats`.
#include "qcfixture.h"
#include "testutil.h"

#include "model/io/cocoreader.h"
#include "model/stats/datasetstats.h"
#include "model/stats/statsexport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <numeric>

using namespace curator;
using nlohmann::json;

namespace {

std::unique_ptr<AnnotationSet> load(const QByteArray& bytes, const QString& name)
{
    QString error;
    auto set = CocoReader::readBytes(bytes, name, &error);
    if (!set)
        qWarning() << error;
    return set;
}

// Five A172 cells with areas 100…500 px² in one image, and one image without cells.
QByteArray fiveCells()
{
    nlohmann::ordered_json j;
    j["images"] = {{{"id", 1}, {"width", 704}, {"height", 520}, {"file_name", "A172_Phase_C7_1_02d16h00m_2.tif"}},
                   {{"id", 2}, {"width", 704}, {"height", 520}, {"file_name", "A172_Phase_C7_1_02d20h00m_2.tif"}}};
    j["annotations"] = json::array();
    for (int i = 1; i <= 5; ++i)
        j["annotations"].push_back({{"id", 10 + i}, {"image_id", 1}, {"category_id", 1},
                                    {"segmentation", {{0, 0, 10, 0, 10, 10 * i, 0, 10 * i}}},
                                    {"area", 100.0 * i}, {"bbox", {0, 0, 10, 10 * i}}, {"iscrowd", 0}});
    return QByteArray::fromStdString(j.dump());
}

qint64 histogramTotal(const Distribution& d)
{
    return std::accumulate(d.counts.begin(), d.counts.end(), qint64(0)) + d.below + d.above;
}

} // namespace

class TestStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quantilesInterpolateLinearly();
    void histogramsCountEveryValue();
    void groupsPerSplitAndCellType();
    void realSample();
    void outOfMemoryIsAnError();
    void exports();
    void cli();
};

void TestStats::quantilesInterpolateLinearly()
{
    const auto set = load(fiveCells(), QStringLiteral("val.json"));
    const AnnotationSet* sets[] = {set.get()};
    const DatasetStats stats = *DatasetStats::compute(sets);
    const StatsGroup* a172 = stats.find(QStringLiteral("val"), CellType::A172);
    QVERIFY(a172);
    QCOMPARE(a172->images, 2);
    QCOMPARE(a172->cells, qint64(5));
    // numpy.quantile([100, 200, 300, 400, 500], q) with linear interpolation.
    QCOMPARE(a172->cellArea.quantile(0.5), 300.0);
    QCOMPARE(a172->cellArea.quantile(0.25), 200.0);
    QCOMPARE(a172->cellArea.quantile(0.05), 120.0);
    QCOMPARE(a172->cellArea.quantile(0.99), 496.0);
    QCOMPARE(a172->cellArea.mean, 300.0);
    QCOMPARE(a172->cellArea.min, 100.0);
    QCOMPARE(a172->cellArea.max, 500.0);
    QVERIFY(std::isnan(a172->cellArea.quantile(0.3)));   // not one of the levels
    // Cells per image over both images, the empty one included: {0, 5}.
    QCOMPARE(a172->cellsPerImage.quantile(0.5), 2.5);
    QCOMPARE(a172->cellsPerImage.mean, 2.5);
}

void TestStats::histogramsCountEveryValue()
{
    std::vector<double> values{0.5, 1, 10, 99.9, 100, 1000, 1e5, 2e5};
    const Distribution d = Distribution::of(values, {1, 10, 100, 1e5});
    QCOMPARE(d.counts, (std::vector<qint64>{1, 2, 3}));   // [1,10) [10,100) [100,1e5] (last bin closed)
    QCOMPARE(d.below, qint64(1));
    QCOMPARE(d.above, qint64(1));
    QCOMPARE(histogramTotal(d), d.count);
    std::vector<double> none;
    const Distribution empty = Distribution::of(none, {0, 1});
    QCOMPARE(empty.count, qint64(0));
    QVERIFY(std::isnan(empty.mean) && std::isnan(empty.quantile(0.5)));
}

void TestStats::groupsPerSplitAndCellType()
{
    const test::QcFixture fixture;
    const auto train = load(fixture.json(), QStringLiteral("annotations/LIVECell/livecell_coco_train.json"));
    const auto val = load(test::QcFixture::otherSplitJson(), QStringLiteral("annotations/LIVECell/livecell_coco_val.json"));
    const AnnotationSet* sets[] = {train.get(), val.get()};
    const DatasetStats stats = *DatasetStats::compute(sets);
    QStringList order;
    for (const StatsGroup& g : stats.groups())
        order.append(g.split + u'/' + g.cellTypeLabel());
    const QStringList expected{QStringLiteral("train/all"), QStringLiteral("train/A172"), QStringLiteral("train/BT474"),
                               QStringLiteral("train/MCF7"), QStringLiteral("val/all"), QStringLiteral("val/MCF7"),
                               QStringLiteral("val/SkBr3")};
    QCOMPARE(order, expected);
    const StatsGroup* a172 = stats.find(QStringLiteral("train"), CellType::A172);
    const int a172Cells = fixture.cellCount(test::images::kMain) + fixture.cellCount(test::images::kSparse)
                          + fixture.cellCount(test::images::kLater) + fixture.cellCount(test::images::kDuplicateName);
    QCOMPARE(a172->images, 5);
    QCOMPARE(a172->cells, qint64(a172Cells));
    QCOMPARE(a172->cellsPerImage.quantile(0), 0.0);        // the empty image
    QCOMPARE(a172->cellsPerImage.quantile(1), double(fixture.cellCount(test::images::kMain)));
    const StatsGroup* all = stats.find(QStringLiteral("train"), CellType::Unknown, true);
    QCOMPARE(all->images, 7);
    // The orphan annotation belongs to no image and is not counted.
    QCOMPARE(all->cells, qint64(train->store.liveAnnotationCount() - 1));
    QCOMPARE(histogramTotal(all->cellArea), all->cells);
    QCOMPARE(histogramTotal(all->cellsPerImage), qint64(all->images));
    QCOMPARE(stats.find(QStringLiteral("val"), CellType::MCF7)->cells, qint64(0));
}

void TestStats::realSample()
{
    QString error;
    const auto set = CocoReader::readFile(test::realValJson(), &error);
    QVERIFY2(set, qPrintable(error));
    const AnnotationSet* sets[] = {set.get()};
    const DatasetStats stats = *DatasetStats::compute(sets);
    qInfo().noquote() << StatsExport::summaryText(stats);
    const StatsGroup* all = stats.find(QStringLiteral("val"), CellType::Unknown, true);
    QVERIFY(all);
    QCOMPARE(all->images, 5);
    QCOMPARE(all->cells, qint64(1243));
    QCOMPARE(stats.find(QStringLiteral("val"), CellType::MCF7)->cells, qint64(711 + 108));
    QCOMPARE(stats.find(QStringLiteral("val"), CellType::BT474)->cells, qint64(174 + 177));
    QCOMPARE(stats.find(QStringLiteral("val"), CellType::Huh7)->cells, qint64(73));
    // Area quantiles of the 1,243 `area` fields (numpy.quantile, linear).
    QCOMPARE(qRound(all->cellArea.quantile(0.5) * 1000), 285617);
    QCOMPARE(qRound(all->cellArea.quantile(0.05) * 1000), 122853);
    QCOMPARE(qRound(all->cellArea.quantile(0.95) * 1000), 931438);
    QCOMPARE(qRound(all->cellArea.min * 1000), 62107);
    QCOMPARE(qRound(all->cellArea.max * 100), 1266181);
    QCOMPARE(all->cellsPerImage.quantile(0.5), 174.0);
}

void TestStats::outOfMemoryIsAnError()
{
    // Before, the std::bad_alloc left compute(): livecell-cli stats aborted, and so did the application
    // when the statistics window read its worker's result.
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    QString error;
    const auto set = CocoReader::readFile(test::realValJson(), &error);
    QVERIFY2(set, qPrintable(error));
    const AnnotationSet* sets[] = {set.get()};
    StatsOptions manyBins;
    manyBins.areaBins = 10'000'000;   // 80 MB of bin edges: more than the limit leaves
    std::optional<DatasetStats> stats;
    {
        test::AddressSpaceLimit limit(64 * 1024);
        QVERIFY(limit.active());
        stats = DatasetStats::compute(sets, manyBins, &error);
    }
    QVERIFY(!stats);
    QCOMPARE(error,
             QStringLiteral("Not enough memory to compute the statistics of %1 cells.").arg(QLocale().toString(1243)));
    stats = DatasetStats::compute(sets);
    QVERIFY(stats);
    QCOMPARE(stats->find(QStringLiteral("val"), CellType::Unknown, true)->cells, qint64(1243));
}

void TestStats::exports()
{
    const auto set = load(fiveCells(), QStringLiteral("val.json"));
    const AnnotationSet* sets[] = {set.get()};
    const DatasetStats stats = *DatasetStats::compute(sets);
    const json j = json::parse(StatsExport::toJson(stats).toStdString());
    QCOMPARE(j["groups"].size(), std::size_t(2));
    QCOMPARE(j["groups"][1]["cell_type"], "A172");
    QCOMPARE(j["groups"][1]["cell_area"]["quantiles"][4].get<double>(), 300.0);
    QCOMPARE(j["groups"][1]["cell_area"]["edges"].size(), j["groups"][1]["cell_area"]["counts"].size() + 1);
    const QList<QByteArray> summary = StatsExport::summaryCsv(stats).trimmed().split('\n');
    QCOMPARE(summary.size(), 3);
    QVERIFY(summary[0].startsWith("split,cell_type,images,cells,cells_per_image_mean,cells_per_image_p0,"));
    QVERIFY(summary[2].startsWith("val,A172,2,5,2.5,0,"));
    QVERIFY(summary[0].contains(",area_p50,"));
    const QByteArray histogram = StatsExport::histogramCsv(stats);
    QVERIFY(histogram.startsWith("split,cell_type,distribution,bin_low,bin_high,count\n"));
    QVERIFY(histogram.contains("val,A172,cells_per_image,0,50,2\n"));
}

void TestStats::cli()
{
    const auto text = test::runCli({QStringLiteral("stats"), test::realValJson()});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY(text.out.contains("MCF7"));
    QVERIFY(text.out.contains("1243"));
    const auto asJson = test::runCli({QStringLiteral("stats"), test::realValJson(), QStringLiteral("--json")});
    QCOMPARE(asJson.exitCode, 0);
    const json j = json::parse(asJson.out.toStdString());
    QCOMPARE(j["groups"][0]["cells"].get<int>(), 1243);
    QTemporaryDir dir;
    const QString histogram = dir.filePath(QStringLiteral("h.csv"));
    const auto csv = test::runCli({QStringLiteral("stats"), test::realValJson(), QStringLiteral("--csv"),
                                   QStringLiteral("--histogram-csv"), histogram});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("split,cell_type,images,cells"));
    QVERIFY(test::readAll(histogram).startsWith("split,cell_type,distribution"));
    QCOMPARE(test::runCli({QStringLiteral("stats")}).exitCode, 2);
    QCOMPARE(test::runCli({QStringLiteral("stats"), dir.filePath(QStringLiteral("missing.json"))}).exitCode, 2);
}

CURATOR_LIMITED_MEMORY_MAIN(TestStats)
#include "tst_stats.moc"
