// PredictionReview's predictions from and to detectron2 results files: importing one in the
// background, saving the predictions under review, counting them.
#include "model/review/predictionreview.h"

#include "model/annotationset.h"
#include "model/io/cocoreader.h"
#include "model/io/cocowriter.h"

#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace curator {

// ---- importing

void PredictionReview::importResults(const QString& path)
{
    if (isBusy())
        return;
    m_importPath = path;
    emit importStarted();
    std::optional<QFuture<std::shared_ptr<ImportResult>>> future;   // an empty QFuture allocates too
    try {
        future.emplace(QtConcurrent::run([path](QPromise<std::shared_ptr<ImportResult>>& promise) {
            auto result = std::make_shared<ImportResult>();
            CocoReader::Options options;
            options.progress = [&promise](qint64, qint64) { return !promise.isCanceled(); };
            result->set = CocoReader::readFile(path, &result->error, options);
            promise.addResult(result);
        }));
        m_importWatcher.setFuture(*future);
    } catch (const std::bad_alloc&) {
        if (future) {
            future->cancel();   // started, but the watcher could not take it
            future->waitForFinished();
        }
        emit importFinished(false, importOutOfMemory());
    }
}

QString PredictionReview::importOutOfMemory() const
{
    return tr("Not enough memory to import %1.").arg(QDir::toNativeSeparators(m_importPath));
}

void PredictionReview::onImportFinished()
{
    const QFuture<std::shared_ptr<ImportResult>> future = m_importWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        emit importFinished(false, tr("Importing %1 was cancelled.").arg(QDir::toNativeSeparators(m_importPath)));
        return;
    }
    std::unique_ptr<AnnotationSet> set = std::move(future.result()->set);
    if (!set) {
        emit importFinished(false, future.result()->error);
        return;
    }
    if (set->store.imageCount() > 0) {
        emit importFinished(false, tr("%1 is an annotation file with images, not a results list; open it with File ▸ Open.")
                                       .arg(QDir::toNativeSeparators(m_importPath)));
        return;
    }
    const AnnotationSet* previous = m_preferred;
    const AnnotationSet* added = set.get();
    QString fileName;
    try {
        fileName = QFileInfo(m_importPath).fileName();   // for the message, which must not fail once the set is in
        set->info = SetInfo::classify(m_importPath);
        set->info.kind = SetKind::Results;
        m_preferred = added;   // the review's set already while the views take it in
        m_addingSet = true;
        m_workspace->addSet(std::move(set));
    } catch (const std::bad_alloc&) {
        m_addingSet = false;
        if (indexOfSet(added) >= 0) {
            m_preferred = added;   // added, where a view taking it in ran out of memory: it is under review
        } else {
            m_preferred = previous;   // the workspace as it was, and the predictions under review with it
            emit importFinished(false, importOutOfMemory());
            return;
        }
    }
    m_addingSet = false;
    emit predictionsChanged();
    reevaluate();
    emit importFinished(true, tr("Imported %n prediction(s) from %1.", nullptr,
                                 m_workspace->set(predictionSet()).store.liveAnnotationCount())
                                  .arg(fileName));
}

bool PredictionReview::savePredictions(const QString& path, QString* error,
                                       const std::function<bool(qint64, qint64)>& progress) const
{
    if (!hasPredictions()) {
        *error = tr("There are no predictions to save: run the model or import results first.");
        return false;
    }
    CocoWriter::Options options;
    options.progress = progress;
    return CocoWriter::writeFile(m_workspace->set(predictionSet()), path, error, options);
}

bool PredictionReview::hasPredictions() const
{
    const int s = predictionSet();
    return s >= 0 && m_workspace->set(s).store.liveAnnotationCount() > 0;
}

std::pair<int, int> PredictionReview::predictionCounts() const
{
    const int s = predictionSet();
    if (s < 0)
        return {0, 0};
    const AnnotationStore& store = m_workspace->set(s).store;
    QSet<qint64> images;
    for (int a = 0; a < store.annotationCount(); ++a)
        if (store.isLive(a))
            images.insert(store.annotationImageId(a));
    return {store.liveAnnotationCount(), int(images.size())};
}

} // namespace curator
