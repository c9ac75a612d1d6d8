#pragma once

#include "model/annotationstore.h"
#include "model/io/rle.h"

#include <QString>

#include <optional>

namespace curator {

/**
 * Turns a mask into a polygon ring, for accepting a model's predicted mask (a compressed RLE in
 * detectron2 results) as a ground-truth cell.
 *
 * Method: OpenCV findContours (outer contours, CHAIN_APPROX_SIMPLE) on the mask upsampled 2×, so the
 * outline runs 0.25 px inside the outer edges of the mask's border pixels rather than through their
 * centres (0.5 px inside), in the COCO convention (pixel i spans [i, i + 1)); the pixel
 * staircase is then simplified (Douglas-Peucker, 0.5 px). Rasterising the
 * ring with Rle::fromPolygon gives back nearly the same pixels (tests check IoU). Only the largest connected region
 * is kept; holes are filled.
 */
class MaskContour
{
public:
    /** The outline of the largest region of @p mask, or nullopt with a translated reason. */
    static std::optional<Ring> outline(const Rle& mask, QString* error);
    /**
     * Annotation @p a of @p store as one ring: a polygon gives its largest ring, an RLE its
     * outline().
     */
    static std::optional<Ring> ringOf(const AnnotationStore& store, int a, QString* error);
};

} // namespace curator
