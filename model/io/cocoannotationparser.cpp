// CocoParser: the annotation half (annotations list/dict, segmentation, bbox).
#include "model/io/cocoparser.h"
#include "model/limits.h"

#include <QCoreApplication>

#include <cmath>

namespace curator::detail {

namespace {

/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::detail::CocoParser)
};

int distinctPointsUpTo3(std::span<const double> ring)
{
    const std::size_t n = ring.size() / 2;
    if (n == 0)
        return 0;
    const double x0 = ring[0], y0 = ring[1];
    std::size_t i = 1;
    while (i < n && ring[2 * i] == x0 && ring[2 * i + 1] == y0)
        ++i;
    if (i == n)
        return 1;
    const double x1 = ring[2 * i], y1 = ring[2 * i + 1];
    for (; i < n; ++i) {
        const double x = ring[2 * i], y = ring[2 * i + 1];
        if ((x != x0 || y != y0) && (x != x1 || y != y1))
            return 3;
    }
    return 2;
}
} // namespace

bool CocoParser::parseAnnotations(CocoLayout::Shape& shape)
{
    const JsonScanner::Kind k = m_scanner.peek();
    if (k != JsonScanner::Kind::Array && k != JsonScanner::Kind::Object)
        return m_scanner.fail("'annotations' must be a list or an object keyed by id");
    m_elementIndex = 0;
    if (k == JsonScanner::Kind::Array) {
        shape = CocoLayout::Shape::List;
        return parseAnnotationList();
    }
    shape = CocoLayout::Shape::Dict;
    return parseKeyedObjects(&CocoParser::parseAnnotation);
}

bool CocoParser::parseAnnotation(SourceSpan dictKey)
{
    m_objectStart = m_scanner.valueOffset();
    if (m_scanner.peek() != JsonScanner::Kind::Object)
        return m_scanner.fail("each annotation must be an object");
    m_scanner.enterObject();
    AnnotationStore::AnnotationFields f;
    f.dictKey = dictKey;
    f.id = std::numeric_limits<qint64>::min();
    f.imageId = std::numeric_limits<qint64>::min();
    m_seg = Seg::None;
    m_coords.clear();
    m_ringSizes.clear();
    m_hasScore = m_hasMaskScore = false;
    bool bad = false, first = true;
    std::string_view key;
    while (m_scanner.nextMember(first, key)) {
        if (!parseAnnotationMember(key, f, bad))
            return false;
    }
    if (m_scanner.failed())
        return false;
    f.raw = {m_objectStart, quint32(m_scanner.offset() - m_objectStart)};
    commitAnnotation(f, bad);
    ++m_elementIndex;
    return tick();
}

bool CocoParser::parseAnnotationMember(std::string_view key, AnnotationStore::AnnotationFields& f, bool& bad)
{
    bool ok = true;
    const auto invalid = [&](const char* field) {
        diagnose(Diagnostic::Code::InvalidField, f.id, m_objectStart,
                 Text::tr("annotation at %1: '%2' has the wrong type or value").arg(where(m_objectStart), QLatin1String(field)));
    };
    if (key == "segmentation")
        return parseSegmentation(f, bad);
    if (key == "bbox")
        return parseBbox(f);
    if (key == "id" || key == "image_id" || key == "category_id") {
        qint64 v = 0;
        if (!readIntField("id", v, ok))
            return false;
        if (!ok) {
            invalid(key == "id" ? "id" : key == "image_id" ? "image_id" : "category_id");
            if (key != "category_id")
                bad = true;
        }
        (key == "id" ? f.id : key == "image_id" ? f.imageId : f.categoryId) = v;
        return true;
    }
    if (key == "area" || key == "score" || key == "mask_score") {
        double v = 0;
        if (!readNumberField("area", v, ok))
            return false;
        if (!ok)
            invalid(key == "area" ? "area" : key == "score" ? "score" : "mask_score");
        else if (key == "area")
            f.area = v;
        else if (key == "score")
            f.score = v, m_hasScore = true;
        else
            m_maskScore = v, m_hasMaskScore = true;
        return true;
    }
    if (key == "iscrowd") {
        const JsonScanner::Kind k = m_scanner.peek();
        if (k == JsonScanner::Kind::True || k == JsonScanner::Kind::False)
            return m_scanner.readBool(f.crowd);
        qint64 v = 0;
        if (!readIntField("iscrowd", v, ok))
            return false;
        if (!ok || (v != 0 && v != 1))
            invalid("iscrowd");
        f.crowd = ok && v != 0;
        return true;
    }
    return m_scanner.skipValue();
}

