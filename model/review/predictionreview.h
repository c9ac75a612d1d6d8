#pragma once

#include "model/annotationset.h"
#include "model/fileidentity.h"
#include "model/review/predictioncache.h"
#include "model/review/reviewevaluation.h"
#include "model/segmentation/segmentationbatch.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <utility>

namespace curator {


/**
 * Model predictions against ground truth: where the predictions come from (a detectron2 results
 * file, or the segmentation model run on images) and their evaluation (ReviewEvaluation).
 *
 * Predictions live in the workspace as a results list (a set without images), so every view draws
 * and lists them like any other set. The model's results are cached per image (PredictionCache):
 * running again on an image already done costs nothing, also after files were opened again (the
 * images of the new ground truth, by file name, from the same image source). Runs and imports work in a worker thread
 * with progress and cancel; the GUI thread is never blocked.
 *
 * The ground truth is the set chosen with setGroundTruthSet() (the GUI's active annotation set) while it is open
 * and has images, else the first set with images; the predictions are the set this object imported or created
 * last, else the last results list in the workspace. The model's predictions are shown for the images of the
 * ground truth under its ids; the cache keeps those of every open set's images, so choosing another ground truth
 * shows what was segmented for it at once.
 */
class PredictionReview : public QObject
{
    Q_OBJECT

public:
    /**
     * An image source's absolute path and, for a file, its identity (size, time, checksum of head and tail);
     * a folder's images are told apart by their own files' stamps (ImageFileStamp).
     */
    using SourceStamp = std::pair<QString, FileIdentity>;

    explicit PredictionReview(Workspace* workspace, QObject* parent = nullptr);
    ~PredictionReview() override;

    Workspace* workspace() const { return m_workspace; }
    ReviewEvaluation* evaluation() const { return m_evaluation; }
    int groundTruthSet() const;
    /**
     * Compares the predictions with set @p set (one with images; others are ignored) from now on: the model's cached
     * predictions of its images are shown under its ids, and everything is evaluated again.
     */
    void setGroundTruthSet(int set);
    /**
     * The set with images that holds the most of the predictions' images (the ground truth where it holds as many):
     * where an imported results file belongs when several sets are open. -1 without predictions.
     */
    int setHoldingThePredictions() const;
    int predictionSet() const;
    /**
     * How long a model run waits between publishing its predictions so far (which the review then
     * evaluates again), when the last publish and its evaluation took @p costMs of the GUI thread:
     * at least 1.5 s, and long enough that publishing takes at most a tenth of the GUI thread's time
     * while the model runs (at the scale of a full split one publish costs the GUI thread seconds;
     * bench_review measures it).
     */
    static qint64 publishIntervalMs(qint64 costMs);
    /** Publishes every result as it comes instead (tests: a run of a few images publishes several times). */
    void setPublishEveryResult(bool every) { m_publishEveryResult = every; }

    // ---- the model
    /** Loads an ONNX model with its JSON sidecar (either path); drops the cached predictions of the previous model. */
    bool loadModel(const QString& path, QString* error);
    /** Loads the bundled model unless a model is loaded. */
    bool ensureModel(QString* error);
    bool hasModel() const { return m_segmenter != nullptr; }
    /** The loaded model's file name, empty when none. */
    QString modelName() const { return m_modelName; }
    /** The .onnx or sidecar the loaded model came from; empty while none is loaded. */
    QString modelPath() const { return m_modelPath; }
    /** The loaded model's sidecar (training data, licence, accuracy); nullptr when none is loaded. */
    const ModelSidecar* modelSidecar() const;
    /** The predictions under review are the loaded model's (not an imported results file). */
    bool predictionsAreTheModels() const;
    /**
     * Of the images the model has segmented, those its sidecar says it learnt from (their scores are
     * in-sample); empty for a model whose sidecar does not list its training images.
     */
    QStringList segmentedTrainingImages() const;

    // ---- running it
    /**
     * Segments the ground-truth images named @p fileNames in the background, skipping those already
     * cached (unless their file was rewritten in its folder since). False with @p error when nothing can start (no model, no image source, busy, no image
     * of the ground truth among them). runFinished() follows a true return, also when everything was cached.
     */
    bool run(const QStringList& fileNames, QString* error);
    const PredictionCache& cache() const { return m_cache; }
    /** Tests: the cache itself, to fill it without running a model. */
    PredictionCache& cacheForTesting() { return m_cache; }
    /**
     * Puts the model's cached predictions back under review after files were opened again (File ▸
     * Reload from Disk): the cache keeps the images of the ground truth opened since, by file name,
     * unless the image source changed or the image's own file was rewritten since it was segmented.
     * False when nothing is cached or a run or import is going on. Where there is not enough memory to
     * put them in the model's set, publishFailed() says so.
     */
    bool showCachedPredictions();

    /** Images handed to the segmenter since the model was loaded (cached images are not). */
    int segmentedImageCount() const { return m_segmented; }

    // ---- importing a results file
    /** Reads a detectron2 results file in the background and adds it as the predictions; importFinished() follows. */
    void importResults(const QString& path);

