#include "model/qc/ringgeometry.h"

#include "model/annotationstore.h"
#include "model/threadscratch.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace curator {

namespace {

constexpr double kGrid = 1000.0;     // snapping grid: 0.001 px
constexpr double kClamp = 1e6;       // px; keeps every orientation product below 2^63

struct Point
{
    qint64 x, y;
    bool operator==(const Point&) const = default;
};

struct Edge
{
    qint64 minX, maxX, minY, maxY;
    int index;
};

struct Scratch
{
    std::vector<Point> points;
    std::vector<Edge> edges;
};

Scratch& scratch()
{
    static ThreadScratch<Scratch> perThread;
    return perThread.get();
}

qint64 snap(double v) { return qint64(std::floor(std::clamp(v, -kClamp, kClamp) * kGrid + 0.5)); }

int orientation(Point a, Point b, Point c)
{
    const qint64 v = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    return (v > 0) - (v < 0);
}

// p is known to be collinear with a-b.
bool withinBox(Point a, Point b, Point p)
{
    return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y
           && p.y <= std::max(a.y, b.y);
}

// Closed segments p1-p2 and p3-p4 share a point; @p at receives one such point.
bool segmentsMeet(Point p1, Point p2, Point p3, Point p4, double& atX, double& atY)
{
    const int d1 = orientation(p3, p4, p1), d2 = orientation(p3, p4, p2);
    const int d3 = orientation(p1, p2, p3), d4 = orientation(p1, p2, p4);
    if (d1 * d2 < 0 && d3 * d4 < 0) {
        const auto cross = [](Point a, Point b, Point c) {
            return double(b.x - a.x) * double(c.y - a.y) - double(b.y - a.y) * double(c.x - a.x);
        };
        const double c1 = cross(p3, p4, p1), c2 = cross(p3, p4, p2);
        const double t = c1 / (c1 - c2);
        atX = (double(p1.x) + t * double(p2.x - p1.x)) / kGrid;
        atY = (double(p1.y) + t * double(p2.y - p1.y)) / kGrid;
        return true;
    }
    const Point candidates[4][3] = {{p3, p4, p1}, {p3, p4, p2}, {p1, p2, p3}, {p1, p2, p4}};
    const int orient[4] = {d1, d2, d3, d4};
    for (int k = 0; k < 4; ++k) {
        if (orient[k] == 0 && withinBox(candidates[k][0], candidates[k][1], candidates[k][2])) {
            atX = double(candidates[k][2].x) / kGrid;
            atY = double(candidates[k][2].y) / kGrid;
            return true;
        }
    }
    return false;
}

// Edges a < b share vertex v (p before it, q after it): true when they fold back onto each other.
bool foldsBack(Point p, Point v, Point q)
{
    if (orientation(v, p, q) != 0)
        return false;
    return (p.x - v.x) * (q.x - v.x) + (p.y - v.y) * (q.y - v.y) > 0;
}

int distinctUpTo3(const std::vector<Point>& pts)
{
    if (pts.empty())
        return 0;
    const Point first = pts.front();
    std::size_t i = 1;
    while (i < pts.size() && pts[i] == first)
        ++i;
    if (i == pts.size())
        return 1;
    const Point second = pts[i];
    for (; i < pts.size(); ++i) {
        if (!(pts[i] == first) && !(pts[i] == second))
            return 3;
    }
    return 2;
}

void snapRing(std::span<const double> xy, std::vector<Point>& pts)
{
    pts.clear();
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
        const Point p{snap(xy[i]), snap(xy[i + 1])};
        if (pts.empty() || !(pts.back() == p))
            pts.push_back(p);
    }
    while (pts.size() > 1 && pts.back() == pts.front())
        pts.pop_back();
}

void testPair(const std::vector<Point>& pts, int a, int b, RingAnalysis& r)
{
    const int n = int(pts.size());
    if (a > b)
        std::swap(a, b);
    double x = 0, y = 0;
    bool meets = false;
    if (b == a + 1) {
        meets = foldsBack(pts[std::size_t(a)], pts[std::size_t(b)], pts[std::size_t((b + 1) % n)]);
        x = double(pts[std::size_t(b)].x) / kGrid;
        y = double(pts[std::size_t(b)].y) / kGrid;
    } else if (a == 0 && b == n - 1) {
        meets = foldsBack(pts[std::size_t(n - 1)], pts[0], pts[1]);
        x = double(pts[0].x) / kGrid;
        y = double(pts[0].y) / kGrid;
    } else {
        meets = segmentsMeet(pts[std::size_t(a)], pts[std::size_t(a + 1)], pts[std::size_t(b)],
                             pts[std::size_t((b + 1) % n)], x, y);
    }
    if (!meets)
        return;
    if (r.selfIntersections++ == 0) {
        r.intersectionX = x;
        r.intersectionY = y;
    }
}

void sweepEdges(const std::vector<Point>& pts, std::vector<Edge>& edges, RingAnalysis& r)
{
    const int n = int(pts.size());
    edges.resize(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        const Point p = pts[std::size_t(i)], q = pts[std::size_t((i + 1) % n)];
        edges[std::size_t(i)] = {std::min(p.x, q.x), std::max(p.x, q.x), std::min(p.y, q.y), std::max(p.y, q.y), i};
    }
    const auto byLeft = [](const Edge& l, const Edge& r) { return l.minX < r.minX; };
    if (edges.size() <= 64) {
        // Insertion sort: rings are mostly tens of edges, often already ordered in long runs.
        for (std::size_t i = 1; i < edges.size(); ++i) {
            const Edge e = edges[i];
            std::size_t j = i;
            for (; j > 0 && e.minX < edges[j - 1].minX; --j)
                edges[j] = edges[j - 1];
            edges[j] = e;
        }
    } else {
        std::sort(edges.begin(), edges.end(), byLeft);
    }
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const Edge& e = edges[i];
        for (std::size_t j = i + 1; j < edges.size() && edges[j].minX <= e.maxX; ++j) {
            const Edge& f = edges[j];
            if (f.minY <= e.maxY && e.minY <= f.maxY)
                testPair(pts, e.index, f.index, r);
        }
    }
}

void measure(std::span<const double> xy, double width, double height, RingAnalysis& r)
{
    const std::size_t n = xy.size() / 2;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = xy[2 * i], y = xy[2 * i + 1];
        const std::size_t j = (i + 1) % n;
        r.perimeterL1 += std::abs(xy[2 * j] - x) + std::abs(xy[2 * j + 1] - y);
        r.minX = i ? std::min(r.minX, x) : x;
        r.maxX = i ? std::max(r.maxX, x) : x;
        r.minY = i ? std::min(r.minY, y) : y;
        r.maxY = i ? std::max(r.maxY, y) : y;
        if (width <= 0 || height <= 0)
            continue;
        const double beyond = std::max({-x, x - width, -y, y - height});
        if (beyond > r.outside) {
            r.outside = beyond;
            r.outsideX = x;
            r.outsideY = y;
        }
    }
    r.area = AnnotationStore::polygonArea(xy);
}

} // namespace

RingAnalysis RingGeometry::analyse(std::span<const double> xy, double width, double height)
{
    RingAnalysis r;
    r.oddCoordinates = xy.size() % 2 != 0;
    measure(xy, width, height, r);
    Scratch& s = scratch();
    snapRing(xy, s.points);
    r.distinctVertices = distinctUpTo3(s.points);
    if (r.distinctVertices >= 3)
        sweepEdges(s.points, s.edges, r);
    return r;
}

} // namespace curator
