// Evaluator::update(): an evaluation kept with its units takes changed and added images in, with the
// figures of evaluating everything again, bit for bit (what the review does after edits and while a
// model runs).
#include "evalfixtures.h"
#include "model/eval/evaluator.h"
#include "testutil.h"

#include <QtTest>

using namespace curator;
using test::readReference;

namespace {

/** Options for a result that Evaluator::update() can change: units kept, every threshold, per cell type. */
Evaluator::Options updatableOptions()
{
    Evaluator::Options o;
    o.keepUnits = true;
    o.everyThreshold = true;
    o.perCellType = true;
    return o;
}

/** That an updated result has the figures of evaluating everything again, bit for bit. */
void compareUpdated(const EvalResult& incremental, const EvalResult& expected)
{
    for (std::size_t v = 0; v < expected.summary.values.size(); ++v)
        QCOMPARE(incremental.summary.values[v].value, expected.summary.values[v].value);
    QVERIFY(incremental.arrays.precision == expected.arrays.precision);
    QVERIFY(incremental.arrays.recall == expected.arrays.recall);
    QVERIFY(incremental.arrays.scores == expected.arrays.scores);
    QCOMPARE(incremental.groundTruthCount, expected.groundTruthCount);
    QCOMPARE(incremental.predictionCount, expected.predictionCount);
    QCOMPARE(incremental.findings.truncatedPredictions, expected.findings.truncatedPredictions);
    QCOMPARE(incremental.cellTypes.size(), expected.cellTypes.size());
    for (std::size_t c = 0; c < expected.cellTypes.size(); ++c) {
        QCOMPARE(incremental.cellTypes[c].images, expected.cellTypes[c].images);
        QCOMPARE(incremental.cellTypes[c].predictions, expected.cellTypes[c].predictions);
        QCOMPARE(incremental.cellTypes[c].summary.value(u"AP"), expected.cellTypes[c].summary.value(u"AP"));
    }
    QCOMPARE(incremental.images.size(), expected.images.size());
    for (std::size_t i = 0; i < expected.images.size(); ++i) {
        QCOMPARE(incremental.images[i].imageId, expected.images[i].imageId);
        QCOMPARE(incremental.images[i].ap, expected.images[i].ap);
        QCOMPARE(incremental.images[i].byThreshold[3].tp(), expected.images[i].byThreshold[3].tp());
        QCOMPARE(incremental.units[i].size(), expected.units[i].size());
        for (std::size_t u = 0; u < expected.units[i].size(); ++u)
            QCOMPARE(incremental.units[i][u].image, expected.units[i][u].image);
    }
}

/** @p result restricted to the images @p keep accepts, its totals with them (as if evaluated alone). */
template<typename Keep>
void keepImages(EvalResult& result, Keep keep)
{
    for (std::size_t i = result.images.size(); i-- > 0;) {
        if (keep(result.images[i]))
            continue;
        result.groundTruthCount -= result.images[i].groundTruthCount;
        result.predictionCount -= result.images[i].predictionCount;
        result.findings.truncatedPredictions -= result.images[i].truncatedPredictions;
        result.images.erase(result.images.begin() + std::ptrdiff_t(i));
        result.units.erase(result.units.begin() + std::ptrdiff_t(i));
    }
    for (std::size_t at = 0; at < result.units.size(); ++at) {
        for (UnitEvaluation& u : result.units[at])
            u.image = int(at);
    }
}

} // namespace

class TestEvalUpdate : public QObject
{
    Q_OBJECT
private slots:
    void updateEqualsEvaluatingAgain();
    void updateAddsImages();
};

