#include "model/eval/accumulator.h"

#include <algorithm>
#include <limits>

namespace curator {

namespace {

// numpy's pairwise_sum for float64 (unrolled by 8, blocks of 128).
double pairwiseSum(const double* a, std::size_t n)
{
    if (n < 8) {
        double res = 0.;
        for (std::size_t i = 0; i < n; ++i)
            res += a[i];
        return res;
    }
    if (n <= 128) {
        double r[8];
        for (int j = 0; j < 8; ++j)
            r[j] = a[j];
        std::size_t i = 8;
        for (; i < n - (n % 8); i += 8) {
            for (int j = 0; j < 8; ++j)
                r[j] += a[i + std::size_t(j)];
        }
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i)
            res += a[i];
        return res;
    }
    std::size_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwiseSum(a, n2) + pairwiseSum(a + n2, n - n2);
}

constexpr double kEpsilon = std::numeric_limits<double>::epsilon(); // np.spacing(1)

} // namespace

double Accumulator::numpyMean(std::span<const double> values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    return (0.0 + pairwiseSum(values.data(), values.size())) / double(values.size());
}

EvalArrays Accumulator::accumulate(const EvalParams& params, int categoryCount,
                                   std::span<const UnitEvaluation* const> units)
{
    return accumulate(params, categoryCount, units, -1, -1);
}

EvalArrays Accumulator::accumulate(const EvalParams& params, int categoryCount,
                                   std::span<const UnitEvaluation* const> units, int areaIndex, int maxDetsIndex)
{
    EvalArrays out;
    out.T = int(params.iouThresholds.size());
    out.R = int(params.recallThresholds.size());
    out.K = categoryCount;
    out.A = int(params.areaRanges.size());
    out.M = int(params.maxDets.size());
    const std::size_t big = std::size_t(out.T) * out.R * out.K * out.A * out.M;
    out.precision.assign(big, -1.0);
    out.scores.assign(big, -1.0);
    out.recall.assign(std::size_t(out.T) * out.K * out.A * out.M, -1.0);

    std::vector<const UnitEvaluation*> e;
    std::vector<Det> dets;
    for (int k = 0; k < categoryCount; ++k) {
        e.clear();
        dets.clear();
        for (const UnitEvaluation* u : units) {
            if (u->category != k)
                continue;
            for (std::size_t d = 0; d < u->scores.size(); ++d)
                dets.push_back({u->scores[d], quint32(e.size()), quint32(d)});
            e.push_back(u);
        }
        if (e.empty())
            continue;
        std::stable_sort(dets.begin(), dets.end(),
                         [](const Det& a, const Det& b) { return -a.score < -b.score; });
        for (int a = 0; a < out.A; ++a) {
            if (areaIndex >= 0 && a != areaIndex)
                continue;
            long npig = 0;
            for (const UnitEvaluation* u : e)
                npig += u->regularGt[std::size_t(a)];
            if (npig == 0)
                continue;
            for (int m = 0; m < out.M; ++m) {
                if (maxDetsIndex < 0 || m == maxDetsIndex)
                    accumulateSlice(params, e, dets, {k, a, m, npig}, out);
            }
        }
    }
    return out;
}

void Accumulator::accumulateSlice(const EvalParams& params, std::span<const UnitEvaluation* const> units,
                                  const std::vector<Det>& dets, const Slice& s, EvalArrays& out)
{
    const auto maxDet = quint32(params.maxDets[std::size_t(s.m)]);
    const std::size_t A = std::size_t(out.A);
    std::vector<Flags> kept;
    kept.reserve(dets.size());
    for (const Det& d : dets) {
        if (d.rank >= maxDet)
            continue;
        const UnitEvaluation* u = units[d.unit];
        const std::size_t at = std::size_t(d.rank) * A + std::size_t(s.a);
        kept.push_back({u->matched[at], u->ignored[at], d.score});
    }
    Curve curve;
    for (int t = 0; t < out.T; ++t)
        fillThreshold(params, kept, quint16(1u << t), s, t, curve, out);
}

