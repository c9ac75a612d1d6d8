// The model review out of memory: an evaluation that cannot get the memory it needs (to copy the
// cells on the GUI thread, or to evaluate them on a worker) says why in the Model Review dock instead
// of ending the application, shows no stale figures, and the next evaluation tries again. Predictions
// that cannot be put in their set (on the GUI thread) leave the set as it was, and the review says so.
#include "evalfixtures.h"
#include "testutil.h"

#include "model/annotationset.h"
#include "model/io/rle.h"
#include "model/review/predictionreview.h"
#include "model/segmentation/segmenter.h"
#include "model/workspace.h"
#include "widgets/modelreviewdock.h"

#include <QApplication>
#include <QLabel>
#include <QSemaphore>
#include <QThreadPool>
#include <QtTest>

#include <memory>

using namespace curator;

namespace {

constexpr int kImages = 20000;

/** A review of kImages images of squares, with the dock showing it and figures for three images. */
struct Scene
{
    Scene()
    {
        auto [groundTruth, predictions] = test::squareImageSets(kImages);
        workspace.addSet(std::move(groundTruth));
        workspace.addSet(std::move(predictions));
        review = std::make_unique<PredictionReview>(&workspace);
        dock = std::make_unique<ModelReviewDock>(review.get());
        source = dock->findChild<QLabel*>(QStringLiteral("reviewSource"));
        evaluation = review->evaluation();
        // Figures for three of the images (this also starts the thread pool's worker, which a lowered
        // limit would not let start); only three, so that the heap is not left with the free memory a
        // whole evaluation takes, which one within the limit could reuse.
        evaluation->evaluate(review->groundTruthSet(), review->predictionSet(), {0, 1, 2});
        review->waitForEvaluation();
    }
    bool hasThreeImageFigures() const
    {
        return evaluation->hasResult() && evaluation->result()->images.size() == 3
            && evaluation->result()->summary.value(u"AP50") == 1.0 && !source->text().contains(QStringLiteral("No figures"));
    }

    Workspace workspace;
    std::unique_ptr<PredictionReview> review;
    std::unique_ptr<ModelReviewDock> dock;
    const QLabel* source = nullptr;
    ReviewEvaluation* evaluation = nullptr;
};

} // namespace

class TestReviewOutOfMemory : public QObject
{
    Q_OBJECT
private slots:
    // In this order: the first leaves little free memory behind, which the second could otherwise reuse.
    void whileCopyingTheCells();
    void whileEvaluating();
    void whilePublishingTheCachedPredictions();
};

void TestReviewOutOfMemory::whileCopyingTheCells()
{
    // Before the evaluation caught it, the std::bad_alloc of copying the cells on the GUI thread ended
    // the application.
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    Scene scene;
    QVERIFY(scene.source);
    QVERIFY2(scene.hasThreeImageFigures(), qPrintable(scene.evaluation->errorString()));
    QSignalSpy evaluated(scene.evaluation, &ReviewEvaluation::evaluated);
    {
        test::AddressSpaceLimit limit(1 << 20);
        QVERIFY(limit.active());
        scene.review->reevaluate();
        scene.review->waitForEvaluation();
    }
    QVERIFY(!evaluated.isEmpty());
    QVERIFY(!scene.evaluation->hasResult());   // no figures rather than the previous ones
    const QString error = scene.evaluation->errorString();
    QCOMPARE(error, QStringLiteral("Not enough memory to evaluate the predictions on %1 image(s).").arg(kImages));
    QVERIFY2(scene.source->text().endsWith(QStringLiteral("No figures: ") + error), qPrintable(scene.source->text()));
}

