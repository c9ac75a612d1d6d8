#pragma once

#include "model/synth/synthcells.h"

#include <QImage>

#include <cstdint>
#include <vector>

namespace curator::synth {

/**
 * A phase-contrast-like 8-bit image of @p cells: a background around 128 with slow illumination
 * changes and sensor noise, each cell a slightly brighter or darker body with a darker nucleus,
 * outlined by a bright halo exactly along its polygon. The mean is brought to 128.
 * Deterministic in @p seed. Returns Format_Grayscale8.
 */
QImage renderSynthImage(const std::vector<SynthCell>& cells, std::uint64_t seed, int width, int height);

} // namespace curator::synth
