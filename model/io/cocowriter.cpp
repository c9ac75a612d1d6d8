#include "model/io/cocowriter.h"

#include "model/io/jsonscanner.h"
#include "model/io/jsontext.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cmath>
#include <new>
#include <string>

namespace curator {

namespace {
/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::CocoWriter)
};

/** Buffered output to any sink; flushes in large blocks. */
class Output
{
public:
    using Sink = std::function<bool(const char*, std::size_t)>;
    // Starts small and grows to the block it flushes at: a small export (a journal check, a sidecar-sized
    // file) no longer allocates the whole block each time.
    explicit Output(Sink sink) : m_sink(std::move(sink)) { m_buffer.reserve(64 * 1024); }
    void put(std::string_view s)
    {
        m_buffer.append(s);
        flushIfFull();
    }
    void put(char c) { m_buffer.push_back(c); }
    void number(double v)
    {
        jsontext::appendNumber(m_buffer, v);
        flushIfFull();
    }
    void integer(qint64 v) { jsontext::appendInteger(m_buffer, v); }
    /** Lets one of jsontext's functions write straight into the buffer. */
    template<class Append>
    void append(Append&& append)
    {
        append(m_buffer);
        flushIfFull();
    }
    bool flush()
    {
        if (m_ok && !m_buffer.empty())
            m_ok = m_sink(m_buffer.data(), m_buffer.size());
        m_buffer.clear();
        return m_ok;
    }
    bool ok() const { return m_ok; }

private:
    void flushIfFull()
    {
        if (m_buffer.size() >= kBlock)
            flush();
    }

    static constexpr std::size_t kBlock = 4u << 20;
    Sink m_sink;
    std::string m_buffer;
    bool m_ok = true;
};

class Writer
{
public:
    Writer(const AnnotationSet& set, Output& out, const CocoWriter::Options& options)
        : m_set(set), m_store(set.store), m_out(out), m_options(options),
          m_text(set.store.source() ? set.store.source()->text() : std::string_view{})
    {
    }

    bool write(QString* error);

private:
    void writeImages();
    /** False when the progress callback asked to stop. */
    bool writeAnnotations();
    void writeDictKey(SourceSpan key, qint64 id);
    void writeAnnotation(int a);
    void writeRegenerated(int a);
    void writeResult(int a);
    void writeSegmentation(int a);
    void writeBbox(int a);
    std::string_view slice(SourceSpan s) const { return m_text.substr(s.offset, s.length); }

    const AnnotationSet& m_set;
    const AnnotationStore& m_store;
    Output& m_out;
    const CocoWriter::Options& m_options;
    std::string_view m_text;
    CocoLayout::Shape m_annotationShape = CocoLayout::Shape::List;
};

bool Writer::write(QString* error)
{
    if (m_store.source() && !m_store.source()->isIntact()) {
        if (error)
            *error = Text::tr("%1 changed on disk since it was loaded (another program wrote to it), so its unedited "
                              "objects can no longer be copied from it: nothing was written. The edits stay open and "
                              "journaled.").arg(m_store.source()->name());
        return false;
    }
    m_annotationShape = m_options.annotationsShape.value_or(m_set.layout.annotationsShape);
    const auto cancelled = [error] {
        if (error)
            *error = Text::tr("Saving was cancelled.");
        return false;
    };
    if (m_set.layout.bareResultsList) {
        m_annotationShape = CocoLayout::Shape::List;
        if (!writeAnnotations())
            return cancelled();
        return m_out.flush();
    }
    m_out.put('{');
    bool first = true;
    for (const CocoLayout::Member& m : m_set.layout.topLevel) {
        if (!first)
            m_out.put(", ");
        first = false;
        m_out.put(slice(m.keyRaw));
        m_out.put(": ");
        if (m.key == "images" && m.value.isEmpty()) {
            writeImages();
        } else if (m.key == "annotations" && m.value.isEmpty()) {
            if (!writeAnnotations())
                return cancelled();
        } else {
            m_out.put(slice(m.value));
        }
    }
    m_out.put('}');
    return m_out.flush();
}

void Writer::writeDictKey(SourceSpan key, qint64 id)
{
    if (!key.isEmpty()) {
        m_out.put(slice(key));
    } else {
        m_out.put('"');
        m_out.integer(id);
        m_out.put('"');
    }
    m_out.put(": ");
}

void Writer::writeImages()
{
    const bool dict = m_set.layout.imagesShape == CocoLayout::Shape::Dict;
    m_out.put(dict ? '{' : '[');
    for (int i = 0; i < m_store.imageCount(); ++i) {
        if (i > 0)
            m_out.put(", ");
        const ImageRecord& img = m_store.image(i);
        if (dict)
            writeDictKey(img.dictKey, img.id);
        m_out.put(slice(img.raw));
    }
    m_out.put(dict ? '}' : ']');
}

bool Writer::writeAnnotations()
{
    const bool dict = m_annotationShape == CocoLayout::Shape::Dict;
    m_out.put(dict ? '{' : '[');
    bool first = true;
    const int n = m_store.annotationCount();
    for (int a = 0; a < n; ++a) {
        if (m_store.isDeleted(a))
            continue;
        if (!first)
            m_out.put(", ");
        first = false;
        if (dict)
            writeDictKey(m_store.dictKeySpan(a), m_store.annotationId(a));
        writeAnnotation(a);
        if (m_options.progress && (a & 0xffff) == 0 && !m_options.progress(a, n))
            return false;
    }
    m_out.put(dict ? '}' : ']');
    return true;
}

