#pragma once
// Internal to QcRunner: the pieces it runs per annotation, per image and per data set.

#include "model/annotationstore.h"
#include "model/qc/qcfinding.h"
#include "model/qc/qcoptions.h"
#include "model/qc/qcrunner.h"

#include <QCoreApplication>

#include <vector>

namespace curator::qc {

/** Translation context "curator::Qc" for all QC messages. */
struct Qc
{
    Q_DECLARE_TR_FUNCTIONS(curator::Qc)
};

/** A finding of @p check with its default severity. */
QcFinding makeFinding(QcCheck check, qint64 imageId, std::vector<qint64> annotationIds, QString message,
                      double value = std::numeric_limits<double>::quiet_NaN());

/** Formats a pixel quantity for messages: up to 2 decimals, no trailing zeros. */
QString px(double v);

/** One live annotation of an image as the overlap and outlier checks see it. */
struct CellGeometry
{
    int annotation = -1;
    /** Shoelace area summed over rings, or the RLE's pixel count; NaN when degenerate/empty. */
    double area = std::numeric_limits<double>::quiet_NaN();
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    /** Upper bound of (area − mask pixels), so the mask has at least area − maskSlack pixels (0 for RLE). */
    double maskSlack = 0;
    bool usable() const { return area == area && area > 0; }
};

/**
 * Geometry checks of annotation @p a (SelfIntersection, DegenerateRing, OddCoordinates,
 * OutsideImage, AreaMismatch, BboxMismatch) as far as enabled; measures @p cell.
 */
void checkAnnotation(const AnnotationStore& store, int a, const ImageRecord& image, const QcOptions& options,
                     CellGeometry& cell, std::vector<QcFinding>& out);

/**
 * NearDuplicate and HeavyOverlap among the cells of one image: sort-and-sweep over boxes, an area
 * bound to skip pairs that cannot qualify, then pycocotools masks (rasterised once per cell).
 * Keeps its buffers between images; one instance per thread.
 */
class OverlapFinder
{
public:
    void run(const AnnotationStore& store, const ImageRecord& image, std::vector<CellGeometry>& cells,
             const QcOptions& options, std::vector<QcFinding>& out);
    qint64 pairsTested() const { return m_pairsTested; }
    qint64 masksMade() const { return m_masksMade; }

private:
    bool ensureMask(const AnnotationStore& store, const ImageRecord& image, const CellGeometry& cell, int index);
    std::span<const quint32> mask(int index) const;
    void testPair(const AnnotationStore& store, const ImageRecord& image, const std::vector<CellGeometry>& cells,
                  int i, int j, const QcOptions& options, std::vector<QcFinding>& out);

    std::vector<int> m_order;
    std::vector<std::size_t> m_maskStart;
    std::vector<std::size_t> m_maskSize;     // npos: not made yet; 0: unusable
    std::vector<quint32> m_runs;
    qint64 m_pairsTested = 0;
    qint64 m_masksMade = 0;
};

/** AreaOutlier over all cells; @p areas holds CellGeometry::area per annotation index (NaN: skip). */
void findAreaOutliers(const AnnotationSet& set, const std::vector<double>& areas, const std::vector<char>& reported,
                      const QcOptions& options, std::vector<QcFinding>& out, std::vector<QcAreaModel>& models);

/** SparseImage: cell counts against the cell type's median and the series' neighbouring time points. */
void findSparseImages(const AnnotationSet& set, const std::vector<char>& reported, const QcOptions& options,
                      std::vector<QcFinding>& out);

/** DuplicateFileName, SplitLeakage, SparseImage, EmptyImage, ImageMissing and OrphanAnnotation. */
void findImageProblems(const AnnotationSet& set, const std::vector<char>& reported, const QcOptions& options,
                       std::vector<QcFinding>& out);

} // namespace curator::qc
