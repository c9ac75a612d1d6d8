// bench_eval: end-to-end evaluation of a full-scale synthetic LIVECell test split.
//
//   bench_eval [--images 1564] [--cells 349] [--dir DIR] [--threads N]   generate, then measure
//   bench_eval GT.json RESULTS.json [--threads N]                          measure given files
//
// Generation (SyntheticDataset for the ground truth, PredictionGenerator for a detectron2-style
// results list) happens first; the measurement then runs in a fresh process, so that its peak
// RSS is the evaluation's alone: loading both files, evaluating, summarising.
#include "benchutil.h"
#include "model/eval/evalloader.h"
#include "model/eval/evaluator.h"
#include "model/eval/predictiongenerator.h"
#include "model/io/cocoreader.h"
#include "model/synth/syntheticdataset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace curator;

namespace {

int measure(const QString& gtPath, const QString& resultsPath, int threads)
{
    const double t0 = bench::nowSeconds();
    QString error;
    auto sources = EvalLoader::load(gtPath, resultsPath, &error);
    if (!sources) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double t1 = bench::nowSeconds(), loadCpu = bench::cpuSeconds();
    Evaluator::Options options;
    options.threads = threads;
    const auto result = Evaluator::evaluate(sources->groundTruth->store, sources->predictions->store, options);
    const double t2 = bench::nowSeconds();
    std::printf("ground truth: %d images, %d cells (%.0f MB); predictions: %d (%.0f MB)\n",
                sources->groundTruth->store.imageCount(), result->groundTruthCount,
                QFileInfo(gtPath).size() / 1e6, result->predictionCount, QFileInfo(resultsPath).size() / 1e6);
    const double totalCpu = bench::cpuSeconds();
    std::printf("load both files: %.2f s wall, %.2f s CPU\nevaluate:        %.2f s wall, %.2f s CPU (%d threads)\n"
                "total:           %.2f s wall, %.2f s CPU (user + system)\npeak RSS:        %.0f MiB\n\n",
                t1 - t0, loadCpu, t2 - t1, totalCpu - loadCpu, threads > 0 ? threads : QThread::idealThreadCount(),
                t2 - t0, totalCpu, bench::peakRssMiB());
    std::printf("%s", qPrintable(result->summary.toText(result->params)));
    for (const QString& m : result->findings.messages())
        std::printf("note: %s\n", qPrintable(m));
    return 0;
}

int generateAndMeasure(const QString& dir, int images, int cells, int threads)
{
    const double t0 = bench::nowSeconds();
    SyntheticOptions s;
    s.images = images;
    s.cellsPerImage = cells;
    s.split = Split::Test;
    s.writeImages = false;
    QString error;
    const auto summary = SyntheticDataset::generate(dir, s, &error);
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString resultsPath = QDir(dir).filePath(QStringLiteral("coco_instances_results.json"));
    {
        auto gt = CocoReader::readFile(summary->annotationFile, &error);
        if (!gt || !PredictionGenerator::writeResults(gt->store, resultsPath, PredictionOptions(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("generated in %.1f s: %s, %s\n\n", bench::nowSeconds() - t0, qPrintable(summary->annotationFile),
                qPrintable(resultsPath));
    std::fflush(stdout);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {summary->annotationFile, resultsPath, QStringLiteral("--threads"), QString::number(threads)});
    child.waitForFinished(-1);
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("GT.json RESULTS.json"), QStringLiteral("Files to evaluate (optional)"));
    const QCommandLineOption images(QStringLiteral("images"), QStringLiteral("Images to generate"), QStringLiteral("N"),
                                    QStringLiteral("1564"));
    const QCommandLineOption cells(QStringLiteral("cells"), QStringLiteral("Cells per image"), QStringLiteral("M"),
                                   QStringLiteral("349"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Where to generate (default: a temporary folder)"),
                                 QStringLiteral("DIR"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Evaluation threads (0: one per core)"),
                                     QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({images, cells, dir, threads});
    parser.addHelpOption();
    parser.process(app);
    const QStringList paths = parser.positionalArguments();
    if (paths.size() == 2)
        return measure(paths[0], paths[1], parser.value(threads).toInt());
    QTemporaryDir temporary;
    const QString out = parser.isSet(dir) ? parser.value(dir) : temporary.path();
    return generateAndMeasure(out, parser.value(images).toInt(), parser.value(cells).toInt(),
                              parser.value(threads).toInt());
}
