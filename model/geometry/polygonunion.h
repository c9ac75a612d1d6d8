#pragma once

#include "model/annotationstore.h"
#include "model/geometry/celloutline.h"

#include <QString>

#include <optional>

namespace curator {

/**
 * The union of several polygon rings as one simple ring: what "merge cells" makes.
 *
 * Method: the planar arrangement of all edges (every crossing, touching point and shared stretch
 * becomes a node, in double precision, no rasterisation), whose unbounded face is walked from the
 * leftmost vertex; that walk is the outline of the union, so every vertex of the outer outlines is
 * kept where it was and holes the cells enclose between them are filled (a COCO cell is one
 * ring). (QPainterPath::united was tried first: it adds 0.5 px steps where outlines share an edge.) Cells that do not touch but are at most @p maxGap px apart are joined through
 * the convex hull of the vertices that face each other across the gap (the vertices of each within
 * gap + 2 px of the other), so two halves of a cell drawn with a seam merge into one. The result is
 * snapped to the image and to 0.01 px and must pass CellOutline::problem().
 */
class PolygonUnion
{
public:
    static constexpr double kDefaultMaxGap = 3.0;

    /** The union of @p rings, or nullopt with a translated reason. */
    static std::optional<Ring> unite(const Rings& rings, ImageBounds bounds, QString* error,
                                     double maxGap = kDefaultMaxGap);
    /** Smallest distance between the outlines of two rings (0 when they cross). */
    static double distance(std::span<const double> a, std::span<const double> b);
};

} // namespace curator
