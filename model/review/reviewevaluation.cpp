#include "model/review/reviewevaluation.h"

#include "model/eval/evalinput.h"
#include "model/eval/evaluator.h"
#include "model/review/reviewsnapshot.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <new>
#include <utility>

namespace curator {

struct ReviewEvaluation::Job
{
    AnnotationStore groundTruth;     // the chosen images only
    AnnotationStore predictions;     // a copy of the predictions on them
    std::vector<int> imageMap;       // snapshot image index → workspace image index
    std::vector<int> annotationMap;  // snapshot annotation index → workspace annotation index (ground truth)
    std::vector<int> predictionMap;  // the same for the predictions; empty when copied whole
    std::shared_ptr<const EvalResult> base;  // set for an update: the result the changed images go into
    std::vector<int> changed;        // an update's images, as workspace indices
    EvalParams params = EvalParams::livecell();
    int generation = 0;
    std::shared_ptr<const EvalResult> result;
    QString error;                   // why there is no result (not enough memory)
};

QString ReviewEvaluation::outOfMemory(int images)
{
    return tr("Not enough memory to evaluate the predictions on %n image(s).", nullptr, images);
}

ReviewEvaluation::ReviewEvaluation(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::aboutToReset, this, &ReviewEvaluation::clear);
    // Cells changing under a copy in slices would leave it part old, part new: it starts again.
    connect(workspace, &Workspace::annotationsChanged, this, [this](int set, int) {
        if (m_copy && (set == m_groundTruth || set == m_predictions))
            m_copy->stale = true;
    });
    m_copyTimer.setSingleShot(true);
    m_copyTimer.setInterval(0);
    connect(&m_copyTimer, &QTimer::timeout, this, &ReviewEvaluation::copySlice);
}

ReviewEvaluation::~ReviewEvaluation()
{
    for (auto& w : m_watchers)
        w->waitForFinished();
}

std::vector<double> ReviewEvaluation::iouThresholds()
{
    return EvalParams::livecell().iouThresholds;
}

double ReviewEvaluation::iouThreshold() const
{
    return iouThresholds()[std::size_t(m_iouIndex)];
}

void ReviewEvaluation::evaluate(int groundTruth, int predictions, const std::vector<int>& images)
{
    // Running out of memory anywhere on the GUI thread's part (the copy above all) is no figures and a message.
    try {
        evaluateOrThrow(groundTruth, predictions, images);
    } catch (const std::bad_alloc&) {
        const bool all = images.empty() && groundTruth >= 0 && groundTruth < m_workspace->setCount();
        fail(outOfMemory(all ? m_workspace->set(groundTruth).store.imageCount() : int(images.size())));
    }
}

void ReviewEvaluation::evaluateOrThrow(int groundTruth, int predictions, const std::vector<int>& images)
{
    if (groundTruth < 0 || predictions < 0 || groundTruth >= m_workspace->setCount()
        || predictions >= m_workspace->setCount()) {
        clear();
        return;
    }
    if (groundTruth != m_groundTruth || predictions != m_predictions)
        resetResult();
    m_groundTruth = groundTruth;
    m_predictions = predictions;
    m_images = images;
    m_pending.clear();
    m_afterFull.clear();   // the new copy takes the cells as they are now
    m_error.clear();
    const AnnotationStore& gt = m_workspace->set(groundTruth).store;
    m_copy.reset();
    {
        auto copy = std::make_unique<Copy>();
        copy->job = std::make_shared<Job>();
        copy->images = images;
        if (copy->images.empty()) {
            for (int i = 0; i < gt.imageCount(); ++i)
                copy->images.push_back(i);
        }
        for (const Category& c : gt.categories())
            copy->job->groundTruth.appendCategory(c);
        const AnnotationStore& dt = m_workspace->set(predictions).store;
        for (const Category& c : dt.categories())
            copy->job->predictions.appendCategory(c);
        Job& job = *copy->job;
        snapshot::reserveCopies(*m_workspace, groundTruth, predictions, copy->images, job.groundTruth, job.predictions,
                      job.annotationMap, job.predictionMap);
        // Detection areas as pycocotools' loadRes decides them for the whole results file (by its first
        // result), which the copy of the chosen images' predictions no longer starts with.
        copy->job->params.detectionArea =
            EvalInput::firstPredictionHasBox(dt) ? DetectionArea::Box : DetectionArea::Mask;
        m_copy = std::move(copy);
    }
    m_fullRunning = true;
    emit evaluationStarted();
    copySlice();   // all of it at once unless the images hold many cells
}

