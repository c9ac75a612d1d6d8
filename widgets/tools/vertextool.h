#pragma once

#include "widgets/tools/canvastool.h"

namespace curator {

/**
 * Edits the outline of the selected cells, whose vertices get handles: drag a handle to move that
 * vertex (snapped to nearby vertices of other cells, kept in the image; one drag is one undo step),
 * press on an edge to insert a vertex there and drag it, Shift+click a handle (or Edit ▸ Delete
 * after touching it) to delete the vertex. A click elsewhere selects the cell under the cursor.
 * Moves that would make the outline cross itself are refused with a message.
 */
class VertexTool : public CanvasTool
{
    Q_OBJECT

public:
    using CanvasTool::CanvasTool;

    bool mousePress(QMouseEvent* event) override;
    bool mouseMove(QMouseEvent* event) override;
    bool mouseRelease(QMouseEvent* event) override;
    void paint(QPainter& painter) const override;
    void cancel() override;
    bool deleteRequested() override;
    QCursor cursor() const override { return Qt::CrossCursor; }

private:
    bool deleteVertex(const VertexHit& hit);
    void startDrag(const VertexHit& hit);

    std::optional<VertexHit> m_current;   // the vertex last pressed (Edit ▸ Delete deletes it)
    std::optional<VertexHit> m_hover;
    bool m_dragging = false;
};

} // namespace curator
