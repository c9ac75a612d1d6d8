#pragma once

#include "model/annotationstore.h"
#include "model/eval/evalresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace curator {

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
    /**
     * One row per ground-truth image: id, file name, cell type, counts, AP and, at IoU 0.50 and
     * 0.75, TP/FP/FN, precision, recall and F1.
     */
    static QByteArray perImageCsv(const EvalResult& result);
    /**
     * Every match decision: image id, IoU threshold, kind (tp, fp, fn, ignored), the
     * prediction's index in its file, the ground-truth annotation id and the IoU.
     */
    static QByteArray matchesCsv(const EvalResult& result, const AnnotationStore& groundTruth);
    /** A text table with the twelve summary values of each cell type. */
    static QString cellTypeTable(const EvalResult& result);
};

} // namespace curator
