#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace curator {

/** An image file's size and modification time: it changed when they did. */
struct ImageFileStamp
{
    qint64 size = -1;        ///< -1: no file of its own (inside a zip) or none there now
    qint64 modifiedMs = 0;
    bool operator==(const ImageFileStamp&) const = default;
};

/**
 * Where image files come from: an images.zip read in place or a plain folder. Files are found by
 * base name (e.g. "A172_Phase_C7_1_02d16h00m_2.tif") whatever their folder depth inside the source.
 * All methods are thread-safe.
 */
class ImageSource
{
public:
    virtual ~ImageSource() = default;

    /** The zip file or folder this source reads. */
    virtual QString path() const = 0;
    /** Number of distinct image base names found when indexing. */
    virtual int count() const = 0;
    virtual QStringList baseNames() const = 0;
    virtual bool contains(const QString& baseName) const = 0;
    /** The file's bytes, or nullopt with a message naming the source and entry. */
    virtual std::optional<QByteArray> read(const QString& baseName, QString* error) const = 0;
    /**
     * The stamp of @p baseName's own file now, to tell an image rewritten in place. The default stamp for
     * sources whose images are one file (an images.zip: its own identity tells a rewrite).
     */
    virtual ImageFileStamp fileStamp(const QString& /*baseName*/) const { return {}; }

    /** Opens a .zip (indexed once) or a folder (scanned recursively for .tif/.tiff/.png). */
    static std::unique_ptr<ImageSource> open(const QString& path, QString* error);
};

} // namespace curator
