// The evaluator: pycocotools' numbers on the reference files, and hand-built edge cases.
#include "evalfixtures.h"
#include "model/eval/evalinput.h"
#include "model/eval/evaluator.h"
#include "model/io/cocoreader.h"
#include "testutil.h"

#include <QtTest>

#include <set>

#include <nlohmann/json.hpp>

using namespace curator;
using test::SceneBuilder;
using test::readReference;
using test::rectangle;

namespace {

EvalResult run(const AnnotationStore& gt, const AnnotationStore& dt, EvalParams params = EvalParams::livecell(),
               int threads = 2)
{
    Evaluator::Options o;
    o.params = std::move(params);
    o.threads = threads;
    return *Evaluator::evaluate(gt, dt, o);
}

/** One image (id 1, 100 × 100) holding 10 × 10 squares at the given corners. */
AnnotationStore squares(const std::vector<std::pair<int, int>>& corners, bool crowd = false)
{
    SceneBuilder b;
    b.category(1);
    b.image(1, 100, 100);
    qint64 id = 100;
    for (auto [x, y] : corners)
        b.polygon(id++, 1, rectangle(x, y, x + 10, y + 10), SceneBuilder::kNoScore, crowd);
    return b.take();
}

bool allSummaryValuesAre(const EvalSummary& s, double v)
{
    return std::all_of(s.values.begin(), s.values.end(), [v](const auto& x) { return x.value == v; });
}

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT
private slots:
    void reference_data();
    void reference();
    void threadCountDoesNotChangeResults();
    void maskAreasOnlyMoveAreaRangedPrecision();
    void firstResultDecidesBoxAreas_data();
    void firstResultDecidesBoxAreas();
    void perImageMatchesAreConsistent();
    void singleImageCellTypeEqualsImageAp();
    void emptyGroundTruth();
    void emptyPredictions();
    void allCrowdGroundTruth();
    void tiesInScoreKeepFileOrder();
    void moreThanMaxDetsInOneImage();
    void predictionsForUnknownImages();
    void datasetWithoutScoresAsPredictions();
    void progressIncrementalResultsAndCancel();
    void everyThresholdMatchesAgreeWithReport();
    void outOfMemoryGivesMessage_data();
    void outOfMemoryGivesMessage();
};

void TestEvaluator::reference_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("protocol");
    for (const char* name : {"real_val", "synthetic_dense"}) {
        for (const char* protocol : {"livecell", "coco"})
            QTest::addRow("%s %s", name, protocol) << QString::fromLatin1(name) << QString::fromLatin1(protocol);
    }
}

void TestEvaluator::reference()
{
    QFETCH(QString, name);
    QFETCH(QString, protocol);
    const auto gt = readReference(name + QStringLiteral("_gt.json"));
    const auto dt = readReference(name + QStringLiteral("_results.json"));
    QVERIFY(gt && dt);
    const auto expected = nlohmann::json::parse(
        test::readAll(test::referenceEvalDir() + u'/' + name + QStringLiteral("_expected.json")).toStdString());
    const EvalResult r = run(gt->store, dt->store, EvalParams::forProtocol(*EvalParams::protocolFromName(protocol)));
    const auto& numbers = expected.at(protocol.toStdString());
    QCOMPARE(int(numbers.size()), 12);
    QCOMPARE(int(r.summary.values.size()), 12);
    for (const auto& [key, value] : numbers.items()) {
        const double got = r.summary.value(QString::fromStdString(key));
        QVERIFY2(std::abs(got - value.get<double>()) <= 1e-9,
                 qPrintable(QStringLiteral("%1: %2 instead of %3").arg(QString::fromStdString(key))
                                .arg(got, 0, 'g', 17).arg(value.get<double>(), 0, 'g', 17)));
    }
    QVERIFY(r.findings.boxAreas); // the result files carry boxes, so loadRes takes areas from them
    QCOMPARE(r.findings.unknownImagePredictions, 0);
}

void TestEvaluator::threadCountDoesNotChangeResults()
{
    const auto gt = readReference(QStringLiteral("synthetic_dense_gt.json"));
    const auto dt = readReference(QStringLiteral("synthetic_dense_results.json"));
    QVERIFY(gt && dt);
    const EvalResult one = run(gt->store, dt->store, EvalParams::livecell(), 1);
    const EvalResult four = run(gt->store, dt->store, EvalParams::livecell(), 4);
    QCOMPARE(one.arrays.precision, four.arrays.precision);
    QCOMPARE(one.arrays.recall, four.arrays.recall);
    QCOMPARE(one.images.size(), four.images.size());
    for (std::size_t i = 0; i < one.images.size(); ++i) {
        QCOMPARE(one.images[i].ap, four.images[i].ap);
        QCOMPARE(one.images[i].at50.tp(), four.images[i].at50.tp());
        QCOMPARE(one.images[i].at75.falsePositives, four.images[i].at75.falsePositives);
    }
}

