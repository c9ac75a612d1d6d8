// Per-image segmentation time on one core: network inference and post-processing, wall and CPU.
// Target: <= 1 s per 704 x 520 LIVECell image on one core (inference + post-processing).
//
//   bench_segment [IMAGES_DIR|ZIP] [--model M.onnx|M.json] [--repeat N] [--threads T]
//
// Default images: the real LIVECell sample (../shared/realdata/...) found from the executable's
// folder; default model: the bundled one. --threads sets OpenCV's threads (default 1).
#include "benchutil.h"
#include "model/io/imagesource.h"
#include "model/io/tiffcodec.h"
#include "model/segmentation/segmenter.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cstdio>

using namespace curator;

namespace {

QString defaultImages()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath()
                           + QStringLiteral("/../../../shared/realdata/livecell/oasisartisan_1pct_subset/dataset/images/"
                                            "livecell_train_val_images"));
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Args
{
    QString images = defaultImages();
    QString model = bundledModelPath();
    int repeat = 1;
    int threads = 1;
};

Args parseArgs(const QStringList& a)
{
    Args args;
    for (qsizetype i = 1; i < a.size(); ++i) {
        if (a[i] == u"--model" && i + 1 < a.size())
            args.model = a[++i];
        else if (a[i] == u"--repeat" && i + 1 < a.size())
            args.repeat = std::max(1, a[++i].toInt());
        else if (a[i] == u"--threads" && i + 1 < a.size())
            args.threads = std::max(0, a[++i].toInt());
        else
            args.images = a[i];
    }
    return args;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Args args = parseArgs(app.arguments());
    QString error;
    const auto segmenter = Segmenter::load(args.model, &error);
    const auto source = segmenter ? ImageSource::open(args.images, &error) : nullptr;
    if (!segmenter || !source) {
        std::fprintf(stderr, "bench_segment: %s\n", qPrintable(error));
        return 1;
    }
    Segmenter::setInferenceThreads(args.threads);
    std::printf("model %s, %d image(s) from %s, OpenCV threads %d\n", qPrintable(segmenter->sidecar().modelPath()),
                source->count(), qPrintable(source->path()), args.threads);
    std::printf("%-40s %9s %9s %9s %9s %6s\n", "image", "net wall", "net cpu", "post wall", "post cpu", "cells");
    std::vector<double> netCpu, totalCpu, totalWall;
    QStringList names = source->baseNames();
    names.sort();
    for (const QString& name : names) {
        const auto bytes = source->read(name, &error);
        const auto image = bytes ? decodeImage(*bytes, name, &error) : std::nullopt;
        if (!image) {
            std::fprintf(stderr, "bench_segment: %s\n", qPrintable(error));
            continue;
        }
        for (int r = 0; r < args.repeat; ++r) {
            const double w0 = bench::nowSeconds(), c0 = bench::cpuSeconds();
            const auto maps = segmenter->predict(*image, &error);
            const double w1 = bench::nowSeconds(), c1 = bench::cpuSeconds();
            const auto cells = maps ? InstanceExtractor::extract(*maps, segmenter->sidecar().postProcess()) : std::vector<SegmentedCell>{};
            const double w2 = bench::nowSeconds(), c2 = bench::cpuSeconds();
            std::printf("%-40s %8.3fs %8.3fs %8.3fs %8.3fs %6zu\n", qPrintable(name), w1 - w0, c1 - c0, w2 - w1, c2 - c1, cells.size());
            netCpu.push_back(c1 - c0);
            totalCpu.push_back(c2 - c0);
            totalWall.push_back(w2 - w0);
        }
    }
    std::printf("median per image: inference %.3f s CPU; inference + post-processing %.3f s CPU, %.3f s wall; peak RSS %.0f MiB\n",
                median(netCpu), median(totalCpu), median(totalWall), bench::peakRssMiB());
    return 0;
}
