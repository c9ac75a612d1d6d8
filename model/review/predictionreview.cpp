// PredictionReview itself: following the workspace (the sets it reviews, the cache it keeps across files opened
// again), loading the model, and evaluating; running the model is predictionreviewrun.cpp, results files
// predictionreviewresults.cpp.
#include "model/review/predictionreview.h"

#include "model/annotationset.h"
#include "model/io/imagesource.h"

#include <QFileInfo>
#include <QSet>

#include <new>
#include <optional>

namespace curator {

PredictionReview::PredictionReview(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_evaluation(new ReviewEvaluation(workspace, this))
{
    connect(&m_runWatcher, &QFutureWatcherBase::resultReadyAt, this, &PredictionReview::onResult);
    connect(&m_runWatcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int done) { emit runProgress(done, m_runWatcher.progressMaximum()); });
    connect(&m_runWatcher, &QFutureWatcherBase::finished, this, &PredictionReview::onRunFinished);
    connect(&m_importWatcher, &QFutureWatcherBase::finished, this, &PredictionReview::onImportFinished);
    m_reevaluateTimer.setSingleShot(true);
    m_reevaluateTimer.setInterval(250);
    connect(&m_reevaluateTimer, &QTimer::timeout, this, &PredictionReview::reevaluateChanged);
    connect(workspace, &Workspace::aboutToReset, this, [this] {
        if (m_addingSet)
            return;
        // The worker reads the image source, which a reset may replace.
        m_runWatcher.cancel();
        m_runWatcher.waitForFinished();
    });
    connect(workspace, &Workspace::reset, this, [this] {
        if (m_groundTruth && indexOfSet(m_groundTruth) < 0)
            m_groundTruth = nullptr;
        if (m_modelSet && indexOfSet(m_modelSet) < 0) {
            m_modelSet = nullptr;
            if (!m_addingSet)   // else the model's own set, which could not be added: the ground truth is the same
                keepCacheOfOpenImages();
        }
        if (m_preferred && indexOfSet(m_preferred) < 0)
            m_preferred = nullptr;
        if (!m_addingSet)
            reevaluate();
    });
    connect(workspace, &Workspace::annotationsChanged, this, [this](int set, int image) {
        // Ground-truth edits (accepting a prediction, deleting a cell) change the numbers of their image.
        if (set != groundTruthSet() || m_publishing)
            return;
        if (image < 0)
            m_fullPending = true;
        else
            m_changedImages.push_back(image);
        m_reevaluateTimer.start();
    });
}

PredictionReview::~PredictionReview()
{
    stop();
}

void PredictionReview::stop()
{
    m_runWatcher.cancel();
    m_importWatcher.cancel();
    m_runWatcher.waitForFinished();
    m_importWatcher.waitForFinished();
}

PredictionReview::SourceStamp PredictionReview::sourceStamp(const ImageSource* source)
{
    if (!source)
        return {};
    const QString path = QFileInfo(source->path()).absoluteFilePath();
    return {path, FileIdentity::of(path)};
}

void PredictionReview::keepCacheOfOpenImages()
{
    if (sourceStamp(m_workspace->imageSource()) != m_cacheSource) {
        m_cache.clear();   // other images, or the same file rewritten
        return;
    }
    const int gt = groundTruthSet();
    const ImageSource* source = m_workspace->imageSource();
    m_cache.retain([this, gt, source](const QString& name) -> std::optional<qint64> {
        if (!source || m_cache.find(name)->file != source->fileStamp(name))
            return std::nullopt;   // its file was rewritten since
        // Under the ground truth's id where it has the image (toStore() asks again at each publish).
        const std::vector<ImageKey> keys = m_workspace->imagesNamed(name);
        for (const ImageKey& key : keys) {
            if (key.set == gt)
                return m_workspace->set(gt).store.image(key.image).id;
        }
        if (keys.empty())
            return std::nullopt;   // no file open now has it
        return m_workspace->set(keys.front().set).store.image(keys.front().image).id;
    });
}

PredictionCache::IdOf PredictionReview::groundTruthIds() const
{
    const int gt = groundTruthSet();
    return [this, gt](const QString& name) -> std::optional<qint64> {
        const int image = gt < 0 ? -1 : imageIn(gt, name);
        if (image < 0)
            return std::nullopt;
        return m_workspace->set(gt).store.image(image).id;
    };
}

bool PredictionReview::showCachedPredictions()
{
    if (isBusy() || m_cache.imageCount() == 0)
        return false;
    if (ensureModelSet() >= 0)
        m_preferred = m_modelSet;
    m_fullPending = true;
    if (!publishCache(PredictionCache::Order::FileName))
        emit publishFailed(m_publishError);
    return true;
}

int PredictionReview::indexOfSet(const AnnotationSet* set) const
{
    for (int s = 0; s < m_workspace->setCount(); ++s) {
        if (&m_workspace->set(s) == set)
            return s;
    }
    return -1;
}

int PredictionReview::groundTruthSet() const
{
    if (const int chosen = m_groundTruth ? indexOfSet(m_groundTruth) : -1;
        chosen >= 0 && m_groundTruth->store.imageCount() > 0)
        return chosen;
    for (int s = 0; s < m_workspace->setCount(); ++s) {
        if (m_workspace->set(s).store.imageCount() > 0)
            return s;
    }
    return -1;
}

void PredictionReview::setGroundTruthSet(int set)
{
    if (set < 0 || set >= m_workspace->setCount() || m_workspace->set(set).store.imageCount() == 0)
        return;
    const int before = groundTruthSet();
    m_groundTruth = &m_workspace->set(set);
    if (set == before)
        return;
    if (m_modelSet && indexOfSet(m_modelSet) >= 0) {
        // The model's predictions of this ground truth's images, under its ids; the full evaluation follows.
        if (!publishCache(PredictionCache::Order::FileName))
            emit publishFailed(m_publishError);
        return;
    }
    reevaluate();
}

int PredictionReview::setHoldingThePredictions() const
{
    const int dt = predictionSet();
    if (dt < 0)
        return -1;
    int best = groundTruthSet();
    int most = m_workspace->imagesWithResults(dt, best);
    for (int s = 0; s < m_workspace->setCount(); ++s) {
        if (const int n = m_workspace->imagesWithResults(dt, s); n > most) {
            best = s;
            most = n;
        }
    }
    return best;
}

int PredictionReview::predictionSet() const
{
    if (const int s = m_preferred ? indexOfSet(m_preferred) : -1; s >= 0)
        return s;
    for (int s = m_workspace->setCount() - 1; s >= 0; --s) {
        const AnnotationStore& store = m_workspace->set(s).store;
        if (store.imageCount() == 0 && store.annotationCount() > 0)
            return s;
    }
    return -1;
}

// ---- the model

const ModelSidecar* PredictionReview::modelSidecar() const
{
    return m_segmenter ? &m_segmenter->sidecar() : nullptr;
}

bool PredictionReview::predictionsAreTheModels() const
{
    const int s = predictionSet();
    return s >= 0 && m_modelSet && s == indexOfSet(m_modelSet);
}

QStringList PredictionReview::segmentedTrainingImages() const
{
    QStringList out;
    if (!m_segmenter)
        return out;
    const QStringList list = m_segmenter->sidecar().trainingImages();
    if (list.isEmpty())
        return out;
    const QSet<QString> trained(list.begin(), list.end());
    for (const QString& name : m_cache.fileNames())
        if (trained.contains(name))
            out.append(name);
    return out;
}

bool PredictionReview::loadModel(const QString& path, QString* error)
{
    if (m_runWatcher.isRunning()) {
        *error = tr("The model is running; cancel it before loading another model.");
        return false;
    }
    std::unique_ptr<Segmenter> segmenter = Segmenter::load(path, error);
    if (!segmenter)
        return false;
    m_segmenter = std::move(segmenter);
    m_modelName = QFileInfo(path).completeBaseName();
    m_modelPath = path;
    m_cache.clear();
    m_segmented = 0;
    if (const int s = m_modelSet ? indexOfSet(m_modelSet) : -1; s >= 0) {
        m_fullPending = true;
        m_workspace->replaceResults(s, m_cache.toStore());
        emit predictionsChanged();
        reevaluate();
    }
    emit modelLoaded();   // once the review has let go of the previous model's predictions
    return true;
}

bool PredictionReview::ensureModel(QString* error)
{
    if (m_segmenter)
        return true;
    const QString path = bundledModelPath();
    if (path.isEmpty()) {
        *error = tr("The bundled model (livecell-unet.json) was not found; load one with Model ▸ Load Model….");
        return false;
    }
    return loadModel(path, error);
}

int PredictionReview::imageIn(int set, const QString& fileName) const
{
    return m_workspace->imageNamed(set, fileName);
}

void PredictionReview::cancel()
{
    m_runWatcher.cancel();
    m_importWatcher.cancel();
}

void PredictionReview::waitForFinished()
{
    m_runWatcher.waitForFinished();
    m_importWatcher.waitForFinished();
    QCoreApplication::sendPostedEvents(&m_runWatcher);
    QCoreApplication::sendPostedEvents(&m_importWatcher);
    QCoreApplication::processEvents();
}

// ---- evaluation

void PredictionReview::waitForEvaluation()
{
    if (m_reevaluateTimer.isActive())
        reevaluateChanged();
    m_evaluation->waitForFinished();
}

void PredictionReview::reevaluateChanged()
{
    // Without a result, a running evaluation is a full one, which takes the changes after it.
    if (m_fullPending || (!m_evaluation->hasResult() && !m_evaluation->isRunning())
        || m_evaluation->groundTruthSet() != groundTruthSet()
        || m_evaluation->predictionSet() != predictionSet()) {
        reevaluate();
        return;
    }
    m_reevaluateTimer.stop();
    std::vector<int> images = std::move(m_changedImages);
    m_changedImages.clear();
    m_evaluation->update(images);
}

void PredictionReview::reevaluate()
{
    m_reevaluateTimer.stop();
    m_fullPending = false;
    m_changedImages.clear();
    const int gt = groundTruthSet();
    const int dt = predictionSet();
    if (gt < 0 || dt < 0) {
        m_evaluation->clear();
        return;
    }
    std::vector<int> images;
    if (m_modelSet && dt == indexOfSet(m_modelSet)) {
        // A model run covers the images it ran on; the others are not part of its score.
        if (m_cache.imageCount() == 0) {
            m_evaluation->clear();
            return;
        }
        try {
            images.reserve(std::size_t(m_cache.imageCount()));
            for (const QString& name : m_cache.fileNames()) {
                if (const int image = imageIn(gt, name); image >= 0)
                    images.push_back(image);
            }
        } catch (const std::bad_alloc&) {
            m_evaluation->failOutOfMemory(m_cache.imageCount());
            return;
        }
        if (images.empty()) {   // segmented images of other sets only (no list would mean every image)
            m_evaluation->clear();
            return;
        }
    } else if (m_workspace->imagesWithResults(dt, gt) == 0) {
        // A results file of another set's images (another split shown since): no figures rather than every cell missed.
        m_evaluation->clear();
        return;
    }
    m_evaluation->evaluate(gt, dt, images);
}

} // namespace curator
