// Every allocation of an operation made to fail in turn (failingallocation.h): reading, evaluating, checking,
// computing statistics, exporting masks, findings and statistics, and pasting cells say that memory ran out, or
// succeed all the same; copying cells throws std::bad_alloc to its caller; replacing the model's predictions leaves
// the set as it was.
#include "evalfixtures.h"
#include "failingallocation.h"
#include "testutil.h"

#include "model/annotationset.h"
#include "model/eval/evalexport.h"
#include "model/eval/evaluator.h"
#include "model/io/cellclipboard.h"
#include "model/io/cocoreader.h"
#include "model/masks/maskexporter.h"
#include "model/qc/qcexport.h"
#include "model/qc/qcrunner.h"
#include "model/stats/datasetstats.h"
#include "model/stats/statsexport.h"
#include "model/workspace.h"

#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace curator;
using test::Sweep;
using test::sweepAllocations;
using test::throwsBadAlloc;

namespace {

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

} // namespace

class TestFailedAllocations : public QObject
{
    Q_OBJECT
private slots:
    void init() { CURATOR_SKIP_WITHOUT_FAILING_NEW(); }
    void replaceResultsLeavesTheSetAsItWas();
    void readerSaysOutOfMemory_data();
    void readerSaysOutOfMemory();
    void evaluatorSaysOutOfMemory();
    void qualityChecksSayOutOfMemory();
    void statisticsSayOutOfMemory();
    void maskExportSaysOutOfMemory();
    void openingSaysOutOfMemory();
    void copyAndPasteSayOutOfMemory();
    void exportsSayOutOfMemory();
};

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
    const auto stores = test::manySquareImages(3);   // no structured binding: clang 14's lambdas cannot capture one
    const AnnotationStore& gt = stores.first;
    const AnnotationStore& dt = stores.second;
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
    // livecell-cli eval --json: the figures' JSON throws std::bad_alloc to the CLI's guard, never through
    // nlohmann's destructor (before, its initializer lists and copies went through it).
    QString error;
    const std::optional<EvalResult> result = Evaluator::evaluate(gt, dt, options, &error);
    QVERIFY2(result, qPrintable(error));
    const auto exported = [&] {
        return EvalExport::resultJson(*result, QStringLiteral("gt.json"), QStringLiteral("dt.json"), true);
    };
    const QByteArray expected = exported();
    long failures = 0;
    for (long n = 0;; ++n) {
        QByteArray json;
        if (!throwsBadAlloc(n, [&] { json = exported(); })) {
            QCOMPARE(json, expected);
            break;
        }
        ++failures;
    }
    QVERIFY2(failures > 10, qPrintable(QString::number(failures)));
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

void TestFailedAllocations::openingSaysOutOfMemory()
{
    // The file read on the pool, then taken in on the GUI thread (Workspace::applyLoadResult): the sets indexed,
    // the workspace's parts exchanged. Before, the index was a QHash, built after the sets were exchanged.
    const QString file = QStringLiteral(CURATOR_SOURCE_DIR "/tests/fuzz/corpus/coco/real_excerpt.json");
    Workspace workspace;
    QSignalSpy finished(&workspace, &Workspace::loadingFinished);
    QThreadPool* pool = QThreadPool::globalInstance();
    const Sweep sweep = sweepAllocations(
        [&]() -> std::optional<QString> {
            QCoreApplication::sendPostedEvents();   // the load's result taken in
            if (finished.isEmpty())
                return QStringLiteral("the load did not finish");
            if (finished.constLast().at(0).toBool())
                return std::nullopt;
            if (workspace.setCount() != 0)
                return QStringLiteral("a failed load changed the workspace");
            return finished.constLast().at(1).toString();
        },
        QStringLiteral("not enough memory to open ") + file,
        [&] {
            workspace.clear();
            finished.clear();
            workspace.open({file});
            pool->waitForDone();   // read; its result waits for the GUI thread
        });
    QVERIFY2(sweep.problem.isEmpty(), qPrintable(sweep.problem));
    QVERIFY2(sweep.reported > 3, qPrintable(QString::number(sweep.reported)));
    QCOMPARE(workspace.setCount(), 1);
    const QString image = workspace.set(0).store.image(0).fileName;
    QCOMPARE(workspace.imageNamed(0, image), 0);
}

