#pragma once
// Columns of a table the user chooses: right-click the header for a check box per column (and Show All
// Columns), drag a header to reorder. Kept apart from the columns the data has nothing for.

#include <QList>
#include <QObject>
#include <QSet>

class QMenu;
class QTableView;

namespace curator {

/**
 * The user's choice of columns for one table view. A column is shown when the data offers it
 * (setAvailable(); a score column without scores does not) and the user has not hidden it; the
 * menu lists only the columns the data offers, and the first column (the row's name) cannot be hidden,
 * so a table never loses all of them. Order and widths live in the header, which saveState() keeps
 * together with the user's hidden columns.
 */
class TableColumns : public QObject
{
    Q_OBJECT

public:
    /** Installs the header's context menu and makes its sections movable. @p view owns this object. */
    explicit TableColumns(QTableView* view);

    void setAvailable(int column, bool available);
    bool isAvailable(int column) const { return !m_unavailable.contains(column); }
    void setHiddenByUser(int column, bool hidden);
    bool isHiddenByUser(int column) const { return m_hiddenByUser.contains(column); }
    void showAll();

    /** The header's order and widths and the user's hidden columns, for QSettings. */
    QByteArray saveState() const;
    /** Restores saveState()'s output; a bare header state (saved before columns could be hidden) restores the header alone. */
    void restoreState(const QByteArray& state);

    /** The header's context menu as it would open now (caller owns it). */
    QMenu* createMenu(QWidget* parent);

signals:
    /** Columns were hidden or shown (by the user or the data). */
    void columnsChanged();

private:
    void apply();

    QTableView* m_view;
    QSet<int> m_unavailable;
    QSet<int> m_hiddenByUser;
};

} // namespace curator
