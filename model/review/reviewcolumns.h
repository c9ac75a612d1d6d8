#pragma once

#include "model/workspace.h"

#include <QVariant>

namespace curator {

class ReviewEvaluation;

/** The image browser's review columns, in order (ImageBrowserModel::ApColumn + n). */
enum class ReviewColumn { Ap, F1, TruePositives, FalsePositives, FalseNegatives, Predicted, Count };

/**
 * Formatted text for review column @p column of image @p key: per-image AP (COCOeval's AP@[.50:.95]
 * of that image alone), F1 and TP/FP/FN at the review's IoU threshold, predicted cells. Empty when
 * the image was not evaluated or @p review is null.
 */
QVariant reviewDisplay(const ReviewEvaluation* review, ImageKey key, int column);
/**
 * The raw value to sort by. Images without a value sort after every evaluated one in ascending
 * order for AP and F1 (worst first), and before them for counts (descending order puts most errors first).
 */
QVariant reviewSortValue(const ReviewEvaluation* review, ImageKey key, int column);
/** Header text and tooltip (naming the IoU threshold). */
QVariant reviewHeader(const ReviewEvaluation* review, int column, int role);

} // namespace curator
