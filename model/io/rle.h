#pragma once

#include <QtGlobal>

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace curator {

class AnnotationStore;

/**
 * A binary mask in COCO run-length encoding, bit-exact to pycocotools' maskApi.c.
 *
 * The mask is read column-major (x outer, y inner); counts alternate background/foreground runs
 * and always start with a (possibly empty) background run. Every operation reproduces the C
 * routine named beside it, including its integer arithmetic, so areas, boxes and IoUs equal
 * pycocotools' to the last bit. The static span-based functions exist for bulk work (evaluation)
 * that keeps runs in its own arenas; they never touch pixels.
 */
class Rle
{
public:
    using Counts = std::vector<quint32>;

    Rle() = default;
    Rle(int height, int width, Counts counts);

    int height() const { return m_height; }
    int width() const { return m_width; }
    const Counts& counts() const { return m_counts; }
    bool operator==(const Rle&) const = default;

    /** Foreground pixel count (rleArea). */
    quint32 area() const { return area(m_counts); }
    /** [x, y, w, h] of the foreground in whole pixels (rleToBbox). */
    std::array<double, 4> bbox() const { return bbox(m_counts, m_height, m_width); }
    /** COCO's compressed string (rleToString). */
    std::string toString() const { return toString(m_counts); }
    /** True when the runs cover exactly height × width pixels. */
    bool isConsistent() const;
    /** The mask as height × width bytes (0 or 1), column-major (rleDecode). Empty if inconsistent. */
    std::vector<quint8> toMask() const;

    /** Decodes a compressed string (rleFrString). */
    static Rle fromString(std::string_view compressed, int height, int width);
    /** Encodes height × width bytes, column-major, any non-zero byte is foreground (rleEncode). */
    static Rle fromMask(std::span<const quint8> mask, int height, int width);
    /** Rasterises one ring x1,y1,x2,y2,… exactly as rleFrPoly (odd trailing number ignored). */
    static Rle fromPolygon(std::span<const double> xy, int height, int width);
    /** Rasterises [x, y, w, h] as rleFrBbox. */
    static Rle fromBbox(const std::array<double, 4>& box, int height, int width);
    /**
     * A polygon segmentation as pycocotools' annToRLE makes it: every ring rasterised, then
     * merged (union). As in frPyObjects, a first ring of exactly 4 numbers makes every ring a box.
     */
    static Rle fromRings(std::span<const std::span<const double>> rings, int height, int width);
    /**
     * The mask of annotation @p a of @p store as COCOeval sees it. Polygons are rasterised at
     * @p height × @p width (the image's size); RLEs keep their own size. Empty segmentations give
     * an empty mask of the image's size.
     */
    static Rle fromAnnotation(const AnnotationStore& store, int a, int height, int width);
    /** Union (or intersection) of masks (rleMerge); a 0 × 0 mask when sizes differ. */
    static Rle merge(std::span<const Rle> rles, bool intersect = false);
    /**
     * rleIou for one pair: intersection over union, or over the detection's area when the ground
     * truth is a crowd; 0 when the boxes do not overlap, -1 when the sizes differ.
     */
    static double iou(const Rle& dt, const Rle& gt, bool gtIsCrowd);

    // ---- span-based primitives for bulk work
    static quint32 area(std::span<const quint32> counts);
    static std::array<double, 4> bbox(std::span<const quint32> counts, int height, int width);
    static std::string toString(std::span<const quint32> counts);
    /** Appends the runs of a compressed string to @p out; returns how many were appended. */
    static std::size_t appendFromString(std::string_view compressed, Counts& out);
    /** Appends the runs of rleFrPoly(@p xy) to @p out; returns how many were appended. */
    static std::size_t appendFromPolygon(std::span<const double> xy, int height, int width, Counts& out);
    /** Appends the union (or intersection) of two masks of one size to @p out (one rleMerge step). */
    static std::size_t appendMerged(std::span<const quint32> a, std::span<const quint32> b,
                                    bool intersect, Counts& out);
    /**
     * The run-walking part of rleIou for two masks of the same size, without the box test (which
     * only ever skips pairs whose result is 0): intersection / union, or / area(dt) for a crowd.
     */
    static double iouSameSize(std::span<const quint32> dt, std::span<const quint32> gt, bool gtIsCrowd);

private:
    int m_height = 0;
    int m_width = 0;
    Counts m_counts;
};

} // namespace curator
