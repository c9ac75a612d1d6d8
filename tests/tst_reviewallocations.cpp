// Every allocation of the model review's GUI-thread work made to fail in turn (failingallocation.h): a result taken
// into the cache, the cells copied and the job started, the worker's result taken in, the cached predictions put
// back under review, the model's set added, a model run started, a results file's import started and taken in. Each
// run says that memory ran out (no figures rather than stale ones) or succeeds all the same.
#include "evalfixtures.h"
#include "failingallocation.h"
#include "reviewfixture.h"
#include "testutil.h"

#include "model/annotationset.h"
#include "model/review/predictioncache.h"
#include "model/review/predictionreview.h"
#include "model/review/reviewevaluation.h"
#include "model/segmentation/segmenter.h"
#include "model/workspace.h"

#include <QThread>
#include <QThreadPool>
#include <QtTest>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

using namespace curator;
using test::Sweep;
using test::sweepAllocations;
using test::throwsBadAlloc;

namespace {

constexpr int kImages = 3;

/** Ground truth of kImages images of four squares, and their predictions shifted by one pixel. */
void fill(Workspace& workspace)
{
    auto [groundTruth, predictions] = test::squareImageSets(kImages);
    workspace.addSet(std::move(groundTruth));
    workspace.addSet(std::move(predictions));
}

} // namespace

class TestReviewAllocations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_sample.init(); }
    void init()
    {
        // The sweeps need the failing operator new; the view running out throws by itself, and runs everywhere.
        if (qstrcmp(QTest::currentTestFunction(), "setAddedWhereAViewRanOutOfMemoryIsReviewed") != 0)
            CURATOR_SKIP_WITHOUT_FAILING_NEW();
    }
    void cacheInsertLeavesTheCacheAsItWas_data();
    void cacheInsertLeavesTheCacheAsItWas();
    void reviewEvaluationSaysOutOfMemory();
    void reviewResultTakenInSaysOutOfMemory();
    void publishingThePredictionsSaysOutOfMemory();
    void addingTheModelsSetSaysOutOfMemory();
    void startingAModelRunSaysOutOfMemory();
    void startingAnImportSaysOutOfMemory();
    void takingAnImportInSaysOutOfMemory();
    void setAddedWhereAViewRanOutOfMemoryIsReviewed();

private:
    /** A review of its own workspace, made afresh for each run of a sweep. */
    struct FreshReview
    {
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<PredictionReview> review;
        std::unique_ptr<QSignalSpy> publishFailed;
        std::unique_ptr<QSignalSpy> importFinished;
        /** Lets the last one finish, then makes a new one, a pool thread waiting (as in the sweeps above). */
        void renew(const std::function<void(Workspace&)>& open);
    };
    test::ReviewSample m_sample;
};

void TestReviewAllocations::FreshReview::renew(const std::function<void(Workspace&)>& open)
{
    if (review) {
        review->waitForFinished();
        review->waitForEvaluation();
    }
    importFinished.reset();
    publishFailed.reset();
    review.reset();
    workspace = std::make_unique<Workspace>();
    open(*workspace);
    review = std::make_unique<PredictionReview>(workspace.get());
    publishFailed = std::make_unique<QSignalSpy>(review.get(), &PredictionReview::publishFailed);
    importFinished = std::make_unique<QSignalSpy>(review.get(), &PredictionReview::importFinished);
    while (QThreadPool::globalInstance()->activeThreadCount() > 0)
        QThread::msleep(1);
}

void TestReviewAllocations::cacheInsertLeavesTheCacheAsItWas_data()
{
    QTest::addColumn<int>("cached");
    QTest::newRow("empty cache") << 0;   // the hash's first block
    QTest::newRow("one image cached") << 1;
}

void TestReviewAllocations::cacheInsertLeavesTheCacheAsItWas()
{
    // The arrivals now take the name first (a QList, from malloc: not counted here) and give it back if the
    // hash cannot take the image; before, the hash took it first, and a failing append left it out of arrivals.
    QFETCH(int, cached);
    const auto [groundTruth, results] = test::manySquareImages(2);
    const Segmentation first = test::segmentationOf(groundTruth, 0, results);
    const Segmentation second = test::segmentationOf(groundTruth, 1, results);
    long failures = 0;
    for (long n = 0;; ++n) {
        PredictionCache cache;
        if (cached)
            cache.insert(QStringLiteral("a.tif"), 1, first);
        const QStringList arrivals = cache.arrivals();
        if (!throwsBadAlloc(n, [&] { cache.insert(QStringLiteral("b.tif"), 2, second); })) {
            QCOMPARE(cache.arrivals(), arrivals + QStringList{QStringLiteral("b.tif")});
            QCOMPARE(cache.toStore().annotationCount(), 4 * (cached + 1));
            break;
        }
        ++failures;
        QCOMPARE(cache.arrivals(), arrivals);   // taken back where the hash's insert failed after it
        QCOMPARE(cache.imageCount(), cached);
        QVERIFY(!cache.contains(QStringLiteral("b.tif")));
        QCOMPARE(cache.toStore().annotationCount(), 4 * cached);
    }
    QVERIFY2(failures >= 1, qPrintable(QString::number(failures)));
}

