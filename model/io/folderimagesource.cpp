#include "model/io/folderimagesource.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <new>

namespace curator {

namespace {
/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::FolderImageSource)
};
} // namespace

std::unique_ptr<FolderImageSource> FolderImageSource::open(const QString& folder, QString* error, qint64 maxFileSize)
{
    const QFileInfo info(folder);
    if (!info.isDir() || !info.isReadable()) {
        if (error)
            *error = Text::tr("%1 is not a readable folder").arg(folder);
        return nullptr;
    }
    std::unique_ptr<FolderImageSource> source(new FolderImageSource);
    source->m_path = info.absoluteFilePath();
    source->m_maxFileSize = maxFileSize;
    source->scan();
    return source;
}

void FolderImageSource::scan()
{
    QStringList paths;
    QDirIterator it(m_path, {QStringLiteral("*.tif"), QStringLiteral("*.tiff"), QStringLiteral("*.png")},
                    QDir::Files | QDir::Readable, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileName().startsWith(u'.'))
            paths.append(path);
    }
    // Directory listing order is arbitrary; sorting makes "first wins" reproducible.
    std::sort(paths.begin(), paths.end());
    for (const QString& path : std::as_const(paths)) {
        const QString base = QFileInfo(path).fileName();
        if (m_index.contains(base)) {
            ++m_duplicates;
            continue;
        }
        m_index.insert(base, path);
        m_names.append(base);
    }
}

ImageFileStamp FolderImageSource::fileStamp(const QString& baseName) const
{
    const QFileInfo info(m_index.value(baseName));
    if (!info.exists() || !info.isFile())
        return {};
    return {info.size(), info.lastModified().toMSecsSinceEpoch()};
}

std::optional<QByteArray> FolderImageSource::read(const QString& baseName, QString* error) const
{
    const QString path = m_index.value(baseName);
    if (path.isEmpty()) {
        if (error)
            *error = Text::tr("%1 is not in the folder %2").arg(baseName, m_path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > m_maxFileSize) {
        if (error)
            *error = Text::tr("%1 has %2 bytes, more than the limit of %3 bytes; refused")
                         .arg(path).arg(file.size()).arg(m_maxFileSize);
        return std::nullopt;
    }
    QByteArray bytes;
    try {
        bytes = file.readAll();
    } catch (const std::bad_alloc&) {
        if (error)
            *error = Text::tr("Cannot read %1: not enough memory for its %L2 bytes").arg(path).arg(file.size());
        return std::nullopt;
    }
    if (bytes.size() != file.size()) {
        if (error)
            *error = Text::tr("Cannot read %1 completely: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return bytes;
}

} // namespace curator
