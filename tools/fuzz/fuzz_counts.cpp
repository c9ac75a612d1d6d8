// libFuzzer target: the nuclear count benchmark's counts JSON (counts as strings or numbers).
#include "tools/fuzz/fuzztarget.h"
#include "model/nuclearcounts.h"

using namespace curator;

CURATOR_FUZZ_TARGET(counts)
{
    QString error;
    const auto counts = NuclearCounts::readBytes(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                                 QStringLiteral("counts.json"), &error);
    if (!counts) {
        CURATOR_FUZZ_REQUIRE(error.startsWith(QStringLiteral("counts.json"))); // a refusal names the file
        return 0;
    }
    for (const NuclearCount& c : counts->entries())
        CURATOR_FUZZ_REQUIRE(c.count >= 0); // the reader promises non-negative integer counts
    return 0;
}
