#include "widgets/overlayrasterizer.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace curator {

OverlayRasterizer::OverlayRasterizer(QImage& target, const QRect& clip)
    : m_bits(target.bits())
    , m_stride(target.bytesPerLine())
    , m_clip(clip.intersected(target.rect()))
    , m_left(m_clip.left())
    , m_top(m_clip.top())
    , m_right(m_clip.right())
    , m_bottom(m_clip.bottom())
{
    Q_ASSERT(target.format() == QImage::Format_RGB32 || target.format() == QImage::Format_ARGB32_Premultiplied);
}

namespace {

/** floor() without the libm call that plain x86-64 code generation makes of std::floor. */
inline int fastFloor(double v)
{
    const int i = int(v);
    return i > v ? i - 1 : i;
}

inline int ceilInt(double v)
{
    const int i = int(v);
    return i < v ? i + 1 : i;
}

} // namespace

void OverlayRasterizer::plot(int x, int y, QRgb colour, int alpha)
{
    if (alpha <= 0 || x < m_left || x > m_right || y < m_top || y > m_bottom)
        return;
    auto* pixel = reinterpret_cast<QRgb*>(m_bits + y * m_stride) + x;
    const uint dst = *pixel;
    const uint a = uint(std::min(alpha, 256));
    const uint rb = (((colour & 0xff00ffu) * a + (dst & 0xff00ffu) * (256 - a)) >> 8) & 0xff00ffu;
    const uint g = (((colour & 0x00ff00u) * a + (dst & 0x00ff00u) * (256 - a)) >> 8) & 0x00ff00u;
    *pixel = 0xff000000u | rb | g;
}

void OverlayRasterizer::line(QPointF a, QPointF b, QRgb colour, bool antialiased)
{
    double x0 = a.x(), y0 = a.y(), x1 = b.x(), y1 = b.y();
    const bool steep = std::abs(y1 - y0) > std::abs(x1 - x0);
    if (steep) {
        std::swap(x0, y0);
        std::swap(x1, y1);
    }
    if (x0 > x1) {
        std::swap(x0, x1);
        std::swap(y0, y1);
    }
    const double gradient = x1 > x0 ? (y1 - y0) / (x1 - x0) : 0.0;
    // Columns whose centre lies in [x0, x1): consecutive segments share no column, so vertices
    // are not blended twice.
    const int xs = ceilInt((x0 - 0.5));
    const int xe = std::max(ceilInt((x1 - 0.5)), xs + 1);
    double y = y0 + gradient * (xs + 0.5 - x0) - 0.5;
    for (int x = xs; x < xe; ++x, y += gradient) {
        const int yi = fastFloor(y);
        if (!antialiased) {
            const int yr = fastFloor(y + 0.5);
            steep ? plot(yr, x, colour, 256) : plot(x, yr, colour, 256);
            continue;
        }
        const int lower = int((y - yi) * 256);
        if (steep) {
            plot(yi, x, colour, 256 - lower);
            plot(yi + 1, x, colour, lower);
        } else {
            plot(x, yi, colour, 256 - lower);
            plot(x, yi + 1, colour, lower);
        }
    }
}

void OverlayRasterizer::strokePolygon(const QPointF* points, int count, QRgb colour, bool antialiased)
{
    for (int i = 0; i < count; ++i)
        line(points[i], points[(i + 1) % count], colour, antialiased);
}

void OverlayRasterizer::blendSpan(int x0, int x1, int y, QRgb colour, int alpha)
{
    auto* pixel = reinterpret_cast<QRgb*>(m_bits + y * m_stride) + x0;
    const uint a = uint(alpha), ia = 256 - a;
    const uint rb = (colour & 0xff00ffu) * a, g = (colour & 0x00ff00u) * a;
    for (int x = x0; x <= x1; ++x, ++pixel) {
        const uint dst = *pixel;
        *pixel = 0xff000000u | (((rb + (dst & 0xff00ffu) * ia) >> 8) & 0xff00ffu)
                 | (((g + (dst & 0x00ff00u) * ia) >> 8) & 0x00ff00u);
    }
}

void OverlayRasterizer::collectEdges(const QPointF* points, int count, double& top, double& bottom)
{
    m_edges.clear();
    top = bottom = points[0].y();
    for (int i = 0, j = count - 1; i < count; j = i++) {
        const QPointF& p = points[i];
        const QPointF& q = points[j];
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
        if (p.y() == q.y())
            continue;
        const QPointF& upper = p.y() < q.y() ? p : q;
        const QPointF& lower = p.y() < q.y() ? q : p;
        m_edges.push_back({upper.y(), lower.y(), upper.x(), (lower.x() - upper.x()) / (lower.y() - upper.y())});
    }
}

void OverlayRasterizer::fillPolygon(const QPointF* points, int count, QRgb colour, int alpha)
{
    if (count < 3 || alpha <= 0)
        return;
    alpha = std::min(alpha, 256);
    double top = 0, bottom = 0;
    collectEdges(points, count, top, bottom);
    // Rows whose centre lies inside the polygon's vertical extent, clipped.
    const int y0 = std::max(ceilInt((top - 0.5)), m_clip.top());
    const int y1 = std::min(ceilInt((bottom - 0.5)) - 1, m_clip.bottom());
    for (int y = y0; y <= y1; ++y) {
        const double cy = y + 0.5;
        m_crossings.clear();
        for (const Edge& e : m_edges) {
            if (e.top <= cy && cy < e.bottom) {
                // Insertion keeps the (usually two) crossings sorted without a sort call.
                const double x = e.x + (cy - e.top) * e.slope;
                std::size_t k = m_crossings.size();
                m_crossings.push_back(x);
                for (; k > 0 && m_crossings[k - 1] > x; --k)
                    m_crossings[k] = m_crossings[k - 1];
                m_crossings[k] = x;
            }
        }
        for (std::size_t k = 0; k + 1 < m_crossings.size(); k += 2) {
            const int xa = std::max(ceilInt((m_crossings[k] - 0.5)), m_clip.left());
            const int xb = std::min(ceilInt((m_crossings[k + 1] - 0.5)) - 1, m_clip.right());
            if (xa <= xb)
                blendSpan(xa, xb, y, colour, alpha);
        }
    }
}

} // namespace curator
