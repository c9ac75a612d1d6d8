#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <new>
#include <utility>

namespace curator {

/**
 * Writes @p bytes to @p path through QSaveFile: the file appears whole or not at all, and a failed
 * write leaves the previous file at @p path intact. On failure returns false and, where @p error is
 * set, a translated message naming the file and the system's reason: "PATH: cannot write (REASON)".
 */
bool saveFile(const QString& path, const QByteArray& bytes, QString* error);

/** Hands one piece of a file being written to it; false once writing failed (later pieces are dropped). */
using WriteChunk = std::function<bool(QByteArrayView)>;

/**
 * saveFile() for files too large to build in memory first: @p produce writes the file in pieces
 * through the WriteChunk it is given, and may return false as soon as a piece failed to stop early. Running
 * out of memory in @p produce (std::bad_alloc) abandons it too, with "PATH: not enough memory to write
 * it; the previous file is unchanged". Whatever fails, the previous file at @p path stays as it was.
 */
template <typename Produce>
bool saveFileInChunks(const QString& path, Produce&& produce, QString* error);

/** saveFileInChunks() of a std::function. */
bool writeFileInChunks(const QString& path, const std::function<bool(const WriteChunk&)>& produce, QString* error);
/** False, with saveFileInChunks()'s message for running out of memory in @p error (where set). */
bool notEnoughMemoryToSave(const QString& path, QString* error);

template <typename Produce>
bool saveFileInChunks(const QString& path, Produce&& produce, QString* error)
{
    try {   // making the std::function may allocate too
        return writeFileInChunks(path, std::function<bool(const WriteChunk&)>(std::forward<Produce>(produce)), error);
    } catch (const std::bad_alloc&) {
        return notEnoughMemoryToSave(path, error);
    }
}

} // namespace curator
