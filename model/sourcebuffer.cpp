#include "model/sourcebuffer.h"

#include <QCoreApplication>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace curator {

namespace {
std::int64_t modifiedNs(const struct stat& st)
{
    return std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}
} // namespace

SourceBuffer::~SourceBuffer()
{
    if (m_fd >= 0) {
        if (m_size > 0)
            ::munmap(const_cast<char*>(m_data), m_size);
        ::close(m_fd);
    }
}

std::shared_ptr<SourceBuffer> SourceBuffer::mapFile(const QString& path, QString* error)
{
    std::shared_ptr<SourceBuffer> buf(new SourceBuffer);   // before the file is open: std::bad_alloc leaks nothing
    const QByteArray native = path.toLocal8Bit();
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = QCoreApplication::translate("SourceBuffer", "%1: cannot open file (%2)")
                         .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return nullptr;
    }
    struct stat st{};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        if (error)
            *error = QCoreApplication::translate("SourceBuffer", "%1: not a regular file").arg(path);
        return nullptr;
    }
    buf->m_fd = fd;
    buf->m_name = path;
    buf->m_size = static_cast<std::size_t>(st.st_size);
    buf->m_modifiedNs = modifiedNs(st);
    if (buf->m_size == 0) {
        buf->m_data = "";
        return buf;
    }
    void* p = ::mmap(nullptr, buf->m_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED) {
        buf->m_size = 0;
        if (error)
            *error = QCoreApplication::translate("SourceBuffer", "%1: cannot map file (%2)")
                         .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return nullptr;
    }
    ::madvise(p, buf->m_size, MADV_SEQUENTIAL);
    buf->m_data = static_cast<const char*>(p);
    return buf;
}

std::shared_ptr<SourceBuffer> SourceBuffer::fromBytes(QByteArray bytes, QString name)
{
    std::shared_ptr<SourceBuffer> buf(new SourceBuffer);
    buf->m_bytes = std::move(bytes);
    buf->m_data = buf->m_bytes.constData();
    buf->m_size = static_cast<std::size_t>(buf->m_bytes.size());
    buf->m_name = std::move(name);
    return buf;
}

void SourceBuffer::releaseResident(std::size_t from, std::size_t to) const
{
    if (m_fd < 0 || m_size == 0)
        return;
    const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    from = (from + page - 1) / page * page;
    to = std::min(to, m_size) / page * page;
    if (to > from)
        ::madvise(const_cast<char*>(m_data) + from, to - from, MADV_DONTNEED);
}

bool SourceBuffer::isIntact() const
{
    if (m_fd < 0)
        return true;
    struct stat st{};
    return ::fstat(m_fd, &st) == 0 && static_cast<std::size_t>(st.st_size) == m_size && modifiedNs(st) == m_modifiedNs;
}

bool SourceBuffer::isFileAt(const QString& path) const
{
    struct stat mapped{}, there{};
    return m_fd >= 0 && ::fstat(m_fd, &mapped) == 0 && ::stat(path.toLocal8Bit().constData(), &there) == 0
           && mapped.st_dev == there.st_dev && mapped.st_ino == there.st_ino && isIntact();
}

} // namespace curator
