#pragma once

#include "model/io/imagesource.h"

#include <QHash>

#include <memory>

namespace curator {

/**
 * A plain folder of images, scanned recursively once when opened for .tif/.tiff/.png files (case
 * of the extension ignored; hidden files and macOS "._" files skipped). Files are found by base
 * name whatever their depth; when a base name occurs more than once, the first path in sorted order
 * wins and duplicateCount() tells how many were shadowed. Reads open the file afresh each time, so
 * they are thread-safe; files larger than maxFileSize() (256 MiB by default) are refused.
 */
class FolderImageSource : public ImageSource
{
public:
    static constexpr qint64 kDefaultMaxFileSize = qint64(256) << 20;

    /** Scans @p folder; nullptr and a message when it is not a readable folder. */
    static std::unique_ptr<FolderImageSource> open(const QString& folder, QString* error,
                                                   qint64 maxFileSize = kDefaultMaxFileSize);

    QString path() const override { return m_path; }
    int count() const override { return int(m_index.size()); }
    QStringList baseNames() const override { return m_names; }
    bool contains(const QString& baseName) const override { return m_index.contains(baseName); }
    std::optional<QByteArray> read(const QString& baseName, QString* error) const override;
    ImageFileStamp fileStamp(const QString& baseName) const override;

    /** Files whose base name was already taken by an earlier file (ignored). */
    int duplicateCount() const { return m_duplicates; }
    /** Absolute path of @p baseName, empty if unknown. */
    QString filePath(const QString& baseName) const { return m_index.value(baseName); }
    qint64 maxFileSize() const { return m_maxFileSize; }

private:
    FolderImageSource() = default;
    void scan();

    QString m_path;
    qint64 m_maxFileSize = kDefaultMaxFileSize;
    QHash<QString, QString> m_index;   ///< base name → absolute path
    QStringList m_names;               ///< base names in sorted path order
    int m_duplicates = 0;
};

} // namespace curator
