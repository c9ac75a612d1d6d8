#include "model/qc/qcrunner.h"

#include "model/annotationset.h"
#include "model/parallel.h"
#include "model/qc/qcinternal.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <new>

namespace curator {

namespace {

constexpr int kImagesPerChunk = 4;

struct Shared
{
    Shared(const AnnotationSet& s, const QcOptions& o) : set(s), options(o) {}
    const AnnotationSet& set;
    const QcOptions& options;
    std::vector<char> reported;          // per image: produce findings for it
    std::vector<double> areas;           // per annotation: CellGeometry::area
    std::atomic<int> nextImage{0};
    std::atomic<qint64> done{0};
    qint64 total = 0;
};

struct Worker
{
    std::vector<QcFinding> findings;
    std::vector<qc::CellGeometry> cells;
    qc::OverlapFinder overlaps;
};

bool cancelled(const Shared& s) { return s.options.cancel && s.options.cancel->load(std::memory_order_relaxed); }

// Statistics only, for images outside QcOptions::onlyImages.
double quickArea(const AnnotationStore& store, int a)
{
    double area = 0;
    if (store.segmentationKind(a) == SegmentationKind::Polygon) {
        for (int r = 0; r < store.ringCount(a); ++r)
            area += AnnotationStore::polygonArea(store.ring(a, r));
    } else {
        area = store.area(a);
    }
    return area > 0 ? area : std::numeric_limits<double>::quiet_NaN();
}

void processImage(Shared& s, Worker& w, int i)
{
    const AnnotationStore& store = s.set.store;
    const std::vector<quint32>& annotations = store.annotationsOfImage(i);
    if (!s.reported[std::size_t(i)]) {
        for (quint32 a : annotations)
            s.areas[a] = quickArea(store, int(a));
        return;
    }
    const ImageRecord& image = store.image(i);
    w.cells.resize(annotations.size());
    for (std::size_t k = 0; k < annotations.size(); ++k) {
        qc::checkAnnotation(store, int(annotations[k]), image, s.options, w.cells[k], w.findings);
        s.areas[annotations[k]] = w.cells[k].area;
    }
    w.overlaps.run(store, image, w.cells, s.options, w.findings);
}

// Takes chunks of images until none is left; false when cancelled.
bool work(Shared& s, Worker& w, bool reportProgress)
{
    const int images = s.set.store.imageCount();
    for (;;) {
        if (cancelled(s))
            return false;
        const int first = s.nextImage.fetch_add(kImagesPerChunk);
        if (first >= images)
            return true;
        qint64 cells = 0;
        for (int i = first; i < std::min(images, first + kImagesPerChunk); ++i) {
            processImage(s, w, i);
            cells += qint64(s.set.store.annotationsOfImage(i).size());
        }
        const qint64 done = s.done.fetch_add(cells) + cells;
        if (reportProgress && s.options.progress)
            s.options.progress(done, s.total);
    }
}

bool runWorkers(Shared& s, std::vector<Worker>& workers)
{
    std::vector<char> finished(workers.size(), 1);
    runInParallel(int(workers.size()), [&](int t) {
        finished[std::size_t(t)] = work(s, workers[std::size_t(t)], t == 0);
    });
    return std::all_of(finished.begin(), finished.end(), [](char ok) { return ok != 0; }) && !cancelled(s);
}

std::vector<char> reportedImages(const AnnotationStore& store, const QcOptions& options)
{
    std::vector<char> reported(std::size_t(store.imageCount()), options.onlyImages.empty() ? 1 : 0);
    for (int i : options.onlyImages) {
        if (i >= 0 && i < store.imageCount())
            reported[std::size_t(i)] = 1;
    }
    return reported;
}

bool findingOrder(const QcFinding& l, const QcFinding& r)
{
    if (l.check != r.check)
        return l.check < r.check;
    if (l.imageId != r.imageId)
        return l.imageId < r.imageId;
    return l.annotationIds < r.annotationIds;
}

// run() without the out-of-memory handling.
std::optional<QcReport> runOrThrow(const AnnotationSet& set, const QcOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    const AnnotationStore& store = set.store;
    Shared s(set, options);
    s.reported = reportedImages(store, options);
    s.areas.assign(std::size_t(store.annotationCount()), std::numeric_limits<double>::quiet_NaN());
    for (int i = 0; i < store.imageCount(); ++i)
        s.total += qint64(store.annotationsOfImage(i).size());
    const int threads = std::clamp(options.threads > 0 ? options.threads : QThread::idealThreadCount(), 1,
                                   std::max(1, store.imageCount() / kImagesPerChunk));
    std::vector<Worker> workers(static_cast<std::size_t>(threads));
    if (!runWorkers(s, workers))
        return std::nullopt;

    QcReport report;
    for (Worker& w : workers) {
        std::move(w.findings.begin(), w.findings.end(), std::back_inserter(report.findings));
        report.pairsCompared += w.overlaps.pairsTested();
        report.masksRasterised += w.overlaps.masksMade();
    }
    qc::findAreaOutliers(set, s.areas, s.reported, options, report.findings, report.areaModels);
    qc::findImageProblems(set, s.reported, options, report.findings);
    if (cancelled(s))
        return std::nullopt;
    std::sort(report.findings.begin(), report.findings.end(), findingOrder);
    for (const QcFinding& f : report.findings)
        ++report.counts[std::size_t(f.check)];
    for (int i = 0; i < store.imageCount(); ++i) {
        if (s.reported[std::size_t(i)]) {
            ++report.images;
            report.annotations += store.liveAnnotationCountOfImage(i);
        }
    }
    if (options.progress)
        options.progress(s.total, s.total);
    report.seconds = timer.nsecsElapsed() / 1e9;
    return report;
}

} // namespace

std::optional<QcReport> QcRunner::run(const AnnotationSet& set, const QcOptions& options, QString* error)
{
    try {
        return runOrThrow(set, options);
    } catch (const std::bad_alloc&) {
        // Whatever the run held is freed by now; the set itself is untouched (only read).
        if (error)
            *error = outOfMemoryMessage(set);
        return std::nullopt;
    }
}

QString QcRunner::outOfMemoryMessage(const AnnotationSet& set)
{
    return qc::Qc::tr("%1: not enough memory to run the quality checks on its %L2 cells.")
        .arg(set.info.path)
        .arg(set.store.liveAnnotationCount());
}

} // namespace curator
