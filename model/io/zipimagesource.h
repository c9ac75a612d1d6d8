#pragma once

#include "model/io/imagesource.h"

#include <QHash>

#include <cstdint>
#include <memory>

namespace curator {

/**
 * An images.zip read in place with libzip, never extracted. The central directory is indexed once
 * when the archive is opened: every .tif/.tiff/.png entry is found by its base name whatever its
 * folder depth (LIVECell's images/livecell_train_val_images/<CellType>/x.tif as well as flat
 * copies); macOS metadata (__MACOSX/, ._*) is skipped. When a base name occurs more than once the
 * first entry in archive order wins and duplicateCount() tells how many were shadowed.
 *
 * Reads are thread-safe: each read borrows one of up to kMaxHandles independent libzip handles,
 * so several threads decompress in parallel.
 *
 * Decompression-bomb guard: an entry whose declared uncompressed size exceeds maxEntrySize()
 * (kDefaultMaxEntrySize, 256 MiB, by default) is refused without reading, and a read stops with an
 * error as soon as an entry yields more bytes than it declared. Corrupt entries (bad CRC, broken
 * deflate stream, short data) give an error naming the zip and the entry.
 */
class ZipImageSource : public ImageSource
{
public:
    static constexpr qint64 kDefaultMaxEntrySize = qint64(256) << 20;
    static constexpr int kMaxHandles = 8;

    ~ZipImageSource() override;

    /** Opens and indexes @p zipPath; nullptr and a message on failure. */
    static std::unique_ptr<ZipImageSource> open(const QString& zipPath, QString* error,
                                                qint64 maxEntrySize = kDefaultMaxEntrySize);

    QString path() const override { return m_path; }
    int count() const override { return int(m_index.size()); }
    QStringList baseNames() const override;
    bool contains(const QString& baseName) const override { return m_index.contains(baseName); }
    std::optional<QByteArray> read(const QString& baseName, QString* error) const override;

    /** Entries whose base name was already taken by an earlier entry (ignored). */
    int duplicateCount() const { return m_duplicates; }
    /** Path of @p baseName inside the archive, empty if unknown. */
    QString entryPath(const QString& baseName) const;
    qint64 maxEntrySize() const { return m_maxEntrySize; }

private:
    struct Entry
    {
        quint64 index = 0;
        qint64 size = -1;   ///< declared uncompressed size, -1 when the archive does not say
        QString path;       ///< full path inside the archive
    };
    struct HandlePool;

    ZipImageSource();
    void buildIndex(void* zip);
    std::optional<QByteArray> readEntry(void* zip, const Entry& entry, QString* error) const;

    QString m_path;
    qint64 m_maxEntrySize = kDefaultMaxEntrySize;
    QHash<QString, Entry> m_index;
    QStringList m_names;          ///< base names in archive order
    int m_duplicates = 0;
    std::unique_ptr<HandlePool> m_pool;
};

} // namespace curator