void TestFailedAllocations::copyAndPasteSayOutOfMemory()
{
    // Edit > Copy Cells and Paste Cells. Before, std::bad_alloc left the paste's parser, and the JSON values of both
    // went through nlohmann's destructor, which allocates in a noexcept function.
    const auto set = readCorpusFile(QStringLiteral("real_excerpt.json"));
    QVERIFY(set && set->store.annotationCount() >= 2);
    std::vector<StoredCell> cells;
    for (int a = 0; a < std::min(5, set->store.annotationCount()); ++a)
        cells.push_back({&set->store, a});
    int copied = 0;
    const QByteArray text = cellsToJson(cells, &copied);
    QCOMPARE(copied, int(cells.size()));
    long failures = 0;
    for (long n = 0;; ++n) {
        QByteArray again;
        if (!throwsBadAlloc(n, [&] { again = cellsToJson(cells); })) {
            QCOMPARE(again, text);
            break;
        }
        ++failures;
    }
    QVERIFY2(failures > 10, qPrintable(QString::number(failures)));
    const Sweep sweep = sweepAllocations(
        [&]() -> std::optional<QString> {
            QString error;
            const auto pasted = cellsFromJson(text, QStringLiteral("the clipboard"), &error);
            if (!pasted)
                return error;
            if (int(pasted->size()) != copied)
                return QStringLiteral("%1 cells pasted").arg(pasted->size());
            return std::nullopt;
        },
        QStringLiteral("Not enough memory to paste cells from the clipboard."));
    QVERIFY2(sweep.problem.isEmpty(), qPrintable(sweep.problem));
    QVERIFY2(sweep.reported > 10, qPrintable(QString::number(sweep.reported)));
}

void TestFailedAllocations::exportsSayOutOfMemory()
{
    // The findings' JSON and CSV files (Quality > Export) and the statistics' JSON (livecell-cli stats --json).
    // Before, their JSON values went through nlohmann's initializer lists and destructor, which allocate where
    // running out of memory ends the process.
    const std::unique_ptr<AnnotationSet> set = readCorpusFile(QStringLiteral("real_excerpt.json"));
    const std::unique_ptr<AnnotationSet> other = readCorpusFile(QStringLiteral("real_excerpt.json"), "other.json");
    QVERIFY(set && other);
    QcOptions options;
    options.otherSets = {other.get()};   // findings of leakage: the same images in both
    QString error;
    const std::optional<QcReport> report = QcRunner::run(*set, options, &error);
    QVERIFY2(report && !report->findings.empty(), qPrintable(error));
    const QSet<QString> dismissed{report->findings.front().key()};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("findings"));
    for (const bool json : {true, false}) {
        const QByteArray expected = json ? QcExport::toJson(*report, QStringLiteral("set.json"), dismissed)
                                         : QcExport::toCsv(*report, dismissed);
        // Each run's file is read before the next (with all its memory): the export's, or the one before it.
        std::optional<bool> written;
        QString wrongBytes;
        const auto checkFile = [&] {
            if (written && test::readAll(path) != (*written ? expected : QByteArray("before")))
                wrongBytes = QStringLiteral("the file holds other bytes");
        };
        const Sweep sweep = sweepAllocations(
            [&]() -> std::optional<QString> {
                QString message;
                written = json ? QcExport::writeJson(path, *report, QStringLiteral("set.json"), dismissed, &message)
                               : QcExport::writeCsv(path, *report, dismissed, &message);
                return *written ? std::nullopt : std::optional<QString>(message);
            },
            QStringLiteral("not enough memory to write it"),
            [&] {
                checkFile();
                QVERIFY(test::writeAll(path, "before"));
            });
        checkFile();
        QVERIFY2(sweep.problem.isEmpty(), qPrintable(sweep.problem));
        QVERIFY2(wrongBytes.isEmpty(), qPrintable(wrongBytes));
        QVERIFY2(sweep.reported > (json ? 10 : 2), qPrintable(QString::number(sweep.reported)));
    }
    const AnnotationSet* sets[] = {set.get()};
    const std::optional<DatasetStats> stats = DatasetStats::compute(sets, {}, &error);
    QVERIFY2(stats, qPrintable(error));
    const QByteArray expected = StatsExport::toJson(*stats);
    long failures = 0;
    for (long n = 0;; ++n) {
        QByteArray json;
        if (!throwsBadAlloc(n, [&] { json = StatsExport::toJson(*stats); })) {
            QCOMPARE(json, expected);
            break;
        }
        ++failures;
    }
    QVERIFY2(failures > 10, qPrintable(QString::number(failures)));
}

QTEST_GUILESS_MAIN(TestFailedAllocations)

#include "tst_failedallocations.moc"
