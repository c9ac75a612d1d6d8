#pragma once

#include "model/annotationset.h"
#include "model/commands/commandids.h"
#include "model/geometry/celloutline.h"
#include "model/journal.h"
#include "model/reviewstate.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QPolygonF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <utility>

class QTimer;
class QUndoCommand;
class QUndoStack;

namespace curator {

struct CopiedCell;

/**
 * The editing façade of one annotation set: every change to its annotations or review state goes
 * through here as an undoable command on undoStack(), is announced by a signal, and (once
 * startJournal() ran) is journaled before the call returns. Views read set()/store()/review() and
 * listen; they never write to the set.
 *
 * Annotations are named by their COCO id (AnnotationStore::annotationId()), which stays valid
 * across deletion, undo and saving; images by their index in the store. Ids that occur twice in
 * the file cannot be edited (which one is meant would be ambiguous).
 *
 * Edit methods return false (or nullopt) when the edit is refused: the reason, translated, is put
 * in @p error and nothing is pushed. An edit that would change nothing (a move by zero, a flag
 * already set) returns true and pushes nothing. New vertices are clamped to the image and rounded
 * to 0.01 px (CellOutline); results with fewer than 3 distinct points, no area, or an outline that
 * crosses itself are refused.
 *
 * Drags: call beginDrag() on mouse press and endDrag() on release; the moveCells()/moveVertex()
 * calls in between merge into one undo step. Batch actions: beginMacro()/endMacro().
 *
 * Crash safety, in this order after opening: Journal::findRecoverable(path()) → ask the user →
 * recover() or Journal::discard() → startJournal() (DocumentManager does all of this for the
 * Workspace's sets). Views must not keep spans from AnnotationStore::ring() across an edit: the
 * store's geometry arena may reallocate.
 */
class Document : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /** Edits @p set, which stays owned by the caller (the Workspace) and must outlive the document. */
    explicit Document(AnnotationSet* set, QObject* parent = nullptr);
    explicit Document(std::unique_ptr<AnnotationSet> set, QObject* parent = nullptr);
    /** Keeps the journal when there are unsaved edits (that is what recovery restores); else deletes it. */
    ~Document() override;

    /** Reads @p path and its review sidecar (no journal yet); nullptr and @p error on failure. */
    static std::unique_ptr<Document> open(const QString& path, QString* error);

    const AnnotationSet& set() const { return *m_set; }
    const AnnotationStore& store() const { return m_set->store; }
    const ReviewState& review() const { return m_review; }
    /** The annotation file this document saves to. */
    QString path() const { return m_set->info.path; }
    QUndoStack* undoStack() const { return m_undoStack; }
    /** Unsaved edits exist (the undo stack is not clean, or edits were recovered from a journal). */
    bool isModified() const;
    /**
     * Another program wrote to the file since it was loaded, so its unedited objects can no longer be
     * copied from it and saving refuses (SourceBuffer::isIntact()); reloading it and re-applying the
     * journaled edits is the way on.
     */
    bool fileChangedOnDisk() const;

    // ---- review sidecar and crash protection
    /** Reads the review sidecar of path(), replacing the review state (not undoable; call before editing). */
    bool loadReview(QString* error);
    /** Starts journaling every edit to Journal::pathFor(path()). Call after recover() was declined or done. */
    bool startJournal(QString* error);
    bool isJournaling() const { return m_journal.isOpen(); }
    /** The journal file, empty when not journaling. */
    QString journalPath() const { return m_journal.isOpen() ? m_journal.path() : QString(); }
    /**
     * Replays @p recovery (from Journal::findRecoverable(path())) into this freshly opened document
     * and continues that journal. The restored edits are unsaved (isModified()), and undoable: the undo
     * stack is rebuilt as the journal left it (RecoveredHistory), steps undone then still to redo, the
     * file as opened being where it is clean.
     * False (with a message) only when the document is not freshly opened.
     */
    bool recover(const JournalRecovery& recovery, QString* error);
    /** Edited cells recover() left out: the file (changed since the journal began) no longer has their image. */
    int recoveredCellsLeftOut() const { return m_recoveredCellsLeftOut; }
    /** Drops the journal: the user chose to discard unsaved edits (on close). */
    void discardJournal();

