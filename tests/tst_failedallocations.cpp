// Every allocation (operator new) of an operation made to fail in turn, one run each: the operation then
// throws std::bad_alloc and leaves its object as it was, and the run whose allocations all succeed does it.
// For what the GUI thread changes in place while the model runs: Workspace::replaceResults (the model's
// set and its index) and PredictionCache::insert (a result taken in). A limit on the address space (as the
// out-of-memory widget tests set) cannot reach these: their small blocks come from memory freed before.
#include "evalfixtures.h"
#include "testutil.h"

#include "model/annotationset.h"
#include "model/eval/evaluator.h"
#include "model/io/cocoreader.h"
#include "model/io/rle.h"
#include "model/masks/maskexporter.h"
#include "model/qc/qcrunner.h"
#include "model/review/predictioncache.h"
#include "model/review/predictionreview.h"
#include "model/review/reviewevaluation.h"
#include "model/segmentation/segmenter.h"
#include "model/stats/datasetstats.h"
#include "model/workspace.h"

#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QtTest>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <new>
#include <optional>

#if defined(__has_feature)
#define CURATOR_TEST_HAS_FEATURE(x) __has_feature(x)
#else
#define CURATOR_TEST_HAS_FEATURE(x) 0
#endif
// The sanitizers bring their own operator new; there this test does not replace it and skips.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || CURATOR_TEST_HAS_FEATURE(address_sanitizer) \
    || CURATOR_TEST_HAS_FEATURE(thread_sanitizer)
#define CURATOR_TEST_FAILING_NEW 0
#else
#define CURATOR_TEST_FAILING_NEW 1
#endif

using namespace curator;

