#pragma once

#include "model/annotationset.h"
#include "model/celltype.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace curator::synth {

/** xoshiro256** seeded through SplitMix64: the same numbers on every platform and compiler. */
class Rng
{
public:
    explicit Rng(std::uint64_t seed);
    std::uint64_t next();
    /** Uniform in [0, 1). */
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /** Uniform integer in [0, n), n > 0. */
    int below(int n) { return int(next() % std::uint64_t(n)); }
    /** Standard normal (Box–Muller). */
    double normal();
    /** A seed derived from @p seed and @p a, @p b (independent streams for images, ids, …). */
    static std::uint64_t derive(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0);

private:
    std::uint64_t m_s[4];
};

/** One synthetic cell: its polygon and how it is drawn. */
struct SynthCell
{
    std::vector<std::int32_t> centi;   ///< x1,y1,x2,y2,… in hundredths of a pixel, unclosed ring
    float centerX = 0, centerY = 0;
    float radius = 0;                  ///< equivalent radius in pixels
    float angle = 0;                   ///< long-axis direction, radians
    float elongation = 1;              ///< long / short axis
    float contrast = 0;                ///< body brightness relative to the background, grey levels
};

/** The cell type of image @p index: the eight types in turn. */
CellType synthCellType(int index);

/**
 * A LIVECell-style file name for image @p index of @p split, unique within the split for up to
 * 100,000 images: `<Type>_Phase_<Well>_<Location>_<DD>d<HH>h00m_<Crop>.tif`. Consecutive images of a
 * type walk crops, then locations, then 4-hourly time points, so they form time-lapse series.
 */
QString synthFileName(int index, Split split);

/**
 * @p count cells for one image of @p width x @p height, shaped after @p type (size, elongation,
 * clustering), deterministic in @p seed. Rings have 18–38 vertices (LIVECell averages 28) with 2-decimal coordinates
 * clamped to the image (so vertices may lie exactly on the border) and occasional repeated
 * consecutive vertices, like LIVECell's.
 */
std::vector<SynthCell> synthCells(CellType type, int count, std::uint64_t seed, int width, int height);

} // namespace curator::synth
