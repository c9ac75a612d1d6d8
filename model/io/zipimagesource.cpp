#include "model/io/zipimagesource.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

#include <condition_variable>
#include <mutex>
#include <new>
#include <vector>

namespace curator {

namespace {

/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::ZipImageSource)
};

zip_t* openArchive(const QString& path, QString* error)
{
    int code = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!zip && error) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, code);
        *error = Text::tr("Cannot open the zip archive %1: %2").arg(path, QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
    }
    return zip;
}

bool isImageName(const QString& name)
{
    return name.endsWith(u".tif", Qt::CaseInsensitive) || name.endsWith(u".tiff", Qt::CaseInsensitive)
        || name.endsWith(u".png", Qt::CaseInsensitive);
}

} // namespace

/** Independent libzip handles on one archive; a zip_t is used by one thread at a time. */
struct ZipImageSource::HandlePool
{
    QString path;
    std::mutex mutex;
    std::condition_variable available;
    std::vector<zip_t*> idle;
    int opened = 0;

    ~HandlePool()
    {
        for (zip_t* z : idle)
            zip_discard(z);
    }

    zip_t* acquire(QString* error)
    {
        std::unique_lock lock(mutex);
        available.wait(lock, [this] { return !idle.empty() || opened < kMaxHandles; });
        if (!idle.empty()) {
            zip_t* z = idle.back();
            idle.pop_back();
            return z;
        }
        ++opened;
        lock.unlock();
        zip_t* z = openArchive(path, error);
        if (!z) {
            lock.lock();
            --opened;
            available.notify_one();
        }
        return z;
    }

    void release(zip_t* z)
    {
        {
            std::lock_guard lock(mutex);
            idle.push_back(z);
        }
        available.notify_one();
    }
};

ZipImageSource::ZipImageSource() : m_pool(std::make_unique<HandlePool>()) {}

ZipImageSource::~ZipImageSource() = default;

std::unique_ptr<ZipImageSource> ZipImageSource::open(const QString& zipPath, QString* error, qint64 maxEntrySize)
{
    zip_t* zip = openArchive(zipPath, error);
    if (!zip)
        return nullptr;
    std::unique_ptr<ZipImageSource> source(new ZipImageSource);
    source->m_path = zipPath;
    source->m_maxEntrySize = maxEntrySize;
    source->m_pool->path = zipPath;
    source->m_pool->opened = 1;
    source->buildIndex(zip);
    source->m_pool->idle.push_back(zip);
    return source;
}

void ZipImageSource::buildIndex(void* handle)
{
    auto* zip = static_cast<zip_t*>(handle);
    const zip_int64_t n = zip_get_num_entries(zip, 0);
    m_index.reserve(qsizetype(std::max<zip_int64_t>(n, 0)));
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        if (zip_stat_index(zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
            continue;
        const QString path = QString::fromUtf8(st.name);
        const QString base = path.section(u'/', -1).section(u'\\', -1);
        if (base.isEmpty() || base.startsWith(u"._") || path.startsWith(u"__MACOSX/") || !isImageName(base))
            continue;
        if (m_index.contains(base)) {
            ++m_duplicates;
            continue;
        }
        const qint64 size = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : -1;
        m_index.insert(base, Entry{zip_uint64_t(i), size, path});
        m_names.append(base);
    }
}

QStringList ZipImageSource::baseNames() const { return m_names; }

QString ZipImageSource::entryPath(const QString& baseName) const
{
    const auto it = m_index.constFind(baseName);
    return it == m_index.cend() ? QString() : it->path;
}

std::optional<QByteArray> ZipImageSource::read(const QString& baseName, QString* error) const
{
    const auto it = m_index.constFind(baseName);
    if (it == m_index.cend()) {
        if (error)
            *error = Text::tr("%1 is not in the zip archive %2").arg(baseName, m_path);
        return std::nullopt;
    }
    if (it->size < 0 || it->size > m_maxEntrySize) {
        if (error)
            *error = Text::tr("%1: entry %2 declares %3 bytes, more than the limit of %4 bytes; refused "
                              "(possible decompression bomb)").arg(m_path, it->path).arg(it->size).arg(m_maxEntrySize);
        return std::nullopt;
    }
    zip_t* zip = m_pool->acquire(error);
    if (!zip)
        return std::nullopt;
    std::optional<QByteArray> bytes = readEntry(zip, *it, error);
    m_pool->release(zip);
    return bytes;
}

std::optional<QByteArray> ZipImageSource::readEntry(void* handle, const Entry& entry, QString* error) const
{
    auto* zip = static_cast<zip_t*>(handle);
    auto fail = [&](const QString& why) -> std::optional<QByteArray> {
        if (error)
            *error = Text::tr("%1: entry %2 cannot be read: %3").arg(m_path, entry.path, why);
        return std::nullopt;
    };
    QByteArray bytes;
    try {
        bytes = QByteArray(qsizetype(entry.size), Qt::Uninitialized);
    } catch (const std::bad_alloc&) {
        return fail(Text::tr("not enough memory for its %L1 bytes").arg(entry.size));
    }
    zip_file_t* file = zip_fopen_index(zip, entry.index, 0);
    if (!file)
        return fail(QString::fromUtf8(zip_strerror(zip)));
    qint64 got = 0;
    while (got < entry.size) {
        const zip_int64_t n = zip_fread(file, bytes.data() + got, zip_uint64_t(entry.size - got));
        if (n <= 0)
            break;
        got += n;
    }
    char extra = 0;
    const zip_int64_t more = got == entry.size ? zip_fread(file, &extra, 1) : 0;
    const QString zipMessage = QString::fromUtf8(zip_file_strerror(file));
    const bool failed = zip_error_code_zip(zip_file_get_error(file)) != ZIP_ER_OK;
    const int closeError = zip_fclose(file);
    if (more > 0)
        return fail(Text::tr("it holds more than the %1 bytes it declares; reading stopped (possible "
                             "decompression bomb)").arg(entry.size));
    if (failed || more < 0 || closeError != 0)
        return fail(Text::tr("corrupt data (%1)").arg(zipMessage));
    if (got != entry.size)
        return fail(Text::tr("only %1 of %2 declared bytes could be read").arg(got).arg(entry.size));
    return bytes;
}

} // namespace curator
