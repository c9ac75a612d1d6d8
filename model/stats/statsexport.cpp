#include "model/stats/statsexport.h"
#include "model/io/csv.h"
#include "model/io/jsondismantle.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace curator {

namespace {

nlohmann::json numberOrNull(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

// Built member by member, and emptied before it goes (jsondismantle.h): nlohmann's initializer lists and destructor
// allocate where running out of memory cannot be reported.
void fillDistributionJson(nlohmann::json& j, const Distribution& d)
{
    j = nlohmann::json::object();
    j["count"] = d.count;
    j["mean"] = numberOrNull(d.mean);
    j["min"] = numberOrNull(d.min);
    j["max"] = numberOrNull(d.max);
    nlohmann::json& quantiles = j["quantiles"] = nlohmann::json::array();
    for (double q : d.quantiles)
        quantiles.push_back(numberOrNull(q));
    j["edges"] = d.edges;
    j["counts"] = d.counts;
    j["below"] = d.below;
    j["above"] = d.above;
}

QByteArray csvNumber(double v) { return std::isfinite(v) ? QByteArray::number(v, 'g', 10) : QByteArray(); }

QByteArray levelName(double level) { return "p" + QByteArray::number(qRound(level * 100)); }

void appendHistogram(QByteArray& out, const QByteArray& prefix, const char* name, const Distribution& d)
{
    const QByteArray head = prefix + name + ',';
    if (d.below)
        out += head + ',' + csvNumber(d.edges.front()) + ',' + QByteArray::number(d.below) + '\n';
    for (std::size_t i = 0; i < d.counts.size(); ++i)
        out += head + csvNumber(d.edges[i]) + ',' + csvNumber(d.edges[i + 1]) + ',' + QByteArray::number(d.counts[i]) + '\n';
    if (d.above)
        out += head + csvNumber(d.edges.back()) + ",," + QByteArray::number(d.above) + '\n';
}

} // namespace

QByteArray StatsExport::toJson(const DatasetStats& stats)
{
    const StatsOptions& o = stats.options();
    nlohmann::json j = nlohmann::json::object();
    const DismantleOnExit dismantled(j);
    nlohmann::json& options = j["options"] = nlohmann::json::object();
    options["area_bins"] = o.areaBins;
    options["area_min"] = o.areaMin;
    options["area_max"] = o.areaMax;
    options["area_scale"] = "log";
    options["count_bin_width"] = o.countBinWidth;
    options["count_max"] = o.countMax;
    j["quantile_levels"] = DatasetStats::quantileLevels();
    nlohmann::json& groups = j["groups"] = nlohmann::json::array();
    for (const StatsGroup& g : stats.groups()) {
        nlohmann::json& group = groups.emplace_back(nlohmann::json::object());
        group["split"] = g.split.toStdString();
        group["cell_type"] = g.cellTypeLabel().toStdString();
        group["images"] = g.images;
        group["cells"] = g.cells;
        fillDistributionJson(group["cells_per_image"], g.cellsPerImage);
        fillDistributionJson(group["cell_area"], g.cellArea);
    }
    return QByteArray::fromStdString(j.dump(1)) + '\n';
}

QByteArray StatsExport::summaryCsv(const DatasetStats& stats)
{
    QByteArray out = "split,cell_type,images,cells,cells_per_image_mean";
    for (double level : DatasetStats::quantileLevels())
        out += ",cells_per_image_" + levelName(level);
    out += ",area_mean";
    for (double level : DatasetStats::quantileLevels())
        out += ",area_" + levelName(level);
    out += '\n';
    for (const StatsGroup& g : stats.groups()) {
        out += csvField(g.split) + ',' + g.cellTypeLabel().toUtf8() + ',' + QByteArray::number(g.images) + ','
               + QByteArray::number(g.cells) + ',' + csvNumber(g.cellsPerImage.mean);
        for (double q : g.cellsPerImage.quantiles)
            out += ',' + csvNumber(q);
        out += ',' + csvNumber(g.cellArea.mean);
        for (double q : g.cellArea.quantiles)
            out += ',' + csvNumber(q);
        out += '\n';
    }
    return out;
}

QByteArray StatsExport::histogramCsv(const DatasetStats& stats)
{
    QByteArray out = "split,cell_type,distribution,bin_low,bin_high,count\n";
    for (const StatsGroup& g : stats.groups()) {
        const QByteArray prefix = csvField(g.split) + ',' + g.cellTypeLabel().toUtf8() + ',';
        appendHistogram(out, prefix, "cells_per_image", g.cellsPerImage);
        appendHistogram(out, prefix, "cell_area", g.cellArea);
    }
    return out;
}

QString StatsExport::summaryText(const DatasetStats& stats)
{
    QString text = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                       .arg(QStringLiteral("Split"), -12).arg(QStringLiteral("Cell type"), -10)
                       .arg(QStringLiteral("Images"), 7).arg(QStringLiteral("Cells"), 9)
                       .arg(QStringLiteral("Cells/img p50"), 14).arg(QStringLiteral("p5–p95"), 12)
                       .arg(QStringLiteral("Area p50"), 9).arg(QStringLiteral("p5–p95"), 14);
    for (const StatsGroup& g : stats.groups()) {
        const Distribution& c = g.cellsPerImage;
        const Distribution& a = g.cellArea;
        const auto range = [](const Distribution& d) {
            return QStringLiteral("%1–%2").arg(d.quantile(0.05), 0, 'f', 0).arg(d.quantile(0.95), 0, 'f', 0);
        };
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                    .arg(g.split, -12).arg(g.cellTypeLabel(), -10).arg(g.images, 7).arg(g.cells, 9)
                    .arg(c.quantile(0.5), 14, 'f', 1).arg(range(c), 12).arg(a.quantile(0.5), 9, 'f', 1)
                    .arg(range(a), 14);
    }
    return text;
}

} // namespace curator
