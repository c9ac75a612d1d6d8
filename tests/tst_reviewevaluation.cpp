// The review's evaluation as the cells change under it: edits re-evaluate only their images, edits
// during a full evaluation keep its images and are updated once it is in (not starting it again), a
// model run's publishes take a tenth of the GUI thread, and a large copy of the cells runs in slices
// between events, starting again when they change.
#include "evalfixtures.h"
#include "reviewfixture.h"
#include "testutil.h"

#include "model/annotationset.h"
#include "model/documentmanager.h"
#include "model/eval/evaluator.h"
#include "model/io/rle.h"
#include "model/review/predictioncache.h"
#include "model/review/predictionreview.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

#include <memory>
#include <optional>

using namespace curator;

namespace {

/** The sample opened, its ground truth editable, the reference results imported and evaluated. */
struct EditableReview
{
    explicit EditableReview(const test::ReviewSample& sample)
    {
        sample.open(workspace);
        documents = std::make_unique<DocumentManager>(&workspace);
        review = std::make_unique<PredictionReview>(&workspace);
        test::importReferenceResults(*review);
    }
    Document* document() const { return documents->document(review->groundTruthSet()); }

    Workspace workspace;
    std::unique_ptr<DocumentManager> documents;
    std::unique_ptr<PredictionReview> review;
};

/**
 * Keeps the global thread pool's only thread busy while it lives (or until release()): evaluations
 * started meanwhile wait. The pool gets its thread count back at the end.
 */
class HeldPool
{
public:
    HeldPool()
        : m_threads(QThreadPool::globalInstance()->maxThreadCount())
    {
        QThreadPool::globalInstance()->setMaxThreadCount(1);
        QThreadPool::globalInstance()->start([go = m_go] { go->acquire(); });
    }
    ~HeldPool()
    {
        release();
        QThreadPool::globalInstance()->setMaxThreadCount(m_threads);
    }
    HeldPool(const HeldPool&) = delete;
    HeldPool& operator=(const HeldPool&) = delete;
    void release()
    {
        if (!m_released)
            m_go->release();
        m_released = true;
    }

private:
    std::shared_ptr<QSemaphore> m_go = std::make_shared<QSemaphore>();
    int m_threads;
    bool m_released = false;
};

/**
 * That @p evaluation classes every cell of both its sets, and matches every image, as a full evaluation
 * of the same cells at the same thresholds does (an update indexes only its own images' cells again).
 */
void compareClasses(const ReviewEvaluation& evaluation, Workspace& workspace)
{
    ReviewEvaluation full(&workspace);
    full.setScoreThreshold(evaluation.scoreThreshold());
    full.setIouThreshold(evaluation.iouThreshold());
    std::vector<int> images;
    for (const ImageEvaluation& e : evaluation.result()->images)
        images.push_back(e.gtImage);
    full.evaluate(evaluation.groundTruthSet(), evaluation.predictionSet(), images);
    full.waitForFinished();
    QVERIFY(full.hasResult());
    for (const int set : {evaluation.groundTruthSet(), evaluation.predictionSet()}) {
        for (int a = 0; a < workspace.set(set).store.annotationCount(); ++a)
            QCOMPARE(int(evaluation.classify({set, a})), int(full.classify({set, a})));
    }
    for (int i = 0; i < workspace.set(evaluation.groundTruthSet()).store.imageCount(); ++i) {
        const ImageMatches* mine = evaluation.matches(i);
        const ImageMatches* theirs = full.matches(i);
        QCOMPARE(mine != nullptr, theirs != nullptr);
        if (mine) {
            QCOMPARE(mine->tp(), theirs->tp());
            QCOMPARE(mine->fp(), theirs->fp());
            QCOMPARE(mine->fn(), theirs->fn());
        }
    }
}

} // namespace

