#include "widgets/tools/vertextool.h"

#include "model/document.h"
#include "widgets/imagecanvas.h"

#include <QMouseEvent>
#include <QPainter>

namespace curator {

bool VertexTool::mousePress(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (const auto vertex = vertexAt(pos)) {
        if (event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))
            deleteVertex(*vertex);
        else
            startDrag(*vertex);
        return true;
    }
    if (const auto edge = edgeAt(pos)) {
        const qint64 id = *editableId(edge->cell);
        const QPointF at = snappedImagePoint(pos, edge->cell);
        QString error;
        // The drag starts before the insertion, so that its moves merge into the insertion: one undo step.
        document()->beginDrag();
        if (!document()->insertVertex(id, edge->ring, edge->vertex, at, &error)) {
            document()->endDrag();
            refuse(error);
            return true;
        }
        m_current = VertexHit{edge->cell, edge->ring, edge->vertex + 1, at};
        m_dragging = true;
        return true;
    }
    m_current.reset();
    const CellKey hit = cellAt(pos);
    canvas()->setSelectedCells(hit.isValid() ? QList<CellKey>{hit} : QList<CellKey>{});
    return true;
}

void VertexTool::startDrag(const VertexHit& hit)
{
    m_current = hit;
    m_dragging = true;
    document()->beginDrag();
}

bool VertexTool::mouseMove(QMouseEvent* event)
{
    if (!m_dragging) {
        const auto hover = vertexAt(event->position());
        const bool changed = hover.has_value() != m_hover.has_value()
                             || (hover && (hover->vertex != m_hover->vertex || hover->cell != m_hover->cell));
        m_hover = hover;
        if (changed)
            canvas()->update();
        return false;
    }
    const QPointF at = snappedImagePoint(event->position(), m_current->cell);
    QString error;
    if (document()->moveVertex(*editableId(m_current->cell), m_current->ring, m_current->vertex, at, &error))
        m_current->position = at;
    else
        refuse(error);
    return true;
}

bool VertexTool::mouseRelease(QMouseEvent*)
{
    if (m_dragging) {
        m_dragging = false;
        document()->endDrag();
    }
    return true;
}

void VertexTool::cancel()
{
    if (m_dragging && document())
        document()->endDrag();
    m_dragging = false;
    m_current.reset();
    m_hover.reset();
}

bool VertexTool::deleteRequested()
{
    if (!m_current || !canvas()->isSelected(m_current->cell))
        return false;
    deleteVertex(*m_current);
    return true;
}

bool VertexTool::deleteVertex(const VertexHit& hit)
{
    const auto id = editableId(hit.cell);
    QString error;
    m_current.reset();
    m_hover.reset();
    if (!id || !document()->deleteVertex(*id, hit.ring, hit.vertex, &error))
        return refuse(error);
    canvas()->showStatus(tr("Deleted a vertex of cell %1.").arg(*id));
    return true;
}

void VertexTool::paint(QPainter& painter) const
{
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const CellKey& cell : canvas()->selectedCells()) {
        if (!editableId(cell))
            continue;
        const QList<QPolygonF> rings = ringsOf(cell);
        for (int r = 0; r < rings.size(); ++r) {
            for (int v = 0; v < rings[r].size(); ++v) {
                const auto same = [&](const std::optional<VertexHit>& h) {
                    return h && h->cell == cell && h->ring == r && h->vertex == v;
                };
                paintHandle(painter, rings[r][v], same(m_current) || same(m_hover));
            }
        }
    }
}

} // namespace curator
