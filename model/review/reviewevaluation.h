#pragma once

#include "model/eval/evalresult.h"
#include "model/workspace.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace curator {

/**
 * The evaluation behind the review: LIVECell-protocol COCO evaluation (Evaluator) of one
 * predictions set against one ground-truth set of the workspace, restricted to chosen images, run
 * in a worker thread on a snapshot of both (edits made meanwhile never race with it). Results are
 * kept by the workspace's indices: ground-truth image and annotation indices of the ground-truth
 * set, annotation indices of the predictions set.
 *
 * The greedy matching is the evaluator's own, at every IoU threshold of the protocol (0.50, 0.55,
 * …, 0.95); iouThreshold() picks which one classifies cells as matched (TP), missed (FN) or
 * spurious (FP).
 *
 * After edits, update() evaluates only the changed images and re-accumulates the totals from the
 * other images' kept evaluations (Evaluator::update), so an edit costs its image, not the set.
 */
class ReviewEvaluation : public QObject
{
    Q_OBJECT

public:
    enum class CellClass : quint8 { None, TruePositive, FalseNegative, FalsePositive, Ignored };
    struct BestMatch
    {
        CellKey cell;       ///< in the other set; invalid when nothing overlaps
        double iou = 0;
    };

    explicit ReviewEvaluation(Workspace* workspace, QObject* parent = nullptr);
    ~ReviewEvaluation() override;

    /**
     * Evaluates set @p predictions against set @p groundTruth on the ground-truth images @p images
     * (indices into its store; all when empty) in the background; evaluated() follows. A running
     * evaluation is superseded.
     */
    void evaluate(int groundTruth, int predictions, const std::vector<int>& images = {});
    /**
     * Re-evaluates ground-truth images @p images (indices into its store) of the current evaluation,
     * whose cells (or whose predictions) changed, in the background; evaluated() follows. While a
     * full evaluation runs, they wait for its result and are updated then (it is not started again).
     * Falls back to evaluate() when there is nothing to update. Images outside the current evaluation
     * are ignored.
     */
    void update(const std::vector<int>& images);
    /**
     * Adds ground-truth images @p images, whose predictions just came in, to the current evaluation and
     * evaluates them as update() does (so a model run's results cost their images, not the set).
     */
    void extend(const std::vector<int>& images);
    /** No figures, and the error that memory ran out evaluating @p images images (for a caller that could not ask). */
    void failOutOfMemory(int images) { fail(outOfMemory(images)); }
    /** Evaluations done by update() since the last full one (tests). */
    int updateCount() const { return m_updates; }
    void clear();
    /** Copying the cells for an evaluation, or evaluating them. */
    bool isRunning() const { return m_running > 0 || m_copy != nullptr; }
    /**
     * Copying the cells of a full evaluation on this (the GUI) thread, a few milliseconds at a time
     * between events, before a worker evaluates them.
     */
    bool isCopying() const { return m_copy != nullptr; }
    /** The GUI thread time the latest full evaluation's copy took in all, in ms. */
    qint64 lastCopyMs() const { return m_lastCopyMs; }
    /** The GUI thread time the latest result took to take in (indexing its cells' classes), in ms. */
    qint64 lastApplyMs() const { return m_lastApplyMs; }
    /**
     * Why the latest evaluation gave no result (not enough memory to copy the cells or to evaluate
     * them); empty when it did not fail. A failure clears the result, so no stale figures show; the
     * next evaluate() or update() tries again.
     */
    QString errorString() const { return m_error; }
    /** Blocks until the latest evaluation has been applied (tests). */
    void waitForFinished();

    bool hasResult() const { return m_result != nullptr; }
    const EvalResult* result() const { return m_result.get(); }
    int groundTruthSet() const { return m_groundTruth; }
    int predictionSet() const { return m_predictions; }
    /** Whether there are predictions to classify cells by (a predictions set is being evaluated). */
    bool hasPredictions() const { return m_predictions >= 0; }
    /** The evaluation of ground-truth image @p gtImage; nullptr when it was not evaluated. */
    const ImageEvaluation* image(int gtImage) const;

    /** One of iouThresholds(). */
    double iouThreshold() const;
    /** Its position in iouThresholds(). */
    int iouThresholdIndex() const { return m_iouIndex; }
    /** Picks the nearest of iouThresholds(). */
    void setIouThreshold(double iou);
    /** The protocol's IoU thresholds, ascending: 0.50, 0.55, …, 0.95. */
    static std::vector<double> iouThresholds();
    /**
     * Predictions scoring below this are left out of the matching that classifies cells and counts
     * TP / FP / FN (the operating point the prediction layer's score threshold sets); AP, which ranks
     * every prediction, is unaffected. Predictions without a score always count. COCO's greedy matching
     * takes predictions in falling score order, so leaving out the lowest-scored ones changes no match
     * among the rest: their matched cells become missed, their spurious ones drop out.
     */
    double scoreThreshold() const { return m_minScore; }
    void setScoreThreshold(double minScore);
    /** The matching of @p gtImage at iouThreshold() and scoreThreshold(); nullptr when not evaluated. */
    const ImageMatches* matches(int gtImage) const;

