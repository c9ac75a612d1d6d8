#include "widgets/imagebrowserdock.h"

#include "model/imagebrowsermodel.h"
#include "model/imagefilterproxy.h"
#include "model/livecellname.h"
#include "widgets/tablecolumns.h"
#include "widgets/tablecopy.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace curator {

namespace {

/**
 * Shows LIVECell file names without the cell type and "_Phase_" (the Cell type column beside it
 * carries them), so that images of one type stay distinguishable in a narrow dock; the tooltip and
 * the status bar keep the whole name.
 */
class CompactNameDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant& value, const QLocale& locale) const override
    {
        return value.typeId() == QMetaType::QString ? LivecellName::compactName(value.toString())
                                                    : QStyledItemDelegate::displayText(value, locale);
    }
};

} // namespace

void fitColumn(QTableView* view, int column, const QString& sample)
{
    const QFontMetrics metrics = view->fontMetrics();
    const QString header = view->model()->headerData(column, Qt::Horizontal).toString();
    // Room for the sort arrow beside the header text, and for the cell margins.
    view->setColumnWidth(column, std::max(metrics.horizontalAdvance(header) + 22, metrics.horizontalAdvance(sample) + 12));
}

ImageBrowserDock::ImageBrowserDock(ImageBrowserModel* model, QWidget* parent)
    : QDockWidget(tr("Images"), parent)
    , m_model(model)
    , m_proxy(new ImageFilterProxy(this))
    , m_view(new QTableView)
    , m_count(new QLabel)
{
    setObjectName(QStringLiteral("imageBrowserDock"));
    m_proxy->setSourceModel(model);
    configureView();

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    setWidget(body);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                emit currentRowChanged(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
            });
    connect(model, &QAbstractItemModel::modelReset, this, &ImageBrowserDock::refillFacets);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ImageBrowserDock::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ImageBrowserDock::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ImageBrowserDock::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ImageBrowserDock::updateCountLabel);
    refillFacets();
}

void ImageBrowserDock::configureView()
{
    m_view->setModel(m_proxy);
    m_columns = new TableColumns(m_view);
    // The review columns stay out of the way (and out of the column menu) until there are predictions.
    const auto updateReviewColumns = [this] {
        for (int c = ImageBrowserModel::ApColumn; c < ImageBrowserModel::ColumnCount; ++c)
            m_columns->setAvailable(c, m_model->hasPredictions());
    };
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, updateReviewColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateReviewColumns);
    updateReviewColumns();
    new TableCopy(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImageBrowserModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setItemDelegateForColumn(ImageBrowserModel::NameColumn, new CompactNameDelegate(m_view));
    fitColumn(m_view, ImageBrowserModel::NameColumn, QStringLiteral("H12_4_03d20h00m_4"));
    fitColumn(m_view, ImageBrowserModel::CellTypeColumn, QStringLiteral("SHSY5Y"));
    fitColumn(m_view, ImageBrowserModel::SetColumn, QStringLiteral("train"));
    fitColumn(m_view, ImageBrowserModel::WellColumn, QStringLiteral("H12"));
    fitColumn(m_view, ImageBrowserModel::TimeColumn, formatTimePoint((3 * 24 + 20) * 60));
    fitColumn(m_view, ImageBrowserModel::CellsColumn, QLocale().toString(2888));
}

QWidget* ImageBrowserDock::createFilterBar()
{
    auto* bar = new QWidget;
    auto* grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(4);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search file names…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Shows images whose file name or set contains every word typed here."));
    m_setFacet = new QComboBox;
    m_typeFacet = new QComboBox;
    m_wellFacet = new QComboBox;
    m_timeFacet = new QComboBox;
    m_setFacet->setToolTip(tr("Annotation set or split"));
    m_typeFacet->setToolTip(tr("Cell type"));
    m_wellFacet->setToolTip(tr("Well of the 96-well plate"));
    m_timeFacet->setToolTip(tr("Time point since the start of imaging"));
    grid->addWidget(m_search, 0, 0, 1, 2);
    grid->addWidget(m_setFacet, 1, 0);
    grid->addWidget(m_typeFacet, 1, 1);
    grid->addWidget(m_wellFacet, 2, 0);
    grid->addWidget(m_timeFacet, 2, 1);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ImageFilterProxy::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &ImageBrowserDock::updateCountLabel);
    for (QComboBox* box : {m_setFacet, m_typeFacet, m_wellFacet, m_timeFacet}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
        connect(box, &QComboBox::currentIndexChanged, this, &ImageBrowserDock::applyFacets);
    }
    return bar;
}

