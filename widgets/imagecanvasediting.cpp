// ImageCanvas: the multi-cell selection and the hand-over of input to the active editing tool.
#include "widgets/imagecanvas.h"

#include "widgets/tools/canvastool.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace curator {

void ImageCanvas::setSelectedCells(const QList<CellKey>& cells)
{
    m_unresolved = {};   // a selection made since a reset replaces whatever it could not give back
    QList<CellKey> selection;
    for (const CellKey& key : cells) {
        const int index = key.isValid() ? m_overlay.indexOf(key) : -1;
        if (index >= 0 && m_overlay.isVisible(index) && !selection.contains(key))
            selection.append(key);
    }
    const CellKey previous = selectedCell();
    const bool changed = selection != m_selection;
    m_selection = selection;
    m_selected = selection.isEmpty() ? -1 : m_overlay.indexOf(selection.first());
    if (!changed && previous == selectedCell())
        return;
    update();
    if (previous != selectedCell())
        emit selectedCellChanged(selectedCell());
    if (changed)
        emit selectionChanged();
}

void ImageCanvas::setTool(CanvasTool* tool)
{
    if (tool == m_tool)
        return;
    if (m_tool)
        m_tool->cancel();
    m_tool = tool;
    if (m_tool)
        setCursor(m_tool->cursor());
    else
        unsetCursor();
    update();
}

void ImageCanvas::showStatus(const QString& text)
{
    emit statusMessage(text);
}

bool ImageCanvas::dispatchToTool(QEvent* event)
{
    if (!m_tool || m_name.isEmpty())
        return false;
    bool handled = false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: handled = m_tool->mousePress(static_cast<QMouseEvent*>(event)); break;
    case QEvent::MouseMove: handled = m_tool->mouseMove(static_cast<QMouseEvent*>(event)); break;
    case QEvent::MouseButtonRelease: handled = m_tool->mouseRelease(static_cast<QMouseEvent*>(event)); break;
    case QEvent::MouseButtonDblClick: handled = m_tool->mouseDoubleClick(static_cast<QMouseEvent*>(event)); break;
    case QEvent::KeyPress: handled = m_tool->keyPress(static_cast<QKeyEvent*>(event)); break;
    default: break;
    }
    if (handled)
        update();
    return handled;
}

} // namespace curator
