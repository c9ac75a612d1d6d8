#include "model/eval/imageevaluator.h"

#include <algorithm>
#include <climits>
#include <limits>

namespace curator {

namespace {

constexpr int kGridCell = 32; // pixels; LIVECell cells are 10–60 px across

int exactIndex(const std::vector<double>& values, double v)
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i] == v)
            return int(i);
    }
    return -1;
}

double matchThreshold(double t) { return std::min(t, 1 - 1e-10); }

} // namespace

void ImageEvaluator::Masks::clear()
{
    runs.clear();
    offsets.assign(1, 0);
    sizes.clear();
    boxes.clear();
}

ImageEvaluator::ImageEvaluator(const EvalParams& params, const EvalInput& input, bool everyThreshold)
    : m_params(params), m_input(input), m_everyThreshold(everyThreshold)
{
    m_reportT50 = exactIndex(params.iouThresholds, 0.5);
    m_reportT75 = exactIndex(params.iouThresholds, 0.75);
}

ImageOutcome ImageEvaluator::evaluate(int image)
{
    ImageOutcome out;
    const EvalInput::Image& info = m_input.image(image);
    m_image = image;
    m_height = info.height;
    m_width = info.width;
    ImageEvaluation& ev = out.evaluation;
    ev.imageId = info.id;
    ev.gtImage = info.gtImage;
    const ImageRecord& record = m_input.groundTruth().image(info.gtImage);
    ev.fileName = record.fileName;
    ev.cellType = record.name.cellType;
    ev.at50.iouThreshold = 0.5;
    ev.at75.iouThreshold = 0.75;
    if (m_everyThreshold) {
        ev.byThreshold.resize(m_params.iouThresholds.size());
        for (std::size_t t = 0; t < ev.byThreshold.size(); ++t)
            ev.byThreshold[t].iouThreshold = m_params.iouThresholds[t];
    }

    const auto gt = m_input.groundTruthOf(image), dt = m_input.predictionsOf(image);
    if (!m_params.useCats)
        evaluateUnit({0, gt, dt}, out);
    else
        evaluateCategories(image, out);
    std::vector<const UnitEvaluation*> units;
    for (const UnitEvaluation& u : out.units)
        units.push_back(&u);
    const int K = m_params.useCats ? int(m_input.categoryIds().size()) : 1;
    const int lastMaxDets = int(m_params.maxDets.size()) - 1;
    const EvalArrays arrays = Accumulator::accumulate(m_params, K, units, 0, lastMaxDets);
    ev.ap = Accumulator::meanPrecision(arrays, 0, lastMaxDets);
    return out;
}

void ImageEvaluator::evaluateCategories(int image, ImageOutcome& out)
{
    // Both lists are grouped by category: walk them together, one unit per category present.
    const auto gt = m_input.groundTruthOf(image), dt = m_input.predictionsOf(image);
    const auto gtCats = m_input.groundTruthCategoriesOf(image);
    const auto dtCats = m_input.predictionCategoriesOf(image);
    std::size_t ig = 0, id = 0;
    while (ig < gt.size() || id < dt.size()) {
        const int k = std::min(ig < gt.size() ? int(gtCats[ig]) : INT_MAX, id < dt.size() ? int(dtCats[id]) : INT_MAX);
        std::size_t eg = ig, ed = id;
        while (eg < gt.size() && gtCats[eg] == k)
            ++eg;
        while (ed < dt.size() && dtCats[ed] == k)
            ++ed;
        evaluateUnit({k, gt.subspan(ig, eg - ig), dt.subspan(id, ed - id)}, out);
        ig = eg;
        id = ed;
    }
}

