// livecell-cli stats: per split and cell type counts and distributions.
#include "app/cli/command.h"
#include "app/cli/common.h"

#include "model/io/savefile.h"
#include "model/stats/statsexport.h"

#include <QCoreApplication>

namespace curator::cli {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("StatsCommand", text); }

bool writeOptional(const QCommandLineParser& parser, const QString& option, const QByteArray& bytes)
{
    const QString path = parser.value(option);
    if (path.isEmpty())
        return true;
    QString error;
    if (saveFile(path, bytes, &error))
        return true;
    err() << "livecell-cli stats: " << error << "\n";
    return false;
}

int runStats(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Statistics per split and cell type: images, cells, and the distributions of cells per image and of cell "
        "area (the annotations' area field) as quantiles and histograms. Give several files (e.g. train, val and "
        "test) to compare splits."));
    parser.addPositionalArgument(QStringLiteral("ANNOTATIONS.json"), tr("COCO annotation file(s)."),
                                 QStringLiteral("ANNOTATIONS.json…"));
    parser.addOption({QStringLiteral("json"), tr("Print everything (quantiles and histograms) as JSON.")});
    parser.addOption({QStringLiteral("csv"), tr("Print the summary table as CSV.")});
    parser.addOption({QStringLiteral("summary-csv"), tr("Also write the summary table as CSV to FILE."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("histogram-csv"), tr("Also write the histograms as CSV to FILE."),
                      QStringLiteral("FILE")});
    if (const int rc = processArguments(parser, args, 1, 64); rc >= 0)
        return rc;
    std::vector<std::unique_ptr<AnnotationSet>> sets;
    std::vector<const AnnotationSet*> pointers;
    for (const QString& path : parser.positionalArguments()) {
        sets.push_back(loadAnnotations(path));
        if (!sets.back())
            return 2;
        pointers.push_back(sets.back().get());
    }
    QString error;
    const std::optional<DatasetStats> computed = DatasetStats::compute(pointers, {}, &error);
    if (!computed) {
        err() << "livecell-cli stats: " << error << "\n";
        return 1;
    }
    const DatasetStats& stats = *computed;
    if (!writeOptional(parser, QStringLiteral("summary-csv"), StatsExport::summaryCsv(stats))
        || !writeOptional(parser, QStringLiteral("histogram-csv"), StatsExport::histogramCsv(stats)))
        return 2;
    if (parser.isSet(QStringLiteral("json")))
        out() << QString::fromUtf8(StatsExport::toJson(stats));
    else if (parser.isSet(QStringLiteral("csv")))
        out() << QString::fromUtf8(StatsExport::summaryCsv(stats));
    else
        out() << StatsExport::summaryText(stats);
    return 0;
}

} // namespace

CURATOR_CLI_COMMAND(stats, "stats", "Per split and cell type: images, cells, cells per image and cell area", runStats);

} // namespace curator::cli
