// libFuzzer target: a segmentation model's JSON sidecar (normalisation, tiles, outputs, post-processing).
#include "tools/fuzz/fuzztarget.h"
#include "model/segmentation/modelsidecar.h"

using namespace curator;

CURATOR_FUZZ_TARGET(sidecar)
{
    QString error;
    const auto sidecar = ModelSidecar::parse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                             QStringLiteral("/models/m.json"), &error);
    if (!sidecar) {
        CURATOR_FUZZ_REQUIRE(error.contains(QStringLiteral("/models/m.json"))); // a refusal names the file
        return 0;
    }
    // Accepted values stay within the limits the segmenter relies on.
    CURATOR_FUZZ_REQUIRE(sidecar->tileSize() >= 16 && sidecar->tileSize() <= ModelSidecar::kMaxTileSize);
    CURATOR_FUZZ_REQUIRE(sidecar->divisor() > 0 && sidecar->tileSize() % sidecar->divisor() == 0);
    CURATOR_FUZZ_REQUIRE(!sidecar->channels().isEmpty() && sidecar->channels().size() <= ModelSidecar::kMaxChannels);
    CURATOR_FUZZ_REQUIRE(4 * sidecar->tileOverlap() < sidecar->tileSize());
    return 0;
}