void TestEvaluator::maskAreasOnlyMoveAreaRangedPrecision()
{
    const auto gt = readReference(QStringLiteral("real_val_gt.json"));
    const auto dt = readReference(QStringLiteral("real_val_results.json"));
    QVERIFY(gt && dt);
    EvalParams params = EvalParams::livecell();
    const EvalResult boxes = run(gt->store, dt->store, params);
    params.detectionArea = DetectionArea::Mask;
    const EvalResult masks = run(gt->store, dt->store, params);
    QVERIFY(!masks.findings.boxAreas);
    // Areas only decide which unmatched detections an area range ignores: recall and the "all"
    // range cannot move, the small/medium/large precision does.
    for (const char* key : {"AP", "AP50", "AP75", "AR@100", "AR@2000", "AR_small@2000", "AR_large@2000"})
        QCOMPARE(masks.summary.value(QString::fromLatin1(key)), boxes.summary.value(QString::fromLatin1(key)));
    QVERIFY(masks.summary.value(u"AP_large") != boxes.summary.value(u"AP_large"));
}

void TestEvaluator::firstResultDecidesBoxAreas_data()
{
    // pycocotools' loadRes: areas come from the boxes where the first result has a "bbox" that is not an empty list.
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<bool>("boxes");
    const QByteArray mask = R"("segmentation": {"size": [4, 4], "counts": "04<0"})";
    QTest::newRow("box") << R"({"image_id": 1, "bbox": [0, 0, 2, 2], )" + mask + "}" << true;
    QTest::newRow("box last") << "{" + mask + R"(, "score": 0.5, "bbox": [0, 0, 2, 2]})" << true;
    QTest::newRow("empty box") << R"({"image_id": 1, "bbox": [], )" + mask + "}" << false;
    QTest::newRow("null box") << R"({"image_id": 1, "bbox": null, )" + mask + "}" << true;
    QTest::newRow("no box") << "{" + mask + R"(, "score": 0.5})" << false;
    QTest::newRow("box inside a member") << R"({"extra": {"bbox": [1, 2, 3, 4]}, )" + mask + "}" << false;
    QTest::newRow("box inside a list") << R"({"extra": [{"bbox": [1]}, [2]], )" + mask + "}" << false;
    QTest::newRow("box after nested members") << R"({"extra": [[{"a": []}]], "bbox": [[]], )" + mask + "}" << true;
}

void TestEvaluator::firstResultDecidesBoxAreas()
{
    QFETCH(QByteArray, first);
    QFETCH(bool, boxes);
    // The second result has a box or not, the other way round: only the first decides.
    const QByteArray second = boxes
                                  ? R"({"image_id": 1, "score": 1, "segmentation": {"size": [4, 4], "counts": "04<0"}})"
                                  : R"({"image_id": 1, "score": 1, "bbox": [0, 0, 1, 1]})";
    QString error;
    const auto results =
        CocoReader::readBytes("[" + first + ", " + second + "]", QStringLiteral("results.json"), &error);
    QVERIFY2(results, qPrintable(error));
    QCOMPARE(results->store.annotationCount(), 2);
    QCOMPARE(EvalInput::firstPredictionHasBox(results->store), boxes);
}

void TestEvaluator::perImageMatchesAreConsistent()
{
    const auto gt = readReference(QStringLiteral("real_val_gt.json"));
    const auto dt = readReference(QStringLiteral("real_val_results.json"));
    QVERIFY(gt && dt);
    const EvalResult r = run(gt->store, dt->store);
    QCOMPARE(int(r.images.size()), 5);
    int cells = 0;
    for (const ImageEvaluation& e : r.images) {
        cells += e.groundTruthCount;
        for (const ImageMatches* m : {&e.at50, &e.at75}) {
            QCOMPARE(m->tp() + m->fn(), e.groundTruthCount - e.crowdCount);
            QCOMPARE(m->tp() + m->fp() + int(m->ignoredMatches.size()), e.predictionCount - e.truncatedPredictions);
            std::set<int> matchedGt;
            for (const auto& match : m->truePositives) {
                QVERIFY(match.iou >= m->iouThreshold);
                QVERIFY(matchedGt.insert(match.groundTruth).second);
                QCOMPARE(gt->store.annotationImageId(match.groundTruth), e.imageId);
                QCOMPARE(dt->store.annotationImageId(match.prediction), e.imageId);
            }
            QVERIFY(m->f1() > 0 && m->f1() <= 1);
        }
        QVERIFY(e.at75.tp() <= e.at50.tp());
        QVERIFY(e.ap >= 0 && e.ap <= 1);
    }
    QCOMPARE(cells, 1243);
}

