#pragma once

#include "model/workspace.h"

#include <QDockWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace curator {

class CellTableModel;

/**
 * The cells of the current image in a sortable table (id, set, area, vertices, bounding box, score,
 * flags). Choosing a row reports the cell so that the canvas selects and centres it; the canvas's
 * selection is mirrored back with setCurrentCell().
 */
class CellTableDock : public QDockWidget
{
    Q_OBJECT

public:
    CellTableDock(CellTableModel* model, QWidget* parent = nullptr);

    CellTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /** Selects and reveals @p cell without emitting cellActivated(); invalid clears the selection. */
    void setCurrentCell(CellKey cell);
    CellKey currentCell() const;

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    /** The user chose @p cell in the table. */
    void cellActivated(curator::CellKey cell);

private:
    void updateCountLabel();
    void updateColumns();

    CellTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_count;
    bool m_syncing = false;
};

} // namespace curator
