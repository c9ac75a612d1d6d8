#include "model/io/imagesource.h"

#include "model/io/folderimagesource.h"
#include "model/io/zipimagesource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace curator {

namespace {

/** Zip files start with a local file header, or with the end record when empty. */
bool looksLikeZip(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray magic = file.read(4);
    return magic == QByteArrayLiteral("PK\x03\x04") || magic == QByteArrayLiteral("PK\x05\x06");
}

} // namespace

std::unique_ptr<ImageSource> ImageSource::open(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = QCoreApplication::translate("ImageSource", "%1 does not exist").arg(path);
        return nullptr;
    }
    if (info.isDir())
        return FolderImageSource::open(path, error);
    if (info.suffix().compare(u"zip", Qt::CaseInsensitive) == 0 || looksLikeZip(path))
        return ZipImageSource::open(path, error);
    if (error)
        *error = QCoreApplication::translate("ImageSource",
                                             "%1 is neither a zip archive nor a folder of images").arg(path);
    return nullptr;
}

} // namespace curator
