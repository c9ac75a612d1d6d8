#pragma once

#include "model/commands/celleditcommand.h"

#include <QPointF>

#include <memory>

namespace curator {

/**
 * Moves one vertex of a cell's outline (snapped to the image). Refused when the ring would have
 * fewer than 3 distinct points, no area, or an edge at the vertex would cross the outline.
 * Mergeable within one drag of the same vertex: the whole drag is one undo step.
 */
class MovePolygonVertex : public CellEditCommand
{
public:
    static std::unique_ptr<MovePolygonVertex> create(Document& document, qint64 id, int ring, int vertex,
                                                     QPointF position, QString* error);

    int id() const override { return MergeMovePolygonVertex; }
    bool mergeWith(const QUndoCommand* other) override;
    int ring() const { return m_ring; }
    int vertex() const { return m_vertex; }

private:
    using CellEditCommand::CellEditCommand;
    int m_ring = 0;
    int m_vertex = 0;
};

/** Shared by the vertex commands: the store index and rings of @p id if @p ring / @p vertex exist. */
int vertexTarget(Document& document, qint64 id, int ring, int vertex, Rings& rings, QString* error);

} // namespace curator
