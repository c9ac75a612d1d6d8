#include "model/io/cocoreader.h"

#include "model/io/cocoparser.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <new>

namespace curator {

namespace {
/** The translation context of this file's messages. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::CocoReader)
};

std::unique_ptr<AnnotationSet> parse(std::shared_ptr<SourceBuffer> source, const QString& path, QString* error,
                                     const CocoReader::Options& options)
{
    auto set = std::make_unique<AnnotationSet>();
    set->info = SetInfo::classify(path);
    detail::CocoParser parser(*source, *set, options);
    if (!parser.parse()) {
        if (error)
            *error = parser.errorMessage();
        return nullptr;
    }
    if (set->layout.bareResultsList)
        set->info.kind = SetKind::Results;
    set->store.setSource(std::move(source));
    return set;
}

/** What reading @p path, of @p bytes, says where memory runs out. */
QString outOfMemory(const QString& path, qint64 bytes)
{
    const double megabytes = double(bytes) / (1 << 20);
    return Text::tr("%1: not enough memory to read this file of %L2 MB").arg(path).arg(megabytes, 0, 'f', 1);
}

/** parse(), but running out of memory (a full-scale split on a small machine) is an error, not an end. */
std::unique_ptr<AnnotationSet> parseSource(std::shared_ptr<SourceBuffer> source, const QString& path,
                                           QString* error, const CocoReader::Options& options)
{
    const qint64 bytes = qint64(source->size());
    try {
        return parse(std::move(source), path, error, options);
    } catch (const std::bad_alloc&) {
        if (error)
            *error = outOfMemory(path, bytes);
        return nullptr;
    }
}
} // namespace

std::unique_ptr<AnnotationSet> CocoReader::readFile(const QString& path, QString* error, const Options& options)
{
    std::shared_ptr<SourceBuffer> source;
    try {
        source = SourceBuffer::mapFile(path, error);
    } catch (const std::bad_alloc&) {
        if (error)
            *error = outOfMemory(path, QFileInfo(path).size());
        return nullptr;
    }
    if (!source)
        return nullptr;
    return parseSource(std::move(source), path, error, options);
}

std::unique_ptr<AnnotationSet> CocoReader::readBytes(QByteArray bytes, const QString& name, QString* error,
                                                     const Options& options)
{
    const qint64 size = bytes.size();
    std::shared_ptr<SourceBuffer> source;
    try {
        source = SourceBuffer::fromBytes(std::move(bytes), name);
    } catch (const std::bad_alloc&) {
        if (error)
            *error = outOfMemory(name, size);
        return nullptr;
    }
    return parseSource(std::move(source), name, error, options);
}

} // namespace curator
