// What the review's evaluation says about single cells: their class (TP, FN, FP, ignored) at the chosen
// IoU and score threshold, with the IoU of their match, and the best match of any cell in the other set.
#include "model/review/reviewevaluation.h"

#include "model/io/rle.h"

namespace curator {

ReviewEvaluation::CellClass ReviewEvaluation::classify(CellKey cell) const
{
    return m_classes.value(cellHash(cell), CellClass::None);
}

QHash<qint64, ReviewEvaluation::CellClass> ReviewEvaluation::classesOf(int gtImage) const
{
    QHash<qint64, CellClass> out;
    if (const ImageMatches* m = matches(gtImage))
        addClasses(out, *m);
    return out;
}

template<typename F>
void ReviewEvaluation::forEachClass(const ImageMatches& m, F&& f) const
{
    for (const auto& match : m.truePositives) {
        f(cellHash({m_groundTruth, match.groundTruth}), CellClass::TruePositive, match.iou);
        f(cellHash({m_predictions, match.prediction}), CellClass::TruePositive, match.iou);
    }
    for (const auto& match : m.ignoredMatches)
        f(cellHash({m_predictions, match.prediction}), CellClass::Ignored, match.iou);
    for (int gt : m.falseNegatives)
        f(cellHash({m_groundTruth, gt}), CellClass::FalseNegative, 0.0);
    for (int dt : m.falsePositives)
        f(cellHash({m_predictions, dt}), CellClass::FalsePositive, 0.0);
}

QHash<qint64, ReviewEvaluation::CellMatch> ReviewEvaluation::matchesOf(int gtImage) const
{
    QHash<qint64, CellMatch> out;
    if (const ImageMatches* m = matches(gtImage))
        forEachClass(*m, [&out](qint64 cell, CellClass cls, double iou) { out.insert(cell, {cls, iou}); });
    return out;
}

void ReviewEvaluation::addClasses(QHash<qint64, CellClass>& classes, const ImageMatches& m) const
{
    forEachClass(m, [&classes](qint64 cell, CellClass cls, double) { classes.insert(cell, cls); });
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
