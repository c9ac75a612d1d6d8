#pragma once

#include "model/qc/qcfinding.h"

#include <QtGlobal>

#include <array>
#include <atomic>
#include <functional>
#include <vector>

namespace curator {

class ImageSource;
struct AnnotationSet;

/**
 * Thresholds of the QC checks. The defaults are what `livecell-cli qc` and the application use;
 * each is documented with the reasoning behind it.
 */
struct QcThresholds
{
    /**
     * AreaMismatch when |area − shoelace area| > max(areaAbsolute, areaRelative × shoelace area).
     * LIVECell's `area` is the float shoelace area of the ring, so real files agree to ~1e-9; the
     * tolerance only absorbs rounding by tools that re-write the file (1 px², 1 %). For RLE
     * segmentations the reference is the mask's pixel count.
     */
    double areaAbsolute = 1.0;
    double areaRelative = 0.01;
    /**
     * BboxMismatch when any of x, y, x + w, y + h differs from the vertices' extent by more than
     * this many pixels (coordinates carry 2 decimals; 0.05 px allows for re-rounding).
     */
    double bboxTolerance = 0.05;
    /** NearDuplicate when the masks' IoU (pycocotools rasterisation, model/io/rle.h) is ≥ this. */
    double nearDuplicateIou = 0.8;
    /**
     * HeavyOverlap when the masks' intersection covers at least this fraction of the smaller mask
     * and the pair is not a near-duplicate. 0.5: touching and interdigitating neighbours in dense
     * LIVECell fields share a few boundary pixels, never half a cell; a contour half inside
     * another is a double contour or a cell annotated inside a cell.
     */
    double heavyOverlapFraction = 0.5;
    /**
     * AreaOutlier when |ln(area) − median| / (1.4826 × MAD) exceeds this, per cell type, where
     * median and MAD are taken over ln(area) of all live cells of that type in the set (1.4826
     * makes the MAD a consistent estimate of the standard deviation for normal data). Cell areas
     * are roughly log-normal, so this is symmetric in "how many times larger/smaller". 4.5 keeps
     * genuine size variation (mitoses, spread cells) and flags debris-sized specks and contours
     * around whole clusters. Zero-area cells are always outliers.
     */
    double areaOutlierZ = 4.5;
    /** A cell type needs at least this many cells before its area statistics are trusted. */
    int areaOutlierMinCells = 50;
    /**
     * SparseImage when an image with at least one cell has fewer than sparseRatio × the cell
     * type's median cells per image AND (when its series has images ±sparseNeighbourHours away in
     * any loaded set) fewer than sparseRatio × their mean count. With no neighbour to compare
     * against, the bar is halved (sparseRatio / 2 × the type median), because early time points
     * are legitimately sparse. Types whose median is below sparseMinTypeMedian are not judged.
     */
    double sparseRatio = 0.2;
    int sparseNeighbourHours = 4;
    int sparseMinTypeMedian = 20;
};

/** What QcRunner::run() checks and how. */
struct QcOptions
{
    QcThresholds thresholds;
    /** Checks to run; all by default. */
    std::array<bool, kQcCheckCount> enabled = allEnabled();
    /**
     * Other loaded splits (e.g. train when checking val): SplitLeakage compares file names with
     * them, SparseImage uses their images as extra time-point neighbours and cell-type
     * statistics. Sets with the same path as the checked set are ignored. Only read.
     */
    std::vector<const AnnotationSet*> otherSets;
    /** images.zip or folder for ImageMissing; the check is skipped when null. Only read. */
    const ImageSource* images = nullptr;
    /**
     * When not empty, only findings about these image indices (and their annotations) are
     * produced, e.g. to refresh one image after an edit; dataset statistics (cell-type medians)
     * still use the whole set. Orphan annotations are only reported for a full run.
     */
    std::vector<int> onlyImages;
    /** Worker threads; 0 uses QThread::idealThreadCount(). */
    int threads = 0;
    /** Annotations done and total; called from the thread that called run(), every few thousand cells. */
    std::function<void(qint64 done, qint64 total)> progress;
    /** Set from any thread to stop early; run() then returns nullopt. */
    const std::atomic_bool* cancel = nullptr;

    static std::array<bool, kQcCheckCount> allEnabled()
    {
        std::array<bool, kQcCheckCount> a{};
        a.fill(true);
        return a;
    }
    bool isEnabled(QcCheck c) const { return enabled[std::size_t(c)]; }
};

} // namespace curator
