#pragma once

#include <QPolygonF>

#include <vector>

namespace curator {

class Rle;

/**
 * The exact outline of an RLE mask for display: the pixel boundary ("crack") between foreground
 * and background, traced on the lattice of pixel corners, one closed ring per boundary (outer
 * outlines and holes; fill them even-odd). Straight runs become single edges. Works on the mask's
 * bounding box only, so a typical cell costs a few microseconds — unlike findContours on the whole
 * image, which the curation layer (MaskContour) uses to make an editable polygon.
 */
std::vector<QPolygonF> traceMaskOutlines(const Rle& mask);

} // namespace curator
