// libFuzzer target: LIVECell file-name metadata and cell-type aliases.
#include "model/livecellname.h"

#include <cstdlib>

using namespace curator;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const LivecellName name = LivecellName::parse(text);
    if (name.valid && (name.minutes < 0 || name.well.isEmpty() || name.seriesKey().isEmpty()))
        std::abort();
    cellTypeFromString(text);
    return 0;
}
