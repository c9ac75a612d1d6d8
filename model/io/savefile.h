#pragma once

#include <QByteArray>
#include <QString>

namespace curator {

/**
 * Writes @p bytes to @p path through QSaveFile: the file appears whole or not at all, and a failed
 * write leaves the previous file at @p path intact. On failure returns false and, where @p error is
 * set, a translated message naming the file and the system's reason: "PATH: cannot write (REASON)".
 */
bool saveFile(const QString& path, const QByteArray& bytes, QString* error);

} // namespace curator
