#include "model/commands/deletepolygonvertex.h"

#include "model/commands/movepolygonvertex.h"
#include "model/document.h"

#include <QCoreApplication>

namespace curator {

std::unique_ptr<DeletePolygonVertex> DeletePolygonVertex::create(Document& document, qint64 id, int ring, int vertex,
                                                                 QString* error)
{
    Rings rings;
    if (vertexTarget(document, id, ring, vertex, rings, error) < 0)
        return nullptr;
    Ring& r = rings[std::size_t(ring)];
    const auto at = r.begin() + 2 * std::ptrdiff_t(vertex);
    r.erase(at, at + 2);
    QString problem = CellOutline::sizeProblem(r);
    if (problem.isEmpty() && !CellOutline::edgesAtVertexAreSimple(r, vertex % CellOutline::pointCount(r)))
        problem = CellOutline::selfIntersectionMessage();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    std::vector<CellChange> changes{CellChange::replace(id, std::move(rings))};
    return std::unique_ptr<DeletePolygonVertex>(
        new DeletePolygonVertex(&document, CommandKind::DeletePolygonVertex,
                                QCoreApplication::translate("DeletePolygonVertex", "Delete vertex"), std::move(changes)));
}

} // namespace curator
