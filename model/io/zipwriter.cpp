#include "model/io/zipwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <zip.h>

#include <cstring>
#include <deque>
#include <exception>
#include <new>

namespace curator {

namespace {

/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::ZipWriter)
};

// 2021-01-19, LIVECell's release date: fixed so that the same entries give the same archive.
constexpr time_t kEntryTime = 1611014400;

/** An entry whose bytes exist only between libzip's OPEN and CLOSE of its source. */
struct ProducedEntry
{
    ZipWriter::Producer producer;
    QString name;
    QString* firstError = nullptr;
    QByteArray bytes;
    qint64 pos = 0;
    bool produced = false;
    zip_error_t error;
};

bool produce(ProducedEntry* e)
{
    if (e->produced)
        return true;
    QString message;
    bool ok = false;
    try {   // nothing may leave a libzip callback: it would unwind through C
        ok = e->producer(&e->bytes, &message);
    } catch (const std::bad_alloc&) {
        e->bytes = QByteArray();
        message = Text::tr("%1: not enough memory to make it").arg(e->name);
    } catch (const std::exception& failure) {
        e->bytes = QByteArray();
        message = QStringLiteral("%1: %2").arg(e->name, QString::fromLocal8Bit(failure.what()));
    }
    if (!ok) {
        if (e->firstError->isEmpty())
            *e->firstError = message;
        zip_error_set(&e->error, ZIP_ER_INTERNAL, 0);
        return false;
    }
    e->produced = true;
    return true;
}

zip_int64_t stat(ProducedEntry* e, void* data, zip_uint64_t len)
{
    auto* st = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, len, &e->error);
    if (!st)
        return -1;
    zip_stat_init(st);
    st->mtime = kEntryTime;
    st->valid |= ZIP_STAT_MTIME;
    if (e->produced) {
        st->size = zip_uint64_t(e->bytes.size());
        st->valid |= ZIP_STAT_SIZE;
    }
    return sizeof(zip_stat_t);
}

zip_int64_t producedCallback(void* user, void* data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    auto* e = static_cast<ProducedEntry*>(user);
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        e->pos = 0;
        return produce(e) ? 0 : -1;
    case ZIP_SOURCE_READ: {
        const auto n = std::min<zip_uint64_t>(len, zip_uint64_t(e->bytes.size() - e->pos));
        std::memcpy(data, e->bytes.constData() + e->pos, n);
        e->pos += qint64(n);
        return zip_int64_t(n);
    }
    case ZIP_SOURCE_CLOSE:
        e->bytes = QByteArray();
        e->produced = false;
        return 0;
    case ZIP_SOURCE_STAT:
        return stat(e, data, len);
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&e->error, data, len);
    case ZIP_SOURCE_FREE:
        zip_error_fini(&e->error);
        delete e;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
        zip_error_set(&e->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

} // namespace

struct ZipWriter::State
{
    zip_t* zip = nullptr;
    QString path;
    QString producerError;
    std::deque<QByteArray> buffers; // referenced by libzip until close
};

ZipWriter::ZipWriter() : m_state(std::make_unique<State>()) {}

ZipWriter::~ZipWriter() { discard(); }

bool ZipWriter::isOpen() const { return m_state->zip != nullptr; }

bool ZipWriter::open(const QString& path, QString* error)
{
    discard();
    int code = 0;
    m_state->zip = zip_open(QFile::encodeName(QDir::toNativeSeparators(path)).constData(),
                            ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!m_state->zip) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, code);
        if (error)
            *error = Text::tr("Cannot create the zip archive %1: %2").arg(path, QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return false;
    }
    m_state->path = path;
    return true;
}

bool ZipWriter::add(const QString& name, const QByteArray& bytes, Method method, QString* error)
{
    if (!isOpen())
        return false;
    m_state->buffers.push_back(bytes);
    const QByteArray& kept = m_state->buffers.back();
    zip_source_t* src = zip_source_buffer(m_state->zip, kept.constData(), zip_uint64_t(kept.size()), 0);
    return addSource(name, src, method, error);
}

bool ZipWriter::addProduced(const QString& name, Producer producer, Method method, QString* error)
{
    if (!isOpen())
        return false;
    auto* entry = new ProducedEntry;
    entry->producer = std::move(producer);
    entry->name = name;
    entry->firstError = &m_state->producerError;
    zip_error_init(&entry->error);
    zip_source_t* src = zip_source_function(m_state->zip, producedCallback, entry);
    if (!src) {
        zip_error_fini(&entry->error);
        delete entry;
    }
    return addSource(name, src, method, error);
}

bool ZipWriter::addSource(const QString& name, void* source, Method method, QString* error)
{
    auto* src = static_cast<zip_source_t*>(source);
    const QByteArray utf8 = name.toUtf8();
    const zip_int64_t index = src ? zip_file_add(m_state->zip, utf8.constData(), src, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
        if (src)
            zip_source_free(src);
        if (error)
            *error = Text::tr("Cannot add %1 to the zip archive %2: %3")
                         .arg(name, m_state->path, QString::fromUtf8(zip_strerror(m_state->zip)));
        return false;
    }
    zip_set_file_compression(m_state->zip, zip_uint64_t(index), method == Method::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    zip_file_set_mtime(m_state->zip, zip_uint64_t(index), kEntryTime, 0);
    return true;
}

bool ZipWriter::close(QString* error)
{
    if (!isOpen()) {
        if (error)
            *error = Text::tr("No zip archive is open");
        return false;
    }
    const bool ok = zip_close(m_state->zip) == 0;
    if (!ok && error) {
        QString why = m_state->producerError.isEmpty() ? QString::fromUtf8(zip_strerror(m_state->zip))
                                                       : m_state->producerError;
        *error = Text::tr("Cannot write the zip archive %1: %2").arg(m_state->path, why);
    }
    if (!ok)
        zip_discard(m_state->zip);
    m_state->zip = nullptr;
    m_state->buffers.clear();
    m_state->producerError.clear();
    return ok;
}

void ZipWriter::discard()
{
    if (m_state->zip)
        zip_discard(m_state->zip);
    m_state->zip = nullptr;
    m_state->buffers.clear();
    m_state->producerError.clear();
}

} // namespace curator
