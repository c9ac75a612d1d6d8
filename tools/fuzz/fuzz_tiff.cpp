// libFuzzer target: TIFF decoding from memory.
#include "model/io/tiffcodec.h"

#include <cstdlib>

using namespace curator;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const auto image = TiffCodec::decode(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                         QStringLiteral("fuzz.tif"), &error);
    if (!image && !error.contains(QStringLiteral("fuzz.tif")))
        std::abort();
    if (image && (image->width() > TiffCodec::kMaxSide || image->height() > TiffCodec::kMaxSide))
        std::abort();
    return 0;
}
