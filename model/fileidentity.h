#pragma once

#include <QString>
#include <QtGlobal>

namespace curator {

/**
 * Which file a journal, a review sidecar or a cached model run belongs to: its size, modification
 * time and a CRC-32 of its first and last 64 KiB (cheap for a file of any size).
 */
struct FileIdentity
{
    qint64 size = -1;
    qint64 modifiedMs = 0;
    quint32 fingerprint = 0;

    /** The identity of the file at @p path; size -1 where it cannot be read. */
    static FileIdentity of(const QString& path);
    bool operator==(const FileIdentity&) const = default;
    /** The same bytes, as far as size and fingerprint tell (a copy or a move may change the time). */
    bool sameContent(const FileIdentity& other) const
    {
        return size >= 0 && size == other.size && fingerprint == other.fingerprint;
    }
};

} // namespace curator
