#pragma once

#include "model/qc/qcrunner.h"
#include "model/workspace.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QList>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QTimer;
class QTreeView;

namespace curator {

class DocumentManager;
class QcFindingsFilter;
class QcFindingsModel;

/**
 * The QC worklist: runs QcRunner over one annotation set in a worker thread (progress, cancel),
 * shows its findings grouped by check (QcFindingsModel), sortable by severity. Activating a finding
 * asks the main window to show its image and select its cells (findingActivated()). Findings can be
 * dismissed and restored; dismissals are kept in the set's review sidecar (through the set's
 * Document when a DocumentManager was given, else ReviewState::saveDismissedFindings()).
 *
 * After an edit (Workspace::annotationsChanged) the findings of the edited images are re-checked
 * alone, shortly after the last change, on the GUI thread (one image takes milliseconds); an edit
 * during a full run restarts it; on large sets a window-modal progress dialog keeps edits from
 * changing the set under the worker while it runs (the worker only reads it).
 */
class FindingsDock : public QDockWidget
{
    Q_OBJECT

public:
    FindingsDock(Workspace* workspace, QWidget* parent = nullptr);
    ~FindingsDock() override;

    QcFindingsModel* model() const { return m_model; }
    QcFindingsFilter* filter() const { return m_filter; }
    QTreeView* view() const { return m_view; }
    /** Optional: dismissals then go through the set's Document, so its later saves keep them. */
    void setDocumentManager(DocumentManager* documents) { m_documents = documents; }

    /** The set QC runs on (an index into the workspace's sets), -1 when none is loaded. */
    int activeSet() const { return m_set; }
    void setActiveSet(int set);

    /** A full run finished for the active set and its findings are listed. */
    bool hasFindings() const { return m_hasFindings; }
    /** Starts a full QC run of the active set in the background; ignored while one runs. */
    void runChecks();
    void cancelChecks();
    bool isRunning() const;
    /** Blocks until the running check has finished and its findings are shown (tests). */
    void waitForChecks();
    /** Re-checks images whose annotations changed now instead of after the short delay (tests). */
    void flushPendingRefresh();

    /** Dismisses (or restores) the selected findings and saves the dismissals. */
    void dismissSelected(bool dismiss = true);
    void setShowDismissed(bool show);
    /** The line under the list, e.g. "14 findings on 9 images, 2 dismissed". */
    QString summaryText() const;

    bool exportCsv(const QString& path, QString* error) const;
    bool exportJson(const QString& path, QString* error) const;

signals:
    /** The user chose a finding about @p image (invalid for an orphan) and @p cells (possibly none). */
    void findingActivated(curator::ImageKey image, const QList<curator::CellKey>& cells);
    /** Something worth a status-bar line happened (a run finished, a save failed). */
    void statusMessage(const QString& text);

private:
    static bool isCheckable(const AnnotationSet& set);
    void buildUi();
    void onReset();
    /** Lists the checkable sets; without an active set, makes the one from @p preferredPath (else the first) active. */
    void refillSets(const QString& preferredPath);
    void loadDismissals();
    bool saveDismissals(const QStringList& keys, bool dismissed, QString* error);
    QcOptions baseOptions() const;
    void onRunFinished();
    void onAnnotationsChanged(int set, int image);
    void refreshChangedImages();
    void activate(const QModelIndex& proxyIndex);
    void updateSummary();
    void spanGroups();
    void updateButtons();
    void chooseExport(bool json);
    QStringList selectedKeys(bool dismissed) const;
    QProgressDialog* makeModalProgress(const QString& label);

    Workspace* m_workspace;
    DocumentManager* m_documents = nullptr;
    QcFindingsModel* m_model;
    QcFindingsFilter* m_filter;
    int m_set = -1;
    bool m_hasFindings = false;     // a full run finished for m_set
    bool m_rerun = false;           // an edit arrived during the run
    QSet<int> m_changedImages;      // image indices of m_set edited since the last refresh
    /** What was checked when the workspace began to reset (a set only compared, never read, after it). */
    struct BeforeReset
    {
        const AnnotationSet* set = nullptr;
        const ImageSource* source = nullptr;
        QString path;
        bool running = false;
    };
    BeforeReset m_beforeReset;

    /** What the worker hands back: the report, or (memory ran out) why there is none. */
    struct Checked
    {
        std::optional<QcReport> report;
        QString error;
    };
    QFutureWatcher<Checked> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QTimer* m_refreshTimer;
    QTimer* m_summaryTimer;

    QComboBox* m_setCombo = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QPointer<QProgressDialog> m_modal;   // large sets only, see runChecks()
    QPushButton* m_cancelButton = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_showDismissed = nullptr;
    QPushButton* m_dismissButton = nullptr;
    QPushButton* m_restoreButton = nullptr;
};

} // namespace curator
