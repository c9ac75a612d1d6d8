#include "model/journal.h"

#include "model/io/jsondismantle.h"
#include "model/io/jsoninteger.h"
#include "model/peruserfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

#include <nlohmann/json.hpp>
#include <zlib.h>

#include <limits>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace curator {

namespace {
using nlohmann::json;

/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::Journal)
};

constexpr auto kFormat = "livecell-curator-journal";

quint32 crcOf(const QByteArray& bytes, quint32 crc = 0)
{
    return quint32(::crc32(crc, reinterpret_cast<const Bytef*>(bytes.constData()), uInt(bytes.size())));
}

QString perUserPath(const QString& annotationPath)
{
    return perUserFileFor(annotationPath, QStringLiteral("journals"), QStringLiteral(".journal"));
}

QString besidePath(const QString& annotationPath)
{
    return QFileInfo(annotationPath).absoluteFilePath() + QStringLiteral(".journal");
}

QStringList candidatePaths(const QString& annotationPath)
{
    return QStringList{besidePath(annotationPath)}
           + perUserFileCandidates(annotationPath, QStringLiteral("journals"), QStringLiteral(".journal"));
}

std::unique_ptr<QLockFile> tryLock(const QString& journalPath)
{
    auto lock = std::make_unique<QLockFile>(journalPath + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

/** The journal at @p journalPath unless a running session holds it (nullopt then, or where it is unreadable). */
std::optional<JournalRecovery> readIfFree(const QString& journalPath, QString* error)
{
    const auto lock = tryLock(journalPath);
    if (!lock)
        return std::nullopt;
    auto recovery = Journal::read(journalPath, error);
    lock->unlock();   // here, where running out of memory is reported, rather than in ~QLockFile (noexcept)
    return recovery;
}

json headerJson(const QString& annotationPath, const FileIdentity& id)
{
    return {{"type", "header"}, {"format", kFormat}, {"version", 1},
            {"annotationFile", QFileInfo(annotationPath).absoluteFilePath().toStdString()},
            {"size", id.size}, {"modified", id.modifiedMs}, {"fingerprint", id.fingerprint},
            {"started", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString()}};
}

/** The JSON of one line if its checksum holds; nullopt for a damaged or torn line. */
std::optional<QByteArray> checkedLine(QByteArrayView line)
{
    if (line.size() < 10 || line[8] != ' ')
        return std::nullopt;
    bool ok = false;
    const quint32 crc = line.first(8).toByteArray().toUInt(&ok, 16);
    const QByteArray payload = line.sliced(9).toByteArray();
    if (!ok || crc != crcOf(payload))
        return std::nullopt;
    return payload;
}

bool readHeader(const QByteArray& payload, JournalRecovery& r)
{
    try {
        json h = json::parse(payload.constData(), payload.constData() + payload.size());
        const DismantleOnExit dismantled(h);
        if (h.value("type", std::string()) != "header" || h.value("format", std::string()) != kFormat)
            return false;
        r.annotationPath = QString::fromStdString(h.at("annotationFile").get<std::string>());
        const qint64 fingerprint = jsonInteger(h.at("fingerprint"));
        if (fingerprint < 0 || fingerprint > std::numeric_limits<quint32>::max())
            return false;
        r.base = {jsonInteger(h.at("size")), jsonInteger(h.at("modified")), quint32(fingerprint)};
        r.started = QDateTime::fromString(QString::fromStdString(h.value("started", std::string())), Qt::ISODateWithMs);
        return true;
    } catch (const std::bad_alloc&) {
        throw;   // not a damaged header: the journal must not be taken for another file's or none
    } catch (const std::exception&) {
        return false;
    }
}

QString writeFailure(const QFile& journal)
{
    return Text::tr("%1: writing the recovery journal failed (%2); unsaved edits are not protected against a crash.")
        .arg(journal.fileName(), journal.errorString());
}

/** The header of the journal at @p journalPath (its file and that file's identity); nullopt where it has none. */
std::optional<JournalRecovery> headerOf(const QString& journalPath)
{
    QFile file(journalPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = file.readLine(64 * 1024);
    const auto payload = line.endsWith('\n') ? checkedLine(QByteArrayView(line).chopped(1)) : std::nullopt;
    JournalRecovery r;
    if (!payload || !readHeader(*payload, r))
        return std::nullopt;
    return r;
}

} // namespace

QString JournalRecovery::summary() const
{
    QString last;
    if (!records.empty()) {
        const JournalRecord& r = records.back();
        last = r.operation == QLatin1String("undo")   ? QCoreApplication::translate("Journal", "Undone: %1").arg(r.text)
               : r.operation == QLatin1String("redo") ? QCoreApplication::translate("Journal", "Redone: %1").arg(r.text)
                                                      : r.text;
    }
    QString text = QCoreApplication::translate("Journal", "%n unsaved change(s) to %1 from %2 (last: %3)", nullptr,
                                               int(records.size()))
                       .arg(QFileInfo(annotationPath).fileName(), QLocale().toString(lastWrite, QLocale::ShortFormat),
                            last);
    if (!movedFrom.isEmpty()) {
        const QString where = QDir::toNativeSeparators(movedFrom);
        text += QStringLiteral(". ")
                + QCoreApplication::translate("Journal",
                                              "They were made to the same file at %1, which is no longer there.")
                      .arg(where);
    }
    return text;
}

Journal::Journal() = default;

Journal::~Journal()
{
    if (m_file.isOpen()) {
        syncNow();
        m_file.close();
    }
}

QString Journal::pathFor(const QString& annotationPath)
{
    const QFileInfo dir(QFileInfo(annotationPath).absolutePath());
    if (dir.isWritable())
        return besidePath(annotationPath);
    const QString path = perUserPath(annotationPath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

bool Journal::open(const QString& journalPath, bool truncate, QString* error)
{
    if (m_file.isOpen())
        m_file.close();
    if (!m_lock || m_lock->fileName() != journalPath + QStringLiteral(".lock"))
        m_lock = tryLock(journalPath);
    if (!m_lock) {
        if (error)
            *error = Text::tr("%1 is in use by another running session.").arg(journalPath);
        return false;
    }
    m_file.setFileName(journalPath);
    const auto mode = QIODevice::WriteOnly | QIODevice::Unbuffered | (truncate ? QIODevice::Truncate : QIODevice::Append);
    if (!m_file.open(mode)) {
        if (error)
            *error = Text::tr("%1: cannot write the recovery journal (%2)").arg(journalPath, m_file.errorString());
        m_lock.reset();
        return false;
    }
    m_sinceSync.invalidate();
    return true;
}

bool Journal::start(const QString& annotationPath, QString* error)
{
    if (!open(pathFor(annotationPath), true, error))
        return false;
    m_sequence = 0;
    const json header = headerJson(annotationPath, FileIdentity::of(annotationPath));
    if (!writeLine(QByteArray::fromStdString(header.dump()), error))
        return false;
    syncNow();
    return true;
}

bool Journal::resume(const JournalRecovery& recovery, QString* error)
{
    if (!recovery.movedFrom.isEmpty())
        return adopt(recovery, error);
    if (!QFile::resize(recovery.journalPath, recovery.intactBytes) || !open(recovery.journalPath, false, error)) {
        if (error && error->isEmpty())
            *error = Text::tr("%1: cannot continue the recovery journal").arg(recovery.journalPath);
        return false;
    }
    m_sequence = recovery.records.empty() ? 0 : recovery.records.back().sequence;
    return true;
}

bool Journal::adopt(const JournalRecovery& recovery, QString* error)
{
    QFile old(recovery.journalPath);
    QByteArray intact;
    if (old.open(QIODevice::ReadOnly))
        intact = old.read(recovery.intactBytes);
    const qsizetype headerEnd = intact.indexOf('\n') + 1;
    if (intact.size() != recovery.intactBytes || headerEnd <= 0) {
        if (error)
            *error = Text::tr("%1: cannot continue the recovery journal").arg(recovery.journalPath);
        return false;
    }
    if (!start(recovery.annotationPath, error))
        return false;
    const QByteArray records = intact.sliced(headerEnd);   // lines whose checksums held when they were read
    if (m_file.write(records) != records.size()) {
        if (error)
            *error = writeFailure(m_file);
        return false;
    }
    syncNow();
    m_sequence = recovery.records.empty() ? 0 : recovery.records.back().sequence;
    if (const auto lock = tryLock(recovery.journalPath))
        QFile::remove(recovery.journalPath);   // lives on in this one
    return true;
}

bool Journal::append(JournalRecord record, QString* error)
{
    record.sequence = ++m_sequence;
    return writeLine(record.toJson(), error);
}

bool Journal::writeLine(const QByteArray& json, QString* error)
{
    const QByteArray line = QByteArray::number(crcOf(json), 16).rightJustified(8, '0') + ' ' + json + '\n';
    if (!m_file.isOpen() || m_file.write(line) != line.size()) {
        if (error)
            *error = writeFailure(m_file);
        return false;
    }
    if (!m_sinceSync.isValid() || m_sinceSync.elapsed() >= kSyncIntervalMs)
        syncNow();
    else
        m_syncPending = true;
    return true;
}

void Journal::sync()
{
    if (m_syncPending)
        syncNow();
}

void Journal::syncNow()
{
    if (!m_file.isOpen())
        return;
#ifdef Q_OS_WIN
    ::_commit(m_file.handle());
#else
    ::fsync(m_file.handle());
#endif
    m_sinceSync.start();
    m_syncPending = false;
}

void Journal::remove()
{
    if (m_file.isOpen())
        m_file.close();
    if (!m_file.fileName().isEmpty())
        QFile::remove(m_file.fileName());
    m_lock.reset();
    m_sequence = 0;
}

std::optional<JournalRecovery> Journal::read(const QString& journalPath, QString* error)
{
    QFile file(journalPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("%1: cannot read the recovery journal (%2)").arg(journalPath, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    JournalRecovery r;
    r.journalPath = journalPath;
    r.lastWrite = QFileInfo(journalPath).lastModified();
    qsizetype pos = 0;
    bool haveHeader = false;
    while (pos < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', pos);
        const auto payload = end < 0 ? std::nullopt : checkedLine(QByteArrayView(bytes).sliced(pos, end - pos));
        std::optional<JournalRecord> record;
        if (payload && haveHeader)
            record = JournalRecord::fromJson(*payload);
        if (!payload || (haveHeader ? !record : !readHeader(*payload, r)))
            break;
        if (record)
            r.records.push_back(std::move(*record));
        haveHeader = true;
        pos = end + 1;
        r.intactBytes = pos;
    }
    r.ignoredLines = int(bytes.sliced(pos).count('\n')) + (bytes.endsWith('\n') || pos == bytes.size() ? 0 : 1);
    if (!haveHeader) {
        if (error)
            *error = Text::tr("%1: not a recovery journal (no valid header)").arg(journalPath);
        return std::nullopt;
    }
    r.baseMatches = FileIdentity::of(r.annotationPath) == r.base;
    return r;
}

std::optional<JournalRecovery> Journal::findRecoverable(const QString& annotationPath, QString* error)
{
    const QStringList own = candidatePaths(annotationPath);
    for (const QString& path : own) {
        if (!QFileInfo::exists(path))
            continue;
        auto recovery = readIfFree(path, error);
        if (recovery && !recovery->records.empty())
            return recovery;
    }
    return findMoved(annotationPath, own);
}

std::optional<JournalRecovery> Journal::findMoved(const QString& annotationPath, const QStringList& own)
{
    QStringList paths = perUserFiles(QStringLiteral("journals"), QStringLiteral(".journal"));
    const QDir folder = QFileInfo(annotationPath).absoluteDir();
    for (const QFileInfo& info : folder.entryInfoList({QStringLiteral("*.journal")}, QDir::Files, QDir::Time))
        paths.append(info.absoluteFilePath());
    std::optional<FileIdentity> id;   // read once a journal's own file is found gone
    for (const QString& path : paths) {
        if (own.contains(path))
            continue;
        const auto header = headerOf(path);
        if (!header || header->annotationPath.isEmpty() || QFileInfo::exists(header->annotationPath))
            continue;   // not a journal, or its file is still there: its edits are that file's
        if (!id)
            id = FileIdentity::of(annotationPath);
        if (!header->base.sameContent(*id))
            continue;
        auto recovery = readIfFree(path, nullptr);
        if (!recovery || recovery->records.empty())
            continue;
        recovery->movedFrom = recovery->annotationPath;
        recovery->annotationPath = QFileInfo(annotationPath).absoluteFilePath();
        recovery->baseMatches = true;   // the same content, as far as size and fingerprint tell
        return recovery;
    }
    return std::nullopt;
}

bool Journal::discard(const QString& annotationPath)
{
    bool ok = true;
    for (const QString& path : candidatePaths(annotationPath)) {
        if (!QFileInfo::exists(path))
            continue;
        const auto lock = tryLock(path);
        ok = lock && QFile::remove(path) && ok;
    }
    return ok;
}

bool Journal::discard(const JournalRecovery& recovery)
{
    if (!QFileInfo::exists(recovery.journalPath))
        return true;
    const auto lock = tryLock(recovery.journalPath);
    return lock && QFile::remove(recovery.journalPath);
}

int Journal::replay(const JournalRecovery& recovery, AnnotationSet& set, ReviewState& review)
{
    JournalReplayer replayer(set, review);
    for (const JournalRecord& record : recovery.records)
        replayer.apply(record);
    return replayer.leftOut();
}

} // namespace curator
