// livecell-cli segment: runs the segmentation model over images and writes detectron2-style results.
#include "app/cli/command.h"
#include "app/cli/common.h"

#include "model/io/jsontext.h"
#include "model/segmentation/segmentationbatch.h"
#include "model/segmentation/segmenter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSaveFile>

#include <algorithm>
#include <new>

namespace curator::cli {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("curator::cli::segment", text); }

struct SegmentOptions
{
    QCommandLineOption images{QStringLiteral("images"), tr("images.zip or a folder of images (required)."), QStringLiteral("ZIP|DIR")};
    QCommandLineOption gt{QStringLiteral("gt"),
                          tr("COCO annotation file: segment only its images and use its image ids."), QStringLiteral("GT.json")};
    QCommandLineOption model{QStringLiteral("model"),
                             tr("Model to use (.onnx with its .json sidecar beside it, or the sidecar); default: the bundled model."),
                             QStringLiteral("M.onnx")};
    QCommandLineOption out{QStringLiteral("out"), tr("Results file to write (a JSON list, detectron2's format; required)."),
                           QStringLiteral("RESULTS.json")};
    QCommandLineOption threads{QStringLiteral("threads"), tr("Images processed at once (default 1; OpenCV still uses every core)."),
                               QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption limit{QStringLiteral("limit"), tr("Segment only the first N images."), QStringLiteral("N"), QStringLiteral("0")};
};

/** The images to run on: those of the GT file (its ids), else every image of the source by name (ids 1, 2, …). */
std::optional<std::vector<BatchImage>> selectImages(const QString& gtPath, const ImageSource& source)
{
    std::vector<BatchImage> images;
    if (gtPath.isEmpty()) {
        QStringList names = source.baseNames();
        names.sort();
        for (const QString& name : names)
            images.push_back({name, qint64(images.size()) + 1});
        return images;
    }
    auto set = loadAnnotations(gtPath);
    if (!set)
        return std::nullopt;
    const QStringList missing = missingImages(*set, source);
    if (!missing.isEmpty())
        err() << QCoreApplication::translate("curator::cli::segment",
                                             "livecell-cli segment: %n image(s) of %1 are not in %2, e.g. %3\n",
                                             nullptr, int(missing.size()))
                     .arg(gtPath, source.path(), missing.first());
    for (int i = 0; i < set->store.imageCount(); ++i) {
        const ImageRecord& image = set->store.image(i);
        if (source.contains(image.fileName))
            images.push_back({image.fileName, image.id});
    }
    return images;
}

void appendCell(std::string& json, bool first, qint64 imageId, const SegmentedCell& cell)
{
    json += first ? "[\n" : ",\n";
    jsontext::appendDetectron2ResultHead(json, imageId, 1, cell.mask.bbox(), cell.score);
    jsontext::appendCompressedRle(json, cell.mask.height(), cell.mask.width(), cell.mask.toString());
    json += '}';
}

bool progressLine(int done, int total, const QElapsedTimer& timer, int cells)
{
    static qint64 last = -1;
    if (done == total || last < 0 || timer.elapsed() - last >= 1000) {
        last = timer.elapsed();
        err() << tr("segment: %1/%2 images, %3 cells, %4 s per image\n")
                     .arg(done).arg(total).arg(cells).arg(timer.elapsed() / 1000.0 / std::max(done, 1), 0, 'f', 2);
        err().flush();
    }
    return true;
}

int writeResults(const Segmenter& segmenter, const ImageSource& source, const std::vector<BatchImage>& images,
                 const QString& outPath, int threads)
{
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly)) {
        err() << tr("livecell-cli segment: cannot write %1: %2\n").arg(outPath, file.errorString());
        return 1;
    }
    std::string json;
    int cells = 0, failed = 0;
    bool writeOk = true;
    QElapsedTimer timer;
    timer.start();
    SegmentationBatch::Options options;
    options.threads = threads;
    options.progress = [&](int done, int total) { return progressLine(done, total, timer, cells); };
    try {
        SegmentationBatch::run(segmenter, source, images, [&](BatchResult&& r) {
            if (!r.segmentation) {
                err() << tr("livecell-cli segment: %1\n").arg(r.error);
                ++failed;
                return;
            }
            json.clear();
            for (const SegmentedCell& cell : r.segmentation->cells)
                appendCell(json, cells++ == 0, r.image.imageId, cell);
            writeOk = writeOk && file.write(json.data(), qint64(json.size())) == qint64(json.size());
        }, options);
    } catch (const std::bad_alloc&) {
        // The file is left uncommitted: nothing half-written replaces an earlier one.
        err() << tr("livecell-cli segment: not enough memory to write %1 (%2 cells written so far)\n")
                     .arg(outPath).arg(cells);
        return 1;
    }
    json = cells == 0 ? "[]\n" : "\n]\n";
    if (!writeOk || file.write(json.data(), qint64(json.size())) != qint64(json.size()) || !file.commit()) {
        err() << tr("livecell-cli segment: cannot write %1: %2\n").arg(outPath, file.errorString());
        return 1;
    }
    out() << tr("Wrote %1 cells on %2 images to %3\n").arg(cells).arg(int(images.size()) - failed).arg(outPath);
    return failed > 0 ? 1 : 0;
}

int runSegment(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Segments cells with a model (by default the bundled LIVECell U-Net) and writes "
                                        "results that livecell-cli eval and pycocotools accept: a JSON list of "
                                        "{image_id, category_id, bbox, score, segmentation (compressed RLE)}."));
    SegmentOptions o;
    parser.addOptions({o.images, o.gt, o.model, o.out, o.threads, o.limit});
    if (const int rc = processArguments(parser, args, 0, 0); rc >= 0)
        return rc;
    if (!parser.isSet(o.images) || !parser.isSet(o.out)) {
        err() << tr("livecell-cli segment: --images and --out are required\n");
        return 2;
    }
    bool okThreads = false, okLimit = false;
    const int threads = parser.value(o.threads).toInt(&okThreads);
    const int limit = parser.value(o.limit).toInt(&okLimit);
    if (!okThreads || threads < 1 || threads > 256 || !okLimit || limit < 0) {
        err() << tr("livecell-cli segment: --threads must be 1 to 256 and --limit a non-negative integer\n");
        return 2;
    }
    const QString modelPath = parser.isSet(o.model) ? parser.value(o.model) : bundledModelPath();
    if (modelPath.isEmpty()) {
        err() << tr("livecell-cli segment: the bundled model was not found; set CURATOR_MODEL_DIR or pass --model\n");
        return 1;
    }
    QString error;
    const auto segmenter = Segmenter::load(modelPath, &error);
    if (!segmenter) {
        err() << "livecell-cli segment: " << error << "\n";
        return 1;
    }
    bool failed = false;
    const auto source = openImages(parser.value(o.images), failed);
    if (!source)
        return 1;
    auto images = selectImages(parser.value(o.gt), *source);
    if (!images)
        return 1;
    if (limit > 0 && int(images->size()) > limit)
        images->resize(std::size_t(limit));
    return writeResults(*segmenter, *source, *images, parser.value(o.out), threads);
}

} // namespace

CURATOR_CLI_COMMAND(segment, "segment", "Segment cells with the bundled (or a given) ONNX model; writes detectron2-style results",
                    runSegment);

} // namespace curator::cli
