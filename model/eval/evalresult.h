#pragma once

#include "model/celltype.h"
#include "model/eval/evalparams.h"
#include "model/eval/unitevaluation.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace curator {

class AnnotationStore;

/**
 * The greedy COCO matching of one image at one IoU threshold, area range "all", with the
 * detections COCOeval keeps (the best maxDets by score). Indices are annotation indices in the
 * prediction and ground-truth stores.
 */
struct ImageMatches
{
    struct Match
    {
        int prediction = -1;
        int groundTruth = -1;
        double iou = 0;
    };
    double iouThreshold = 0;
    std::vector<Match> truePositives;     ///< predictions matched to a regular (non-crowd) cell
    std::vector<int> falsePositives;      ///< predictions matched to nothing
    std::vector<int> falseNegatives;      ///< regular cells no prediction matched
    std::vector<Match> ignoredMatches;    ///< matched to a crowd region: neither TP nor FP

    int tp() const { return int(truePositives.size()); }
    int fp() const { return int(falsePositives.size()); }
    int fn() const { return int(falseNegatives.size()); }
    /** tp / (tp + fp); 0 when there is no prediction. */
    double precision() const;
    /** tp / (tp + fn); 0 when there is no regular cell. */
    double recall() const;
    /** 2 tp / (2 tp + fp + fn); 1 when the image has neither cells nor predictions. */
    double f1() const;
    /**
     * The matching at an operating point: without the predictions of @p predictions scoring under
     * @p minScore (those without a score stay). COCO's greedy matching takes predictions in falling
     * score order, so this is exactly the matching of the predictions kept: the cells only dropped
     * ones matched become missed, dropped spurious ones go.
     */
    ImageMatches atMinScore(const AnnotationStore& predictions, double minScore) const;
};

/** Everything evaluated about one ground-truth image. */
struct ImageEvaluation
{
    qint64 imageId = 0;
    int gtImage = -1;              ///< index of the image in the ground-truth store
    QString fileName;
    CellType cellType = CellType::Unknown;
    int groundTruthCount = 0;      ///< evaluated cells, crowd regions included
    int crowdCount = 0;
    int predictionCount = 0;       ///< predictions for this image (before maxDets truncation)
    int truncatedPredictions = 0;  ///< lowest-scored predictions beyond the last maxDets, not evaluated
    double ap = -1;                ///< AP@[.50:.95] of this image alone; -1 without regular cells
    ImageMatches at50;             ///< matching at IoU 0.50
    ImageMatches at75;             ///< matching at IoU 0.75
    /** Matching at each of params.iouThresholds, in order; only with Evaluator::Options::everyThreshold. */
    std::vector<ImageMatches> byThreshold;
};

/** COCOeval's accumulated arrays, laid out as numpy's (C order). */
struct EvalArrays
{
    int T = 0, R = 0, K = 0, A = 0, M = 0;
    std::vector<double> precision; ///< T × R × K × A × M; -1 where there is no ground truth
    std::vector<double> recall;    ///< T × K × A × M
    std::vector<double> scores;    ///< T × R × K × A × M: score at each recall threshold

    std::size_t precisionIndex(int t, int r, int k, int a, int m) const
    {
        return (((std::size_t(t) * R + r) * K + k) * A + a) * M + m;
    }
    std::size_t recallIndex(int t, int k, int a, int m) const
    {
        return ((std::size_t(t) * K + k) * A + a) * M + m;
    }
};

/** The summary numbers (the twelve lines of COCOeval.summarize()). */
struct EvalSummary
{
    struct Value
    {
        SummaryItem item;
        double value = -1;
    };
    std::vector<Value> values;

    /** The value for a key such as "AP" or "AR_small@2000"; NaN when absent. */
    double value(QStringView key) const;
    /** The twelve lines exactly as pycocotools prints them (each ending in a newline). */
    QString toText(const EvalParams& params) const;
    /** One line, e.g. " Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=2000 ] = 0.543". */
    static QString formatLine(const EvalParams& params, const Value& value);
};

/** The summary restricted to the images of one cell type. */
struct CellTypeEvaluation
{
    CellType cellType = CellType::Unknown;
    int images = 0;
    int groundTruth = 0;
    int predictions = 0;
    EvalSummary summary;
};

/** What an evaluation found besides the numbers: inputs it skipped, as pycocotools would. */
struct EvalFindings
{
    Q_DECLARE_TR_FUNCTIONS(EvalFindings)
public:
    int unknownImagePredictions = 0;      ///< predictions for images absent from the ground truth
    std::vector<qint64> unknownImageIds;  ///< their image ids, ascending
    int otherCategoryPredictions = 0;     ///< category not among the ground truth's
    int otherCategoryGroundTruth = 0;     ///< ground truth whose category is not declared
    int unknownImageGroundTruth = 0;      ///< ground truth whose image id is not in `images`
    int unscoredPredictions = 0;          ///< predictions without a score (evaluated as score 1)
    int truncatedPredictions = 0;         ///< beyond maxDets in their image
    bool categoriesFromAnnotations = false; ///< the ground truth declares no category
    bool boxAreas = false;                ///< detection areas were bbox w × h (see DetectionArea)

    /** Translated, user-facing sentences for each non-zero finding. */
    QStringList messages() const;
};

/** The complete result of an evaluation. */
struct EvalResult
{
    EvalParams params;
    std::vector<qint64> categoryIds;      ///< the K axis (useCats) or the class-agnostic pool
    EvalArrays arrays;
    EvalSummary summary;
    std::vector<ImageEvaluation> images;  ///< every ground-truth image, by ascending id
    std::vector<CellTypeEvaluation> cellTypes; ///< types present, in LIVECell's order, Unknown last
    EvalFindings findings;
    int groundTruthCount = 0;
    int predictionCount = 0;
    /**
     * COCOeval.evaluateImg's output per image (aligned with images); only with
     * Evaluator::Options::keepUnits. Evaluator::update() re-accumulates from it.
     */
    std::vector<std::vector<UnitEvaluation>> units;
};

} // namespace curator
