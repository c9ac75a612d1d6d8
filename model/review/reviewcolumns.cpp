#include "model/review/reviewcolumns.h"

#include "model/review/reviewevaluation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtNumeric>

namespace curator {

namespace {

const ImageEvaluation* evaluationOf(const ReviewEvaluation* review, ImageKey key)
{
    if (!review || key.set < 0 || key.set != review->groundTruthSet())
        return nullptr;
    return review->image(key.image);
}

/** The raw value; NaN when there is none. */
double rawValue(const ReviewEvaluation* review, ImageKey key, int column)
{
    const ImageEvaluation* e = evaluationOf(review, key);
    const ImageMatches* matches = e ? review->matches(key.image) : nullptr;
    if (!matches)
        return qQNaN();
    const ImageMatches& m = *matches;
    switch (ReviewColumn(column)) {
    case ReviewColumn::Ap: return e->ap < 0 ? qQNaN() : e->ap;
    case ReviewColumn::F1: return m.f1();
    case ReviewColumn::TruePositives: return m.tp();
    case ReviewColumn::FalsePositives: return m.fp();
    case ReviewColumn::FalseNegatives: return m.fn();
    case ReviewColumn::Predicted:
        // At an operating point, the predictions it keeps (every one is TP, FP or on a crowd region).
        return review->scoreThreshold() > 0 ? double(m.tp() + m.fp() + int(m.ignoredMatches.size())) : e->predictionCount;
    case ReviewColumn::Count: break;
    }
    return qQNaN();
}

} // namespace

QVariant reviewDisplay(const ReviewEvaluation* review, ImageKey key, int column)
{
    const double v = rawValue(review, key, column);
    if (qIsNaN(v))
        return evaluationOf(review, key) ? QVariant(QStringLiteral("–")) : QVariant();
    if (column == int(ReviewColumn::Ap) || column == int(ReviewColumn::F1))
        return QLocale().toString(v, 'f', 3);
    return QLocale().toString(qint64(v));
}

QVariant reviewSortValue(const ReviewEvaluation* review, ImageKey key, int column)
{
    const double v = rawValue(review, key, column);
    if (!qIsNaN(v))
        return v;
    return column == int(ReviewColumn::Ap) || column == int(ReviewColumn::F1) ? 2.0 : -1.0;
}

QVariant reviewHeader(const ReviewEvaluation* review, int column, int role)
{
    const QString iou = QLocale().toString(review ? review->iouThreshold() : 0.5, 'f', 2);
    // The prediction layer's score threshold sets the operating point of the counts (not of AP).
    const bool scored = review && review->scoreThreshold() > 0;
    const QString score = QLocale().toString(review ? review->scoreThreshold() : 0.0, 'f', 2);
    if (role == Qt::DisplayRole) {
        switch (ReviewColumn(column)) {
        case ReviewColumn::Ap: return QCoreApplication::translate("curator::ReviewColumns", "AP");
        case ReviewColumn::F1: return QCoreApplication::translate("curator::ReviewColumns", "F1");
        case ReviewColumn::TruePositives: return QCoreApplication::translate("curator::ReviewColumns", "TP");
        case ReviewColumn::FalsePositives: return QCoreApplication::translate("curator::ReviewColumns", "FP");
        case ReviewColumn::FalseNegatives: return QCoreApplication::translate("curator::ReviewColumns", "FN");
        case ReviewColumn::Predicted: return QCoreApplication::translate("curator::ReviewColumns", "Predicted");
        case ReviewColumn::Count: break;
        }
        return {};
    }
    switch (ReviewColumn(column)) {
    case ReviewColumn::Ap: return QCoreApplication::translate("curator::ReviewColumns", "Mask AP@[.50:.95] of this image alone (LIVECell protocol)");
    case ReviewColumn::F1:
        return scored ? QCoreApplication::translate("curator::ReviewColumns", "F1 score at IoU %1 of the predictions scoring at least %2").arg(iou, score)
                      : QCoreApplication::translate("curator::ReviewColumns", "F1 score at IoU %1").arg(iou);
    case ReviewColumn::TruePositives:
        return scored ? QCoreApplication::translate("curator::ReviewColumns", "Matched cells (true positives) at IoU %1 by predictions scoring at least %2").arg(iou, score)
                      : QCoreApplication::translate("curator::ReviewColumns", "Matched cells (true positives) at IoU %1").arg(iou);
    case ReviewColumn::FalsePositives:
        return scored ? QCoreApplication::translate("curator::ReviewColumns", "Spurious predictions (false positives) at IoU %1 among those scoring at least %2").arg(iou, score)
                      : QCoreApplication::translate("curator::ReviewColumns", "Spurious predictions (false positives) at IoU %1").arg(iou);
    case ReviewColumn::FalseNegatives:
        return scored ? QCoreApplication::translate("curator::ReviewColumns", "Missed cells (false negatives) at IoU %1 by the predictions scoring at least %2").arg(iou, score)
                      : QCoreApplication::translate("curator::ReviewColumns", "Missed cells (false negatives) at IoU %1").arg(iou);
    case ReviewColumn::Predicted:
        return scored ? QCoreApplication::translate("curator::ReviewColumns", "Predicted cells scoring at least %1 (compare with Cells, the ground truth)").arg(score)
                      : QCoreApplication::translate("curator::ReviewColumns", "Predicted cells (compare with Cells, the ground truth)");
    case ReviewColumn::Count: break;
    }
    return {};
}

} // namespace curator
