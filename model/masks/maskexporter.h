#pragma once

#include "model/annotationset.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace curator {

class ImageSource;

struct MaskExportOptions
{
    QString outputDir;
    bool binary = false;                    ///< also write binary/<name>.tif (8-bit, 0/255)
    const ImageSource* images = nullptr;    ///< optional: sizes are taken from the image files
    /** Called on the calling thread with images done and total; return false to cancel. */
    std::function<bool(int done, int total)> progress;
};

struct MaskExportSummary
{
    int images = 0;            ///< label images written
    int cells = 0;             ///< labels written
    QStringList warnings;      ///< translated; images skipped or sized from another source
};

/**
 * Writes instance masks for every image of an annotation set (the GUI action and `livecell-cli
 * masks` both run this):
 *
 *   OUT/labels/<image base name>.tif   16-bit label image, LZW (MaskRenderer: 0 background, labels
 *                                      1..N in annotation order, smaller cell on top)
 *   OUT/binary/<image base name>.tif   with MaskExportOptions::binary: 8-bit, 255 = any cell
 *   OUT/labels.csv                     file_name,image_id,label,annotation_id,mask_pixels,visible_pixels
 *
 * Names keep the image's base name with a .tif suffix; a file name that two image ids share gets
 * `__<image id>` for the second. The size is the image record's width × height, or, when an image
 * source is given, the decoded image's (a mismatch is warned about). Images run in parallel
 * (QtConcurrent); every file is written atomically. Returns nullopt with @p error on failure:
 * cancelled, a file not written, or memory running out (naming the image, or the annotation file).
 */
class MaskExporter
{
public:
    static std::optional<MaskExportSummary> run(const AnnotationSet& set, const MaskExportOptions& options,
                                                 QString* error);
};

} // namespace curator
