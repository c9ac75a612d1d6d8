#include "widgets/celltabledock.h"

#include "model/celltablemodel.h"
#include "widgets/imagebrowserdock.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace curator {

CellTableDock::CellTableDock(CellTableModel* model, QWidget* parent)
    : QDockWidget(tr("Cells"), parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_count(new QLabel)
{
    setObjectName(QStringLiteral("cellTableDock"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(CellTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CellTableModel::IdColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    fitColumn(m_view, CellTableModel::IdColumn, QStringLiteral("1234567"));
    // Wide enough for "train" and "val", and for "results…" of a predictions set ("results <name>"),
    // so that predictions stand apart from ground truth; the tooltip has the whole name.
    fitColumn(m_view, CellTableModel::SetColumn,
              QCoreApplication::translate("SetInfo", "results %1").arg(QString()).trimmed() + QChar(0x2026));
    fitColumn(m_view, CellTableModel::AreaColumn, QLocale().toString(1234.5, 'f', 1));
    fitColumn(m_view, CellTableModel::VerticesColumn, QStringLiteral("99"));
    fitColumn(m_view, CellTableModel::BBoxColumn, QStringLiteral("000,000 00×00"));
    fitColumn(m_view, CellTableModel::ScoreColumn, QStringLiteral("0.999"));

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    setWidget(body);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (!m_syncing && current.isValid())
            emit cellActivated(m_model->cell(m_proxy->mapToSource(current).row()));
    });
    connect(model, &QAbstractItemModel::modelReset, this, &CellTableDock::updateCountLabel);
    connect(model, &QAbstractItemModel::modelReset, this, &CellTableDock::updateColumns);
    updateCountLabel();
    updateColumns();
}

void CellTableDock::setCurrentCell(CellKey cell)
{
    m_syncing = true;
    const int row = cell.isValid() ? m_model->rowOf(cell) : -1;
    if (row < 0) {
        m_view->selectionModel()->clear();
    } else {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    m_syncing = false;
}

CellKey CellTableDock::currentCell() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current))
        return {};
    return m_model->cell(m_proxy->mapToSource(current).row());
}

void CellTableDock::updateColumns()
{
    // Set and score only tell something when several sets, or a results file, are open.
    bool scores = false;
    for (int r = 0; r < m_model->rowCount() && !scores; ++r)
        scores = m_model->data(m_model->index(r, CellTableModel::ScoreColumn)).isValid();
    m_view->setColumnHidden(CellTableModel::ScoreColumn, !scores);
    m_view->setColumnHidden(CellTableModel::SetColumn, m_model->setCount() < 2);
}

void CellTableDock::updateCountLabel()
{
    m_count->setText(m_model->image().isEmpty() ? QString()
                                                : tr("%n cell(s) on %1", nullptr, m_model->rowCount()).arg(m_model->image()));
}

QByteArray CellTableDock::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void CellTableDock::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

} // namespace curator
