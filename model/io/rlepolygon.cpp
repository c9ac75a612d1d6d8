// Rle from polygons: rleFrPoly of pycocotools' maskApi.c, exact, with the boundary walk skipping
// what cannot touch the image.
#include "model/io/rle.h"
#include "model/threadscratch.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <vector>

// Rounding in rleFrPoly depends on ys + s*t + .5 being two separately rounded operations; a fused
// multiply-add would change pixels on rare edges.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("fp-contract=off")
#elif defined(__clang__)
#pragma clang fp contract(off)
#endif

namespace curator {

namespace {

struct PolygonScratch
{
    std::vector<int> x, y;
    std::vector<quint32> a;
};

PolygonScratch& polygonScratch()
{
    static ThreadScratch<PolygonScratch> scratch;
    return scratch.get();
}

// (int)(5 * c + .5) as maskApi.c, clamped so that absurd coordinates stay defined behaviour.
int upsampled(double c)
{
    const double s = 5.0 * c + 0.5;
    if (!(s > -16777216.0))
        return -16777216;
    return s < 16777216.0 ? int(s) : 16777216;
}

/**
 * rleFrPoly's boundary walk without its dense point arrays: points are produced in the same order
 * with the same arithmetic, and each consecutive pair whose u differs is tested for a pixel-column
 * crossing exactly as the C code tests it. On shallow edges u moves every step, and only steps
 * whose column index is 2 mod 5 can pass the test, so v is computed for those alone.
 */
class BoundaryWalk
{
public:
    BoundaryWalk(int h, int w, std::vector<quint32>& out)
        // As maskApi.c's unsigned w - 1, a width of 0 wraps around: every column counts as inside.
        : m_h(h), m_maxX(double(std::size_t(w) - 1)), m_lastColumn(w > 0 ? std::int64_t(w) - 1 : std::int64_t(1) << 40)
        , m_out(out)
    {
    }

    void edge(int xs, int xe, int ys, int ye)
    {
        const int dx = std::abs(xe - xs), dy = std::abs(ys - ye);
        const bool flip = (dx >= dy && xs > xe) || (dx < dy && ys > ye);
        if (flip) {
            std::swap(xs, xe);
            std::swap(ys, ye);
        }
        if (dx == 0 && dy == 0)
            point(xs, std::numeric_limits<int>::min()); // C computes (int)(0/0): x86 gives INT_MIN
        else if (dx >= dy)
            shallow(xs, ys, dx, double(ye - ys) / dx, flip);
        else
            steep(xs, ys, dy, double(xe - xs) / dy, flip);
    }

private:
    static int round(int origin, double slope, int t) { return int(origin + slope * t + .5); }
    static int positiveMod(int a, int m) { return ((a % m) + m) % m; }

    void shallow(int xs, int ys, int dx, double sl, bool flip)
    {
        point(flip ? dx + xs : xs, round(ys, sl, flip ? dx : 0));
        // Step d pairs t = d - 1 → d (or dx - d + 1 → dx - d when flipped); the column tested is
        // t + xs of the lower u, which must be 2 mod 5: visit those steps only, and only those
        // whose column lies in the image (crossing() drops the rest), so that an edge far outside
        // the image costs nothing.
        const int residue = positiveMod(flip ? dx + xs - 2 : 3 - xs, 5);
        const int first = residue == 0 ? 5 : residue;
        // Lower column c = (flip ? dx - d + xs : d - 1 + xs) must lie in [2, 5 (w - 1) + 2].
        const std::int64_t cMin = 2, cMax = m_lastColumn * 5 + 2;
        std::int64_t dLo = flip ? std::int64_t(dx) + xs - cMax : cMin + 1 - xs;
        std::int64_t dHi = flip ? std::int64_t(dx) + xs - cMin : cMax + 1 - xs;
        dLo = std::max<std::int64_t>(dLo, first);
        dHi = std::min<std::int64_t>(dHi, dx);
        if (dLo <= dHi) {
            const std::int64_t start = first + (dLo - first + 4) / 5 * 5;   // the first d ≡ first (mod 5) ≥ dLo
            for (std::int64_t d = start; d <= dHi; d += 5) {
                const int tc = int(flip ? dx - d : d), tp = flip ? tc + 1 : tc - 1;
                crossing(tp + xs, round(ys, sl, tp), tc + xs, round(ys, sl, tc));
            }
        }
        const int last = flip ? 0 : dx;
        m_pu = last + xs;
        m_pv = round(ys, sl, last);
    }

