#pragma once

#include "model/eval/accumulator.h"
#include "model/eval/evalinput.h"
#include "model/eval/evalparams.h"
#include "model/eval/evalresult.h"
#include "model/io/rle.h"

#include <array>
#include <span>
#include <vector>

namespace curator {

/** What evaluating one image yields: the accumulator's input and the per-image report. */
struct ImageOutcome
{
    std::vector<UnitEvaluation> units;  ///< one per category present (one when class-agnostic)
    ImageEvaluation evaluation;
};

/**
 * COCOeval.computeIoU and evaluateImg for one image, every category and area range, exact to
 * pycocotools. Masks are built from runs (polygons rasterised as rleFrPoly); IoUs are computed
 * only for pairs whose boxes overlap (found with a grid), and only pairs reaching the lowest IoU
 * threshold are kept, which is all the greedy matching can ever accept. Holds scratch buffers:
 * use one instance per thread; the input must outlive it.
 */
class ImageEvaluator
{
public:
    /** With @p everyThreshold, ImageEvaluation::byThreshold is filled too. */
    ImageEvaluator(const EvalParams& params, const EvalInput& input, bool everyThreshold = false);

    /** Evaluates image @p image (a position in input.image()). */
    ImageOutcome evaluate(int image);

private:
    struct Masks
    {
        Rle::Counts runs;
        std::vector<std::size_t> offsets;              // size n + 1
        std::vector<std::array<int, 2>> sizes;         // height, width
        std::vector<std::array<int, 4>> boxes;         // x0, y0, x1, y1 (exclusive)
        void clear();
        std::span<const quint32> at(std::size_t i) const
        {
            return {runs.data() + offsets[i], offsets[i + 1] - offsets[i]};
        }
    };
    struct Candidate
    {
        quint32 gt;
        double iou;
    };
    struct Unit
    {
        int category = 0;
        std::span<const quint32> gt;
        std::span<const quint32> dt;
    };

    void evaluateCategories(int image, ImageOutcome& out);
    void evaluateUnit(const Unit& unit, ImageOutcome& out);
    void buildGroundTruthMasks();
    void orderPredictions(std::span<const quint32> dt);
    void appendMask(Masks& masks, const AnnotationStore& store, quint32 a);
    void finishMask(Masks& masks, int height, int width);
    void findCandidates();
    void buildGrid();
    void sortCandidates(const std::vector<quint8>& gtIgnore, std::vector<Candidate>& sorted) const;
    void matchAreaRange(int a, UnitEvaluation& unit, ImageEvaluation& report);
    int matchOne(std::span<const Candidate> candidates, double threshold, const std::vector<quint8>& gtIgnore,
                 double* iou) const;
    void report(int a, std::span<const int> matches, std::span<const double> ious,
                const std::vector<quint8>& gtIgnore, ImageMatches& out) const;

    const EvalParams& m_params;
    const EvalInput& m_input;
    bool m_everyThreshold = false;
    int m_reportT50 = -1, m_reportT75 = -1;
    int m_image = 0;
    int m_height = 0, m_width = 0;

    // per unit
    std::span<const quint32> m_gt;
    std::vector<quint32> m_dt;                 // kept predictions, COCOeval's order
    Masks m_gtMasks, m_dtMasks;
    std::vector<double> m_gtArea, m_dtArea;
    std::vector<quint8> m_crowd, m_gtMatched;
    std::vector<qint64> m_gtId;
    std::vector<std::uint32_t> m_candidateOffsets;
    std::vector<Candidate> m_candidates;

    // candidate search
    int m_gridColumns = 0, m_gridRows = 0;
    std::vector<std::uint32_t> m_gridOffsets, m_gridItems, m_stamp;
};

} // namespace curator
