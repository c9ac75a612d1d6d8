#pragma once

#include "model/fileidentity.h"
#include "model/journalrecord.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QLockFile;

namespace curator {

/** A journal left behind by a session that did not end cleanly (crash, kill -9, power loss). */
struct JournalRecovery
{
    QString annotationPath;
    QString journalPath;
    /**
     * Where the journal was found by the file's content, not by its path: the path of the file it was written for,
     * which is gone (the file was moved or renamed since). Empty for the file's own journal.
     */
    QString movedFrom;
    FileIdentity base;            ///< the annotation file the edits apply to
    bool baseMatches = false;     ///< the file on disk is still that file (replay is exact)
    QDateTime started;
    QDateTime lastWrite;
    std::vector<JournalRecord> records;
    qint64 intactBytes = 0;       ///< length of the valid prefix of the journal
    int ignoredLines = 0;         ///< lines after the valid prefix (a torn last record), ignored

    /** Translated one-line description for the "restore unsaved edits?" question. */
    QString summary() const;
};

/**
 * The recovery journal of one annotation file: every edit, undo and redo is appended as it
 * happens, so that after a crash or kill -9 the next start can restore exactly the unsaved state.
 *
 * Format: UTF-8 text, one record per line, `<crc32 of the JSON, 8 hex digits> <JSON>\n`. The first
 * line is a header naming the annotation file and its FileIdentity; the others are
 * JournalRecord::toJson(). Reading stops at the first line whose checksum fails or that has no
 * newline: a record torn by a crash is ignored, never half-applied. Each record is written with
 * one unbuffered write before append() returns (it reaches the kernel, so it survives the process
 * being killed) and is fsync'd at once unless the last fsync was less than kSyncIntervalMs ago;
 * then sync() does it (the document calls it kSyncIntervalMs later and at the end of a drag), so a
 * power cut loses at most that interval. A QLockFile beside the journal marks it as in use, so a second instance does not offer to
 * "recover" the journal of a session that is still running; a lock left by a dead process is stale.
 *
 * Location: pathFor(): `<annotation file>.journal` beside the file, or, when that folder is not
 * writable, a per-user folder (QStandardPaths::AppLocalDataLocation/journals/).
 */
class Journal
{
public:
    static constexpr int kSyncIntervalMs = 50;

    Journal();
    ~Journal();   ///< closes (fsync'd) and unlocks; the file stays for recovery
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    static QString pathFor(const QString& annotationPath);

    /** Starts an empty journal for @p annotationPath (replacing an old one) and locks it. */
    bool start(const QString& annotationPath, QString* error);
    /**
     * Continues a journal that was just replayed: drops its torn tail, appends after it. One found by content
     * (movedFrom) is moved to this file's own journal first: a new header for the file where it is now, the intact
     * records as they were.
     */
    bool resume(const JournalRecovery& recovery, QString* error);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    qint64 nextSequence() const { return m_sequence + 1; }

    /** Appends @p record (its sequence is assigned here). */
    bool append(JournalRecord record, QString* error);
    /** fsyncs a write that the interval left pending. */
    void sync();
    /** Closes and deletes the journal: the edits are saved or deliberately discarded. */
    void remove();

    /**
     * The journal of @p annotationPath if one holds edits and no running session owns it; nullopt otherwise (also
     * when unreadable, with @p error set). Where the file has none of its own, the journal of a file that is gone
     * (moved or renamed after the session that wrote it ended without saving) and had this file's content: in the
     * per-user folder or beside this file, the most recently written first (JournalRecovery::movedFrom).
     * std::bad_alloc where there is not enough memory to read a journal, which then stays as it is: never a
     * recovery cut short, or none, for want of memory (either would lose edits once the journal is continued or
     * started afresh).
     */
    static std::optional<JournalRecovery> findRecoverable(const QString& annotationPath, QString* error = nullptr);
    /** Reads a journal file without looking at its lock; std::bad_alloc where memory runs out. */
    static std::optional<JournalRecovery> read(const QString& journalPath, QString* error);
    /** Deletes the journal of @p annotationPath unless a running session owns it (the user declined to restore). */
    static bool discard(const QString& annotationPath);
    /** Deletes the journal @p recovery was read from unless a running session owns it. */
    static bool discard(const JournalRecovery& recovery);
    /**
     * Replays @p recovery into a freshly loaded @p set and its @p review; see JournalReplayer. Returns
     * how many edited cells were left out because the file no longer has their image.
     */
    static int replay(const JournalRecovery& recovery, AnnotationSet& set, ReviewState& review);

private:
    bool open(const QString& journalPath, bool truncate, QString* error);
    /** resume() of a journal found by content: its records copied into this file's own journal. */
    bool adopt(const JournalRecovery& recovery, QString* error);
    /** A journal whose file is gone and had @p annotationPath's content; see findRecoverable(). */
    static std::optional<JournalRecovery> findMoved(const QString& annotationPath, const QStringList& own);
    bool writeLine(const QByteArray& json, QString* error);
    void syncNow();

    QFile m_file;
    std::unique_ptr<QLockFile> m_lock;
    QElapsedTimer m_sinceSync;
    bool m_syncPending = false;
    qint64 m_sequence = 0;
};

} // namespace curator
