#include "widgets/documentcontroller.h"

#include "model/documentmanager.h"
#include "model/reviewstate.h"
#include "model/workspace.h"
#include "widgets/saveprogress.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

namespace curator {

namespace {

enum SaveMode { SaveInPlace, SaveAsNew, ExportCopy };

QString fileNameOf(const Document& document)
{
    return QFileInfo(document.path()).fileName();
}

} // namespace

DocumentController::DocumentController(Workspace* workspace, QMainWindow* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_manager(new DocumentManager(workspace, this))
    , m_undoGroup(new QUndoGroup(this))
{
    createActions();
    createHistoryDock();
    connect(m_manager, &DocumentManager::documentsChanged, this, &DocumentController::syncUndoGroup);
    connect(m_manager, &DocumentManager::documentsChanged, this, &DocumentController::rebuildActiveSetMenu);
    connect(m_manager, &DocumentManager::activeSetChanged, this, &DocumentController::syncUndoGroup);
    connect(m_manager, &DocumentManager::activeSetChanged, this, &DocumentController::rebuildActiveSetMenu);
    connect(m_manager, &DocumentManager::modifiedChanged, this, &DocumentController::modifiedChanged);
    connect(m_manager, &DocumentManager::recoveryAvailable, this, &DocumentController::askRecovery);
    connect(m_manager, &DocumentManager::journalFailed, this, [this](int, const QString& message) {
        warn(tr("Unsaved edits are not protected"), message);
    });
    connect(m_manager, &DocumentManager::reviewStateFailed, this, [this](int, const QString& message) {
        warn(tr("Review marks not read"), message);
    });
    connect(m_manager, &DocumentManager::reviewStateCarriedOver, this,
            [this](int, const QString& path, const QString& from) {
                m_openNotices.append(tr("Review marks of %1 taken from the same file at %2.")
                                         .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(from)));
            });
    // "Discard" before opening other files: the old documents' journals go only once the new
    // workspace really replaces them (a failed or cancelled load keeps the edits, journaled).
    connect(workspace, &Workspace::aboutToReset, this, [this] {
        if (!m_discardOnReplace)
            return;
        m_discardOnReplace = false;
        for (int set : m_manager->modifiedSets())
            m_manager->document(set)->discardJournal();
    });
    connect(workspace, &Workspace::loadingFinished, this, [this](bool ok) {
        if (!ok)
            m_discardOnReplace = false;
        // A failed reload leaves the documents, edits and all, as they were; after one that worked,
        // a file still marked was not among those opened again.
        if (ok && !m_reapplyOnReload.isEmpty())
            reportEditsNotReapplied();
        m_reapplyOnReload.clear();
    });
    syncUndoGroup();
    rebuildActiveSetMenu();
}

DocumentController::~DocumentController() = default;

Document* DocumentController::activeDocument() const
{
    return m_manager->activeDocument();
}

void DocumentController::createActions()
{
    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    // Say what was taken back or done again, as the edit itself said what it did: once undone, an edit
    // is the one to redo, and once redone the one to undo.
    connect(m_undo, &QAction::triggered, this,
            [this] { emit statusMessage(tr("Undone: %1").arg(m_undoGroup->redoText()), 5000); });
    connect(m_redo, &QAction::triggered, this,
            [this] { emit statusMessage(tr("Redone: %1").arg(m_undoGroup->undoText()), 5000); });
    m_save = new QAction(tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setStatusTip(tr("Save the edited annotation files (COCO JSON; unedited cells stay byte for byte as they were)"));
    m_saveAs = new QAction(tr("Save Active Set &As…"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_export = new QAction(tr("E&xport Active Set Copy…"), this);
    m_export->setStatusTip(tr("Write the active set with its edits to another file; the open file stays as it is"));
    connect(m_save, &QAction::triggered, this, &DocumentController::saveAll);
    connect(m_saveAs, &QAction::triggered, this, &DocumentController::chooseSaveAs);
    connect(m_export, &QAction::triggered, this, &DocumentController::chooseExport);
    m_activeSetMenu = new QMenu(tr("Active Annotation Se&t"));
    m_activeSetMenu->setObjectName(QStringLiteral("activeSetMenu"));
    m_activeSetGroup = new QActionGroup(this);
    m_activeSetGroup->setExclusive(true);
    connect(this, &QObject::destroyed, m_activeSetMenu, &QObject::deleteLater);
}

void DocumentController::createHistoryDock()
{
    m_historyDock = new QDockWidget(tr("History"), m_window);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyView = new QUndoView(m_undoGroup);
    m_historyView->setEmptyLabel(tr("<opened file>"));
    m_historyDock->setWidget(m_historyView);
}

void DocumentController::syncUndoGroup()
{
    for (int s = 0; s < m_workspace->setCount(); ++s) {
        if (Document* doc = m_manager->document(s))
            m_undoGroup->addStack(doc->undoStack());
    }
    Document* active = activeDocument();
    m_undoGroup->setActiveStack(active ? active->undoStack() : nullptr);
    const bool editable = active != nullptr;
    m_save->setEnabled(editable);
    m_saveAs->setEnabled(editable);
    m_export->setEnabled(editable);
}

void DocumentController::rebuildActiveSetMenu()
{
    m_activeSetMenu->clear();
    for (QAction* a : m_activeSetGroup->actions())
        delete a;
    for (int s = 0; s < m_workspace->setCount(); ++s) {
        if (!m_manager->document(s))
            continue;
        const AnnotationSet& set = m_workspace->set(s);
        QAction* a = m_activeSetMenu->addAction(tr("%1 (%2)").arg(set.info.label(), QFileInfo(set.info.path).fileName()));
        a->setCheckable(true);
        a->setChecked(s == m_manager->activeSet());
        a->setData(s);
        m_activeSetGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, s] { m_manager->setActiveSet(s); });
    }
    m_activeSetMenu->setEnabled(!m_activeSetGroup->actions().isEmpty());
}

// ---- recovery

void DocumentController::askRecovery(int set, const QString& summary)
{
    QPointer<Document> document = m_manager->document(set);
    if (!document)
        return;
    if (m_reapplyOnReload.remove(document->path())) {
        // Answered right after the workspace reset whose list of pending recoveries announces this one.
        QMetaObject::invokeMethod(this, [this, document] { answerRecovery(document, Recovery::Reapply); },
                                  Qt::QueuedConnection);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Restore Unsaved Edits"),
                                tr("LIVECell Curator did not close properly while %1 had unsaved edits.\n%2\n\n"
                                   "Restore them?")
                                    .arg(QDir::toNativeSeparators(document->path()), summary),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("recoveryPrompt"));
    QPushButton* restore = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    QPushButton* discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    box->setDefaultButton(restore);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, document, restore](QAbstractButton* button) {
        answerRecovery(document, button == restore ? Recovery::Restore : Recovery::Discard);
    });
    box->show();
}

