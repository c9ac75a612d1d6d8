#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace curator {

/**
 * The quality-control checks. The order is the display order (grouping in the findings dock) and
 * never changes meaning: persisted data uses qcCheckId(), not the number.
 */
enum class QcCheck : quint8 {
    SelfIntersection,   ///< a ring crosses or touches itself (repeated consecutive vertices are ignored)
    DegenerateRing,     ///< a ring with fewer than 3 distinct vertices, or no segmentation at all
    OddCoordinates,     ///< a ring with an odd number of coordinates
    OutsideImage,       ///< a vertex beyond 0…width / 0…height (exactly on width or height is fine)
    AreaMismatch,       ///< the `area` field disagrees with the polygon's shoelace area
    BboxMismatch,       ///< the `bbox` field disagrees with the polygon's extent
    NearDuplicate,      ///< two cells of one image whose masks have IoU ≥ the near-duplicate threshold
    HeavyOverlap,       ///< two cells sharing more than a set fraction of the smaller one's mask
    AreaOutlier,        ///< cell area far from its cell type's (robust z-score of log area)
    DuplicateFileName,  ///< one file_name under several image ids (one finding per name, on the lowest id)
    SplitLeakage,       ///< an image that is also in another loaded split
    SparseImage,        ///< far fewer cells than the cell type and the neighbouring time points suggest
    EmptyImage,         ///< an image without annotations
    ImageMissing,       ///< an image (and so its annotations) absent from images.zip / the image folder
    OrphanAnnotation,   ///< annotations whose image_id is not in `images`
};

inline constexpr int kQcCheckCount = int(QcCheck::OrphanAnnotation) + 1;

enum class QcSeverity : quint8 { Info, Warning, Error };

/**
 * One problem found by quality control. Annotation-level findings name the annotations involved
 * (sorted ascending); image-level findings leave annotationIds empty. Ids are the file's ids, never
 * store indices, so findings stay meaningful across edits and sessions.
 */
struct QcFinding
{
    QcCheck check = QcCheck::SelfIntersection;
    QcSeverity severity = QcSeverity::Warning;
    qint64 imageId = -1;                 ///< for OrphanAnnotation the unknown image_id they refer to
    std::vector<qint64> annotationIds;   ///< sorted ascending
    QString message;                     ///< translated, names the objects and the measured values
    /** The measured quantity (IoU, z-score, area difference…, see qcValueMeaning()); NaN if none. */
    double value = std::numeric_limits<double>::quiet_NaN();
    /** Where in the image, in pixels (e.g. a crossing point); NaN when not applicable. */
    double x = std::numeric_limits<double>::quiet_NaN();
    double y = std::numeric_limits<double>::quiet_NaN();
    /** Other images involved (the other ids of a duplicated file name, the image in the other split). */
    std::vector<qint64> relatedImageIds;

    bool hasValue() const { return value == value; }
    bool hasPosition() const { return x == x && y == y; }
    /** Stable identity for dismissals: see qcFindingKey(). */
    QString key() const;
    /** Field-wise equality; NaN values compare equal to NaN (absent is absent). */
    bool operator==(const QcFinding& other) const;
};

/** Stable machine-readable id, e.g. "self-intersection", "near-duplicate" (used in files and keys). */
QString qcCheckId(QcCheck check);
/** Inverse of qcCheckId(); nullopt for unknown ids. */
std::optional<QcCheck> qcCheckFromId(QStringView id);
/** Translated short title for lists and chart legends, e.g. "Self-intersecting rings". */
QString qcCheckTitle(QcCheck check);
/** Translated one-sentence explanation of what the check flags (tooltips, report headers). */
QString qcCheckDescription(QcCheck check);
/** Translated meaning of QcFinding::value for @p check, e.g. "IoU"; empty when it has none. */
QString qcValueMeaning(QcCheck check);
/** The severity findings of @p check get. */
QcSeverity qcDefaultSeverity(QcCheck check);
/** "info", "warning", "error". */
QString qcSeverityId(QcSeverity severity);
/** Translated "Info", "Warning", "Error". */
QString qcSeverityTitle(QcSeverity severity);

/**
 * The key under which a dismissal of a finding is remembered (e.g. in a review sidecar):
 * `<check id>/<image id>/<annotation ids, ascending, comma-separated>`, for example
 * "near-duplicate/512647/512648,512650" or "empty-image/92944/". It depends only on what the
 * finding is about, never on the message, value or thresholds, so re-running QC after edits, on
 * another machine or in another language gives the same key for the same problem.
 * @p annotationIds need not be sorted.
 */
QString qcFindingKey(QcCheck check, qint64 imageId, std::span<const qint64> annotationIds);

} // namespace curator
