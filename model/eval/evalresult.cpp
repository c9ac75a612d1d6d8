#include "model/eval/evalresult.h"

#include "model/annotationstore.h"

#include <cmath>
#include <limits>

namespace curator {

double ImageMatches::precision() const
{
    const int n = tp() + fp();
    return n ? double(tp()) / n : 0.0;
}

double ImageMatches::recall() const
{
    const int n = tp() + fn();
    return n ? double(tp()) / n : 0.0;
}

double ImageMatches::f1() const
{
    const int n = 2 * tp() + fp() + fn();
    return n ? 2.0 * tp() / n : 1.0;
}

ImageMatches ImageMatches::atMinScore(const AnnotationStore& predictions, double minScore) const
{
    if (!(minScore > 0))
        return *this;
    const auto kept = [&](int dt) {
        if (dt < 0 || dt >= predictions.annotationCount())
            return true;
        const double score = predictions.score(dt);
        return std::isnan(score) || score >= minScore;
    };
    ImageMatches out;
    out.iouThreshold = iouThreshold;
    out.falseNegatives = falseNegatives;
    for (const Match& match : truePositives) {
        if (kept(match.prediction))
            out.truePositives.push_back(match);
        else
            out.falseNegatives.push_back(match.groundTruth);
    }
    for (int dt : falsePositives) {
        if (kept(dt))
            out.falsePositives.push_back(dt);
    }
    for (const Match& match : ignoredMatches) {
        if (kept(match.prediction))
            out.ignoredMatches.push_back(match);
    }
    return out;
}

double EvalSummary::value(QStringView key) const
{
    for (const Value& v : values) {
        if (v.item.key == key)
            return v.value;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

QString EvalSummary::formatLine(const EvalParams& params, const Value& value)
{
    const SummaryItem& item = value.item;
    const QString title = item.precision ? QStringLiteral("Average Precision") : QStringLiteral("Average Recall");
    const QString type = item.precision ? QStringLiteral("(AP)") : QStringLiteral("(AR)");
    QString iou;
    if (item.iouThreshold < 0 && !params.iouThresholds.empty()) {
        iou = QString::number(params.iouThresholds.front(), 'f', 2) + u':'
              + QString::number(params.iouThresholds.back(), 'f', 2);
    } else {
        iou = QString::number(item.iouThreshold, 'f', 2);
    }
    const QString area = std::size_t(item.areaIndex) < params.areaRanges.size()
                             ? params.areaRanges[std::size_t(item.areaIndex)].label
                             : QString();
    return QStringLiteral(" %1 %2 @[ IoU=%3 | area=%4 | maxDets=%5 ] = %6")
        .arg(title.leftJustified(18), type, iou.leftJustified(9), area.rightJustified(6),
             QString::number(item.maxDets).rightJustified(3), QString::number(value.value, 'f', 3));
}

QString EvalSummary::toText(const EvalParams& params) const
{
    QString text;
    for (const Value& v : values)
        text += formatLine(params, v) + u'\n';
    return text;
}

QStringList EvalFindings::messages() const
{
    QStringList out;
    if (unknownImagePredictions > 0) {
        QStringList ids;
        for (std::size_t i = 0; i < unknownImageIds.size() && i < 10; ++i)
            ids << QString::number(unknownImageIds[i]);
        if (unknownImageIds.size() > 10)
            ids << tr("… %n ids in all", nullptr, int(unknownImageIds.size()));
        out << tr("%n prediction(s) refer to image ids that are not in the ground truth (%1); they were "
                  "ignored.", nullptr, unknownImagePredictions)
                   .arg(ids.join(QStringLiteral(", ")));
    }
    if (otherCategoryPredictions > 0)
        out << tr("%n prediction(s) have a category that the ground truth does not declare; they "
                  "were ignored.", nullptr, otherCategoryPredictions);
    if (otherCategoryGroundTruth > 0)
        out << tr("%n ground-truth annotation(s) have an undeclared category; they were ignored.",
                  nullptr, otherCategoryGroundTruth);
    if (unknownImageGroundTruth > 0)
        out << tr("%n ground-truth annotation(s) refer to an image id not in the ground truth's "
                  "images; they were ignored.", nullptr, unknownImageGroundTruth);
    if (unscoredPredictions > 0)
        out << tr("%n prediction(s) have no score; they were evaluated with score 1.", nullptr,
                  unscoredPredictions);
    if (truncatedPredictions > 0)
        out << tr("%n lowest-scored prediction(s) exceed the per-image maximum of detections and "
                  "were not evaluated.", nullptr, truncatedPredictions);
    if (categoriesFromAnnotations)
        out << tr("The ground truth declares no category; the categories of its annotations were "
                  "used.");
    return out;
}

} // namespace curator
