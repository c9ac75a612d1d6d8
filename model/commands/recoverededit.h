#pragma once

#include "model/commands/commandids.h"
#include "model/recoveredhistory.h"

#include <QUndoCommand>

namespace curator {

class Document;

/**
 * An undo step of a session that ended without saving, rebuilt from its journal (RecoveredHistory):
 * undo and redo restore the states the step left before and after it. Pushed when those edits were
 * already replayed, so the first redo() (QUndoStack::push) changes nothing.
 */
class RecoveredEdit : public QUndoCommand
{
public:
    RecoveredEdit(Document* document, RecoveredStep step);

    void redo() override;
    void undo() override;

private:
    void note(EditOperation op);

    Document* m_document;
    RecoveredStep m_step;
    bool m_pushed = false;
};

} // namespace curator