void ImageEvaluator::evaluateUnit(const Unit& unit, ImageOutcome& out)
{
    if (unit.gt.empty() && unit.dt.empty())
        return;
    const AnnotationStore& dtStore = m_input.predictions();
    ImageEvaluation& ev = out.evaluation;
    m_gt = unit.gt;
    orderPredictions(unit.dt);
    ev.groundTruthCount += int(m_gt.size());
    ev.predictionCount += int(unit.dt.size());
    ev.truncatedPredictions += int(unit.dt.size() - m_dt.size());

    buildGroundTruthMasks();
    ev.crowdCount += int(std::count(m_crowd.begin(), m_crowd.end(), 1));
    m_dtMasks.clear();
    m_dtArea.clear();
    for (std::size_t d = 0; d < m_dt.size(); ++d) {
        appendMask(m_dtMasks, dtStore, m_dt[d]);
        if (m_input.usesBoxAreas()) {
            const auto box = dtStore.bbox(int(m_dt[d]));
            m_dtArea.push_back(box[2] * box[3]);
        } else {
            m_dtArea.push_back(double(Rle::area(m_dtMasks.at(d))));
        }
    }
    findCandidates();

    UnitEvaluation u;
    u.image = m_image;
    u.category = unit.category;
    const std::size_t A = m_params.areaRanges.size();
    for (quint32 d : m_dt)
        u.scores.push_back(m_input.score(d));
    u.matched.assign(m_dt.size() * A, 0);
    u.ignored.assign(m_dt.size() * A, 0);
    u.regularGt.assign(A, 0);
    for (std::size_t a = 0; a < A; ++a)
        matchAreaRange(int(a), u, ev);
    out.units.push_back(std::move(u));
}

void ImageEvaluator::buildGroundTruthMasks()
{
    const AnnotationStore& store = m_input.groundTruth();
    m_gtMasks.clear();
    m_gtArea.clear();
    m_crowd.clear();
    m_gtId.clear();
    for (quint32 a : m_gt) {
        appendMask(m_gtMasks, store, a);
        m_gtArea.push_back(store.area(int(a)));
        m_crowd.push_back(store.isCrowd(int(a)));
        m_gtId.push_back(store.annotationId(int(a)));
    }
}

void ImageEvaluator::orderPredictions(std::span<const quint32> dt)
{
    m_dt.assign(dt.begin(), dt.end());
    // numpy.argsort(-score, kind='mergesort'): stable, so equal scores keep file order.
    std::stable_sort(m_dt.begin(), m_dt.end(),
                     [this](quint32 a, quint32 b) { return -m_input.score(a) < -m_input.score(b); });
    const auto maxDet = std::size_t(m_params.maxDets.back());
    if (m_dt.size() > maxDet)
        m_dt.resize(maxDet);
}

void ImageEvaluator::appendMask(Masks& masks, const AnnotationStore& store, quint32 index)
{
    const int a = int(index);
    int h = m_height, w = m_width;
    switch (store.segmentationKind(a)) {
    case SegmentationKind::Polygon:
        if (store.ringCount(a) == 1 && store.ring(a, 0).size() != 4) {
            Rle::appendFromPolygon(store.ring(a, 0), h, w, masks.runs);
        } else {
            const Rle rle = Rle::fromAnnotation(store, a, h, w);
            masks.runs.insert(masks.runs.end(), rle.counts().begin(), rle.counts().end());
        }
        break;
    case SegmentationKind::RleCompressed: {
        const RleView view = store.rle(a);
        h = view.height;
        w = view.width;
        Rle::appendFromString(view.counts, masks.runs);
        break;
    }
    case SegmentationKind::RleUncompressed: {
        const RleView view = store.rle(a);
        h = view.height;
        w = view.width;
        masks.runs.insert(masks.runs.end(), view.runs.begin(), view.runs.end());
        break;
    }
    case SegmentationKind::None:
        masks.runs.push_back(quint32(std::size_t(h) * std::size_t(w)));
        break;
    }
    finishMask(masks, h, w);
}

void ImageEvaluator::finishMask(Masks& masks, int height, int width)
{
    masks.offsets.push_back(masks.runs.size());
    masks.sizes.push_back({height, width});
    const auto b = Rle::bbox(masks.at(masks.sizes.size() - 1), height, width);
    const int x0 = int(b[0]), y0 = int(b[1]);
    masks.boxes.push_back({x0, y0, x0 + int(b[2]), y0 + int(b[3])});
}