void TestEvaluator::singleImageCellTypeEqualsImageAp()
{
    const auto gt = readReference(QStringLiteral("real_val_gt.json"));
    const auto dt = readReference(QStringLiteral("real_val_results.json"));
    QVERIFY(gt && dt);
    const EvalResult r = run(gt->store, dt->store);
    QCOMPARE(int(r.cellTypes.size()), 3); // BT474 ×2, Huh7, MCF7 ×2
    const auto huh7 = std::find_if(r.cellTypes.begin(), r.cellTypes.end(),
                                   [](const auto& c) { return c.cellType == CellType::Huh7; });
    QVERIFY(huh7 != r.cellTypes.end());
    QCOMPARE(huh7->images, 1);
    const auto image = std::find_if(r.images.begin(), r.images.end(),
                                    [](const auto& e) { return e.cellType == CellType::Huh7; });
    QCOMPARE(huh7->summary.value(u"AP"), image->ap);
    QCOMPARE(huh7->groundTruth, image->groundTruthCount);
}

void TestEvaluator::emptyGroundTruth()
{
    const AnnotationStore gt = squares({});
    SceneBuilder p;
    p.rle(0, 1, Rle::fromPolygon(rectangle(0, 0, 10, 10), 100, 100), 0.9);
    p.rle(0, 1, Rle::fromPolygon(rectangle(20, 0, 30, 10), 100, 100), 0.8);
    const EvalResult r = run(gt, p.take());
    QVERIFY(allSummaryValuesAre(r.summary, -1));
    QCOMPARE(r.images.front().at50.fp(), 2);
    QCOMPARE(r.images.front().ap, -1.0);
    QCOMPARE(r.images.front().at50.f1(), 0.0);
}

void TestEvaluator::emptyPredictions()
{
    const AnnotationStore gt = squares({{0, 0}, {20, 0}, {40, 0}});
    const EvalResult r = run(gt, SceneBuilder().take());
    for (const char* key : {"AP", "AP50", "AP_small", "AR@100", "AR@2000", "AR_small@2000"})
        QCOMPARE(r.summary.value(QString::fromLatin1(key)), 0.0);
    QCOMPARE(r.summary.value(u"AP_medium"), -1.0); // 100 px² cells: nothing medium or large
    QCOMPARE(r.images.front().at50.fn(), 3);
    QCOMPARE(r.images.front().ap, 0.0);
}

void TestEvaluator::allCrowdGroundTruth()
{
    const AnnotationStore gt = squares({{0, 0}, {20, 0}}, true);
    SceneBuilder p;
    p.rle(0, 1, Rle::fromPolygon(rectangle(0, 0, 10, 10), 100, 100), 0.9);
    p.rle(0, 1, Rle::fromPolygon(rectangle(22, 2, 28, 8), 100, 100), 0.8); // inside a crowd region
    const EvalResult r = run(gt, p.take());
    QVERIFY(allSummaryValuesAre(r.summary, -1));
    const ImageMatches& m = r.images.front().at50;
    QCOMPARE(int(m.ignoredMatches.size()), 2);
    QCOMPARE(m.tp() + m.fp() + m.fn(), 0);
    QCOMPARE(m.ignoredMatches[1].iou, 1.0); // crowd IoU: intersection over the detection's area
    QCOMPARE(r.images.front().crowdCount, 2);
}