    // ---- saving them
    /**
     * Writes the predictions (the model's, or an imported file's) to @p path as a detectron2 results
     * file, which livecell-cli eval, pycocotools and Import detectron2 Results read; the model's get
     * detectron2's members (image_id, category_id, bbox, score, compressed RLE segmentation), an
     * imported file's results keep their text. Atomic: an interrupted save leaves @p path as it was.
     * @p progress (done, total) may return false to cancel. False with @p error when there are no
     * predictions or the file cannot be written.
     */
    bool savePredictions(const QString& path, QString* error,
                         const std::function<bool(qint64, qint64)>& progress = {}) const;
    /** Live predictions and the images they are on (a pass over the predictions). */
    std::pair<int, int> predictionCounts() const;
    /** There are live predictions to save (cheap: for enabling the menu action). */
    bool hasPredictions() const;

    /** The last run ended because it was cancelled. */
    bool wasCancelled() const { return m_cancelled; }
    bool isBusy() const { return m_runWatcher.isRunning() || m_importWatcher.isRunning(); }
    void cancel();
    /** Cancels and waits for the worker without delivering its results (before the workspace goes). */
    void stop();
    /** Blocks until the run or import is done and applied (tests). */
    void waitForFinished();

    /** Applies a pending re-evaluation now and waits for it (tests). */
    void waitForEvaluation();
    /** Re-evaluates the predictions set against the ground truth from scratch. */
    void reevaluate();
    /**
     * Re-evaluates after changes (done automatically, 250 ms after the last one): only the changed
     * ground-truth images when the predictions stayed the same, else everything.
     */
    void reevaluateChanged();

signals:
    void runStarted(int images);
    void runProgress(int done, int total);
    void runFinished(bool ok, const QString& message);
    void importStarted();
    void importFinished(bool ok, const QString& message);
    /** The predictions set was created or its contents replaced. */
    void predictionsChanged();
    /** loadModel() loaded another model (modelPath(), modelName()). */
    void modelLoaded();
    /**
     * Out of memory, showCachedPredictions() could not put the cached predictions in the model's set, which
     * keeps what it held (during a run, runFinished() says it instead).
     */
    void publishFailed(const QString& message);

private:
    void onResult(int index);
    void onRunFinished();
    void onImportFinished();
    /**
     * Puts the cache into the model's set. While a model run goes on (Order::Arrival) the predictions
     * so far keep their indices, so when the review evaluates that set it only adds the new images.
     * False, with m_publishError, where memory ran out first: the set keeps what the last publish put there.
     */
    bool publishCache(PredictionCache::Order order);
    /** Whether a publish in arrival order would only add images to what the last one published. */
    bool publishOnlyAdds(int set) const;
    /** The model's set, added where it is not in the workspace; -1 where there is not enough memory to add it. */
    int ensureModelSet();
    /** Segments @p todo on the pool, each result handed on as it comes. */
    QFuture<BatchResult> startRun(std::vector<BatchImage> todo) const;
    QString importOutOfMemory() const;
    /** The file stamp of a running image, taken before it was read. */
    ImageFileStamp runStamp(const QString& fileName) const;
    /** After the model's set went with the files: keeps the predictions of the images the files opened now hold. */
    void keepCacheOfOpenImages();
    /** The ground truth's id of the image of a file name (PredictionCache::toStore()). */
    PredictionCache::IdOf groundTruthIds() const;
    /**
     * What the model's predictions were made from: the image source's path and, for an images.zip, the same
     * FileIdentity (model/fileidentity.h) a journal keeps of its file (an image folder by its path alone: its
     * images by their own files' stamps, PredictionCache::Image::file).
     */
    static SourceStamp sourceStamp(const ImageSource* source);
    /** The index in set @p set of the image named @p fileName; -1 where it has none. */
    int imageIn(int set, const QString& fileName) const;
    int indexOfSet(const AnnotationSet* set) const;

    Workspace* m_workspace;
    const AnnotationSet* m_groundTruth = nullptr;   // setGroundTruthSet()'s choice, while it is open
    ReviewEvaluation* m_evaluation;
    std::shared_ptr<Segmenter> m_segmenter;
    QString m_modelName;
    QString m_modelPath;
    PredictionCache m_cache;
    SourceStamp m_cacheSource;   // the image source the cache's predictions were made from
    int m_segmented = 0;
    int m_failed = 0;
    bool m_cancelled = false;
    QStringList m_errors;
    std::map<QString, ImageFileStamp> m_runStamps;   // the running images' file stamps, taken before they were read
    const AnnotationSet* m_modelSet = nullptr;   // the set holding m_cache's predictions
    const AnnotationSet* m_preferred = nullptr;  // imported or model set chosen last
    bool m_addingSet = false;
    QFutureWatcher<BatchResult> m_runWatcher;
    struct ImportResult
    {
        std::unique_ptr<AnnotationSet> set;
        QString error;
    };
    QFutureWatcher<std::shared_ptr<ImportResult>> m_importWatcher;
    QTimer m_reevaluateTimer;
    std::vector<int> m_changedImages;   // ground-truth images edited since the last evaluation
    bool m_fullPending = false;         // the predictions were replaced: evaluate everything
    QString m_importPath;
    qint64 m_lastPublish = 0;
    qint64 m_publishCostMs = 0;         // GUI thread time of the last publish (a full evaluation's copy not included)
    /** What the last publish put into the model's set. */
    struct Published
    {
        PredictionCache::Order order = PredictionCache::Order::FileName;
        int revision = -1;              // of the cache
        int images = 0;                 // the first arrivals
        int cells = 0;                  // the set's annotations
    };
    Published m_published;
    bool m_publishing = false;          // publishing: the review evaluates the new predictions itself
    QString m_publishError;             // why the last publish failed; empty when it did not
    bool m_publishEveryResult = false;
};

} // namespace curator
