// NuclearCountWindow: counting cells with the model (the bundled one unless another was loaded) off the GUI thread.
#include "widgets/nuclearcountwindow.h"

#include "model/io/imagesource.h"
#include "model/segmentation/segmentationbatch.h"
#include "model/segmentation/segmenter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <new>

namespace curator {

namespace {

/** The worker: segments @p batch with the model at @p modelPath; image file name → the scores of its cells. */
QHash<QString, std::vector<double>> countCells(const QString& modelPath, const ImageSource& source,
                                  const std::vector<BatchImage>& batch,
                                  const std::atomic_bool& cancel, const std::function<void(int)>& progress,
                                  QString* error)
{
    QHash<QString, std::vector<double>> counts;
    const auto segmenter = Segmenter::load(modelPath, error);
    if (!segmenter)
        return counts;
    SegmentationBatch::Options options;
    options.progress = [&](int done, int) {
        progress(done);
        return !cancel.load();
    };
    try {
        SegmentationBatch::run(*segmenter, source, batch, [&](BatchResult&& r) {
            if (r.segmentation) {
                std::vector<double>& scores = counts[r.image.fileName];
                for (const auto& cell : r.segmentation->cells)
                    scores.push_back(cell.score);
            }
            else if (error->isEmpty())
                *error = r.error;
        }, options);
    } catch (const std::bad_alloc&) {
        // Left to leave the worker, it would be rethrown on the GUI thread with the result and end the application.
        counts.clear();
        *error = NuclearCountWindow::tr("Not enough memory to count the cells.");
    }
    return counts;
}

} // namespace

void NuclearCountWindow::setModel(const QString& path, const QString& name)
{
    m_modelPath = path;
    m_modelName = name;
}

QString NuclearCountWindow::modelLabel() const
{
    return m_modelName.isEmpty() ? tr("bundled model") : m_modelName;
}

void NuclearCountWindow::runModel()
{
    if (isRunning() || !m_counts || !m_images)
        return;
    std::vector<BatchImage> batch;
    for (const NuclearCount& c : m_counts->entries()) {
        const QString base = QFileInfo(c.fileName).fileName();
        if (m_images->contains(base))
            batch.push_back({base, qint64(batch.size())});
    }
    if (batch.empty()) {
        m_status->setText(tr("None of the counted images is in %1.").arg(QDir::toNativeSeparators(m_images->path())));
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_modelError.clear();
    m_progress->setRange(0, int(batch.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_runButton->setEnabled(false);
    m_status->setText(tr("Counting cells in %n image(s) with %1…", nullptr, int(batch.size())).arg(modelLabel()));
    const ImageSource* source = m_images.get();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    QPointer<QProgressBar> bar = m_progress;
    QString* modelError = &m_modelError;   // written by the worker, read after it finished
    m_watcher.setFuture(QtConcurrent::run([model = m_modelPath, source, batch, cancel, bar, modelError] {
        return countCells(model, *source, batch, *cancel, [bar](int done) {
            QMetaObject::invokeMethod(bar, [bar, done] { if (bar) bar->setValue(done); }, Qt::QueuedConnection);
        }, modelError);
    }));
}

void NuclearCountWindow::cancelModel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void NuclearCountWindow::waitForModel()
{
    while (m_cancel) {   // reset by onModelFinished()
        m_watcher.waitForFinished();
        QCoreApplication::processEvents();
    }
}

void NuclearCountWindow::onModelFinished()
{
    m_progress->hide();
    m_cancelButton->hide();
    m_runButton->setEnabled(true);
    const bool cancelled = m_cancel && m_cancel->load();
    m_cancel.reset();
    const ModelResult counts = m_watcher.result();
    if (!m_modelError.isEmpty())
        emit statusMessage(m_modelError);
    if (counts.isEmpty()) {
        m_status->setText(cancelled ? tr("Counting cancelled.") : m_modelError);
        return;
    }
    setPredictions({}, cancelled ? tr("%1 (cancelled, %n image(s))", nullptr, int(counts.size())).arg(modelLabel())
                                 : modelLabel());
    m_modelScores = counts;
    recount();
}

// ---- comparison

} // namespace curator
