#pragma once

#include "model/annotationstore.h"

#include <QImage>
#include <QString>

#include <optional>
#include <vector>

namespace curator {

/** The instance labels of one image and what each label stands for. */
struct LabelMask
{
    QImage labels;                        ///< Format_Grayscale16: 0 background, 1..N cells
    std::vector<qint64> annotationIds;    ///< label k is annotationIds[k - 1]
    std::vector<quint32> maskPixels;      ///< pixels of each cell's own mask (before overlaps)
    std::vector<quint32> visiblePixels;   ///< pixels that carry the label in the image
};

/**
 * Rasterises the cells of one image into an instance label image.
 *
 * Labels: 1..N for the image's live annotations in file order (the order an export writes them;
 * cells added in the application come last), 0 for background. A cell whose mask is empty keeps
 * its label, with no pixels.
 *
 * Rasterisation: each polygon through Rle::fromAnnotation, the bit-exact port of pycocotools'
 * rleFrPoly/annToRLE (multi-ring polygons as the union of their rings; RLE segmentations as
 * stored), so a label's pixels are exactly the mask COCOeval scores that annotation with.
 *
 * Overlaps (legitimate in LIVECell): the smaller cell stays on top. Cells are painted in order of
 * decreasing mask area, so where cells overlap the pixel gets the label of the smallest one; among
 * equal areas the later annotation wins. No cell is cropped away in the data, only in the image.
 */
class MaskRenderer
{
public:
    static constexpr int kMaxLabels = 65535;

    /**
     * Labels of image @p imageIndex at @p width × @p height; nullopt with a message when impossible.
     * Throws std::bad_alloc when memory runs short (as binary() does).
     */
    static std::optional<LabelMask> render(const AnnotationStore& store, int imageIndex, int width, int height,
                                           QString* error);
    /** 8-bit binary mask of a label image: 255 where a cell is, 0 elsewhere. */
    static QImage binary(const QImage& labels);
};

} // namespace curator
