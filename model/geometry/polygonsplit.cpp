#include "model/geometry/polygonsplit.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace curator {

namespace {
/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::PolygonSplit)
};

/** Where the polyline crosses the outline: t along the line (segment + fraction), u along edge. */
struct Crossing
{
    double t = 0;
    int edge = 0;
    double u = 0;
    QPointF point;
};

double cross(QPointF a, QPointF b) { return a.x() * b.y() - a.y() * b.x(); }

/**
 * Crossings of the polyline with the outline. A vertex lying exactly on the line counts as being on
 * its left side (symbolic perturbation), so a line through a vertex crosses once and a line
 * touching a vertex from outside crosses twice at one point (an empty stretch) or not at all.
 */
std::vector<Crossing> findCrossings(const QPolygonF& ring, const QPolygonF& line)
{
    std::vector<Crossing> out;
    const auto n = int(ring.size());
    for (int s = 0; s + 1 < int(line.size()); ++s) {
        const QPointF l0 = line[s], dl = line[s + 1] - line[s];
        const double len2 = QPointF::dotProduct(dl, dl);
        if (len2 == 0)
            continue;
        const auto side = [&](QPointF p) { return cross(dl, p - l0); };
        for (int e = 0; e < n; ++e) {
            const QPointF a = ring[e], b = ring[(e + 1) % n];
            const double sa = side(a), sb = side(b);
            if ((sa >= 0) == (sb >= 0))
                continue;
            const double u = sa == 0 ? 0.0 : (sb == 0 ? 1.0 : sa / (sa - sb));
            const QPointF p = a + u * (b - a);
            const double t = QPointF::dotProduct(p - l0, dl) / len2;
            if (t >= 0 && t <= 1)
                out.push_back({s + t, e, u, p});
        }
    }
    std::sort(out.begin(), out.end(), [](const Crossing& a, const Crossing& b) { return a.t < b.t; });
    return out;
}

QPointF pointAt(const QPolygonF& line, double t)
{
    const int s = std::min(int(t), int(line.size()) - 2);
    return line[s] + (t - s) * (line[s + 1] - line[s]);
}

/** Outline vertices met walking forward from crossing @p from to crossing @p to. */
QPolygonF walk(const QPolygonF& ring, const Crossing& from, const Crossing& to)
{
    QPolygonF out;
    const auto n = int(ring.size());
    if (from.edge == to.edge && from.u <= to.u)
        return out;
    int i = from.edge;
    do {
        i = (i + 1) % n;
        out.append(ring[i]);
    } while (i != to.edge);
    return out;
}

std::optional<std::pair<Crossing, Crossing>> findCut(const QPolygonF& ring, const QPolygonF& line)
{
    const std::vector<Crossing> crossings = findCrossings(ring, line);
    for (std::size_t k = 0; k + 1 < crossings.size(); ++k) {
        const Crossing& a = crossings[k];
        const Crossing& b = crossings[k + 1];
        if (b.t - a.t < 1e-9)
            continue;
        if (ring.containsPoint(pointAt(line, (a.t + b.t) / 2), Qt::OddEvenFill))
            return std::make_pair(a, b);
    }
    return std::nullopt;
}
} // namespace

std::optional<std::pair<Ring, Ring>> PolygonSplit::split(std::span<const double> ringCoords, const QPolygonF& line,
                                                         ImageBounds bounds, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QPolygonF ring = CellOutline::toPolygon(CellOutline::normalized(ringCoords));
    if (ring.size() < 3 || line.size() < 2)
        return fail(Text::tr("Draw a line across the cell to split it."));
    const auto cut = findCut(ring, line);
    if (!cut)
        return fail(Text::tr("The line must cross the cell's outline twice: draw it from outside, across the cell, to outside."));
    const auto& [enter, leave] = *cut;
    QPolygonF inner;
    for (int s = int(std::floor(enter.t)) + 1; s < leave.t; ++s) {
        if (s > enter.t)
            inner.append(line[s]);
    }
    QPolygonF reversed(inner.rbegin(), inner.rend());
    const QPolygonF first = QPolygonF{enter.point} + inner + QPolygonF{leave.point} + walk(ring, leave, enter);
    const QPolygonF second = QPolygonF{leave.point} + reversed + QPolygonF{enter.point} + walk(ring, enter, leave);
    Ring a = CellOutline::fromPolygon(first, bounds), b = CellOutline::fromPolygon(second, bounds);
    for (const Ring* part : {&a, &b}) {
        if (QString problem = CellOutline::problem(*part); !problem.isEmpty())
            return fail(Text::tr("A part of the split cell would not be a valid cell: %1").arg(problem));
    }
    if (AnnotationStore::polygonArea(a) < AnnotationStore::polygonArea(b))
        std::swap(a, b);
    return std::make_pair(std::move(a), std::move(b));
}

} // namespace curator
