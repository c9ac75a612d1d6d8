#pragma once

#include "model/annotationset.h"

#include <QFutureWatcher>
#include <QImage>
#include <QHash>
#include <QObject>
#include <QPromise>
#include <QStringList>

#include <memory>
#include <unordered_map>
#include <vector>

namespace curator {

class ImageSource;

/** One image of one annotation set; set == -1 for an image that only exists in the image source. */
struct ImageKey
{
    int set = -1;
    int image = -1;
    bool isValid() const { return set >= 0 && image >= 0; }
    bool operator==(const ImageKey&) const = default;
};

/** One annotation of one set: the unit the canvas and cell table select. */
struct CellKey
{
    int set = -1;
    int annotation = -1;
    bool isValid() const { return set >= 0 && annotation >= 0; }
    bool operator==(const CellKey&) const = default;
};

/**
 * Everything the user has opened: several annotation sets side by side (e.g. train, val and a
 * results file) plus at most one image source (images.zip or a folder). Views read through this
 * class and listen to its signals; whoever edits a set (the document's undo commands) calls
 * notifyAnnotationsChanged() so that every view refreshes the affected image only.
 *
 * Loading runs in a worker thread (QtConcurrent) with progress and cancellation; the sets are
 * swapped in on the GUI thread when the worker is done, so readers never see a half-loaded set.
 */
class Workspace : public QObject
{
    Q_OBJECT

public:
    /** What a list of user-given paths resolves to. */
    struct LoadPlan
    {
        QStringList annotationFiles;   ///< COCO JSONs to read, in order
        QString imageSource;           ///< images.zip or an image folder; empty when none
        QString error;                 ///< set when nothing loadable was found
    };

    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    // ---- contents (GUI thread)
    int setCount() const { return int(m_sets.size()); }
    const AnnotationSet& set(int index) const { return *m_sets[std::size_t(index)]; }
    /** For the editing layer only; call notifyAnnotationsChanged() after each change. */
    AnnotationSet& mutableSet(int index) { return *m_sets[std::size_t(index)]; }
    /** The image source, nullptr when none is open. */
    const ImageSource* imageSource() const { return m_source.get(); }
    /** Base names in the image source that no loaded set references, sorted. */
    const QStringList& unannotatedImages() const { return m_index.unannotated; }
    /** File name shown for @p key (also for unannotated images, by index into unannotatedImages()). */
    QString fileName(ImageKey key) const;
    /** Every image of every set whose file name is @p baseName, in set order. */
    std::vector<ImageKey> imagesNamed(const QString& baseName) const;
    /** The index in set @p set of the image named @p baseName, -1 where it has none (allocates nothing). */
    int imageNamed(int set, const QString& baseName) const;
    /** How many images of set @p set results list @p results has predictions on (by image id; allocates nothing). */
    int imagesWithResults(int results, int set) const;

    /** The annotations of one set drawn on one image. */
    struct Layer
    {
        int set = -1;
        int image = -1;                                ///< -1 for a results list (no images block)
        const std::vector<quint32>* annotations = nullptr;
    };
    /**
     * What to draw on the image @p baseName: one layer per set that annotates it. Results lists,
     * which have no images of their own, are matched through the image ids of the other sets.
     */
    std::vector<Layer> layersFor(const QString& baseName) const;
    /** The paths of the last successful open(). */
    const QStringList& openedPaths() const { return m_openedPaths; }
    bool isEmpty() const { return m_sets.empty() && !m_source; }

    // ---- synchronous changes (the loader ends in these; tests use them directly)
    void addSet(std::unique_ptr<AnnotationSet> set);
    void setImageSource(std::unique_ptr<ImageSource> source);
    void clear();

    // ---- loading in the background
    /** Decides which files @p paths mean: a distribution folder, images.zip/folder and JSON files. */
    static LoadPlan planLoad(const QStringList& paths);
    /**
     * Loads @p paths in a worker thread, replacing the current contents when it succeeds.
     * Emits loadingStarted(), loadingProgress() and finally loadingFinished(). Ignored while a load
     * is running.
     */
    void open(const QStringList& paths);
    bool isLoading() const;
    /** Asks the running load to stop; loadingFinished(false, cancelledMessage()) follows. */
    void cancelLoading();
    /** The message of a load that was cancelled (no failure to report). */
    static QString cancelledMessage();
    /** Blocks until the running load has finished and been applied (tests, command line). */
    void waitForLoaded();

    // ---- images
    /** Decodes @p baseName from the image source as Format_Grayscale8; null image and @p error on failure. */
    QImage loadImage(const QString& baseName, QString* error = nullptr) const;
    /** Cell type of an annotation: its category name when that names a type, else the image's. */
    CellType cellTypeOf(CellKey cell) const;

    // ---- edits
    /** Tells views that the annotations of one image changed (geometry, deletion, category). */
    void notifyAnnotationsChanged(int set, int image);
    /**
     * Replaces the annotations of results list @p set (a set without images, e.g. a model's
     * predictions) by @p store, without a reset; emits annotationsChanged() for every image whose
     * predictions were or are in it. Where memory runs out (std::bad_alloc) before the store is in
     * place, the set and its index stay as they were.
     */
    void replaceResults(int set, AnnotationStore store);

signals:
    /** Sets or the image source are about to be replaced: drop every index and pointer. */
    void aboutToReset();
    /**
     * Sets or the image source were replaced. Sets that survive keep their address; removed sets
     * are destroyed only after this signal, and new sets never reuse a removed set's address.
     */
    void reset();
    void annotationsChanged(int set, int image);
    void loadingStarted();
    /** @p permille of the work is done; @p what names the file being read. */
    void loadingProgress(int permille, const QString& what);
    /** @p message is the error, "cancelled", or a summary of diagnostics when ok. */
    void loadingFinished(bool ok, const QString& message);

private:
    struct LoadResult;
    using LoadPromise = QPromise<std::shared_ptr<LoadResult>>;
    static void runLoad(LoadPromise& promise, const LoadPlan& plan);
    static bool readAnnotationFiles(LoadPromise& promise, const LoadPlan& plan, LoadResult& result);
    static QString notEnoughMemoryToOpen(const QStringList& files);
    void applyLoadResult();

    /** Results lists only: image id → its predictions. */
    using ResultsIndex = std::unordered_map<qint64, std::vector<quint32>>;
    /**
     * What the workspace derives from its sets and image source. std containers rather than QHash: Qt 6.4's QHash
     * ends the application where an insert runs out of memory, and building an index must fail with std::bad_alloc
     * (then the workspace stays as it was).
     */
    struct Index
    {
        std::unordered_map<QString, std::vector<ImageKey>> byName;
        std::vector<std::unordered_map<qint64, CellType>> categoryTypes;   // per set: category id → type
        std::vector<ResultsIndex> resultsByImageId;                        // per set
        QStringList unannotated;
    };
    static Index buildIndex(const std::vector<std::unique_ptr<AnnotationSet>>& sets, const ImageSource* source);
    void rebuildIndex() { m_index = buildIndex(m_sets, m_source.get()); }

    std::vector<std::unique_ptr<AnnotationSet>> m_sets;
    std::unique_ptr<ImageSource> m_source;
    QStringList m_openedPaths;
    Index m_index;
    QFutureWatcher<std::shared_ptr<LoadResult>> m_watcher;
    QStringList m_pendingPaths;
};

} // namespace curator
