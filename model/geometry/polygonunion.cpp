#include "model/geometry/polygonunion.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>

namespace curator {

namespace {
/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::PolygonUnion)
};

double cross(QPointF a, QPointF b) { return a.x() * b.y() - a.y() * b.x(); }

double polygonArea(const QPolygonF& p)
{
    double twice = 0;
    for (qsizetype i = 0, j = p.size() - 1; i < p.size(); j = i++)
        twice += p[j].x() * p[i].y() - p[i].x() * p[j].y();
    return std::abs(twice) / 2;
}

/** The planar arrangement of the polygons' edges: every crossing and touching point is a node. */
struct Arrangement
{
    std::vector<QPointF> nodes;
    std::vector<std::vector<int>> neighbours;
    std::map<std::pair<qint64, qint64>, int> index;

    int node(QPointF p)
    {
        const auto key = std::make_pair(std::llround(p.x() * 1e6), std::llround(p.y() * 1e6));
        auto [it, inserted] = index.try_emplace(key, int(nodes.size()));
        if (inserted) {
            nodes.push_back(p);
            neighbours.emplace_back();
        }
        return it->second;
    }
    void connect(int a, int b)
    {
        if (a == b || std::find(neighbours[std::size_t(a)].begin(), neighbours[std::size_t(a)].end(), b)
                          != neighbours[std::size_t(a)].end())
            return;
        neighbours[std::size_t(a)].push_back(b);
        neighbours[std::size_t(b)].push_back(a);
    }
};

using Segment = std::pair<QPointF, QPointF>;

/** Parameters along @p a where @p b meets it (crossing, touching, or the ends of a collinear overlap). */
void meetings(const Segment& a, const Segment& b, std::vector<double>& out)
{
    const QPointF r = a.second - a.first, s = b.second - b.first, q = b.first - a.first;
    const double denom = cross(r, s), len2 = QPointF::dotProduct(r, r);
    constexpr double eps = 1e-9;
    if (std::abs(denom) > eps * std::sqrt(len2 * QPointF::dotProduct(s, s))) {
        const double t = cross(q, s) / denom, u = cross(q, r) / denom;
        if (t >= -eps && t <= 1 + eps && u >= -eps && u <= 1 + eps)
            out.push_back(std::clamp(t, 0.0, 1.0));
        return;
    }
    if (std::abs(cross(q, r)) > 1e-7 * std::sqrt(len2))
        return; // parallel, apart
    for (QPointF p : {b.first, b.second}) {
        const double t = QPointF::dotProduct(p - a.first, r) / len2;
        if (t > 0 && t < 1)
            out.push_back(t);
    }
}

Arrangement arrange(const QList<QPolygonF>& polygons)
{
    std::vector<Segment> segments;
    for (const QPolygonF& p : polygons) {
        for (qsizetype i = 0; i < p.size(); ++i) {
            if (p[i] != p[(i + 1) % p.size()])
                segments.emplace_back(p[i], p[(i + 1) % p.size()]);
        }
    }
    Arrangement g;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        std::vector<double> params{0.0, 1.0};
        for (std::size_t j = 0; j < segments.size(); ++j) {
            if (j != i)
                meetings(segments[i], segments[j], params);
        }
        std::sort(params.begin(), params.end());
        const QPointF a = segments[i].first, r = segments[i].second - a;
        int previous = g.node(a);
        for (double t : params) {
            const int n = g.node(t >= 1.0 ? segments[i].second : a + t * r);
            g.connect(previous, n);
            previous = n;
        }
    }
    return g;
}

/** Walks the boundary of the unbounded face of @p g: the outline of the union, holes filled. */
QPolygonF outerBoundary(const Arrangement& g, std::vector<int>* visited)
{
    if (g.nodes.empty())
        return {};
    const int start = int(std::min_element(g.nodes.begin(), g.nodes.end(), [](QPointF a, QPointF b) {
                              return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
                          }) - g.nodes.begin());
    const auto angle = [&](int from, int to) {
        const QPointF d = g.nodes[std::size_t(to)] - g.nodes[std::size_t(from)];
        return std::atan2(d.y(), d.x());
    };
    // Always take the first edge turning one way from the edge we came along; the virtual first
    // "previous" edge points west of the leftmost node, into the unbounded face.
    double back = std::numbers::pi;
    int current = start, firstNext = -1;
    QPolygonF ring;
    for (std::size_t steps = 0; steps <= 4 * g.nodes.size() + 4; ++steps) {
        int next = -1;
        double best = 10;
        for (int w : g.neighbours[std::size_t(current)]) {
            double turn = std::fmod(back - angle(current, w) + 4 * std::numbers::pi, 2 * std::numbers::pi);
            if (turn < 1e-12)
                turn = 2 * std::numbers::pi;
            if (turn < best) {
                best = turn;
                next = w;
            }
        }
        if (next < 0 || (current == start && next == firstNext))
            break;
        if (firstNext < 0)
            firstNext = next;
        ring.append(g.nodes[std::size_t(current)]);
        visited->push_back(current);
        back = angle(next, current);
        current = next;
    }
    return ring;
}

/** The outline of the union of @p polygons, or nullopt when some polygon lies apart from the others. */
std::optional<QPolygonF> outline(const QList<QPolygonF>& polygons)
{
    Arrangement g = arrange(polygons);
    std::vector<int> visited;
    const QPolygonF ring = outerBoundary(g, &visited);
    std::sort(visited.begin(), visited.end());
    for (const QPolygonF& p : polygons) {
        const bool touches = std::any_of(p.begin(), p.end(), [&](QPointF v) {
            return std::binary_search(visited.begin(), visited.end(), g.node(v));
        });
        if (!touches && !ring.containsPoint(p.first(), Qt::OddEvenFill))
            return std::nullopt;
    }
    return ring;
}