    /** How @p cell (of the ground-truth or predictions set) fared at iouThreshold(). */
    CellClass classify(CellKey cell) const;
    /** Every classified cell of ground-truth image @p gtImage, keyed by CellKey. */
    QHash<qint64, CellClass> classesOf(int gtImage) const;
    /** How a cell fared, with the IoU of its match (TP and ignored; 0 otherwise). */
    struct CellMatch
    {
        CellClass cls = CellClass::None;
        double iou = 0;
    };
    /** classesOf() with the matches' IoUs, keyed by cellHash(). */
    QHash<qint64, CellMatch> matchesOf(int gtImage) const;
    static qint64 cellHash(CellKey key) { return (qint64(key.set) << 32) | quint32(key.annotation); }

    /** The cell of the other set on the same image with the highest mask IoU with @p cell. */
    BestMatch bestMatch(CellKey cell) const;

signals:
    void evaluationStarted();
    /** A new result is in (or the result was cleared). */
    void evaluated();
    void iouThresholdChanged(double iou);
    /** The classes and counts changed without a new evaluation (IoU or score threshold). */
    void matchingChanged();
    /**
     * The cells' classes and the per-image counts may have changed: follows every evaluated() and
     * matchingChanged(). What only shows the matching (tables, overlays) follows this one signal.
     */
    void classesChanged();

private:
    struct Job;
    /** A full evaluation's copy of the cells, taken on the GUI thread in slices (copySlice()). */
    struct Copy
    {
        std::shared_ptr<Job> job;
        std::vector<int> images;     // the ground-truth images to copy
        std::size_t next = 0;        // into images
        qint64 nanoseconds = 0;      // spent copying so far
        bool stale = false;          // cells changed since the copy began: start again
    };
    static void runJob(Job& job);
    /** evaluate() and update() without their guard: std::bad_alloc leaves them. */
    void evaluateOrThrow(int groundTruth, int predictions, const std::vector<int>& images);
    void updateOrThrow(const std::vector<int>& images);
    void copySlice();
    /** Starts @p job on a worker; where memory runs out first (std::bad_alloc leaves), none was started. */
    void start(const std::shared_ptr<Job>& job);
    void apply(const std::shared_ptr<Job>& job);
    void fail(const QString& message);
    /** The message of an evaluation of @p images images that ran out of memory. */
    static QString outOfMemory(int images);
    void resetResult();
    /** Whether @p gtImage is one of the evaluation's images (evaluated, or added by extend()). */
    bool isEvaluated(int gtImage) const;
    void indexImages();
    /** The predictions to filter the matchings by at the score threshold; nullptr without one. */
    const AnnotationStore* scoreFilter() const;
    void indexClasses();
    /** indexClasses(), or no figures and the message where memory runs out. */
    void indexClassesOrFail();
    /** Indexes the classes of m_result's image @p i (filtered by @p predictions where given). */
    void indexClassesOf(std::size_t i, const AnnotationStore* predictions);
    /** Takes in @p result, an update of m_result, re-indexing only the classes of the @p changed images. */
    void reindexClasses(const std::shared_ptr<const EvalResult>& result, const std::vector<int>& changed);
    /** Sizes m_classes to the two sets' cells as they are now, keeping the classes it holds (allocates). */
    void sizeClassIndex();
    /** Where m_classes keeps @p cell's class; nullptr for a cell of neither set or beyond its size. */
    CellClass* classSlot(CellKey cell);
    /** Calls @p f(cell, class, IoU of its match or 0) for every cell @p matches classes. */
    template<typename F>
    void forEachClass(const ImageMatches& matches, F&& f) const;
    /** The position in m_result->images of ground-truth image @p gtImage; -1 where it has none. */
    int positionOf(int gtImage) const;

    Workspace* m_workspace;
    int m_groundTruth = -1;
    int m_predictions = -1;
    int m_iouIndex = 0;                           // into iouThresholds()
    int m_generation = 0;
    int m_running = 0;
    bool m_fullRunning = false;                   // the latest job evaluates from scratch
    int m_updates = 0;
    std::vector<int> m_images;                    // the latest evaluate()'s images (all when empty)
    std::vector<int> m_pending;                   // changed images not yet in m_result
    std::vector<int> m_afterFull;                 // changed while a full evaluation runs: updated after it
    QString m_error;                              // errorString()
    std::shared_ptr<const EvalResult> m_result;   // shared with update jobs, never changed in place
    std::vector<int> m_imageOf;                   // gt image index → position in m_result->images, or -1
    double m_minScore = 0;
    std::vector<std::optional<ImageMatches>> m_shown;   // per m_result->images at m_iouIndex, filtered by m_minScore; empty without one
    /**
     * Of matches(), by annotation index: a byte a cell (a QHash took about 30, and ends the application where an
     * insert runs out of memory). Cells beyond a vector's size (added since) have no class.
     */
    struct ClassIndex
    {
        std::vector<CellClass> groundTruth, predictions;
    };
    ClassIndex m_classes;
    std::vector<std::unique_ptr<QFutureWatcher<std::shared_ptr<Job>>>> m_watchers;
    std::unique_ptr<Copy> m_copy;                 // the full evaluation whose cells are being copied
    QTimer m_copyTimer;                           // the next slice of m_copy
    qint64 m_lastCopyMs = 0;
    qint64 m_lastApplyMs = 0;
};

} // namespace curator
