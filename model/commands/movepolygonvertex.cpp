#include "model/commands/movepolygonvertex.h"

#include "model/document.h"

#include <QCoreApplication>

namespace curator {

int vertexTarget(Document& document, qint64 id, int ring, int vertex, Rings& rings, QString* error)
{
    const int a = CellEditCommand::editableIndex(document, id, true, error);
    if (a < 0)
        return -1;
    rings = document.store().rings(a);
    if (ring < 0 || std::size_t(ring) >= rings.size() || vertex < 0
        || vertex >= CellOutline::pointCount(rings[std::size_t(ring)])) {
        if (error)
            *error = QCoreApplication::translate("MovePolygonVertex", "Cell %1 has no vertex %2 in outline %3.")
                         .arg(id).arg(vertex).arg(ring);
        return -1;
    }
    return a;
}

std::unique_ptr<MovePolygonVertex> MovePolygonVertex::create(Document& document, qint64 id, int ring, int vertex,
                                                             QPointF position, QString* error)
{
    Rings rings;
    const int a = vertexTarget(document, id, ring, vertex, rings, error);
    if (a < 0)
        return nullptr;
    Ring& r = rings[std::size_t(ring)];
    const QPointF p = CellOutline::snap(position, document.boundsOf(document.store().annotationImage(a)));
    if (CellOutline::point(r, vertex) == p)
        return nullptr;
    r[2 * std::size_t(vertex)] = p.x();
    r[2 * std::size_t(vertex) + 1] = p.y();
    QString problem = CellOutline::sizeProblem(r);
    if (problem.isEmpty() && !CellOutline::edgesAtVertexAreSimple(r, vertex))
        problem = CellOutline::selfIntersectionMessage();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    std::vector<CellChange> changes{CellChange::replace(id, std::move(rings))};
    auto command = std::unique_ptr<MovePolygonVertex>(
        new MovePolygonVertex(&document, CommandKind::MovePolygonVertex,
                              QCoreApplication::translate("MovePolygonVertex", "Move vertex"), std::move(changes),
                              document.dragSerial()));
    command->m_ring = ring;
    command->m_vertex = vertex;
    return command;
}

bool MovePolygonVertex::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const MovePolygonVertex*>(other);
    return o && o->m_ring == m_ring && o->m_vertex == m_vertex && absorb(other);
}

} // namespace curator