void TestEvaluator::tiesInScoreKeepFileOrder()
{
    const AnnotationStore gt = squares({{10, 10}});
    SceneBuilder p;
    const int partial = p.rle(0, 1, Rle::fromPolygon(rectangle(10, 10, 20, 16), 100, 100), 0.5); // IoU 0.6
    const int exact = p.rle(0, 1, Rle::fromPolygon(rectangle(10, 10, 20, 20), 100, 100), 0.5);
    const EvalResult r = run(gt, p.take());
    // Equal scores: the stable sort keeps file order, so the partial copy claims the cell at 0.50.
    const ImageEvaluation& e = r.images.front();
    QCOMPARE(e.at50.tp(), 1);
    QCOMPARE(e.at50.truePositives[0].prediction, partial);
    QCOMPARE(e.at50.truePositives[0].iou, 0.6);
    QCOMPARE(e.at50.falsePositives, std::vector<int>{exact});
    QCOMPARE(e.at75.truePositives[0].prediction, exact);
    QCOMPARE(e.at75.falsePositives, std::vector<int>{partial});
    QCOMPARE(r.summary.value(u"AP50"), 1.0);
    // At 0.75 the first detection is a false positive: precision 1/2 at full recall.
    QCOMPARE(r.arrays.precision[r.arrays.precisionIndex(5, 100, 0, 0, 2)], 0.5);
}

void TestEvaluator::moreThanMaxDetsInOneImage()
{
    SceneBuilder g, p;
    g.category(1);
    g.image(1, 1000, 1000);
    for (int i = 0; i < 2100; ++i) {
        const double x = (i % 50) * 20, y = (i / 50) * 20;
        g.polygon(i + 1, 1, rectangle(x, y, x + 5, y + 5));
        p.rle(0, 1, Rle::fromPolygon(rectangle(x, y, x + 5, y + 5), 1000, 1000), 1.0 - i * 1e-4);
    }
    const EvalResult r = run(g.take(), p.take());
    QCOMPARE(r.findings.truncatedPredictions, 100);
    QCOMPARE(r.images.front().truncatedPredictions, 100);
    QCOMPARE(r.summary.value(u"AR@2000"), 2000.0 / 2100.0);
    QCOMPARE(r.summary.value(u"AR@500"), 500.0 / 2100.0);
    QCOMPARE(r.summary.value(u"AR@100"), 100.0 / 2100.0);
    // Precision 1 up to recall 2000/2100 = 0.952: recall thresholds 0.00 … 0.95 (96 of 101).
    QCOMPARE(r.summary.value(u"AP"), 96.0 / 101.0);
    QCOMPARE(r.summary.value(u"AP_small"), 96.0 / 101.0);
    QCOMPARE(r.summary.value(u"AP_large"), -1.0);
    QCOMPARE(r.images.front().at50.fn(), 100);
}

void TestEvaluator::predictionsForUnknownImages()
{
    const AnnotationStore gt = squares({{10, 10}, {40, 40}});
    const auto predictions = [](bool strays) {
        SceneBuilder p;
        p.rle(0, 1, Rle::fromPolygon(rectangle(10, 10, 20, 19), 100, 100), 0.9);
        if (strays) {
            p.rle(0, 99, Rle::fromPolygon(rectangle(40, 40, 50, 50), 100, 100), 0.95);
            p.rle(0, 99, Rle::fromPolygon(rectangle(10, 10, 20, 20), 100, 100), 0.7);
            p.rle(0, 7, Rle::fromPolygon(rectangle(10, 10, 20, 20), 100, 100), 0.7);
        }
        p.rle(0, 1, Rle::fromPolygon(rectangle(60, 60, 70, 70), 100, 100), 0.8);
        return p.take();
    };
    const EvalResult with = run(gt, predictions(true));
    const EvalResult without = run(gt, predictions(false));
    QCOMPARE(with.findings.unknownImagePredictions, 3);
    QCOMPARE(with.findings.unknownImageIds, (std::vector<qint64>{7, 99}));
    QCOMPARE(with.arrays.precision, without.arrays.precision);
    QCOMPARE(with.summary.value(u"AP"), without.summary.value(u"AP"));
    QVERIFY(with.findings.messages().join(u' ').contains(QStringLiteral("7, 99")));
}

void TestEvaluator::datasetWithoutScoresAsPredictions()
{
    // Another annotator's polygons as "predictions": no scores (all count as 1), file order decides ties.
    const AnnotationStore gt = squares({{10, 10}, {40, 40}, {70, 10}});
    SceneBuilder p;
    p.category(1);
    p.image(1, 100, 100);
    p.polygon(7, 1, rectangle(10, 10, 20, 20));
    p.polygon(8, 1, rectangle(40, 40, 50, 49));
    p.polygon(9, 1, rectangle(80, 80, 90, 90));
    const EvalResult r = run(gt, p.take());
    QCOMPARE(r.findings.unscoredPredictions, 3);
    QCOMPARE(r.images.front().at50.tp(), 2);
    QCOMPARE(r.images.front().at50.fp(), 1);
    QCOMPARE(r.images.front().at50.fn(), 1);
    QCOMPARE(r.images.front().at50.f1(), 4.0 / 6.0);
    QCOMPARE(r.images.front().at75.truePositives[1].iou, 0.9);
    // Recall over the 10 thresholds: the exact copy at all 10, the 0.9 copy at 0.50 … 0.90 (9).
    QCOMPARE(r.summary.value(u"AR@2000"), (10.0 + 9.0) / 3.0 / 10.0);
}