namespace {

// This thread's allocations since failAt() was set, and the one of them that throws (-1: none).
thread_local long t_allocations = 0;
thread_local long t_failAt = -1;

/** While it lives, this thread's allocation number @p n (from 0) throws std::bad_alloc. */
class FailingAllocation
{
public:
    explicit FailingAllocation(long n)
    {
        t_allocations = 0;
        t_failAt = n;
    }
    ~FailingAllocation() { t_failAt = -1; }
    /** Whether the allocation that fails was asked for. */
    bool reached() const { return t_allocations > t_failAt; }
    FailingAllocation(const FailingAllocation&) = delete;
    FailingAllocation& operator=(const FailingAllocation&) = delete;
};

template <typename Operation>
bool throwsBadAlloc(long n, Operation&& operation)
{
    const FailingAllocation failing(n);
    try {
        operation();
    } catch (const std::bad_alloc&) {
        return true;
    }
    return false;
}

struct Sweep
{
    long reported = 0;   // runs that said memory ran out
    QString problem;     // what went wrong; empty where nothing did
};

/**
 * Runs @p attempt (nullopt: done, its result checked; else its message) with this thread's allocation 0, 1, 2 …
 * failing, until a run asks for fewer, which must succeed. A run whose allocation failed must say so in a message
 * containing @p expected, or succeed all the same (work that goes on without a thread it could not start).
 */
template <typename Attempt, typename Prepare = void (*)()>
Sweep sweepAllocations(Attempt&& attempt, const QString& expected, Prepare&& prepare = [] {})
{
    Sweep out;
    for (long n = 0;; ++n) {
        prepare();   // with all its memory
        std::optional<QString> error;
        bool reached = false;
        try {
            const FailingAllocation failing(n);
            error = attempt();
            reached = failing.reached();
        } catch (const std::bad_alloc&) {
            out.problem = QStringLiteral("allocation %1 failed: std::bad_alloc left it").arg(n);
            return out;
        }
        if (!reached) {
            if (error)
                out.problem = QStringLiteral("fails with all its memory: %1").arg(*error);
            return out;
        }
        if (!error)
            continue;
        ++out.reported;
        if (!error->contains(expected, Qt::CaseInsensitive)) {
            out.problem = QStringLiteral("allocation %1 failed: %2").arg(n).arg(*error);
            return out;
        }
    }
}

QByteArray corpusFile(const QString& name)
{
    QFile in(QStringLiteral(CURATOR_SOURCE_DIR "/tests/fuzz/corpus/coco/") + name);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

std::unique_ptr<AnnotationSet> readCorpusFile(const QString& name, const char* as = nullptr)
{
    QString error;
    auto set = CocoReader::readBytes(corpusFile(name), as ? QString::fromLatin1(as) : name, &error);
    if (!set)
        qWarning("%s", qPrintable(error));
    return set;
}

constexpr int kImages = 3;

/** Ground truth of kImages images of four squares, and their predictions shifted by one pixel. */
void fill(Workspace& workspace)
{
    auto [groundTruth, predictions] = test::squareImageSets(kImages);
    workspace.addSet(std::move(groundTruth));
    workspace.addSet(std::move(predictions));
}

/** The predictions drawn on each ground-truth image: their count, and the left edge of the first. */
using Drawn = QList<QPair<int, double>>;
Drawn drawn(const Workspace& workspace)
{
    Drawn out;
    const AnnotationStore& groundTruth = workspace.set(0).store;
    for (int i = 0; i < groundTruth.imageCount(); ++i) {
        for (const Workspace::Layer& layer : workspace.layersFor(groundTruth.image(i).fileName)) {
            if (layer.set == 1 && !layer.annotations->empty()) {
                const int first = int(layer.annotations->front());
                out.append({int(layer.annotations->size()), workspace.set(1).store.bbox(first)[0]});
            }
        }
    }
    return out;
}

Segmentation squaresOf(const AnnotationStore& results, int image)
{
    Segmentation segmentation;
    segmentation.width = segmentation.height = 100;
    for (int a = 4 * image; a < 4 * image + 4; ++a) {
        SegmentedCell cell;
        cell.mask = Rle::fromAnnotation(results, a, 100, 100);
        cell.score = results.score(a);
        segmentation.cells.push_back(std::move(cell));
    }
    return segmentation;
}

} // namespace

#if CURATOR_TEST_FAILING_NEW
void* operator new(std::size_t size)
{
    if (t_failAt >= 0 && t_allocations++ == t_failAt)
        throw std::bad_alloc();
    if (void* p = std::malloc(size == 0 ? 1 : size))
        return p;
    throw std::bad_alloc();
}
// The nothrow forms, which libstdc++ builds on the throwing one, never fail here: their callers go on without
// (std::stable_sort's buffer), so a failure there is no failure to report.
void* operator new(std::size_t size, const std::nothrow_t&) noexcept
{
    return std::malloc(size == 0 ? 1 : size);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept
{
    return std::malloc(size == 0 ? 1 : size);
}
void operator delete(void* p) noexcept
{
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept
{
    std::free(p);
}
#endif

class TestFailedAllocations : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void replaceResultsLeavesTheSetAsItWas();
    void cacheInsertLeavesTheCacheAsItWas_data();
    void cacheInsertLeavesTheCacheAsItWas();
    void readerSaysOutOfMemory_data();
    void readerSaysOutOfMemory();
    void evaluatorSaysOutOfMemory();
    void qualityChecksSayOutOfMemory();
    void statisticsSayOutOfMemory();
    void maskExportSaysOutOfMemory();
    void reviewEvaluationSaysOutOfMemory();
    void publishingThePredictionsSaysOutOfMemory();
};

void TestFailedAllocations::init()
{
    if (!CURATOR_TEST_FAILING_NEW)
        QSKIP("the sanitizer's own operator new stays");
}

void TestFailedAllocations::replaceResultsLeavesTheSetAsItWas()
{
    // Before, the set took the new store first and then indexed it: a failure there left it holding the
    // new predictions, of which only some were drawn.
    const AnnotationStore more = test::manySquareImages(kImages + 2, 2).second;   // more images, shifted further
    long failures = 0;
    for (long n = 0;; ++n) {
        Workspace workspace;
        fill(workspace);
        const Drawn before = drawn(workspace);
        QCOMPARE(before, Drawn(kImages, {4, 1.0}));
        AnnotationStore store = more;
        QSignalSpy changed(&workspace, &Workspace::annotationsChanged);
        if (!throwsBadAlloc(n, [&] { workspace.replaceResults(1, std::move(store)); })) {
            QCOMPARE(workspace.set(1).store.annotationCount(), 4 * (kImages + 2));
            QCOMPARE(drawn(workspace), Drawn(kImages, {4, 2.0}));
            QCOMPARE(changed.count(), kImages);
            break;
        }
        ++failures;
        QCOMPARE(workspace.set(1).store.annotationCount(), 4 * kImages);
        QCOMPARE(drawn(workspace), before);
        QCOMPARE(changed.count(), 0);
    }
    QVERIFY2(failures >= 4, qPrintable(QString::number(failures)));   // the set, the index and its vectors, the list
}

void TestFailedAllocations::cacheInsertLeavesTheCacheAsItWas_data()
{
    QTest::addColumn<int>("cached");
    QTest::newRow("empty cache") << 0;   // the hash's first block
    QTest::newRow("one image cached") << 1;
}

void TestFailedAllocations::cacheInsertLeavesTheCacheAsItWas()
{
    // The arrivals now take the name first (a QList, from malloc: not counted here) and give it back if the
    // hash cannot take the image; before, the hash took it first, and a failing append left it out of arrivals.
    QFETCH(int, cached);
    const AnnotationStore results = test::manySquareImages(2).second;
    const Segmentation first = squaresOf(results, 0), second = squaresOf(results, 1);
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

void TestFailedAllocations::readerSaysOutOfMemory_data()
{
    QTest::addColumn<QString>("file");
    for (const char* file : {"real_excerpt.json", "dict_shaped.json", "results_list.json", "rle_uncompressed.json"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestFailedAllocations::readerSaysOutOfMemory()
{
    // Before, a failure in the check for duplicate file names (a QHash) or in wrapping the bytes ended the process.
    QFETCH(QString, file);
    const QByteArray bytes = corpusFile(file);
    QVERIFY(!bytes.isEmpty());
    const Sweep sweep = sweepAllocations(
        [&]() -> std::optional<QString> {
            QString error;
            if (CocoReader::readBytes(bytes, file, &error))
                return std::nullopt;
            return error;
        },
        file + QStringLiteral(": not enough memory to read this file"));
    QVERIFY2(sweep.problem.isEmpty(), qPrintable(sweep.problem));
    QVERIFY2(sweep.reported > 10, qPrintable(QString::number(sweep.reported)));
}

void TestFailedAllocations::evaluatorSaysOutOfMemory()
{
    const auto [gt, dt] = test::manySquareImages(3);
    Evaluator::Options options;
    options.threads = 1;
    const Sweep sweep = sweepAllocations(
        [&]() -> std::optional<QString> {
            QString error;
            const std::optional<EvalResult> result = Evaluator::evaluate(gt, dt, options, &error);
            if (result && result->summary.value(u"AP50") == 1.0)
                return std::nullopt;
            return result ? QStringLiteral("other figures") : error;
        },
        QStringLiteral("not enough memory"));
    QVERIFY2(sweep.problem.isEmpty(), qPrintable(sweep.problem));
    QVERIFY2(sweep.reported > 10, qPrintable(QString::number(sweep.reported)));
}

void TestFailedAllocations::qualityChecksSayOutOfMemory()
{
    // Before, the checks for duplicate file names and for images in other files (QHash) ended the process.
    // With another file of the same images: the leakage and sparse-image checks compare the two.
    const std::unique_ptr<AnnotationSet> set = readCorpusFile(QStringLiteral("real_excerpt.json"));
    const std::unique_ptr<AnnotationSet> other = readCorpusFile(QStringLiteral("real_excerpt.json"), "other.json");
    QVERIFY(set && other);
    QcOptions options;
    options.threads = 1;
    options.otherSets = {other.get()};
    const Sweep sweep = sweepAllocations(
        [&]() -> std::optional<QString> {
            QString error;
            const std::optional<QcReport> report = QcRunner::run(*set, options, &error);
            if (report && std::any_of(report->findings.begin(), report->findings.end(),
                                      [](const QcFinding& f) { return f.check == QcCheck::SplitLeakage; }))
                return std::nullopt;
            return report ? QStringLiteral("no leakage found") : error;
        },
        QcRunner::outOfMemoryMessage(*set));
    QVERIFY2(sweep.problem.isEmpty(), qPrintable(sweep.problem));
    QVERIFY2(sweep.reported > 10, qPrintable(QString::number(sweep.reported)));
}

void TestFailedAllocations::statisticsSayOutOfMemory()
{
    const std::unique_ptr<AnnotationSet> set = readCorpusFile(QStringLiteral("real_excerpt.json"));
    QVERIFY(set);
    const AnnotationSet* sets[] = {set.get()};
    const Sweep sweep = sweepAllocations(
        [&]() -> std::optional<QString> {
            QString error;
            if (const std::optional<DatasetStats> stats = DatasetStats::compute(sets, {}, &error))
                return stats->groups().empty() ? std::optional<QString>(QStringLiteral("no groups")) : std::nullopt;
            return error;
        },
        QStringLiteral("not enough memory"));
    QVERIFY2(sweep.problem.isEmpty(), qPrintable(sweep.problem));
    QVERIFY2(sweep.reported > 10, qPrintable(QString::number(sweep.reported)));
}

void TestFailedAllocations::maskExportSaysOutOfMemory()
{
    // Before, a failure in the plan's set of output names (a QSet) ended the process.
    const std::unique_ptr<AnnotationSet> set = readCorpusFile(QStringLiteral("real_excerpt.json"));
    QVERIFY(set);
    QTemporaryDir out;
    QVERIFY(out.isValid());
    MaskExportOptions options;
    options.outputDir = out.path();
    const Sweep sweep = sweepAllocations(
        [&]() -> std::optional<QString> {
            QString error;
            if (const std::optional<MaskExportSummary> summary = MaskExporter::run(*set, options, &error))
                return summary->images == 1 ? std::nullopt : std::optional<QString>(QStringLiteral("no image"));
            return error;
        },
        QStringLiteral("not enough memory"));
    QVERIFY2(sweep.problem.isEmpty(), qPrintable(sweep.problem));
    // Fewer where the image went to the other thread: its allocations do not fail here.
    QVERIFY2(sweep.reported > 5, qPrintable(QString::number(sweep.reported)));
}

void TestFailedAllocations::reviewEvaluationSaysOutOfMemory()
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

void TestFailedAllocations::publishingThePredictionsSaysOutOfMemory()
{
    // The model's cached predictions put back under review (File > Reload from Disk): the cache made into a store,
    // the model's set replaced, the review evaluated again, all on the GUI thread.
    Workspace workspace;
    fill(workspace);
    PredictionReview review(&workspace);
    for (int i = 0; i < kImages; ++i) {
        const ImageRecord& image = workspace.set(0).store.image(i);
        review.cacheForTesting().insert(image.fileName, image.id, squaresOf(workspace.set(1).store, i));
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

QTEST_GUILESS_MAIN(TestFailedAllocations)

#include "tst_failedallocations.moc"
