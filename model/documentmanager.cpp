#include "model/documentmanager.h"

#include "model/workspace.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <new>
#include <optional>

namespace curator {

DocumentManager::DocumentManager(Workspace* workspace, QObject* parent) : QObject(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::aboutToReset, this, &DocumentManager::rememberSets);
    connect(workspace, &Workspace::reset, this, &DocumentManager::reconcile);
    rememberSets();
    reconcile();
}

DocumentManager::~DocumentManager() = default;

Document* DocumentManager::document(int set) const
{
    return set >= 0 && std::size_t(set) < m_documents.size() ? m_documents[std::size_t(set)].get() : nullptr;
}

void DocumentManager::setActiveSet(int set)
{
    if (set == m_activeSet || (set >= 0 && !document(set)))
        return;
    m_activeSet = set;
    emit activeSetChanged(set);
}

QList<int> DocumentManager::modifiedSets() const
{
    QList<int> sets;
    for (std::size_t s = 0; s < m_documents.size(); ++s) {
        if (m_documents[s] && m_documents[s]->isModified())
            sets.append(int(s));
    }
    return sets;
}

bool DocumentManager::saveAll(QString* error)
{
    for (int s : modifiedSets()) {
        if (!document(s)->save(error))
            return false;
    }
    return true;
}

void DocumentManager::rememberSets()
{
    m_setsBeforeReset.clear();
    for (const auto& doc : m_documents)
        m_setsBeforeReset.push_back(doc ? &doc->set() : nullptr);
}

void DocumentManager::reconcile()
{
    const Document* previousActive = document(m_activeSet);   // compared only: it may be gone after keepSurvivors()
    const QString previousPath = previousActive ? previousActive->path() : QString();
    const int previousSet = m_activeSet;
    const std::vector<bool> isNew = keepSurvivors();
    const std::size_t announced = m_pending.size();
    for (std::size_t s = 0; s < isNew.size(); ++s) {
        if (isNew[s])
            m_documents[s] = createDocument(int(s));
    }
    for (PendingRecovery& p : m_pending)
        p.set = setOf(p.document);
    chooseActiveSet(previousActive, previousPath, isNew);
    emit documentsChanged();
    // Only another active document is announced: a set added beside it (results) leaves it as it was.
    if (m_activeSet != previousSet || (m_activeSet >= 0 && isNew[std::size_t(m_activeSet)]))
        emit activeSetChanged(m_activeSet);
    for (std::size_t i = announced; i < m_pending.size(); ++i)
        emit recoveryAvailable(m_pending[i].set, m_pending[i].recovery.summary());
}

std::vector<bool> DocumentManager::keepSurvivors()
{
    std::vector<std::unique_ptr<Document>> old = std::move(m_documents);
    m_documents.clear();
    m_documents.resize(std::size_t(m_workspace->setCount()));
    std::vector<bool> isNew(m_documents.size(), true);
    for (std::size_t s = 0; s < m_documents.size(); ++s) {
        const auto it = std::find(m_setsBeforeReset.begin(), m_setsBeforeReset.end(), &m_workspace->set(int(s)));
        const auto before = std::size_t(it - m_setsBeforeReset.begin());
        if (it != m_setsBeforeReset.end() && before < old.size()) {
            m_documents[s] = std::move(old[before]);
            isNew[s] = false;
        }
    }
    // Documents of removed sets go (their journals stay when they hold unsaved edits), and with
    // them their pending recoveries, before any new document could reuse their address.
    for (const auto& gone : old) {
        std::erase_if(m_pending, [&gone](const PendingRecovery& p) { return gone && p.document == gone.get(); });
    }
    return isNew;
}

void DocumentManager::chooseActiveSet(const Document* previous, const QString& previousPath,
                                      const std::vector<bool>& isNew)
{
    m_activeSet = -1;
    // Among the survivors only: a new document may have been given the address of the one that went.
    for (std::size_t s = 0; s < m_documents.size(); ++s) {
        if (m_documents[s] && !isNew[s] && m_documents[s].get() == previous)
            m_activeSet = int(s);
    }
    // The same files opened again (a reload): the new document of the file that was active.
    for (std::size_t s = 0; s < m_documents.size() && m_activeSet < 0 && !previousPath.isEmpty(); ++s) {
        if (m_documents[s] && m_documents[s]->path() == previousPath)
            m_activeSet = int(s);
    }
    for (std::size_t s = 0; s < m_documents.size() && m_activeSet < 0; ++s) {
        if (m_documents[s])
            m_activeSet = int(s);
    }
}

std::unique_ptr<Document> DocumentManager::createDocument(int set)
{
    AnnotationSet& annotations = m_workspace->mutableSet(set);
    if (annotations.store.imageCount() == 0 || annotations.info.path.isEmpty())
        return nullptr; // results lists have no images to edit on
    auto doc = std::make_unique<Document>(&annotations);
    QString error;
    if (!doc->loadReview(&error))
        emit reviewStateFailed(set, error);
    else if (!doc->review().carriedFrom().isEmpty())
        emit reviewStateCarriedOver(set, doc->path(), doc->review().carriedFrom());
    connectDocument(doc.get());
    std::optional<JournalRecovery> recovery;
    try {
        recovery = Journal::findRecoverable(doc->path());
        if (recovery)
            m_pending.push_back({set, doc.get(), std::move(*recovery)});
    } catch (const std::bad_alloc&) {
        // Starting a journal would empty the one there: it stays for the next time the file is opened.
        emit journalFailed(set, QCoreApplication::translate("DocumentManager",
                                                            "Not enough memory to read the recovery journal of %1. "
                                                            "It is kept to be offered the next time the file is "
                                                            "opened; edits made now are not protected against a "
                                                            "crash.")
                                    .arg(QDir::toNativeSeparators(doc->path())));
        return doc;
    }
    if (!recovery && !doc->startJournal(&error))
        emit journalFailed(set, error);
    return doc;
}

void DocumentManager::connectDocument(Document* doc)
{
    connect(doc, &Document::annotationsChanged, this, [this, doc](int image, const QList<qint64>&) {
        if (const int set = setOf(doc); set >= 0)
            m_workspace->notifyAnnotationsChanged(set, image);
    });
    connect(doc, &Document::modifiedChanged, this, [this] { emit modifiedChanged(hasUnsavedChanges()); });
    connect(doc, &Document::journalFailed, this, [this, doc](const QString& message) {
        emit journalFailed(setOf(doc), message);
    });
}

int DocumentManager::setOf(const Document* doc) const
{
    for (std::size_t s = 0; s < m_documents.size(); ++s) {
        if (m_documents[s].get() == doc)
            return int(s);
    }
    return -1;
}

bool DocumentManager::resolveRecovery(int set, bool restore, QString* error)
{
    auto it = std::find_if(m_pending.begin(), m_pending.end(), [set](const PendingRecovery& p) { return p.set == set; });
    Document* doc = document(set);
    if (it == m_pending.end() || !doc) {
        if (error)
            *error = QCoreApplication::translate("DocumentManager", "There is nothing to restore for this file.");
        return false;
    }
    const JournalRecovery recovery = std::move(it->recovery);
    m_pending.erase(it);
    if (restore)
        return doc->recover(recovery, error); // continues the journal it restored from
    Journal::discard(doc->path());
    Journal::discard(recovery);   // also one found by content, whose file was moved or renamed
    return doc->startJournal(error);
}

} // namespace curator
