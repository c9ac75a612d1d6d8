#include "widgets/maskoutline.h"

#include "model/io/rle.h"

#include <algorithm>
#include <array>
#include <bit>

namespace curator {

namespace {

/** The mask cropped to its bounding box, row-major, one byte per pixel. */
struct Crop
{
    int x0 = 0, y0 = 0, width = 0, height = 0;
    std::vector<quint8> bits;
    bool at(int x, int y) const
    {
        return x >= 0 && y >= 0 && x < width && y < height && bits[std::size_t(y * width + x)];
    }
};

Crop crop(const Rle& mask)
{
    const std::array<double, 4> box = mask.bbox();
    Crop c;
    c.x0 = int(box[0]);
    c.y0 = int(box[1]);
    c.width = int(box[2]);
    c.height = int(box[3]);
    c.bits.assign(std::size_t(std::max(0, c.width * c.height)), 0);
    const int h = mask.height();
    qint64 pos = 0;
    bool foreground = false;
    for (quint32 run : mask.counts()) {
        for (qint64 p = pos; foreground && p < pos + run; ++p) {
            const int x = int(p / h) - c.x0, y = int(p % h) - c.y0;
            if (x >= 0 && y >= 0 && x < c.width && y < c.height)
                c.bits[std::size_t(y * c.width + x)] = 1;
        }
        pos += run;
        foreground = !foreground;
    }
    return c;
}

enum Direction { East, South, West, North };
constexpr std::array<int, 4> kDx{1, 0, -1, 0};
constexpr std::array<int, 4> kDy{0, 1, 0, -1};

/**
 * Boundary edges, clockwise (y down) around the foreground. At most one edge of each direction
 * leaves a corner, so they are stored as direction bits per corner of the (width+1) × (height+1) lattice.
 */
std::vector<quint8> boundaryEdges(const Crop& c)
{
    const int cw = c.width + 1;
    std::vector<quint8> edges(std::size_t(cw * (c.height + 1)), 0);
    for (int y = 0; y < c.height; ++y)
        for (int x = 0; x < c.width; ++x) {
            if (!c.at(x, y))
                continue;
            if (!c.at(x, y - 1)) edges[std::size_t(y * cw + x)] |= 1 << East;
            if (!c.at(x + 1, y)) edges[std::size_t(y * cw + x + 1)] |= 1 << South;
            if (!c.at(x, y + 1)) edges[std::size_t((y + 1) * cw + x + 1)] |= 1 << West;
            if (!c.at(x - 1, y)) edges[std::size_t((y + 1) * cw + x)] |= 1 << North;
        }
    return edges;
}

/** Follows and removes one closed chain of edges starting at corner @p start; a vertex per turn. */
QPolygonF followRing(std::vector<quint8>& edges, const Crop& c, std::size_t start)
{
    const int cw = c.width + 1;
    int x = int(start) % cw, y = int(start) / cw;
    int d = std::countr_zero(unsigned(edges[start]));
    QPolygonF ring;
    int previous = -1;
    while (edges[std::size_t(y * cw + x)] & (1 << d)) {
        edges[std::size_t(y * cw + x)] &= quint8(~(1 << d));
        if (d != previous)
            ring.append(QPointF(c.x0 + x, c.y0 + y));
        previous = d;
        x += kDx[std::size_t(d)];
        y += kDy[std::size_t(d)];
        // Where two pixels touch only at this corner, turn right so that they stay separate
        // rings; otherwise go straight or take the only edge.
        const quint8 out = edges[std::size_t(y * cw + x)];
        for (int turn : {1, 0, 3}) {
            if (out & (1 << ((d + turn) % 4))) {
                d = (d + turn) % 4;
                break;
            }
        }
    }
    return ring;
}

} // namespace

std::vector<QPolygonF> traceMaskOutlines(const Rle& mask)
{
    const Crop c = crop(mask);
    std::vector<QPolygonF> rings;
    if (c.bits.empty())
        return rings;
    std::vector<quint8> edges = boundaryEdges(c);
    for (std::size_t start = 0; start < edges.size(); ++start) {
        while (edges[start]) {
            QPolygonF ring = followRing(edges, c, start);
            if (ring.size() >= 3)
                rings.push_back(std::move(ring));
        }
    }
    return rings;
}

} // namespace curator
