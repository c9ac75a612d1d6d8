#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <utility>

class QAction;
class QActionGroup;
class QMenu;
class QUndoGroup;
class QUndoView;
class QDockWidget;
class QMainWindow;

namespace curator {

class Document;
class DocumentManager;
class Workspace;

/**
 * The main window's editing session: owns the DocumentManager over the window's Workspace and the
 * actions around it — Undo/Redo (a QUndoGroup of the documents' stacks, following the active set),
 * the History dock (QUndoView), the "active annotation set" menu, Save / Save As / Export Copy,
 * the "save unsaved edits?" question before closing or replacing the workspace, and the recovery
 * prompt after a crash.
 *
 * Questions asked in the middle of loading (recovery) are non-modal message boxes answered later,
 * so that no nested event loop runs inside a workspace reset; the close question is modal.
 */
class DocumentController : public QObject
{
    Q_OBJECT

public:
    DocumentController(Workspace* workspace, QMainWindow* window);
    ~DocumentController() override;

    DocumentManager* manager() const { return m_manager; }
    Document* activeDocument() const;
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    QDockWidget* historyDock() const { return m_historyDock; }

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* saveAction() const { return m_save; }
    QAction* saveAsAction() const { return m_saveAs; }
    QAction* exportAction() const { return m_export; }
    /** One checkable entry per editable set; rebuilt when the sets change. */
    QMenu* activeSetMenu() const { return m_activeSetMenu; }

    /** Saves every modified document; shows the error and returns false on failure. */
    bool saveAll();
    /** Saves the active document under @p path (it becomes the document's file). */
    bool saveActiveAs(const QString& path);
    /** Writes a copy of the active document to @p path; the document keeps its file. */
    bool exportActive(const QString& path);

    enum class Purpose { Close, Replace };
    /**
     * When there are unsaved edits, asks Save / Discard / Cancel (modal). True when the caller may
     * go on: saved, discarded (for Close the journals are dropped at once; for Replace once the
     * new workspace replaces the old), or nothing to save.
     */
    bool maybeSave(Purpose purpose);
    /**
     * Before File ▸ Reload from Disk: with unsaved edits, asks whether to re-apply them to the files as
     * they are on disk now or to discard them (modal). Re-applying goes through each file's journal,
     * by cell id, as after a crash: the reloaded documents restore their edits without asking again.
     * True when the caller may reload.
     */
    bool prepareReload();
    /**
     * What the user is to learn about the files just opened (review marks that came from the same file
     * at another path), for the status line that reports the opening; empty afterwards.
     */
    QStringList takeOpenNotices() { return std::exchange(m_openNotices, {}); }

signals:
    /** A transient message for the status bar. */
    void statusMessage(const QString& text, int timeoutMs);
    /** Whether any document has unsaved edits changed. */
    void modifiedChanged(bool anyModified);
    /** After a save was refused because the file changed on disk, the user chose to reload it, edits re-applied. */
    void reloadRequested();

private:
    void createActions();
    void createHistoryDock();
    void rebuildActiveSetMenu();
    void syncUndoGroup();
    void askRecovery(int set, const QString& summary);
    enum class Recovery { Restore, Discard, Reapply };
    void answerRecovery(const QPointer<Document>& document, Recovery answer);
    /** Marks every modified document's edits for re-applying after the coming reload; false (and says why) when one is not journaled. */
    bool reapplyOnReload();
    void reportEditsNotReapplied();
    /** Says that saving @p document failed with @p error; offers to reload when its file changed on disk. */
    void reportSaveFailure(const Document& document, const QString& error);
    void chooseSaveAs();
    void chooseExport();
    bool saveWithProgress(Document* document, const QString& path, int mode);
    void warn(const QString& title, const QString& text);
    /** The file names of the documents with unsaved edits, comma-separated; empty when none. */
    QString modifiedFileNames() const;

    Workspace* m_workspace;
    QMainWindow* m_window;
    DocumentManager* m_manager;
    QUndoGroup* m_undoGroup;
    QDockWidget* m_historyDock = nullptr;
    QUndoView* m_historyView = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_save = nullptr;
    QAction* m_saveAs = nullptr;
    QAction* m_export = nullptr;
    QMenu* m_activeSetMenu = nullptr;
    QActionGroup* m_activeSetGroup = nullptr;
    bool m_discardOnReplace = false;
    QSet<QString> m_reapplyOnReload;   // annotation files whose journaled edits the coming reload restores
    QStringList m_openNotices;
};

} // namespace curator
