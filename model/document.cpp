#include "model/document.h"

#include "model/commands/recoverededit.h"
#include "model/io/cocoreader.h"
#include "model/io/cocowriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <map>

namespace curator {

namespace {
QString operationName(EditOperation op)
{
    switch (op) {
    case EditOperation::Do: return QStringLiteral("do");
    case EditOperation::Undo: return QStringLiteral("undo");
    case EditOperation::Redo: return QStringLiteral("redo");
    }
    return {};
}
} // namespace

Document::Document(AnnotationSet* set, QObject* parent) : QObject(parent), m_set(set) { init(); }

Document::Document(std::unique_ptr<AnnotationSet> set, QObject* parent)
    : QObject(parent), m_ownedSet(std::move(set)), m_set(m_ownedSet.get())
{
    init();
}

Document::~Document()
{
    const bool keepJournal = isModified();
    // Commands refer to this document; they go first.
    m_undoStack->disconnect(this);
    delete m_undoStack;
    m_undoStack = nullptr;
    if (m_journal.isOpen() && !keepJournal)
        m_journal.remove();
}

void Document::init()
{
    std::vector<qint64> ids;
    ids.reserve(std::size_t(store().annotationCount()));
    for (int a = 0; a < store().annotationCount(); ++a) {
        if (!store().isOpaque(a))
            ids.push_back(store().annotationId(a));
    }
    std::sort(ids.begin(), ids.end());
    for (std::size_t i = 1; i < ids.size(); ++i) {
        if (ids[i] == ids[i - 1])
            m_duplicateIds.insert(ids[i]);
    }
    m_syncTimer = new QTimer(this);
    m_syncTimer->setSingleShot(true);
    m_syncTimer->setInterval(Journal::kSyncIntervalMs);
    connect(m_syncTimer, &QTimer::timeout, this, [this] { m_journal.sync(); });
    m_undoStack = new QUndoStack(this);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Document::flushChanges);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] { emit modifiedChanged(isModified()); });
}

std::unique_ptr<Document> Document::open(const QString& path, QString* error)
{
    auto set = CocoReader::readFile(path, error);
    if (!set)
        return nullptr;
    auto document = std::make_unique<Document>(std::move(set));
    if (!document->loadReview(error))
        return nullptr;
    return document;
}

bool Document::isModified() const { return !m_undoStack->isClean(); }

bool Document::fileChangedOnDisk() const { return store().source() && !store().source()->isIntact(); }

bool Document::loadReview(QString* error)
{
    auto review = ReviewState::load(path(), error);
    if (!review)
        return false;
    m_review = std::move(*review);
    return true;
}

bool Document::startJournal(QString* error)
{
    if (m_journal.isOpen())
        return true;
    return m_journal.start(path(), error);
}

bool Document::recover(const JournalRecovery& recovery, QString* error)
{
    if (m_undoStack->count() > 0 || m_recovered) {
        if (error)
            *error = tr("Edits can only be restored into a freshly opened file.");
        return false;
    }
    RecoveredHistory history(*m_set, m_review);
    for (const JournalRecord& record : recovery.records)
        history.apply(record);
    m_recoveredCellsLeftOut = history.leftOut();
    // The undo stack as the crashed session had it since the journal began: clean at the file as opened.
    m_rebuildingHistory = true;
    m_undoStack->setClean();
    for (RecoveredStep& step : history.takeSteps())
        m_undoStack->push(new RecoveredEdit(this, std::move(step)));
    m_undoStack->setIndex(history.index());   // the steps above were undone: undoing them again restores the replayed states
    m_rebuildingHistory = false;
    m_pendingCells.clear();
    m_pendingImages.clear();
    m_pendingFlags.clear();
    std::map<int, QList<qint64>> byImage;
    QSet<int> reviewImages;
    for (const JournalRecord& record : recovery.records) {
        for (const CellState& c : record.cells) {
            m_touchedIds.insert(c.id);
            const int a = store().annotationIndex(c.id);
            if (a >= 0 && store().annotationImage(a) >= 0)
                byImage[store().annotationImage(a)].append(c.id);
        }
        for (const ImageReviewState& i : record.images)
            reviewImages.insert(store().imageIndex(i.imageId));
        for (const CellFlagState& f : record.cellFlags) {
            const int a = store().annotationIndex(f.id);
            reviewImages.insert(a >= 0 ? store().annotationImage(a) : -1);
        }
    }
    reviewImages.remove(-1);
    m_recovered = true;
    QString journalError;
    if (!m_journal.resume(recovery, &journalError))
        emit journalFailed(journalError);
    for (const auto& [image, ids] : byImage)
        emit annotationsChanged(image, ids);
    for (int image : reviewImages)
        emit reviewChanged(image);
    emit modifiedChanged(isModified());
    return true;
}

