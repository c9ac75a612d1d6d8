#include "model/stats/statsexport.h"
#include "model/io/csv.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace curator {

namespace {

nlohmann::json numberOrNull(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

nlohmann::json distributionJson(const Distribution& d)
{
    nlohmann::json quantiles = nlohmann::json::array();
    for (double q : d.quantiles)
        quantiles.push_back(numberOrNull(q));
    return {{"count", d.count}, {"mean", numberOrNull(d.mean)}, {"min", numberOrNull(d.min)},
            {"max", numberOrNull(d.max)}, {"quantiles", quantiles}, {"edges", d.edges},
            {"counts", d.counts}, {"below", d.below}, {"above", d.above}};
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
    nlohmann::json groups = nlohmann::json::array();
    for (const StatsGroup& g : stats.groups())
        groups.push_back({{"split", g.split.toStdString()}, {"cell_type", g.cellTypeLabel().toStdString()},
                          {"images", g.images}, {"cells", g.cells},
                          {"cells_per_image", distributionJson(g.cellsPerImage)},
                          {"cell_area", distributionJson(g.cellArea)}});
    const nlohmann::json j = {
        {"options", {{"area_bins", o.areaBins}, {"area_min", o.areaMin}, {"area_max", o.areaMax},
                     {"area_scale", "log"}, {"count_bin_width", o.countBinWidth}, {"count_max", o.countMax}}},
        {"quantile_levels", DatasetStats::quantileLevels()},
        {"groups", groups}};
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
