#pragma once

#include "model/annotationset.h"
#include "model/reviewstate.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace curator {

/**
 * The complete state of one annotation after an edit, relative to the annotation file the journal
 * started from (its "base"): exactly as in the base (Original), gone (Deleted), or with the given
 * geometry, image and category (Geometry: the cell's rings, image id and category id in full, so
 * replay needs nothing but the record).
 */
struct CellState
{
    enum class Kind : quint8 { Original, Deleted, Geometry };
    qint64 id = 0;
    Kind kind = Kind::Original;
    qint64 imageId = 0;
    qint64 categoryId = 0;
    Rings rings;
    /**
     * Geometry only: the area and bbox the cell has besides its rings, where they are not computed from
     * them: a cell as the loaded file had it, which the file on disk no longer holds (dirtyAtSave: an
     * edit saved, then undone). Replay would otherwise compute them from the rings.
     */
    struct Measures
    {
        double area = 0;
        std::array<double, 4> bbox{};
        bool operator==(const Measures&) const = default;
    };
    std::optional<Measures> measures;
    bool operator==(const CellState&) const = default;

    /**
     * The state of annotation @p id in @p store as the journal records it; @p dirtyAtSave: the last save
     * wrote it as it is now edited, so the file on disk differs from the loaded source there (Original
     * would then restore the wrong geometry).
     */
    static CellState of(const AnnotationStore& store, qint64 id, bool dirtyAtSave = false);
};

struct ImageReviewState
{
    qint64 imageId = 0;
    ImageReview review;
    bool operator==(const ImageReviewState&) const = default;
};

struct CellFlagState
{
    qint64 id = 0;
    bool flagged = false;
    bool operator==(const CellFlagState&) const = default;
};

/**
 * One journal line: what one edit, undo or redo left behind in every annotation and review entry
 * it touched. Self-describing: the command kind and text, the operation, and full new states.
 */
struct JournalRecord
{
    qint64 sequence = 0;
    QString operation;   ///< "do", "undo" or "redo"
    QString kind;        ///< commandKindName() of the (last) command involved
    QString text;        ///< the command's user-visible text
    bool merged = false; ///< a "do" that the undo step before it took in (the moves of one drag): no step of its own
    std::vector<CellState> cells;
    std::vector<ImageReviewState> images;
    std::vector<CellFlagState> cellFlags;

    bool isEmpty() const { return cells.empty() && images.empty() && cellFlags.empty(); }
    bool operator==(const JournalRecord&) const = default;

    /** Compact one-line JSON; doubles are written so that they read back bit-identical. */
    QByteArray toJson() const;
    /** nullopt for text that is not a record; std::bad_alloc where memory runs out (not a damaged record). */
    static std::optional<JournalRecord> fromJson(const QByteArray& json);
};

/**
 * Applies journal records, in order, to a set freshly loaded from the journal's base file and its
 * review state: afterwards the set exports (CocoWriter) exactly what the journaled session would
 * have saved. Keeps the loaded state of every annotation it changes so that Original can restore it.
 *
 * Onto a file that changed since (File ▸ Reload from Disk re-applies edits so), records apply by
 * annotation id: a new state re-adds a cell the file no longer has, Deleted deletes what is there, and
 * Original ("as in the file") restores the file's cell as loaded, or leaves none where the file has none
 * (deleting one an earlier record re-added). A cell on an image the file no longer has is left out
 * (leftOut() counts them): it would be an annotation of no image.
 */
class JournalReplayer
{
public:
    JournalReplayer(AnnotationSet& set, ReviewState& review) : m_set(set), m_review(review) {}

    void apply(const JournalRecord& record);
    /** Cells left out because the file no longer has their image (not those the session deleted or took back later). */
    int leftOut() const { return int(m_leftOut.size()); }

private:
    void applyCell(const CellState& state);
    void remember(int annotation);

    AnnotationSet& m_set;
    ReviewState& m_review;
    std::unordered_map<int, AnnotationStore::Snapshot> m_loaded;
    std::unordered_set<qint64> m_added;     // ids the file did not have, added by a record
    std::unordered_set<qint64> m_leftOut;   // ids of cells on images the file no longer has
};

} // namespace curator
