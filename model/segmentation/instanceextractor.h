#pragma once

#include "model/io/rle.h"
#include "model/segmentation/modelsidecar.h"

#include <QPolygonF>
#include <QRect>

#include <vector>

namespace cv {
class Mat;
}

namespace curator {

/** One cell found by a segmentation model. */
struct SegmentedCell
{
    /**
     * Outline in COCO image coordinates (pixel (x, y) spans [x, x+1) × [y, y+1)); vertices sit on the
     * centres of the mask's border pixels, simplified with PostProcessParams::polygonEpsilon. Open ring.
     */
    QPolygonF polygon;
    /** The instance mask at the image's size; the exact pixels, not the polygon re-rasterised. */
    Rle mask;
    /** Confidence in [0, 1] (PostProcessParams::score, times the stability factor when set). */
    double score = 0;
    /** Pixel count of the mask. */
    int area = 0;
    /** Bounding box of the mask in whole pixels. */
    QRect box;
};

/** Per-pixel probabilities, row-major, height × width each. */
struct ProbabilityMaps
{
    int width = 0;
    int height = 0;
    std::vector<float> interior;
    std::vector<float> foreground;
    /** P(contact): where two cells touch; empty when the network has no "contact" channel. */
    std::vector<float> contact;

    bool isValid() const
    {
        const auto n = std::size_t(width) * std::size_t(height);
        return width > 0 && height > 0 && interior.size() == n && foreground.size() == n
               && (contact.empty() || contact.size() == n);
    }
};

/**
 * Post-processing that turns probability maps into cell instances:
 * 1. foreground = P(foreground) > foregroundThreshold;
 * 2. seeds = 4-connected components of P(interior) > interiorThreshold within the foreground, at
 *    least minSeedArea pixels each (P(interior) first smoothed by a Gaussian of seedSmoothing px, if set);
 * 3. a seeded watershed floods the foreground from the seeds in order of rising elevation
 *    1 − P(interior) + contactWeight · P(contact) (the contact term only with a contact map), so
 *    touching cells split along their low-interior ridge, or along the line the network sees them
 *    touch; foreground unreachable from any seed stays background;
 * 4. each region becomes one instance (holes filled when fillHoles), dropped below minArea pixels,
 *    scored by its mean P(foreground) (score "meanForeground") or by the highest smoothed P(interior)
 *    inside it (score "seedPeak"), times its stability when the parameters list variants (see
 *    stabilityFactors()), with a simplified outline and its exact mask as COCO RLE;
 *    the maxInstances best-scoring are kept, ordered by falling score.
 * Deterministic, and safe to call from several threads at once.
 */
class InstanceExtractor
{
public:
    static std::vector<SegmentedCell> extract(const ProbabilityMaps& maps, const PostProcessParams& params);

    /**
     * Steps 1–3 only: the label of every pixel, row-major (0 background, 1…n instances in seed
     * order), before filling, area filtering or scoring. Exposed for tests and overlays.
     */
    static std::vector<int> labelMap(const ProbabilityMaps& maps, const PostProcessParams& params, int* count);

private:
    /** labelMap(), also handing back P(interior) as seeded and flooded (smoothed when seedSmoothing is set). */
    static std::vector<int> labelMap(const ProbabilityMaps& maps, const PostProcessParams& params, int* count,
                                     cv::Mat* interiorUsed);
};

} // namespace curator
