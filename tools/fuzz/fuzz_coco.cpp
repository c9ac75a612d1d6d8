// libFuzzer target: the COCO reader on arbitrary bytes; whatever loads must save and load again
// to the same annotations (the writer's round-trip property).
#include "model/io/cocoreader.h"
#include "model/io/cocowriter.h"

#include <cstdlib>

using namespace curator;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    CocoReader::Options options;
    options.parallelMinBytes = 0; // exercise the two-thread split on small inputs too
    QString error;
    auto set = CocoReader::readBytes(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                     QStringLiteral("fuzz.json"), &error, options);
    if (!set) {
        if (!error.startsWith(QStringLiteral("fuzz.json: ")))
            std::abort();
        return 0;
    }
    auto bytes = CocoWriter::toBytes(*set, &error);
    if (!bytes)
        std::abort();
    auto again = CocoReader::readBytes(*bytes, QStringLiteral("again.json"), &error);
    if (!again || again->store.annotationCount() != set->store.annotationCount()
        || again->store.imageCount() != set->store.imageCount())
        std::abort();
    return 0;
}
