// libFuzzer target: TIFF decoding from memory.
#include "tools/fuzz/fuzztarget.h"
#include "model/io/tiffcodec.h"


using namespace curator;

CURATOR_FUZZ_TARGET(tiff)
{
    QString error;
    const auto image = TiffCodec::decode(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                         QStringLiteral("fuzz.tif"), &error);
    CURATOR_FUZZ_REQUIRE(image || error.contains(QStringLiteral("fuzz.tif")));
    CURATOR_FUZZ_REQUIRE(!image || (image->width() <= TiffCodec::kMaxSide && image->height() <= TiffCodec::kMaxSide));
    return 0;
}
