#include "model/io/cocoparser.h"
#include "model/limits.h"

#include <QCoreApplication>

#include <cmath>
#include <cstring>
#include <unordered_map>

namespace curator::detail {

namespace {
constexpr std::size_t kTickBytes = 8u << 20;
constexpr int kDiagnosticsPerCode = 200;

/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::detail::CocoParser)
};

bool keyIs(std::string_view key, std::string_view name) { return key == name; }
} // namespace

CocoParser::CocoParser(const SourceBuffer& source, AnnotationSet& set, const CocoReader::Options& options)
    : m_source(source), m_set(set), m_store(set.store), m_options(options), m_scanner(source.text())
{
}

QString CocoParser::where(std::size_t offset) const
{
    // Diagnostics arrive mostly in file order: count newlines from the last answer, not from 0.
    const std::string_view text = m_source.text();
    offset = std::min(offset, text.size());
    if (offset < m_whereOffset)
        m_whereOffset = m_whereLine = m_whereLineStart = 0;
    for (const char* p = text.data() + m_whereOffset;;) {
        const void* nl = std::memchr(p, '\n', std::size_t(text.data() + offset - p));
        if (!nl)
            break;
        p = static_cast<const char*>(nl) + 1;
        ++m_whereLine;
        m_whereLineStart = std::size_t(p - text.data());
    }
    m_whereOffset = offset;
    return Text::tr("byte %1 (line %2, column %3)").arg(offset).arg(m_whereLine + 1).arg(offset - m_whereLineStart + 1);
}

bool CocoParser::wants(Diagnostic::Code code)
{
    if (m_diagnosticCounts[std::size_t(code)] < kDiagnosticsPerCode)
        return true;
    ++m_diagnosticCounts[std::size_t(code)];
    return false;
}

void CocoParser::diagnose(Diagnostic::Code code, qint64 objectId, std::size_t offset, const QString& message,
                          Diagnostic::Severity severity)
{
    if (++m_diagnosticCounts[std::size_t(code)] > kDiagnosticsPerCode)
        return;
    Diagnostic d;
    d.code = code;
    d.severity = severity;
    d.objectId = objectId;
    d.byteOffset = qint64(offset);
    d.message = message;
    m_set.diagnostics.append(d);
}

