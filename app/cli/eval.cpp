// livecell-cli eval: COCO mask AP of predictions against ground truth (LIVECell's protocol).
#include "app/cli/command.h"
#include "app/cli/common.h"
#include "model/eval/evalexport.h"
#include "model/eval/evalloader.h"
#include "model/eval/evaluator.h"
#include "model/io/savefile.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cmath>

namespace curator::cli {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("curator::cli::eval", text); }

struct EvalOptions
{
    QCommandLineOption protocol{QStringLiteral("protocol"),
                                tr("Evaluation protocol: livecell (useCats 0, maxDets 100/500/2000, areas 18²/31²) "
                                   "or coco (pycocotools defaults)."),
                                QStringLiteral("livecell|coco"), QStringLiteral("livecell")};
    QCommandLineOption perImage{QStringLiteral("per-image"),
                                tr("Write per-image AP and TP/FP/FN/F1 at IoU 0.50 and 0.75 to a CSV file."),
                                QStringLiteral("OUT.csv")};
    QCommandLineOption matches{QStringLiteral("matches"),
                               tr("Write every match decision (tp, fp, fn, ignored) at IoU 0.50 and 0.75 to a CSV file."),
                               QStringLiteral("OUT.csv")};
    QCommandLineOption perCellType{QStringLiteral("per-cell-type"),
                                   tr("Also print the summary of each cell type (from the image file names).")};
    QCommandLineOption json{QStringLiteral("json"),
                            tr("Write the summary, counts and precision/recall arrays as JSON."),
                            QStringLiteral("OUT.json")};
    QCommandLineOption detectionArea{
        QStringLiteral("detection-area"),
        tr("Area that puts an unmatched prediction outside an area range: auto (pycocotools' loadRes: the "
           "bbox's w*h when the results carry boxes, else the mask area), mask (detectron2's and LIVECell's "
           "evaluators, which drop bbox), or box."),
        QStringLiteral("auto|mask|box"), QStringLiteral("auto")};
    QCommandLineOption minScore{QStringLiteral("min-score"),
                                tr("Count the TP/FP/FN of --per-image and --matches only over predictions scoring at "
                                   "least S, as the application's score threshold does (AP always ranks every "
                                   "prediction; default 0: all)."),
                                QStringLiteral("S"), QStringLiteral("0")};
    QCommandLineOption threads{QStringLiteral("threads"), tr("Worker threads (default: one per core)."),
                               QStringLiteral("N"), QStringLiteral("0")};
};

std::optional<EvalSources> loadBoth(const QString& gt, const QString& results)
{
    QElapsedTimer timer;
    timer.start();
    int lastTenth = -1;
    EvalLoader::Options options;
    options.progress = [&](qint64 done, qint64 total) {
        if (total < (64 << 20) || timer.elapsed() < 500)
            return;
        const int tenth = int(done * 10 / std::max<qint64>(total, 1));
        if (tenth != lastTenth) {
            err() << tr("loading: %1%").arg(tenth * 10) << "\n";
            err().flush();
            lastTenth = tenth;
        }
    };
    QString error;
    auto sources = EvalLoader::load(gt, results, &error, options);
    if (!sources)
        err() << error << "\n";
    return sources;
}

bool writeOutputs(const QCommandLineParser& parser, const EvalOptions& o, const EvalResult& result,
                  const EvalSources& sources, double minScore)
{
    const EvalExport::OperatingPoint point{&sources.predictions->store, minScore};
    QString error;
    const QStringList paths = parser.positionalArguments();
    bool ok = true;
    if (parser.isSet(o.json))
        ok &= saveFile(parser.value(o.json),
                       EvalExport::resultJson(result, paths[0], paths[1], parser.isSet(o.perCellType)), &error);
    if (ok && parser.isSet(o.perImage))
        ok &= saveFile(parser.value(o.perImage), EvalExport::perImageCsv(result, point), &error);
    if (ok && parser.isSet(o.matches))
        ok &= saveFile(parser.value(o.matches),
                       EvalExport::matchesCsv(result, sources.groundTruth->store, point), &error);
    if (!ok)
        err() << error << "\n";
    return ok;
}

int run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Evaluates instance-segmentation predictions against ground truth with COCO mask AP, exactly as "
           "pycocotools' COCOeval (iouType segm) under LIVECell's protocol or COCO's defaults, and prints "
           "the twelve summary lines. Predictions: a detectron2 results list (compressed RLE, score, "
           "optional mask_score which replaces score) or a COCO dataset whose image ids are the ground "
           "truth's."));
    parser.addPositionalArgument(QStringLiteral("GT.json"), tr("Ground-truth COCO annotation file"));
    parser.addPositionalArgument(QStringLiteral("RESULTS.json"), tr("Predictions"));
    const EvalOptions o;
    parser.addOptions({o.protocol, o.perImage, o.matches, o.perCellType, o.json, o.detectionArea, o.minScore, o.threads});
    if (const int rc = processArguments(parser, args, 2, 2); rc >= 0)
        return rc;
    const auto protocol = EvalParams::protocolFromName(parser.value(o.protocol));
    if (!protocol) {
        err() << args.value(0) << ": " << tr("unknown protocol '%1' (livecell or coco)").arg(parser.value(o.protocol))
              << "\n";
        return 2;
    }
    const auto detectionArea = EvalParams::detectionAreaFromName(parser.value(o.detectionArea));
    if (!detectionArea) {
        err() << args.value(0) << ": "
              << tr("unknown detection area '%1' (auto, mask or box)").arg(parser.value(o.detectionArea)) << "\n";
        return 2;
    }
    bool scoreOk = false;
    const double minScore = parser.value(o.minScore).toDouble(&scoreOk);
    if (!scoreOk || !std::isfinite(minScore) || minScore < 0) {
        err() << args.value(0) << ": " << tr("--min-score must be a number of 0 or more, not '%1'").arg(parser.value(o.minScore))
              << "\n";
        return 2;
    }
    const QStringList paths = parser.positionalArguments();
    const auto sources = loadBoth(paths[0], paths[1]);
    if (!sources)
        return 1;
    Evaluator::Options options;
    options.params = EvalParams::forProtocol(*protocol);
    options.params.detectionArea = *detectionArea;
    options.threads = parser.value(o.threads).toInt();
    options.perCellType = parser.isSet(o.perCellType) || parser.isSet(o.json);
    QString error;
    const auto result = Evaluator::evaluate(sources->groundTruth->store, sources->predictions->store, options, &error);
    if (!result) {
        err() << "livecell-cli eval: " << error << "\n";
        return 1;
    }
    if (result->findings.boxAreas && *detectionArea == DetectionArea::Auto)
        err() << tr("note: prediction areas for the area ranges are bbox w*h, as pycocotools' loadRes takes them "
                    "(--detection-area mask uses mask areas, as detectron2's evaluator)")
              << "\n";
    for (const QString& m : result->findings.messages())
        err() << tr("warning: %1").arg(m) << "\n";
    out() << result->summary.toText(result->params);
    if (parser.isSet(o.perCellType))
        out() << "\n" << EvalExport::cellTypeTable(*result);
    return writeOutputs(parser, o, *result, *sources, minScore) ? 0 : 1;
}

} // namespace

CURATOR_CLI_COMMAND(eval, "eval", "Evaluate predictions against ground truth (COCO mask AP, LIVECell protocol)", run);

} // namespace curator::cli
