#pragma once

#include <QObject>

class QAction;

namespace curator {

class CanvasTool;
class ImageCanvas;

/**
 * Edit ▸ Select All Cells, Copy Cells and Paste Cells on the annotation canvas. Copy puts the
 * selected cells (of any open set; masks as their outlines) on the clipboard as COCO annotations
 * (CellClipboard), which a notebook or another Curator window can read; Paste adds the cells on the
 * clipboard (copied here, or COCO annotation JSON copied from a text editor) to the image shown, in
 * the active annotation set, as one undo step, and selects them, e.g. to carry a cell over to the
 * next time point and move it into place. The shortcuts (Ctrl+A, Ctrl+C, Ctrl+V) act while the
 * canvas has the focus, so the tables' own Ctrl+C and the text fields' keep working.
 */
class CellClipboardActions : public QObject
{
    Q_OBJECT

public:
    /** @p tool lends its helpers (active document, image, refusals in the status bar). */
    CellClipboardActions(ImageCanvas* canvas, CanvasTool* tool, QObject* parent = nullptr);

    QAction* selectAllAction() const { return m_selectAll; }
    QAction* copyAction() const { return m_copy; }
    QAction* pasteAction() const { return m_paste; }
    void setEnabled(bool enabled);

    /** Selects every cell of the active set shown on the image. */
    bool selectAll();
    /** Copies the selected cells; false (and a status message) when none is selected. */
    bool copySelection();
    /** Pastes the clipboard's cells into the active set's image; false with the reason in the status bar. */
    bool paste();

private:
    ImageCanvas* m_canvas;
    CanvasTool* m_tool;
    QAction* m_selectAll;
    QAction* m_copy;
    QAction* m_paste;
};

} // namespace curator