void TestEvalUpdate::updateEqualsEvaluatingAgain()
{
    const auto gt = readReference(QStringLiteral("real_val_gt.json"));
    const auto dt = readReference(QStringLiteral("real_val_results.json"));
    QVERIFY(gt && dt);
    const Evaluator::Options o = updatableOptions();
    EvalResult incremental = *Evaluator::evaluate(gt->store, dt->store, o);
    QCOMPARE(incremental.units.size(), incremental.images.size());

    // Drop every third prediction of the third image.
    AnnotationStore changed = dt->store;
    const qint64 imageId = incremental.images[2].imageId;
    int dropped = 0;
    for (int a = 0; a < changed.annotationCount(); ++a) {
        if (changed.annotationImageId(a) == imageId && a % 3 == 0) {
            changed.setDeleted(a, true);
            ++dropped;
        }
    }
    QVERIFY(dropped > 10);
    const EvalResult expected = *Evaluator::evaluate(gt->store, changed, o);
    QVERIFY(expected.summary.value(u"AP") != incremental.summary.value(u"AP"));

    // Only that image's evaluation goes in.
    EvalResult partial = *Evaluator::evaluate(gt->store, changed, o);
    for (std::size_t i = partial.images.size(); i-- > 0;) {
        if (partial.images[i].imageId != imageId) {
            partial.images.erase(partial.images.begin() + std::ptrdiff_t(i));
            partial.units.erase(partial.units.begin() + std::ptrdiff_t(i));
        }
    }
    QCOMPARE(partial.images.size(), std::size_t(1));
    QVERIFY(Evaluator::update(incremental, std::move(partial)));
    compareUpdated(incremental, expected);

    // Without kept units, or for an image the result does not hold, nothing changes.
    EvalResult plain = *Evaluator::evaluate(gt->store, dt->store, Evaluator::Options());
    EvalResult stranger = *Evaluator::evaluate(gt->store, changed, o);
    QVERIFY(!Evaluator::update(plain, std::move(stranger)));
    EvalResult unknown = *Evaluator::evaluate(gt->store, changed, o);
    unknown.images[0].imageId = -42;
    const double before = incremental.summary.value(u"AP");
    QVERIFY(!Evaluator::update(incremental, std::move(unknown)));
    QCOMPARE(incremental.summary.value(u"AP"), before);
}

void TestEvalUpdate::updateAddsImages()
{
    // A model run's results come in a few images at a time: each batch goes into the evaluation so far
    // (NewImages::Add), which then equals evaluating every image again, bit for bit.
    const auto gt = readReference(QStringLiteral("real_val_gt.json"));
    const auto dt = readReference(QStringLiteral("real_val_results.json"));
    QVERIFY(gt && dt);
    const Evaluator::Options o = updatableOptions();
    const EvalResult expected = *Evaluator::evaluate(gt->store, dt->store, o);
    QCOMPARE(expected.images.size(), std::size_t(5));
    const qint64 first = expected.images[0].imageId, third = expected.images[2].imageId;
    const auto inFirstBatch = [&](const ImageEvaluation& e) { return e.imageId == first || e.imageId == third; };

    EvalResult incremental = *Evaluator::evaluate(gt->store, dt->store, o);
    keepImages(incremental, inFirstBatch);
    EvalResult more = *Evaluator::evaluate(gt->store, dt->store, o);
    keepImages(more, [&](const ImageEvaluation& e) { return !inFirstBatch(e); });
    QCOMPARE(incremental.images.size() + more.images.size(), expected.images.size());

    // Refused without NewImages::Add, and where the categories differ: the result stays as it was.
    EvalResult copy = more;
    QVERIFY(!Evaluator::update(incremental, std::move(copy)));
    copy = more;
    copy.categoryIds.push_back(99);
    QVERIFY(!Evaluator::update(incremental, std::move(copy), Evaluator::NewImages::Add));
    QCOMPARE(incremental.images.size(), std::size_t(2));

    QVERIFY(Evaluator::update(incremental, std::move(more), Evaluator::NewImages::Add));
    compareUpdated(incremental, expected);
}

QTEST_GUILESS_MAIN(TestEvalUpdate)
#include "tst_evalupdate.moc"
