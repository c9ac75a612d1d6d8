#include "widgets/tablecopy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>

#include <algorithm>

namespace curator {

namespace {

/** A cell's text as one tab-separated field: tabs and line breaks would start another. */
QString field(const QVariant& value)
{
    QString text = value.toString();
    for (QChar& c : text)
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    return text;
}

} // namespace

TableCopy::TableCopy(QTableView* view)
    : QObject(view)
    , m_view(view)
{
    auto* copy = new QAction(tr("Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        if (const QString t = selectedRowsText(); !t.isEmpty())
            QApplication::clipboard()->setText(t);
    });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu* menu = createMenu(m_view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
}

QString TableCopy::text(const QList<int>& rows) const
{
    const QAbstractItemModel* model = m_view->model();
    const QHeaderView* header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        if (!header->isSectionHidden(c))
            columns.append(c);
    }
    QStringList lines;
    QStringList names;
    for (int c : columns)
        names.append(field(model->headerData(c, Qt::Horizontal, Qt::DisplayRole)));
    lines.append(names.join(u'\t'));
    for (int r : rows) {
        QStringList cells;
        for (int c : columns)
            cells.append(field(model->index(r, c).data(Qt::DisplayRole)));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

QString TableCopy::selectedRowsText() const
{
    // Whole rows, also where single cells are selected (tables that select items, not rows).
    QList<int> rows;
    if (const QItemSelectionModel* selection = m_view->selectionModel())
        for (const QModelIndex& i : selection->selectedIndexes())
            rows.append(i.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return text(rows);
}

QString TableCopy::tableText() const
{
    QList<int> rows;
    for (int r = 0; r < m_view->model()->rowCount(); ++r)
        rows.append(r);
    return text(rows);
}

QMenu* TableCopy::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    QAction* copy = menu->addAction(tr("Copy"), this, [this] { QApplication::clipboard()->setText(selectedRowsText()); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(!selectedRowsText().isEmpty());
    menu->addAction(tr("Copy Table"), this, [this] { QApplication::clipboard()->setText(tableText()); })
        ->setEnabled(m_view->model()->rowCount() > 0);
    return menu;
}

} // namespace curator
