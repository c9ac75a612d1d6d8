// bench_review: what a model run over a full-scale split costs the GUI thread of the model review.
//
//   bench_review [--images 1564] [--cells 349]
//
// While the model runs, the review publishes its cache now and then: the cache becomes a results
// store (PredictionCache::toStore), replaces the model's set in the workspace
// (Workspace::replaceResults) and the review evaluates again, copying the cells on the GUI thread (in
// slices between events) before its worker evaluates them (ReviewEvaluation). Each is measured here,
// model layer only (what the widgets then redraw is not counted), with the cache a quarter, half and
// all of a synthetic split (SyntheticDataset; the "predictions" are the ground-truth masks). The GUI
// thread's share is given for a publish every 1.5 s and for the interval the review chooses from each
// publish's cost, with the longest the GUI thread is kept from its events.
#include "benchutil.h"
#include "model/annotationset.h"
#include "model/io/cocoreader.h"
#include "model/io/rle.h"
#include "model/review/predictioncache.h"
#include "model/review/predictionreview.h"
#include "model/review/reviewevaluation.h"
#include "model/synth/syntheticdataset.h"
#include "model/workspace.h"

#include <QCommandLineParser>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace curator;

namespace {

Segmentation segmentationOf(const AnnotationStore& gt, int image)
{
    const ImageRecord& record = gt.image(image);
    Segmentation s;
    s.width = record.width;
    s.height = record.height;
    double score = 1.0;
    for (quint32 a : gt.annotationsOfImage(image)) {
        SegmentedCell cell;
        cell.mask = Rle::fromAnnotation(gt, int(a), record.height, record.width);
        cell.score = score *= 0.999;
        s.cells.push_back(std::move(cell));
    }
    return s;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption images(QStringLiteral("images"), QStringLiteral("Images to generate"), QStringLiteral("N"),
                                    QStringLiteral("1564"));
    const QCommandLineOption cells(QStringLiteral("cells"), QStringLiteral("Cells per image"), QStringLiteral("M"),
                                   QStringLiteral("349"));
    parser.addOptions({images, cells});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir dir;
    SyntheticOptions s;
    s.images = parser.value(images).toInt();
    s.cellsPerImage = parser.value(cells).toInt();
    s.split = Split::Test;
    s.writeImages = false;
    QString error;
    const auto summary = SyntheticDataset::generate(dir.path(), s, &error);
    auto gtSet = summary ? CocoReader::readFile(summary->annotationFile, &error) : nullptr;
    if (!gtSet) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Workspace workspace;
    workspace.addSet(std::move(gtSet));
    const AnnotationStore& gt = workspace.set(0).store;
    auto results = std::make_unique<AnnotationSet>();
    results->info.kind = SetKind::Results;
    results->layout.bareResultsList = true;
    workspace.addSet(std::move(results));
    std::printf("ground truth: %d images, %d cells\n\n", gt.imageCount(), gt.annotationCount());
    std::printf("%-12s %10s %9s %15s %12s %10s %11s %10s %13s %22s\n", "cache", "cells", "toStore", "replaceResults",
                "review copy", "result in", "longest**", "GUI total", "share @1.5 s*", "adaptive interval, share*");

    PredictionCache cache;
    ReviewEvaluation review(&workspace);
    int cached = 0;
    for (const int quarter : {1, 2, 4}) {
        const int target = gt.imageCount() * quarter / 4;
        for (; cached < target; ++cached)
            cache.insert(gt.image(cached).fileName, gt.image(cached).id, segmentationOf(gt, cached));
        std::vector<int> chosen(static_cast<std::size_t>(cached));
        for (int i = 0; i < cached; ++i)
            chosen[std::size_t(i)] = i;
        const double t0 = bench::nowSeconds();
        AnnotationStore store = cache.toStore();
        const double t1 = bench::nowSeconds();
        workspace.replaceResults(1, std::move(store));
        const double t2 = bench::nowSeconds();
        // The copy runs in slices between events: time each, and the longest the GUI thread is kept.
        double copy = 0, longest = t2 - t0;   // the publish itself is one stretch
        for (bool first = true; first || review.isCopying(); first = false) {
            const double s0 = bench::nowSeconds();
            if (first)
                review.evaluate(0, 1, chosen);
            else
                QCoreApplication::processEvents();
            const double slice = bench::nowSeconds() - s0;
            copy += slice;
            longest = std::max(longest, slice);
        }
        review.waitForFinished();
        const double taking = review.lastApplyMs() / 1000.0;   // the result indexed on the GUI thread
        longest = std::max(longest, taking);
        const double gui = t2 - t0 + copy + taking;
        const double interval = PredictionReview::publishIntervalMs(qint64(gui * 1000)) / 1000.0;
        std::printf("%5d images %10d %8.3fs %14.3fs %11.3fs %9.3fs %10.3fs %9.3fs %12.0f%% %16.1f s, %3.0f%%\n", cached,
                    cache.cellCount(), t1 - t0, t2 - t1, copy, taking, longest, gui, 100 * gui / std::max(1.5, gui),
                    interval, 100 * gui / interval);
        if (!review.hasResult()) {
            std::fprintf(stderr, "the review's evaluation failed: %s\n", qPrintable(review.errorString()));
            return 1;
        }
    }
    std::printf("\n* of the GUI thread's time while the model runs: publishing every 1.5 s (as before), and at the\n"
                "  interval PredictionReview::publishIntervalMs() chooses from the cost of the last publish\n"
                "** the longest the GUI thread is kept from its events: the publish itself, one slice of the copy, or\n"
                "   taking the result in (indexing the classes of its cells)\n");

    // While a run goes on, a publish in arrival order keeps the predictions before it where they were, so
    // the review adds the new images to its evaluation (extend) instead of evaluating all again.
    constexpr int kNew = 64;
    const int before = std::max(0, gt.imageCount() - kNew);
    PredictionCache run;
    for (int i = 0; i < before; ++i)
        run.insert(gt.image(i).fileName, gt.image(i).id, segmentationOf(gt, i));
    std::vector<int> first(static_cast<std::size_t>(before));
    for (int i = 0; i < before; ++i)
        first[std::size_t(i)] = i;
    workspace.replaceResults(1, run.toStore(PredictionCache::Order::Arrival));
    review.evaluate(0, 1, first);
    review.waitForFinished();
    std::vector<int> added;
    for (int i = before; i < gt.imageCount(); ++i) {
        run.insert(gt.image(i).fileName, gt.image(i).id, segmentationOf(gt, i));
        added.push_back(i);
    }
    const double a0 = bench::nowSeconds();
    workspace.replaceResults(1, run.toStore(PredictionCache::Order::Arrival));
    const double a1 = bench::nowSeconds();
    review.extend(added);
    const double a2 = bench::nowSeconds();
    review.waitForFinished();
    const double a3 = bench::nowSeconds();
    const double addedIn = review.lastApplyMs() / 1000.0;
    if (!review.hasResult() || review.updateCount() != 1) {
        std::fprintf(stderr, "the review did not add the images: %s\n", qPrintable(review.errorString()));
        return 1;
    }
    const double apAdded = review.result()->summary.value(u"AP");
    // What each publish cost before: evaluating every image again (copy and evaluation).
    std::vector<int> all(first);
    all.insert(all.end(), added.begin(), added.end());
    const double f0 = bench::nowSeconds();
    review.evaluate(0, 1, all);
    review.waitForFinished();
    const double full = bench::nowSeconds() - f0;
    if (!review.hasResult() || review.result()->summary.value(u"AP") != apAdded) {
        std::fprintf(stderr, "adding the images gave other figures than evaluating them all\n");
        return 1;
    }
    std::printf("\nadding %d images to the evaluation of %d (a publish while the model runs):\n"
                "  publish %.3f s + the new images' copy %.3f s + taking the result in %.3f s on the GUI thread;\n"
                "  evaluation %.3f s (evaluating all %d images again: %.3f s, copy and evaluation; same AP;\n"
                "  ratio %.2f)\n",
                kNew, before, a1 - a0, a2 - a1, addedIn, a3 - a2, gt.imageCount(), full, (a2 - a1 + a3 - a2) / full);
    return 0;
}
