#include "widgets/tools/drawtool.h"

#include "model/document.h"
#include "widgets/imagecanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace curator {

bool DrawTool::mousePress(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_points.size() >= 3 && QLineF(canvas()->mapFromImage(m_points.first()), pos).length() <= kSnapPixels) {
        finish();
        return true;
    }
    const QPointF p = snappedImagePoint(pos);
    if (m_points.isEmpty() || m_points.last() != p)
        m_points.append(p);
    m_cursor = pos;
    return true;
}

bool DrawTool::mouseMove(QMouseEvent* event)
{
    m_cursor = event->position();
    if (!m_points.isEmpty())
        canvas()->update();
    return false;
}

bool DrawTool::mouseDoubleClick(QMouseEvent*)
{
    if (!m_points.isEmpty())
        finish();
    return true;
}

bool DrawTool::keyPress(QKeyEvent* event)
{
    if (m_points.isEmpty())
        return false;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: finish(); return true;
    case Qt::Key_Backspace: m_points.removeLast(); return true;
    case Qt::Key_Escape: cancel(); return true;
    default: return false;
    }
}

void DrawTool::cancel()
{
    m_points.clear();
    canvas()->update();
}

bool DrawTool::finish()
{
    const std::optional<int> image = editableImage();
    if (!image)
        return false;
    if (m_points.size() < 3)
        return refuse(tr("A cell needs at least 3 vertices; keep clicking to add more."));
    Document* doc = document();
    QString error;
    const auto id = doc->addCell(*image, m_points, &error);
    if (!id)
        return refuse(error);
    m_points.clear();
    const int index = doc->store().annotationIndex(*id);
    canvas()->setSelectedCells({CellKey{activeSet(), index}});
    canvas()->showStatus(tr("Added cell %1.").arg(*id));
    return true;
}

void DrawTool::paint(QPainter& painter) const
{
    if (m_points.isEmpty())
        return;
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPolygonF shown;
    for (const QPointF& p : m_points)
        shown.append(canvas()->mapFromImage(p));
    shown.append(m_cursor);
    QPen pen(QColor(255, 235, 59), 2);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(shown);
    for (const QPointF& p : m_points)
        paintHandle(painter, p, p == m_points.first());
}

} // namespace curator
