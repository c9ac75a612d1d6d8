#pragma once

#include <QtGlobal>

#include <limits>
#include <span>

namespace curator {

/** What RingGeometry::analyse() measured on one polygon ring. */
struct RingAnalysis
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    bool oddCoordinates = false;     ///< the ring has an odd number of numbers (the last is ignored)
    int distinctVertices = 0;        ///< distinct vertices, counted up to 3
    /** Pairs of non-adjacent edges that cross or touch, plus adjacent edges that fold back onto each other. */
    int selfIntersections = 0;
    double intersectionX = kNaN;     ///< a point where the ring meets itself (the first pair found)
    double intersectionY = kNaN;
    double outside = 0;              ///< largest distance of a vertex beyond the image rectangle, 0 if none
    double outsideX = kNaN;          ///< that vertex
    double outsideY = kNaN;
    double area = 0;                 ///< shoelace area (AnnotationStore::polygonArea)
    double minX = kNaN, minY = kNaN, maxX = kNaN, maxY = kNaN;  ///< extent of the vertices
    double perimeterL1 = 0;          ///< sum of |dx| + |dy| over the closed ring (≥ the Euclidean perimeter)
};

/**
 * Geometry checks of a single polygon ring, exact and allocation-free in the steady state (scratch
 * buffers are per thread).
 *
 * Self-intersection: vertices are snapped to a 0.001 px grid (LIVECell's coordinates have at most
 * 2 decimals, so this is exact for them; coordinates are clamped to ±10⁶ px so that the integer
 * orientation tests cannot overflow). Consecutive repeated vertices (very common in LIVECell) are
 * merged first, including a last vertex equal to the first. The closed ring's edges are then
 * sorted by their left end and swept; edge pairs whose boxes overlap are tested exactly. A pair of
 * non-adjacent edges counts when the edges share any point (crossing, touching, or a vertex that
 * the ring visits twice); two adjacent edges count only when they are collinear and fold back
 * (a zero-width spike). Cost O(n log n + k) for n edges and k box-overlapping pairs.
 */
class RingGeometry
{
public:
    /**
     * Analyses ring @p xy (x1,y1,x2,y2,…, unclosed) of an image of @p width × @p height pixels;
     * a vertex counts as outside when x < 0, y < 0, x > width or y > height. A non-positive width
     * or height disables the outside test.
     */
    static RingAnalysis analyse(std::span<const double> xy, double width, double height);
};

} // namespace curator
