#include "model/commands/commandids.h"

namespace curator {

QString commandKindName(CommandKind kind)
{
    switch (kind) {
    case CommandKind::MoveCells: return QStringLiteral("MoveCells");
    case CommandKind::MovePolygonVertex: return QStringLiteral("MovePolygonVertex");
    case CommandKind::InsertPolygonVertex: return QStringLiteral("InsertPolygonVertex");
    case CommandKind::DeletePolygonVertex: return QStringLiteral("DeletePolygonVertex");
    case CommandKind::AddCell: return QStringLiteral("AddCell");
    case CommandKind::DeleteCells: return QStringLiteral("DeleteCells");
    case CommandKind::MergeCells: return QStringLiteral("MergeCells");
    case CommandKind::SplitCell: return QStringLiteral("SplitCell");
    case CommandKind::AcceptPrediction: return QStringLiteral("AcceptPrediction");
    case CommandKind::PasteCells: return QStringLiteral("PasteCells");
    case CommandKind::SetCellFlag: return QStringLiteral("SetCellFlag");
    case CommandKind::SetImageReview: return QStringLiteral("SetImageReview");
    }
    return QStringLiteral("Unknown");
}

} // namespace curator
