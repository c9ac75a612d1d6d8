#pragma once

#include "model/celltype.h"
#include "model/qc/qcfinding.h"
#include "model/qc/qcoptions.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace curator {

struct AnnotationSet;

/** The area statistics the AreaOutlier check used for one cell type (for charts and reports). */
struct QcAreaModel
{
    CellType cellType = CellType::Unknown;
    qint64 cells = 0;            ///< live cells with a usable, non-zero area
    double medianArea = 0;       ///< exp(median of ln area), px²
    double logMedian = 0;        ///< median of ln(area)
    double logMad = 0;           ///< median absolute deviation of ln(area)
    bool judged = false;         ///< false when the type had too few cells to flag outliers
};

/** Everything one QC run found. */
struct QcReport
{
    /** Sorted by check, then image id, then annotation ids: stable across runs and thread counts. */
    std::vector<QcFinding> findings;
    std::array<int, kQcCheckCount> counts{};   ///< findings per check (index: QcCheck)
    std::vector<QcAreaModel> areaModels;       ///< per cell type present, in CellType order
    int images = 0;                            ///< images checked
    qint64 annotations = 0;                    ///< live annotations checked
    double seconds = 0;                        ///< wall time of the run
    /** Work done by the overlap checks: cell pairs whose masks were compared, masks rasterised. */
    qint64 pairsCompared = 0;
    qint64 masksRasterised = 0;

    int count(QcCheck check) const { return counts[std::size_t(check)]; }
};

/**
 * Runs the quality-control checks of QcCheck over one annotation set (see QcThresholds for every
 * threshold and its reasoning).
 *
 * Blocking and thread-safe: call it from a worker thread (QtConcurrent::run), never the GUI
 * thread. The set, the other sets and the image source are only read and must not change while
 * it runs. Images are processed in parallel by options.threads workers (the result does not
 * depend on the thread count); per image, each live annotation's rings are analysed
 * (RingGeometry) and candidate pairs for NearDuplicate/HeavyOverlap come from a sort-and-sweep
 * over bounding boxes, pruned by an area bound before any mask is rasterised. Deleted and opaque
 * annotations are ignored; RLE segmentations take part in the area, bbox and overlap checks.
 */
class QcRunner
{
public:
    /**
     * Checks @p set. Returns nullopt when options.cancel was set (@p error untouched) or when memory
     * ran out (@p error, where given, names the file and says so; nothing the run held is kept).
     */
    static std::optional<QcReport> run(const AnnotationSet& set, const QcOptions& options = {},
                                       QString* error = nullptr);
    /** What run() says when memory runs out checking @p set (also for a caller that cannot get ready to run). */
    static QString outOfMemoryMessage(const AnnotationSet& set);
};

} // namespace curator