    // ---- saving (COCO JSON through CocoWriter, atomic; then the review sidecar; then a fresh journal)
    bool save(QString* error, const Progress& progress = {});
    /** Saves to @p path, which becomes the document's file (its journal and sidecar move along). */
    bool saveAs(const QString& path, QString* error, const Progress& progress = {});
    /** Writes a copy to @p path; the document keeps its file and stays modified. */
    bool exportCopy(const QString& path, QString* error, const Progress& progress = {}) const;

    // ---- editing cells (one undo step each)
    /**
     * Moves cells by @p delta px from where they are now (during a drag: the mouse movement since
     * the last call), clamped so that every cell stays whole inside its image.
     */
    bool moveCells(const QList<qint64>& ids, QPointF delta, QString* error = nullptr);
    /** Moves vertex @p vertex of ring @p ring to @p position. */
    bool moveVertex(qint64 id, int ring, int vertex, QPointF position, QString* error = nullptr);
    /** Inserts a vertex at @p position between vertex @p afterVertex and the next one. */
    bool insertVertex(qint64 id, int ring, int afterVertex, QPointF position, QString* error = nullptr);
    bool deleteVertex(qint64 id, int ring, int vertex, QString* error = nullptr);
    /** Adds a cell drawn as @p polygon on image @p imageIndex; returns its new id. */
    std::optional<qint64> addCell(int imageIndex, const QPolygonF& polygon, QString* error = nullptr);
    bool deleteCells(const QList<qint64>& ids, QString* error = nullptr);
    /**
     * Replaces cells of one image by the union of their outlines (PolygonUnion). The first id keeps
     * the result (and its fields); the others are deleted. Returns the surviving id.
     */
    std::optional<qint64> mergeCells(const QList<qint64>& ids, QString* error = nullptr);
    /**
     * Splits a cell along the drawn @p line (PolygonSplit). The cell keeps its id and the larger
     * part; the smaller part becomes a new cell. Returns {id, new id}.
     */
    std::optional<std::pair<qint64, qint64>> splitCell(qint64 id, const QPolygonF& line, QString* error = nullptr);
    /**
     * Adds annotation @p predictionIndex of @p predictions (a results set: polygon or RLE mask) as a
     * new cell on image @p imageIndex (MaskContour); returns its new id.
     */
    std::optional<qint64> acceptPrediction(int imageIndex, const AnnotationStore& predictions, int predictionIndex,
                                           QString* error = nullptr);
    /**
     * Adds copied cells (CellClipboard) to image @p imageIndex as one step (PasteCells); returns their
     * new ids, empty when none could be added. Cells left out are listed in @p skipped.
     */
    QList<qint64> pasteCells(int imageIndex, const std::vector<CopiedCell>& cells, QString* error = nullptr,
                             QStringList* skipped = nullptr);

    // ---- review (undoable too)
    bool setCellsFlagged(const QList<qint64>& ids, bool flagged, QString* error = nullptr);
    bool setImagesReviewed(const QList<int>& imageIndices, bool reviewed, QString* error = nullptr);
    bool setImagesFlagged(const QList<int>& imageIndices, bool flagged, QString* error = nullptr);
    bool setImageNote(int imageIndex, const QString& note, QString* error = nullptr);
    ImageReview imageReview(int imageIndex) const;
    bool isCellFlagged(qint64 id) const { return m_review.isCellFlagged(id); }
    /** Next image (after @p from, wrapping) not reviewed / flagged or with a flagged cell; -1 if none. */
    int nextUnreviewedImage(int from) const { return m_review.nextUnreviewed(store(), from); }
    int nextFlaggedImage(int from) const { return m_review.nextFlagged(store(), from); }
    QList<ReviewProgress> reviewProgress() const { return ReviewState::progress(*m_set, m_review); }
    /**
     * Dismisses or restores QC findings (QcFinding::key()). Not an edit: not undoable, not journaled;
     * written to the sidecar at once (ReviewState::saveDismissedFindings) and kept by later saves.
     */
    bool setFindingsDismissed(const QStringList& keys, bool dismissed, QString* error = nullptr);

