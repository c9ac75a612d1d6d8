// libFuzzer target: the COCO reader on arbitrary bytes; whatever loads must save and load again
// to the same annotations (the writer's round-trip property).
#include "tools/fuzz/fuzztarget.h"
#include "model/io/cocoreader.h"
#include "model/io/cocowriter.h"


using namespace curator;

CURATOR_FUZZ_TARGET(coco)
{
    CocoReader::Options options;
    options.parallelMinBytes = 0; // exercise the two-thread split on small inputs too
    QString error;
    auto set = CocoReader::readBytes(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                     QStringLiteral("fuzz.json"), &error, options);
    if (!set) {
        CURATOR_FUZZ_REQUIRE(error.startsWith(QStringLiteral("fuzz.json: ")));
        return 0;
    }
    auto bytes = CocoWriter::toBytes(*set, &error);
    CURATOR_FUZZ_REQUIRE(bytes);
    auto again = CocoReader::readBytes(*bytes, QStringLiteral("again.json"), &error);
    CURATOR_FUZZ_REQUIRE(again && again->store.annotationCount() == set->store.annotationCount()
                         && again->store.imageCount() == set->store.imageCount());
    return 0;
}
