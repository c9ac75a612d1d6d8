#pragma once
// Copying from a table as tab-separated text, which spreadsheets paste into columns: the per-image
// metrics of the browser, a cell's row, the per-type summary.

#include <QObject>
#include <QString>

class QMenu;
class QTableView;

namespace curator {

/**
 * Copy for one table view: Ctrl+C (while the table has focus) and Copy in the view's context menu
 * copy the selected rows (every row with a selected cell), Copy Table every row the view lists (as filtered and sorted). A header line
 * comes first; columns as shown (hidden ones left out, in the header's order), cells as displayed.
 * @p view owns this object.
 */
class TableCopy : public QObject
{
    Q_OBJECT

public:
    explicit TableCopy(QTableView* view);

    /** The rows holding a selected cell (the current row when none is) with the header line; empty without rows. */
    QString selectedRowsText() const;
    /** Every row the view lists, with the header line. */
    QString tableText() const;
    /** The view's context menu as it would open now (caller owns it). */
    QMenu* createMenu(QWidget* parent);

private:
    QString text(const QList<int>& rows) const;

    QTableView* m_view;
};

} // namespace curator
