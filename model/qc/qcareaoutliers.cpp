// AreaOutlier: robust statistics of ln(area) per cell type (see QcThresholds::areaOutlierZ).
#include "model/qc/qcinternal.h"

#include "model/annotationset.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace curator::qc {

namespace {

constexpr double kMadToSigma = 1.4826;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + std::ptrdiff_t(mid));
    return (lower + upper) / 2.0;
}

CellType typeOf(const AnnotationStore& store, int a)
{
    const int image = store.annotationImage(a);
    return image < 0 ? CellType::Unknown : store.image(image).name.cellType;
}

QcAreaModel fitModel(CellType type, std::vector<double>& logs, const QcThresholds& t)
{
    QcAreaModel m;
    m.cellType = type;
    m.cells = qint64(logs.size());
    m.logMedian = median(logs);
    std::vector<double> deviations(logs.size());
    std::transform(logs.begin(), logs.end(), deviations.begin(), [&](double v) { return std::abs(v - m.logMedian); });
    m.logMad = median(std::move(deviations));
    m.medianArea = std::exp(m.logMedian);
    m.judged = m.cells >= t.areaOutlierMinCells && m.logMad > 0;
    return m;
}

QcFinding outlierFinding(const AnnotationStore& store, int a, double area, const QcAreaModel& m)
{
    const qint64 id = store.annotationId(a);
    const qint64 imageId = store.annotationImageId(a);
    const QString type = m.cellType == CellType::Unknown ? Qc::tr("unknown cell type") : cellTypeName(m.cellType);
    if (!(area > 0))
        return makeFinding(QcCheck::AreaOutlier, imageId, {id},
                           Qc::tr("Cell %1 has zero area: all its vertices lie on one line.").arg(id),
                           -std::numeric_limits<double>::infinity());
    const double z = (std::log(area) - m.logMedian) / (kMadToSigma * m.logMad);
    const double factor = z < 0 ? m.medianArea / area : area / m.medianArea;
    const QString text = z < 0 ? Qc::tr("Cell %1 covers %2 px², %3 times smaller than the median %4 cell (%5 px², "
                                        "robust z = %6).")
                               : Qc::tr("Cell %1 covers %2 px², %3 times larger than the median %4 cell (%5 px², "
                                        "robust z = %6).");
    return makeFinding(QcCheck::AreaOutlier, imageId, {id},
                       text.arg(id).arg(px(area)).arg(factor, 0, 'f', 1).arg(type).arg(px(m.medianArea))
                           .arg(z, 0, 'f', 1), z);
}

} // namespace

void findAreaOutliers(const AnnotationSet& set, const std::vector<double>& areas, const std::vector<char>& reported,
                      const QcOptions& options, std::vector<QcFinding>& out, std::vector<QcAreaModel>& models)
{
    const AnnotationStore& store = set.store;
    std::array<std::vector<double>, kCellTypeCount> logs;
    for (int a = 0; a < store.annotationCount(); ++a) {
        const double area = areas[std::size_t(a)];
        if (store.isLive(a) && store.annotationImage(a) >= 0 && area > 0)
            logs[std::size_t(typeOf(store, a))].push_back(std::log(area));
    }
    std::array<QcAreaModel, kCellTypeCount> byType{};
    models.clear();
    for (int t = 0; t < kCellTypeCount; ++t) {
        if (logs[std::size_t(t)].empty())
            continue;
        byType[std::size_t(t)] = fitModel(CellType(t), logs[std::size_t(t)], options.thresholds);
        models.push_back(byType[std::size_t(t)]);
    }
    if (!options.isEnabled(QcCheck::AreaOutlier))
        return;
    const double limit = options.thresholds.areaOutlierZ;
    for (int a = 0; a < store.annotationCount(); ++a) {
        const double area = areas[std::size_t(a)];
        const int image = store.annotationImage(a);
        if (!store.isLive(a) || image < 0 || !(area >= 0) || !reported[std::size_t(image)])
            continue;
        const QcAreaModel& m = byType[std::size_t(typeOf(store, a))];
        if (area == 0) {
            out.push_back(outlierFinding(store, a, area, m));
            continue;
        }
        if (!m.judged)
            continue;
        const double z = (std::log(area) - m.logMedian) / (kMadToSigma * m.logMad);
        if (std::abs(z) > limit)
            out.push_back(outlierFinding(store, a, area, m));
    }
}

} // namespace curator::qc