void TestReviewAllocations::reviewEvaluationSaysOutOfMemory()
{
    // The model review copies the cells on the GUI thread (ReviewEvaluation::evaluate), then evaluates them on a
    // worker: each allocation of the copy fails in turn.
    Workspace workspace;
    fill(workspace);
    ReviewEvaluation evaluation(&workspace);
    // Each run finds a pool thread waiting, as the application does after its files were loaded on the pool. Qt
    // 6.4 crashes where the pool, or a thread of it, cannot be made for want of memory (QThreadPool::globalInstance(),
    // QThread's constructor), which no caller can report.
    QThreadPool* pool = QThreadPool::globalInstance();
    const auto poolIdle = [&] {
        evaluation.waitForFinished();
        while (pool->activeThreadCount() > 0)
            QThread::msleep(1);
    };
    evaluation.evaluate(0, 1, {});
    const Sweep sweep = sweepAllocations(
        [&]() -> std::optional<QString> {
            evaluation.evaluate(0, 1, {});
            if (evaluation.isRunning() || evaluation.hasResult())
                return std::nullopt;   // judged below, once the worker is done
            return evaluation.errorString();
        },
        QStringLiteral("not enough memory"), poolIdle);
    QVERIFY2(sweep.problem.isEmpty(), qPrintable(sweep.problem));
    QVERIFY2(sweep.reported > 5, qPrintable(QString::number(sweep.reported)));
    evaluation.waitForFinished();
    QVERIFY2(evaluation.hasResult(), qPrintable(evaluation.errorString()));
    QCOMPARE(evaluation.result()->summary.value(u"AP50"), 1.0);
}

void TestReviewAllocations::reviewResultTakenInSaysOutOfMemory()
{
    // The worker's result taken in on the GUI thread (ReviewEvaluation::apply): the cells' classes indexed. Before,
    // they were a QHash, whose insert ends the process where it runs out of memory.
    Workspace workspace;
    fill(workspace);
    ReviewEvaluation evaluation(&workspace);
    evaluation.setScoreThreshold(0.5);   // the filtered matchings too
    QSignalSpy evaluated(&evaluation, &ReviewEvaluation::evaluated);
    QThreadPool* pool = QThreadPool::globalInstance();
    const Sweep sweep = sweepAllocations(
        [&]() -> std::optional<QString> {
            QCoreApplication::sendPostedEvents();   // the finished job's result comes in
            if (evaluated.isEmpty())
                return QStringLiteral("no result came in");
            if (evaluation.hasResult())
                return std::nullopt;
            return evaluation.errorString();
        },
        QStringLiteral("not enough memory"),
        [&, update = false]() mutable {
            // In turn a full evaluation and, on its result, an update of two images (re-indexing only theirs).
            update = !update && evaluation.hasResult();
            if (update)
                evaluation.update({0, 2});
            else
                evaluation.evaluate(0, 1, {});   // copied, and evaluated on the pool
            pool->waitForDone();
            evaluated.clear();
        });
    QVERIFY2(sweep.problem.isEmpty(), qPrintable(sweep.problem));
    QVERIFY2(sweep.reported > 3, qPrintable(QString::number(sweep.reported)));
    QCOMPARE(evaluation.result()->summary.value(u"AP50"), 1.0);
    const CellKey cell{1, 0};
    QCOMPARE(evaluation.classify(cell), ReviewEvaluation::CellClass::TruePositive);
}

void TestReviewAllocations::publishingThePredictionsSaysOutOfMemory()
{
    // The model's cached predictions put back under review (File > Reload from Disk): the cache made into a store,
    // the model's set replaced, the review evaluated again, all on the GUI thread.
    Workspace workspace;
    fill(workspace);
    PredictionReview review(&workspace);
    for (int i = 0; i < kImages; ++i) {
        const ImageRecord& image = workspace.set(0).store.image(i);
        review.cacheForTesting().insert(image.fileName, image.id, test::segmentationOf(workspace.set(0).store, i, workspace.set(1).store));
    }
    QVERIFY(review.showCachedPredictions());   // makes the model's set (a reset of every view: not swept)
    const int modelSet = review.predictionSet();
    QSignalSpy failed(&review, &PredictionReview::publishFailed);
    QThreadPool* pool = QThreadPool::globalInstance();
    const Sweep sweep = sweepAllocations(
        [&]() -> std::optional<QString> {
            review.showCachedPredictions();
            if (!failed.isEmpty())
                return failed.constLast().constFirst().toString();
            if (!review.evaluation()->errorString().isEmpty())
                return review.evaluation()->errorString();
            return std::nullopt;
        },
        QStringLiteral("not enough memory"),
        [&] {
            review.waitForEvaluation();   // a pool thread waiting, as in reviewEvaluationSaysOutOfMemory
            while (pool->activeThreadCount() > 0)
                QThread::msleep(1);
            failed.clear();
        });
    QVERIFY2(sweep.problem.isEmpty(), qPrintable(sweep.problem));
    QVERIFY2(sweep.reported > 5, qPrintable(QString::number(sweep.reported)));
    review.waitForEvaluation();
    QCOMPARE(workspace.set(modelSet).store.annotationCount(), 4 * kImages);
    QVERIFY2(review.evaluation()->hasResult(), qPrintable(review.evaluation()->errorString()));
    QCOMPARE(review.evaluation()->result()->summary.value(u"AP50"), 1.0);
}

