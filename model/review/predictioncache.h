#pragma once

#include "model/annotationstore.h"
#include "model/io/imagesource.h"
#include "model/segmentation/segmenter.h"

#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace curator {

/**
 * A model's predictions per image, kept after each run so that revisiting or re-running an image
 * costs nothing. Keyed by file name; each entry remembers the ground-truth image id its results
 * carry. toStore() turns the whole cache into a results list (no images block), the same shape a
 * detectron2 results file is read into, so the review treats both sources alike. Each entry also keeps
 * the stamp of the image file it was made from, so that an image rewritten in its folder is not taken
 * for the one segmented.
 */
class PredictionCache
{
public:
    struct Cell
    {
        std::string rle;                 ///< compressed COCO RLE of the exact mask
        double score = 0;
        double area = 0;                 ///< mask pixels
        std::array<double, 4> bbox{};    ///< x, y, w, h
    };
    struct Image
    {
        qint64 imageId = 0;
        int width = 0;
        int height = 0;
        std::vector<Cell> cells;
        ImageFileStamp file;             ///< of the image file when it was read (ImageSource::fileStamp())
    };

    /** The order of the images in toStore(). */
    enum class Order { FileName, Arrival };
    /** The id a ground truth gives the image of a file name; nullopt where it has no such image. */
    using IdOf = std::function<std::optional<qint64>(const QString& fileName)>;

    bool contains(const QString& fileName) const { return m_images.count(fileName) > 0; }
    const Image* find(const QString& fileName) const;
    /** Adds or replaces an image's predictions; out of memory (std::bad_alloc), the cache stays as it was. */
    void insert(const QString& fileName, qint64 imageId, const Segmentation& segmentation, ImageFileStamp file = {});
    void remove(const QString& fileName);
    void clear();
    /**
     * Keeps the images @p idOf gives an id, under that id, and drops the others: after other files
     * were opened, the images of the new ground truth keep their predictions, whatever id it gives them.
     */
    void retain(const IdOf& idOf);
    int imageCount() const { return int(m_images.size()); }
    int cellCount() const;
    /** Cached file names, sorted. */
    QStringList fileNames() const;
    /** Cached file names in the order they first came in (an image inserted again keeps its place). */
    const QStringList& arrivals() const { return m_arrivals; }
    /**
     * Counts the changes other than adding an image (clear(), remove(), an image inserted again): between two
     * toStore(Order::Arrival) of the same revision, the first holds the same predictions, with the same
     * ids and indices, as the start of the second.
     */
    int revision() const { return m_revision; }

    /**
     * Every cached cell as a prediction of category 1 with its score, bbox and compressed RLE,
     * images in file-name (or arrival) order; ids 1…n as pycocotools' loadRes numbers results. With @p idOf, only the
     * images it gives an id, under that id (the ground truth under review, where several sets are open); else each
     * image under the id it was inserted with.
     */
    AnnotationStore toStore(Order order = Order::FileName, const IdOf& idOf = {}) const;

private:
    // A std::map rather than a QHash: Qt 6.4's QHash ends the application where an insert runs out of memory
    // (its findOrInsert is noexcept), and the cache takes results in on the GUI thread.
    std::map<QString, Image> m_images;   // by file name, sorted
    QStringList m_arrivals;
    int m_revision = 0;
};

} // namespace curator