class TestReviewEvaluation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_sample.init(); }
    void editsReevaluateOnlyTheirImages();
    void editDuringEvaluationKeepsItsImages();
    void editsDuringAFullEvaluationWaitForIt();
    void publishedImagesAreAddedNotEvaluatedAgain();
    void publishingTakesATenthOfTheGuiThread();
    void largeCopyLetsEventsThrough();

private:
    void openSample(Workspace& workspace) { m_sample.open(workspace); }
    test::ReviewSample m_sample;
};

void TestReviewEvaluation::editsReevaluateOnlyTheirImages()
{
    EditableReview fixture(m_sample);
    Workspace& workspace = fixture.workspace;
    PredictionReview& review = *fixture.review;
    ReviewEvaluation* evaluation = review.evaluation();
    QCOMPARE(evaluation->updateCount(), 0);
    const double apBefore = evaluation->result()->summary.value(u"AP");

    // Edit two images: delete three cells of image 1, accept a prediction into image 3.
    Document* document = fixture.document();
    QVERIFY(document);
    const AnnotationStore& gt = workspace.set(0).store;
    const AnnotationStore& dt = workspace.set(review.predictionSet()).store;
    QString error;
    QList<qint64> doomed;
    for (int k = 0; k < 3; ++k)
        doomed.push_back(gt.annotationId(int(gt.annotationsOfImage(1)[std::size_t(k)])));
    QVERIFY2(document->deleteCells(doomed, &error), qPrintable(error));
    int prediction = -1;
    for (int a = 0; a < dt.annotationCount() && prediction < 0; ++a) {
        if (dt.annotationImageId(a) == gt.image(3).id)
            prediction = a;
    }
    QVERIFY(prediction >= 0);
    QVERIFY2(document->acceptPrediction(3, dt, prediction, &error), qPrintable(error));
    review.waitForEvaluation();
    QCOMPARE(evaluation->updateCount(), 1);   // one update for both edits, not a full evaluation
    compareClasses(*evaluation, workspace);   // the deleted cells unclassed, the accepted one classed
    if (QTest::currentTestFailed())
        return;
    const EvalResult updated = *evaluation->result();
    QVERIFY(updated.summary.value(u"AP") != apBefore);

    // The same as evaluating everything again, and as the evaluator on the edited stores.
    review.reevaluate();
    review.waitForEvaluation();
    QCOMPARE(evaluation->updateCount(), 0);
    const EvalResult& full = *evaluation->result();
    Evaluator::Options options;
    options.everyThreshold = true;
    const EvalResult direct = *Evaluator::evaluate(gt, dt, options);
    for (const EvalResult* other : {&full, &direct}) {
        for (std::size_t v = 0; v < other->summary.values.size(); ++v)
            QCOMPARE(updated.summary.values[v].value, other->summary.values[v].value);
        QCOMPARE(updated.groundTruthCount, other->groundTruthCount);
        QCOMPARE(updated.cellTypes.size(), other->cellTypes.size());
        for (std::size_t c = 0; c < other->cellTypes.size(); ++c)
            QCOMPARE(updated.cellTypes[c].summary.value(u"AP"), other->cellTypes[c].summary.value(u"AP"));
        QCOMPARE(updated.images.size(), other->images.size());
        for (std::size_t i = 0; i < other->images.size(); ++i) {
            QCOMPARE(updated.images[i].ap, other->images[i].ap);
            QCOMPARE(updated.images[i].groundTruthCount, other->images[i].groundTruthCount);
            for (std::size_t t = 0; t < other->images[i].byThreshold.size(); ++t) {
                QCOMPARE(updated.images[i].byThreshold[t].tp(), other->images[i].byThreshold[t].tp());
                QCOMPARE(updated.images[i].byThreshold[t].fp(), other->images[i].byThreshold[t].fp());
            }
        }
    }
    // The update's matches name workspace cells (not its snapshot's), the accepted cell among them.
    const ImageEvaluation* image3 = nullptr;
    for (const ImageEvaluation& e : updated.images) {
        if (e.imageId == gt.image(3).id)
            image3 = &e;
    }
    QVERIFY(image3);
    const ImageMatches& m = image3->byThreshold[0];
    const int acceptedCell = gt.annotationCount() - 1;
    QCOMPARE(gt.annotationImageId(acceptedCell), gt.image(3).id);
    bool seen = false;
    for (const auto& match : m.truePositives) {
        QCOMPARE(gt.annotationImageId(match.groundTruth), gt.image(3).id);
        QCOMPARE(dt.annotationImageId(match.prediction), gt.image(3).id);
        seen = seen || match.groundTruth == acceptedCell;
    }
    for (int cell : m.falseNegatives) {
        QCOMPARE(gt.annotationImageId(cell), gt.image(3).id);
        seen = seen || cell == acceptedCell;
    }
    for (int d : m.falsePositives)
        QCOMPARE(dt.annotationImageId(d), gt.image(3).id);
    QVERIFY(seen);
}

