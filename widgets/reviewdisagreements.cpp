// ReviewView: the walk over the current image's missed and spurious cells (Model > Next Missed or
// Spurious Cell), kept apart from the pages themselves.
#include "widgets/reviewview.h"

#include "model/review/predictionreview.h"
#include "widgets/imagecanvas.h"

#include <algorithm>

namespace curator {

std::vector<ReviewView::Disagreement> ReviewView::findDisagreements(int* hidden)
{
    if (hidden)
        *hidden = 0;
    sync();   // the page's overlays show the current image
    const ReviewEvaluation* evaluation = m_review->evaluation();
    int gtImage = -1;
    for (const ImageKey& key : m_review->workspace()->imagesNamed(m_annotations->imageName())) {
        if (key.set == m_review->groundTruthSet())
            gtImage = key.image;
    }
    if (gtImage < 0 || currentIndex() == AnnotationsPage)
        return {};
    std::vector<Disagreement> found;
    const QHash<qint64, ReviewEvaluation::CellClass> classes = evaluation->classesOf(gtImage);
    for (auto it = classes.cbegin(); it != classes.cend(); ++it) {
        if (it.value() != ReviewEvaluation::CellClass::FalseNegative && it.value() != ReviewEvaluation::CellClass::FalsePositive)
            continue;
        const CellKey cell{int(it.key() >> 32), int(quint32(it.key()))};
        const ImageCanvas* canvas = canvasShowing(cell);
        const int index = canvas->overlay().indexOf(cell);
        if (index >= 0 && canvas->overlay().isVisible(index))
            found.push_back({canvas->overlay().bounds(index).topLeft(), cell});
        else if (hidden)
            ++*hidden;
    }
    std::sort(found.begin(), found.end());
    return found;
}

QList<CellKey> ReviewView::disagreements(int* hidden)
{
    QList<CellKey> cells;
    for (const Disagreement& d : findDisagreements(hidden))
        cells.append(d.cell);
    return cells;
}

ImageCanvas* ReviewView::canvasShowing(CellKey cell) const
{
    if (currentIndex() != SideBySidePage)
        return m_difference;
    return cell.set == m_review->groundTruthSet() ? m_groundTruth : m_prediction;
}

bool ReviewView::selectDisagreement(int step, bool fromEnd, DisagreementPosition* where)
{
    int hidden = 0;
    const std::vector<Disagreement> found = findDisagreements(&hidden);
    if (found.empty())
        return false;
    const auto size = std::ptrdiff_t(found.size());
    std::ptrdiff_t next = step > 0 ? 0 : size - 1;
    if (!fromEnd) {
        const auto selected = std::find_if(found.begin(), found.end(),
                                           [this](const Disagreement& d) { return d.cell == m_reviewSelected; });
        if (selected != found.end()) {
            next = (selected - found.begin()) + step;
        } else if (m_walkImage == m_annotations->imageName()) {
            // The cell last selected was accepted, deleted, deselected or is no disagreement: go on
            // from where it was.
            const auto after = std::upper_bound(found.begin(), found.end(), m_walkedTo);
            next = step > 0 ? after - found.begin() : std::lower_bound(found.begin(), found.end(), m_walkedTo) - found.begin() - 1;
        }
    }
    if (next < 0 || next >= size)
        return false;
    selectCell(found[std::size_t(next)].cell, true);   // the selection handler records it as m_walkedTo
    if (where)
        *where = {int(next), int(size), hidden};
    return true;
}

} // namespace curator
