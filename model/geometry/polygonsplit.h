#pragma once

#include "model/annotationstore.h"
#include "model/geometry/celloutline.h"

#include <QPolygonF>
#include <QString>

#include <optional>
#include <utility>

namespace curator {

/**
 * Cuts one ring in two along a drawn polyline: what "split cell" makes.
 *
 * The cut is the first stretch of the polyline that runs inside the ring, from the point where it
 * crosses the outline inwards to the point where it next crosses it; the polyline may start and end
 * anywhere. Each part is that cut plus the outline walked from one crossing to the other, so every
 * original vertex lands in exactly one part and the cut's vertices in both. Both parts are snapped
 * (CellOutline) and must each be a valid cell; the larger comes first.
 */
class PolygonSplit
{
public:
    static std::optional<std::pair<Ring, Ring>> split(std::span<const double> ring, const QPolygonF& line,
                                                      ImageBounds bounds, QString* error);
};

} // namespace curator
