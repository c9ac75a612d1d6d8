#pragma once

#include "model/annotationset.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace curator {

struct CocoWriteOptions
{
    /** Shape of `annotations` (and `images`); by default the shape that was read. */
    std::optional<CocoLayout::Shape> annotationsShape;
    /** Called every 65,536 annotations; returning false cancels the write (writeFile leaves the target as it was). */
    std::function<bool(qint64 done, qint64 total)> progress;
};

/**
 * Writes an AnnotationSet back as COCO JSON. Unedited images and annotations are copied from the
 * source text byte for byte (ids, key order, unknown fields, number spelling); edited ones keep
 * their unknown fields and get regenerated `segmentation`, `area` (shoelace) and `bbox`; deleted
 * ones are left out. Top-level members (info, licenses, categories, unknown keys) keep their text
 * and order. Output uses Python json.dump's separators, as the official files do.
 * A detectron2 results list (layout.bareResultsList) is written as a bare JSON list; its results
 * without source text (the model's) get detectron2's members: image_id, category_id, bbox, score
 * (when known) and segmentation.
 */
class CocoWriter
{
public:
    using Options = CocoWriteOptions;

    /** Serialises to memory. */
    static std::optional<QByteArray> toBytes(const AnnotationSet& set, QString* error,
                                             const Options& options = {});
    /**
     * Writes atomically with QSaveFile: an interrupted save (an error, Cancel, too little memory: never an
     * exception) leaves the previous file intact.
     */
    static bool writeFile(const AnnotationSet& set, const QString& path, QString* error,
                          const Options& options = {});
};

} // namespace curator
