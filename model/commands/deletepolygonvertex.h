#pragma once

#include "model/commands/celleditcommand.h"

#include <memory>

namespace curator {

/**
 * Removes one vertex of a cell's outline. Refused when fewer than 3 distinct points or no area
 * would remain (delete the cell instead) or when the edge that replaces the vertex would cross the outline.
 */
class DeletePolygonVertex : public CellEditCommand
{
public:
    static std::unique_ptr<DeletePolygonVertex> create(Document& document, qint64 id, int ring, int vertex,
                                                       QString* error);

private:
    using CellEditCommand::CellEditCommand;
};

} // namespace curator
