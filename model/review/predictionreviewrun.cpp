// PredictionReview running the segmentation model: the images to segment, the worker that segments them, the
// model's set in the workspace, and its results published into that set (and so under review) as they come.
#include "model/review/predictionreview.h"

#include "model/annotationset.h"
#include "model/io/imagesource.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <new>
#include <optional>

namespace curator {

namespace {

// Rebuilding the results list after every image would cost O(cells so far) each time.
constexpr qint64 kPublishIntervalMs = 1500;
// Publishing (and evaluating again) takes at most 1 / kPublishShare of the GUI thread's time.
constexpr qint64 kPublishShare = 10;

} // namespace

bool PredictionReview::run(const QStringList& fileNames, QString* error)
{
    if (isBusy()) {
        *error = tr("The model is already running.");
        return false;
    }
    if (!m_workspace->imageSource()) {
        *error = tr("No image source is open: open an images.zip or an image folder first.");
        return false;
    }
    const int gt = groundTruthSet();
    if (gt < 0) {
        *error = tr("No annotation set with images is open, so there is nothing to compare predictions with.");
        return false;
    }
    if (!ensureModel(error))
        return false;
    const AnnotationStore& store = m_workspace->set(gt).store;
    const ImageSource* source = m_workspace->imageSource();
    std::vector<BatchImage> todo;
    m_runStamps.clear();
    int known = 0;
    int count = 0;
    std::optional<QFuture<BatchResult>> future;   // an empty QFuture allocates too
    try {
        if (SourceStamp stamp = sourceStamp(source); stamp != m_cacheSource) {
            m_cache.clear();   // made from another image source
            m_cacheSource = std::move(stamp);
        }
        for (const QString& name : fileNames) {
            const int image = imageIn(gt, name);
            if (image < 0)
                continue;
            ++known;
            // Stamped before the worker reads it: a file rewritten meanwhile is found changed next time.
            const ImageFileStamp file = source->fileStamp(name);
            if (const PredictionCache::Image* cached = m_cache.find(name); cached && cached->file == file)
                continue;
            m_cache.remove(name);   // rewritten in its folder since it was segmented
            m_runStamps.insert_or_assign(name, file);
            todo.push_back({name, store.image(image).id});
        }
        if (known == 0) {
            *error = tr("None of the chosen images is in the ground truth set %1.")
                         .arg(m_workspace->set(gt).info.label());
            return false;
        }
        if (ensureModelSet() < 0)
            throw std::bad_alloc();
        count = int(todo.size());
        future.emplace(startRun(std::move(todo)));
        m_runWatcher.setFuture(*future);   // what the worker reported already is delivered from here
    } catch (const std::bad_alloc&) {
        if (future) {
            future->cancel();   // started, but the watcher could not take it
            future->waitForFinished();
        }
        m_runStamps.clear();
        *error = tr("Not enough memory to start the model run on %n image(s).", nullptr, int(fileNames.size()));
        return false;
    }
    m_preferred = m_modelSet;
    m_failed = 0;
    m_errors.clear();
    m_publishError.clear();
    m_lastPublish = QDateTime::currentMSecsSinceEpoch();
    m_publishCostMs = 0;
    emit runStarted(count);
    return true;
}

QFuture<BatchResult> PredictionReview::startRun(std::vector<BatchImage> todo) const
{
    std::shared_ptr<const Segmenter> segmenter = m_segmenter;
    const ImageSource* source = m_workspace->imageSource();
    return QtConcurrent::run([segmenter, source, todo = std::move(todo)](QPromise<BatchResult>& promise) {
        promise.setProgressRange(0, int(todo.size()));
        SegmentationBatch::Options options;
        options.progress = [&promise](int done, int) {
            promise.setProgressValue(done);
            return !promise.isCanceled();
        };
        try {
            SegmentationBatch::run(*segmenter, *source, todo,
                                   [&promise](BatchResult&& r) { promise.addResult(std::move(r)); }, options);
        } catch (const std::bad_alloc&) {
            // Out of memory while handing a result on: the run ends here, with that as its last failure.
            BatchResult failure;
            failure.error = tr("Not enough memory to keep the model's results.");
            promise.addResult(std::move(failure));
        }
    });
}

int PredictionReview::ensureModelSet()
{
    if (const int s = m_modelSet ? indexOfSet(m_modelSet) : -1; s >= 0)
        return s;
    const AnnotationSet* made = nullptr;
    try {
        auto set = std::make_unique<AnnotationSet>();
        set->info.kind = SetKind::Results;
        set->info.path = m_modelName + QStringLiteral(".json");
        set->layout.bareResultsList = true;
        try {
            set->store = m_cache.toStore();
        } catch (const std::bad_alloc&) {
            // Empty, for the publish that follows (or the run's) to fill; where it runs out too, it says so.
        }
        m_published = {};
        made = set.get();
        m_modelSet = made;   // the review's set already while the views take it in
        m_addingSet = true;
        m_workspace->addSet(std::move(set));
    } catch (const std::bad_alloc&) {
        m_addingSet = false;
        // Added, where a view taking it in ran out of memory: the set is the model's all the same.
        if (const int s = made ? indexOfSet(made) : -1; s >= 0) {
            m_modelSet = made;
            return s;
        }
        m_modelSet = nullptr;   // the workspace as it was
        return -1;
    }
    m_addingSet = false;
    return m_workspace->setCount() - 1;
}

ImageFileStamp PredictionReview::runStamp(const QString& fileName) const
{
    const auto it = m_runStamps.find(fileName);
    return it == m_runStamps.end() ? ImageFileStamp{} : it->second;
}

void PredictionReview::onResult(int index)
{
    BatchResult result = m_runWatcher.future().resultAt(index);
    ++m_segmented;
    if (!result.segmentation) {
        if (!result.image.fileName.isEmpty())
            ++m_failed;   // not the run's own failure, which names no image
        m_errors.append(result.error);
        return;
    }
    try {
        m_cache.insert(result.image.fileName, result.image.imageId, *result.segmentation,
                       runStamp(result.image.fileName));
    } catch (const std::bad_alloc&) {
        ++m_failed;
        m_errors.append(tr("%1: not enough memory to keep its predictions.").arg(result.image.fileName));
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The cost of a publish: its own, the evaluation's copy of the cells that follows it, and taking its result in.
    const qint64 cost = m_publishCostMs + m_evaluation->lastCopyMs() + m_evaluation->lastApplyMs();
    if (m_publishEveryResult || now - m_lastPublish >= publishIntervalMs(cost)) {
        m_lastPublish = now;
        publishCache(PredictionCache::Order::Arrival);
    }
}

qint64 PredictionReview::publishIntervalMs(qint64 costMs)
{
    return std::max(kPublishIntervalMs, kPublishShare * std::max<qint64>(costMs, 0));
}

bool PredictionReview::publishOnlyAdds(int set) const
{
    return m_published.order == PredictionCache::Order::Arrival && m_published.revision == m_cache.revision()
        && m_published.images <= int(m_cache.arrivals().size())
        && m_workspace->set(set).store.annotationCount() == m_published.cells && !m_fullPending
        && m_evaluation->groundTruthSet() == groundTruthSet() && m_evaluation->predictionSet() == set;
}

bool PredictionReview::publishCache(PredictionCache::Order order)
{
    QElapsedTimer timer;
    timer.start();
    const int s = ensureModelSet();   // -1 where there is not enough memory to add it
    const bool onlyAdds = s >= 0 && order == PredictionCache::Order::Arrival && publishOnlyAdds(s);
    // The review evaluates the predictions below, not as edits of the ground-truth images they touch.
    m_publishing = true;
    try {
        if (s < 0)
            throw std::bad_alloc();
        m_workspace->replaceResults(s, m_cache.toStore(order, groundTruthIds()));
    } catch (const std::bad_alloc&) {
        // The set, m_published and the evaluation still agree on the last publish; the next one tries again.
        m_publishing = false;
        m_publishError = tr("Not enough memory to show the model's predictions on %n image(s).", nullptr,
                            m_cache.imageCount());
        return false;
    }
    m_publishing = false;
    m_publishError.clear();
    const QStringList& arrivals = m_cache.arrivals();
    std::vector<int> added;   // the ground-truth images of the arrivals since the last publish
    bool extendOnly = onlyAdds;
    try {
        for (int k = m_published.images; onlyAdds && k < int(arrivals.size()); ++k) {
            if (const int image = imageIn(groundTruthSet(), arrivals[k]); image >= 0)
                added.push_back(image);
        }
    } catch (const std::bad_alloc&) {
        extendOnly = false;   // the full evaluation below takes them in
    }
    m_published = {order, m_cache.revision(), int(arrivals.size()), m_workspace->set(s).store.annotationCount()};
    emit predictionsChanged();
    if (extendOnly) {
        m_evaluation->extend(added);   // copies the new images' cells at once: part of the publish's cost
        m_publishCostMs = timer.elapsed();
    } else {
        m_publishCostMs = timer.elapsed();   // the full evaluation's copy counts as lastCopyMs()
        reevaluate();   // the new store renumbered the predictions: only a full evaluation fits it
    }
    return true;
}

void PredictionReview::onRunFinished()
{
    const bool cancelled = m_runWatcher.future().isCanceled();
    m_cancelled = cancelled;
    // Published in the order a results file lists them, which evaluates all. Cancelled by opening files, which
    // took the model's set: the cache waits for showCachedPredictions() rather than becoming a set of those files.
    const bool shown = !m_modelSet || publishCache(PredictionCache::Order::FileName);
    if (!shown)
        m_errors.append(m_publishError);
    QString message;
    if (cancelled) {
        message = tr("The model run was cancelled; %n image(s) are done.", nullptr, m_cache.imageCount());
        if (!shown)
            message += u' ' + m_publishError;
    } else if (m_failed > 0) {
        message = tr("%n image(s) could not be segmented: %1", nullptr, m_failed).arg(m_errors.join(u"; "));
    } else if (!m_errors.isEmpty()) {
        message = m_errors.join(u"; ");
    }
    emit runFinished(!cancelled && m_errors.isEmpty(), message);
}

} // namespace curator
