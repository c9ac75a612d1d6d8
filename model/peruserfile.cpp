#include "model/peruserfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace curator {

namespace {
QString folderPath(const QString& folder)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u'/' + folder;
}

QString fileNamed(const QString& key, const QString& folder, const QString& suffix)
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return folderPath(folder) + u'/' + QString::fromLatin1(hash) + suffix;
}
} // namespace

QString perUserFileFor(const QString& annotationPath, const QString& folder, const QString& suffix)
{
    const QFileInfo info(annotationPath);
    const QString canonical = info.canonicalFilePath();
    return fileNamed(canonical.isEmpty() ? info.absoluteFilePath() : canonical, folder, suffix);
}

QStringList perUserFileCandidates(const QString& annotationPath, const QString& folder, const QString& suffix)
{
    QStringList paths{perUserFileFor(annotationPath, folder, suffix)};
    const QString legacy = fileNamed(QFileInfo(annotationPath).absoluteFilePath(), folder, suffix);
    if (legacy != paths.front())
        paths.append(legacy);
    return paths;
}

QStringList perUserFiles(const QString& folder, const QString& suffix)
{
    const QDir dir(folderPath(folder));
    QStringList paths;
    for (const QFileInfo& info : dir.entryInfoList({u'*' + suffix}, QDir::Files, QDir::Time))
        paths.append(info.absoluteFilePath());
    return paths;
}

} // namespace curator
