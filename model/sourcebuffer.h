#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

namespace curator {

/** A byte range inside a SourceBuffer. */
struct SourceSpan
{
    std::uint64_t offset = 0;
    std::uint32_t length = 0;
    bool isEmpty() const { return length == 0; }
};

/**
 * The bytes of a file that was read, kept so that unedited objects can be written back exactly as
 * they were. Files are memory-mapped read-only: after parsing, the pages are released from the
 * resident set (madvise) and cost address space only. The mapping keeps the original inode alive,
 * so saving over the same path (rename) does not disturb it.
 */
class SourceBuffer
{
public:
    ~SourceBuffer();
    SourceBuffer(const SourceBuffer&) = delete;
    SourceBuffer& operator=(const SourceBuffer&) = delete;

    /** Maps @p path; nullptr and a message in @p error on failure. */
    static std::shared_ptr<SourceBuffer> mapFile(const QString& path, QString* error);
    /** Wraps bytes already in memory (tests, zip entries). */
    static std::shared_ptr<SourceBuffer> fromBytes(QByteArray bytes, QString name = {});

    std::string_view text() const { return {m_data, m_size}; }
    std::string_view slice(SourceSpan s) const { return {m_data + s.offset, s.length}; }
    const char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    QString name() const { return m_name; }

    /** Drops pages in [0, upTo) from the resident set; no-op for in-memory buffers. */
    void releaseResident(std::size_t upTo) const { releaseResident(0, upTo); }
    /** Drops whole pages inside [from, to) from the resident set. */
    void releaseResident(std::size_t from, std::size_t to) const;
    /**
     * False if the mapped file was written to since it was mapped: shorter (reading would fault), or
     * rewritten in place (as Python's open(path, "w") does), which a private mapping shows too once its
     * pages were released. Replacing the file by a new one (a rename, as saving does) leaves it intact.
     */
    bool isIntact() const;
    /** True if @p path is the very file this buffer maps (same inode) and it is intact. */
    bool isFileAt(const QString& path) const;

private:
    SourceBuffer() = default;
    const char* m_data = nullptr;
    std::size_t m_size = 0;
    int m_fd = -1;
    std::int64_t m_modifiedNs = 0;   // the file's modification time when mapped
    QByteArray m_bytes;
    QString m_name;
};

} // namespace curator
