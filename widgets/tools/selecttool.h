#pragma once

#include "widgets/tools/canvastool.h"

#include <QRectF>

namespace curator {

/**
 * Select and move: a click selects the cell under the cursor (Shift+click adds or removes it), a
 * drag from an empty spot selects every cell inside the rubber band (Shift adds), and a drag that
 * starts on a cell moves the selected cells — the whole drag is one undo step.
 */
class SelectTool : public CanvasTool
{
    Q_OBJECT

public:
    using CanvasTool::CanvasTool;

    bool mousePress(QMouseEvent* event) override;
    bool mouseMove(QMouseEvent* event) override;
    bool mouseRelease(QMouseEvent* event) override;
    bool keyPress(QKeyEvent* event) override;
    void paint(QPainter& painter) const override;
    void cancel() override;

private:
    void startMove(QPointF widgetPos);
    void moveTo(QPointF widgetPos);
    void finishBand(QPointF widgetPos);
    QRectF bandRect() const;

    enum class Mode { None, PendingMove, Move, Band };
    Mode m_mode = Mode::None;
    QPointF m_pressPos;           // widget coordinates
    QPointF m_bandEnd;
    bool m_additive = false;
    QList<qint64> m_ids;
    QPointF m_pressImage;         // where the drag started, image coordinates
    QPointF m_applied;            // offset the cells moved so far in this drag
};

} // namespace curator
