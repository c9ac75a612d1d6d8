#pragma once
// Finding an annotation or an image by the id a COCO file gives it (Go ▸ Go to Id): ids come from
// evaluation CSVs, quality reports and notebooks, and name no file.

#include "model/workspace.h"

#include <QString>

#include <optional>

namespace curator {

/** What the user typed: an annotation id ("1234", "#1234") or an image id ("image 1234", "img 1234"). */
struct IdQuery
{
    enum Kind { Annotation, Image };
    Kind kind = Annotation;
    qint64 id = 0;
};

/**
 * Reads @p text as an IdQuery; std::nullopt when it is neither form (ids are whole numbers ≥ 0).
 * @p imageWord, the user's language's word for "image" (the GUI's prompt names it), is read as "image" too.
 */
std::optional<IdQuery> parseIdQuery(const QString& text, const QString& imageWord = {});

/** Where an id leads: the image to show and, for an annotation, its cell. */
struct IdTarget
{
    CellKey cell;       ///< invalid for an image id
    ImageKey image;     ///< the image of a set that lists it (for a prediction, the ground truth's); invalid when none does
    QString fileName;   ///< the image's file name, what the browser and canvas go by
};

/**
 * Finds @p query among the loaded sets, @p preferredSet first (the active one), then the others in
 * order; only live annotations (neither deleted nor kept opaque) are found. A results list's predictions,
 * which have no images of their own, lead to the image of another set with their image id (an invalid
 * image when no set lists it). std::nullopt when nothing has the id.
 */
std::optional<IdTarget> findById(const Workspace& workspace, const IdQuery& query, int preferredSet);

} // namespace curator
