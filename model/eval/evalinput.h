#pragma once

#include "model/annotationstore.h"
#include "model/eval/evalresult.h"

#include <span>
#include <vector>

namespace curator {

/**
 * Ground truth and predictions grouped per image as COCOeval._prepare groups them: images are
 * the ground truth's unique ids in ascending order; within an image, annotations are ordered by
 * category (ascending id) and then by file order. Deleted and opaque annotations are left out,
 * as are annotations whose image or category the ground truth does not declare (counted in the
 * findings). Holds references to both stores, which must outlive it.
 */
class EvalInput
{
public:
    struct Image
    {
        qint64 id = 0;
        int gtImage = -1;           ///< the first image record with this id (name, cell type)
        int height = 0, width = 0;  ///< of the last record with this id, as pycocotools' imgs dict
    };

    static EvalInput prepare(const AnnotationStore& groundTruth, const AnnotationStore& predictions,
                             DetectionArea detectionArea, EvalFindings* findings);
    /** True when pycocotools' loadRes would take areas from boxes: the first result has a non-empty "bbox". */
    static bool firstPredictionHasBox(const AnnotationStore& predictions);

    const AnnotationStore& groundTruth() const { return *m_gt; }
    const AnnotationStore& predictions() const { return *m_dt; }
    /** The ground truth's category ids, ascending. */
    const std::vector<qint64>& categoryIds() const { return m_categoryIds; }

    int imageCount() const { return int(m_images.size()); }
    const Image& image(int i) const { return m_images[std::size_t(i)]; }
    /** Ground-truth annotation indices of image @p i. */
    std::span<const quint32> groundTruthOf(int i) const { return slice(m_gtOffsets, m_gtList, i); }
    /** Category index (into categoryIds()) of each entry of groundTruthOf(@p i). */
    std::span<const quint16> groundTruthCategoriesOf(int i) const { return slice(m_gtOffsets, m_gtCats, i); }
    std::span<const quint32> predictionsOf(int i) const { return slice(m_dtOffsets, m_dtList, i); }
    std::span<const quint16> predictionCategoriesOf(int i) const { return slice(m_dtOffsets, m_dtCats, i); }
    /** The score COCOeval sorts by: the stored score (mask_score already applied), 1 if none. */
    double score(quint32 prediction) const;

    /** Detection areas are the stored boxes' w × h rather than mask areas. */
    bool usesBoxAreas() const { return m_boxAreas; }

    int groundTruthCount() const { return int(m_gtList.size()); }
    int predictionCount() const { return int(m_dtList.size()); }

private:
    struct Entry
    {
        quint32 image;
        quint16 category;
        quint32 annotation;
    };
    template<typename T>
    static std::span<const T> slice(const std::vector<quint32>& offsets, const std::vector<T>& list, int i)
    {
        const std::size_t b = offsets[std::size_t(i)], e = offsets[std::size_t(i) + 1];
        return {list.data() + b, e - b};
    }
    void collectCategories(EvalFindings* findings);
    void collectImages();
    int imagePosition(qint64 id) const;
    int categoryIndex(qint64 id) const;
    void group(std::vector<Entry>& entries, std::vector<quint32>& offsets, std::vector<quint32>& list,
               std::vector<quint16>& cats) const;
    void groupGroundTruth(EvalFindings* findings);
    void groupPredictions(EvalFindings* findings);

    const AnnotationStore* m_gt = nullptr;
    const AnnotationStore* m_dt = nullptr;
    std::vector<qint64> m_categoryIds;
    std::vector<Image> m_images;
    std::vector<quint32> m_gtOffsets, m_gtList, m_dtOffsets, m_dtList;
    std::vector<quint16> m_gtCats, m_dtCats;
    bool m_boxAreas = false;
};

} // namespace curator
