#pragma once

#include "model/annotationstore.h"

#include <QPointF>
#include <QPolygonF>
#include <QString>

#include <span>

namespace curator {

/** The image a cell lives on, for clamping; a side <= 0 leaves that axis unclamped. */
struct ImageBounds
{
    double width = 0;
    double height = 0;
};

/**
 * Geometry of the flat, unclosed rings COCO polygons use (x1,y1,x2,y2,…): snapping new vertices
 * to the image, cleaning drawn outlines and deciding whether a ring can be a cell.
 *
 * Snapping: every vertex an edit creates is clamped to [0, width] × [0, height] (LIVECell has
 * vertices exactly on x = 704 and y = 520) and rounded to kGrid, the 2 decimals LIVECell writes.
 *
 * Validity: a cell needs at least 3 distinct points, an area of at least kMinArea px² and no
 * self-intersection. Two edges intersect when they share a point that is not a common endpoint, or
 * overlap along a stretch of positive length (a spike folding back on itself). Repeated
 * consecutive vertices, common in LIVECell, are tolerated everywhere.
 */
class CellOutline
{
public:
    static constexpr double kGrid = 0.01;
    static constexpr double kMinArea = 0.5;

    /** Clamps to [0, max] when max > 0 and rounds to kGrid. */
    static double snap(double value, double max);
    static QPointF snap(QPointF p, ImageBounds bounds);

    /** Snaps every vertex and drops repeated consecutive ones (and a closing repeat of the first). */
    static Ring fromPolygon(const QPolygonF& polygon, ImageBounds bounds);
    /** Drops repeated consecutive vertices and a closing repeat; no snapping. */
    static Ring normalized(std::span<const double> ring);
    static QPolygonF toPolygon(std::span<const double> ring);
    static int pointCount(std::span<const double> ring) { return int(ring.size() / 2); }
    static QPointF point(std::span<const double> ring, int i) { return {ring[2 * std::size_t(i)], ring[2 * std::size_t(i) + 1]}; }
    static int distinctPointCount(std::span<const double> ring);

    /** True when segments a0-a1 and b0-b1 intersect in the sense described above. */
    static bool segmentsIntersect(QPointF a0, QPointF a1, QPointF b0, QPointF b1);
    /** True when no two edges of @p ring intersect (O(n²); rings have tens to hundreds of vertices). */
    static bool isSimple(std::span<const double> ring);
    /**
     * True when the edges that touch vertex @p vertex (the two edges ending there) cross no other
     * edge: the O(n) check after one vertex moved or was inserted. Pre-existing crossings elsewhere
     * in the ring are not reported, so a user can still fix a ring LIVECell shipped broken.
     */
    static bool edgesAtVertexAreSimple(std::span<const double> ring, int vertex);

    /** Why @p ring cannot be a cell (translated), or an empty string when it can; full check. */
    static QString problem(std::span<const double> ring);
    /** The cheap part of problem(): too few distinct points or too small an area. */
    static QString sizeProblem(std::span<const double> ring);

    /** Translated message for a self-intersecting result. */
    static QString selfIntersectionMessage();
};

} // namespace curator
