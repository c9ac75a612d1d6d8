// NearDuplicate and HeavyOverlap within one image (see qcinternal.h).
#include "model/qc/qcinternal.h"

#include "model/io/rle.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace curator::qc {

namespace {

constexpr std::size_t kNotMade = std::numeric_limits<std::size_t>::max();

// Overlap of the two boxes, each grown by one pixel (a mask can reach into the pixel row or column
// past its polygon's extent); 0 when they are apart.
double grownBoxOverlap(const CellGeometry& p, const CellGeometry& q)
{
    const double w = std::min(p.maxX, q.maxX) - std::max(p.minX, q.minX) + 2.0;
    const double h = std::min(p.maxY, q.maxY) - std::max(p.minY, q.minY) + 2.0;
    return w > 0 && h > 0 ? w * h : 0.0;
}

} // namespace

bool OverlapFinder::ensureMask(const AnnotationStore& store, const ImageRecord& image, const CellGeometry& cell,
                               int index)
{
    const auto i = std::size_t(index);
    if (m_maskSize[i] != kNotMade)
        return m_maskSize[i] > 0;
    const int a = cell.annotation;
    m_maskStart[i] = m_runs.size();
    if (store.segmentationKind(a) == SegmentationKind::Polygon && store.ringCount(a) == 1
        && store.ring(a, 0).size() != 4) {
        m_maskSize[i] = Rle::appendFromPolygon(store.ring(a, 0), image.height, image.width, m_runs);
    } else {
        const Rle rle = Rle::fromAnnotation(store, a, image.height, image.width);
        const bool sameSize = rle.height() == image.height && rle.width() == image.width && rle.isConsistent();
        if (sameSize)
            m_runs.insert(m_runs.end(), rle.counts().begin(), rle.counts().end());
        m_maskSize[i] = sameSize ? rle.counts().size() : 0;
    }
    ++m_masksMade;
    return m_maskSize[i] > 0;
}

std::span<const quint32> OverlapFinder::mask(int index) const
{
    return {m_runs.data() + m_maskStart[std::size_t(index)], m_maskSize[std::size_t(index)]};
}

void OverlapFinder::run(const AnnotationStore& store, const ImageRecord& image, std::vector<CellGeometry>& cells,
                        const QcOptions& options, std::vector<QcFinding>& out)
{
    const bool duplicates = options.isEnabled(QcCheck::NearDuplicate);
    const bool heavy = options.isEnabled(QcCheck::HeavyOverlap);
    if ((!duplicates && !heavy) || image.width <= 0 || image.height <= 0)
        return;
    const QcThresholds& t = options.thresholds;
    // Both checks need intersection ≥ f × the smaller mask (IoU ≥ t implies intersection ≥ t × either mask).
    const double f = std::min(duplicates ? t.nearDuplicateIou : 1.0, heavy ? t.heavyOverlapFraction : 1.0);
    m_order.clear();
    for (int i = 0; i < int(cells.size()); ++i) {
        if (cells[std::size_t(i)].usable())
            m_order.push_back(i);
    }
    std::sort(m_order.begin(), m_order.end(),
              [&](int l, int r) { return cells[std::size_t(l)].minX < cells[std::size_t(r)].minX; });
    m_maskStart.assign(cells.size(), 0);
    m_maskSize.assign(cells.size(), kNotMade);
    m_runs.clear();
    for (std::size_t oi = 0; oi < m_order.size(); ++oi) {
        const CellGeometry& p = cells[std::size_t(m_order[oi])];
        for (std::size_t oj = oi + 1; oj < m_order.size(); ++oj) {
            const CellGeometry& q = cells[std::size_t(m_order[oj])];
            if (q.minX > p.maxX + 2.0)
                break;
            const double overlap = grownBoxOverlap(p, q);
            const double smallest = std::min(p.area - p.maskSlack, q.area - q.maskSlack);
            if (overlap <= 0 || overlap < f * smallest)
                continue;
            testPair(store, image, cells, m_order[oi], m_order[oj], options, out);
        }
    }
}

void OverlapFinder::testPair(const AnnotationStore& store, const ImageRecord& image,
                             const std::vector<CellGeometry>& cells, int i, int j, const QcOptions& options,
                             std::vector<QcFinding>& out)
{
    const CellGeometry& p = cells[std::size_t(i)];
    const CellGeometry& q = cells[std::size_t(j)];
    if (!ensureMask(store, image, p, i) || !ensureMask(store, image, q, j))
        return;
    ++m_pairsTested;
    const std::span<const quint32> mp = mask(i), mq = mask(j);
    const double areaP = Rle::area(mp), areaQ = Rle::area(mq);
    if (areaP <= 0 || areaQ <= 0)
        return;
    const double iou = Rle::iouSameSize(mp, mq, false);
    if (iou <= 0)
        return;
    const double intersection = std::round(iou * (areaP + areaQ) / (1.0 + iou));
    const double covered = intersection / std::min(areaP, areaQ);
    const qint64 idP = store.annotationId(p.annotation), idQ = store.annotationId(q.annotation);
    const QcThresholds& t = options.thresholds;
    QcFinding finding;
    if (iou >= t.nearDuplicateIou && options.isEnabled(QcCheck::NearDuplicate)) {
        finding = makeFinding(QcCheck::NearDuplicate, image.id, {idP, idQ},
                              Qc::tr("Cells %1 and %2 overlap with mask IoU %3 (threshold %4): probably one cell "
                                     "contoured twice.").arg(std::min(idP, idQ)).arg(std::max(idP, idQ))
                                  .arg(iou, 0, 'f', 3).arg(t.nearDuplicateIou), iou);
    } else if (iou < t.nearDuplicateIou && covered >= t.heavyOverlapFraction
               && options.isEnabled(QcCheck::HeavyOverlap)) {
        finding = makeFinding(QcCheck::HeavyOverlap, image.id, {idP, idQ},
                              Qc::tr("Cells %1 and %2 overlap on %3 px², %4% of the smaller cell (mask IoU %5).")
                                  .arg(std::min(idP, idQ)).arg(std::max(idP, idQ)).arg(intersection)
                                  .arg(covered * 100.0, 0, 'f', 0).arg(iou, 0, 'f', 3), covered);
    } else {
        return;
    }
    finding.x = (std::max(p.minX, q.minX) + std::min(p.maxX, q.maxX)) / 2.0;
    finding.y = (std::max(p.minY, q.minY) + std::min(p.maxY, q.maxY)) / 2.0;
    out.push_back(std::move(finding));
}

} // namespace curator::qc
