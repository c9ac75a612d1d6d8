#include "model/peruserfile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStandardPaths>

namespace curator {

QString perUserFileFor(const QString& annotationPath, const QString& folder, const QString& suffix)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u'/' + folder;
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(annotationPath).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha1).toHex();
    return dir + u'/' + QString::fromLatin1(hash) + suffix;
}

} // namespace curator
