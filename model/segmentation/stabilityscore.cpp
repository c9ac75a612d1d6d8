#include "model/segmentation/stabilityscore.h"

#include <algorithm>
#include <utility>

namespace curator {
namespace {

/** Pixels each instance of @p a shares with each instance of @p b it overlaps: one short list per instance of @p a. */
struct Overlaps
{
    std::vector<std::vector<std::pair<int, int>>> shared;   // [label in a] -> (label in b, pixels)
    std::vector<int> areaA, areaB;
};

Overlaps overlaps(const std::vector<int>& a, int countA, const std::vector<int>& b, int countB)
{
    Overlaps o;
    o.shared.resize(std::size_t(countA) + 1);
    o.areaA.assign(std::size_t(countA) + 1, 0);
    o.areaB.assign(std::size_t(countB) + 1, 0);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const int p = a[i], q = b[i];
        ++o.areaA[std::size_t(p)];
        ++o.areaB[std::size_t(q)];
        if (p == 0 || q == 0)
            continue;
        auto& list = o.shared[std::size_t(p)];
        // A cell overlaps a handful of another partition's cells: a linear search beats a hash.
        auto it = std::find_if(list.begin(), list.end(), [q](const auto& e) { return e.first == q; });
        if (it == list.end())
            list.emplace_back(q, 1);
        else
            ++it->second;
    }
    return o;
}

} // namespace

std::vector<double> stabilityFactors(const ProbabilityMaps& maps, const PostProcessParams& params,
                                     const std::vector<int>& labels, int count)
{
    std::vector<double> factor(std::size_t(count) + 1, 1.0);
    if (params.stability.empty() || count <= 0)
        return factor;
    std::vector<double> sum(std::size_t(count) + 1, 0.0);
    for (const PostProcessVariant& variant : params.stability) {
        int variantCount = 0;
        const std::vector<int> other = InstanceExtractor::labelMap(maps, params.with(variant), &variantCount);
        if (other.size() != labels.size())
            continue;   // only for maps that could not have given @p labels; counts as IoU 0 throughout
        const Overlaps o = overlaps(labels, count, other, variantCount);
        for (int p = 1; p <= count; ++p) {
            double best = 0;
            for (const auto& [q, shared] : o.shared[std::size_t(p)])
                best = std::max(best, double(shared) / double(o.areaA[std::size_t(p)] + o.areaB[std::size_t(q)] - shared));
            sum[std::size_t(p)] += best;
        }
    }
    for (int p = 1; p <= count; ++p)
        factor[std::size_t(p)] = sum[std::size_t(p)] / double(params.stability.size());
    return factor;
}

} // namespace curator
