#include "model/annotationset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace curator {

QString splitName(Split split)
{
    switch (split) {
    case Split::Train: return QStringLiteral("train");
    case Split::Val: return QStringLiteral("val");
    case Split::Test: return QStringLiteral("test");
    case Split::Unknown: break;
    }
    return {};
}

SetInfo SetInfo::classify(const QString& path)
{
    SetInfo info;
    info.path = path;
    const QString normalized = QString(path).replace(u'\\', u'/');
    const QString base = QFileInfo(normalized).completeBaseName().toLower();
    const QStringList parts = normalized.toLower().split(u'/', Qt::SkipEmptyParts);

    static const QRegularExpression splitWord(QStringLiteral("(^|[_\\-.])(train|val|test)($|[_\\-.\\d])"));
    if (auto m = splitWord.match(base); m.hasMatch()) {
        const QString s = m.captured(2);
        info.split = s == u"train" ? Split::Train : s == u"val" ? Split::Val : Split::Test;
    }
    static const QRegularExpression sizeSplit(QStringLiteral("^\\d+_train(\\d+)percent$"));
    if (auto m = sizeSplit.match(base); m.hasMatch()) {
        info.kind = SetKind::SizeSplit;
        info.percent = m.captured(1).toInt();
        info.split = Split::Train;
        return info;
    }
    if (base.contains(u"instances_results") || base.contains(u"results")) {
        info.kind = SetKind::Results;
        return info;
    }
    if (parts.size() >= 2) {
        const CellType parent = cellTypeFromString(parts[parts.size() - 2]);
        if (parent != CellType::Unknown) {
            info.kind = SetKind::SingleCellType;
            info.cellType = parent;
            return info;
        }
    }
    if (base.startsWith(u"livecell_coco_"))
        info.kind = SetKind::LivecellWide;
    else if (base.startsWith(u"livecell_coco_") || base.contains(u"livecell"))
        info.kind = SetKind::LivecellWide;
    // Per-cell-type files are also seen flat, e.g. "a172_train.json".
    if (info.kind == SetKind::Other) {
        const CellType t = cellTypeFromString(base.section(u'_', 0, 0));
        if (t != CellType::Unknown) {
            info.kind = SetKind::SingleCellType;
            info.cellType = t;
        }
    }
    return info;
}

QString SetInfo::label() const
{
    const QString s = splitName(split);
    switch (kind) {
    case SetKind::LivecellWide: return s.isEmpty() ? QFileInfo(path).completeBaseName() : s;
    case SetKind::SingleCellType: return QStringLiteral("%1 %2").arg(cellTypeName(cellType), s).trimmed();
    case SetKind::SizeSplit:
        return QCoreApplication::translate("SetInfo", "train %1%").arg(percent);
    case SetKind::Results: return QCoreApplication::translate("SetInfo", "results %1").arg(QFileInfo(path).completeBaseName());
    case SetKind::Other: break;
    }
    return QFileInfo(path).completeBaseName();
}

QString SetInfo::description() const
{
    return QCoreApplication::translate("SetInfo", "%1 (%2)").arg(label(), QDir::toNativeSeparators(path));
}

} // namespace curator
