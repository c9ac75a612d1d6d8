#pragma once

#include "model/commands/commandids.h"
#include "model/reviewstate.h"

#include <QUndoCommand>

#include <span>

namespace curator {

class Document;

/** Base of the commands that change the review state (never the annotations). */
class ReviewEditCommand : public QUndoCommand
{
protected:
    ReviewEditCommand(Document* document, CommandKind kind, const QString& text);

    ReviewState& review() const;
    /** Tells the document what changed; the first call from redo() counts as "do", later ones as "redo". */
    void note(std::span<const qint64> imageIds, std::span<const qint64> cellIds, bool isUndo);

private:
    Document* m_document;
    CommandKind m_kind;
    bool m_done = false;
};

} // namespace curator
