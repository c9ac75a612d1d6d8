// Quality control over a (synthetic) full-scale LIVECell train file: wall time, CPU time, peak RSS.
// Target: ~1 million polygons checked in seconds on 2 cores.
//
//   bench_qc [FILE.json] [--threads N] [--repeat N] [--breakdown]
//
// Without FILE it generates the full-scale train split first with `livecell-cli synth OUT --images 3253
// --cells-per-image 330 --split train --no-images` (not timed; reused by later runs). --breakdown also
// times the geometry checks alone and the overlap checks alone. The machine may be shared: CPU time
// (user + system, all threads) is the steadier figure; wall time shows the parallel speed-up when
// cores are free.
#include "benchutil.h"
#include "model/io/cocoreader.h"
#include "model/qc/qcrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace curator;

namespace {

struct Timing
{
    double wall = 0;
    double cpu = 0;
};

Timing timeQc(const AnnotationSet& set, const QcOptions& options, QcReport* report)
{
    const double w0 = bench::nowSeconds(), c0 = bench::cpuSeconds();
    auto r = QcRunner::run(set, options);
    Timing t{bench::nowSeconds() - w0, bench::cpuSeconds() - c0};
    if (r && report)
        *report = std::move(*r);
    return t;
}

QcOptions only(std::initializer_list<QcCheck> checks, int threads)
{
    QcOptions o;
    o.threads = threads;
    o.enabled.fill(false);
    for (QcCheck c : checks)
        o.enabled[std::size_t(c)] = true;
    return o;
}

void breakdown(const AnnotationSet& set, int threads)
{
    const Timing geometry = timeQc(set, only({QcCheck::SelfIntersection, QcCheck::DegenerateRing,
                                              QcCheck::OddCoordinates, QcCheck::OutsideImage,
                                              QcCheck::AreaMismatch, QcCheck::BboxMismatch}, threads), nullptr);
    const Timing overlaps = timeQc(set, only({QcCheck::NearDuplicate, QcCheck::HeavyOverlap}, threads), nullptr);
    const Timing dataset = timeQc(set, only({QcCheck::AreaOutlier, QcCheck::DuplicateFileName, QcCheck::SparseImage,
                                             QcCheck::EmptyImage, QcCheck::OrphanAnnotation}, threads), nullptr);
    std::printf("  geometry checks only:      %6.2f s wall, %6.2f s CPU\n", geometry.wall, geometry.cpu);
    std::printf("  overlap checks only:       %6.2f s wall, %6.2f s CPU\n", overlaps.wall, overlaps.cpu);
    std::printf("  area/image checks only:    %6.2f s wall, %6.2f s CPU (includes the ring pass)\n", dataset.wall,
                dataset.cpu);
}

struct Arguments
{
    QString path;
    bool breakdown = false;
    int threads = 0;
    int repeat = 1;
};

Arguments parse(QStringList args)
{
    Arguments a;
    a.breakdown = args.removeAll(QStringLiteral("--breakdown")) > 0;
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == u"--threads" || args[i] == u"--repeat") {
            (args[i] == u"--threads" ? a.threads : a.repeat) = args[i + 1].toInt();
            args.remove(i, 2);
            --i;
        }
    }
    a.path = args.value(0);
    if (a.path.isEmpty())
        a.path = bench::fullScaleTrainSplit(QDir::tempPath() + QStringLiteral("/livecell-bench-qc"));
    return a;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Arguments args = parse(app.arguments().mid(1));
    const QString& path = args.path;
    const int threads = args.threads, repeat = args.repeat;

    const double w0 = bench::nowSeconds(), c0 = bench::cpuSeconds();
    QString error;
    const auto set = CocoReader::readFile(path, &error);
    if (!set) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("file: %s (%.0f MB)\n", qPrintable(path), double(QFileInfo(path).size()) / 1e6);
    std::printf("load: %d images, %d annotations in %.2f s wall, %.2f s CPU; peak RSS so far %.0f MiB\n",
                set->store.imageCount(), set->store.liveAnnotationCount(), bench::nowSeconds() - w0,
                bench::cpuSeconds() - c0, bench::peakRssMiB());

    QcOptions options;
    options.threads = threads;
    for (int r = 0; r < std::max(1, repeat); ++r) {
        QcReport report;
        const Timing t = timeQc(*set, options, &report);
        std::printf("qc run %d: %.2f s wall, %.2f s CPU (%d threads requested, 0 = all cores), %zu findings\n", r + 1,
                    t.wall, t.cpu, threads, report.findings.size());
        if (r == 0) {
            std::printf("  %lld cell pairs compared, %lld masks rasterised\n", (long long)report.pairsCompared,
                        (long long)report.masksRasterised);
            for (int c = 0; c < kQcCheckCount; ++c)
                std::printf("  %-22s %8d\n", qPrintable(qcCheckId(QcCheck(c))), report.counts[std::size_t(c)]);
        }
    }
    if (args.breakdown)
        breakdown(*set, threads);
    std::printf("peak RSS: %.0f MiB (load and QC)\n", bench::peakRssMiB());
    return 0;
}
