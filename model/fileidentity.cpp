#include "model/fileidentity.h"

#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#include <algorithm>

namespace curator {

namespace {
constexpr qint64 kFingerprintBytes = 64 * 1024;

quint32 crcOf(const QByteArray& bytes, quint32 crc = 0)
{
    return quint32(::crc32(crc, reinterpret_cast<const Bytef*>(bytes.constData()), uInt(bytes.size())));
}
} // namespace

FileIdentity FileIdentity::of(const QString& path)
{
    FileIdentity id;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return id;
    id.size = file.size();
    id.modifiedMs = QFileInfo(path).lastModified().toMSecsSinceEpoch();
    quint32 crc = crcOf(file.read(kFingerprintBytes));
    if (id.size > kFingerprintBytes && file.seek(std::max(kFingerprintBytes, id.size - kFingerprintBytes)))
        crc = crcOf(file.read(kFingerprintBytes), crc);
    id.fingerprint = crc;
    return id;
}

} // namespace curator
