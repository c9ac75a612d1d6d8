#pragma once

#include "model/stats/datasetstats.h"

#include <QByteArray>
#include <QString>

namespace curator {

/**
 * DatasetStats as files and text.
 *
 * JSON: {"options": {…binning…}, "quantile_levels": [...], "groups": [{"split", "cell_type", "images",
 * "cells", "cells_per_image": D, "cell_area": D}]} with D = {"count", "mean", "min", "max",
 * "quantiles": [...], "edges": [...], "counts": [...], "below", "above"} (absent values are null).
 *
 * Summary CSV, one row per group: split,cell_type,images,cells, then mean and every quantile of
 * cells per image (cells_per_image_mean, cells_per_image_p50, …) and of cell area (area_mean,
 * area_p50, …). Histogram CSV, one row per bin (long format, ready for charting):
 * split,cell_type,distribution,bin_low,bin_high,count with distribution "cells_per_image" or
 * "cell_area"; values below/above the edges get rows with an empty bin_low/bin_high.
 */
class StatsExport
{
public:
    static QByteArray toJson(const DatasetStats& stats);
    static QByteArray summaryCsv(const DatasetStats& stats);
    static QByteArray histogramCsv(const DatasetStats& stats);
    /** An aligned plain-text table of the summary (counts, median and 5/95 % quantiles). */
    static QString summaryText(const DatasetStats& stats);
};

} // namespace curator
