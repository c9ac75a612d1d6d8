#include "widgets/overlaystyle.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace curator {

QString OverlayStyle::colourModeName(ColourMode mode)
{
    switch (mode) {
    case ColourMode::CellType: return QCoreApplication::translate("curator::OverlayStyle", "By cell type");
    case ColourMode::Instance: return QCoreApplication::translate("curator::OverlayStyle", "By instance");
    case ColourMode::Area: return QCoreApplication::translate("curator::OverlayStyle", "By area");
    case ColourMode::Set: return QCoreApplication::translate("curator::OverlayStyle", "By annotation set");
    }
    return {};
}

QString OverlayStyle::colourModeKey(ColourMode mode)
{
    switch (mode) {
    case ColourMode::CellType: return QStringLiteral("cell-type");
    case ColourMode::Instance: return QStringLiteral("instance");
    case ColourMode::Area: return QStringLiteral("area");
    case ColourMode::Set: return QStringLiteral("set");
    }
    return {};
}

OverlayStyle::ColourMode OverlayStyle::colourModeFromKey(const QString& key)
{
    for (int m = 0; m < kColourModeCount; ++m) {
        if (colourModeKey(ColourMode(m)) == key)
            return ColourMode(m);
    }
    return ColourMode::CellType;
}

QColor cellTypeColour(CellType type)
{
    // Saturated hues that stay distinct from each other and from mid-grey phase contrast.
    static const std::array<QRgb, kCellTypeCount> colours{
        0xffd0d0d0, // Unknown
        0xff00e5ff, // A172
        0xffffd400, // BT474
        0xffff5ad2, // BV2
        0xff4dff4d, // Huh7
        0xffff8c1a, // MCF7
        0xff8c7bff, // SHSY5Y
        0xffff4040, // SkBr3
        0xff3dffb0, // SKOV3
    };
    return QColor::fromRgb(colours[std::size_t(type)]);
}

QColor instanceColour(qint64 id)
{
    // Golden-ratio hue steps over a mixed id spread consecutive ids around the colour wheel.
    const quint64 mixed = quint64(id) * 0x9E3779B97F4A7C15ull;
    const double hue = std::fmod(double(mixed >> 40) / double(1 << 24) + 0.618033988749895 * double(id % 97), 1.0);
    return QColor::fromHsvF(float(hue), 0.85f, 1.0f);
}

QColor areaColour(double area)
{
    // Viridis at 5 stops, interpolated.
    static const std::array<QRgb, 5> stops{0xff440154, 0xff3b528b, 0xff21918c, 0xff5ec962, 0xfffde725};
    const double t = std::clamp((std::log10(std::max(area, 1.0)) - std::log10(30.0)) / 2.0, 0.0, 1.0);
    const double pos = t * (stops.size() - 1);
    const auto i = std::min<std::size_t>(std::size_t(pos), stops.size() - 2);
    const double f = pos - double(i);
    const QColor a = QColor::fromRgb(stops[i]), b = QColor::fromRgb(stops[i + 1]);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QColor setColour(int set)
{
    static const std::array<QRgb, 6> colours{0xff4dff4d, 0xffff5ad2, 0xff00e5ff, 0xffffd400, 0xffff8c1a, 0xff8c7bff};
    return QColor::fromRgb(colours[std::size_t(std::max(set, 0)) % colours.size()]);
}

} // namespace curator
