#pragma once

#include "model/workspace.h"
#include "widgets/predictionstyle.h"

#include <QDockWidget>

class QLabel;
class QTableView;

namespace curator {

class CellTableModel;
class ShownCellsProxy;
class TableColumns;

/**
 * The cells of the current image in a sortable table (id, set, area, vertices, bounding box, score,
 * flags). Choosing a row reports the cell so that the canvas selects and centres it; the canvas's
 * selection is mirrored back with setCurrentCell(). It lists the cells the display filters show,
 * as the canvas draws them, and counts the others.
 */
class CellTableDock : public QDockWidget
{
    Q_OBJECT

public:
    CellTableDock(CellTableModel* model, QWidget* parent = nullptr);

    CellTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    TableColumns* columns() const { return m_columns; }
    /** Selects and reveals @p cell without emitting cellActivated(); invalid clears the selection. */
    void setCurrentCell(CellKey cell);
    CellKey currentCell() const;
    /** Lists only the cells these display filters show (CellOverlay::isShown); the count names the rest. */
    void setDisplayFilter(const QSet<CellType>& hiddenTypes, const QSet<int>& hiddenSets, const PredictionStyle& predictions);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    /** The user chose @p cell in the table. */
    void cellActivated(curator::CellKey cell);

private:
    void updateCountLabel();
    void updateColumns();
    void updateMatchColumns();

    CellTableModel* m_model;
    ShownCellsProxy* m_proxy;
    QTableView* m_view;
    QLabel* m_count;
    TableColumns* m_columns = nullptr;
    bool m_syncing = false;
};

} // namespace curator
