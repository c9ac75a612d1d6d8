#pragma once

#include "widgets/tools/canvastool.h"

namespace curator {

/**
 * Draws a new cell: each click adds a vertex (snapped to nearby vertices, kept in the image); a
 * click on the first vertex, a double-click or Enter closes the outline and adds the cell to the
 * active set. Backspace takes back the last vertex, Escape abandons the drawing. Outlines with
 * fewer than 3 distinct points, no area or crossing edges are refused and stay open for fixing.
 * An outline being drawn stays when the image comes back after a workspace reset.
 */
class DrawTool : public CanvasTool
{
    Q_OBJECT

public:
    using CanvasTool::CanvasTool;

    bool mousePress(QMouseEvent* event) override;
    bool mouseMove(QMouseEvent* event) override;
    bool mouseDoubleClick(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    void paint(QPainter& painter) const override;
    void cancel() override;
    bool outlivesReset() const override { return true; }   // the outline goes to the active set when closed
    QCursor cursor() const override { return Qt::CrossCursor; }

    const QPolygonF& points() const { return m_points; }
    /** Adds the drawn outline as a cell; false (with a status message) when refused. */
    bool finish();

private:
    QPolygonF m_points;   // image coordinates
    QPointF m_cursor;     // widget coordinates
};

} // namespace curator
