#pragma once

#include "model/segmentation/instanceextractor.h"

#include <vector>

namespace curator {

/**
 * Stability of each instance of a label map (PostProcessParams::stability): the maps are cut again
 * with every variant of @p params, and each instance's factor is the mean, over the variants, of its
 * best IoU with one of that variant's instances (1 when it comes out identical every time, 0 when
 * no variant has it). @p labels is InstanceExtractor::labelMap()'s output for @p params, holding
 * instances 1…@p count. Returns count + 1 factors (index 0 unused); all 1 without variants.
 * One pass over the pixels per variant besides its label map.
 */
std::vector<double> stabilityFactors(const ProbabilityMaps& maps, const PostProcessParams& params,
                                     const std::vector<int>& labels, int count);

} // namespace curator
