#pragma once

#include "model/annotationset.h"

#include <QList>
#include <QString>

#include <optional>

namespace curator {

/** One cell line of LIVECell's nuclear_count_benchmark/ (A549 or A172); missing parts are empty. */
struct NuclearCountSet
{
    QString name;              ///< the file-name prefix, e.g. "A549"
    QString imagesZip;         ///< <name>.zip (or an extracted <name>/ folder): label-free images
    QString countsJson;        ///< <name>_counts.json: {"<file name>": "<count>"}
    QString fluorescentZip;    ///< <name>_fluorescent_images.zip (or that folder extracted)
};

/** What was found in a LIVECell distribution folder. All paths are absolute. */
struct DistributionLayout
{
    QString root;                      ///< the folder the parts were found in
    QString imagesZip;                 ///< images.zip, empty if none
    QString imagesFolder;              ///< an unzipped images/ folder, empty if none
    /** Annotation files, each classified with SetInfo::classify (relative to root): LIVECell-wide
     *  train, val, test first, then per cell type (LIVECell's order, train/val/test), then size
     *  splits by percentage, then anything else, results files last. */
    QList<SetInfo> annotationSets;
    QList<NuclearCountSet> nuclearCount;   ///< sorted by name

    /** images.zip when there is one, else the images folder, else empty. */
    QString imageSourcePath() const { return imagesZip.isEmpty() ? imagesFolder : imagesZip; }
    /** The first annotation set of @p kind and @p split (and @p cellType for SingleCellType), or nullptr. */
    const SetInfo* find(SetKind kind, Split split, CellType cellType = CellType::Unknown) const;
    bool isEmpty() const { return imageSourcePath().isEmpty() && annotationSets.isEmpty() && nuclearCount.isEmpty(); }
};

/**
 * Finds the parts of a LIVECell distribution given LIVECell_dataset_2021/ itself, a folder that
 * contains it (one level up), or any folder holding some of its parts:
 *  - images: images.zip, else an images/ folder, else (when neither exists) a folder of .tif files
 *    found below the root;
 *  - annotations: every .json under annotations/ (recursive), or, without an annotations/ folder,
 *    every .json below the root outside nuclear_count_benchmark/ and models/;
 *  - nuclear_count_benchmark/: {A549,A172}.zip, *_counts.json, *_fluorescent_images.zip.
 * Searches go at most kMaxDepth folders deep. Nothing is opened or parsed.
 */
class DistributionLocator
{
public:
    static constexpr int kMaxDepth = 6;

    /** nullopt with a message when @p path is not a readable folder or holds nothing recognisable. */
    static std::optional<DistributionLayout> locate(const QString& path, QString* error);

private:
    static QString findRoot(const QString& folder);
    static void findImages(DistributionLayout& layout);
    static void findAnnotations(DistributionLayout& layout);
    static void findNuclearCount(DistributionLayout& layout);
};

} // namespace curator
