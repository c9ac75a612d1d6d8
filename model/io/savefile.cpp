#include "model/io/savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace curator {

bool saveFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("curator::SaveFile", "%1: cannot write (%2)").arg(path, file.errorString());
    return false;
}

} // namespace curator