void Document::discardJournal()
{
    if (m_journal.isOpen())
        m_journal.remove();
    else
        Journal::discard(path());
}

bool Document::save(QString* error, const Progress& progress)
{
    return writeAndRestartJournal(path(), progress, error);
}

bool Document::saveAs(const QString& newPath, QString* error, const Progress& progress)
{
    return writeAndRestartJournal(newPath, progress, error);
}

bool Document::exportCopy(const QString& target, QString* error, const Progress& progress) const
{
    CocoWriter::Options options;
    options.progress = progress;
    return CocoWriter::writeFile(*m_set, target, error, options);
}

bool Document::writeAndRestartJournal(const QString& target, const Progress& progress, QString* error)
{
    const bool samePath = QFileInfo(target).absoluteFilePath() == QFileInfo(path()).absoluteFilePath();
    // With only review marks changed (no cell touched since loading), the file as loaded is still at
    // its place and is what the writer would write again: only the review sidecar is saved, rather
    // than the whole annotation file (hundreds of MB for the train split) rewritten byte for byte.
    const bool fileIsCurrent = samePath && m_touchedIds.isEmpty() && store().source()
                               && store().source()->isFileAt(target);
    if (!fileIsCurrent && !exportCopy(target, error, progress))
        return false;
    // Then nothing but the review marks changes on disk: they are saved before the journal restarts,
    // so that while they cannot be saved the journal still holds them.
    if (fileIsCurrent && !m_review.save(target, store(), error))
        return false;
    // The file now holds every edit: the old journal is obsolete (and would not match it).
    const bool wasJournaling = m_journal.isOpen();
    m_journal.remove();
    if (!samePath) {
        Journal::discard(path());
        m_set->info.path = target;
    }
    m_dirtyAtSave.clear();
    for (qint64 id : std::as_const(m_touchedIds)) {
        const int a = store().annotationIndex(id);
        if (a >= 0 && (store().isDeleted(a) || store().isEdited(a)))
            m_dirtyAtSave.insert(id);
    }
    QString journalError;
    if (wasJournaling && !m_journal.start(target, &journalError))
        emit journalFailed(journalError);
    if (!fileIsCurrent && !m_review.save(target, store(), error))
        return false;
    m_undoStack->setClean();
    emit saved(target);
    return true;
}

bool Document::setFindingsDismissed(const QStringList& keys, bool dismissed, QString* error)
{
    for (const QString& key : keys)
        m_review.setFindingDismissed(key, dismissed);
    return ReviewState::saveDismissedFindings(path(), store(), m_review.dismissedFindings(), error);
}

ImageReview Document::imageReview(int imageIndex) const
{
    if (imageIndex < 0 || imageIndex >= store().imageCount())
        return {};
    return m_review.image(store().image(imageIndex).id);
}

void Document::beginDrag()
{
    m_dragSerial = ++m_lastDragSerial;
}

void Document::endDrag()
{
    m_dragSerial = 0;
    m_journal.sync();
}

void Document::beginMacro(const QString& text)
{
    ++m_macroDepth;
    m_undoStack->beginMacro(text);
}

void Document::endMacro()
{
    if (m_macroDepth == 0)
        return;
    --m_macroDepth;
    m_undoStack->endMacro();
    flushChanges();
}

ImageBounds Document::boundsOf(int imageIndex) const
{
    if (imageIndex < 0 || imageIndex >= store().imageCount())
        return {};
    const ImageRecord& img = store().image(imageIndex);
    return {double(img.width), double(img.height)};
}

qint64 Document::defaultCategoryFor(int imageIndex) const
{
    const QList<Category>& categories = store().categories();
    if (categories.isEmpty())
        return 1;
    if (imageIndex >= 0 && imageIndex < store().imageCount()) {
        const CellType type = store().image(imageIndex).name.cellType;
        for (const Category& c : categories) {
            if (type != CellType::Unknown && cellTypeFromString(c.name) == type)
                return c.id;
        }
    }
    return categories.first().id;
}

void Document::noteCells(CommandKind kind, const QString& text, std::span<const qint64> ids, EditOperation op)
{
    for (qint64 id : ids) {
        m_pendingCells.insert(id);
        m_touchedIds.insert(id);
    }
    m_pendingKind = commandKindName(kind);
    m_pendingText = text;
    m_pendingOp = op;
}