void DocumentController::answerRecovery(const QPointer<Document>& document, Recovery answer)
{
    if (!document)
        return;
    for (const DocumentManager::PendingRecovery& p : m_manager->pendingRecoveries()) {
        if (p.document != document.data())
            continue;
        QString error;
        if (!m_manager->resolveRecovery(p.set, answer != Recovery::Discard, &error)) {
            warn(answer == Recovery::Reapply ? tr("Cannot Re-apply Edits") : tr("Restore Unsaved Edits"), error);
            return;
        }
        const QString name = fileNameOf(*document);
        emit statusMessage(answer == Recovery::Restore   ? tr("Restored the unsaved edits of %1 (Edit ▸ Undo takes them back).").arg(name)
                           : answer == Recovery::Discard ? tr("Discarded the unsaved edits of %1.").arg(name)
                                                         : tr("Reloaded %1 from disk and re-applied its unsaved edits.").arg(name),
                           8000);
        if (const int leftOut = document->recoveredCellsLeftOut(); leftOut > 0)
            warn(answer == Recovery::Reapply ? tr("Reload from Disk") : tr("Restore Unsaved Edits"),
                 tr("%n edited cell(s) of %1 could not be restored: %1 no longer has the images they were on.",
                    nullptr, leftOut)
                     .arg(name));
        emit modifiedChanged(m_manager->hasUnsavedChanges());
        return;
    }
}

// ---- saving

bool DocumentController::saveAll()
{
    QString perUser;   // the folder of review sidecars kept per user, as their annotation file's folder could not take them
    for (int s : m_manager->modifiedSets()) {
        Document* document = m_manager->document(s);
        if (!saveWithProgress(document, QString(), SaveInPlace))
            return false;
        const QString sidecar = ReviewState::perUserSidecarPath(document->path());
        if (QFileInfo::exists(sidecar))
            perUser = QDir::toNativeSeparators(QFileInfo(sidecar).absolutePath());
    }
    // The folder, not the file: its name is a long hash, and the message has to fit the status bar.
    emit statusMessage(perUser.isEmpty() ? tr("Saved.")
                                         : tr("Saved; review marks kept in %1 (the annotation folder is read-only).").arg(perUser),
                       perUser.isEmpty() ? 5000 : 15000);
    return true;
}

