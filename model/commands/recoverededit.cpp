#include "model/commands/recoverededit.h"

#include "model/document.h"

namespace curator {

RecoveredEdit::RecoveredEdit(Document* document, RecoveredStep step) : m_document(document), m_step(std::move(step))
{
    setText(m_step.text);
}

void RecoveredEdit::redo()
{
    if (!m_pushed) {
        m_pushed = true;   // replayed already
        return;
    }
    restoreStep(m_step, false, m_document->mutableStore(), m_document->mutableReview());
    note(EditOperation::Redo);
}

void RecoveredEdit::undo()
{
    restoreStep(m_step, true, m_document->mutableStore(), m_document->mutableReview());
    note(EditOperation::Undo);
}

void RecoveredEdit::note(EditOperation op)
{
    std::vector<qint64> cells, images, flags;
    for (const RecoveredStep::Cell& cell : m_step.cells)
        cells.push_back(cell.id);
    for (const RecoveredStep::Image& image : m_step.images)
        images.push_back(image.id);
    for (const RecoveredStep::Flag& flag : m_step.flags)
        flags.push_back(flag.id);
    m_document->noteRecovered(m_step.kind, text(), cells, images, flags, op);
}

} // namespace curator