void ImageEvaluator::buildGrid()
{
    int maxX = 1, maxY = 1;
    for (const auto& b : m_gtMasks.boxes) {
        maxX = std::max(maxX, b[2]);
        maxY = std::max(maxY, b[3]);
    }
    m_gridColumns = (maxX + kGridCell - 1) / kGridCell;
    m_gridRows = (maxY + kGridCell - 1) / kGridCell;
    m_gridOffsets.assign(std::size_t(m_gridColumns) * std::size_t(m_gridRows) + 1, 0);
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t g = 0; g < m_gtMasks.boxes.size(); ++g) {
            const auto& b = m_gtMasks.boxes[g];
            if (b[2] <= b[0] || b[3] <= b[1])
                continue;
            for (int cy = b[1] / kGridCell; cy <= (b[3] - 1) / kGridCell; ++cy) {
                for (int cx = b[0] / kGridCell; cx <= (b[2] - 1) / kGridCell; ++cx) {
                    const std::size_t cell = std::size_t(cy) * std::size_t(m_gridColumns) + std::size_t(cx);
                    if (pass == 0)
                        ++m_gridOffsets[cell + 1];
                    else
                        m_gridItems[m_gridOffsets[cell]++] = std::uint32_t(g);
                }
            }
        }
        if (pass == 0) {
            for (std::size_t i = 1; i < m_gridOffsets.size(); ++i)
                m_gridOffsets[i] += m_gridOffsets[i - 1];
            m_gridItems.resize(m_gridOffsets.back());
        } else {
            // The fill advanced each cell's offset to the next cell's start: shift back.
            for (std::size_t i = m_gridOffsets.size() - 1; i > 0; --i)
                m_gridOffsets[i] = m_gridOffsets[i - 1];
            m_gridOffsets[0] = 0;
        }
    }
}

void ImageEvaluator::findCandidates()
{
    buildGrid();
    double minThreshold = 1;
    for (double t : m_params.iouThresholds)
        minThreshold = std::min(minThreshold, matchThreshold(t));
    m_candidateOffsets.assign(1, 0);
    m_candidates.clear();
    m_stamp.assign(m_gt.size(), std::numeric_limits<std::uint32_t>::max());
    for (std::size_t d = 0; d < m_dt.size(); ++d) {
        const auto& b = m_dtMasks.boxes[d];
        const int cx1 = std::min((b[2] - 1) / kGridCell, m_gridColumns - 1);
        const int cy1 = std::min((b[3] - 1) / kGridCell, m_gridRows - 1);
        for (int cy = b[1] / kGridCell; b[3] > b[1] && cy <= cy1; ++cy) {
            for (int cx = b[0] / kGridCell; b[2] > b[0] && cx <= cx1; ++cx) {
                const std::size_t cell = std::size_t(cy) * std::size_t(m_gridColumns) + std::size_t(cx);
                for (std::uint32_t i = m_gridOffsets[cell]; i < m_gridOffsets[cell + 1]; ++i) {
                    const std::uint32_t g = m_gridItems[i];
                    if (m_stamp[g] == d)
                        continue;
                    m_stamp[g] = std::uint32_t(d);
                    const auto& gb = m_gtMasks.boxes[g];
                    if (std::min(b[2], gb[2]) <= std::max(b[0], gb[0]) || std::min(b[3], gb[3]) <= std::max(b[1], gb[1]))
                        continue;
                    if (m_dtMasks.sizes[d] != m_gtMasks.sizes[g])
                        continue; // rleIou gives -1
                    const double iou = Rle::iouSameSize(m_dtMasks.at(d), m_gtMasks.at(g), m_crowd[g]);
                    if (iou >= minThreshold)
                        m_candidates.push_back({g, iou});
                }
            }
        }
        m_candidateOffsets.push_back(std::uint32_t(m_candidates.size()));
    }
}

void ImageEvaluator::sortCandidates(const std::vector<quint8>& gtIgnore, std::vector<Candidate>& sorted) const
{
    // COCOeval sorts ground truth with a stable sort on the ignore flag: regular first.
    std::vector<std::uint32_t> position(m_gt.size());
    std::uint32_t next = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t g = 0; g < m_gt.size(); ++g) {
            if (gtIgnore[g] == pass)
                position[g] = next++;
        }
    }
    sorted = m_candidates;
    for (std::size_t d = 0; d + 1 < m_candidateOffsets.size(); ++d) {
        std::sort(sorted.begin() + m_candidateOffsets[d], sorted.begin() + m_candidateOffsets[d + 1],
                  [&](const Candidate& a, const Candidate& b) { return position[a.gt] < position[b.gt]; });
    }
}

