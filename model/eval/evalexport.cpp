#include "model/eval/evalexport.h"
#include "model/io/csv.h"
#include "model/io/jsondismantle.h"

#include <nlohmann/json.hpp>

namespace curator {

namespace {

using nlohmann::json;

json summaryObject(const EvalSummary& summary)
{
    json j = json::object();
    for (const EvalSummary::Value& v : summary.values)
        j[v.item.key.toStdString()] = v.value;
    return j;
}

// Values are built member by member, moved rather than copied, and emptied before they go (jsondismantle.h):
// nlohmann's initializer lists and destructor allocate where running out of memory cannot be reported.

json arrayObject(const std::vector<int>& shape, const std::vector<double>& data)
{
    json j = json::object();
    j["shape"] = shape;
    j["data"] = data;
    return j;
}

json cellTypesObject(const EvalResult& result)
{
    json j = json::object();
    for (const CellTypeEvaluation& c : result.cellTypes) {
        json entry = summaryObject(c.summary);
        entry["images"] = c.images;
        entry["gt"] = c.groundTruth;
        entry["predictions"] = c.predictions;
        const QString name = cellTypeName(c.cellType);
        j[(name.isEmpty() ? QStringLiteral("unknown") : name).toStdString()] = std::move(entry);
    }
    return j;
}

QByteArray number(double v) { return QByteArray::number(v, 'g', 17); }

ImageMatches atPoint(const ImageMatches& m, const EvalExport::OperatingPoint& point)
{
    return point.predictions && point.minScore > 0 ? m.atMinScore(*point.predictions, point.minScore) : m;
}

QByteArray matchColumns(const ImageMatches& m)
{
    return QByteArray::number(m.tp()) + ',' + QByteArray::number(m.fp()) + ',' + QByteArray::number(m.fn())
           + ',' + number(m.precision()) + ',' + number(m.recall()) + ',' + number(m.f1());
}

void appendMatchRows(QByteArray& out, const ImageEvaluation& image, const ImageMatches& m,
                     const AnnotationStore& gt)
{
    const QByteArray head = QByteArray::number(image.imageId) + ',' + QByteArray::number(m.iouThreshold, 'f', 2) + ',';
    const auto row = [&](const char* kind, int prediction, int groundTruth, double iou) {
        out += head + kind + ',' + (prediction >= 0 ? QByteArray::number(prediction) : QByteArray()) + ','
               + (groundTruth >= 0 ? QByteArray::number(gt.annotationId(groundTruth)) : QByteArray()) + ','
               + (prediction >= 0 && groundTruth >= 0 ? number(iou) : QByteArray()) + '\n';
    };
    for (const ImageMatches::Match& x : m.truePositives)
        row("tp", x.prediction, x.groundTruth, x.iou);
    for (int p : m.falsePositives)
        row("fp", p, -1, 0);
    for (int g : m.falseNegatives)
        row("fn", -1, g, 0);
    for (const ImageMatches::Match& x : m.ignoredMatches)
        row("ignored", x.prediction, x.groundTruth, x.iou);
}

} // namespace

QByteArray EvalExport::summaryObjectJson(const EvalSummary& summary)
{
    json j = summaryObject(summary);
    const DismantleOnExit dismantled(j);
    return QByteArray::fromStdString(j.dump(1));
}

QByteArray EvalExport::resultJson(const EvalResult& result, const QString& groundTruthPath,
                                  const QString& resultsPath, bool perCellType)
{
    const EvalArrays& a = result.arrays;
    const std::string protocol = EvalParams::protocolName(result.params.protocol).toStdString();
    json j = json::object();
    const DismantleOnExit dismantled(j);
    j["gt"] = groundTruthPath.toStdString();
    j["results"] = resultsPath.toStdString();
    j["protocol"] = protocol;
    j[protocol] = summaryObject(result.summary);
    json& counts = j["counts"] = json::object();
    counts["images"] = result.images.size();
    counts["gt"] = result.groundTruthCount;
    counts["predictions"] = result.predictionCount;
    counts["predictions_for_unknown_images"] = result.findings.unknownImagePredictions;
    counts["predictions_with_other_category"] = result.findings.otherCategoryPredictions;
    counts["predictions_beyond_max_dets"] = result.findings.truncatedPredictions;
    json& findings = j["findings"] = json::array();
    for (const QString& m : result.findings.messages())
        findings.push_back(m.toStdString());
    j["unknown_image_ids"] = result.findings.unknownImageIds;
    j["category_ids"] = result.categoryIds;
    j["iou_thresholds"] = result.params.iouThresholds;
    j["max_dets"] = result.params.maxDets;
    j["precision"] = arrayObject({a.T, a.R, a.K, a.A, a.M}, a.precision);
    j["recall"] = arrayObject({a.T, a.K, a.A, a.M}, a.recall);
    if (perCellType)
        j["per_cell_type"] = cellTypesObject(result);
    return QByteArray::fromStdString(j.dump(1)) + '\n';
}

QByteArray EvalExport::perImageCsv(const EvalResult& result, const OperatingPoint& point)
{
    QByteArray out = "image_id,file_name,cell_type,gt,crowd,predictions,not_evaluated,AP,"
                     "tp50,fp50,fn50,precision50,recall50,f1_50,tp75,fp75,fn75,precision75,recall75,f1_75\n";
    for (const ImageEvaluation& e : result.images) {
        out += QByteArray::number(e.imageId) + ',' + csvField(e.fileName) + ',' + cellTypeName(e.cellType).toUtf8()
               + ',' + QByteArray::number(e.groundTruthCount) + ',' + QByteArray::number(e.crowdCount) + ','
               + QByteArray::number(e.predictionCount) + ',' + QByteArray::number(e.truncatedPredictions) + ','
               + number(e.ap) + ',' + matchColumns(atPoint(e.at50, point)) + ',' + matchColumns(atPoint(e.at75, point))
               + '\n';
    }
    return out;
}

QByteArray EvalExport::matchesCsv(const EvalResult& result, const AnnotationStore& groundTruth,
                                  const OperatingPoint& point)
{
    QByteArray out = "image_id,iou_threshold,kind,prediction_index,gt_id,iou\n";
    for (const ImageEvaluation& e : result.images) {
        appendMatchRows(out, e, atPoint(e.at50, point), groundTruth);
        appendMatchRows(out, e, atPoint(e.at75, point), groundTruth);
    }
    return out;
}

QString EvalExport::cellTypeTable(const EvalResult& result)
{
    QString text = QStringLiteral("%1 %2 %3 %4").arg(tr("Cell type"), -9).arg(tr("Images"), 6)
                       .arg(tr("Cells"), 7).arg(tr("Preds"), 7);
    for (const EvalSummary::Value& v : result.summary.values)
        text += u' ' + v.item.key.rightJustified(8);
    text += u'\n';
    for (const CellTypeEvaluation& c : result.cellTypes) {
        const QString name = cellTypeName(c.cellType);
        text += QStringLiteral("%1 %2 %3 %4").arg(name.isEmpty() ? tr("unknown") : name, -9)
                    .arg(c.images, 6).arg(c.groundTruth, 7).arg(c.predictions, 7);
        for (const EvalSummary::Value& v : c.summary.values)
            text += u' ' + QString::number(v.value, 'f', 3).rightJustified(std::max<qsizetype>(8, v.item.key.size()));
        text += u'\n';
    }
    return text;
}

} // namespace curator