void Document::noteRecovered(const QString& kind, const QString& text, std::span<const qint64> cellIds,
                             std::span<const qint64> imageIds, std::span<const qint64> flagIds, EditOperation op)
{
    for (qint64 id : cellIds) {
        m_pendingCells.insert(id);
        m_touchedIds.insert(id);
    }
    for (qint64 id : imageIds)
        m_pendingImages.insert(id);
    for (qint64 id : flagIds)
        m_pendingFlags.insert(id);
    m_pendingKind = kind;
    m_pendingText = text;
    m_pendingOp = op;
}

void Document::noteMerged()
{
    if (m_macroDepth == 0)   // a macro is one record whatever merges inside it
        m_pendingMerged = true;
}

void Document::noteReview(CommandKind kind, const QString& text, std::span<const qint64> imageIds,
                          std::span<const qint64> cellIds, EditOperation op)
{
    for (qint64 id : imageIds)
        m_pendingImages.insert(id);
    for (qint64 id : cellIds)
        m_pendingFlags.insert(id);
    m_pendingKind = commandKindName(kind);
    m_pendingText = text;
    m_pendingOp = op;
}

CellState Document::captureCell(qint64 id) const
{
    return CellState::of(store(), id, m_dirtyAtSave.contains(id));
}

JournalRecord Document::takePendingRecord()
{
    JournalRecord record;
    record.operation = operationName(m_pendingOp);
    record.kind = m_pendingKind;
    record.text = m_pendingText;
    record.merged = m_pendingMerged && m_pendingOp == EditOperation::Do;
    // In store order: replay appends added cells in the record's order, and the export writes the
    // store's order, so several cells added in one step (a paste, a macro) must come back as they were.
    std::vector<std::pair<int, qint64>> cells;
    cells.reserve(std::size_t(m_pendingCells.size()));
    for (qint64 id : std::as_const(m_pendingCells))
        cells.emplace_back(store().annotationIndex(id), id);
    std::sort(cells.begin(), cells.end());
    for (const auto& [index, id] : cells)
        record.cells.push_back(captureCell(id));
    for (qint64 id : std::as_const(m_pendingImages))
        record.images.push_back({id, m_review.image(id)});
    for (qint64 id : std::as_const(m_pendingFlags))
        record.cellFlags.push_back({id, m_review.isCellFlagged(id)});
    return record;
}

void Document::flushChanges()
{
    if (m_macroDepth > 0 || m_rebuildingHistory
        || (m_pendingCells.isEmpty() && m_pendingImages.isEmpty() && m_pendingFlags.isEmpty()))
        return;
    if (m_journal.isOpen()) {
        QString error;
        if (!m_journal.append(takePendingRecord(), &error) && !m_journalFailed) {
            m_journalFailed = true;
            emit journalFailed(error);
        }
        // Bound what a power cut can take: the journal fsyncs at most every kSyncIntervalMs.
        if (!m_syncTimer->isActive())
            m_syncTimer->start();
    }
    std::map<int, QList<qint64>> cellsByImage;
    QSet<int> reviewImages;
    for (qint64 id : std::as_const(m_pendingCells)) {
        const int a = store().annotationIndex(id);
        cellsByImage[a >= 0 ? store().annotationImage(a) : -1].append(id);
    }
    for (qint64 id : std::as_const(m_pendingFlags)) {
        const int a = store().annotationIndex(id);
        reviewImages.insert(a >= 0 ? store().annotationImage(a) : -1);
    }
    for (qint64 id : std::as_const(m_pendingImages))
        reviewImages.insert(store().imageIndex(id));
    m_pendingCells.clear();
    m_pendingImages.clear();
    m_pendingFlags.clear();
    m_pendingMerged = false;
    reviewImages.remove(-1);
    for (auto& [image, ids] : cellsByImage) {
        if (image < 0)
            continue;
        std::sort(ids.begin(), ids.end());
        emit annotationsChanged(image, ids);
    }
    for (int image : std::as_const(reviewImages))
        emit reviewChanged(image);
}

bool Document::push(std::unique_ptr<QUndoCommand> command, const QString& error, QString* errorOut)
{
    if (!command) {
        if (errorOut)
            *errorOut = error;
        return error.isEmpty(); // no command and no error: the edit would change nothing
    }
    m_undoStack->push(command.release());
    flushChanges();
    return true;
}

} // namespace curator
