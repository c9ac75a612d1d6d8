#include "model/commands/revieweditcommand.h"

#include "model/document.h"

namespace curator {

ReviewEditCommand::ReviewEditCommand(Document* document, CommandKind kind, const QString& text)
    : m_document(document), m_kind(kind)
{
    setText(text);
}

ReviewState& ReviewEditCommand::review() const { return m_document->mutableReview(); }

void ReviewEditCommand::note(std::span<const qint64> imageIds, std::span<const qint64> cellIds, bool isUndo)
{
    const EditOperation op = isUndo ? EditOperation::Undo : (m_done ? EditOperation::Redo : EditOperation::Do);
    m_done = true;
    m_document->noteReview(m_kind, text(), imageIds, cellIds, op);
}

} // namespace curator
