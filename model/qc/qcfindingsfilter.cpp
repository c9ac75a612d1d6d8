#include "model/qc/qcfindingsfilter.h"

#include "model/qc/qcfindingsmodel.h"

namespace curator {

QcFindingsFilter::QcFindingsFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(QcFindingsModel::SortRole);
    setDynamicSortFilter(true);
}

void QcFindingsFilter::setShowDismissed(bool show)
{
    if (show == m_showDismissed)
        return;
    m_showDismissed = show;
    invalidateRowsFilter();
}

bool QcFindingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (sourceParent.isValid())
        return m_showDismissed || !index.data(QcFindingsModel::DismissedRole).toBool();
    const int children = sourceModel()->rowCount(index);
    if (m_showDismissed)
        return children > 0;
    for (int r = 0; r < children; ++r) {
        if (!sourceModel()->index(r, 0, index).data(QcFindingsModel::DismissedRole).toBool())
            return true;
    }
    return false;
}

} // namespace curator
