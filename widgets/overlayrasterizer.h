#pragma once

#include <QImage>
#include <QPointF>
#include <QRect>

#include <vector>

namespace curator {

/**
 * Draws many small polygons straight into an RGB32 image: antialiased one-pixel outlines
 * (Xiaolin Wu's algorithm) and even-odd scanline fills, both alpha-blended. It exists because
 * QPainter spends most of its time per call rather than per pixel: for 3,000 cells of 28
 * vertices at fit, QPainter's antialiased outlines plus fills took 20 ms of CPU; this takes a few.
 * Pixel (x, y) covers [x, x+1) × [y, y+1); coordinates are device pixels.
 */
class OverlayRasterizer
{
public:
    /** @p target must be Format_RGB32 (or ARGB32_Premultiplied, written as opaque); drawing stays inside @p clip. */
    OverlayRasterizer(QImage& target, const QRect& clip);

    /** Fills a polygon (even-odd rule) with @p colour at @p alpha (0…256). */
    void fillPolygon(const QPointF* points, int count, QRgb colour, int alpha);
    /** Outlines a closed polygon one pixel wide. */
    void strokePolygon(const QPointF* points, int count, QRgb colour, bool antialiased);

private:
    void line(QPointF a, QPointF b, QRgb colour, bool antialiased);
    inline void plot(int x, int y, QRgb colour, int alpha);
    void blendSpan(int x0, int x1, int y, QRgb colour, int alpha);
    /** Fills m_edges with the non-horizontal edges of a polygon and reports its vertical extent. */
    void collectEdges(const QPointF* points, int count, double& top, double& bottom);

    struct Edge
    {
        double top, bottom, x, slope;   // x at top; dx/dy
    };

    uchar* m_bits;
    qsizetype m_stride;
    QRect m_clip;
    int m_left, m_top, m_right, m_bottom;
    std::vector<Edge> m_edges;
    std::vector<double> m_crossings;
};

} // namespace curator