void ReviewEvaluation::copySlice()
{
    // The cells are copied on the GUI thread, where edits happen, a few milliseconds at a time: at the
    // scale of a full split the copy takes the better part of a second (bench_review). An edit between
    // slices starts the copy again (one while the worker evaluates waits for its result instead).
    constexpr qint64 kSliceNs = 8'000'000;
    if (!m_copy)
        return;
    if (m_copy->stale) {
        evaluate(m_groundTruth, m_predictions, m_images);
        return;
    }
    Copy& copy = *m_copy;
    Job& job = *copy.job;
    const int count = int(copy.images.size());
    const AnnotationStore& gt = m_workspace->set(m_groundTruth).store;
    QElapsedTimer timer;
    timer.start();
    // Where the slice's time is up, the next slice goes on from here.
    const auto sliceOver = [&] {
        if (timer.nsecsElapsed() < kSliceNs)
            return false;
        copy.nanoseconds += timer.nsecsElapsed();
        m_copyTimer.start();
        return true;
    };
    try {
        while (copy.next < copy.images.size()) {
            if (sliceOver())
                return;
            const int i = copy.images[copy.next++];
            snapshot::copyImage(gt, i, job.groundTruth, job.imageMap, job.annotationMap);
            snapshot::copyPredictions(*m_workspace, m_predictions, gt, i, job.predictions, job.predictionMap);
        }
        // Indexing both copies: a slice of its own where they are large.
        if (sliceOver())
            return;
        job.groundTruth.finalize();
        job.predictions.finalize();
        copy.nanoseconds += timer.nsecsElapsed();
        m_lastCopyMs = copy.nanoseconds / 1'000'000;
        const std::shared_ptr<Job> ready = std::move(copy.job);
        m_copy.reset();   // copy is gone from here
        start(ready);
    } catch (const std::bad_alloc&) {
        fail(outOfMemory(count));
    }
}

void ReviewEvaluation::update(const std::vector<int>& images)
{
    try {
        updateOrThrow(images);
    } catch (const std::bad_alloc&) {
        fail(outOfMemory(int(images.size())));
    }
}

void ReviewEvaluation::updateOrThrow(const std::vector<int>& images)
{
    if (m_groundTruth < 0 || m_predictions < 0)
        return;
    if (m_fullRunning) {
        // Not started again for every edit, which at the scale of a split (seconds) would hold the figures
        // back for as long as someone edits: the changed images are updated once its result is in.
        for (int i : images) {
            if (std::find(m_afterFull.begin(), m_afterFull.end(), i) == m_afterFull.end())
                m_afterFull.push_back(i);
        }
        return;
    }
    if (!m_result) {
        // Nothing to update: evaluate the latest full evaluation's images again from scratch.
        evaluate(m_groundTruth, m_predictions, m_images);
        return;
    }
    for (int i : images) {
        if (isEvaluated(i) && std::find(m_pending.begin(), m_pending.end(), i) == m_pending.end())
            m_pending.push_back(i);
    }
    if (m_pending.empty())
        return;
    // Every job carries all changes not yet applied, so superseding an older one loses none.
    auto job = std::make_shared<Job>();
    const AnnotationStore& gt = m_workspace->set(m_groundTruth).store;
    std::vector<int> chosen = m_pending;
    std::sort(chosen.begin(), chosen.end(),
              [&gt](int a, int b) { return gt.image(a).id < gt.image(b).id; });
    try {
        snapshot::snapshotGroundTruth(gt, chosen, job->groundTruth, job->imageMap, job->annotationMap);
        snapshot::snapshotPredictions(*m_workspace, m_predictions, gt, chosen, job->predictions, job->predictionMap);
    } catch (const std::bad_alloc&) {
        fail(outOfMemory(int(chosen.size())));
        return;
    }
    job->base = m_result;
    job->changed = chosen;
    // The same detection areas as the full evaluation, which decided them from the whole results file.
    job->params.detectionArea = m_result->findings.boxAreas ? DetectionArea::Box : DetectionArea::Mask;
    start(job);
}

