// libFuzzer target: cells pasted from the clipboard (COCO annotation JSON of any shape).
#include "tools/fuzz/fuzztarget.h"
#include "model/geometry/celloutline.h"
#include "model/io/cellclipboard.h"
#include "model/limits.h"

using namespace curator;

CURATOR_FUZZ_TARGET(clipboard)
{
    QString error;
    const auto cells = cellsFromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                     QStringLiteral("the clipboard"), &error);
    if (!cells) {
        CURATOR_FUZZ_REQUIRE(error.contains(QStringLiteral("the clipboard"))); // a refusal names its source
        return 0;
    }
    CURATOR_FUZZ_REQUIRE(!cells->empty() && cells->size() <= limits::kMaxPastedCells);
    const ImageBounds image{704, 520};
    for (const CopiedCell& cell : *cells) {
        std::size_t coordinates = 0;
        for (const Ring& ring : cell.rings) {
            CURATOR_FUZZ_REQUIRE(ring.size() % 2 == 0);
            coordinates += ring.size();
            // As pasting does: snapped into the image and checked; an accepted outline lies inside it.
            const Ring snapped = CellOutline::fromPolygon(CellOutline::toPolygon(ring), image);
            if (!CellOutline::problem(snapped).isEmpty())
                continue;
            for (std::size_t i = 0; i + 1 < snapped.size(); i += 2)
                CURATOR_FUZZ_REQUIRE(snapped[i] >= 0 && snapped[i] <= image.width && snapped[i + 1] >= 0
                                     && snapped[i + 1] <= image.height);
        }
        CURATOR_FUZZ_REQUIRE(coordinates <= 2 * limits::kMaxPastedVertices);
    }
    return 0;
}
