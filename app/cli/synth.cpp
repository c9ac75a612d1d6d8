// livecell-cli synth: writes a synthetic LIVECell-shaped dataset (images.zip + COCO JSON).
#include "app/cli/command.h"
#include "app/cli/common.h"

#include "model/synth/syntheticdataset.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace curator::cli {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("SynthCommand", text); }

bool parseCount(const QString& text, const QString& option, int maxValue, int minValue, int* value)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (ok && v >= minValue && v <= maxValue) {
        *value = v;
        return true;
    }
    err() << tr("livecell-cli synth: --%1 must be an integer from %2 to %3\n").arg(option).arg(minValue).arg(maxValue);
    return false;
}

bool readOptions(const QCommandLineParser& parser, SyntheticOptions& o)
{
    if (!parseCount(parser.value(QStringLiteral("images")), QStringLiteral("images"), SyntheticDataset::kMaxImages, 1, &o.images)
        || !parseCount(parser.value(QStringLiteral("cells-per-image")), QStringLiteral("cells-per-image"),
                       SyntheticDataset::kMaxCellsPerImage, 0, &o.cellsPerImage))
        return false;
    bool ok = false;
    o.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        err() << tr("livecell-cli synth: --seed must be a non-negative integer\n");
        return false;
    }
    const QString split = parser.value(QStringLiteral("split"));
    o.split = split == u"train" ? Split::Train : split == u"val" ? Split::Val : split == u"test" ? Split::Test : Split::Unknown;
    if (o.split == Split::Unknown) {
        err() << tr("livecell-cli synth: --split must be train, val or test\n");
        return false;
    }
    o.writeImages = !parser.isSet(QStringLiteral("no-images"));
    return true;
}

int runSynth(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a synthetic dataset shaped like LIVECell: OUT_DIR/images.zip "
                                        "(704x520 8-bit TIFFs in the official folder layout) and "
                                        "OUT_DIR/annotations/LIVECell/livecell_coco_<split>.json."));
    parser.addPositionalArgument(QStringLiteral("OUT_DIR"), tr("Folder to write into (created if needed)."));
    parser.addOption({QStringLiteral("images"), tr("Number of images (default 10)."), QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("cells-per-image"), tr("Cell polygons per image (default 50)."), QStringLiteral("M"),
                      QStringLiteral("50")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed; equal seeds give identical files (default 1)."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("split"), tr("train, val or test (default val)."), QStringLiteral("SPLIT"),
                      QStringLiteral("val")});
    parser.addOption({QStringLiteral("no-images"), tr("Write only the annotation JSON, no images.zip.")});
    if (const int rc = processArguments(parser, args, 1, 1); rc >= 0)
        return rc;
    SyntheticOptions options;
    if (!readOptions(parser, options))
        return 2;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto summary = SyntheticDataset::generate(parser.positionalArguments().first(), options, &error);
    if (!summary) {
        err() << "livecell-cli synth: " << error << "\n";
        return 1;
    }
    out() << tr("Wrote %1 images and %2 annotations in %3 s\n")
                 .arg(summary->images).arg(summary->annotations).arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    out() << tr("Annotations: %1 (%2 bytes)\n").arg(summary->annotationFile).arg(summary->jsonBytes);
    if (!summary->imagesZip.isEmpty())
        out() << tr("Images:      %1\n").arg(summary->imagesZip);
    return 0;
}

} // namespace

CURATOR_CLI_COMMAND(synth, "synth", "Write a synthetic LIVECell-shaped dataset (images.zip + COCO JSON)", runSynth);

} // namespace curator::cli
