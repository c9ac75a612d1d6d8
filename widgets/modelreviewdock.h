#pragma once

#include "model/workspace.h"

#include <QDockWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace curator {

class CellTypeSummaryModel;
class PredictionReview;
class TableColumns;

/**
 * "Model Review": which predictions are compared with which ground truth, the IoU that decides a
 * match, the per-cell-type summary (AP, AP50, AP75 as the evaluator computes them, sortable) and
 * what the selected cell's best match is.
 */
class ModelReviewDock : public QDockWidget
{
    Q_OBJECT

public:
    ModelReviewDock(PredictionReview* review, QWidget* parent = nullptr);

    QTableView* summaryView() const { return m_summary; }
    CellTypeSummaryModel* summaryModel() const { return m_model; }
    /** Shows @p cell's class and best match (invalid: none selected). */
    void showCell(CellKey cell);
    /** The text shown for the selected cell. */
    QString cellText() const;
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* deleteButton() const { return m_delete; }
    /**
     * The buttons' menu actions with their keys (A, Delete): enabled like the buttons, but only
     * while setKeysActive(true), so that Delete stays the editing tools' key on the annotation page.
     */
    QAction* acceptAction() const { return m_acceptAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    void setKeysActive(bool active);
    /** The summary table's columns: order, widths and those the user hid. */
    TableColumns* summaryColumns() const { return m_summaryColumns; }
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    /** "Accept prediction into ground truth" for the shown prediction. */
    void acceptRequested(curator::CellKey prediction);
    /** "Delete GT cell" for the shown ground-truth cell. */
    void deleteRequested(curator::CellKey cell);
    /** A row of the per-type summary was activated: its int(CellType), invalid for "All". */
    void cellTypeActivated(const QVariant& type);

private:
    void updateSource();
    void updateInSampleNote();
    /**
     * Widens the summary table (and so the dock) to show every column of the per-cell-type table; once
     * the table empties (the predictions went), the dock goes back to the width it had before.
     */
    void fitSummaryWidth();
    void giveBackHiddenWidth();
    /** Resizes the docked dock to @p width once its layout has taken in a new minimum. */
    void resizeDockLater(int width);

    PredictionReview* m_review;
    CellTypeSummaryModel* m_model;
    QLabel* m_source;
    QLabel* m_inSample;   ///< warns when the model is scored on images it learnt from
    QComboBox* m_iou;
    QTableView* m_summary;
    TableColumns* m_summaryColumns = nullptr;
    QLabel* m_cell;
    QPushButton* m_accept;
    QPushButton* m_delete;
    QAction* m_acceptAction;
    QAction* m_deleteAction;
    bool m_keysActive = false;
    CellKey m_shown;
    int m_dockWidth = 0;     ///< the width resizeDockLater() gives the dock once its layout is updated
    int m_narrowWidth = 0;   ///< the dock's width before the table widened it; 0 while the table is empty
};

} // namespace curator
