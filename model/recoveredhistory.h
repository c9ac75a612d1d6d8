#pragma once

#include "model/annotationset.h"
#include "model/journalrecord.h"
#include "model/reviewstate.h"

#include <QString>

#include <vector>

namespace curator {

/** One undo step of a session that ended without saving, with the states it left before and after it. */
struct RecoveredStep
{
    struct Cell
    {
        qint64 id = 0;
        bool existedBefore = false;   ///< false: the step added it (undoing deletes it again)
        AnnotationStore::Snapshot before;
        AnnotationStore::Snapshot after;
    };
    struct Image
    {
        qint64 id = 0;
        ImageReview before, after;
    };
    struct Flag
    {
        qint64 id = 0;
        bool before = false, after = false;
    };

    QString kind;   ///< commandKindName() as journaled
    QString text;   ///< as the Edit menu showed it
    std::vector<Cell> cells;
    std::vector<Image> images;
    std::vector<Flag> flags;
};

/** Puts the states @p step changed back as they were before it (@p before) or after it. */
void restoreStep(const RecoveredStep& step, bool before, AnnotationStore& store, ReviewState& review);

/**
 * Replays a journal into a freshly loaded set (JournalReplayer) and rebuilds the undo history that
 * wrote it: a "do" adds a step (the moves of one drag, journaled as merged, extend the last), an "undo"
 * that takes back the step below the current one steps down, a "redo" of the step above steps up, and a
 * "do" drops the steps above. A record that fits no such history (an undo past the journal's start,
 * which restarts at each save) becomes a step of its own. Every step holds the store's own states
 * before and after it as the replay went through them, so undoing and redoing it restores exactly
 * those, however the records came about. Costs what the records change.
 */
class RecoveredHistory
{
public:
    RecoveredHistory(AnnotationSet& set, ReviewState& review);

    void apply(const JournalRecord& record);

    /** The steps, oldest first. */
    std::vector<RecoveredStep> takeSteps();
    /** How many steps are done: the replayed state is the one after the first index() steps. */
    int index() const { return m_index; }
    /** Cells left out because the file no longer has their image (JournalReplayer::leftOut()). */
    int leftOut() const { return m_replayer.leftOut(); }

private:
    struct Ids
    {
        std::vector<qint64> cells, images, flags;   // sorted, each once
    };
    /**
     * What the user sees of a cell: whether it is there, and where and what it is (its outline by the
     * vertex count and a hash of the coordinates, so that a step of 100,000 cells keeps no copy of them).
     */
    struct CellLook
    {
        qint64 id = 0;
        bool live = false;
        qint64 imageId = 0;
        qint64 categoryId = 0;
        std::size_t vertices = 0;
        quint64 outline = 0;
        bool operator==(const CellLook&) const = default;
    };
    /**
     * The states of what a record names, sorted by id: compared to tell whether an undo or redo record
     * takes the history a step down or up (by what they show, since a state the journal calls "as in the
     * file" and one it gives in full can be the same).
     */
    struct Look
    {
        std::vector<CellLook> cells;
        std::vector<ImageReviewState> images;
        std::vector<CellFlagState> flags;
        bool operator==(const Look&) const = default;
        /** Adds @p other's entries; where both have one, @p replace takes @p other's. */
        void merge(const Look& other, bool replace);
    };
    struct Entry
    {
        RecoveredStep step;
        Look before;   // what undoing the step leaves
        Look after;    // what the step, or redoing it, leaves
    };

    static Ids idsOf(const JournalRecord& record);
    Look look(const Ids& ids) const;

    AnnotationSet& m_set;
    ReviewState& m_review;
    JournalReplayer m_replayer;
    std::vector<Entry> m_entries;
    int m_index = 0;
};

} // namespace curator
