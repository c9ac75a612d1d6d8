#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace curator {

/** One area range of COCOeval: objects with min <= area <= max count, others are ignored. */
struct AreaRange
{
    QString label;   ///< "all", "small", "medium", "large"
    double min = 0;
    double max = 0;
};

/**
 * Which area decides whether an unmatched detection falls outside an area range. pycocotools'
 * loadRes sets a result's area to its bbox's w × h when the first result has a non-empty
 * "bbox" (detectron2 result files do), and to the mask area otherwise; detectron2's and
 * LIVECell's evaluators drop "bbox" before loadRes, so they always use mask areas.
 */
enum class DetectionArea : quint8 {
    Auto,  ///< as pycocotools' loadRes on the file as it is
    Mask,  ///< mask area, as detectron2's / LIVECell's COCOEvaluator
    Box,   ///< the stored bbox's w × h
};

/** One line of COCOeval.summarize(): which slice of the precision or recall array is averaged. */
struct SummaryItem
{
    QString key;             ///< e.g. "AP", "AP50", "AP_small", "AR@100", "AR_small@2000"
    bool precision = true;   ///< AP (precision array) or AR (recall array)
    double iouThreshold = -1; ///< a single threshold (compared for equality, as numpy.where), or -1 for all
    int areaIndex = 0;
    int maxDets = 0;
};

/**
 * The parameters of pycocotools' COCOeval for iouType "segm" (its Params class), plus the
 * twelve summary lines. Thresholds are computed exactly as numpy.linspace computes them.
 */
struct EvalParams
{
    Q_DECLARE_TR_FUNCTIONS(EvalParams)
public:
    enum class Protocol : quint8 { Livecell, Coco };

    Protocol protocol = Protocol::Livecell;
    /** false: class-agnostic (one pool of all categories); true: per category, then averaged. */
    bool useCats = false;
    std::vector<double> iouThresholds;     ///< .50:.05:.95 (10 values)
    std::vector<double> recallThresholds;  ///< 0:.01:1 (101 values)
    std::vector<int> maxDets;              ///< ascending; the last one truncates per image
    std::vector<AreaRange> areaRanges;     ///< the first is "all"
    std::vector<SummaryItem> summaryItems; ///< the 12 lines of summarize(), in order
    DetectionArea detectionArea = DetectionArea::Auto;

    /**
     * LIVECell's protocol (code/coco_evaluation.py): useCats 0, maxDets 100/500/2000, areas small
     * [0, 324], medium [324, 961], large [961, 1e10]; AP lines at 2000 detections. All GT
     * categories form the class-agnostic pool (LIVECell sets catIds [1], its only category).
     */
    static EvalParams livecell();
    /** pycocotools' defaults: useCats 1, maxDets 1/10/100, areas 32² and 96². */
    static EvalParams coco();
    static EvalParams forProtocol(Protocol protocol);
    static std::optional<Protocol> protocolFromName(QStringView name);
    static QString protocolName(Protocol protocol);
    static std::optional<DetectionArea> detectionAreaFromName(QStringView name);
    static QString detectionAreaName(DetectionArea area);

    /** numpy.linspace(start, stop, num) bit for bit: i * ((stop - start) / (num - 1)) + start. */
    static std::vector<double> linspace(double start, double stop, int num);

    /** Replaces maxDets (sorted ascending, as COCOeval does) and rebuilds the summary lines for them. */
    void setMaxDets(std::vector<int> values);

    int areaIndex(QStringView label) const;
    int maxDetsIndex(int maxDet) const;
};

} // namespace curator
