#include "widgets/tools/edittools.h"

#include "model/document.h"
#include "model/documentmanager.h"
#include "widgets/imagecanvas.h"
#include "widgets/tools/cellclipboardactions.h"
#include "widgets/tools/drawtool.h"
#include "widgets/tools/selecttool.h"
#include "widgets/tools/splittool.h"
#include "widgets/tools/vertextool.h"

#include <QAction>
#include <QActionGroup>
#include <QToolBar>

namespace curator {

EditTools::EditTools(ImageCanvas* canvas, DocumentManager* documents, QObject* parent)
    : QObject(parent)
    , m_canvas(canvas)
    , m_documents(documents)
    , m_group(new QActionGroup(this))
    , m_selectTool(new SelectTool(canvas, documents, this))
    , m_vertexTool(new VertexTool(canvas, documents, this))
    , m_drawTool(new DrawTool(canvas, documents, this))
    , m_splitTool(new SplitTool(canvas, documents, this))
    , m_clipboard(new CellClipboardActions(canvas, m_selectTool, this))
{
    m_group->setExclusive(true);
    m_browse = addTool(tr("&Browse"), tr("H"), tr("Look around: drag to pan, click to select a cell"), nullptr);
    m_select = addTool(tr("&Select and Move"), tr("S"),
                       tr("Click or drag a band to select cells (Shift adds); drag a selected cell to move the selection"),
                       m_selectTool);
    m_vertex = addTool(tr("Edit &Vertices"), tr("V"),
                       tr("Drag a vertex of the selected cell; press on an edge to insert one; Shift+click deletes one"),
                       m_vertexTool);
    m_draw = addTool(tr("Dra&w Cell"), tr("D"),
                     tr("Click the outline of a new cell; click the first point, double-click or press Enter to close it"),
                     m_drawTool);
    m_split = addTool(tr("S&plit Cell"), tr("K"), tr("Drag a line across a cell to cut it in two"), m_splitTool);
    m_browse->setChecked(true);

    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setStatusTip(tr("Delete the selected cells (with Edit Vertices: the vertex last touched)"));
    m_merge = new QAction(tr("&Merge Cells"), this);
    m_merge->setShortcut(QKeySequence(tr("M")));
    m_merge->setStatusTip(tr("Join the selected cells into one"));
    connect(m_delete, &QAction::triggered, this, &EditTools::deleteSelection);
    connect(m_merge, &QAction::triggered, this, &EditTools::mergeSelection);
}

QAction* EditTools::addTool(const QString& text, const QString& shortcut, const QString& tip, CanvasTool* tool)
{
    auto* action = new QAction(text, this);
    action->setCheckable(true);
    action->setShortcut(QKeySequence(shortcut));
    action->setStatusTip(tip);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(u'&'), shortcut));
    m_group->addAction(action);
    connect(action, &QAction::toggled, this, [this, tool](bool on) {
        if (on)
            m_canvas->setTool(tool);
    });
    return action;
}

void EditTools::setEditingEnabled(bool enabled)
{
    m_group->setEnabled(enabled);
    m_delete->setEnabled(enabled);
    m_merge->setEnabled(enabled);
    m_clipboard->setEnabled(enabled);
}

QList<QAction*> EditTools::toolActions() const
{
    return m_group->actions();
}

QToolBar* EditTools::createToolBar(QWidget* parent) const
{
    auto* bar = new QToolBar(tr("Edit Tools"), parent);
    bar->setObjectName(QStringLiteral("editToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions(toolActions());
    bar->addSeparator();
    bar->addAction(m_merge);
    bar->addAction(m_delete);
    return bar;
}

bool EditTools::deleteSelection()
{
    if (m_canvas->tool() && m_canvas->tool()->deleteRequested())
        return true;
    const auto ids = m_selectTool->selectedIds();
    if (!ids)
        return false;
    if (ids->isEmpty())
        return m_selectTool->refuse(tr("Select the cells to delete first."));
    QString error;
    if (!m_documents->activeDocument()->deleteCells(*ids, &error))
        return m_selectTool->refuse(error);
    m_canvas->showStatus(tr("Deleted %n cell(s).", nullptr, int(ids->size())));
    return true;
}

bool EditTools::mergeSelection()
{
    const auto ids = m_selectTool->selectedIds();
    if (!ids)
        return false;
    if (ids->size() < 2)
        return m_selectTool->refuse(tr("Select two or more cells to merge (Shift+click adds a cell to the selection)."));
    QString error;
    Document* doc = m_documents->activeDocument();
    const auto merged = doc->mergeCells(*ids, &error);
    if (!merged)
        return m_selectTool->refuse(error);
    m_canvas->setSelectedCells({CellKey{m_documents->activeSet(), doc->store().annotationIndex(*merged)}});
    m_canvas->showStatus(tr("Merged %n cell(s) into cell %1.", nullptr, int(ids->size())).arg(*merged));
    return true;
}

} // namespace curator
