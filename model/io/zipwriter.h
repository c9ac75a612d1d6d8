#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace curator {

/**
 * Writes a zip archive with libzip: entries from bytes, or produced on demand while the archive is
 * written (so that thousands of generated images never sit in memory together). libzip writes
 * to a temporary file and renames it over @p path in close(), so a failed or abandoned writer
 * leaves no partial archive. Not thread-safe; use from one thread.
 */
class ZipWriter
{
public:
    enum class Method { Store, Deflate };
    /** Produces an entry's bytes; returns false and sets the message to abort the archive. */
    using Producer = std::function<bool(QByteArray* bytes, QString* error)>;

    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    /** Creates (or truncates) the archive at @p path; false with a message on failure. */
    bool open(const QString& path, QString* error);
    bool isOpen() const;

    /**
     * Adds @p name (a path inside the archive with '/' separators) with @p bytes. The bytes are
     * kept until close(). Entry timestamps are fixed so that equal input gives equal archives.
     */
    bool add(const QString& name, const QByteArray& bytes, Method method, QString* error);
    /** Adds @p name whose bytes @p producer makes when close() writes this entry. */
    bool addProduced(const QString& name, Producer producer, Method method, QString* error);

    /** Writes the archive. False with a message (naming the archive) if anything failed. */
    bool close(QString* error);
    /** Drops everything added and leaves no file behind. */
    void discard();

private:
    bool addSource(const QString& name, void* source, Method method, QString* error);

    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace curator
