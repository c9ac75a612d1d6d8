#include "model/io/cocoreader.h"

#include "model/io/cocoparser.h"

#include <QCoreApplication>

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

/** parse(), but running out of memory (a full-scale split on a small machine) is an error, not an end. */
std::unique_ptr<AnnotationSet> parseSource(std::shared_ptr<SourceBuffer> source, const QString& path,
                                           QString* error, const CocoReader::Options& options)
{
    const double megabytes = double(source->size()) / (1 << 20);
    try {
        return parse(std::move(source), path, error, options);
    } catch (const std::bad_alloc&) {
        if (error)
            *error = Text::tr("%1: not enough memory to read this file of %L2 MB").arg(path).arg(megabytes, 0, 'f', 1);
        return nullptr;
    }
}
} // namespace

std::unique_ptr<AnnotationSet> CocoReader::readFile(const QString& path, QString* error, const Options& options)
{
    std::shared_ptr<SourceBuffer> source = SourceBuffer::mapFile(path, error);
    if (!source)
        return nullptr;
    return parseSource(std::move(source), path, error, options);
}

std::unique_ptr<AnnotationSet> CocoReader::readBytes(QByteArray bytes, const QString& name, QString* error,
                                                     const Options& options)
{
    return parseSource(SourceBuffer::fromBytes(std::move(bytes), name), name, error, options);
}

} // namespace curator