bool DocumentController::saveActiveAs(const QString& path)
{
    Document* doc = activeDocument();
    if (!doc || !saveWithProgress(doc, path, SaveAsNew))
        return false;
    rebuildActiveSetMenu();
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool DocumentController::exportActive(const QString& path)
{
    Document* doc = activeDocument();
    if (!doc || !saveWithProgress(doc, path, ExportCopy))
        return false;
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool DocumentController::saveWithProgress(Document* document, const QString& path, int mode)
{
    SaveProgress progress(tr("Saving %1…").arg(fileNameOf(*document)), m_window);
    const Document::Progress report = progress.callback();
    QString error;
    bool ok = false;
    if (mode == SaveInPlace)
        ok = document->save(&error, report);
    else if (mode == SaveAsNew)
        ok = document->saveAs(path, &error, report);
    else
        ok = document->exportCopy(path, &error, report);
    const bool cancelled = progress.finish();
    if (!ok) {
        if (!cancelled)
            reportSaveFailure(*document, error);
        emit statusMessage(cancelled ? tr("Saving was cancelled; the file is unchanged.") : error, 8000);
    }
    return ok;
}

void DocumentController::reportSaveFailure(const Document& document, const QString& error)
{
    if (!document.fileChangedOnDisk()) {
        warn(tr("Cannot Save"), error);
        return;
    }
    // Its unedited cells can no longer be copied from it: reloading it and re-applying the edits is the way on.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot Save"),
                                tr("%1\n\nReload the file from disk and re-apply your unsaved edits to it (by cell id)?")
                                    .arg(error),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("changedOnDiskPrompt"));
    QPushButton* reload = box->addButton(tr("&Reload and Re-apply Edits"), QMessageBox::AcceptRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(reload);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, reload](QAbstractButton* button) {
        if (button == reload && !m_workspace->isLoading() && reapplyOnReload())
            emit reloadRequested();
    });
    box->show();
}

// ---- reloading

QString DocumentController::modifiedFileNames() const
{
    QStringList names;
    for (int s : m_manager->modifiedSets())
        names.append(fileNameOf(*m_manager->document(s)));
    return names.join(QStringLiteral(", "));
}

bool DocumentController::prepareReload()
{
    const QString names = modifiedFileNames();
    if (names.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Reload from Disk"),
                    tr("There are unsaved edits in %1. Re-apply them to the files as they are on disk now (by cell "
                       "id), or discard them?")
                        .arg(names),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("reloadQuestion"));
    QPushButton* reapply = box.addButton(tr("&Re-apply Edits"), QMessageBox::AcceptRole);
    reapply->setObjectName(QStringLiteral("reapplyButton"));
    QPushButton* discard = box.addButton(tr("&Discard Edits"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(reapply);
    box.exec();
    if (box.clickedButton() == reapply)
        return reapplyOnReload();
    if (box.clickedButton() != discard)
        return false;
    m_discardOnReplace = true;
    return true;
}

bool DocumentController::reapplyOnReload()
{
    QSet<QString> paths;
    for (int s : m_manager->modifiedSets()) {
        const Document* document = m_manager->document(s);
        if (!document->isJournaling()) {
            // Its edits would be lost with it: only the journal carries them across the reload.
            warn(tr("Reload from Disk"),
                 tr("The unsaved edits of %1 are not journaled, so they cannot be re-applied after reloading it. "
                    "Save them to another file first (Save Active Set As…), or discard them.")
                     .arg(fileNameOf(*document)));
            return false;
        }
        paths.insert(document->path());
    }
    m_reapplyOnReload = paths;
    return true;
}

void DocumentController::reportEditsNotReapplied()
{
    QStringList names;
    for (const QString& path : std::as_const(m_reapplyOnReload))
        names.append(QDir::toNativeSeparators(path));
    names.sort();
    warn(tr("Reload from Disk"),
         tr("%1 was not opened again, so its unsaved edits were not re-applied. They stay in its journal and are "
            "offered back when it is opened.", nullptr, int(names.size()))
             .arg(names.join(QStringLiteral(", "))));
}

void DocumentController::chooseSaveAs()
{
    Document* doc = activeDocument();
    if (!doc)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Annotations As"), doc->path(),
                                                      tr("COCO annotations (*.json)"));
    if (!path.isEmpty())
        saveActiveAs(path);
}

void DocumentController::chooseExport()
{
    Document* doc = activeDocument();
    if (!doc)
        return;
    const QFileInfo info(doc->path());
    const QString suggestion = info.dir().filePath(info.completeBaseName() + QStringLiteral("_curated.json"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Annotations"), suggestion,
                                                      tr("COCO annotations (*.json)"));
    if (!path.isEmpty())
        exportActive(path);
}

bool DocumentController::maybeSave(Purpose purpose)
{
    const QList<int> modified = m_manager->modifiedSets();
    const QString names = modifiedFileNames();
    if (names.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Edits"),
                    tr("There are unsaved edits in %1. Save them first?").arg(names),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("saveQuestion"));
    box.setDefaultButton(QMessageBox::Save);
    const int answer = box.exec();
    if (answer == QMessageBox::Save)
        return saveAll();
    if (answer != QMessageBox::Discard)
        return false;
    if (purpose == Purpose::Replace) {
        m_discardOnReplace = true;
        return true;
    }
    for (int s : modified)
        m_manager->document(s)->discardJournal();
    return true;
}

void DocumentController::warn(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

} // namespace curator
