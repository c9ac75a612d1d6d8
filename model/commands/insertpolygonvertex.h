#pragma once

#include "model/commands/celleditcommand.h"

#include <QPointF>

#include <memory>

namespace curator {

/**
 * Inserts a vertex into an edge of a cell's outline; refused when the new edges would cross it.
 * Inserted during a drag (Document::beginDrag()), it absorbs the drag's moves of the new vertex,
 * so "insert and drag into place" is one undo step.
 */
class InsertPolygonVertex : public CellEditCommand
{
public:
    /** The new vertex becomes vertex @p afterVertex + 1 (after the last: before the first edge closes). */
    static std::unique_ptr<InsertPolygonVertex> create(Document& document, qint64 id, int ring, int afterVertex,
                                                       QPointF position, QString* error);

    int id() const override { return MergeMovePolygonVertex; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    using CellEditCommand::CellEditCommand;
    int m_ring = 0;
    int m_vertex = 0;
};

} // namespace curator