bool CocoParser::tick()
{
    if (m_scanner.offset() < m_nextTick)
        return true;
    m_nextTick = m_scanner.offset() + kTickBytes;
    // Pages already parsed are not needed again until export; let them leave the resident set.
    if (m_scanner.offset() > m_residentFrom + kTickBytes)
        m_source.releaseResident(m_residentFrom, m_scanner.offset() - kTickBytes);
    const bool cancelled = (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
                           || (m_options.progress && !m_options.progress(qint64(m_scanner.offset()),
                                                                         qint64(m_source.size())));
    if (cancelled) {
        m_cancelled = true;
        m_scanner.failAt(m_scanner.offset(), "cancelled");
    }
    return !cancelled;
}

bool CocoParser::parse()
{
    const std::size_t estimate = m_source.size();
    m_store.reserve(estimate / 450 + 16, estimate / 7 + 64);
    bool ok = false;
    const JsonScanner::Kind top = m_scanner.peek();
    if (top == JsonScanner::Kind::Array) {
        m_resultsList = true;
        m_set.layout.bareResultsList = true;
        CocoLayout::Shape shape;
        ok = parseAnnotations(shape);
    } else if (top == JsonScanner::Kind::Object) {
        ok = parseTopLevelObject();
    } else if (top == JsonScanner::Kind::End) {
        m_scanner.failAt(m_scanner.offset(), "the file is empty");
    } else {
        m_scanner.fail("expected a JSON object (a COCO dataset) or array (a results list) at the top level");
    }
    if (ok && !m_scanner.atEnd())
        m_scanner.fail("unexpected content after the end of the JSON document");
    if (m_scanner.failed()) {
        if (m_cancelled) {
            m_errorMessage = Text::tr("%1: loading cancelled").arg(m_source.name());
        } else {
            m_errorMessage = Text::tr("%1: invalid JSON at %2: %3")
                                 .arg(m_source.name(), where(m_scanner.errorOffset()),
                                      QString::fromUtf8(m_scanner.error()));
        }
        return false;
    }
    finish();
    if (m_options.progress)
        m_options.progress(qint64(m_source.size()), qint64(m_source.size()));
    return true;
}

bool CocoParser::parseTopLevelObject()
{
    m_scanner.enterObject();
    bool first = true;
    std::string_view key;
    bool sawImages = false, sawAnnotations = false;
    while (m_scanner.nextMember(first, key)) {
        CocoLayout::Member member;
        member.key = QByteArray::fromStdString(JsonScanner::unescape(key));
        const std::size_t keyEnd = std::size_t(key.data() + key.size() - m_source.data()) + 1;
        member.keyRaw = {std::uint64_t(key.data() - m_source.data() - 1), quint32(key.size() + 2)};
        Q_UNUSED(keyEnd);
        const std::size_t valueStart = m_scanner.valueOffset();
        bool ok = true;
        if (member.key == "images" && !sawImages) {
            sawImages = true;
            ok = parseImages(m_set.layout.imagesShape);
        } else if (member.key == "annotations" && !sawAnnotations) {
            sawAnnotations = true;
            ok = parseAnnotations(m_set.layout.annotationsShape);
        } else {
            ok = (member.key == "categories") ? parseCategories() : m_scanner.skipValue();
            member.value = {valueStart, quint32(m_scanner.offset() - valueStart)};
        }
        if (!ok)
            return false;
        m_set.layout.topLevel.push_back(std::move(member));
    }
    if (m_scanner.failed())
        return false;
    if (!sawImages && !sawAnnotations)
        diagnose(Diagnostic::Code::MissingField, -1, 0,
                 Text::tr("%1: neither 'images' nor 'annotations' found; is this a COCO file?").arg(m_source.name()),
                 Diagnostic::Severity::Error);
    return true;
}

bool CocoParser::parseImages(CocoLayout::Shape& shape)
{
    const JsonScanner::Kind k = m_scanner.peek();
    if (k != JsonScanner::Kind::Array && k != JsonScanner::Kind::Object)
        return m_scanner.fail("'images' must be a list or an object keyed by id");
    if (k == JsonScanner::Kind::Object) {
        shape = CocoLayout::Shape::Dict;
        return parseKeyedObjects(&CocoParser::parseImage);
    }
    shape = CocoLayout::Shape::List;
    m_scanner.enterArray();
    bool first = true;
    while (m_scanner.nextElement(first)) {
        if (!parseImage({}))
            return false;
    }
    return !m_scanner.failed();
}

bool CocoParser::parseKeyedObjects(bool (CocoParser::*parseOne)(SourceSpan dictKey))
{
    m_scanner.enterObject();
    bool first = true;
    std::string_view key;
    while (m_scanner.nextMember(first, key)) {
        // The key's span includes its quotes, so that the writer can copy it as it stood.
        const SourceSpan keySpan{std::uint64_t(key.data() - m_source.data() - 1), quint32(key.size() + 2)};
        if (!(this->*parseOne)(keySpan))
            return false;
    }
    return !m_scanner.failed();
}

bool CocoParser::parseImage(SourceSpan dictKey)
{
    const std::size_t start = m_scanner.valueOffset();
    if (m_scanner.peek() != JsonScanner::Kind::Object)
        return m_scanner.fail("each image must be an object");
    m_scanner.enterObject();
    ImageRecord image;
    image.dictKey = dictKey;
    bool first = true, idOk = false, haveId = false;
    std::string_view key;
    while (m_scanner.nextMember(first, key)) {
        bool ok = true;
        if (keyIs(key, "id")) {
            haveId = true;
            if (!readIntField("id", image.id, idOk))
                return false;
        } else if (keyIs(key, "width") || keyIs(key, "height")) {
            qint64 v = 0;
            if (!readIntField(key.data(), v, ok))
                return false;
            if (!ok || v < 0 || v > limits::kMaxImageSide)
                diagnose(Diagnostic::Code::InvalidField, image.id, start,
                         Text::tr("image at %1: '%2' is not a valid size").arg(where(start), QString::fromLatin1(key.data(), qsizetype(key.size()))));
            else
                (keyIs(key, "width") ? image.width : image.height) = int(v);
        } else if (keyIs(key, "file_name") && m_scanner.peek() == JsonScanner::Kind::String) {
            std::string_view raw;
            bool escaped = false;
            m_scanner.readString(raw, &escaped);
            image.fileName = escaped ? QString::fromStdString(JsonScanner::unescape(raw))
                                     : QString::fromUtf8(raw.data(), qsizetype(raw.size()));
        } else if (!m_scanner.skipValue()) {
            return false;
        }
    }
    if (m_scanner.failed())
        return false;
    image.raw = {start, quint32(m_scanner.offset() - start)};
    if (!haveId || !idOk) {
        diagnose(haveId ? Diagnostic::Code::InvalidField : Diagnostic::Code::MissingField, -1, start,
                 Text::tr("image at %1 has no valid integer 'id'").arg(where(start)), Diagnostic::Severity::Error);
        image.id = std::numeric_limits<qint64>::min();
    }
    if (image.fileName.isEmpty())
        diagnose(Diagnostic::Code::MissingField, image.id, start,
                 Text::tr("image %1 at %2 has no 'file_name'").arg(image.id).arg(where(start)));
    image.name = LivecellName::parse(image.fileName);
    m_store.appendImage(std::move(image));
    return tick();
}

bool CocoParser::parseCategories()
{
    if (m_scanner.peek() != JsonScanner::Kind::Array)
        return m_scanner.skipValue();
    m_scanner.enterArray();
    bool first = true;
    while (m_scanner.nextElement(first)) {
        if (m_scanner.peek() != JsonScanner::Kind::Object) {
            if (!m_scanner.skipValue())
                return false;
            continue;
        }
        m_scanner.enterObject();
        Category c;
        bool firstMember = true, ok = true;
        std::string_view key;
        while (m_scanner.nextMember(firstMember, key)) {
            std::string_view raw;
            if (keyIs(key, "id")) {
                if (!readIntField("id", c.id, ok))
                    return false;
            } else if ((keyIs(key, "name") || keyIs(key, "supercategory"))
                       && m_scanner.peek() == JsonScanner::Kind::String) {
                m_scanner.readString(raw);
                (keyIs(key, "name") ? c.name : c.supercategory) =
                    QString::fromStdString(JsonScanner::unescape(raw));
            } else if (!m_scanner.skipValue()) {
                return false;
            }
        }
        if (m_scanner.failed())
            return false;
        m_store.appendCategory(std::move(c));
    }
    return !m_scanner.failed();
}

bool CocoParser::readIntField(const char* field, qint64& out, bool& ok)
{
    if (m_scanner.peek() != JsonScanner::Kind::Number) {
        ok = false;
        Q_UNUSED(field);
        return m_scanner.skipValue();
    }
    std::int64_t v = 0;
    if (!m_scanner.readInteger(v, &ok))
        return false;
    out = v;
    return true;
}

bool CocoParser::readNumberField(const char* field, double& out, bool& ok)
{
    Q_UNUSED(field);
    ok = m_scanner.peek() == JsonScanner::Kind::Number;
    if (!ok)
        return m_scanner.skipValue();
    if (!m_scanner.readDouble(out))
        return false;
    ok = std::isfinite(out);
    return true;
}

void CocoParser::finish()
{
    std::vector<qint64> dupAnnotations, dupImages;
    m_store.finalize(&dupAnnotations, &dupImages);
    for (qint64 id : dupImages)
        diagnose(Diagnostic::Code::DuplicateImageId, id, std::size_t(-1),
                 Text::tr("image id %1 is used by more than one image").arg(id), Diagnostic::Severity::Error);
    for (qint64 id : dupAnnotations)
        diagnose(Diagnostic::Code::DuplicateAnnotationId, id, std::size_t(-1),
                 Text::tr("annotation id %1 is used by more than one annotation").arg(id), Diagnostic::Severity::Error);

    // Not a QHash: Qt 6.4's ends the application where an insert runs out of memory (findOrInsert is noexcept).
    std::unordered_map<QString, qint64> byName;
    for (int i = 0; i < m_store.imageCount(); ++i) {
        const ImageRecord& img = m_store.image(i);
        if (img.fileName.isEmpty())
            continue;
        const auto [it, added] = byName.emplace(img.fileName, img.id);
        if (!added)
            diagnose(Diagnostic::Code::DuplicateFileName, img.id, img.raw.offset,
                     Text::tr("file name %1 appears under image ids %2 and %3")
                         .arg(img.fileName).arg(it->second).arg(img.id));
    }
    for (int a = 0; a < m_store.annotationCount(); ++a) {
        if (m_store.annotationImage(a) < 0 && !m_store.isOpaque(a) && !m_resultsList
            && wants(Diagnostic::Code::UnknownImageId))
            diagnose(Diagnostic::Code::UnknownImageId, m_store.annotationId(a), m_store.rawSpan(a).offset,
                     Text::tr("annotation %1 at %2 refers to image id %3, which is not in 'images'")
                         .arg(m_store.annotationId(a)).arg(where(m_store.rawSpan(a).offset))
                         .arg(m_store.annotationImageId(a)));
    }
    for (std::size_t c = 0; c < m_diagnosticCounts.size(); ++c) {
        const int extra = m_diagnosticCounts[c] - kDiagnosticsPerCode;
        if (extra > 0) {
            Diagnostic d;
            d.code = Diagnostic::Code(c);
            d.message = Text::tr("… and %1 more findings of the kind '%2'").arg(extra).arg(diagnosticCodeName(d.code));
            m_set.diagnostics.append(d);
        }
    }
}

} // namespace curator::detail
