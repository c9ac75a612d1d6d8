// libFuzzer target: COCO compressed RLE decoding, encoding and polygon rasterisation.
#include "tools/fuzz/fuzztarget.h"
#include "model/io/rle.h"

#include <cstring>

using namespace curator;

CURATOR_FUZZ_TARGET(rle)
{
    if (size < 2)
        return 0;
    const int h = data[0] % 64, w = data[1] % 64;
    const std::string_view counts(reinterpret_cast<const char*>(data + 2), size - 2);
    const Rle r = Rle::fromString(counts, h, w);
    if (r.isConsistent()) {
        const std::vector<quint8> mask = r.toMask();
        CURATOR_FUZZ_REQUIRE(mask.size() == std::size_t(h) * std::size_t(w));
        CURATOR_FUZZ_REQUIRE(Rle::fromMask(mask, h, w).toMask() == mask);
        CURATOR_FUZZ_REQUIRE(Rle::fromString(r.toString(), h, w).toMask() == mask);
    }
    // The same bytes as polygon coordinates (doubles), rasterised the COCO way.
    std::vector<double> xy((size - 2) / sizeof(double));
    if (!xy.empty())
        std::memcpy(xy.data(), data + 2, xy.size() * sizeof(double));
    for (double& v : xy) {
        if (!(std::abs(v) < 1e7))
            v = 0; // the reader refuses larger magnitudes before rasterisation
    }
    const Rle p = Rle::fromPolygon(xy, h, w);
    // A 0-pixel image has no consistent mask; anything else must cover exactly h × w pixels.
    CURATOR_FUZZ_REQUIRE(h == 0 || w == 0 || p.isConsistent());
    return 0;
}
