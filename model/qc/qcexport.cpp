#include "model/qc/qcexport.h"
#include "model/io/csv.h"

#include <nlohmann/json.hpp>

namespace curator {

namespace {

nlohmann::json findingJson(const QcFinding& f, const QString& key, bool dismissed)
{
    nlohmann::json j = {{"check", qcCheckId(f.check).toStdString()},
                        {"severity", qcSeverityId(f.severity).toStdString()},
                        {"image_id", f.imageId},
                        {"annotation_ids", f.annotationIds},
                        {"message", f.message.toStdString()},
                        {"key", key.toStdString()}};
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
    return j;
}

QByteArray number(double v) { return v == v ? QByteArray::number(v, 'g', 10) : QByteArray(); }

} // namespace

QByteArray QcExport::toJson(const QcReport& report, const QString& source, const QSet<QString>& dismissed)
{
    nlohmann::json summary = nlohmann::json::object();
    for (int c = 0; c < kQcCheckCount; ++c)
        summary[qcCheckId(QcCheck(c)).toStdString()] = report.counts[std::size_t(c)];
    nlohmann::json findings = nlohmann::json::array();
    for (const QcFinding& f : report.findings) {
        const QString key = f.key();
        findings.push_back(findingJson(f, key, dismissed.contains(key)));
    }
    const nlohmann::json j = {{"source", source.toStdString()}, {"images", report.images},
                              {"annotations", report.annotations}, {"seconds", report.seconds},
                              {"summary", summary}, {"findings", findings}};
    return QByteArray::fromStdString(j.dump(1)) + '\n';
}

QByteArray QcExport::toCsv(const QcReport& report, const QSet<QString>& dismissed)
{
    QByteArray out = "check,severity,image_id,annotation_ids,value,x,y,message,key,dismissed\n";
    for (const QcFinding& f : report.findings) {
        QByteArray ids;
        for (std::size_t i = 0; i < f.annotationIds.size(); ++i)
            ids += (i ? " " : "") + QByteArray::number(f.annotationIds[i]);
        const QString key = f.key();
        out += qcCheckId(f.check).toUtf8() + ',' + qcSeverityId(f.severity).toUtf8() + ','
               + QByteArray::number(f.imageId) + ',' + ids + ',' + number(f.value) + ',' + number(f.x) + ','
               + number(f.y) + ',' + csvField(f.message) + ',' + csvField(key) + ','
               + (dismissed.contains(key) ? "1" : "0") + '\n';
    }
    return out;
}

} // namespace curator
