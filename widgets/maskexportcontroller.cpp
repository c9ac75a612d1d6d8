#include "widgets/maskexportcontroller.h"

#include "model/document.h"
#include "model/documentmanager.h"
#include "model/masks/maskexporter.h"
#include "model/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace curator {

MaskExportController::MaskExportController(Workspace* workspace, DocumentManager* documents, QWidget* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_documents(documents)
    , m_window(window)
    , m_action(new QAction(tr("Export &Masks…"), this))
{
    m_action->setStatusTip(tr("Write a 16-bit instance label TIFF per image of the active set (smaller cells on top)"));
    connect(m_action, &QAction::triggered, this, &MaskExportController::choose);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &MaskExportController::onFinished);
}

MaskExportController::~MaskExportController()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

void MaskExportController::choose()
{
    const Document* doc = m_documents->activeDocument();
    if (!doc) {
        QMessageBox::information(m_window, tr("Export Masks"), tr("Open an annotation file with images first."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Export Masks to Folder"),
                                                             QFileInfo(doc->path()).absolutePath());
    if (folder.isEmpty())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Export Masks"),
                    tr("Write label images for the %n image(s) of %1 to %2?", nullptr, doc->store().imageCount())
                        .arg(QFileInfo(doc->path()).fileName(), QDir::toNativeSeparators(folder)),
                    QMessageBox::Ok | QMessageBox::Cancel, m_window);
    auto* binary = new QCheckBox(tr("Also write binary masks (0 / 255)"));
    ask.setCheckBox(binary);
    if (ask.exec() == QMessageBox::Ok)
        start(folder, binary->isChecked());
}

bool MaskExportController::start(const QString& folder, bool binary)
{
    const Document* doc = m_documents->activeDocument();
    if (!doc || isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress = new QProgressDialog(tr("Writing masks…"), tr("Cancel"), 0, doc->store().imageCount(), m_window);
    m_progress->setWindowTitle(tr("Export Masks"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    auto cancel = m_cancel;
    connect(m_progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });

    MaskExportOptions options;
    options.outputDir = folder;
    options.binary = binary;
    options.images = m_workspace->imageSource();
    QPointer<QProgressDialog> progress = m_progress;
    options.progress = [cancel, progress](int done, int) {
        QMetaObject::invokeMethod(progress, [progress, done] {
            if (progress)
                progress->setValue(done);
        }, Qt::QueuedConnection);
        return !*cancel;
    };
    // The window-modal dialog keeps every edit out while the worker reads the set.
    const AnnotationSet* set = &doc->set();
    m_watcher.setFuture(QtConcurrent::run([set, options, cancel]() -> Outcome {
        QString error;
        const auto summary = MaskExporter::run(*set, options, &error);
        if (!summary)
            return {false, *cancel ? tr("Mask export was cancelled.") : error};
        QString message = tr("Wrote masks of %n image(s) to %1.", nullptr, summary->images).arg(QDir::toNativeSeparators(options.outputDir));
        if (!summary->warnings.isEmpty())
            message += u'\n' + summary->warnings.join(u'\n');
        return {true, message};
    }));
    m_progress->show();
    return true;
}

QProgressDialog* MaskExportController::progressDialog() const
{
    return m_progress.data();
}

void MaskExportController::onFinished()
{
    if (m_progress)
        m_progress->deleteLater();
    const Outcome outcome = m_watcher.result();
    emit finished(outcome.ok, outcome.message);
}

} // namespace curator
