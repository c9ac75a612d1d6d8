#include "model/annotationstore.h"

#include <algorithm>
#include <cmath>

namespace curator {

namespace {
const std::vector<quint32> kNoAnnotations;

template<typename Pairs>
int findById(const Pairs& pairs, qint64 id)
{
    auto it = std::lower_bound(pairs.begin(), pairs.end(), id,
                               [](const auto& p, qint64 v) { return p.first < v; });
    return (it != pairs.end() && it->first == id) ? int(it->second) : -1;
}

template<typename Pairs>
void collectDuplicates(const Pairs& pairs, std::vector<qint64>* out)
{
    if (!out)
        return;
    for (std::size_t i = 1; i < pairs.size(); ++i) {
        if (pairs[i].first == pairs[i - 1].first && (out->empty() || out->back() != pairs[i].first))
            out->push_back(pairs[i].first);
    }
}
} // namespace

AnnotationStore::AnnotationStore() = default;

int AnnotationStore::imageIndex(qint64 id) const { return findById(m_imageById, id); }

int AnnotationStore::annotationIndex(qint64 id) const
{
    const int found = findById(m_annotationById, id);
    if (found >= 0 || m_addedById.empty())
        return found;
    auto it = m_addedById.find(id);
    return it == m_addedById.end() ? -1 : int(it->second);
}

const std::vector<quint32>& AnnotationStore::annotationsOfImage(int imageIndex) const
{
    if (imageIndex < 0 || std::size_t(imageIndex) >= m_imageAnnotations.size())
        return kNoAnnotations;
    return m_imageAnnotations[std::size_t(imageIndex)];
}

int AnnotationStore::ringCount(int a) const
{
    return m_kind[std::size_t(a)] == SegmentationKind::Polygon ? m_ringCount[std::size_t(a)] : 0;
}

std::span<const double> AnnotationStore::ring(int a, int r) const
{
    const RingRef& ref = m_rings[m_firstRing[std::size_t(a)] + std::size_t(r)];
    const HugeVector<double>& chunk = m_coordChunks[std::size_t(ref.start >> kChunkShift)];
    return {chunk.data() + (ref.start & ((std::uint64_t(1) << kChunkShift) - 1)), ref.size};
}

std::uint64_t AnnotationStore::appendCoords(std::span<const double> coords)
{
    HugeVector<double>& chunk = m_coordChunks.back();
    const std::uint64_t start = (std::uint64_t(m_coordChunks.size() - 1) << kChunkShift) | chunk.size();
    chunk.insert(chunk.end(), coords.begin(), coords.end());
    return start;
}

Rings AnnotationStore::rings(int a) const
{
    Rings out;
    const int n = ringCount(a);
    out.reserve(std::size_t(n));
    for (int r = 0; r < n; ++r) {
        auto s = ring(a, r);
        out.emplace_back(s.begin(), s.end());
    }
    return out;
}

std::size_t AnnotationStore::vertexCount(int a) const
{
    std::size_t n = 0;
    for (int r = 0; r < ringCount(a); ++r)
        n += ring(a, r).size() / 2;
    return n;
}

RleView AnnotationStore::rle(int a) const
{
    const SegmentationKind k = m_kind[std::size_t(a)];
    if (k != SegmentationKind::RleCompressed && k != SegmentationKind::RleUncompressed)
        return {};
    const RleRef& ref = m_rles[m_firstRing[std::size_t(a)]];
    RleView v;
    v.height = ref.height;
    v.width = ref.width;
    v.compressed = ref.compressed;
    if (ref.compressed)
        v.counts = std::string_view(m_rleChars.data(), m_rleChars.size()).substr(ref.start, ref.size);
    else
        v.runs = std::span<const quint32>(m_rleRuns.data() + ref.start, ref.size);
    return v;
}

SourceSpan AnnotationStore::rawSpan(int a) const
{
    return {m_rawOffset[std::size_t(a)], m_rawLength[std::size_t(a)]};
}

SourceSpan AnnotationStore::dictKeySpan(int a) const
{
    return m_dictKeys.empty() ? SourceSpan{} : m_dictKeys[std::size_t(a)];
}

qint64 AnnotationStore::nextFreeId() const
{
    if (m_maxId < std::numeric_limits<qint64>::max())
        return m_maxId + 1;
    // Hostile ids at the integer limit: take the smallest positive id nobody uses.
    qint64 candidate = 1;
    for (;;) {
        if (annotationIndex(candidate) < 0 && imageIndex(candidate) < 0)
            return candidate;
        ++candidate;
    }
}

AnnotationStore::Snapshot AnnotationStore::snapshot(int a) const
{
    const auto i = std::size_t(a);
    return {m_firstRing[i], m_ringCount[i], m_kind[i], m_flags[i], m_area[i], m_bbox[i], m_category[i]};
}

void AnnotationStore::restore(int a, const Snapshot& s)
{
    const auto i = std::size_t(a);
    const bool wasDeleted = m_flags[i] & Deleted;
    m_firstRing[i] = s.firstRing;
    m_ringCount[i] = s.ringCount;
    m_kind[i] = s.kind;
    m_area[i] = s.area;
    m_bbox[i] = s.bbox;
    m_category[i] = s.categoryId;
    m_flags[i] = quint8(s.flags & ~Deleted) | (m_flags[i] & Deleted);
    setDeleted(a, s.flags & Deleted);
    Q_UNUSED(wasDeleted);
}

double AnnotationStore::polygonArea(std::span<const double> ring)
{
    const std::size_t n = ring.size() / 2;
    if (n < 3)
        return 0.0;
    double twice = 0.0;
    for (std::size_t i = 0, j = n - 1; i < n; j = i++)
        twice += ring[2 * j] * ring[2 * i + 1] - ring[2 * i] * ring[2 * j + 1];
    return std::abs(twice) * 0.5;
}

std::array<double, 4> AnnotationStore::ringsBoundingBox(const Rings& rings)
{
    double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    for (const Ring& r : rings) {
        for (std::size_t i = 0; i + 1 < r.size(); i += 2) {
            x0 = std::min(x0, r[i]);
            x1 = std::max(x1, r[i]);
            y0 = std::min(y0, r[i + 1]);
            y1 = std::max(y1, r[i + 1]);
        }
    }
    if (x0 > x1)
        return {0, 0, 0, 0};
    return {x0, y0, x1 - x0, y1 - y0};
}

void AnnotationStore::setRings(int a, const Rings& rings)
{
    const auto i = std::size_t(a);
    m_firstRing[i] = quint32(m_rings.size());
    m_ringCount[i] = quint16(std::min<std::size_t>(rings.size(), 0xffff));
    double area = 0.0;
    for (std::size_t r = 0; r < m_ringCount[i]; ++r) {
        m_rings.push_back({appendCoords(rings[r]), quint32(rings[r].size())});
        area += polygonArea(rings[r]);
    }
    m_kind[i] = SegmentationKind::Polygon;
    m_area[i] = area;
    m_bbox[i] = ringsBoundingBox(rings);
    m_flags[i] |= Edited;
}

void AnnotationStore::setMeasures(int a, double area, const std::array<double, 4>& bbox)
{
    m_area[std::size_t(a)] = area;
    m_bbox[std::size_t(a)] = bbox;
    m_flags[std::size_t(a)] |= Edited;
}

void AnnotationStore::setCategory(int a, qint64 categoryId)
{
    m_category[std::size_t(a)] = categoryId;
    m_flags[std::size_t(a)] |= Edited;
}

void AnnotationStore::setDeleted(int a, bool deleted)
{
    const auto i = std::size_t(a);
    if (bool(m_flags[i] & Deleted) == deleted)
        return;
    if (deleted) {
        m_flags[i] |= Deleted;
        if (!(m_flags[i] & Opaque)) {
            removeFromImageList(a);
            --m_liveCount;
        }
    } else {
        m_flags[i] &= quint8(~Deleted);
        if (!(m_flags[i] & Opaque)) {
            addToImageList(a);
            ++m_liveCount;
        }
    }
}

int AnnotationStore::addAnnotation(qint64 id, int imageIndex, qint64 categoryId, const Rings& rings)
{
    AnnotationFields f;
    f.id = id;
    f.imageId = imageIndex >= 0 ? m_images[std::size_t(imageIndex)].id : -1;
    f.categoryId = categoryId;
    f.flags = Added | Edited;
    const int a = appendFields(f, SegmentationKind::None, 0, 0);
    m_imageIndex[std::size_t(a)] = imageIndex;
    setRings(a, rings);
    // New ids go to a small side index: inserting into the sorted million-entry one would cost
    // time proportional to the dataset, not to the edit.
    m_addedById.emplace(id, quint32(a));
    m_maxId = std::max(m_maxId, id);
    addToImageList(a);
    ++m_liveCount;
    return a;
}

void AnnotationStore::addToImageList(int a)
{
    const int img = m_imageIndex[std::size_t(a)];
    if (img < 0)
        return;
    auto& list = m_imageAnnotations[std::size_t(img)];
    list.insert(std::lower_bound(list.begin(), list.end(), quint32(a)), quint32(a));
}

void AnnotationStore::removeFromImageList(int a)
{
    const int img = m_imageIndex[std::size_t(a)];
    if (img < 0)
        return;
    auto& list = m_imageAnnotations[std::size_t(img)];
    auto it = std::lower_bound(list.begin(), list.end(), quint32(a));
    if (it != list.end() && *it == quint32(a))
        list.erase(it);
}

int AnnotationStore::appendImage(ImageRecord image)
{
    m_maxId = std::max(m_maxId, image.id);
    m_images.push_back(std::move(image));
    return int(m_images.size()) - 1;
}

int AnnotationStore::appendFields(const AnnotationFields& f, SegmentationKind kind, quint32 first,
                                  quint16 count)
{
    m_id.push_back(f.id);
    m_imageId.push_back(f.imageId);
    m_imageIndex.push_back(-1);
    m_category.push_back(f.categoryId);
    m_area.push_back(f.area);
    m_score.push_back(f.score);
    m_bbox.push_back(f.bbox);
    m_firstRing.push_back(first);
    m_ringCount.push_back(count);
    m_kind.push_back(kind);
    m_crowd.push_back(f.crowd ? 1 : 0);
    m_flags.push_back(f.flags);
    m_rawOffset.push_back(f.raw.offset);
    m_rawLength.push_back(f.raw.length);
    // Dict keys exist only for dict-shaped files; the column is created on the first one.
    if (!f.dictKey.isEmpty() || !m_dictKeys.empty()) {
        m_dictKeys.resize(m_id.size() - 1);
        m_dictKeys.push_back(f.dictKey);
    }
    if (!(f.flags & Opaque))
        m_maxId = std::max(m_maxId, f.id);
    return int(m_id.size()) - 1;
}

int AnnotationStore::appendPolygon(const AnnotationFields& f, std::span<const double> coords,
                                   std::span<const quint32> ringSizes)
{
    const auto first = quint32(m_rings.size());
    std::uint64_t start = appendCoords(coords);
    const std::size_t count = std::min<std::size_t>(ringSizes.size(), 0xffff);
    for (std::size_t r = 0; r < count; ++r) {
        m_rings.push_back({start, ringSizes[r]});
        start += ringSizes[r];
    }
    return appendFields(f, SegmentationKind::Polygon, first, quint16(count));
}

int AnnotationStore::appendRle(const AnnotationFields& f, int height, int width,
                               std::string_view compressed)
{
    const auto index = quint32(m_rles.size());
    m_rles.push_back({height, width, true, m_rleChars.size(), quint32(compressed.size())});
    m_rleChars.append(compressed);
    return appendFields(f, SegmentationKind::RleCompressed, index, 1);
}

int AnnotationStore::appendRle(const AnnotationFields& f, int height, int width,
                               std::span<const quint32> runs)
{
    const auto index = quint32(m_rles.size());
    m_rles.push_back({height, width, false, m_rleRuns.size(), quint32(runs.size())});
    m_rleRuns.insert(m_rleRuns.end(), runs.begin(), runs.end());
    return appendFields(f, SegmentationKind::RleUncompressed, index, 1);
}

int AnnotationStore::appendEmpty(const AnnotationFields& f)
{
    return appendFields(f, SegmentationKind::None, 0, 0);
}

void AnnotationStore::reserve(std::size_t annotations, std::size_t coordinates, std::size_t rleChars)
{
    for (auto* v : {&m_id, &m_imageId, &m_category})
        v->reserve(annotations);
    m_imageIndex.reserve(annotations);
    m_area.reserve(annotations);
    m_score.reserve(annotations);
    m_bbox.reserve(annotations);
    m_firstRing.reserve(annotations);
    m_ringCount.reserve(annotations);
    m_kind.reserve(annotations);
    m_crowd.reserve(annotations);
    m_flags.reserve(annotations);
    m_rawOffset.reserve(annotations);
    m_rawLength.reserve(annotations);
    m_rings.reserve(annotations);
    m_coordChunks.back().reserve(coordinates);
    if (rleChars > 0) {
        m_rles.reserve(annotations);
        m_rleChars.reserve(rleChars);
    }
}

void AnnotationStore::appendAnnotationsFrom(AnnotationStore&& o)
{
    const auto append = [](auto& to, auto& from) { to.insert(to.end(), from.begin(), from.end()); };
    const auto ringBase = quint32(m_rings.size());
    const auto rleBase = quint32(m_rles.size());
    const std::size_t first = m_id.size();
    append(m_id, o.m_id);
    append(m_imageId, o.m_imageId);
    append(m_category, o.m_category);
    append(m_imageIndex, o.m_imageIndex);
    append(m_area, o.m_area);
    append(m_score, o.m_score);
    append(m_bbox, o.m_bbox);
    append(m_firstRing, o.m_firstRing);
    append(m_ringCount, o.m_ringCount);
    append(m_kind, o.m_kind);
    append(m_crowd, o.m_crowd);
    append(m_flags, o.m_flags);
    append(m_rawOffset, o.m_rawOffset);
    append(m_rawLength, o.m_rawLength);
    if (!m_dictKeys.empty() || !o.m_dictKeys.empty()) {
        m_dictKeys.resize(first);
        append(m_dictKeys, o.m_dictKeys);
        m_dictKeys.resize(m_id.size());
    }
    for (std::size_t a = first; a < m_id.size(); ++a) {
        if (m_kind[a] == SegmentationKind::Polygon)
            m_firstRing[a] += ringBase;
        else if (m_kind[a] == SegmentationKind::RleCompressed || m_kind[a] == SegmentationKind::RleUncompressed)
            m_firstRing[a] += rleBase;
    }
    const std::uint64_t chunkBase = std::uint64_t(m_coordChunks.size()) << kChunkShift;
    for (RingRef r : o.m_rings)
        m_rings.push_back({r.start + chunkBase, r.size});
    for (RleRef r : o.m_rles) {
        r.start += r.compressed ? m_rleChars.size() : m_rleRuns.size();
        m_rles.push_back(r);
    }
    for (HugeVector<double>& chunk : o.m_coordChunks)
        m_coordChunks.push_back(std::move(chunk));
    m_coordChunks.emplace_back(); // later edits must not grow (and so move) a full chunk
    m_rleChars.append(o.m_rleChars);
    append(m_rleRuns, o.m_rleRuns);
    m_maxId = std::max(m_maxId, o.m_maxId);
    o = AnnotationStore();
}

void AnnotationStore::finalize(std::vector<qint64>* duplicateAnnotationIds,
                               std::vector<qint64>* duplicateImageIds)
{
    m_imageById.clear();
    m_imageById.reserve(m_images.size());
    for (std::size_t i = 0; i < m_images.size(); ++i)
        m_imageById.emplace_back(m_images[i].id, quint32(i));
    std::sort(m_imageById.begin(), m_imageById.end());
    collectDuplicates(m_imageById, duplicateImageIds);

    m_addedById.clear();
    m_annotationById.clear();
    m_annotationById.reserve(m_id.size());
    for (std::size_t a = 0; a < m_id.size(); ++a) {
        if (!(m_flags[a] & Opaque))
            m_annotationById.emplace_back(m_id[a], quint32(a));
    }
    std::sort(m_annotationById.begin(), m_annotationById.end());
    collectDuplicates(m_annotationById, duplicateAnnotationIds);

    std::vector<quint32> perImage(m_images.size(), 0);
    for (std::size_t a = 0; a < m_id.size(); ++a) {
        m_imageIndex[a] = imageIndex(m_imageId[a]);
        if (m_imageIndex[a] >= 0 && !(m_flags[a] & (Opaque | Deleted)))
            ++perImage[std::size_t(m_imageIndex[a])];
    }
    m_imageAnnotations.assign(m_images.size(), {});
    for (std::size_t i = 0; i < m_images.size(); ++i)
        m_imageAnnotations[i].reserve(perImage[i]);
    m_liveCount = 0;
    for (std::size_t a = 0; a < m_id.size(); ++a) {
        if (m_flags[a] & (Opaque | Deleted))
            continue;
        ++m_liveCount;
        if (m_imageIndex[a] >= 0)
            m_imageAnnotations[std::size_t(m_imageIndex[a])].push_back(quint32(a));
    }
}

} // namespace curator
