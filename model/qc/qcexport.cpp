#include "model/qc/qcexport.h"
#include "model/io/csv.h"
#include "model/io/jsondismantle.h"
#include "model/io/savefile.h"

#include <nlohmann/json.hpp>

namespace curator {

namespace {

// The values are built member by member and emptied before they go (jsondismantle.h): nlohmann's initializer lists
// and destructor allocate where running out of memory cannot be reported.

void fillFindingJson(nlohmann::json& j, const QcFinding& f, const QString& key, bool dismissed)
{
    j = nlohmann::json::object();
    j["check"] = qcCheckId(f.check).toStdString();
    j["severity"] = qcSeverityId(f.severity).toStdString();
    j["image_id"] = f.imageId;
    j["annotation_ids"] = f.annotationIds;
    j["message"] = f.message.toStdString();
    j["key"] = key.toStdString();
    if (f.hasValue() && std::isfinite(f.value))
        j["value"] = f.value;
    else if (f.hasValue())
        j["value"] = f.value < 0 ? "-inf" : "inf";
    if (f.hasPosition()) {
        j["x"] = f.x;
        j["y"] = f.y;
    }
    if (!f.relatedImageIds.empty())
        j["related_image_ids"] = f.relatedImageIds;
    if (dismissed)
        j["dismissed"] = true;
}

QByteArray number(double v) { return v == v ? QByteArray::number(v, 'g', 10) : QByteArray(); }

/** Gathers small pieces into chunks of about a megabyte for a WriteChunk. */
class ChunkBuffer
{
public:
    explicit ChunkBuffer(const WriteChunk& write) : m_write(write) { m_buffer.reserve(kChunk + kChunk / 4); }
    bool append(QByteArrayView bytes)
    {
        m_buffer.append(bytes);
        return m_buffer.size() < kChunk || flush();
    }
    bool flush()
    {
        const bool ok = m_write(m_buffer);
        m_buffer.clear();
        return ok;
    }

private:
    static constexpr qsizetype kChunk = 1 << 20;
    const WriteChunk& m_write;
    QByteArray m_buffer;
};

/** Every line of @p text indented by @p indent more. */
std::string indented(const std::string& text, const std::string& indent)
{
    std::string out = indent;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        out += c;
        if (c == '\n')
            out += indent;
    }
    return out;
}

/**
 * The JSON as nlohmann's dump(1) of the whole document would spell it, written a finding at a time: the
 * document without its findings is dumped once and the findings go where its empty array stands (a
 * line of its own, since dumped strings never hold a raw line break).
 */
bool streamJson(const QcReport& report, const QString& source, const QSet<QString>& dismissed, const WriteChunk& write)
{
    nlohmann::json frame = nlohmann::json::object();
    const DismantleOnExit frameDismantled(frame);
    frame["source"] = source.toStdString();
    frame["images"] = report.images;
    frame["annotations"] = report.annotations;
    frame["seconds"] = report.seconds;
    nlohmann::json& summary = frame["summary"] = nlohmann::json::object();
    for (int c = 0; c < kQcCheckCount; ++c)
        summary[qcCheckId(QcCheck(c)).toStdString()] = report.counts[std::size_t(c)];
    frame["findings"] = nlohmann::json::array();
    const std::string text = frame.dump(1);
    const std::string slot = "\n \"findings\": []";
    const std::size_t at = text.find(slot) + slot.size() - 1;   // at the closing bracket
    ChunkBuffer out(write);
    if (!out.append(QByteArrayView(text.data(), qsizetype(at))))
        return false;
    bool first = true;
    nlohmann::json findingValue;
    const DismantleOnExit findingDismantled(findingValue);
    for (const QcFinding& f : report.findings) {
        const QString key = f.key();
        dismantle(findingValue);
        fillFindingJson(findingValue, f, key, dismissed.contains(key));
        const std::string finding = indented(findingValue.dump(1), "  ");
        if (!out.append(first ? "\n" : ",\n") || !out.append(QByteArrayView(finding.data(), qsizetype(finding.size()))))
            return false;
        first = false;
    }
    if (!report.findings.empty() && !out.append("\n "))
        return false;
    return out.append(QByteArrayView(text.data() + at, qsizetype(text.size() - at))) && out.append("\n") && out.flush();
}

bool streamCsv(const QcReport& report, const QSet<QString>& dismissed, const WriteChunk& write)
{
    ChunkBuffer out(write);
    if (!out.append("check,severity,image_id,annotation_ids,value,x,y,message,key,dismissed\n"))
        return false;
    for (const QcFinding& f : report.findings) {
        QByteArray ids;
        for (std::size_t i = 0; i < f.annotationIds.size(); ++i)
            ids += (i ? " " : "") + QByteArray::number(f.annotationIds[i]);
        const QString key = f.key();
        const QByteArray line = qcCheckId(f.check).toUtf8() + ',' + qcSeverityId(f.severity).toUtf8() + ','
                                + QByteArray::number(f.imageId) + ',' + ids + ',' + number(f.value) + ','
                                + number(f.x) + ',' + number(f.y) + ',' + csvField(f.message) + ',' + csvField(key)
                                + ',' + (dismissed.contains(key) ? "1" : "0") + '\n';
        if (!out.append(line))
            return false;
    }
    return out.flush();
}

WriteChunk appendTo(QByteArray& bytes)
{
    return [&bytes](QByteArrayView chunk) {
        bytes.append(chunk);
        return true;
    };
}

} // namespace

bool QcExport::writeJson(const QString& path, const QcReport& report, const QString& source,
                         const QSet<QString>& dismissed, QString* error)
{
    return saveFileInChunks(path, [&](const WriteChunk& write) { return streamJson(report, source, dismissed, write); },
                            error);
}

bool QcExport::writeCsv(const QString& path, const QcReport& report, const QSet<QString>& dismissed, QString* error)
{
    return saveFileInChunks(path, [&](const WriteChunk& write) { return streamCsv(report, dismissed, write); }, error);
}

QByteArray QcExport::toJson(const QcReport& report, const QString& source, const QSet<QString>& dismissed)
{
    QByteArray bytes;
    streamJson(report, source, dismissed, appendTo(bytes));
    return bytes;
}

QByteArray QcExport::toCsv(const QcReport& report, const QSet<QString>& dismissed)
{
    QByteArray bytes;
    streamCsv(report, dismissed, appendTo(bytes));
    return bytes;
}

} // namespace curator
