#include "model/imagefilterproxy.h"

#include "model/imagebrowsermodel.h"

namespace curator {

ImageFilterProxy::ImageFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ImageBrowserModel::SortRole);
    setDynamicSortFilter(true);
}

void ImageFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_browser = qobject_cast<const ImageBrowserModel*>(model);
    Q_ASSERT_X(m_browser || !model, "ImageFilterProxy", "the source must be an ImageBrowserModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void ImageFilterProxy::setHiddenSets(const QSet<int>& sets)
{
    if (sets == m_hiddenSets)
        return;
    m_hiddenSets = sets;
    invalidateRowsFilter();
}

void ImageFilterProxy::setHiddenCellTypes(const QSet<CellType>& types)
{
    if (types == m_hiddenTypes)
        return;
    m_hiddenTypes = types;
    invalidateRowsFilter();
}

void ImageFilterProxy::setWells(const QSet<QString>& wells)
{
    if (wells == m_wells)
        return;
    m_wells = wells;
    invalidateRowsFilter();
}

void ImageFilterProxy::setTimePoints(const QSet<int>& minutes)
{
    if (minutes == m_timePoints)
        return;
    m_timePoints = minutes;
    invalidateRowsFilter();
}

void ImageFilterProxy::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = text.split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ImageFilterProxy::clearFilters()
{
    m_hiddenSets.clear();
    m_hiddenTypes.clear();
    m_wells.clear();
    m_timePoints.clear();
    m_search.clear();
    m_words.clear();
    invalidateRowsFilter();
}

bool ImageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_browser || sourceParent.isValid())
        return false;
    const ImageBrowserModel::Row& row = m_browser->row(sourceRow);
    if (m_hiddenSets.contains(row.key.set) || m_hiddenTypes.contains(row.name.cellType))
        return false;
    if (!m_wells.isEmpty() && !m_wells.contains(row.name.well))
        return false;
    if (!m_timePoints.isEmpty() && !m_timePoints.contains(row.name.minutes))
        return false;
    for (const QString& word : m_words) {
        if (!row.fileName.contains(word, Qt::CaseInsensitive)
            && !m_browser->setLabel(row.key.set).contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace curator