    // ---- grouping
    void beginDrag();
    /** Ends the drag (the next move starts a new undo step) and fsyncs the journal. */
    void endDrag();
    bool isDragging() const { return m_dragSerial != 0; }
    /** Serial of the running drag, 0 when none; mergeable commands merge only within one. */
    int dragSerial() const { return m_dragSerial; }
    void beginMacro(const QString& text);
    void endMacro();

    // ---- helpers for the tools
    ImageBounds boundsOf(int imageIndex) const;
    /** True when @p id names more than one annotation in the file (such cells are not editable). */
    bool isAmbiguousId(qint64 id) const { return m_duplicateIds.contains(id); }
    /** Category for new cells: the one named after the image's cell type if any, else the first. */
    qint64 defaultCategoryFor(int imageIndex) const;

signals:
    /** Annotations @p ids of image @p imageIndex changed (geometry, added, deleted, restored). */
    void annotationsChanged(int imageIndex, const QList<qint64>& ids);
    /** The review state of image @p imageIndex or of cells on it changed. */
    void reviewChanged(int imageIndex);
    void modifiedChanged(bool modified);
    /** Writing the journal failed: unsaved edits are no longer crash-safe (show it loudly). */
    void journalFailed(const QString& message);
    void saved(const QString& path);

private:
    friend class CellEditCommand;
    friend class ReviewEditCommand;
    friend class RecoveredEdit;

    // Used by the commands only.
    AnnotationStore& mutableStore() { return m_set->store; }
    ReviewState& mutableReview() { return m_review; }
    void noteCells(CommandKind kind, const QString& text, std::span<const qint64> ids, EditOperation op);
    void noteReview(CommandKind kind, const QString& text, std::span<const qint64> imageIds,
                    std::span<const qint64> cellIds, EditOperation op);

    /** A command's edits of several kinds, with the kind as journaled (RecoveredEdit). */
    void noteRecovered(const QString& kind, const QString& text, std::span<const qint64> cellIds,
                       std::span<const qint64> imageIds, std::span<const qint64> flagIds, EditOperation op);
    /** The command being pushed merged into the one before it (a drag): journaled as such. */
    void noteMerged();

    void init();
    bool push(std::unique_ptr<QUndoCommand> command, const QString& error, QString* errorOut);
    void flushChanges();
    CellState captureCell(qint64 id) const;
    JournalRecord takePendingRecord();
    bool writeAndRestartJournal(const QString& path, const Progress& progress, QString* error);

    std::unique_ptr<AnnotationSet> m_ownedSet;
    AnnotationSet* m_set = nullptr;
    ReviewState m_review;
    QUndoStack* m_undoStack = nullptr;
    QTimer* m_syncTimer = nullptr;   ///< fsyncs a journal write the interval left pending
    Journal m_journal;
    bool m_recovered = false;        ///< recover() ran (only into a freshly opened document)
    bool m_rebuildingHistory = false; ///< recover() pushes the journal's steps: nothing to announce or journal
    int m_recoveredCellsLeftOut = 0;
    bool m_journalFailed = false;
    int m_dragSerial = 0;
    int m_lastDragSerial = 0;
    int m_macroDepth = 0;

    // Changes not yet announced and journaled (flushed when the undo stack settles).
    QSet<qint64> m_pendingCells, m_pendingImages, m_pendingFlags;
    QString m_pendingKind, m_pendingText;
    EditOperation m_pendingOp = EditOperation::Do;
    bool m_pendingMerged = false;

    QSet<qint64> m_duplicateIds;  ///< annotation ids that occur more than once in the file
    QSet<qint64> m_touchedIds;    ///< every annotation changed since loading
    QSet<qint64> m_dirtyAtSave;   ///< ids the last save wrote edited, added or not at all (so the file on disk differs from the loaded source there)
};

} // namespace curator