void TestReviewAllocations::addingTheModelsSetSaysOutOfMemory()
{
    // The cached predictions shown where the model's set is not in the workspace (after File > Open): the set made
    // and added. Before, std::bad_alloc from adding it left the review and the main window.
    FreshReview fresh;
    const auto prepare = [&] {
        fresh.renew(fill);
        for (int i = 0; i < kImages; ++i) {
            const AnnotationStore& store = fresh.workspace->set(0).store;
            fresh.review->cacheForTesting().insert(store.image(i).fileName, store.image(i).id,
                                                   test::segmentationOf(store, i, fresh.workspace->set(1).store));
        }
    };
    const Sweep sweep = sweepAllocations(
        [&]() -> std::optional<QString> {
            fresh.review->showCachedPredictions();
            // The model's set is under review once it is in the workspace; else the predictions that were.
            const int sets = fresh.workspace->setCount();
            if (fresh.review->predictionSet() != sets - 1)
                return QStringLiteral("set %1 of %2 under review").arg(fresh.review->predictionSet()).arg(sets);
            if (!fresh.publishFailed->isEmpty())
                return fresh.publishFailed->constLast().constFirst().toString();
            if (sets != 3)
                return QStringLiteral("no model's set and no message");
            if (!fresh.review->evaluation()->errorString().isEmpty())
                return fresh.review->evaluation()->errorString();
            return std::nullopt;
        },
        QStringLiteral("not enough memory"), prepare);
    QVERIFY2(sweep.problem.isEmpty(), qPrintable(sweep.problem));
    QVERIFY2(sweep.reported > 5, qPrintable(QString::number(sweep.reported)));
    fresh.review->waitForEvaluation();
    QCOMPARE(fresh.workspace->set(2).store.annotationCount(), 4 * kImages);
    QCOMPARE(fresh.review->evaluation()->result()->summary.value(u"AP50"), 1.0);
}

void TestReviewAllocations::startingAModelRunSaysOutOfMemory()
{
    // Model ▸ Run on a real image: the images to segment listed, the model's set added, the worker started.
    FreshReview fresh;
    QString name;
    const auto prepare = [&] {
        fresh.renew([this](Workspace& workspace) { m_sample.open(workspace); });
        name = fresh.workspace->set(0).store.image(0).fileName;
        QString error;
        QVERIFY2(fresh.review->ensureModel(&error), qPrintable(error));
    };
    const Sweep sweep = sweepAllocations(
        [&]() -> std::optional<QString> {
            QString error;
            if (fresh.review->run({name}, &error))
                return std::nullopt;
            if (fresh.workspace->setCount() != 1)
                return QStringLiteral("the model's set stayed: %1").arg(error);
            return error;
        },
        QStringLiteral("not enough memory"), prepare);
    QVERIFY2(sweep.problem.isEmpty(), qPrintable(sweep.problem));
    QVERIFY2(sweep.reported > 5, qPrintable(QString::number(sweep.reported)));
    fresh.review->waitForFinished();
    QCOMPARE(fresh.review->segmentedImageCount(), 1);
    QVERIFY(fresh.workspace->set(fresh.review->predictionSet()).store.liveAnnotationCount() > 20);
}

void TestReviewAllocations::startingAnImportSaysOutOfMemory()
{
    // Model ▸ Import detectron2 Results: the reading job started on the GUI thread.
    FreshReview fresh;
    const Sweep sweep = sweepAllocations(
        [&]() -> std::optional<QString> {
            fresh.review->importResults(m_sample.results());
            if (fresh.importFinished->isEmpty())
                return std::nullopt;   // started
            return fresh.importFinished->constLast().at(1).toString();
        },
        QStringLiteral("not enough memory"), [&] { fresh.renew([this](Workspace& w) { m_sample.open(w); }); });
    QVERIFY2(sweep.problem.isEmpty(), qPrintable(sweep.problem));
    QVERIFY2(sweep.reported >= 1, qPrintable(QString::number(sweep.reported)));
    fresh.review->waitForFinished();
    QCOMPARE(fresh.importFinished->count(), 1);
    QVERIFY2(fresh.importFinished->constFirst().constFirst().toBool(),
             qPrintable(fresh.importFinished->constFirst().at(1).toString()));
}