void TestReviewOutOfMemory::whileEvaluating()
{
    // Before, the evaluation's failure on the worker was dropped: the previous figures stayed on
    // screen with no word of it.
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    Scene scene;
    QVERIFY2(scene.hasThreeImageFigures(), qPrintable(scene.evaluation->errorString()));
    QSignalSpy evaluated(scene.evaluation, &ReviewEvaluation::evaluated);
    QThreadPool* pool = QThreadPool::globalInstance();
    const int poolThreads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    QSemaphore go;
    {
        // The job waits behind this one on the pool's only thread until the limit is set, which on a
        // busy machine could otherwise come after the evaluation had its memory.
        pool->start([&go] { go.acquire(); });
        scene.review->reevaluate();
        while (scene.evaluation->isCopying())   // the cells are copied with the memory they need
            QCoreApplication::processEvents();
        test::AddressSpaceLimit limit(1 << 20);   // only the evaluation is short of memory
        go.release();
        QVERIFY(limit.active());
        scene.review->waitForEvaluation();
    }
    pool->setMaxThreadCount(poolThreads);
    QVERIFY(!evaluated.isEmpty());
    QVERIFY(!scene.evaluation->hasResult());
    const QString error = scene.evaluation->errorString();
    QVERIFY2(error.startsWith(QStringLiteral("Not enough memory to evaluate ")), qPrintable(error));
    QVERIFY2(scene.source->text().endsWith(QStringLiteral("No figures: ") + error), qPrintable(scene.source->text()));

    // With the memory back, the next evaluation gives the figures again, on every image.
    scene.review->reevaluate();
    scene.review->waitForEvaluation();
    QVERIFY2(scene.evaluation->hasResult(), qPrintable(scene.evaluation->errorString()));
    QVERIFY(scene.evaluation->errorString().isEmpty());
    QCOMPARE(int(scene.evaluation->result()->images.size()), kImages);
    QCOMPARE(scene.evaluation->result()->summary.value(u"AP50"), 1.0);
    QVERIFY2(!scene.source->text().contains(QStringLiteral("No figures")), qPrintable(scene.source->text()));
}

void TestReviewOutOfMemory::whilePublishingTheCachedPredictions()
{
    // Before, the std::bad_alloc of turning the model's cache into its set on the GUI thread ended the
    // application.
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    Scene scene;
    const AnnotationStore& groundTruth = scene.workspace.set(0).store;
    const AnnotationStore& squares = scene.workspace.set(1).store;   // image by image, four cells each
    PredictionCache& cache = scene.review->cacheForTesting();
    for (int i = 0; i < kImages; ++i) {
        const ImageRecord& image = groundTruth.image(i);
        Segmentation segmentation;
        segmentation.width = image.width;
        segmentation.height = image.height;
        for (int a = 4 * i; a < 4 * i + 4; ++a) {
            SegmentedCell cell;
            cell.mask = Rle::fromAnnotation(squares, a, image.height, image.width);
            cell.score = squares.score(a);
            segmentation.cells.push_back(std::move(cell));
        }
        cache.insert(image.fileName, image.id, segmentation);
    }
    QSignalSpy failed(scene.review.get(), &PredictionReview::publishFailed);
    QVERIFY(scene.review->showCachedPredictions());
    const int modelSet = scene.review->predictionSet();
    QCOMPARE(modelSet, 2);
    QCOMPARE(scene.workspace.set(modelSet).store.annotationCount(), 4 * kImages);
    scene.review->waitForEvaluation();
    QVERIFY2(scene.evaluation->hasResult(), qPrintable(scene.evaluation->errorString()));
    QCOMPARE(int(scene.evaluation->result()->images.size()), kImages);
    QCOMPARE(failed.count(), 0);

    {
        test::AddressSpaceLimit limit(1 << 20);
        QVERIFY(limit.active());
        QVERIFY(scene.review->showCachedPredictions());   // as after File > Reload from Disk
    }
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(),
             QStringLiteral("Not enough memory to show the model's predictions on %1 image(s).").arg(kImages));
    // The set keeps what it held, and the figures of it stay.
    QCOMPARE(scene.workspace.setCount(), 3);
    QCOMPARE(scene.workspace.set(modelSet).store.annotationCount(), 4 * kImages);
    QCOMPARE(scene.workspace.layersFor(groundTruth.image(kImages - 1).fileName).size(), std::size_t(3));
    QVERIFY(scene.evaluation->hasResult());
    QCOMPARE(int(scene.evaluation->result()->images.size()), kImages);

    // With the memory back, the predictions are shown and evaluated again.
    QVERIFY(scene.review->showCachedPredictions());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(scene.workspace.set(modelSet).store.annotationCount(), 4 * kImages);
    scene.review->waitForEvaluation();
    QVERIFY2(scene.evaluation->hasResult(), qPrintable(scene.evaluation->errorString()));
    QCOMPARE(int(scene.evaluation->result()->images.size()), kImages);
    QCOMPARE(scene.evaluation->result()->summary.value(u"AP50"), 1.0);
}

// One malloc arena for every thread (takeLargeBlocksFromTheSystem): glibc gives a new thread's arena 64 MB of
// address space up front, within which the worker's evaluation could grow whatever the limit.
CURATOR_LIMITED_MEMORY_MAIN_WITH(TestReviewOutOfMemory, QApplication)

#include "tst_reviewoutofmemory.moc"