bool CocoParser::parseBbox(AnnotationStore::AnnotationFields& f)
{
    if (m_scanner.peek() != JsonScanner::Kind::Array)
        return m_scanner.skipValue();
    m_scanner.enterArray();
    bool first = true;
    int n = 0;
    while (m_scanner.nextElement(first)) {
        double v = 0;
        bool ok = true;
        if (!readNumberField("bbox", v, ok))
            return false;
        if (n < 4)
            f.bbox[std::size_t(n)] = ok ? v : 0.0;
        ++n;
    }
    if (n != 4 && !m_scanner.failed())
        diagnose(Diagnostic::Code::InvalidField, f.id, m_objectStart,
                 Text::tr("annotation at %1: 'bbox' must have 4 numbers, has %2").arg(where(m_objectStart)).arg(n));
    return !m_scanner.failed();
}

bool CocoParser::parseSegmentation(AnnotationStore::AnnotationFields& f, bool& bad)
{
    const JsonScanner::Kind k = m_scanner.peek();
    if (k == JsonScanner::Kind::Array)
        return parsePolygon(f, bad);
    if (k == JsonScanner::Kind::Object)
        return parseRle(f, bad);
    m_seg = Seg::Bad;
    diagnose(Diagnostic::Code::InvalidField, f.id, m_objectStart,
             Text::tr("annotation at %1: 'segmentation' must be a list of polygons or an RLE object").arg(where(m_objectStart)));
    return m_scanner.skipValue();
}

bool CocoParser::parsePolygon(AnnotationStore::AnnotationFields& f, bool& bad)
{
    m_scanner.enterArray();
    m_seg = Seg::Polygon;
    bool first = true;
    while (m_scanner.nextElement(first)) {
        if (m_scanner.peek() != JsonScanner::Kind::Array) {
            m_seg = Seg::Bad;
            diagnose(Diagnostic::Code::InvalidField, f.id, m_objectStart,
                     Text::tr("annotation at %1: each polygon must be a list of numbers").arg(where(m_objectStart)));
            if (!m_scanner.skipValue())
                return false;
            continue;
        }
        const std::size_t before = m_coords.size();
        bool nonNumber = false;
        if (!m_scanner.readNumberArray(m_coords, nonNumber))
            return false;
        if (nonNumber)
            m_seg = Seg::Bad;
        m_ringSizes.push_back(quint32(m_coords.size() - before));
    }
    if (m_seg == Seg::Bad) {
        bad = true;
        diagnose(Diagnostic::Code::InvalidField, f.id, m_objectStart,
                 Text::tr("annotation at %1: a polygon contains something other than numbers").arg(where(m_objectStart)));
    }
    return !m_scanner.failed();
}

bool CocoParser::parseRle(AnnotationStore::AnnotationFields& f, bool& bad)
{
    m_scanner.enterObject();
    m_seg = Seg::Bad;
    m_rleHeight = m_rleWidth = -1;
    bool first = true, haveCounts = false;
    std::string_view key;
    while (m_scanner.nextMember(first, key)) {
        if (key == "size" && m_scanner.peek() == JsonScanner::Kind::Array) {
            m_scanner.enterArray();
            bool firstDim = true, ok = true;
            int n = 0;
            while (m_scanner.nextElement(firstDim)) {
                qint64 v = -1;
                if (!readIntField("size", v, ok))
                    return false;
                if (n == 0) m_rleHeight = ok ? v : -1;
                if (n == 1) m_rleWidth = ok ? v : -1;
                ++n;
            }
            if (n != 2)
                m_rleHeight = -1;
        } else if (key == "counts" && m_scanner.peek() == JsonScanner::Kind::String) {
            bool escaped = false;
            if (!m_scanner.readString(m_rleString, &escaped))
                return false;
            // Compressed counts use ASCII 48–111 only; the JSON escape for '\' (92) is the one
            // that can legitimately occur, and then the raw text is not the counts string.
            haveCounts = !escaped;
            if (escaped) {
                m_unescapedCounts = JsonScanner::unescape(m_rleString);
                m_rleString = m_unescapedCounts;
                haveCounts = true;
            }
            m_seg = Seg::RleString;
        } else if (key == "counts" && m_scanner.peek() == JsonScanner::Kind::Array) {
            m_runs.clear();
            m_scanner.enterArray();
            bool firstRun = true, allOk = true;
            while (m_scanner.nextElement(firstRun)) {
                qint64 v = 0;
                bool ok = true;
                if (!readIntField("counts", v, ok))
                    return false;
                allOk = allOk && ok && v >= 0 && v <= 0xffffffffLL;
                m_runs.push_back(quint32(std::max<qint64>(0, std::min<qint64>(v, 0xffffffffLL))));
            }
            haveCounts = allOk;
            m_seg = allOk ? Seg::RleRuns : Seg::Bad;
        } else if (!m_scanner.skipValue()) {
            return false;
        }
    }
    if (m_scanner.failed())
        return false;
    if (!haveCounts || m_rleHeight < 0 || m_rleWidth < 0) {
        m_seg = Seg::Bad;
        bad = true;
        diagnose(Diagnostic::Code::InvalidField, f.id, m_objectStart,
                 Text::tr("annotation at %1: RLE segmentation needs 'size' [height, width] and 'counts'").arg(where(m_objectStart)));
    } else if (m_rleHeight > limits::kMaxImageSide || m_rleWidth > limits::kMaxImageSide
               || m_rleHeight * m_rleWidth > limits::kMaxImagePixels) {
        m_seg = Seg::Bad;
        bad = true;
        diagnose(Diagnostic::Code::InvalidField, f.id, m_objectStart,
                 Text::tr("annotation at %1: RLE size %2 × %3 exceeds the limit of %4 pixels per side and %5 pixels")
                     .arg(where(m_objectStart)).arg(m_rleHeight).arg(m_rleWidth).arg(limits::kMaxImageSide)
                     .arg(limits::kMaxImagePixels));
    }
    return true;
}

