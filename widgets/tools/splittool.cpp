#include "widgets/tools/splittool.h"

#include "model/document.h"
#include "widgets/imagecanvas.h"

#include <QMouseEvent>
#include <QPainter>

namespace curator {

namespace {

constexpr double kMinStep = 3.0;

} // namespace

bool SplitTool::mousePress(QMouseEvent* event)
{
    m_line = QPolygonF{event->position()};
    m_drawing = true;
    return true;
}

bool SplitTool::mouseMove(QMouseEvent* event)
{
    if (!m_drawing)
        return false;
    if (QLineF(m_line.last(), event->position()).length() >= kMinStep)
        m_line.append(event->position());
    canvas()->update();
    return true;
}

bool SplitTool::mouseRelease(QMouseEvent* event)
{
    if (!m_drawing)
        return false;
    if (m_line.last() != event->position())
        m_line.append(event->position());
    m_drawing = false;
    QPolygonF line;
    for (const QPointF& p : m_line)
        line.append(canvas()->mapToImage(p));
    m_line.clear();
    split(line);
    return true;
}

void SplitTool::cancel()
{
    m_line.clear();
    m_drawing = false;
}

CellKey SplitTool::targetFor(const QPolygonF& line) const
{
    const QRectF extent = line.boundingRect();
    const CellKey selected = canvas()->selectedCell();
    if (selected.isValid()) {
        const int i = canvas()->overlay().indexOf(selected);
        if (i >= 0 && canvas()->overlay().bounds(i).intersects(extent.adjusted(-0.5, -0.5, 0.5, 0.5)))
            return selected;
    }
    const QPointF middle = line[line.size() / 2];
    const int i = canvas()->overlay().cellAt(middle);
    return i >= 0 ? canvas()->overlay().cell(i) : CellKey{};
}

bool SplitTool::split(const QPolygonF& line)
{
    if (line.size() < 2 || QLineF(line.first(), line.last()).length() * canvas()->zoom() < kMinStep)
        return refuse(tr("Drag a line across the cell to split it."));
    const CellKey cell = targetFor(line);
    if (!cell.isValid())
        return refuse(tr("The line does not cross a cell: select the cell, then drag a line across it."));
    QString why;
    const auto id = editableId(cell, &why);
    if (!id)
        return refuse(why);
    const auto parts = document()->splitCell(*id, line, &why);
    if (!parts)
        return refuse(why);
    const AnnotationStore& store = document()->store();
    canvas()->setSelectedCells({CellKey{activeSet(), store.annotationIndex(parts->first)},
                                CellKey{activeSet(), store.annotationIndex(parts->second)}});
    canvas()->showStatus(tr("Split cell %1; the new part is cell %2.").arg(parts->first).arg(parts->second));
    return true;
}

void SplitTool::paint(QPainter& painter) const
{
    if (m_line.size() < 2)
        return;
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(255, 80, 80), 2, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(m_line);
}

} // namespace curator