void TestReviewEvaluation::editDuringEvaluationKeepsItsImages()
{
    // A model run on a second image evaluates both; an edit before that evaluation is in used to
    // evaluate again the images of the previous result, so the review lost the second image.
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    test::importReferenceResults(review);
    ReviewEvaluation* evaluation = review.evaluation();
    const int gt = review.groundTruthSet(), dt = review.predictionSet();
    evaluation->evaluate(gt, dt, {0});
    evaluation->waitForFinished();
    QCOMPARE(int(evaluation->result()->images.size()), 1);
    evaluation->evaluate(gt, dt, {0, 2});
    QVERIFY(evaluation->isRunning());
    evaluation->update({0});
    evaluation->waitForFinished();
    QVERIFY(evaluation->hasResult());
    QCOMPARE(int(evaluation->result()->images.size()), 2);
    QVERIFY(evaluation->image(0) && evaluation->image(2) && !evaluation->image(1));
    QCOMPARE(evaluation->updateCount(), 1);   // the edited image, once the full evaluation was in
    // An edit once the result is in updates its image within the same two.
    evaluation->update({2});
    evaluation->waitForFinished();
    QCOMPARE(evaluation->updateCount(), 2);
    QCOMPARE(int(evaluation->result()->images.size()), 2);
}

void TestReviewEvaluation::editsDuringAFullEvaluationWaitForIt()
{
    // Each edit while a full evaluation ran started it again from scratch: at the scale of a split,
    // where one takes seconds, the figures did not come for as long as someone went on editing. Now
    // the full evaluation finishes and the edited images are updated after it.
    EditableReview fixture(m_sample);
    Workspace& workspace = fixture.workspace;
    PredictionReview& review = *fixture.review;
    ReviewEvaluation* evaluation = review.evaluation();
    Document* document = fixture.document();
    QVERIFY(document);
    const AnnotationStore& gt = workspace.set(0).store;
    const AnnotationStore& dt = workspace.set(review.predictionSet()).store;
    QSignalSpy evaluated(evaluation, &ReviewEvaluation::evaluated);
    for (const bool withResult : {true, false}) {
        if (!withResult)
            evaluation->clear();   // the first evaluation: no figures yet while it runs
        evaluated.clear();
        // The evaluation waits until both edits are made.
        HeldPool held;
        review.reevaluate();
        while (evaluation->isCopying())   // in slices where copying is slow (sanitizers, a busy machine)
            QCoreApplication::processEvents();
        QVERIFY(evaluation->isRunning());
        QString error;
        for (int image : {1, 3}) {
            const qint64 doomed = gt.annotationId(int(gt.annotationsOfImage(image)[0]));
            QVERIFY2(document->deleteCells({doomed}, &error), qPrintable(error));
            review.reevaluateChanged();   // as its timer would, while the evaluation still runs
        }
        held.release();
        review.waitForEvaluation();
        QCOMPARE(evaluated.size(), 2);   // the full evaluation, then one update of both images
        QCOMPARE(evaluation->updateCount(), 1);
        Evaluator::Options options;
        options.everyThreshold = true;
        const EvalResult direct = *Evaluator::evaluate(gt, dt, options);
        const EvalResult& shown = *evaluation->result();
        for (std::size_t v = 0; v < direct.summary.values.size(); ++v)
            QCOMPARE(shown.summary.values[v].value, direct.summary.values[v].value);
        QCOMPARE(shown.groundTruthCount, direct.groundTruthCount);
        QCOMPARE(shown.images.size(), direct.images.size());
        for (std::size_t i = 0; i < direct.images.size(); ++i)
            QCOMPARE(shown.images[i].groundTruthCount, direct.images[i].groundTruthCount);
    }
}

