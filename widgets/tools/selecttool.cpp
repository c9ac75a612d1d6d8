#include "widgets/tools/selecttool.h"

#include "model/document.h"
#include "widgets/imagecanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace curator {

namespace {

constexpr double kDragThreshold = 3.0;

QPointF topLeftOf(const Document& doc, qint64 id)
{
    const auto box = doc.store().bbox(doc.store().annotationIndex(id));
    return {box[0], box[1]};
}

} // namespace

bool SelectTool::mousePress(QMouseEvent* event)
{
    const QPointF pos = event->position();
    const CellKey hit = cellAt(pos);
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    m_pressPos = pos;
    m_mode = Mode::None;
    if (!hit.isValid()) {
        m_mode = Mode::Band;
        m_bandEnd = pos;
        m_additive = shift;
        return true;
    }
    QList<CellKey> selection = canvas()->selectedCells();
    if (shift) {
        if (selection.contains(hit))
            selection.removeAll(hit);
        else
            selection.append(hit);
        canvas()->setSelectedCells(selection);
        return true;
    }
    if (!selection.contains(hit))
        canvas()->setSelectedCells({hit});
    m_mode = Mode::PendingMove;
    return true;
}

bool SelectTool::mouseMove(QMouseEvent* event)
{
    const QPointF pos = event->position();
    switch (m_mode) {
    case Mode::Band:
        m_bandEnd = pos;
        canvas()->update();
        return true;
    case Mode::PendingMove:
        if (QLineF(pos, m_pressPos).length() < kDragThreshold)
            return true;
        startMove(pos);
        return true;
    case Mode::Move:
        moveTo(pos);
        return true;
    case Mode::None:
        return false;
    }
    return false;
}

bool SelectTool::mouseRelease(QMouseEvent* event)
{
    if (m_mode == Mode::Band)
        finishBand(event->position());
    else if (m_mode == Mode::Move)
        document()->endDrag();
    m_mode = Mode::None;
    canvas()->update();
    return true;
}

bool SelectTool::keyPress(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Escape || m_mode == Mode::None)
        return false;
    cancel();
    return true;
}

void SelectTool::cancel()
{
    if (m_mode == Mode::Move && document())
        document()->endDrag();
    m_mode = Mode::None;
}

void SelectTool::startMove(QPointF widgetPos)
{
    const auto ids = selectedIds();
    if (!ids || ids->isEmpty()) {
        m_mode = Mode::None;
        return;
    }
    m_ids = *ids;
    m_pressImage = canvas()->mapToImage(m_pressPos);
    m_applied = QPointF();
    m_mode = Mode::Move;
    document()->beginDrag();
    moveTo(widgetPos);
}

void SelectTool::moveTo(QPointF widgetPos)
{
    Document* doc = document();
    const QPointF wanted = canvas()->mapToImage(widgetPos) - m_pressImage;
    const QPointF delta = wanted - m_applied;
    if (delta.isNull())
        return;
    const QPointF before = topLeftOf(*doc, m_ids.first());
    QString error;
    if (!doc->moveCells(m_ids, delta, &error)) {
        refuse(error);
        return;
    }
    // The document clamps the move to the image; follow what really happened.
    m_applied += topLeftOf(*doc, m_ids.first()) - before;
}

void SelectTool::finishBand(QPointF widgetPos)
{
    m_bandEnd = widgetPos;
    QList<CellKey> selection = m_additive ? canvas()->selectedCells() : QList<CellKey>();
    if (QLineF(m_pressPos, widgetPos).length() >= kDragThreshold) {
        const QRectF band = canvas()->imageTransform().inverted().mapRect(bandRect());
        const CellOverlay& overlay = canvas()->overlay();
        for (int i = 0; i < overlay.count(); ++i) {
            if (overlay.isVisible(i) && band.contains(overlay.bounds(i)) && !selection.contains(overlay.cell(i)))
                selection.append(overlay.cell(i));
        }
    }
    canvas()->setSelectedCells(selection);
    if (selection.size() > 1)
        canvas()->showStatus(tr("%n cell(s) selected.", nullptr, int(selection.size())));
}

QRectF SelectTool::bandRect() const
{
    return QRectF(m_pressPos, m_bandEnd).normalized();
}

void SelectTool::paint(QPainter& painter) const
{
    if (m_mode != Mode::Band || QLineF(m_pressPos, m_bandEnd).length() < kDragThreshold)
        return;
    painter.setPen(QPen(QColor(255, 235, 59), 1, Qt::DashLine));
    painter.setBrush(QColor(255, 235, 59, 40));
    painter.drawRect(bandRect());
}

} // namespace curator
