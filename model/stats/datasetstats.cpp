#include "model/stats/datasetstats.h"

#include "model/annotationset.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <new>
#include <numeric>

namespace curator {

namespace {

// Raw values of one group before they become distributions.
struct Collector
{
    int images = 0;
    std::vector<double> counts;
    std::vector<double> areas;
};

struct SplitCollector
{
    QString split;
    Collector all;
    std::array<Collector, kCellTypeCount> byType;
};

double interpolated(const std::vector<double>& sorted, double level)
{
    const double position = level * double(sorted.size() - 1);
    const auto below = std::size_t(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - double(below);
    return sorted[below] + (sorted[above] - sorted[below]) * fraction;
}

std::vector<double> logEdges(const StatsOptions& o)
{
    std::vector<double> edges(std::size_t(std::max(1, o.areaBins)) + 1);
    const double lo = std::log10(o.areaMin), hi = std::log10(o.areaMax);
    for (std::size_t i = 0; i < edges.size(); ++i)
        edges[i] = std::pow(10.0, lo + (hi - lo) * double(i) / double(edges.size() - 1));
    return edges;
}

std::vector<double> linearEdges(const StatsOptions& o)
{
    std::vector<double> edges;
    for (int v = 0; v <= o.countMax; v += std::max(1, o.countBinWidth))
        edges.push_back(v);
    if (edges.size() < 2)
        edges.push_back(std::max(1, o.countBinWidth));
    return edges;
}

void collect(const AnnotationStore& store, SplitCollector& c)
{
    for (int i = 0; i < store.imageCount(); ++i) {
        const auto type = std::size_t(store.image(i).name.cellType);
        const std::vector<quint32>& cells = store.annotationsOfImage(i);
        for (Collector* g : {&c.all, &c.byType[type]}) {
            ++g->images;
            g->counts.push_back(double(cells.size()));
            for (quint32 a : cells)
                g->areas.push_back(store.area(int(a)));
        }
    }
}

StatsGroup makeGroup(const QString& split, CellType type, bool all, Collector& c, const StatsOptions& o)
{
    StatsGroup g;
    g.split = split;
    g.cellType = type;
    g.allTypes = all;
    g.images = c.images;
    g.cells = qint64(c.areas.size());
    g.cellsPerImage = Distribution::of(c.counts, linearEdges(o));
    g.cellArea = Distribution::of(c.areas, logEdges(o));
    return g;
}

} // namespace

const std::vector<double>& DatasetStats::quantileLevels()
{
    static const std::vector<double> levels{0.0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1.0};
    return levels;
}

double Distribution::quantile(double level) const
{
    const auto& levels = DatasetStats::quantileLevels();
    for (std::size_t i = 0; i < levels.size() && i < quantiles.size(); ++i) {
        if (levels[i] == level)
            return quantiles[i];
    }
    return kNaN;
}

Distribution Distribution::of(std::vector<double>& values, std::vector<double> edges)
{
    Distribution d;
    d.edges = std::move(edges);
    d.counts.assign(d.edges.size() - 1, 0);
    d.count = qint64(values.size());
    d.quantiles.assign(DatasetStats::quantileLevels().size(), kNaN);
    if (values.empty())
        return d;
    std::sort(values.begin(), values.end());
    d.min = values.front();
    d.max = values.back();
    d.mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    for (std::size_t i = 0; i < d.quantiles.size(); ++i)
        d.quantiles[i] = interpolated(values, DatasetStats::quantileLevels()[i]);
    for (double v : values) {
        if (v < d.edges.front()) {
            ++d.below;
        } else if (v > d.edges.back()) {
            ++d.above;
        } else {
            const auto it = std::upper_bound(d.edges.begin(), d.edges.end(), v);
            const auto bin = std::min(std::size_t(it - d.edges.begin()) - 1, d.counts.size() - 1);
            ++d.counts[bin];
        }
    }
    return d;
}

QString StatsGroup::cellTypeLabel() const
{
    if (allTypes)
        return QStringLiteral("all");
    return cellType == CellType::Unknown ? QStringLiteral("unknown") : cellTypeName(cellType);
}

std::optional<DatasetStats> DatasetStats::compute(std::span<const AnnotationSet* const> sets,
                                                  const StatsOptions& options, QString* error)
{
    try {
        return computeOrThrow(sets, options);
    } catch (const std::bad_alloc&) {
        qint64 cells = 0;
        for (const AnnotationSet* set : sets)
            cells += set ? set->store.liveAnnotationCount() : 0;
        if (error)
            *error = outOfMemoryMessage(cells);
        return std::nullopt;
    }
}

DatasetStats DatasetStats::computeOrThrow(std::span<const AnnotationSet* const> sets, const StatsOptions& options)
{
    std::vector<SplitCollector> splits;
    for (const AnnotationSet* set : sets) {
        if (!set)
            continue;
        const QString label = set->info.label();
        auto it = std::find_if(splits.begin(), splits.end(), [&](const SplitCollector& s) { return s.split == label; });
        if (it == splits.end()) {
            splits.emplace_back();
            splits.back().split = label;
            it = splits.end() - 1;
        }
        collect(set->store, *it);
    }
    DatasetStats stats;
    stats.m_options = options;
    for (SplitCollector& s : splits) {
        stats.m_groups.push_back(makeGroup(s.split, CellType::Unknown, true, s.all, options));
        for (CellType type : allCellTypes()) {
            if (s.byType[std::size_t(type)].images > 0)
                stats.m_groups.push_back(makeGroup(s.split, type, false, s.byType[std::size_t(type)], options));
        }
        if (s.byType[std::size_t(CellType::Unknown)].images > 0)
            stats.m_groups.push_back(makeGroup(s.split, CellType::Unknown, false, s.byType[0], options));
    }
    return stats;
}

const StatsGroup* DatasetStats::find(const QString& split, CellType type, bool allTypes) const
{
    for (const StatsGroup& g : m_groups) {
        if (g.split == split && g.allTypes == allTypes && (allTypes || g.cellType == type))
            return &g;
    }
    return nullptr;
}

QString DatasetStats::outOfMemoryMessage(qint64 cells)
{
    return QCoreApplication::translate("curator::DatasetStats",
                                       "Not enough memory to compute the statistics of %L1 cells.")
        .arg(cells);
}

} // namespace curator