void ImageBrowserDock::refillFacets()
{
    std::set<int> sets;
    std::set<CellType> types;
    std::set<std::pair<int, QString>> wells;   // plate order
    std::set<int> times;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const ImageBrowserModel::Row& row = m_model->row(r);
        sets.insert(row.key.set);
        types.insert(row.name.cellType);
        if (!row.name.well.isEmpty())
            wells.insert({(row.name.well.at(0).unicode() - 'A') * 1000 + QStringView(row.name.well).mid(1).toInt(), row.name.well});
        if (row.name.minutes >= 0)
            times.insert(row.name.minutes);
    }
    const QSignalBlocker b1(m_setFacet), b2(m_typeFacet), b3(m_wellFacet), b4(m_timeFacet);
    m_setFacet->clear();
    m_setFacet->addItem(tr("All sets"), QVariant());
    for (int s : sets)
        m_setFacet->addItem(m_model->setLabel(s), s);
    m_typeFacet->clear();
    m_typeFacet->addItem(tr("All cell types"), QVariant());
    for (CellType t : types)
        m_typeFacet->addItem(t == CellType::Unknown ? tr("Unknown type") : cellTypeName(t), int(t));
    m_wellFacet->clear();
    m_wellFacet->addItem(tr("All wells"), QVariant());
    for (const auto& w : wells)
        m_wellFacet->addItem(w.second, w.second);
    m_timeFacet->clear();
    m_timeFacet->addItem(tr("All time points"), QVariant());
    for (int t : times)
        m_timeFacet->addItem(formatTimePoint(t), t);
    m_proxy->clearFilters();
    m_proxy->setSearchText(m_search->text());
    updateCountLabel();
}

void ImageBrowserDock::applyFacets()
{
    QSet<int> hiddenSets;
    if (const QVariant v = m_setFacet->currentData(); v.isValid()) {
        for (int i = 1; i < m_setFacet->count(); ++i) {
            if (m_setFacet->itemData(i) != v)
                hiddenSets.insert(m_setFacet->itemData(i).toInt());
        }
    }
    m_proxy->setHiddenSets(hiddenSets);
    QSet<CellType> hiddenTypes;
    if (const QVariant v = m_typeFacet->currentData(); v.isValid()) {
        for (int t = 0; t < kCellTypeCount; ++t) {
            if (t != v.toInt())
                hiddenTypes.insert(CellType(t));
        }
    }
    m_proxy->setHiddenCellTypes(hiddenTypes);
    const QVariant well = m_wellFacet->currentData();
    m_proxy->setWells(well.isValid() ? QSet<QString>{well.toString()} : QSet<QString>{});
    const QVariant time = m_timeFacet->currentData();
    m_proxy->setTimePoints(time.isValid() ? QSet<int>{time.toInt()} : QSet<int>{});
    updateCountLabel();
}

void ImageBrowserDock::setCellTypeFilter(const QVariant& type)
{
    const int i = type.isValid() ? m_typeFacet->findData(type.toInt()) : 0;
    if (i >= 0)
        m_typeFacet->setCurrentIndex(i);   // applyFacets() follows
}

void ImageBrowserDock::updateCountLabel()
{
    m_count->setText(tr("%1 of %n image(s)", nullptr, m_model->rowCount()).arg(QLocale().toString(m_proxy->rowCount())));
}

int ImageBrowserDock::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void ImageBrowserDock::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // The target is filtered out (e.g. a time point of another set): show everything.
        const QSignalBlocker b1(m_setFacet), b2(m_typeFacet), b3(m_wellFacet), b4(m_timeFacet), b5(m_search);
        for (QComboBox* box : {m_setFacet, m_typeFacet, m_wellFacet, m_timeFacet})
            box->setCurrentIndex(0);
        m_search->clear();
        m_proxy->clearFilters();
        updateCountLabel();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool ImageBrowserDock::step(int direction)
{
    const QModelIndex current = m_view->currentIndex();
    const int next = current.isValid() ? current.row() + direction : 0;
    if (next < 0 || next >= m_proxy->rowCount())
        return false;
    const QModelIndex index = m_proxy->index(next, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

int ImageBrowserDock::firstAnnotatedRow() const
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const int source = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        if (m_model->row(source).cells > 0)
            return source;
    }
    return -1;
}

QByteArray ImageBrowserDock::saveHeaderState() const
{
    return m_columns->saveState();
}

void ImageBrowserDock::restoreHeaderState(const QByteArray& state)
{
    m_columns->restoreState(state);
}

} // namespace curator