void CocoParser::checkRings(const AnnotationStore::AnnotationFields& f, std::size_t at)
{
    std::size_t offset = 0;
    for (quint32 size : m_ringSizes) {
        const std::span<const double> ring(m_coords.data() + offset, size);
        offset += size;
        if (size % 2 != 0 && wants(Diagnostic::Code::OddCoordinateCount))
            diagnose(Diagnostic::Code::OddCoordinateCount, f.id, at,
                     Text::tr("annotation %1 at %2: a polygon has an odd number of coordinates (%3)")
                         .arg(f.id).arg(where(at)).arg(size));
        if (distinctPointsUpTo3(ring) < 3 && wants(Diagnostic::Code::DegenerateRing))
            diagnose(Diagnostic::Code::DegenerateRing, f.id, at,
                     Text::tr("annotation %1 at %2: a polygon has fewer than 3 distinct points").arg(f.id).arg(where(at)));
    }
    if (m_ringSizes.empty())
        diagnose(Diagnostic::Code::EmptySegmentation, f.id, at,
                 Text::tr("annotation %1 at %2 has an empty segmentation").arg(f.id).arg(where(at)));
}

bool CocoParser::polygonWithinLimits(const AnnotationStore::AnnotationFields& f, std::size_t at)
{
    if (m_coords.size() > limits::kMaxCoordinatesPerAnnotation || m_ringSizes.size() > limits::kMaxRingsPerAnnotation) {
        diagnose(Diagnostic::Code::InvalidField, f.id, at,
                 Text::tr("annotation %1 at %2 has %3 coordinates in %4 rings, over the limit of %5 coordinates and %6 "
                          "rings; it is kept in the file but not shown")
                     .arg(f.id).arg(where(at)).arg(m_coords.size()).arg(m_ringSizes.size())
                     .arg(limits::kMaxCoordinatesPerAnnotation).arg(limits::kMaxRingsPerAnnotation),
                 Diagnostic::Severity::Error);
        return false;
    }
    for (double v : m_coords) {
        if (!(std::abs(v) <= limits::kMaxCoordinate)) {
            diagnose(Diagnostic::Code::NonFiniteCoordinate, f.id, at,
                     Text::tr("annotation %1 at %2 has a non-finite or out-of-range coordinate (limit ±%3); it is kept in "
                              "the file but not shown").arg(f.id).arg(where(at)).arg(limits::kMaxCoordinate),
                     Diagnostic::Severity::Error);
            return false;
        }
    }
    return true;
}

void CocoParser::commitAnnotation(AnnotationStore::AnnotationFields& f, bool bad)
{
    const std::size_t at = f.raw.offset;
    if (m_resultsList && f.id == std::numeric_limits<qint64>::min())
        f.id = qint64(m_elementIndex) + 1; // as pycocotools' loadRes numbers results
    if (m_hasMaskScore)
        f.score = m_maskScore;
    if (f.id == std::numeric_limits<qint64>::min() || f.imageId == std::numeric_limits<qint64>::min()) {
        diagnose(Diagnostic::Code::MissingField, -1, at,
                 Text::tr("annotation at %1 has no valid integer 'id' and 'image_id'; it is kept in the file but not shown")
                     .arg(where(at)), Diagnostic::Severity::Error);
        bad = true;
    }
    if (m_seg == Seg::Polygon && !bad)
        bad = !polygonWithinLimits(f, at);
    if (bad || m_seg == Seg::Bad) {
        f.flags |= AnnotationStore::Opaque;
        m_store.appendEmpty(f);
        return;
    }
    switch (m_seg) {
    case Seg::Polygon:
        checkRings(f, at);
        m_store.appendPolygon(f, m_coords, m_ringSizes);
        break;
    case Seg::RleString: m_store.appendRle(f, int(m_rleHeight), int(m_rleWidth), m_rleString); break;
    case Seg::RleRuns: m_store.appendRle(f, int(m_rleHeight), int(m_rleWidth), std::span<const quint32>(m_runs)); break;
    case Seg::None:
        diagnose(Diagnostic::Code::MissingField, f.id, at,
                 Text::tr("annotation %1 at %2 has no 'segmentation'").arg(f.id).arg(where(at)));
        m_store.appendEmpty(f);
        break;
    case Seg::Bad: break;
    }
}

} // namespace curator::detail
