#pragma once

#include "model/eval/evalparams.h"
#include "model/eval/evalresult.h"
#include "model/eval/unitevaluation.h"

#include <span>
#include <vector>

namespace curator {

/** COCOeval.accumulate() and summarize(), bit-exact (numpy's pairwise summation included). */
class Accumulator
{
public:
    /**
     * Accumulates @p units, which must come in ascending image order (ties in score are broken
     * by that order, as numpy's stable mergesort of the concatenation breaks them), over
     * @p categoryCount categories.
     */
    static EvalArrays accumulate(const EvalParams& params, int categoryCount,
                                 std::span<const UnitEvaluation* const> units);
    /** As accumulate(), but fills only area range @p areaIndex and maxDets index @p maxDetsIndex (others stay -1). */
    static EvalArrays accumulate(const EvalParams& params, int categoryCount,
                                 std::span<const UnitEvaluation* const> units, int areaIndex, int maxDetsIndex);
    /** The summary values of params.summaryItems (-1 where nothing is defined). */
    static EvalSummary summarize(const EvalParams& params, const EvalArrays& arrays);
    /** Mean precision over all thresholds and categories in one area range / maxDets slice; -1 if none. */
    static double meanPrecision(const EvalArrays& arrays, int areaIndex, int maxDetsIndex);
    /** numpy.mean of a float64 vector: pairwise summation, then one division. */
    static double numpyMean(std::span<const double> values);

private:
    struct Det
    {
        double score;
        quint32 unit;
        quint32 rank;
    };
    struct Slice
    {
        int k, a, m;
        long npig;
    };
    struct Flags
    {
        quint16 matched, ignored;
        double score;
    };
    struct Curve
    {
        std::vector<quint32> tpIndex;   // index in the kept detections of each true positive
        std::vector<double> envelope;   // precision at each true positive, then its maximum from the end
    };
    static void fillThreshold(const EvalParams& params, const std::vector<Flags>& kept, quint16 bit,
                              const Slice& slice, int t, Curve& curve, EvalArrays& out);
    static void accumulateSlice(const EvalParams& params, std::span<const UnitEvaluation* const> units,
                                const std::vector<Det>& dets, const Slice& slice, EvalArrays& out);
    static double summaryValue(const EvalParams& params, const EvalArrays& arrays, const SummaryItem& item);
};

} // namespace curator
