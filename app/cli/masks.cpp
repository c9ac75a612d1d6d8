// livecell-cli masks: instance label masks (16-bit TIFF) and optional binary masks for every image.
#include "app/cli/command.h"
#include "app/cli/common.h"
#include "model/masks/maskexporter.h"

namespace curator::cli {
namespace {

int run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes one 16-bit instance label TIFF per image to OUT/labels/<image name>.tif: 0 is background, cells are "
        "labelled 1..N in annotation order. Where cells overlap the smaller cell is on top. Polygons are rasterised "
        "exactly as pycocotools does, so the masks agree with the COCO evaluator. OUT/labels.csv maps labels to "
        "annotation ids."));
    parser.addPositionalArgument(QStringLiteral("ANNOTATIONS.json"), QStringLiteral("COCO annotation file"));
    const QCommandLineOption images(QStringLiteral("images"),
                                    QStringLiteral("images.zip or image folder; image sizes are then read from the images"),
                                    QStringLiteral("ZIP|DIR"));
    const QCommandLineOption outDir(QStringLiteral("out"), QStringLiteral("output folder (required)"), QStringLiteral("DIR"));
    const QCommandLineOption binary(QStringLiteral("binary"),
                                    QStringLiteral("also write 8-bit binary masks (255 = cell) to OUT/binary/"));
    parser.addOptions({images, outDir, binary});
    if (const int rc = processArguments(parser, args, 1, 1); rc >= 0)
        return rc;
    if (!parser.isSet(outDir)) {
        err() << args[0] << ": --out DIR is required\n";
        return 2;
    }
    bool imagesFailed = false;
    const auto source = openImages(parser.value(images), imagesFailed);
    if (imagesFailed)
        return 2;
    const auto set = loadAnnotations(parser.positionalArguments()[0]);
    if (!set)
        return 2;
    MaskExportOptions options;
    options.outputDir = parser.value(outDir);
    options.binary = parser.isSet(binary);
    options.images = source.get();
    QString error;
    const auto summary = MaskExporter::run(*set, options, &error);
    if (!summary) {
        err() << error << "\n";
        return 1;
    }
    for (const QString& w : summary->warnings)
        err() << "warning: " << w << "\n";
    out() << "wrote " << summary->images << " label images (" << summary->cells << " cells) to " << options.outputDir
          << "\n";
    return 0;
}

} // namespace

CURATOR_CLI_COMMAND(masks, "masks", "Write instance label masks (16-bit TIFF) and binary masks per image", run);

} // namespace curator::cli