void TestReviewEvaluation::publishedImagesAreAddedNotEvaluatedAgain()
{
    // A model run publishes its predictions a few images at a time, in the order they came, so that each
    // publish keeps the predictions before it where they were: the review adds the new images to its
    // evaluation (extend) instead of evaluating everything again, with the same figures. Before, every
    // publish evaluated all images again.
    Workspace workspace;
    openSample(workspace);
    auto model = std::make_unique<AnnotationSet>();
    model->info.kind = SetKind::Results;
    model->info.path = QStringLiteral("model.json");
    model->layout.bareResultsList = true;
    workspace.addSet(std::move(model));
    const int s = workspace.setCount() - 1;
    const AnnotationStore& gt = workspace.set(0).store;
    const auto reference = test::readReference(QStringLiteral("real_val_results.json"));
    QVERIFY(reference);
    QCOMPARE(gt.imageCount(), 5);

    Evaluator::Options options;
    options.everyThreshold = true;
    for (const bool duringFullEvaluation : {false, true}) {
        PredictionCache cache;
        ReviewEvaluation evaluation(&workspace);
        const auto publish = [&](const std::vector<int>& images) {
            for (int i : images)
                cache.insert(gt.image(i).fileName, gt.image(i).id, test::segmentationOf(gt, i, reference->store));
            workspace.replaceResults(s, cache.toStore(PredictionCache::Order::Arrival));
        };
        publish({3, 0});
        {
            // Where the new images come during the full evaluation, it waits until they are published.
            std::optional<HeldPool> held;
            if (duringFullEvaluation)
                held.emplace();
            evaluation.evaluate(0, s, {3, 0});
            while (evaluation.isCopying())   // in slices where copying is slow (sanitizers, a busy machine)
                QCoreApplication::processEvents();
            if (!duringFullEvaluation)
                evaluation.waitForFinished();
            QCOMPARE(evaluation.isRunning(), duringFullEvaluation);
            if (!duringFullEvaluation)
                evaluation.setScoreThreshold(0.5);   // matchings filtered per image, which the added images move
            publish({4, 1, 2});
            evaluation.extend({4, 1, 2});
        }
        evaluation.waitForFinished();
        QCOMPARE(evaluation.updateCount(), 1);
        QVERIFY2(evaluation.hasResult(), qPrintable(evaluation.errorString()));
        const EvalResult& shown = *evaluation.result();
        const EvalResult direct = *Evaluator::evaluate(gt, workspace.set(s).store, options);
        QCOMPARE(shown.images.size(), direct.images.size());
        for (std::size_t v = 0; v < direct.summary.values.size(); ++v)
            QCOMPARE(shown.summary.values[v].value, direct.summary.values[v].value);
        QCOMPARE(shown.predictionCount, direct.predictionCount);
        for (std::size_t i = 0; i < direct.images.size(); ++i) {
            QCOMPARE(shown.images[i].gtImage, direct.images[i].gtImage);
            QCOMPARE(shown.images[i].ap, direct.images[i].ap);
            QCOMPARE(shown.images[i].byThreshold[0].tp(), direct.images[i].byThreshold[0].tp());
        }
        QVERIFY(evaluation.matches(1) && evaluation.matches(1)->tp() > 0);   // an added image's matches
        compareClasses(evaluation, workspace);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestReviewEvaluation::publishingTakesATenthOfTheGuiThread()
{
    // A model run publishes its predictions so far every 1.5 s; where a publish and its evaluation take
    // longer than 150 ms of the GUI thread (a full split: seconds, bench_review), it waits ten times as
    // long, so that the GUI stays responsive while the model runs.
    QCOMPARE(PredictionReview::publishIntervalMs(0), 1500);
    QCOMPARE(PredictionReview::publishIntervalMs(150), 1500);
    for (const qint64 cost : {151, 400, 1700, 12000}) {
        const qint64 interval = PredictionReview::publishIntervalMs(cost);
        QCOMPARE(interval, 10 * cost);
    }
}

void TestReviewEvaluation::largeCopyLetsEventsThrough()
{
    // 200,000 cells: copying them for the evaluation takes the GUI thread a good fraction of a second,
    // which it now spends a few milliseconds at a time, handling events in between.
    const auto stores = test::manySquareImages(50000);   // no structured binding: the lambda below captures them
    const AnnotationStore& gt = stores.first;
    const AnnotationStore& dt = stores.second;
    Workspace workspace;
    auto groundTruth = std::make_unique<AnnotationSet>();
    groundTruth->info.path = QStringLiteral("squares.json");
    groundTruth->store = gt;
    auto predictions = std::make_unique<AnnotationSet>();
    predictions->info.kind = SetKind::Results;
    predictions->layout.bareResultsList = true;
    predictions->store = dt;
    workspace.addSet(std::move(groundTruth));
    workspace.addSet(std::move(predictions));
    ReviewEvaluation evaluation(&workspace);
    int eventsWhileCopying = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&] { eventsWhileCopying += evaluation.isCopying() ? 1 : 0; });
    ticker.start();
    evaluation.evaluate(0, 1);
    QVERIFY(evaluation.isCopying());
    QVERIFY(evaluation.isRunning());
    evaluation.waitForFinished();
    ticker.stop();
    QVERIFY2(eventsWhileCopying > 0, "the copy kept the event loop waiting until it was done");
    QVERIFY(!evaluation.isCopying());
    QVERIFY(evaluation.lastCopyMs() >= 0);
    // The same figures as the evaluator on the stores themselves.
    const auto sameAsEvaluator = [&](const AnnotationStore& predictionStore) {
        QVERIFY2(evaluation.hasResult(), qPrintable(evaluation.errorString()));
        QCOMPARE(int(evaluation.result()->images.size()), 50000);
        const EvalResult direct = *Evaluator::evaluate(gt, predictionStore, Evaluator::Options());
        QCOMPARE(evaluation.result()->summary.values.size(), direct.summary.values.size());
        for (std::size_t v = 0; v < direct.summary.values.size(); ++v)
            QCOMPARE(evaluation.result()->summary.values[v].value, direct.summary.values[v].value);
    };
    sameAsEvaluator(dt);
    QCOMPARE(evaluation.result()->summary.value(u"AP75"), 1.0);   // IoU 12/13

    // Predictions replaced halfway through a copy (a model run publishing): the copy starts again
    // rather than mixing old and new predictions.
    AnnotationStore shifted = test::manySquareImages(50000, 3).second;   // IoU 9/15
    evaluation.evaluate(0, 1);
    QVERIFY(evaluation.isCopying());
    QCoreApplication::processEvents();
    workspace.replaceResults(1, shifted);
    evaluation.waitForFinished();
    sameAsEvaluator(shifted);
    QCOMPARE(evaluation.result()->summary.value(u"AP50"), 1.0);
    QCOMPARE(evaluation.result()->summary.value(u"AP75"), 0.0);
}

QTEST_GUILESS_MAIN(TestReviewEvaluation)
#include "tst_reviewevaluation.moc"
