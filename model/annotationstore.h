#pragma once

#include "model/hugepages.h"
#include "model/livecellname.h"
#include "model/sourcebuffer.h"

#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace curator {

struct Category
{
    qint64 id = 0;
    QString name;
    QString supercategory;
};

struct ImageRecord
{
    qint64 id = 0;
    int width = 0;
    int height = 0;
    QString fileName;     ///< base name as written in the JSON (`file_name`)
    LivecellName name;    ///< metadata parsed from fileName
    SourceSpan raw;       ///< the image object's text in the source, for exact export
    SourceSpan dictKey;   ///< the key text when `images` was an object keyed by id
};

enum class SegmentationKind : quint8 { None, Polygon, RleCompressed, RleUncompressed };

/** A read-only view of an RLE segmentation held by the store. */
struct RleView
{
    int height = 0;
    int width = 0;
    bool compressed = false;
    std::string_view counts;             ///< compressed COCO string when compressed
    std::span<const quint32> runs;       ///< uncompressed run lengths otherwise
};

using Ring = std::vector<double>;        ///< x1,y1,x2,y2,… (unclosed)
using Rings = std::vector<Ring>;

/**
 * Columnar storage for one annotation file: images, annotations and categories. One million
 * polygons are a handful of flat arrays, not a million heap objects. Annotations are addressed by
 * a stable index (0…annotationCount()-1); deleted ones keep their index and are flagged. Geometry
 * lives in append-only arenas, so an edit costs what it changes and a snapshot can restore the
 * exact previous state (including "unedited", which keeps export byte-exact).
 */
class AnnotationStore
{
public:
    enum Flag : quint8 {
        Deleted = 1,   ///< removed by the user; kept so undo can restore it
        Edited = 2,    ///< geometry or fields changed: area/bbox recomputed, re-serialised on export
        Added = 4,     ///< created in the application; has no source text
        Opaque = 8,    ///< unusable record (e.g. no valid id) kept verbatim for export, never shown
    };

    /** Everything that an edit of one annotation can change; restoring it is exact. */
    struct Snapshot
    {
        quint32 firstRing = 0;
        quint16 ringCount = 0;
        SegmentationKind kind = SegmentationKind::None;
        quint8 flags = 0;
        double area = 0;
        std::array<double, 4> bbox{};
        qint64 categoryId = 0;
    };

    AnnotationStore();

    // ---- images
    int imageCount() const { return int(m_images.size()); }
    const ImageRecord& image(int index) const { return m_images[std::size_t(index)]; }
    /** Index of the image with @p id, -1 if none (the first one when ids repeat). */
    int imageIndex(qint64 id) const;
    /** Live annotation indices of an image, in file order. */
    const std::vector<quint32>& annotationsOfImage(int imageIndex) const;
    int liveAnnotationCountOfImage(int imageIndex) const { return int(annotationsOfImage(imageIndex).size()); }

    // ---- annotations
    int annotationCount() const { return int(m_id.size()); }
    int liveAnnotationCount() const { return m_liveCount; }
    /** Index of the annotation with @p id, -1 if none (the first one when ids repeat). */
    int annotationIndex(qint64 id) const;
    qint64 annotationId(int a) const { return m_id[std::size_t(a)]; }
    qint64 annotationImageId(int a) const { return m_imageId[std::size_t(a)]; }
    /** Index of the annotation's image, -1 when its image id is unknown. */
    int annotationImage(int a) const { return m_imageIndex[std::size_t(a)]; }
    qint64 categoryId(int a) const { return m_category[std::size_t(a)]; }
    double area(int a) const { return m_area[std::size_t(a)]; }
    std::array<double, 4> bbox(int a) const { return m_bbox[std::size_t(a)]; }
    bool isCrowd(int a) const { return m_crowd[std::size_t(a)] != 0; }
    /** Detection score (mask_score when present); NaN when the file has none. */
    double score(int a) const { return m_score[std::size_t(a)]; }
    SegmentationKind segmentationKind(int a) const { return m_kind[std::size_t(a)]; }
    quint8 flags(int a) const { return m_flags[std::size_t(a)]; }
    bool isDeleted(int a) const { return m_flags[std::size_t(a)] & Deleted; }
    bool isEdited(int a) const { return m_flags[std::size_t(a)] & Edited; }
    bool isOpaque(int a) const { return m_flags[std::size_t(a)] & Opaque; }
    /** Shown, evaluated and counted: neither deleted nor opaque. */
    bool isLive(int a) const { return !(m_flags[std::size_t(a)] & (Deleted | Opaque)); }

    int ringCount(int a) const;
    std::span<const double> ring(int a, int r) const;
    Rings rings(int a) const;
    std::size_t vertexCount(int a) const;
    RleView rle(int a) const;

    SourceSpan rawSpan(int a) const;
    SourceSpan dictKeySpan(int a) const;

    /** One more than the largest image or annotation id (LIVECell draws both from one counter). */
    qint64 nextFreeId() const;

    // ---- categories and file-level data
    const QList<Category>& categories() const { return m_categories; }
    const std::shared_ptr<const SourceBuffer>& source() const { return m_source; }

