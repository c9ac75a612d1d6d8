#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

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
bool saveFileInChunks(const QString& path, const std::function<bool(const WriteChunk&)>& produce, QString* error);

} // namespace curator
