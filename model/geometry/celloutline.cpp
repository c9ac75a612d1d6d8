#include "model/geometry/celloutline.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace curator {

namespace {
/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::CellOutline)
};

double cross(QPointF o, QPointF a, QPointF b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

int sign(double v) { return v > 0 ? 1 : (v < 0 ? -1 : 0); }

bool onSegment(QPointF p, QPointF a, QPointF b)
{
    return std::min(a.x(), b.x()) <= p.x() && p.x() <= std::max(a.x(), b.x())
        && std::min(a.y(), b.y()) <= p.y() && p.y() <= std::max(a.y(), b.y());
}

bool isEndpointOfBoth(QPointF p, QPointF a0, QPointF a1, QPointF b0, QPointF b1)
{
    return (p == a0 || p == a1) && (p == b0 || p == b1);
}

/** Collinear segments: do they share a stretch of positive length? */
bool collinearOverlap(QPointF a0, QPointF a1, QPointF b0, QPointF b1)
{
    const bool useX = std::abs(a1.x() - a0.x()) >= std::abs(a1.y() - a0.y());
    const auto coord = [useX](QPointF p) { return useX ? p.x() : p.y(); };
    const double lo = std::max(std::min(coord(a0), coord(a1)), std::min(coord(b0), coord(b1)));
    const double hi = std::min(std::max(coord(a0), coord(a1)), std::max(coord(b0), coord(b1)));
    return hi > lo;
}

/** Index of the nearest vertex in direction @p step whose position differs from vertex @p i. */
int distinctNeighbour(std::span<const double> ring, int i, int step)
{
    const int n = CellOutline::pointCount(ring);
    const QPointF p = CellOutline::point(ring, i);
    for (int k = 1; k < n; ++k) {
        const int j = ((i + step * k) % n + n) % n;
        if (CellOutline::point(ring, j) != p)
            return j;
    }
    return i;
}
} // namespace

double CellOutline::snap(double value, double max)
{
    if (!std::isfinite(value))
        value = 0;
    value = std::max(value, 0.0);
    if (max > 0)
        value = std::min(value, max);
    return std::round(value / kGrid) * kGrid;
}

QPointF CellOutline::snap(QPointF p, ImageBounds bounds)
{
    return {snap(p.x(), bounds.width), snap(p.y(), bounds.height)};
}

Ring CellOutline::fromPolygon(const QPolygonF& polygon, ImageBounds bounds)
{
    Ring ring;
    ring.reserve(std::size_t(polygon.size()) * 2);
    for (const QPointF& p : polygon) {
        const QPointF s = snap(p, bounds);
        ring.push_back(s.x());
        ring.push_back(s.y());
    }
    return normalized(ring);
}

Ring CellOutline::normalized(std::span<const double> ring)
{
    Ring out;
    out.reserve(ring.size());
    for (std::size_t i = 0; i + 1 < ring.size(); i += 2) {
        const std::size_t n = out.size();
        if (n >= 2 && out[n - 2] == ring[i] && out[n - 1] == ring[i + 1])
            continue;
        out.push_back(ring[i]);
        out.push_back(ring[i + 1]);
    }
    while (out.size() >= 4 && out[0] == out[out.size() - 2] && out[1] == out[out.size() - 1])
        out.resize(out.size() - 2);
    return out;
}

QPolygonF CellOutline::toPolygon(std::span<const double> ring)
{
    QPolygonF polygon;
    polygon.reserve(qsizetype(ring.size() / 2));
    for (int i = 0; i < pointCount(ring); ++i)
        polygon.append(point(ring, i));
    return polygon;
}

int CellOutline::distinctPointCount(std::span<const double> ring)
{
    std::vector<std::pair<double, double>> points;
    for (int i = 0; i < pointCount(ring); ++i)
        points.emplace_back(ring[2 * std::size_t(i)], ring[2 * std::size_t(i) + 1]);
    std::sort(points.begin(), points.end());
    return int(std::unique(points.begin(), points.end()) - points.begin());
}

