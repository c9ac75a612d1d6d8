// libFuzzer target: LIVECell file-name metadata and cell-type aliases.
#include "tools/fuzz/fuzztarget.h"
#include "model/livecellname.h"


using namespace curator;

CURATOR_FUZZ_TARGET(filename)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const LivecellName name = LivecellName::parse(text);
    CURATOR_FUZZ_REQUIRE(!name.valid || (name.minutes >= 0 && !name.well.isEmpty() && !name.seriesKey().isEmpty()));
    cellTypeFromString(text);
    return 0;
}
