#pragma once

#include "model/annotationset.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class QJsonObject;

namespace curator {

/** What a curator recorded about one image. */
struct ImageReview
{
    bool reviewed = false;
    bool flagged = false;
    QString note;

    bool isEmpty() const { return !reviewed && !flagged && note.isEmpty(); }
    bool operator==(const ImageReview&) const = default;
};

/** Review progress of the images of one cell type in one split. */
struct ReviewProgress
{
    Split split = Split::Unknown;
    CellType cellType = CellType::Unknown;
    int images = 0;
    int reviewedImages = 0;
    int flaggedImages = 0;
    int cells = 0;           ///< live annotations on these images
    int flaggedCells = 0;
};

/**
 * Review state of one annotation file: per image reviewed / flagged / note, per cell a flag.
 * Keyed by COCO ids (image id, annotation id), which survive saving; images that share an id share
 * their state. Never written into the COCO JSON: it lives in a sidecar file beside it
 * (sidecarPath()), written atomically. Changed only through the document's undoable commands.
 */
class ReviewState
{
public:
    ImageReview image(qint64 imageId) const { return m_images.value(imageId); }
    /** Sets an image's state; an empty state removes the entry. */
    void setImage(qint64 imageId, const ImageReview& review);
    bool isCellFlagged(qint64 annotationId) const { return m_flaggedCells.contains(annotationId); }
    void setCellFlagged(qint64 annotationId, bool flagged);
    const QHash<qint64, ImageReview>& images() const { return m_images; }
    const QSet<qint64>& flaggedCells() const { return m_flaggedCells; }
    /** QC findings the user dismissed, by QcFinding::key() (stable across runs and edits). */
    bool isFindingDismissed(const QString& key) const { return m_dismissedFindings.contains(key); }
    void setFindingDismissed(const QString& key, bool dismissed);
    const QSet<QString>& dismissedFindings() const { return m_dismissedFindings; }
    bool isEmpty() const { return m_images.isEmpty() && m_flaggedCells.isEmpty() && m_dismissedFindings.isEmpty(); }
    bool operator==(const ReviewState&) const = default;

    // ---- navigation (image indices of @p store; search starts after @p from and wraps around)
    /** The next image not marked reviewed, or -1 when every image is. */
    int nextUnreviewed(const AnnotationStore& store, int from) const;
    /** The next image that is flagged or holds a flagged live cell, or -1 when none is. */
    int nextFlagged(const AnnotationStore& store, int from) const;
    /** Flagged live cells on image @p imageIndex. */
    int flaggedCellCount(const AnnotationStore& store, int imageIndex) const;

    /** Progress per (split, cell type) of @p set, sorted by split then LIVECell's type order. */
    static QList<ReviewProgress> progress(const AnnotationSet& set, const ReviewState& review);

    // ---- sidecar file
    /**
     * `<annotation file>.review`, e.g. livecell_coco_val.json.review. Deliberately not *.json:
     * tools that open every JSON in an annotations folder must not mistake it for a COCO file.
     */
    static QString sidecarPath(const QString& annotationPath);
    /**
     * Where the sidecar goes when it cannot be written beside the annotation file (a read-only
     * dataset share): a per-user folder (perUserFileFor(), "reviews"). load() reads it first when
     * it exists, as it is written only then; a later save beside the file removes it. It names its
     * annotation file ("annotationFile": path, size and FileIdentity fingerprint), so that load() finds
     * it again when the file is reached by another path (the share mounted elsewhere, moved, copied).
     */
    static QString perUserSidecarPath(const QString& annotationPath);
    /**
     * JSON with ids sorted; file names are written for people reading it; flags of deleted cells are
     * dropped. Dismissed finding keys go to "dismissedFindings" (sorted), written only when there
     * are some, so sidecars without dismissals keep their earlier bytes and older readers ignore it.
     */
    QByteArray toJson(const AnnotationStore& store) const;
    /** toJson() of the per-user sidecar of @p annotationPath, which also names that file. */
    QByteArray toPerUserJson(const AnnotationStore& store, const QString& annotationPath) const;
    static std::optional<ReviewState> fromJson(const QByteArray& bytes, const QString& name, QString* error);
    /**
     * Reads the sidecar of @p annotationPath (per user, else beside it); where there is neither, the
     * newest per-user sidecar written for a file of the same content at another path (carriedFrom();
     * the next save keeps it for this path, even emptied); else an empty state.
     */
    static std::optional<ReviewState> load(const QString& annotationPath, QString* error);
    /** The annotation file whose per-user sidecar load() took for a file of the same content at another path. */
    const QString& carriedFrom() const { return m_carriedFrom; }
    /**
     * Writes the sidecar atomically (QSaveFile) beside the annotation file, or per user where that
     * fails; an empty state with no sidecar yet writes nothing.
     */
    bool save(const QString& annotationPath, const AnnotationStore& store, QString* error) const;
    /**
     * Replaces only the dismissed findings in the sidecar of @p annotationPath, keeping what else
     * it holds on disk (for dismissals made without a Document, which are not undoable edits).
     */
    static bool saveDismissedFindings(const QString& annotationPath, const AnnotationStore& store,
                                      const QSet<QString>& dismissed, QString* error);

private:
    QJsonObject toJsonObject(const AnnotationStore& store) const;

    QHash<qint64, ImageReview> m_images;
    QSet<qint64> m_flaggedCells;
    QSet<QString> m_dismissedFindings;
    QString m_carriedFrom;
};

} // namespace curator