    void steep(int xs, int ys, int dy, double sl, bool flip)
    {
        const auto u = [&](int d) { return round(xs, sl, flip ? dy - d : d); };
        const auto v = [&](int d) { return (flip ? dy - d : d) + ys; };
        // u moves by at most one column per step, monotonically, so the steps whose u lies in
        // [1, 5w - 1] (every column a crossing inside the image can use, and one more on each side)
        // form one interval [lo, hi]. Every transition before or after it is between two columns
        // on the same side of the image, which crossing() would drop: skip those steps, keeping
        // the walk's previous point exact. A steep edge far outside the image then costs a few
        // binary-search probes instead of a step per upsampled row, and one inside it a few per
        // column it crosses.
        const std::int64_t uMin = 1, uMax = m_lastColumn * 5 + 4;
        const bool rising = u(dy) >= u(0);
        const int lo = firstWhere(0, dy, [&](int d) { return rising ? u(d) >= uMin : u(d) <= uMax; });
        const int hi = firstWhere(0, dy, [&](int d) { return rising ? u(d) > uMax : u(d) < uMin; }) - 1;
        point(u(0), v(0));
        const int keptLo = std::max(lo, 1), keptHi = std::min(hi, dy - 1);
        if (keptLo > keptHi) {
            if (dy - 1 >= 1)
                skipTo(u(dy - 1), v(dy - 1));
        } else {
            if (keptLo - 1 >= 1)
                skipTo(u(keptLo - 1), v(keptLo - 1));
            // Only the steps where u changes can cross; a long run of one column (an edge far
            // above or below the image, or nearly vertical) is jumped over.
            for (int d = keptLo; d <= keptHi;) {
                const int column = u(d);
                point(column, v(d));
                int next = d + 1;
                const int linearEnd = std::min(keptHi, d + 8);
                while (next <= linearEnd && u(next) == column)
                    ++next;
                if (next > linearEnd && next <= keptHi)
                    next = firstWhere(next, keptHi, [&](int e) { return u(e) != column; });
                if (next - 1 > d)
                    skipTo(column, v(next - 1));   // same column: no crossing, only the state moves
                d = next;
            }
            if (keptHi + 1 <= dy - 1)
                skipTo(u(dy - 1), v(dy - 1));
        }
        point(u(dy), v(dy));
    }

    /** The first d in [lo, hi] where @p pred holds (pred is false, then true); hi + 1 if none. */
    template<typename Pred>
    static int firstWhere(int lo, int hi, const Pred& pred)
    {
        int a = lo, b = hi + 1;
        while (a < b) {
            const int m = a + (b - a) / 2;
            if (pred(m))
                b = m;
            else
                a = m + 1;
        }
        return a;
    }

    /** Sets the previous point without testing a crossing (the steps skipped had none). */
    void skipTo(int u, int v)
    {
        m_started = true;
        m_pu = u;
        m_pv = v;
    }

    void point(int u, int v)
    {
        // Only a column index of 2 mod 5 can pass crossing()'s test: skip the others cheaply.
        if (m_started && u != m_pu && positiveMod(u < m_pu ? u : u - 1, 5) == 2)
            crossing(m_pu, m_pv, u, v);
        m_started = true;
        m_pu = u;
        m_pv = v;
    }

    void crossing(int pu, int pv, int u, int v)
    {
        const double scale = 5.0;
        double xd = double(u < pu ? u : u - 1);
        xd = (xd + .5) / scale - .5;
        if (std::floor(xd) != xd || xd < 0 || xd > m_maxX)
            return;
        double yd = double(v < pv ? v : pv);
        yd = (yd + .5) / scale - .5;
        if (yd < 0)
            yd = 0;
        else if (yd > m_h)
            yd = m_h;
        yd = std::ceil(yd);
        m_out.push_back(quint32(int(xd) * m_h + int(yd)));
    }

    int m_h;
    double m_maxX;
    std::int64_t m_lastColumn;   // w - 1, the last column a crossing may use
    std::vector<quint32>& m_out;
    bool m_started = false;
    int m_pu = 0, m_pv = 0;
};

} // namespace

Rle Rle::fromPolygon(std::span<const double> xy, int height, int width)
{
    Counts counts;
    appendFromPolygon(xy, height, width, counts);
    return Rle(height, width, std::move(counts));
}

std::size_t Rle::appendFromPolygon(std::span<const double> xy, int height, int width, Counts& out)
{
    PolygonScratch& s = polygonScratch();
    const std::size_t k = xy.size() / 2;
    s.x.resize(k + 1);
    s.y.resize(k + 1);
    for (std::size_t j = 0; j < k; ++j) {
        s.x[j] = upsampled(xy[2 * j]);
        s.y[j] = upsampled(xy[2 * j + 1]);
    }
    s.x[k] = k ? s.x[0] : 0;
    s.y[k] = k ? s.y[0] : 0;
    s.a.clear();
    BoundaryWalk walk(height, width, s.a);
    for (std::size_t j = 0; j < k; ++j)
        walk.edge(s.x[j], s.x[j + 1], s.y[j], s.y[j + 1]);
    s.a.push_back(quint32(std::size_t(height) * std::size_t(width)));
    std::sort(s.a.begin(), s.a.end());
    quint32 previous = 0;
    for (quint32& value : s.a) {
        const quint32 t = value;
        value -= previous;
        previous = t;
    }
    // Zero-length runs are folded into the run before them, exactly as rleFrPoly does.
    const std::size_t first = out.size();
    std::size_t j = 0;
    out.push_back(s.a[j++]);
    while (j < s.a.size()) {
        if (s.a[j] > 0) {
            out.push_back(s.a[j++]);
        } else if (++j < s.a.size()) {
            out.back() += s.a[j++];
        }
    }
    return out.size() - first;
}

} // namespace curator
