#include "model/io/rle.h"

#include "model/annotationstore.h"

#include <algorithm>
#include <cstdint>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace curator {

Rle::Rle(int height, int width, Counts counts)
    : m_height(height), m_width(width), m_counts(std::move(counts))
{
}

bool Rle::isConsistent() const
{
    std::uint64_t total = 0;
    for (quint32 c : m_counts)
        total += c;
    return total == std::uint64_t(m_height) * std::uint64_t(m_width);
}

std::vector<quint8> Rle::toMask() const
{
    if (!isConsistent())
        return {};
    std::vector<quint8> mask(std::size_t(m_height) * std::size_t(m_width));
    std::size_t p = 0;
    quint8 value = 0;
    for (quint32 c : m_counts) {
        std::fill_n(mask.begin() + std::ptrdiff_t(p), c, value);
        p += c;
        value = !value;
    }
    return mask;
}

Rle Rle::fromString(std::string_view compressed, int height, int width)
{
    Counts counts;
    appendFromString(compressed, counts);
    return Rle(height, width, std::move(counts));
}

Rle Rle::fromMask(std::span<const quint8> mask, int height, int width)
{
    Counts counts;
    const std::size_t n = std::min(mask.size(), std::size_t(height) * std::size_t(width));
    quint8 previous = 0;
    quint32 run = 0;
    for (std::size_t j = 0; j < n; ++j) {
        const quint8 value = mask[j] ? 1 : 0;
        if (value != previous) {
            counts.push_back(run);
            run = 0;
            previous = value;
        }
        ++run;
    }
    counts.push_back(run);
    return Rle(height, width, std::move(counts));
}

Rle Rle::fromBbox(const std::array<double, 4>& box, int height, int width)
{
    const double xs = box[0], xe = xs + box[2], ys = box[1], ye = ys + box[3];
    const double xy[8] = {xs, ys, xs, ye, xe, ye, xe, ys};
    return fromPolygon(xy, height, width);
}

Rle Rle::fromRings(std::span<const std::span<const double>> rings, int height, int width)
{
    const quint32 pixels = quint32(std::size_t(height) * std::size_t(width));
    if (rings.empty())
        return Rle(height, width, {pixels});
    const bool boxes = rings.front().size() == 4;
    std::vector<Rle> parts;
    parts.reserve(rings.size());
    for (std::span<const double> ring : rings) {
        if (boxes && ring.size() >= 4)
            parts.push_back(fromBbox({ring[0], ring[1], ring[2], ring[3]}, height, width));
        else
            parts.push_back(fromPolygon(ring, height, width));
    }
    return parts.size() == 1 ? std::move(parts.front()) : merge(parts);
}

Rle Rle::fromAnnotation(const AnnotationStore& store, int a, int height, int width)
{
    switch (store.segmentationKind(a)) {
    case SegmentationKind::Polygon: {
        std::vector<std::span<const double>> rings;
        for (int r = 0; r < store.ringCount(a); ++r)
            rings.push_back(store.ring(a, r));
        return fromRings(rings, height, width);
    }
    case SegmentationKind::RleCompressed: {
        const RleView view = store.rle(a);
        return fromString(view.counts, view.height, view.width);
    }
    case SegmentationKind::RleUncompressed: {
        const RleView view = store.rle(a);
        return Rle(view.height, view.width, Counts(view.runs.begin(), view.runs.end()));
    }
    case SegmentationKind::None:
        break;
    }
    return Rle(height, width, {quint32(std::size_t(height) * std::size_t(width))});
}

Rle Rle::merge(std::span<const Rle> rles, bool intersect)
{
    if (rles.empty())
        return {};
    Rle result = rles.front();
    for (std::size_t i = 1; i < rles.size(); ++i) {
        if (rles[i].height() != result.height() || rles[i].width() != result.width())
            return {};
        Counts merged;
        appendMerged(result.counts(), rles[i].counts(), intersect, merged);
        result.m_counts = std::move(merged);
    }
    return result;
}

double Rle::iou(const Rle& dt, const Rle& gt, bool gtIsCrowd)
{
    const auto db = dt.bbox(), gb = gt.bbox();
    const double w = std::min(db[2] + db[0], gb[2] + gb[0]) - std::max(db[0], gb[0]);
    const double h = std::min(db[3] + db[1], gb[3] + gb[1]) - std::max(db[1], gb[1]);
    if (w <= 0 || h <= 0)
        return 0;
    if (dt.height() != gt.height() || dt.width() != gt.width())
        return -1;
    return iouSameSize(dt.counts(), gt.counts(), gtIsCrowd);
}

