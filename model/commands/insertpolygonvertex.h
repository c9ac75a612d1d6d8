#pragma once

#include "model/commands/celleditcommand.h"

#include <QPointF>

#include <memory>

namespace curator {

/** Inserts a vertex into an edge of a cell's outline; refused when the new edges would cross it. */
class InsertPolygonVertex : public CellEditCommand
{
public:
    /** The new vertex becomes vertex @p afterVertex + 1 (after the last: before the first edge closes). */
    static std::unique_ptr<InsertPolygonVertex> create(Document& document, qint64 id, int ring, int afterVertex,
                                                       QPointF position, QString* error);

private:
    using CellEditCommand::CellEditCommand;
};

} // namespace curator
