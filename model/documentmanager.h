#pragma once

#include "model/document.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace curator {

class Workspace;

/**
 * The editing side of a Workspace: one Document per editable set (a set with images; results lists
 * are read-only), kept in step with the workspace's sets, with crash recovery on load.
 *
 * - Every document's annotationsChanged() is forwarded to Workspace::notifyAnnotationsChanged(set,
 *   image), so the overlay, cell table and image browser refresh as they already do.
 * - After every Workspace::reset() the documents are reconciled: sets that survived keep their
 *   document (undo history included), new sets get one, removed sets lose theirs. A removed set's
 *   unsaved edits stay in its journal (as after a crash): ask the user (hasUnsavedChanges()) before
 *   replacing the workspace's contents.
 * - A new document whose file has a recoverable journal (Journal::findRecoverable()) is listed in
 *   pendingRecoveries() and announced by recoveryAvailable(); its journaling starts once the user
 *   chose (resolveRecovery()). Ask right away: until then its edits are not crash-safe. Every other
 *   new document starts journaling at once.
 *
 * Relies on Workspace::reset()'s guarantee: surviving sets keep their address, removed sets are
 * destroyed only after reset(), and a new set never reuses a removed one's address.
 */
class DocumentManager : public QObject
{
    Q_OBJECT

public:
    struct PendingRecovery
    {
        int set = -1;                         ///< current index of the set in the workspace
        const Document* document = nullptr;
        JournalRecovery recovery;
    };

    explicit DocumentManager(Workspace* workspace, QObject* parent = nullptr);
    ~DocumentManager() override;

    /** The document of set @p set; nullptr for a read-only set or an index out of range. */
    Document* document(int set) const;
    /** The set edits go to (the GUI's "active annotation set"): the first editable set by default. */
    int activeSet() const { return m_activeSet; }
    Document* activeDocument() const { return document(m_activeSet); }
    void setActiveSet(int set);

    QList<int> modifiedSets() const;
    bool hasUnsavedChanges() const { return !modifiedSets().isEmpty(); }
    /** Saves every modified document; stops at the first failure (its message in @p error). */
    bool saveAll(QString* error);

    const std::vector<PendingRecovery>& pendingRecoveries() const { return m_pending; }
    /** Restores (@p restore) or discards the journal found for set @p set, then starts journaling. */
    bool resolveRecovery(int set, bool restore, QString* error);

signals:
    /** Documents were created or dropped after a workspace reset. */
    void documentsChanged();
    void activeSetChanged(int set);
    /** A crashed session left unsaved edits for set @p set (summary: JournalRecovery::summary()). */
    void recoveryAvailable(int set, const QString& summary);
    /** Some document's modified state changed; @p anyModified covers all of them. */
    void modifiedChanged(bool anyModified);
    void journalFailed(int set, const QString& message);
    /** Set @p set's review sidecar could not be read (@p message names it and why); it starts with no marks. */
    void reviewStateFailed(int set, const QString& message);
    /**
     * Set @p set's file @p path had no review sidecar of its own; the marks it opened with are those kept
     * per user for the same file at @p from (ReviewState::carriedFrom(): a share mounted elsewhere, a move, a copy).
     */
    void reviewStateCarriedOver(int set, const QString& path, const QString& from);

private:
    void rememberSets();
    void reconcile();
    /** Moves surviving documents into place; returns which sets need a new document. */
    std::vector<bool> keepSurvivors();
    /** The surviving @p previous active document, else the one of the same file, else the first editable set. */
    void chooseActiveSet(const Document* previous, const QString& previousPath, const std::vector<bool>& isNew);
    std::unique_ptr<Document> createDocument(int set);
    void connectDocument(Document* document);
    int setOf(const Document* document) const;

    Workspace* m_workspace;
    std::vector<std::unique_ptr<Document>> m_documents;   // parallel to the workspace's sets
    std::vector<const AnnotationSet*> m_setsBeforeReset;
    std::vector<PendingRecovery> m_pending;
    int m_activeSet = -1;
};

} // namespace curator