quint32 Rle::area(std::span<const quint32> counts)
{
    quint32 a = 0;
    for (std::size_t j = 1; j < counts.size(); j += 2)
        a += counts[j];
    return a;
}

std::array<double, 4> Rle::bbox(std::span<const quint32> counts, int height, int width)
{
    const quint32 h = quint32(height), w = quint32(width);
    const std::size_t m = (counts.size() / 2) * 2;
    if (m == 0 || h == 0)
        return {0, 0, 0, 0};
    quint32 xs = w, ys = h, xe = 0, ye = 0, cc = 0, xp = 0;
    for (std::size_t j = 0; j < m; ++j) {
        cc += counts[j];
        const quint32 t = cc - quint32(j % 2);
        const quint32 y = t % h, x = (t - y) / h;
        if (j % 2 == 0)
            xp = x;
        else if (xp < x) {
            ys = 0;
            ye = h - 1;
        }
        xs = std::min(xs, x);
        xe = std::max(xe, x);
        ys = std::min(ys, y);
        ye = std::max(ye, y);
    }
    return {double(xs), double(ys), double(xe - xs + 1), double(ye - ys + 1)};
}

std::string Rle::toString(std::span<const quint32> counts)
{
    std::string s;
    s.reserve(counts.size() * 2);
    for (std::size_t i = 0; i < counts.size(); ++i) {
        long long x = counts[i];
        if (i > 2)
            x -= counts[i - 2];
        bool more = true;
        while (more) {
            char c = char(x & 0x1f);
            x >>= 5;
            more = (c & 0x10) ? x != -1 : x != 0;
            if (more)
                c |= 0x20;
            s.push_back(char(c + 48));
        }
    }
    return s;
}

std::size_t Rle::appendFromString(std::string_view compressed, Counts& out)
{
    const std::size_t first = out.size();
    std::size_t p = 0;
    while (p < compressed.size()) {
        long long x = 0;
        int k = 0;
        bool more = true;
        while (more && p < compressed.size()) {
            const int c = static_cast<signed char>(compressed[p] - 48);
            if (k < 12)
                x |= static_cast<long long>(c & 0x1f) << (5 * k);
            more = c & 0x20;
            ++p;
            ++k;
            if (!more && (c & 0x10) && k < 12)
                x |= ~0LL << (5 * k);
        }
        const std::size_t m = out.size() - first;
        if (m > 2)
            x += out[out.size() - 2];
        out.push_back(quint32(x));
    }
    return out.size() - first;
}

std::size_t Rle::appendMerged(std::span<const quint32> a, std::span<const quint32> b, bool intersect,
                              Counts& out)
{
    const std::size_t first = out.size();
    if (a.empty() || b.empty())
        return 0;
    quint32 ca = a[0], cb = b[0], cc = 0, ct = 1;
    bool v = false, va = false, vb = false;
    std::size_t ia = 1, ib = 1;
    while (ct > 0) {
        const quint32 c = std::min(ca, cb);
        cc += c;
        ct = 0;
        ca -= c;
        if (!ca && ia < a.size()) {
            ca = a[ia++];
            va = !va;
        }
        ct += ca;
        cb -= c;
        if (!cb && ib < b.size()) {
            cb = b[ib++];
            vb = !vb;
        }
        ct += cb;
        const bool vp = v;
        v = intersect ? (va && vb) : (va || vb);
        if (v != vp || ct == 0) {
            out.push_back(cc);
            cc = 0;
        }
    }
    return out.size() - first;
}

double Rle::iouSameSize(std::span<const quint32> dt, std::span<const quint32> gt, bool gtIsCrowd)
{
    if (dt.empty() || gt.empty())
        return 0;
    quint32 ca = dt[0], cb = gt[0], i = 0, u = 0, ct = 1;
    bool va = false, vb = false;
    std::size_t a = 1, b = 1;
    while (ct > 0) {
        const quint32 c = std::min(ca, cb);
        if (va || vb) {
            u += c;
            if (va && vb)
                i += c;
        }
        ct = 0;
        ca -= c;
        if (!ca && a < dt.size()) {
            ca = dt[a++];
            va = !va;
        }
        ct += ca;
        cb -= c;
        if (!cb && b < gt.size()) {
            cb = gt[b++];
            vb = !vb;
        }
        ct += cb;
    }
    if (i == 0)
        u = 1;
    else if (gtIsCrowd)
        u = area(dt);
    return double(i) / double(u);
}

} // namespace curator