void ReviewEvaluation::extend(const std::vector<int>& images)
{
    if (m_groundTruth < 0 || m_predictions < 0)
        return;
    try {
        if (!m_images.empty()) {   // empty: every image, these among them
            for (int i : images) {
                if (std::find(m_images.begin(), m_images.end(), i) == m_images.end())
                    m_images.push_back(i);
            }
        }
    } catch (const std::bad_alloc&) {
        fail(outOfMemory(int(images.size())));
        return;
    }
    update(images);
}

bool ReviewEvaluation::isEvaluated(int gtImage) const
{
    return positionOf(gtImage) >= 0
        || (!m_images.empty() && std::find(m_images.begin(), m_images.end(), gtImage) != m_images.end());
}

void ReviewEvaluation::start(const std::shared_ptr<Job>& job)
{
    // What allocates comes first: where memory runs out (std::bad_alloc leaves), no job is counted as running.
    m_watchers.reserve(m_watchers.size() + 1);
    auto watcher = std::make_unique<QFutureWatcher<std::shared_ptr<Job>>>();
    auto* w = watcher.get();
    connect(w, &QFutureWatcherBase::finished, this, [this, w] {
        --m_running;
        if (w->future().resultCount() > 0)
            apply(w->future().result());
        const auto it = std::find_if(m_watchers.begin(), m_watchers.end(), [w](const auto& p) { return p.get() == w; });
        if (it == m_watchers.end())
            return;
        try {
            w->deleteLater();   // posts an event: allocates
        } catch (const std::bad_alloc&) {
            return;   // kept, finished, until the evaluation goes
        }
        it->release();
        m_watchers.erase(it);
    });
    job->generation = m_generation + 1;
    w->setFuture(QtConcurrent::run([job] {
        runJob(*job);
        return job;
    }));
    m_generation = job->generation;
    ++m_running;
    m_watchers.push_back(std::move(watcher));   // within the capacity reserved above
    emit evaluationStarted();
}

/** Runs @p job's evaluation (in a worker thread) and maps its indices to the workspace's. */
void ReviewEvaluation::runJob(Job& job)
{
    Evaluator::Options options;
    options.params = job.params;
    options.perCellType = true;
    options.everyThreshold = true;
    options.keepUnits = true;
    if (job.base && job.changed.size() < 16)
        options.threads = 1;  // a few images: not worth a thread pool
    std::optional<EvalResult> result = Evaluator::evaluate(job.groundTruth, job.predictions, options, &job.error);
    if (!result)
        return;
    try {
        for (ImageEvaluation& image : result->images) {
            image.gtImage = job.imageMap[std::size_t(image.gtImage)];
            snapshot::remap(image.at50, job.annotationMap, job.predictionMap);
            snapshot::remap(image.at75, job.annotationMap, job.predictionMap);
            for (ImageMatches& m : image.byThreshold)
                snapshot::remap(m, job.annotationMap, job.predictionMap);
        }
        if (!job.base) {
            job.result = std::make_shared<const EvalResult>(std::move(*result));
            return;
        }
        auto merged = std::make_shared<EvalResult>(*job.base);
        // Images extend() added go in beside the others.
        if (Evaluator::update(*merged, std::move(*result), Evaluator::NewImages::Add))
            job.result = std::move(merged);
    } catch (const std::bad_alloc&) {
        // Left to leave the worker, it would be rethrown on the GUI thread with the job and end the application.
        job.result.reset();
        job.error = outOfMemory(int(job.imageMap.size()));
    }
}

