#pragma once

#include <QAbstractTableModel>

namespace curator {

class ReviewEvaluation;
struct EvalSummary;

/**
 * The review's per-cell-type summary: one row per cell type the evaluator summarised
 * (EvalResult::cellTypes, LIVECell's order) and a last "All" row with the overall numbers.
 * DisplayRole is formatted text, SortRole the raw value (-1 where COCOeval has no value).
 */
class CellTypeSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CellTypeColumn, ApColumn, Ap50Column, Ap75Column, ImagesColumn, GroundTruthColumn,
                  PredictionsColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        CellTypeRole,   ///< int(CellType) of a cell type's row; invalid on the "All" row
    };

    explicit CellTypeSummaryModel(const ReviewEvaluation* review, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(int row, int column) const;

    const ReviewEvaluation* m_review;
    int m_rows = 0;
};

} // namespace curator
