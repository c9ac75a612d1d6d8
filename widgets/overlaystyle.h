#pragma once

#include "model/celltype.h"

#include <QColor>
#include <QString>

namespace curator {

/** How cell outlines and fills are drawn over the image. */
struct OverlayStyle
{
    enum class ColourMode : quint8 { CellType, Instance, Area, Set };
    static constexpr int kColourModeCount = 4;

    bool visible = true;         ///< the whole overlay on or off
    bool outlines = true;
    bool fill = false;
    double fillOpacity = 0.30;   ///< 0…1
    double outlineWidth = 1.0;   ///< device-independent pixels on screen, whatever the zoom
    bool antialiased = true;
    ColourMode colourMode = ColourMode::CellType;
    bool operator==(const OverlayStyle&) const = default;

    /** Translated name for menus. */
    static QString colourModeName(ColourMode mode);
    /** Stable key for settings files. */
    static QString colourModeKey(ColourMode mode);
    static ColourMode colourModeFromKey(const QString& key);
};

/** One colour per LIVECell cell type, distinct on grey backgrounds (Unknown is light grey). */
QColor cellTypeColour(CellType type);
/** A bright colour picked from @p id so that neighbours rarely share one. */
QColor instanceColour(qint64 id);
/** A perceptual ramp over log(area) from 30 px² (blue) to 3,000 px² (yellow). */
QColor areaColour(double area);
/** One colour per annotation set, in load order. */
QColor setColour(int set);

} // namespace curator
