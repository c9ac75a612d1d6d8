#pragma once

#include <QSortFilterProxyModel>

namespace curator {

/**
 * Sorts QcFindingsModel by its SortRole and hides what the findings dock should not show: check
 * groups without (visible) findings and, unless showDismissed(), dismissed findings.
 */
class QcFindingsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit QcFindingsFilter(QObject* parent = nullptr);

    bool showDismissed() const { return m_showDismissed; }
    void setShowDismissed(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_showDismissed = false;
};

} // namespace curator
