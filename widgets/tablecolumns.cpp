#include "widgets/tablecolumns.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QMenu>
#include <QTableView>

#include <algorithm>

namespace curator {

namespace {

// Marks saveState()'s format; a bare QHeaderView state starts with its own, different magic.
constexpr quint32 kMagic = 0x4c435443;   // "LCTC"
constexpr quint32 kVersion = 1;

} // namespace

TableColumns::TableColumns(QTableView* view)
    : QObject(view)
    , m_view(view)
{
    QHeaderView* header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint& pos) {
        QMenu* menu = createMenu(header);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->mapToGlobal(pos));
    });
}

void TableColumns::setAvailable(int column, bool available)
{
    if (available)
        m_unavailable.remove(column);
    else
        m_unavailable.insert(column);
    apply();
}

void TableColumns::setHiddenByUser(int column, bool hidden)
{
    if (column == 0)
        return;
    if (hidden)
        m_hiddenByUser.insert(column);
    else
        m_hiddenByUser.remove(column);
    apply();
}

void TableColumns::showAll()
{
    m_hiddenByUser.clear();
    apply();
}

void TableColumns::apply()
{
    const int count = m_view->model() ? m_view->model()->columnCount() : 0;
    bool changed = false;
    for (int c = 0; c < count; ++c) {
        const bool hidden = m_unavailable.contains(c) || m_hiddenByUser.contains(c);
        if (m_view->isColumnHidden(c) != hidden) {
            m_view->setColumnHidden(c, hidden);
            changed = true;
        }
    }
    if (changed)
        emit columnsChanged();
}

QByteArray TableColumns::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    QList<int> hidden = m_hiddenByUser.values();
    std::sort(hidden.begin(), hidden.end());
    out << kMagic << kVersion << m_view->horizontalHeader()->saveState() << hidden;
    return state;
}

void TableColumns::restoreState(const QByteArray& state)
{
    if (state.isEmpty())
        return;
    QDataStream in(state);
    quint32 magic = 0, version = 0;
    in >> magic >> version;
    QByteArray header = state;
    QList<int> hidden;
    if (magic == kMagic && version == kVersion) {
        in >> header >> hidden;
        if (in.status() != QDataStream::Ok)
            return;
    }
    m_view->horizontalHeader()->restoreState(header);
    m_hiddenByUser.clear();
    const int count = m_view->model() ? m_view->model()->columnCount() : 0;
    for (int c : hidden)
        if (c > 0 && c < count)
            m_hiddenByUser.insert(c);
    // The header's state carries the hidden flags of its day, the data's among them: ours decide.
    apply();
}

QMenu* TableColumns::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    const QHeaderView* header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (m_unavailable.contains(column))
            continue;
        const QString name = m_view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        QAction* action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(!m_hiddenByUser.contains(column));
        action->setEnabled(column != 0);
        action->setData(column);
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setHiddenByUser(column, !shown); });
    }
    menu->addSeparator();
    QAction* all = menu->addAction(tr("Show All Columns"));
    all->setEnabled(!m_hiddenByUser.isEmpty());
    connect(all, &QAction::triggered, this, &TableColumns::showAll);
    return menu;
}

} // namespace curator
