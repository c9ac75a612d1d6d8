// What the review's evaluation says about single cells: their class (TP, FN, FP, ignored) at the chosen
// IoU and score threshold (indexed when a result comes in, for an update only its images' cells), with
// the IoU of their match, and the best match of any cell in the other set.
#include "model/review/reviewevaluation.h"

#include "model/io/rle.h"

#include <algorithm>
#include <optional>

namespace curator {

void ReviewEvaluation::indexImages()
{
    int images = 0;
    for (const ImageEvaluation& image : m_result->images)
        images = std::max(images, image.gtImage + 1);
    std::vector<int> positions(std::size_t(images), -1);
    for (std::size_t i = 0; i < m_result->images.size(); ++i) {
        if (m_result->images[i].gtImage >= 0)
            positions[std::size_t(m_result->images[i].gtImage)] = int(i);
    }
    m_imageOf = std::move(positions);
}

int ReviewEvaluation::positionOf(int gtImage) const
{
    return gtImage >= 0 && std::size_t(gtImage) < m_imageOf.size() ? m_imageOf[std::size_t(gtImage)] : -1;
}

void ReviewEvaluation::sizeClassIndex()
{
    const auto cellsOf = [this](int set) {
        return set >= 0 && set < m_workspace->setCount() ? std::size_t(m_workspace->set(set).store.annotationCount()) : 0;
    };
    m_classes.groundTruth.resize(std::max(m_classes.groundTruth.size(), cellsOf(m_groundTruth)), CellClass::None);
    m_classes.predictions.resize(std::max(m_classes.predictions.size(), cellsOf(m_predictions)), CellClass::None);
}

ReviewEvaluation::CellClass* ReviewEvaluation::classSlot(CellKey cell)
{
    std::vector<CellClass>* classes = cell.set == m_groundTruth ? &m_classes.groundTruth
                                    : cell.set == m_predictions ? &m_classes.predictions : nullptr;
    if (!classes || cell.annotation < 0 || std::size_t(cell.annotation) >= classes->size())
        return nullptr;
    return &(*classes)[std::size_t(cell.annotation)];
}

const AnnotationStore* ReviewEvaluation::scoreFilter() const
{
    // Filtered copies only at a score threshold; without one the evaluation's own matching is used as is.
    if (m_minScore <= 0 || m_predictions < 0 || m_predictions >= m_workspace->setCount())
        return nullptr;
    return &m_workspace->set(m_predictions).store;
}

void ReviewEvaluation::indexClasses()
{
    m_classes = {};
    m_shown.clear();
    if (!m_result)
        return;
    sizeClassIndex();
    const AnnotationStore* predictions = scoreFilter();
    if (predictions)
        m_shown.resize(m_result->images.size());
    for (std::size_t i = 0; i < m_result->images.size(); ++i)
        indexClassesOf(i, predictions);
}

void ReviewEvaluation::indexClassesOf(std::size_t i, const AnnotationStore* predictions)
{
    const ImageEvaluation& image = m_result->images[i];
    if (std::size_t(m_iouIndex) >= image.byThreshold.size())
        return;
    const ImageMatches& all = image.byThreshold[std::size_t(m_iouIndex)];
    forEachClass(predictions ? *(m_shown[i] = all.atMinScore(*predictions, m_minScore)) : all,
                 [this](CellKey cell, CellClass cls, double) {
                     if (CellClass* slot = classSlot(cell))
                         *slot = cls;
                 });
}

void ReviewEvaluation::reindexClasses(const std::shared_ptr<const EvalResult>& result, const std::vector<int>& changed)
{
    // At the scale of a split, indexing every cell again holds the GUI thread 0.12-0.17 s (bench_review):
    // the other images' cells keep their classes, and their filtered matchings move to where their
    // images now are (images an update added shift those after them).
    sizeClassIndex();   // for cells added since
    for (int gtImage : changed) {
        if (const ImageMatches* m = matches(gtImage)) {
            forEachClass(*m, [this](CellKey cell, CellClass, double) {
                if (CellClass* slot = classSlot(cell))
                    *slot = CellClass::None;
            });
        }
    }
    const std::vector<int> before = std::move(m_imageOf);
    std::vector<std::optional<ImageMatches>> shownBefore = std::move(m_shown);
    m_result = result;
    indexImages();
    const AnnotationStore* predictions = scoreFilter();
    m_shown.clear();
    if (predictions) {
        m_shown.resize(m_result->images.size());
        for (std::size_t i = 0; i < m_result->images.size(); ++i) {
            const int gtImage = m_result->images[i].gtImage;
            const int was = gtImage >= 0 && std::size_t(gtImage) < before.size() ? before[std::size_t(gtImage)] : -1;
            if (was >= 0 && std::size_t(was) < shownBefore.size())
                m_shown[i] = std::move(shownBefore[std::size_t(was)]);
        }
    }
    for (int gtImage : changed) {
        if (const int i = positionOf(gtImage); i >= 0)
            indexClassesOf(std::size_t(i), predictions);
    }
}

ReviewEvaluation::CellClass ReviewEvaluation::classify(CellKey cell) const
{
    const CellClass* slot = const_cast<ReviewEvaluation*>(this)->classSlot(cell);
    return slot ? *slot : CellClass::None;
}

QHash<qint64, ReviewEvaluation::CellClass> ReviewEvaluation::classesOf(int gtImage) const
{
    QHash<qint64, CellClass> out;
    if (const ImageMatches* m = matches(gtImage))
        forEachClass(*m, [&out](CellKey cell, CellClass cls, double) { out.insert(cellHash(cell), cls); });
    return out;
}

template<typename F>
void ReviewEvaluation::forEachClass(const ImageMatches& m, F&& f) const
{
    for (const auto& match : m.truePositives) {
        f(CellKey{m_groundTruth, match.groundTruth}, CellClass::TruePositive, match.iou);
        f(CellKey{m_predictions, match.prediction}, CellClass::TruePositive, match.iou);
    }
    for (const auto& match : m.ignoredMatches)
        f(CellKey{m_predictions, match.prediction}, CellClass::Ignored, match.iou);
    for (int gt : m.falseNegatives)
        f(CellKey{m_groundTruth, gt}, CellClass::FalseNegative, 0.0);
    for (int dt : m.falsePositives)
        f(CellKey{m_predictions, dt}, CellClass::FalsePositive, 0.0);
}

QHash<qint64, ReviewEvaluation::CellMatch> ReviewEvaluation::matchesOf(int gtImage) const
{
    QHash<qint64, CellMatch> out;
    if (const ImageMatches* m = matches(gtImage))
        forEachClass(*m, [&out](CellKey cell, CellClass cls, double iou) { out.insert(cellHash(cell), {cls, iou}); });
    return out;
}

ReviewEvaluation::BestMatch ReviewEvaluation::bestMatch(CellKey cell) const
{
    BestMatch best;
    if (!cell.isValid() || cell.set >= m_workspace->setCount() || m_groundTruth < 0 || m_predictions < 0
        || (cell.set != m_groundTruth && cell.set != m_predictions) || m_groundTruth >= m_workspace->setCount()
        || m_predictions >= m_workspace->setCount())
        return best;
    const AnnotationStore& gt = m_workspace->set(m_groundTruth).store;
    const AnnotationStore& dt = m_workspace->set(m_predictions).store;
    const bool isGt = cell.set == m_groundTruth;
    const AnnotationStore& own = isGt ? gt : dt;
    const qint64 imageId = own.annotationImageId(cell.annotation);
    const int gtImage = gt.imageIndex(imageId);
    if (gtImage < 0)
        return best;
    const int h = gt.image(gtImage).height, w = gt.image(gtImage).width;
    const Rle mine = Rle::fromAnnotation(own, cell.annotation, h, w);
    // Boxes from the masks: results files need not carry a "bbox".
    const auto box = mine.bbox();
    const int otherSet = isGt ? m_predictions : m_groundTruth;
    const AnnotationStore& other = m_workspace->set(otherSet).store;
    for (const Workspace::Layer& layer : m_workspace->layersFor(gt.image(gtImage).fileName)) {
        if (layer.set != otherSet)
            continue;
        for (quint32 a : *layer.annotations) {
            const Rle theirs = Rle::fromAnnotation(other, int(a), h, w);
            const auto b = theirs.bbox();
            if (b[0] > box[0] + box[2] || box[0] > b[0] + b[2] || b[1] > box[1] + box[3] || box[1] > b[1] + b[3])
                continue;
            const double iou = isGt ? Rle::iou(theirs, mine, false) : Rle::iou(mine, theirs, false);
            if (iou > best.iou)
                best = {{otherSet, int(a)}, iou};
        }
    }
    return best;
}

} // namespace curator