// COCOeval builds rc and pr for every detection, takes the running maximum of pr from the end
// and reads it where rc first reaches each recall threshold. Precision only rises at true
// positives and rc only changes there, so the same values come from the true positives alone:
// pr at each of them (same expression, same rounding), its maximum from the end, and the k-th
// true positive for the smallest k with k / npig >= threshold (k = 0 reads detection 0).
void Accumulator::fillThreshold(const EvalParams& params, const std::vector<Flags>& kept, quint16 bit,
                                const Slice& s, int t, Curve& c, EvalArrays& out)
{
    c.tpIndex.clear();
    c.envelope.clear();
    double fp = 0;
    for (std::size_t i = 0; i < kept.size(); ++i) {
        if (kept[i].ignored & bit)
            continue;
        if (kept[i].matched & bit) {
            const double tp = double(c.tpIndex.size() + 1);
            c.tpIndex.push_back(quint32(i));
            c.envelope.push_back(tp / (fp + tp + kEpsilon));
        } else {
            fp += 1;
        }
    }
    for (std::size_t j = c.envelope.size(); j > 1; --j)
        c.envelope[j - 2] = std::max(c.envelope[j - 2], c.envelope[j - 1]);
    const std::size_t tps = c.tpIndex.size(), nd = kept.size();
    const double npig = double(s.npig);
    out.recall[out.recallIndex(t, s.k, s.a, s.m)] = nd ? double(tps) / npig : 0.0;
    std::size_t k = 0;
    for (int r = 0; r < out.R; ++r) {
        const double threshold = params.recallThresholds[std::size_t(r)];
        while (k <= tps && double(k) / npig < threshold)
            ++k;
        const std::size_t at = out.precisionIndex(t, r, s.k, s.a, s.m);
        if (nd == 0 || k > tps) {
            out.precision[at] = 0.0;
            out.scores[at] = 0.0;
            continue;
        }
        out.precision[at] = tps ? c.envelope[k == 0 ? 0 : k - 1] : 0.0;
        out.scores[at] = kept[k == 0 ? 0 : c.tpIndex[k - 1]].score;
    }
}

double Accumulator::summaryValue(const EvalParams& params, const EvalArrays& arrays, const SummaryItem& item)
{
    std::vector<int> tind, aind, mind;
    for (int t = 0; t < arrays.T; ++t) {
        if (item.iouThreshold < 0 || params.iouThresholds[std::size_t(t)] == item.iouThreshold)
            tind.push_back(t);
    }
    const QString& label = params.areaRanges[std::size_t(item.areaIndex)].label;
    for (int a = 0; a < arrays.A; ++a) {
        if (params.areaRanges[std::size_t(a)].label == label)
            aind.push_back(a);
    }
    for (int m = 0; m < arrays.M; ++m) {
        if (params.maxDets[std::size_t(m)] == item.maxDets)
            mind.push_back(m);
    }
    std::vector<double> s;
    const std::size_t n = std::min(aind.size(), mind.size()); // numpy broadcasts the two index lists
    for (int t : tind) {
        for (int r = 0; r < (item.precision ? arrays.R : 1); ++r) {
            for (int k = 0; k < arrays.K; ++k) {
                for (std::size_t j = 0; j < n; ++j) {
                    const double v = item.precision
                                         ? arrays.precision[arrays.precisionIndex(t, r, k, aind[j], mind[j])]
                                         : arrays.recall[arrays.recallIndex(t, k, aind[j], mind[j])];
                    if (v > -1)
                        s.push_back(v);
                }
            }
        }
    }
    return s.empty() ? -1.0 : numpyMean(s);
}

EvalSummary Accumulator::summarize(const EvalParams& params, const EvalArrays& arrays)
{
    EvalSummary summary;
    for (const SummaryItem& item : params.summaryItems)
        summary.values.push_back({item, summaryValue(params, arrays, item)});
    return summary;
}

double Accumulator::meanPrecision(const EvalArrays& arrays, int areaIndex, int maxDetsIndex)
{
    std::vector<double> s;
    for (int t = 0; t < arrays.T; ++t) {
        for (int r = 0; r < arrays.R; ++r) {
            for (int k = 0; k < arrays.K; ++k) {
                const double v = arrays.precision[arrays.precisionIndex(t, r, k, areaIndex, maxDetsIndex)];
                if (v > -1)
                    s.push_back(v);
            }
        }
    }
    return s.empty() ? -1.0 : numpyMean(s);
}

} // namespace curator
