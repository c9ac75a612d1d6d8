#pragma once

#include "model/annotationset.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace curator {

/** What SyntheticDataset::generate() makes. */
struct SyntheticOptions
{
    int images = 10;               ///< 1 … SyntheticDataset::kMaxImages
    int cellsPerImage = 50;        ///< exactly this many polygons per image, 0 … kMaxCellsPerImage
    std::uint64_t seed = 1;
    Split split = Split::Val;      ///< Train, Val or Test
    bool writeImages = true;       ///< false: only the annotation JSON (for loading benchmarks)
    /** Called as work advances (done ≤ total); return false to cancel. Called from the calling thread. */
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct SyntheticSummary
{
    QString annotationFile;
    QString imagesZip;             ///< empty when no images were written
    int images = 0;
    qint64 annotations = 0;
    qint64 jsonBytes = 0;
};

/**
 * Generates a LIVECell-shaped dataset for tests, demos and benchmarks:
 *  - OUT/annotations/LIVECell/livecell_coco_<split>.json with the official field set and key order
 *    (info, licenses, categories, images[id, width, height, file_name, original_filename, url],
 *    annotations[id, image_id, category_id, segmentation, area, bbox, iscrowd]) written like
 *    Python's json.dump; ids large and sparse from one counter; one unclosed ring per cell with
 *    2-decimal coordinates; area = shoelace area, bbox = float extent of the ring;
 *  - OUT/images.zip in the official layout (images/livecell_train_val_images/<Type>/ for train and
 *    val, images/livecell_test_images/<Type>/ for test) with 704 x 520 8-bit LZW TIFFs in which the
 *    cells are drawn where their polygons are.
 * The JSON is streamed (no DOM) and images are rendered in parallel just before libzip stores them,
 * so memory stays small at the size of LIVECell's train split (3,253 images x 330 cells). The same
 * options give byte-identical files.
 */
class SyntheticDataset
{
public:
    static constexpr int kWidth = 704;
    static constexpr int kHeight = 520;
    static constexpr int kMaxImages = 100000;
    static constexpr int kMaxCellsPerImage = 10000;

    static QString annotationFile(const QString& outDir, Split split);
    static QString imagesZip(const QString& outDir);
    /** images/livecell_train_val_images/<Type>/<fileName>, or livecell_test_images for test. */
    static QString imageEntry(const QString& fileName, Split split);

    /** Writes the dataset into @p outDir (created if needed); nullopt and a message on failure. */
    static std::optional<SyntheticSummary> generate(const QString& outDir, const SyntheticOptions& options,
                                                    QString* error);
};

} // namespace curator
