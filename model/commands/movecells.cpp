#include "model/commands/movecells.h"

#include "model/document.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace curator {

namespace {
/** The allowed range of an offset along one axis: every cell keeps inside [0, size]. */
struct Range
{
    double lo = -std::numeric_limits<double>::infinity();
    double hi = std::numeric_limits<double>::infinity();
    void keepInside(double start, double extent, double size)
    {
        if (size <= 0)
            return;
        lo = std::max(lo, -start);
        hi = std::min(hi, size - start - extent);
    }
    double clamp(double v) const
    {
        // A cell already sticking out may still move back inwards.
        const double low = std::min(lo, 0.0), high = std::max(hi, 0.0);
        double steps = std::round(std::clamp(v, low, high) / CellOutline::kGrid);
        if (steps * CellOutline::kGrid > high + 1e-9)
            steps -= 1;
        if (steps * CellOutline::kGrid < low - 1e-9)
            steps += 1;
        return steps * CellOutline::kGrid;
    }
};
} // namespace

std::unique_ptr<MoveCells> MoveCells::create(Document& document, const QList<qint64>& idList, QPointF delta,
                                             QString* error)
{
    QList<qint64> ids = idList;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const AnnotationStore& s = document.store();
    Range rx, ry;
    std::vector<int> indices;
    for (qint64 id : ids) {
        const int a = editableIndex(document, id, true, error);
        if (a < 0)
            return nullptr;
        const ImageBounds bounds = document.boundsOf(s.annotationImage(a));
        const auto box = AnnotationStore::ringsBoundingBox(s.rings(a)); // the file's bbox may be stale
        rx.keepInside(box[0], box[2], bounds.width);
        ry.keepInside(box[1], box[3], bounds.height);
        indices.push_back(a);
    }
    const double dx = rx.clamp(delta.x()), dy = ry.clamp(delta.y());
    if (indices.empty() || (dx == 0 && dy == 0))
        return nullptr;
    std::vector<CellChange> changes;
    for (int a : indices) {
        const ImageBounds bounds = document.boundsOf(s.annotationImage(a));
        Rings rings = s.rings(a);
        for (Ring& ring : rings) {
            for (std::size_t i = 0; i + 1 < ring.size(); i += 2) {
                ring[i] = CellOutline::snap(ring[i] + dx, bounds.width);
                ring[i + 1] = CellOutline::snap(ring[i + 1] + dy, bounds.height);
            }
        }
        changes.push_back(CellChange::replace(s.annotationId(a), std::move(rings)));
    }
    const QString text = QCoreApplication::translate("MoveCells", "Move %n cell(s)", "", int(changes.size()));
    return std::unique_ptr<MoveCells>(
        new MoveCells(&document, CommandKind::MoveCells, text, std::move(changes), document.dragSerial()));
}

} // namespace curator
