#include "model/celltype.h"

namespace curator {

const std::array<CellType, 8>& allCellTypes()
{
    static const std::array<CellType, 8> types{CellType::A172,  CellType::BT474, CellType::BV2,
                                               CellType::Huh7,  CellType::MCF7,  CellType::SHSY5Y,
                                               CellType::SkBr3, CellType::SKOV3};
    return types;
}

QString cellTypeName(CellType type)
{
    switch (type) {
    case CellType::A172: return QStringLiteral("A172");
    case CellType::BT474: return QStringLiteral("BT474");
    case CellType::BV2: return QStringLiteral("BV2");
    case CellType::Huh7: return QStringLiteral("Huh7");
    case CellType::MCF7: return QStringLiteral("MCF7");
    case CellType::SHSY5Y: return QStringLiteral("SHSY5Y");
    case CellType::SkBr3: return QStringLiteral("SkBr3");
    case CellType::SKOV3: return QStringLiteral("SKOV3");
    case CellType::Unknown: break;
    }
    return {};
}

CellType cellTypeFromString(QStringView text)
{
    // Aliases differ only by case and separators ("SH-SY5Y", "sk_ov_3"), so compare a folded key.
    QString key;
    key.reserve(text.size());
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    for (CellType t : allCellTypes()) {
        if (cellTypeName(t).toLower() == key)
            return t;
    }
    return CellType::Unknown;
}

} // namespace curator