void Writer::writeAnnotation(int a)
{
    const SourceSpan raw = m_store.rawSpan(a);
    if (!raw.isEmpty() && (!m_store.isEdited(a) || m_store.isOpaque(a))) {
        m_out.put(slice(raw));
        return;
    }
    writeRegenerated(a);
}

void Writer::writeSegmentation(int a)
{
    const SegmentationKind kind = m_store.segmentationKind(a);
    if (kind == SegmentationKind::RleCompressed || kind == SegmentationKind::RleUncompressed) {
        const RleView r = m_store.rle(a);
        if (r.compressed) {
            m_out.append([&r](std::string& out) { jsontext::appendCompressedRle(out, r.height, r.width, r.counts); });
            return;
        }
        m_out.put("{\"size\": [");
        m_out.integer(r.height);
        m_out.put(", ");
        m_out.integer(r.width);
        m_out.put("], \"counts\": [");
        for (std::size_t i = 0; i < r.runs.size(); ++i) {
            if (i)
                m_out.put(", ");
            m_out.integer(r.runs[i]);
        }
        m_out.put("]}");
        return;
    }
    m_out.put('[');
    for (int r = 0; r < m_store.ringCount(a); ++r) {
        m_out.put(r ? ", [" : "[");
        const auto ring = m_store.ring(a, r);
        for (std::size_t i = 0; i < ring.size(); ++i) {
            if (i)
                m_out.put(", ");
            m_out.number(ring[i]);
        }
        m_out.put(']');
    }
    m_out.put(']');
}

void Writer::writeBbox(int a)
{
    const auto b = m_store.bbox(a);
    m_out.put('[');
    for (int i = 0; i < 4; ++i) {
        if (i)
            m_out.put(", ");
        m_out.number(b[std::size_t(i)]);
    }
    m_out.put(']');
}

/** A result made in the application (the model's): detectron2's members and order, as livecell-cli segment writes. */
void Writer::writeResult(int a)
{
    m_out.append([this, a](std::string& out) {
        jsontext::appendDetectron2ResultHead(out, m_store.annotationImageId(a), m_store.categoryId(a), m_store.bbox(a),
                                             m_store.score(a));
    });
    writeSegmentation(a);
    m_out.put('}');
}

void Writer::writeRegenerated(int a)
{
    // Keep the original member order and every member we do not own; replace the geometry.
    bool wroteSegmentation = false, wroteArea = false, wroteBbox = false, any = false;
    const auto member = [&](std::string_view key) {
        m_out.put(any ? ", \"" : "\"");
        m_out.put(key);
        m_out.put("\": ");
        any = true;
    };
    const SourceSpan raw = m_store.rawSpan(a);
    if (raw.isEmpty() && m_set.layout.bareResultsList) {
        writeResult(a);
        return;
    }
    m_out.put('{');
    if (!raw.isEmpty()) {
        JsonScanner s(m_text, raw.offset);
        s.enterObject();
        bool first = true;
        std::string_view key;
        while (s.nextMember(first, key)) {
            const std::size_t start = s.valueOffset();
            s.skipValue();
            member(key);
            if (key == "segmentation") {
                writeSegmentation(a);
                wroteSegmentation = true;
            } else if (key == "area") {
                m_out.number(m_store.area(a));
                wroteArea = true;
            } else if (key == "bbox") {
                writeBbox(a);
                wroteBbox = true;
            } else if (key == "category_id") {
                m_out.integer(m_store.categoryId(a));
            } else {
                m_out.put(m_text.substr(start, s.offset() - start));
            }
        }
    } else {
        member("id");
        m_out.integer(m_store.annotationId(a));
        member("image_id");
        m_out.integer(m_store.annotationImageId(a));
        member("category_id");
        m_out.integer(m_store.categoryId(a));
    }
    if (!wroteSegmentation) {
        member("segmentation");
        writeSegmentation(a);
    }
    if (!wroteArea) {
        member("area");
        m_out.number(m_store.area(a));
    }
    if (!wroteBbox) {
        member("bbox");
        writeBbox(a);
    }
    if (raw.isEmpty()) {
        member("iscrowd");
        m_out.integer(m_store.isCrowd(a) ? 1 : 0);
    }
    m_out.put('}');
}
} // namespace

std::optional<QByteArray> CocoWriter::toBytes(const AnnotationSet& set, QString* error, const Options& options)
{
    try {
        QByteArray bytes;
        Output out([&bytes](const char* data, std::size_t size) {
            bytes.append(data, qsizetype(size));
            return true;
        });
        Writer writer(set, out, options);
        if (!writer.write(error))
            return std::nullopt;
        return bytes;
    } catch (const std::bad_alloc&) {
        if (error)
            *error = Text::tr("%1: not enough memory to write the annotations").arg(set.info.path);
        return std::nullopt;
    }
}

bool CocoWriter::writeFile(const AnnotationSet& set, const QString& path, QString* error, const Options& options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Text::tr("%1: cannot write (%2)").arg(path, file.errorString());
        return false;
    }
    try {
        Output out([&file](const char* data, std::size_t size) {
            return file.write(data, qint64(size)) == qint64(size);
        });
        Writer writer(set, out, options);
        if (!writer.write(error) || !out.ok()) {
            if (error && error->isEmpty())
                *error = Text::tr("%1: writing failed (%2)").arg(path, file.errorString());
            file.cancelWriting();
            return false;
        }
    } catch (const std::bad_alloc&) {
        // Out of memory half-way: the temporary file goes, the target stays as it was.
        file.cancelWriting();
        if (error)
            *error = Text::tr("%1: not enough memory to write it; the previous file is unchanged").arg(path);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = Text::tr("%1: could not complete the save (%2); the previous file is unchanged")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace curator
