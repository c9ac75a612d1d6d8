#pragma once
// Cells on the clipboard: copied as a JSON list of COCO annotations (what a notebook or a text
// editor can read and what pasting reads back), pasted from that or from any COCO JSON text.

#include "model/annotationstore.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace curator {

/** MIME type of copied cells (the text/plain copy holds the same JSON). */
inline constexpr char kCellsMimeType[] = "application/x-livecell-curator-cells+json";

/** A cell read from the clipboard. */
struct CopiedCell
{
    CopiedCell(Rings r = {}, qint64 copiedId = 0) : rings(std::move(r)), id(copiedId) {}
    Rings rings;
    qint64 id = 0;   ///< the annotation id it had where it was copied; 0 when it had none
};

/** One annotation of a store. */
struct StoredCell
{
    const AnnotationStore* store = nullptr;
    int annotation = -1;
};

/**
 * @p cells as a JSON list of COCO annotations (id, image_id, category_id, segmentation, area, bbox,
 * iscrowd), one per line, in their order. A mask (RLE) cell is copied as its outline
 * (MaskContour::ringOf(), as Accept Prediction takes it); one that has none is left out.
 * @p copied (optional) gets the number written. std::bad_alloc where memory runs out.
 */
QByteArray cellsToJson(const std::vector<StoredCell>& cells, int* copied = nullptr);

/**
 * The polygon outlines of the cells in @p text: a list of COCO annotations, one annotation, or an
 * object whose "annotations" is a list or is keyed by id (the dict-shaped mirror files), as a COCO
 * file has it, with their "id" where they have one. Each cell's "segmentation" must be a list of
 * polygons (x1, y1, x2, y2, …); RLE masks are refused. On failure: nullopt and a translated
 * @p error naming @p source (e.g. "the clipboard") and where in it (line and column, or which cell).
 */
std::optional<std::vector<CopiedCell>> cellsFromJson(const QByteArray& text, const QString& source, QString* error);

} // namespace curator
