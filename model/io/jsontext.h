#pragma once
// JSON text as the project's writers spell it: numbers as Python's json.dump does, compressed RLE, and the
// head of a detectron2-style result, shared by CocoWriter (File ▸ Save, Model ▸ Save Predictions As) and
// livecell-cli segment so that both write the same bytes for the same cell.

#include <QtGlobal>

#include <array>
#include <string>
#include <string_view>

namespace curator::jsontext {

/** A float as Python's json.dump writes it: the shortest digits that read back exactly, ".0" on whole numbers. */
void appendNumber(std::string& out, double value);
void appendInteger(std::string& out, qint64 value);

/** `{"size": [height, width], "counts": "…"}`, the counts escaped for JSON. */
void appendCompressedRle(std::string& out, int height, int width, std::string_view counts);

/**
 * One result's members before its segmentation, in detectron2's order:
 * `{"image_id": …, "category_id": …, "bbox": […], "score": …, "segmentation": ` (no score where it is NaN).
 * The caller appends the segmentation's value and the closing '}'.
 */
void appendDetectron2ResultHead(std::string& out, qint64 imageId, qint64 categoryId, const std::array<double, 4>& bbox, double score);

} // namespace curator::jsontext