void TestReviewAllocations::takingAnImportInSaysOutOfMemory()
{
    // The results read on the pool, taken in on the GUI thread: added to the workspace as the predictions and
    // evaluated. Before, std::bad_alloc from adding the set left the review and the main window.
    FreshReview fresh;
    const auto prepare = [&] {
        fresh.renew([this](Workspace& workspace) { m_sample.open(workspace); });
        fresh.review->importResults(m_sample.results());
        while (fresh.review->isBusy())
            QThread::msleep(1);
        while (QThreadPool::globalInstance()->activeThreadCount() > 0)
            QThread::msleep(1);
    };
    const Sweep sweep = sweepAllocations(
        [&]() -> std::optional<QString> {
            QCoreApplication::sendPostedEvents();   // the finished import comes in
            if (fresh.importFinished->isEmpty())
                return QStringLiteral("no import came in");
            const int sets = fresh.workspace->setCount();
            if (!fresh.importFinished->constLast().constFirst().toBool()) {
                if (sets != 1 || fresh.review->predictionSet() >= 0)
                    return QStringLiteral("%1 sets after a failed import").arg(sets);
                return fresh.importFinished->constLast().at(1).toString();
            }
            if (sets != 2 || fresh.review->predictionSet() != 1)
                return QStringLiteral("set %1 of %2 under review").arg(fresh.review->predictionSet()).arg(sets);
            if (!fresh.review->evaluation()->errorString().isEmpty())
                return fresh.review->evaluation()->errorString();
            return std::nullopt;
        },
        QStringLiteral("not enough memory"), prepare);
    QVERIFY2(sweep.problem.isEmpty(), qPrintable(sweep.problem));
    QVERIFY2(sweep.reported > 3, qPrintable(QString::number(sweep.reported)));
    fresh.review->waitForEvaluation();
    QVERIFY(fresh.review->evaluation()->hasResult());
    QVERIFY(fresh.review->evaluation()->matches(0));
}

void TestReviewAllocations::setAddedWhereAViewRanOutOfMemoryIsReviewed()
{
    // A view of the workspace runs out of memory taking the model's set (or an imported one) in: std::bad_alloc
    // comes out of Workspace::addSet() with the set added. The review keeps it as the one under review, rather
    // than adding another next time (the model's) or leaving the predictions as they were (an import's).
    FreshReview fresh;
    bool armed = false;
    const auto viewRunningOut = [&armed] {
        if (std::exchange(armed, false))
            throw std::bad_alloc();
    };
    fresh.renew(fill);
    QObject::connect(fresh.workspace.get(), &Workspace::reset, fresh.review.get(), viewRunningOut);
    const AnnotationStore& store = fresh.workspace->set(0).store;
    for (int i = 0; i < kImages; ++i)
        fresh.review->cacheForTesting().insert(store.image(i).fileName, store.image(i).id,
                                               test::segmentationOf(store, i, fresh.workspace->set(1).store));
    armed = true;
    QVERIFY(fresh.review->showCachedPredictions());
    QVERIFY(!armed);
    QCOMPARE(fresh.workspace->setCount(), 3);
    QCOMPARE(fresh.review->predictionSet(), 2);
    QVERIFY(fresh.publishFailed->isEmpty());
    QVERIFY(fresh.review->showCachedPredictions());
    QCOMPARE(fresh.workspace->setCount(), 3);
    fresh.review->waitForEvaluation();
    QCOMPARE(fresh.workspace->set(2).store.annotationCount(), 4 * kImages);
    QCOMPARE(fresh.review->evaluation()->result()->summary.value(u"AP50"), 1.0);

    fresh.renew([this](Workspace& workspace) { m_sample.open(workspace); });
    QObject::connect(fresh.workspace.get(), &Workspace::reset, fresh.review.get(), viewRunningOut);
    fresh.review->importResults(m_sample.results());
    armed = true;
    fresh.review->waitForFinished();
    QVERIFY(!armed);
    QCOMPARE(fresh.importFinished->count(), 1);
    QVERIFY2(fresh.importFinished->constFirst().constFirst().toBool(),
             qPrintable(fresh.importFinished->constFirst().at(1).toString()));
    QCOMPARE(fresh.workspace->setCount(), 2);
    QCOMPARE(fresh.review->predictionSet(), 1);
}

QTEST_GUILESS_MAIN(TestReviewAllocations)

#include "tst_reviewallocations.moc"
