#pragma once

#include "widgets/tools/canvastool.h"

namespace curator {

/**
 * Splits a cell along a line drawn across it with the mouse (press, drag, release). The cell is
 * the selected one when the line crosses its bounds, else the one under the middle of the line.
 * The cell keeps its id and the larger part; the smaller part becomes a new cell, and both end up
 * selected. Lines that do not cut the cell in two are refused with a message.
 */
class SplitTool : public CanvasTool
{
    Q_OBJECT

public:
    using CanvasTool::CanvasTool;

    bool mousePress(QMouseEvent* event) override;
    bool mouseMove(QMouseEvent* event) override;
    bool mouseRelease(QMouseEvent* event) override;
    void paint(QPainter& painter) const override;
    void cancel() override;
    QCursor cursor() const override { return Qt::CrossCursor; }

    /** Splits along @p line (image coordinates); false (with a status message) when refused. */
    bool split(const QPolygonF& line);

private:
    CellKey targetFor(const QPolygonF& line) const;

    QPolygonF m_line;   // widget coordinates while drawing
    bool m_drawing = false;
};

} // namespace curator
