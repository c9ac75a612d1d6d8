#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QAction;
class QProgressDialog;
class QWidget;

namespace curator {

class DocumentManager;
class Workspace;

/**
 * File ▸ Export Masks…: writes a 16-bit instance label TIFF per image of the active set (with its
 * unsaved edits; optionally binary masks too) through MaskExporter, in a worker thread. A
 * window-modal progress dialog reports the images done and offers Cancel; it also keeps the set
 * from being edited while the worker reads it.
 */
class MaskExportController : public QObject
{
    Q_OBJECT

public:
    MaskExportController(Workspace* workspace, DocumentManager* documents, QWidget* window);
    ~MaskExportController() override;

    QAction* action() const { return m_action; }
    bool isRunning() const { return m_watcher.isRunning(); }
    /** Starts exporting into @p folder; false (and a message) when it cannot start. */
    bool start(const QString& folder, bool binary);
    /** The running export's progress dialog, nullptr when none. */
    QProgressDialog* progressDialog() const;

signals:
    /** The export ended: @p ok, and a translated summary or error. */
    void finished(bool ok, const QString& message);

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
    };
    void choose();
    void onFinished();

    Workspace* m_workspace;
    DocumentManager* m_documents;
    QWidget* m_window;
    QAction* m_action;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace curator