void ReviewEvaluation::apply(const std::shared_ptr<Job>& job)
{
    if (job->generation != m_generation)
        return;
    if (!job->base)
        m_fullRunning = false;
    if (!job->result) {
        m_afterFull.clear();
        if (!job->error.isEmpty())
            fail(job->error);
        return;
    }
    if (job->base) {
        ++m_updates;
        m_pending.clear();   // the latest job carried every pending change
    } else {
        m_updates = 0;
    }
    QElapsedTimer timer;
    timer.start();
    try {
        if (job->base && job->base == m_result) {
            reindexClasses(job->result, job->changed);   // an update: only its images' cells change class
        } else {
            m_result = job->result;
            indexImages();
            indexClasses();
        }
    } catch (const std::bad_alloc&) {
        fail(outOfMemory(int(job->result->images.size())));
        return;
    }
    m_lastApplyMs = timer.elapsed();
    emit evaluated();
    emit classesChanged();
    if (!job->base && !m_afterFull.empty()) {
        // Cells changed while it ran: their images again, against the cells as they are now.
        const std::vector<int> changed = std::exchange(m_afterFull, {});
        update(changed);
    }
}

void ReviewEvaluation::fail(const QString& message)
{
    // No figures rather than stale ones; the sets and images stay, so the next edit or run tries again.
    ++m_generation;
    m_copy.reset();
    m_copyTimer.stop();
    m_error = message;
    m_fullRunning = false;
    m_pending.clear();
    m_afterFull.clear();
    resetResult();
    emit evaluated();
    emit classesChanged();
}

void ReviewEvaluation::resetResult()
{
    m_result.reset();
    m_imageOf.clear();
    m_shown.clear();
    m_classes = {};
}

void ReviewEvaluation::clear()
{
    ++m_generation;
    m_copy.reset();
    m_copyTimer.stop();
    const bool had = m_result != nullptr || !m_error.isEmpty();
    resetResult();
    m_pending.clear();
    m_afterFull.clear();
    m_images.clear();
    m_error.clear();
    m_fullRunning = false;
    m_groundTruth = m_predictions = -1;
    if (had) {
        emit evaluated();
        emit classesChanged();
    }
}

void ReviewEvaluation::waitForFinished()
{
    while (isRunning()) {
        for (auto& w : m_watchers)
            w->waitForFinished();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

const ImageEvaluation* ReviewEvaluation::image(int gtImage) const
{
    const int i = positionOf(gtImage);
    return i < 0 ? nullptr : &m_result->images[std::size_t(i)];
}

void ReviewEvaluation::setIouThreshold(double iou)
{
    const std::vector<double> thresholds = iouThresholds();
    int nearest = 0;
    for (int t = 1; t < int(thresholds.size()); ++t) {
        if (std::abs(thresholds[std::size_t(t)] - iou) < std::abs(thresholds[std::size_t(nearest)] - iou))
            nearest = t;
    }
    if (nearest == m_iouIndex)
        return;
    m_iouIndex = nearest;
    indexClassesOrFail();
    emit iouThresholdChanged(iouThreshold());
    emit matchingChanged();
    emit classesChanged();
}

void ReviewEvaluation::setScoreThreshold(double minScore)
{
    if (minScore == m_minScore)
        return;
    m_minScore = minScore;
    indexClassesOrFail();
    emit matchingChanged();
    emit classesChanged();
}

void ReviewEvaluation::indexClassesOrFail()
{
    try {
        indexClasses();
    } catch (const std::bad_alloc&) {
        fail(outOfMemory(m_result ? int(m_result->images.size()) : 0));
    }
}

const ImageMatches* ReviewEvaluation::matches(int gtImage) const
{
    const int position = positionOf(gtImage);
    if (position < 0)
        return nullptr;
    const auto i = std::size_t(position);
    if (!m_shown.empty())   // at a score threshold
        return i < m_shown.size() && m_shown[i] ? &*m_shown[i] : nullptr;
    const ImageEvaluation& e = m_result->images[i];
    return std::size_t(m_iouIndex) < e.byThreshold.size() ? &e.byThreshold[std::size_t(m_iouIndex)] : nullptr;
}

} // namespace curator
