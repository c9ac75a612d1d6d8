#pragma once

#include <QString>
#include <QStringView>
#include <array>

namespace curator {

/** The eight LIVECell cell types. The cell type exists only as a file-name prefix or folder name. */
enum class CellType : quint8 { Unknown = 0, A172, BT474, BV2, Huh7, MCF7, SHSY5Y, SkBr3, SKOV3 };

inline constexpr int kCellTypeCount = 9; ///< including Unknown

/** All known types, Unknown excluded, in LIVECell's usual order. */
const std::array<CellType, 8>& allCellTypes();

/** Canonical spelling as used in LIVECell file names (e.g. "SHSY5Y", "SkBr3"). "" for Unknown. */
QString cellTypeName(CellType type);

/**
 * Maps any spelling seen in the LIVECell distribution to a type: case-insensitive, with aliases
 * (BT-474, BV-2, SH-SY5Y, SK-OV-3, HUH7, SKBR3, lower-case folder names). Unknown if none matches.
 */
CellType cellTypeFromString(QStringView text);

} // namespace curator
