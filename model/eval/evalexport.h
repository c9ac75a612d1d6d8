#pragma once

#include "model/annotationstore.h"
#include "model/eval/evalresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace curator {

/** Where TP / FP / FN are counted: over every prediction, or over those scoring at least minScore. */
struct EvalOperatingPoint
{
    const AnnotationStore* predictions = nullptr;
    double minScore = 0;   ///< 0: every prediction (see ImageMatches::atMinScore)
};

/** Writes evaluation results as JSON, CSV and text tables. */
class EvalExport
{
    Q_DECLARE_TR_FUNCTIONS(EvalExport)
public:
    /** Summary values keyed as in the reference files ("AP", "AP50", …, "AR_small@2000"). */
    static QByteArray summaryObjectJson(const EvalSummary& summary);
    /**
     * The whole result as JSON: {"gt", "results", "protocol", "<protocol>": {summary},
     * "counts", "findings", "precision"/"recall" (shape + flat data in numpy's C order) and,
     * when @p perCellType, "per_cell_type": {"<type>": {"images", "gt", "predictions", summary…}}}.
     */
    static QByteArray resultJson(const EvalResult& result, const QString& groundTruthPath,
                                 const QString& resultsPath, bool perCellType);
    using OperatingPoint = EvalOperatingPoint;
    /**
     * One row per ground-truth image: id, file name, cell type, counts, AP and, at IoU 0.50 and
     * 0.75, TP/FP/FN, precision, recall and F1 (at @p point; AP always ranks every prediction).
     */
    static QByteArray perImageCsv(const EvalResult& result, const OperatingPoint& point = {});
    /**
     * Every match decision: image id, IoU threshold, kind (tp, fp, fn, ignored), the
     * prediction's index in its file, the ground-truth annotation id and the IoU (at @p point).
     */
    static QByteArray matchesCsv(const EvalResult& result, const AnnotationStore& groundTruth,
                                 const OperatingPoint& point = {});
    /** A text table with the twelve summary values of each cell type. */
    static QString cellTypeTable(const EvalResult& result);
};

} // namespace curator
