#pragma once

#include <QByteArray>
#include <QString>

namespace curator {

/** One CSV field in UTF-8, quoted (with doubled quotes) when it holds a comma, quote or line break (RFC 4180). */
QByteArray csvField(const QString& text);

} // namespace curator