void TestEvaluator::progressIncrementalResultsAndCancel()
{
    const auto gt = readReference(QStringLiteral("real_val_gt.json"));
    const auto dt = readReference(QStringLiteral("real_val_results.json"));
    QVERIFY(gt && dt);
    Evaluator::Options o;
    std::vector<int> done;
    std::vector<qint64> images;
    o.progress = [&](int d, int total) {
        QCOMPARE(total, 5);
        done.push_back(d);
    };
    o.imageDone = [&](const ImageEvaluation& e) { images.push_back(e.imageId); };
    QVERIFY(Evaluator::evaluate(gt->store, dt->store, o));
    QCOMPARE(done, (std::vector<int>{1, 2, 3, 4, 5}));
    std::sort(images.begin(), images.end());
    QCOMPARE(images, (std::vector<qint64>{92944, 100601, 512647, 522349, 1037332}));

    std::atomic_bool cancel{true};
    o.cancel = &cancel;
    QString error;
    QVERIFY(!Evaluator::evaluate(gt->store, dt->store, o, &error));
    QVERIFY(error.contains(QStringLiteral("cancel")));
}

void TestEvaluator::everyThresholdMatchesAgreeWithReport()
{
    const auto gt = readReference(QStringLiteral("real_val_gt.json"));
    const auto dt = readReference(QStringLiteral("real_val_results.json"));
    QVERIFY(gt && dt);
    Evaluator::Options o;
    o.everyThreshold = true;
    const EvalResult r = *Evaluator::evaluate(gt->store, dt->store, o);
    QVERIFY(run(gt->store, dt->store).images.front().byThreshold.empty());   // only when asked for
    const auto same = [](const ImageMatches& a, const ImageMatches& b) {
        return a.tp() == b.tp() && a.fp() == b.fp() && a.fn() == b.fn() && a.iouThreshold == b.iouThreshold;
    };
    for (const ImageEvaluation& e : r.images) {
        QCOMPARE(e.byThreshold.size(), std::size_t(10));
        QVERIFY(same(e.byThreshold[0], e.at50));
        QVERIFY(same(e.byThreshold[5], e.at75));
        for (std::size_t t = 1; t < e.byThreshold.size(); ++t) {
            QCOMPARE(e.byThreshold[t].iouThreshold, r.params.iouThresholds[t]);
            QVERIFY(e.byThreshold[t].tp() <= e.byThreshold[t - 1].tp());
            for (const auto& match : e.byThreshold[t].truePositives)
                QVERIFY(match.iou >= e.byThreshold[t].iouThreshold - 1e-12);
        }
    }
}

void TestEvaluator::outOfMemoryGivesMessage_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("one thread") << 1;
    QTest::newRow("four threads") << 4;
}

void TestEvaluator::outOfMemoryGivesMessage()
{
    // Evaluating more than the memory left holds must give a message, not end the process: on the
    // worker threads a std::bad_alloc used to leave its std::thread and call std::terminate.
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    QFETCH(int, threads);
    // 50,000 images of 4 cells: the per-image results alone take tens of MB in one piece, more than
    // the heap earlier tests freed (which later allocations may reuse whatever the limit).
    const auto [gt, dt] = test::manySquareImages(50000);
    Evaluator::Options options;
    options.threads = threads;
    QString error;
    std::optional<EvalResult> result;
    {
        test::AddressSpaceLimit limit(1 << 20);
        QVERIFY(limit.active());
        result = Evaluator::evaluate(gt, dt, options, &error);
    }
    QVERIFY(!result);
    QCOMPARE(error, QStringLiteral("Not enough memory to evaluate 200,000 predictions against 200,000 ground-truth "
                                   "cells on 50,000 images."));
    // Without the limit the same evaluation runs: every cell matched at IoU 12/13.
    result = Evaluator::evaluate(gt, dt, options, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->summary.value(u"AP50"), 1.0);
}

CURATOR_LIMITED_MEMORY_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
