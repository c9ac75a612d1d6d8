#include "widgets/tools/cellclipboardactions.h"

#include "model/document.h"
#include "model/io/cellclipboard.h"
#include "widgets/imagecanvas.h"
#include "widgets/tools/canvastool.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>

#include <new>

namespace curator {

CellClipboardActions::CellClipboardActions(ImageCanvas* canvas, CanvasTool* tool, QObject* parent)
    : QObject(parent)
    , m_canvas(canvas)
    , m_tool(tool)
    , m_selectAll(new QAction(tr("Select A&ll Cells"), this))
    , m_copy(new QAction(tr("&Copy Cells"), this))
    , m_paste(new QAction(tr("Past&e Cells"), this))
{
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    m_selectAll->setStatusTip(tr("Select every cell of the active annotation set shown on this image"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setStatusTip(tr("Copy the selected cells to the clipboard (as COCO annotation JSON)"));
    m_paste->setShortcut(QKeySequence::Paste);
    m_paste->setStatusTip(tr("Add the cells on the clipboard to this image, where they were drawn"));
    for (QAction* action : {m_selectAll, m_copy, m_paste}) {
        // Only while the canvas has the focus: the tables copy their rows and the text fields their text.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        canvas->addAction(action);
    }
    connect(m_selectAll, &QAction::triggered, this, &CellClipboardActions::selectAll);
    connect(m_copy, &QAction::triggered, this, &CellClipboardActions::copySelection);
    connect(m_paste, &QAction::triggered, this, &CellClipboardActions::paste);
}

void CellClipboardActions::setEnabled(bool enabled)
{
    for (QAction* action : {m_selectAll, m_copy, m_paste})
        action->setEnabled(enabled);
}

bool CellClipboardActions::selectAll()
{
    const int set = m_tool->activeSet();
    QList<CellKey> cells;
    const CellOverlay& overlay = m_canvas->overlay();
    for (int i = 0; i < overlay.count(); ++i) {
        if (overlay.cell(i).set == set)
            cells.append(overlay.cell(i));
    }
    if (cells.isEmpty())
        return m_tool->refuse(tr("No cell of the active annotation set is shown on this image."));
    m_canvas->setSelectedCells(cells);
    m_canvas->showStatus(tr("Selected %n cell(s).", nullptr, int(cells.size())));
    return true;
}

bool CellClipboardActions::copySelection()
{
    const QList<CellKey>& selected = m_canvas->selectedCells();
    if (selected.isEmpty())
        return m_tool->refuse(tr("Select the cells to copy first."));
    int copied = 0;
    QByteArray json;
    try {
        std::vector<StoredCell> cells;
        for (const CellKey& cell : selected)
            cells.push_back({&m_canvas->workspace()->set(cell.set).store, cell.annotation});
        json = cellsToJson(cells, &copied);
    } catch (const std::bad_alloc&) {
        return m_tool->refuse(tr("Not enough memory to copy %n cell(s).", nullptr, int(selected.size())));
    }
    if (copied == 0)
        return m_tool->refuse(tr("The selected cells have no outline to copy."));
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(kCellsMimeType), json);
    data->setText(QString::fromUtf8(json));
    QApplication::clipboard()->setMimeData(data);
    m_canvas->showStatus(tr("Copied %n cell(s).", nullptr, copied));
    return true;
}

bool CellClipboardActions::paste()
{
    const std::optional<int> image = m_tool->editableImage();
    if (!image)
        return false;
    const QMimeData* data = QApplication::clipboard()->mimeData();
    QByteArray json;
    if (data && data->hasFormat(QString::fromLatin1(kCellsMimeType)))
        json = data->data(QString::fromLatin1(kCellsMimeType));
    else if (data && data->hasText())
        json = data->text().toUtf8();
    if (json.trimmed().isEmpty())
        return m_tool->refuse(tr("The clipboard holds no cells: copy cells first (Edit ▸ Copy Cells)."));
    QString error;
    const auto cells = cellsFromJson(json, tr("the clipboard"), &error);
    if (!cells)
        return m_tool->refuse(error);
    Document* doc = m_tool->document();
    QStringList skipped;
    const QList<qint64> ids = doc->pasteCells(*image, *cells, &error, &skipped);
    if (ids.isEmpty())
        return m_tool->refuse(error);
    QList<CellKey> keys;
    for (qint64 id : ids)
        keys.append({m_tool->activeSet(), doc->store().annotationIndex(id)});
    m_canvas->setSelectedCells(keys);
    QString message = tr("Pasted %n cell(s).", nullptr, int(ids.size()));
    if (!skipped.isEmpty()) {
        QString first = skipped.first();
        if (first.endsWith(u'.'))
            first.chop(1);   // the sentence ends after the parenthesis
        message += u' ' + tr("%n left out (%1).", nullptr, int(skipped.size())).arg(first);
    }
    m_canvas->showStatus(message);
    return true;
}

} // namespace curator