QPointF closestOnSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double len2 = QPointF::dotProduct(d, d);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
    return a + t * d;
}

double length(QPointF v) { return std::hypot(v.x(), v.y()); }

/** Closest point of the outline of @p ring to @p p. */
QPointF closestOnRing(QPointF p, const QPolygonF& ring)
{
    QPointF best = ring.first();
    double bestDistance = std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF c = closestOnSegment(p, ring[i], ring[(i + 1) % ring.size()]);
        if (const double d = length(c - p); d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

QPolygonF convexHull(QList<QPointF> points)
{
    std::sort(points.begin(), points.end(), [](QPointF a, QPointF b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.size() < 3)
        return QPolygonF(points);
    const auto cross = [](QPointF o, QPointF a, QPointF b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    QList<QPointF> hull(points.size() * 2);
    qsizetype k = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    for (qsizetype i = points.size() - 1, lower = k + 1; i > 0; --i) {
        while (k >= lower && cross(hull[k - 2], hull[k - 1], points[i - 1]) <= 0)
            --k;
        hull[k++] = points[i - 1];
    }
    hull.resize(k - 1);
    return QPolygonF(hull);
}

/** A polygon covering the gap between two rings that do not touch. */
QPolygonF bridge(const QPolygonF& a, const QPolygonF& b, double gap)
{
    QList<QPointF> points;
    QPointF bestA, bestB;
    double best = std::numeric_limits<double>::infinity();
    const auto collect = [&](const QPolygonF& from, const QPolygonF& to, bool fromIsA) {
        for (QPointF p : from) {
            const QPointF c = closestOnRing(p, to);
            const double d = length(c - p);
            if (d <= gap + 2.0)
                points.append(p);
            if (d < best) {
                best = d;
                bestA = fromIsA ? p : c;
                bestB = fromIsA ? c : p;
            }
        }
    };
    collect(a, b, true);
    collect(b, a, false);
    points.append(bestA);
    points.append(bestB);
    QPolygonF hull = convexHull(points);
    if (hull.size() >= 3 && polygonArea(hull) >= CellOutline::kMinArea)
        return hull;
    // Only one pair faces the gap: a strip 1 px wide along the shortest connection.
    const QPointF d = bestB - bestA;
    const QPointF n = length(d) > 0 ? QPointF(-d.y(), d.x()) / length(d) * 0.5 : QPointF(0.5, 0);
    const QPointF e = length(d) > 0 ? d / length(d) * 0.5 : QPointF(0, 0.5);
    return QPolygonF({bestA - e + n, bestB + e + n, bestB + e - n, bestA - e - n});
}

std::optional<QPolygonF> uniteTwo(const QPolygonF& a, const QPolygonF& b, double maxGap, QString* error)
{
    if (auto ring = outline({a, b}))
        return ring;
    const double gap = PolygonUnion::distance(CellOutline::fromPolygon(a, {}), CellOutline::fromPolygon(b, {}));
    if (gap > maxGap) {
        if (error)
            *error = Text::tr("The cells are %1 px apart; only cells that touch or are at most %2 px apart can be merged.")
                         .arg(gap, 0, 'f', 1).arg(maxGap, 0, 'f', 1);
        return std::nullopt;
    }
    if (auto ring = outline({a, b, bridge(a, b, gap)}))
        return ring;
    if (error)
        *error = Text::tr("The cells could not be joined into one outline.");
    return std::nullopt;
}
} // namespace

std::optional<Ring> PolygonUnion::unite(const Rings& rings, ImageBounds bounds, QString* error, double maxGap)
{
    if (rings.empty()) {
        if (error)
            *error = Text::tr("Nothing to merge.");
        return std::nullopt;
    }
    QPolygonF current = CellOutline::toPolygon(CellOutline::normalized(rings[0]));
    for (std::size_t k = 1; k < rings.size(); ++k) {
        auto merged = uniteTwo(current, CellOutline::toPolygon(CellOutline::normalized(rings[k])), maxGap, error);
        if (!merged)
            return std::nullopt;
        current = *merged;
    }
    Ring result = CellOutline::fromPolygon(current, bounds);
    if (QString problem = CellOutline::problem(result); !problem.isEmpty()) {
        if (error)
            *error = Text::tr("The merged outline is not a valid cell: %1").arg(problem);
        return std::nullopt;
    }
    return result;
}

double PolygonUnion::distance(std::span<const double> a, std::span<const double> b)
{
    const QPolygonF pa = CellOutline::toPolygon(a), pb = CellOutline::toPolygon(b);
    if (pa.isEmpty() || pb.isEmpty())
        return std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < pa.size(); ++i) {
        for (qsizetype j = 0; j < pb.size(); ++j) {
            if (CellOutline::segmentsIntersect(pa[i], pa[(i + 1) % pa.size()], pb[j], pb[(j + 1) % pb.size()]))
                return 0;
        }
    }
    double best = std::numeric_limits<double>::infinity();
    for (QPointF p : pa)
        best = std::min(best, length(closestOnRing(p, pb) - p));
    for (QPointF p : pb)
        best = std::min(best, length(closestOnRing(p, pa) - p));
    return best;
}

} // namespace curator