bool CellOutline::segmentsIntersect(QPointF a0, QPointF a1, QPointF b0, QPointF b1)
{
    if (a0 == a1 || b0 == b1)
        return false;
    const int o1 = sign(cross(a0, a1, b0)), o2 = sign(cross(a0, a1, b1));
    const int o3 = sign(cross(b0, b1, a0)), o4 = sign(cross(b0, b1, a1));
    if (o1 == 0 && o2 == 0)
        return collinearOverlap(a0, a1, b0, b1);
    if (o1 * o2 < 0 && o3 * o4 < 0)
        return true;
    // Touching: an endpoint of one lies on the other. Only a shared endpoint is allowed.
    const QPointF candidates[] = {b0, b1, a0, a1};
    const bool touches[] = {o1 == 0 && onSegment(b0, a0, a1), o2 == 0 && onSegment(b1, a0, a1),
                            o3 == 0 && onSegment(a0, b0, b1), o4 == 0 && onSegment(a1, b0, b1)};
    for (int k = 0; k < 4; ++k) {
        if (touches[k] && !isEndpointOfBoth(candidates[k], a0, a1, b0, b1))
            return true;
    }
    return false;
}

bool CellOutline::isSimple(std::span<const double> ring)
{
    const Ring r = normalized(ring);
    const int n = pointCount(r);
    for (int i = 0; i < n; ++i) {
        const QPointF a0 = point(r, i), a1 = point(r, (i + 1) % n);
        for (int j = i + 1; j < n; ++j) {
            const QPointF b0 = point(r, j), b1 = point(r, (j + 1) % n);
            const bool adjacent = j == i + 1 || (i == 0 && j == n - 1);
            if (adjacent && n > 3) {
                // Neighbouring edges share a vertex; they only conflict by folding back.
                if (sign(cross(a0, a1, j == i + 1 ? b1 : b0)) == 0 && collinearOverlap(a0, a1, b0, b1))
                    return false;
                continue;
            }
            if (segmentsIntersect(a0, a1, b0, b1))
                return false;
        }
    }
    return true;
}

bool CellOutline::edgesAtVertexAreSimple(std::span<const double> ring, int vertex)
{
    const int n = pointCount(ring);
    if (n < 3)
        return false;
    const QPointF v = point(ring, vertex);
    const int prev = distinctNeighbour(ring, vertex, -1), next = distinctNeighbour(ring, vertex, +1);
    const QPointF edges[2][2] = {{point(ring, prev), v}, {v, point(ring, next)}};
    for (const auto& e : edges) {
        for (int j = 0; j < n; ++j) {
            const QPointF b0 = point(ring, j), b1 = point(ring, (j + 1) % n);
            if (b0 == b1)
                continue;
            const bool shares = b0 == e[0] || b0 == e[1] || b1 == e[0] || b1 == e[1];
            if (b0 == e[0] && b1 == e[1])
                continue;
            if (shares) {
                // A neighbouring edge: only a fold-back is a conflict.
                const QPointF other = (b0 == e[0] || b0 == e[1]) ? b1 : b0;
                if (sign(cross(e[0], e[1], other)) == 0 && collinearOverlap(e[0], e[1], b0, b1))
                    return false;
                continue;
            }
            if (segmentsIntersect(e[0], e[1], b0, b1))
                return false;
        }
    }
    return true;
}

QString CellOutline::sizeProblem(std::span<const double> ring)
{
    if (ring.size() % 2 != 0)
        return Text::tr("The outline has an odd number of coordinates.");
    if (distinctPointCount(ring) < 3)
        return Text::tr("A cell needs at least 3 distinct points.");
    if (AnnotationStore::polygonArea(ring) < kMinArea)
        return Text::tr("The cell would have no area (less than %1 px²).").arg(kMinArea);
    return {};
}

QString CellOutline::problem(std::span<const double> ring)
{
    if (QString size = sizeProblem(ring); !size.isEmpty())
        return size;
    if (!isSimple(ring))
        return selfIntersectionMessage();
    return {};
}

QString CellOutline::selfIntersectionMessage()
{
    return Text::tr("The outline would cross itself.");
}

} // namespace curator