    // ---- editing (called by the document's undo commands and the reader)
    Snapshot snapshot(int a) const;
    void restore(int a, const Snapshot& s);
    /** Replaces the geometry by polygon rings; recomputes area (shoelace) and bbox; marks Edited. */
    void setRings(int a, const Rings& rings);
    /** Sets the area and bbox written for the cell (values a file gave it, kept with its rings); marks Edited. */
    void setMeasures(int a, double area, const std::array<double, 4>& bbox);
    void setCategory(int a, qint64 categoryId);
    void setDeleted(int a, bool deleted);
    /** Appends a new polygon annotation; returns its index. */
    int addAnnotation(qint64 id, int imageIndex, qint64 categoryId, const Rings& rings);

    /** Shoelace area summed over rings, and the float extent of all vertices. */
    static double polygonArea(std::span<const double> ring);
    static std::array<double, 4> ringsBoundingBox(const Rings& rings);

    // ---- construction (used by CocoReader and the synthetic generator)
    struct AnnotationFields
    {
        qint64 id = 0;
        qint64 imageId = 0;
        qint64 categoryId = 0;
        double area = 0;
        std::array<double, 4> bbox{};
        bool crowd = false;
        double score = std::numeric_limits<double>::quiet_NaN();
        quint8 flags = 0;
        SourceSpan raw;
        SourceSpan dictKey;
    };
    int appendImage(ImageRecord image);
    /** Appends a polygon annotation from flat coordinates split into rings of @p ringSizes numbers. */
    int appendPolygon(const AnnotationFields& f, std::span<const double> coords,
                      std::span<const quint32> ringSizes);
    int appendRle(const AnnotationFields& f, int height, int width, std::string_view compressed);
    int appendRle(const AnnotationFields& f, int height, int width, std::span<const quint32> runs);
    int appendEmpty(const AnnotationFields& f);
    void appendCategory(Category c) { m_categories.append(std::move(c)); }
    void setSource(std::shared_ptr<const SourceBuffer> source) { m_source = std::move(source); }
    /**
     * Room for @p annotations annotations in all, with @p coordinates polygon coordinates (x and y
     * each count) and @p rleChars characters of compressed RLE, so that appending up to that moves
     * nothing already stored.
     */
    void reserve(std::size_t annotations, std::size_t coordinates, std::size_t rleChars = 0);
    /** Moves all annotations of @p other (which has no images) to the end of this store. */
    void appendAnnotationsFrom(AnnotationStore&& other);
    /**
     * Resolves image ids to indices and builds the id and per-image indices. Call once after
     * appending; returns ids that occur more than once (annotations first, then images) through
     * the out-parameters so the reader can report them.
     */
    void finalize(std::vector<qint64>* duplicateAnnotationIds = nullptr,
                  std::vector<qint64>* duplicateImageIds = nullptr);

private:
    struct RingRef { std::uint64_t start; quint32 size; };
    struct RleRef { int height; int width; bool compressed; std::uint64_t start; quint32 size; };
    int appendFields(const AnnotationFields& f, SegmentationKind kind, quint32 first, quint16 count);
    void addToImageList(int a);
    void removeFromImageList(int a);

    std::vector<ImageRecord> m_images;
    std::vector<std::pair<qint64, quint32>> m_imageById;     // sorted by id
    std::vector<std::vector<quint32>> m_imageAnnotations;

    // One entry per annotation: a million and more in a full-scale split (see hugepages.h).
    HugeVector<qint64> m_id, m_imageId, m_category;
    HugeVector<int> m_imageIndex;
    HugeVector<double> m_area, m_score;
    HugeVector<std::array<double, 4>> m_bbox;
    HugeVector<quint32> m_firstRing;
    HugeVector<quint16> m_ringCount;
    HugeVector<SegmentationKind> m_kind;
    HugeVector<quint8> m_crowd, m_flags;
    HugeVector<std::uint64_t> m_rawOffset;
    HugeVector<quint32> m_rawLength;
    HugeVector<SourceSpan> m_dictKeys;                        // empty unless dict-shaped
    HugeVector<std::pair<qint64, quint32>> m_annotationById; // sorted by id, then index
    std::map<qint64, quint32> m_addedById;                   // annotations added after finalize()

    /**
     * Ring coordinates in chunks that never move: a ring lies within one chunk and RingRef::start
     * is (chunk << kChunkShift) | offset. Appends go to the last chunk; appendAnnotationsFrom()
     * moves the other store's chunks in instead of copying hundreds of megabytes.
     */
    static constexpr int kChunkShift = 40;
    std::vector<HugeVector<double>> m_coordChunks = std::vector<HugeVector<double>>(1);
    /** Appends @p coords to the last chunk; returns their encoded start. */
    std::uint64_t appendCoords(std::span<const double> coords);
    HugeVector<RingRef> m_rings;
    HugeVector<RleRef> m_rles;
    HugeString m_rleChars;
    HugeVector<quint32> m_rleRuns;

    QList<Category> m_categories;
    std::shared_ptr<const SourceBuffer> m_source;
    qint64 m_maxId = 0;
    int m_liveCount = 0;
};

} // namespace curator
