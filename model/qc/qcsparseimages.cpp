// SparseImage (see QcThresholds::sparseRatio).
#include "model/qc/qcinternal.h"

#include "model/annotationset.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

namespace curator::qc {

namespace {

// Cell counts of every loaded image, each file name once (the checked set first). std containers, not QHash: Qt
// 6.4's ends the application where an insert runs out of memory, which the checks report instead.
struct Census
{
    std::array<std::vector<int>, kCellTypeCount> countsByType;       // images with ≥ 1 cell
    std::unordered_map<QString, std::unordered_map<int, int>> series;   // series key → minutes → cells

    void add(const AnnotationStore& store, std::unordered_set<QString>& seen)
    {
        for (int i = 0; i < store.imageCount(); ++i) {
            const ImageRecord& image = store.image(i);
            if (!seen.insert(image.fileName).second)
                continue;
            const int cells = store.liveAnnotationCountOfImage(i);
            if (cells > 0)
                countsByType[std::size_t(image.name.cellType)].push_back(cells);
            if (image.name.valid)
                series[image.name.seriesKey()][image.name.minutes] = cells;
        }
    }
};

double medianOf(std::vector<int> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2.0;
}

// Mean cell count of the series' images ±hours away; -1 when none is loaded.
double neighbourMean(const Census& census, const LivecellName& name, int hours, int* found)
{
    *found = 0;
    if (!name.valid)
        return -1;
    const auto it = census.series.find(name.seriesKey());
    if (it == census.series.end())
        return -1;
    double sum = 0;
    for (const int minutes : {name.minutes - hours * 60, name.minutes + hours * 60}) {
        const auto n = it->second.find(minutes);
        if (n != it->second.end()) {
            sum += n->second;
            ++*found;
        }
    }
    return *found ? sum / *found : -1;
}

QString sparseMessage(const ImageRecord& image, int cells, double typeMedian, double neighbours, int hours)
{
    const QString type = cellTypeName(image.name.cellType);
    if (neighbours < 0)
        return Qc::tr("Image %1 (%2) has only %3 cells, where %4 images have a median of %5 (no neighbouring time "
                      "point is loaded).").arg(image.id).arg(image.fileName).arg(cells).arg(type).arg(typeMedian);
    return Qc::tr("Image %1 (%2) has only %3 cells, where %4 images have a median of %5 and the same series ±%6 h "
                  "has %7.").arg(image.id).arg(image.fileName).arg(cells).arg(type).arg(typeMedian).arg(hours)
        .arg(neighbours, 0, 'f', 0);
}

} // namespace

void findSparseImages(const AnnotationSet& set, const std::vector<char>& reported, const QcOptions& options,
                      std::vector<QcFinding>& out)
{
    const QcThresholds& t = options.thresholds;
    Census census;
    std::unordered_set<QString> seen;
    census.add(set.store, seen);
    for (const AnnotationSet* other : options.otherSets) {
        if (other && other != &set)
            census.add(other->store, seen);
    }
    std::array<double, kCellTypeCount> typeMedian{};
    for (int c = 0; c < kCellTypeCount; ++c)
        typeMedian[std::size_t(c)] = medianOf(census.countsByType[std::size_t(c)]);
    const AnnotationStore& store = set.store;
    for (int i = 0; i < store.imageCount(); ++i) {
        const ImageRecord& image = store.image(i);
        const int cells = store.liveAnnotationCountOfImage(i);
        const double median = typeMedian[std::size_t(image.name.cellType)];
        if (!reported[std::size_t(i)] || cells == 0 || image.name.cellType == CellType::Unknown
            || median < t.sparseMinTypeMedian)
            continue;
        int found = 0;
        const double neighbours = neighbourMean(census, image.name, t.sparseNeighbourHours, &found);
        const bool sparse = found > 0 ? cells < t.sparseRatio * median && cells < t.sparseRatio * neighbours
                                      : cells < t.sparseRatio / 2.0 * median;
        if (!sparse)
            continue;
        const double expected = found > 0 ? neighbours : median;
        out.push_back(makeFinding(QcCheck::SparseImage, image.id, {},
                                  sparseMessage(image, cells, median, found > 0 ? neighbours : -1.0,
                                                t.sparseNeighbourHours), cells / expected));
    }
}

} // namespace curator::qc
