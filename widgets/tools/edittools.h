#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QToolBar;
class QWidget;

namespace curator {

class CanvasTool;
class CellClipboardActions;
class DocumentManager;
class DrawTool;
class ImageCanvas;
class SelectTool;
class SplitTool;
class VertexTool;

/**
 * The canvas's editing tools and the edit actions that work on the selection, as checkable actions
 * with single-key shortcuts (H browse, S select/move, V vertices, D draw, K split) plus Delete
 * (cells, or the vertex last touched with the vertex tool) and Merge (M). Browse, the default,
 * leaves the canvas as the viewer had it: dragging pans.
 */
class EditTools : public QObject
{
    Q_OBJECT

public:
    EditTools(ImageCanvas* canvas, DocumentManager* documents, QObject* parent = nullptr);

    QList<QAction*> toolActions() const;
    QAction* browseAction() const { return m_browse; }
    QAction* selectAction() const { return m_select; }
    QAction* vertexAction() const { return m_vertex; }
    QAction* drawAction() const { return m_draw; }
    QAction* splitAction() const { return m_split; }
    QAction* deleteAction() const { return m_delete; }
    QAction* mergeAction() const { return m_merge; }
    /** Select All Cells, Copy Cells, Paste Cells. */
    CellClipboardActions* clipboard() const { return m_clipboard; }
    /**
     * Enables or disables the tools, Merge, Delete and the clipboard's actions together: they edit the
     * annotation canvas, so they are off while a review page covers it (its selection is not the one
     * the user sees).
     */
    void setEditingEnabled(bool enabled);
    /** A tool bar with the tools and the edit actions. */
    QToolBar* createToolBar(QWidget* parent) const;

    /** Deletes the vertex the tool holds, else the selected cells. */
    bool deleteSelection();
    /** Merges the selected cells (two or more, same image). */
    bool mergeSelection();

private:
    QAction* addTool(const QString& text, const QString& shortcut, const QString& tip, CanvasTool* tool);

    ImageCanvas* m_canvas;
    DocumentManager* m_documents;
    QActionGroup* m_group;
    SelectTool* m_selectTool;
    VertexTool* m_vertexTool;
    DrawTool* m_drawTool;
    SplitTool* m_splitTool;
    CellClipboardActions* m_clipboard;
    QAction* m_browse = nullptr;
    QAction* m_select = nullptr;
    QAction* m_vertex = nullptr;
    QAction* m_draw = nullptr;
    QAction* m_split = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_merge = nullptr;
};

} // namespace curator
