#include "widgets/celltabledock.h"

#include "model/celltablemodel.h"
#include "widgets/celloverlay.h"
#include "widgets/imagebrowserdock.h"
#include "widgets/tablecolumns.h"
#include "widgets/tablecopy.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace curator {

/** The cell table's rows that the display filters show, sortable. */
class ShownCellsProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(const QSet<CellType>& hiddenTypes, const QSet<int>& hiddenSets, const PredictionStyle& predictions)
    {
        m_hiddenTypes = hiddenTypes;
        m_hiddenSets = hiddenSets;
        m_predictions = predictions;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex&) const override
    {
        const auto* cells = static_cast<const CellTableModel*>(sourceModel());
        const CellKey cell = cells->cell(row);
        const Workspace& workspace = *cells->workspace();
        const AnnotationStore& store = workspace.set(cell.set).store;
        return CellOverlay::isShown(workspace.cellTypeOf(cell), cell.set, store.imageCount() == 0,
                                    store.score(cell.annotation), m_hiddenTypes, m_hiddenSets, m_predictions);
    }

    /**
     * Ids are numbered per annotation set (a model's predictions count from 1), so sorting by id keeps each
     * set's cells together, in the workspace's order of sets: the ground truth first, not behind the
     * predictions' low ids. Rows equal in another column follow the same order.
     */
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        if (left.column() != CellTableModel::IdColumn) {
            const QPartialOrdering order = QVariant::compare(left.data(sortRole()), right.data(sortRole()));
            if (order == QPartialOrdering::Less || order == QPartialOrdering::Greater)
                return order == QPartialOrdering::Less;
        }
        const auto* cells = static_cast<const CellTableModel*>(sourceModel());
        const CellKey a = cells->cell(left.row()), b = cells->cell(right.row());
        if (a.set != b.set)
            return a.set < b.set;
        const Workspace& workspace = *cells->workspace();
        return workspace.set(a.set).store.annotationId(a.annotation) < workspace.set(b.set).store.annotationId(b.annotation);
    }

private:
    QSet<CellType> m_hiddenTypes;
    QSet<int> m_hiddenSets;
    PredictionStyle m_predictions;
};

CellTableDock::CellTableDock(CellTableModel* model, QWidget* parent)
    : QDockWidget(tr("Cells"), parent)
    , m_model(model)
    , m_proxy(new ShownCellsProxy(this))
    , m_view(new QTableView)
    , m_count(new QLabel)
{
    setObjectName(QStringLiteral("cellTableDock"));
    m_columns = new TableColumns(m_view);
    new TableCopy(m_view);
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
    fitColumn(m_view, CellTableModel::MatchColumn, CellTableModel::matchWord(ReviewEvaluation::CellClass::Ignored));
    fitColumn(m_view, CellTableModel::MatchIouColumn, QStringLiteral("0.999"));
    // In a review, how a cell fared matters most after which set it is in: Match and IoU come next
    // (hidden until there are predictions; the user's own order, restored later, wins).
    QHeaderView* header = m_view->horizontalHeader();
    header->moveSection(header->visualIndex(CellTableModel::MatchColumn), header->visualIndex(CellTableModel::SetColumn) + 1);
    header->moveSection(header->visualIndex(CellTableModel::MatchIouColumn), header->visualIndex(CellTableModel::MatchColumn) + 1);

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_view, 1);
    m_count->setWordWrap(true);   // a long file name and the hidden count must not widen the dock
    layout->addWidget(m_count);
    setWidget(body);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (!m_syncing && current.isValid())
            emit cellActivated(m_model->cell(m_proxy->mapToSource(current).row()));
    });
    // Counted after the proxy has filtered: a reset of the cells, or a filter change, refreshes it.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CellTableDock::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CellTableDock::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CellTableDock::updateCountLabel);
    connect(model, &QAbstractItemModel::modelReset, this, &CellTableDock::updateColumns);
    // Each evaluation may bring or take the review's columns; the scores and sets only change with the cells.
    connect(model, &QAbstractItemModel::headerDataChanged, this, &CellTableDock::updateMatchColumns);
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
    m_columns->setAvailable(CellTableModel::ScoreColumn, scores);
    m_columns->setAvailable(CellTableModel::SetColumn, m_model->setCount() >= 2);
    updateMatchColumns();
}

void CellTableDock::updateMatchColumns()
{
    m_columns->setAvailable(CellTableModel::MatchColumn, m_model->hasMatches());
    m_columns->setAvailable(CellTableModel::MatchIouColumn, m_model->hasMatches());
}

void CellTableDock::setDisplayFilter(const QSet<CellType>& hiddenTypes, const QSet<int>& hiddenSets,
                                     const PredictionStyle& predictions)
{
    m_proxy->setFilter(hiddenTypes, hiddenSets, predictions);
    updateCountLabel();
}

void CellTableDock::updateCountLabel()
{
    if (m_model->image().isEmpty()) {
        m_count->clear();
        return;
    }
    QString text = tr("%n cell(s) on %1", nullptr, m_proxy->rowCount()).arg(m_model->image());
    if (const int hidden = m_model->rowCount() - m_proxy->rowCount(); hidden > 0)
        text += QLatin1Char(' ') + tr("(%n more hidden by the display filters)", nullptr, hidden);
    m_count->setText(text);
}

QByteArray CellTableDock::saveHeaderState() const
{
    return m_columns->saveState();
}

void CellTableDock::restoreHeaderState(const QByteArray& state)
{
    m_columns->restoreState(state);
}

} // namespace curator
