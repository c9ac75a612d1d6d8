// livecell-cli qc: quality-control checks over an annotation file.
#include "app/cli/command.h"
#include "app/cli/common.h"

#include "model/qc/qcexport.h"
#include "model/qc/qcrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace curator::cli {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("QcCommand", text); }

struct Inputs
{
    std::unique_ptr<AnnotationSet> set;
    std::vector<std::unique_ptr<AnnotationSet>> others;
    std::unique_ptr<ImageSource> images;
};

bool loadInputs(const QCommandLineParser& parser, Inputs& in)
{
    in.set = loadAnnotations(parser.positionalArguments().first());
    if (!in.set)
        return false;
    for (const QString& path : parser.values(QStringLiteral("other-split"))) {
        in.others.push_back(loadAnnotations(path));
        if (!in.others.back())
            return false;
    }
    bool failed = false;
    in.images = openImages(parser.value(QStringLiteral("images")), failed);
    return !failed;
}

bool readOptions(const QCommandLineParser& parser, QcOptions& o)
{
    bool ok = true;
    if (parser.isSet(QStringLiteral("threads"))) {
        o.threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || o.threads < 1 || o.threads > 256) {
            err() << tr("livecell-cli qc: --threads must be an integer from 1 to 256\n");
            return false;
        }
    }
    const QString failOn = parser.value(QStringLiteral("fail-on"));
    if (!failOn.isEmpty() && failOn != u"info" && failOn != u"warning" && failOn != u"error") {
        err() << tr("livecell-cli qc: --fail-on must be info, warning or error\n");
        return false;
    }
    return true;
}

void printSummary(const QcReport& report, const QString& path)
{
    QTextStream& o = out();
    o << tr("QC of %1: %2 images, %3 annotations, %4 s\n\n")
             .arg(path).arg(report.images).arg(report.annotations).arg(report.seconds, 0, 'f', 2);
    o << QStringLiteral("%1 %2 %3\n").arg(tr("Check"), -22).arg(tr("Severity"), -9).arg(tr("Findings"), 9);
    int total = 0;
    for (int c = 0; c < kQcCheckCount; ++c) {
        const auto check = QcCheck(c);
        o << QStringLiteral("%1 %2 %3\n").arg(qcCheckId(check), -22).arg(qcSeverityId(qcDefaultSeverity(check)), -9)
                 .arg(report.count(check), 9);
        total += report.count(check);
    }
    o << QStringLiteral("%1 %2 %3\n").arg(tr("total"), -22).arg(QString(), -9).arg(total, 9);
}

int exitCode(const QcReport& report, const QString& failOn)
{
    if (failOn.isEmpty())
        return 0;
    const QcSeverity bar = failOn == u"info" ? QcSeverity::Info
                           : failOn == u"warning" ? QcSeverity::Warning : QcSeverity::Error;
    for (const QcFinding& f : report.findings) {
        if (f.severity >= bar)
            return 1;
    }
    return 0;
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(tr(
        "Runs quality-control checks over a COCO annotation file: self-intersecting, degenerate or odd rings, "
        "vertices outside the image, area/bbox fields that disagree with the polygon, near-duplicate and heavily "
        "overlapping cells, cell-area outliers per cell type, duplicate file names, images also in another split, "
        "sparsely annotated and empty images, images missing from the image source and annotations without image. "
        "Prints a count per check; --out writes every finding as JSON."));
    parser.addPositionalArgument(QStringLiteral("ANNOTATIONS.json"), tr("COCO annotation file to check."));
    parser.addOption({QStringLiteral("images"), tr("images.zip or image folder: report images missing from it."),
                      QStringLiteral("ZIP|DIR")});
    parser.addOption({QStringLiteral("other-split"),
                      tr("Another split (repeatable): report images in both, and use its images as time-point "
                         "neighbours."), QStringLiteral("OTHER.json")});
    parser.addOption({QStringLiteral("out"), tr("Write the findings as JSON to this file."), QStringLiteral("REPORT.json")});
    parser.addOption({QStringLiteral("csv"), tr("Write the findings as CSV to this file."), QStringLiteral("REPORT.csv")});
    parser.addOption({QStringLiteral("threads"), tr("Worker threads (default: one per core)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("fail-on"),
                      tr("Exit with code 1 when a finding of this severity or worse exists (info, warning, error)."),
                      QStringLiteral("SEVERITY")});
}

bool writeReports(const QCommandLineParser& parser, const QcReport& report, const QString& source)
{
    QString error;
    const QString json = parser.value(QStringLiteral("out")), csv = parser.value(QStringLiteral("csv"));
    if (!json.isEmpty() && !QcExport::writeJson(json, report, source, {}, &error)) {
        err() << "livecell-cli qc: " << error << "\n";
        return false;
    }
    if (!csv.isEmpty() && !QcExport::writeCsv(csv, report, {}, &error)) {
        err() << "livecell-cli qc: " << error << "\n";
        return false;
    }
    return true;
}

int runQc(const QStringList& args)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (const int rc = processArguments(parser, args, 1, 1); rc >= 0)
        return rc;
    QcOptions options;
    if (!readOptions(parser, options))
        return 2;
    Inputs in;
    if (!loadInputs(parser, in))
        return 2;
    for (const auto& other : in.others)
        options.otherSets.push_back(other.get());
    options.images = in.images.get();
    QString error;
    const auto report = QcRunner::run(*in.set, options, &error);
    if (!report) {
        err() << "livecell-cli qc: " << error << "\n";
        return 1;
    }
    if (!writeReports(parser, *report, in.set->info.path))
        return 2;
    printSummary(*report, in.set->info.path);
    return exitCode(*report, parser.value(QStringLiteral("fail-on")));
}

} // namespace

CURATOR_CLI_COMMAND(qc, "qc", "Quality-control checks over an annotation file (findings as JSON/CSV)", runQc);

} // namespace curator::cli
