// FindingsDock: running the checks off the GUI thread, and re-checking edited images.
#include "widgets/findingsdock.h"

#include "model/documentmanager.h"
#include "model/qc/qcexport.h"
#include "model/qc/qcfindingsfilter.h"
#include "model/qc/qcfindingsmodel.h"
#include "model/reviewstate.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <new>
#include <utility>

namespace curator {

namespace {
// Sets larger than this take seconds to check: a window-modal progress dialog then keeps edits (which
// would change the set under the worker) from happening until the run is over or cancelled.
constexpr int kModalAbove = 20000;
} // namespace

QcOptions FindingsDock::baseOptions() const
{
    QcOptions options;
    for (int s = 0; s < m_workspace->setCount(); ++s) {
        if (s != m_set && isCheckable(m_workspace->set(s)))
            options.otherSets.push_back(&m_workspace->set(s));
    }
    options.images = m_workspace->imageSource();
    return options;
}

void FindingsDock::runChecks()
{
    if (m_set < 0 || isRunning())
        return;
    m_refreshTimer->stop();
    m_changedImages.clear();
    m_rerun = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QcOptions options = baseOptions();
    options.cancel = m_cancel.get();
    const AnnotationSet* set = &m_workspace->set(m_set);
    // Small sets are checked on a copy (milliseconds to make), so editing may go on during the run;
    // large ones are checked in place behind a window-modal progress dialog that holds edits back.
    std::shared_ptr<const AnnotationSet> copy;
    QString copyError;   // the copy could not be made: the run ends at once, saying so as a run short of memory does
    if (set->store.liveAnnotationCount() > kModalAbove) {
        m_modal = makeModalProgress(set->info.label());
    } else {
        try {
            copy = std::make_shared<const AnnotationSet>(*set);
            set = copy.get();
        } catch (const std::bad_alloc&) {
            copyError = QcRunner::outOfMemoryMessage(*set);
        }
    }
    QPointer<QProgressBar> bar = m_progress;
    QPointer<QProgressDialog> dialog = m_modal;
    options.progress = [bar, dialog](qint64 done, qint64 total) {
        const int permille = total > 0 ? int(done * 1000 / total) : 1000;
        QMetaObject::invokeMethod(bar, [bar, dialog, permille] {
            if (bar)
                bar->setValue(permille);
            if (dialog)
                dialog->setValue(permille);
        }, Qt::QueuedConnection);
    };
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;   // kept alive for the worker
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_summary->setText(tr("Checking %1…").arg(set->info.label()));
    updateButtons();
    m_watcher.setFuture(QtConcurrent::run([set, copy, options, cancel, copyError] {
        Checked checked;
        if (copyError.isEmpty())
            checked.report = QcRunner::run(*set, options, &checked.error);
        else
            checked.error = copyError;
        return checked;
    }));
}

QProgressDialog* FindingsDock::makeModalProgress(const QString& label)
{
    auto* dialog = new QProgressDialog(tr("Checking %1…").arg(label), tr("Cancel"), 0, 1000, window());
    dialog->setWindowTitle(tr("Quality Checks"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    connect(dialog, &QProgressDialog::canceled, this, &FindingsDock::cancelChecks);
    return dialog;
}

void FindingsDock::cancelChecks()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool FindingsDock::isRunning() const
{
    return m_watcher.isRunning();
}

void FindingsDock::waitForChecks()
{
    while (m_cancel) {   // reset by onRunFinished()
        m_watcher.waitForFinished();
        QCoreApplication::processEvents();
    }
}

void FindingsDock::onRunFinished()
{
    if (m_modal)
        m_modal->deleteLater();
    m_progress->hide();
    m_cancelButton->hide();
    const bool cancelled = m_cancel && m_cancel->load();
    const Checked checked = m_watcher.future().resultCount() ? m_watcher.result() : Checked();
    const std::optional<QcReport>& report = checked.report;
    const QString& error = checked.error;
    m_cancel.reset();
    if (m_rerun && m_set >= 0) {
        runChecks();   // an edit arrived while checking: the findings would be stale
        return;
    }
    if (!report && !error.isEmpty()) {
        updateSummary();
        updateButtons();
        emit statusMessage(error);
        QMessageBox::warning(this, tr("Quality Checks"), error);
        return;
    }
    if (!report || cancelled || m_set < 0) {
        updateSummary();
        updateButtons();
        emit statusMessage(tr("Quality checks cancelled."));
        return;
    }
    m_hasFindings = true;
    m_model->setReport(*report, &m_workspace->set(m_set).store);
    updateSummary();
    m_view->expandAll();
    updateButtons();
    // Two significant digits under a second ("0.012 s", not "0.0 s"), tenths above.
    const bool quick = report->seconds < 1;
    emit statusMessage(tr("Quality checks: %n finding(s) in %L1 s.", nullptr, int(report->findings.size()))
                           .arg(report->seconds, 0, quick ? 'g' : 'f', quick ? 2 : 1));
}

// ---- edits

void FindingsDock::onAnnotationsChanged(int set, int image)
{
    if (set != m_set || image < 0)
        return;
    if (isRunning()) {
        m_rerun = true;
        cancelChecks();
        return;
    }
    if (!m_hasFindings)
        return;
    m_changedImages.insert(image);
    m_refreshTimer->start();
}

void FindingsDock::flushPendingRefresh()
{
    if (m_refreshTimer->isActive()) {
        m_refreshTimer->stop();
        refreshChangedImages();
    }
}

void FindingsDock::refreshChangedImages()
{
    if (m_set < 0 || m_changedImages.isEmpty() || isRunning())
        return;
    const AnnotationStore& store = m_workspace->set(m_set).store;
    QcOptions options = baseOptions();
    options.threads = 1;
    QSet<qint64> imageIds;
    for (int image : std::as_const(m_changedImages)) {
        if (image < store.imageCount()) {
            options.onlyImages.push_back(image);
            imageIds.insert(store.image(image).id);
        }
    }
    const QSet<int> changed = std::exchange(m_changedImages, {});
    QString error;
    if (const auto report = QcRunner::run(m_workspace->set(m_set), options, &error)) {
        m_model->replaceImages(imageIds, report->findings, &store);
    } else if (!error.isEmpty()) {
        // Out of memory: the edited images keep their earlier findings until the next edit's refresh
        // checks them again.
        m_changedImages.unite(changed);
        emit statusMessage(error);
    }
    updateSummary();
}

// ---- worklist

} // namespace curator
