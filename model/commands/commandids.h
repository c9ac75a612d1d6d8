#pragma once

#include <QString>

namespace curator {

/** Every kind of edit; the journal records the kind by name (commandKindName()). */
enum class CommandKind : int {
    MoveCells,
    MovePolygonVertex,
    InsertPolygonVertex,
    DeletePolygonVertex,
    AddCell,
    DeleteCells,
    MergeCells,
    SplitCell,
    AcceptPrediction,
    PasteCells,
    SetCellFlag,
    SetImageReview,
};

/**
 * QUndoCommand::id() of the mergeable commands (all others return -1). Consecutive commands with the
 * same id merge only within one drag (Document::beginDrag()/endDrag()), so one drag is one step.
 */
enum MergeId : int {
    MergeMoveCells = 1,
    MergeMovePolygonVertex = 2,
};

/** Stable, untranslated name, e.g. "MoveCells" (written to the journal). */
QString commandKindName(CommandKind kind);

/** How a change came about, as the journal records it. */
enum class EditOperation : quint8 { Do, Undo, Redo };

} // namespace curator
