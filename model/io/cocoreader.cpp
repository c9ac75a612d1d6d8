#include "model/io/cocoreader.h"

#include "model/io/cocoparser.h"

namespace curator {

namespace {
std::unique_ptr<AnnotationSet> parseSource(std::shared_ptr<SourceBuffer> source, const QString& path,
                                           QString* error, const CocoReader::Options& options)
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
