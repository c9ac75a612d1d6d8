#include "model/review/celltypesummarymodel.h"

#include "model/review/reviewevaluation.h"

#include <QFont>
#include <QLocale>

namespace curator {

CellTypeSummaryModel::CellTypeSummaryModel(const ReviewEvaluation* review, QObject* parent)
    : QAbstractTableModel(parent)
    , m_review(review)
{
    auto refresh = [this] {
        beginResetModel();
        const EvalResult* r = m_review->result();
        m_rows = r ? int(r->cellTypes.size()) + 1 : 0;
        endResetModel();
    };
    connect(review, &ReviewEvaluation::evaluated, this, refresh);
    refresh();
}

int CellTypeSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CellTypeSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CellTypeSummaryModel::rawValue(int row, int column) const
{
    const EvalResult& r = *m_review->result();
    const bool all = row == int(r.cellTypes.size());
    const EvalSummary& summary = all ? r.summary : r.cellTypes[std::size_t(row)].summary;
    switch (Column(column)) {
    case CellTypeColumn: return all ? tr("All") : cellTypeName(r.cellTypes[std::size_t(row)].cellType);
    case ImagesColumn: return all ? int(r.images.size()) : r.cellTypes[std::size_t(row)].images;
    case GroundTruthColumn: return all ? r.groundTruthCount : r.cellTypes[std::size_t(row)].groundTruth;
    case PredictionsColumn: return all ? r.predictionCount : r.cellTypes[std::size_t(row)].predictions;
    case ApColumn: return summary.value(u"AP");
    case Ap50Column: return summary.value(u"AP50");
    case Ap75Column: return summary.value(u"AP75");
    case ColumnCount: break;
    }
    return {};
}

QVariant CellTypeSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_review->result())
        return {};
    const QVariant v = rawValue(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() >= ApColumn && index.column() <= Ap75Column) {
            const double d = v.toDouble();
            return d < 0 || qIsNaN(d) ? QStringLiteral("–") : QLocale().toString(d, 'f', 3);
        }
        return index.column() == CellTypeColumn ? v : QVariant(QLocale().toString(v.toInt()));
    case SortRole: return v;
    case CellTypeRole: {
        const auto& types = m_review->result()->cellTypes;
        return index.row() < int(types.size()) ? QVariant(int(types[std::size_t(index.row())].cellType)) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return index.column() == CellTypeColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (index.row() == m_rows - 1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default: return {};
    }
}

QVariant CellTypeSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // Short headers keep the seven columns inside a dock; the tooltips say what they count.
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case CellTypeColumn: return tip ? tr("Cell type of the images (All: every evaluated image)") : tr("Type");
    case ImagesColumn: return tip ? tr("Images evaluated") : tr("Img");
    case GroundTruthColumn: return tip ? tr("Ground-truth cells") : tr("GT");
    case PredictionsColumn: return tip ? tr("Predicted cells, all of them, as AP ranks them (whatever the score threshold)") : tr("Pred");
    case ApColumn: return tip ? tr("Mask AP, IoU 0.50:0.95 (LIVECell protocol)") : tr("AP");
    case Ap50Column: return tip ? tr("Mask AP at IoU 0.50") : tr("AP50");
    case Ap75Column: return tip ? tr("Mask AP at IoU 0.75") : tr("AP75");
    case ColumnCount: break;
    }
    return {};
}

} // namespace curator
