#include "model/commands/insertpolygonvertex.h"

#include "model/commands/movepolygonvertex.h"
#include "model/document.h"

#include <QCoreApplication>

namespace curator {

std::unique_ptr<InsertPolygonVertex> InsertPolygonVertex::create(Document& document, qint64 id, int ring,
                                                                 int afterVertex, QPointF position, QString* error)
{
    Rings rings;
    const int a = vertexTarget(document, id, ring, afterVertex, rings, error);
    if (a < 0)
        return nullptr;
    Ring& r = rings[std::size_t(ring)];
    const QPointF p = CellOutline::snap(position, document.boundsOf(document.store().annotationImage(a)));
    const int n = CellOutline::pointCount(r);
    if (CellOutline::point(r, afterVertex) == p || CellOutline::point(r, (afterVertex + 1) % n) == p)
        return nullptr; // already a vertex there
    const auto at = r.begin() + 2 * std::ptrdiff_t(afterVertex + 1);
    r.insert(at, {p.x(), p.y()});
    if (!CellOutline::edgesAtVertexAreSimple(r, afterVertex + 1)) {
        if (error)
            *error = CellOutline::selfIntersectionMessage();
        return nullptr;
    }
    std::vector<CellChange> changes{CellChange::replace(id, std::move(rings))};
    std::unique_ptr<InsertPolygonVertex> command(
        new InsertPolygonVertex(&document, CommandKind::InsertPolygonVertex,
                                QCoreApplication::translate("InsertPolygonVertex", "Insert vertex"), std::move(changes),
                                document.dragSerial()));
    command->m_ring = ring;
    command->m_vertex = afterVertex + 1;
    return command;
}

bool InsertPolygonVertex::mergeWith(const QUndoCommand* other)
{
    const auto* move = dynamic_cast<const MovePolygonVertex*>(other);
    return move && move->ring() == m_ring && move->vertex() == m_vertex && absorb(other, true);
}

} // namespace curator
