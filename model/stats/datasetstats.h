#pragma once

#include "model/celltype.h"

#include <QString>

#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace curator {

struct AnnotationSet;

/** A histogram over fixed bins plus order statistics of one quantity. */
struct Distribution
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    /** Bin edges, ascending, bins + 1 of them. Bin i holds edges[i] ≤ v < edges[i+1]; the last bin includes its upper edge. */
    std::vector<double> edges;
    std::vector<qint64> counts;     ///< per bin
    qint64 below = 0;               ///< values under edges.front()
    qint64 above = 0;               ///< values over edges.back()
    qint64 count = 0;               ///< all values
    double mean = kNaN, min = kNaN, max = kNaN;
    /** Values at DatasetStats::quantileLevels(), linear interpolation between order statistics
     *  (numpy's default, R type 7); NaN when there are no values. */
    std::vector<double> quantiles;

    /** The quantile at @p level if it is one of quantileLevels(), NaN otherwise. */
    double quantile(double level) const;
    /** Builds the distribution of @p values (reordered in place) over @p edges. */
    static Distribution of(std::vector<double>& values, std::vector<double> edges);
};

/** Statistics of one cell type (or all types together) in one split. */
struct StatsGroup
{
    QString split;                       ///< SetInfo::label() of the set: "train", "val", "A172 train", …
    CellType cellType = CellType::Unknown;
    bool allTypes = false;               ///< the row that sums every cell type of the split
    int images = 0;
    qint64 cells = 0;                    ///< live annotations
    Distribution cellsPerImage;          ///< over images, empty images included
    Distribution cellArea;               ///< over cells: the `area` field (px², as COCO evaluation uses it)

    /** "all", "unknown" or the cell type's name. */
    QString cellTypeLabel() const;
};

/** Binning of the distributions; equal for every group so that charts can overlay them. */
struct StatsOptions
{
    /** Cell areas in log-spaced bins from areaMin to areaMax px² (LIVECell cells: ~10 to ~20,000). */
    int areaBins = 50;
    double areaMin = 1.0;
    double areaMax = 1e5;
    /** Cells per image in linear bins of countBinWidth from 0 to countMax (LIVECell: up to ~3,000). */
    int countBinWidth = 50;
    int countMax = 3000;
};

/**
 * Per split and cell type: image and cell counts, and the distributions of cells per image and of
 * cell area (histogram + quantiles). The cell type comes from each image's file name; sets with
 * equal labels are pooled. Groups are ordered by split (in the order given), then the all-types
 * row, then cell types in CellType order (unknown last). Pure computation; any thread.
 */
class DatasetStats
{
public:
    /** nullopt only when memory ran out; then @p error, where given, says so. */
    static std::optional<DatasetStats> compute(std::span<const AnnotationSet* const> sets,
                                               const StatsOptions& options = {}, QString* error = nullptr);
    /** 0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1. */
    static const std::vector<double>& quantileLevels();
    /** What compute() says when memory runs out for @p cells cells (also for a caller that cannot get ready to run). */
    static QString outOfMemoryMessage(qint64 cells);

    const std::vector<StatsGroup>& groups() const { return m_groups; }
    const StatsOptions& options() const { return m_options; }
    /** The group of @p split and @p type (allTypes picks the all-types row); nullptr if none. */
    const StatsGroup* find(const QString& split, CellType type, bool allTypes = false) const;

private:
    static DatasetStats computeOrThrow(std::span<const AnnotationSet* const> sets, const StatsOptions& options);

    std::vector<StatsGroup> m_groups;
    StatsOptions m_options;
};

} // namespace curator