int ImageEvaluator::matchOne(std::span<const Candidate> candidates, double threshold,
                             const std::vector<quint8>& gtIgnore, double* iou) const
{
    int m = -1;
    double best = threshold;
    for (const Candidate& c : candidates) {
        if (m_gtMatched[c.gt] && !m_crowd[c.gt])
            continue;
        if (m > -1 && !gtIgnore[std::size_t(m)] && gtIgnore[c.gt])
            break;
        if (c.iou < best)
            continue;
        best = c.iou;
        m = int(c.gt);
    }
    *iou = m >= 0 ? best : 0.0;
    return m;
}

void ImageEvaluator::matchAreaRange(int a, UnitEvaluation& unit, ImageEvaluation& report)
{
    const AreaRange& range = m_params.areaRanges[std::size_t(a)];
    const std::size_t A = m_params.areaRanges.size(), D = m_dt.size();
    std::vector<quint8> gtIgnore(m_gt.size());
    for (std::size_t g = 0; g < m_gt.size(); ++g) {
        gtIgnore[g] = m_crowd[g] || m_gtArea[g] < range.min || m_gtArea[g] > range.max;
        unit.regularGt[std::size_t(a)] += !gtIgnore[g];
    }
    std::vector<Candidate> sorted;
    sortCandidates(gtIgnore, sorted);
    std::vector<int> matches(D);
    std::vector<double> ious(D);
    for (int t = 0; t < int(m_params.iouThresholds.size()); ++t) {
        const double threshold = matchThreshold(m_params.iouThresholds[std::size_t(t)]);
        const auto bit = quint16(1u << t);
        m_gtMatched.assign(m_gt.size(), 0);
        for (std::size_t d = 0; d < D; ++d) {
            const std::span<const Candidate> c(sorted.data() + m_candidateOffsets[d],
                                               m_candidateOffsets[d + 1] - m_candidateOffsets[d]);
            const int m = matches[d] = matchOne(c, threshold, gtIgnore, &ious[d]);
            bool matched = false, ignored = false;
            if (m >= 0) {
                ignored = gtIgnore[std::size_t(m)];
                matched = m_gtId[std::size_t(m)] != 0; // COCOeval stores the gt id; id 0 reads as "unmatched"
                m_gtMatched[std::size_t(m)] = 1;
            }
            if (!matched && (m_dtArea[d] < range.min || m_dtArea[d] > range.max))
                ignored = true;
            unit.matched[d * A + std::size_t(a)] |= matched ? bit : 0;
            unit.ignored[d * A + std::size_t(a)] |= ignored ? bit : 0;
        }
        if (a == 0 && (t == m_reportT50 || t == m_reportT75))
            this->report(a, matches, ious, gtIgnore, t == m_reportT50 ? report.at50 : report.at75);
        if (a == 0 && m_everyThreshold)
            this->report(a, matches, ious, gtIgnore, report.byThreshold[std::size_t(t)]);
    }
}

void ImageEvaluator::report(int a, std::span<const int> matches, std::span<const double> ious,
                            const std::vector<quint8>& gtIgnore, ImageMatches& list) const
{
    const AreaRange& range = m_params.areaRanges[std::size_t(a)];
    for (std::size_t d = 0; d < m_dt.size(); ++d) {
        const int m = matches[d];
        if (m < 0) {
            if (m_dtArea[d] >= range.min && m_dtArea[d] <= range.max)
                list.falsePositives.push_back(int(m_dt[d]));
        } else {
            const ImageMatches::Match match{int(m_dt[d]), int(m_gt[std::size_t(m)]), ious[d]};
            (gtIgnore[std::size_t(m)] ? list.ignoredMatches : list.truePositives).push_back(match);
        }
    }
    for (std::size_t g = 0; g < m_gt.size(); ++g) {
        if (!gtIgnore[g] && !m_gtMatched[g])
            list.falseNegatives.push_back(int(m_gt[g]));
    }
}

} // namespace curator
