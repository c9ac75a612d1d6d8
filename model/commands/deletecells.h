#pragma once

#include "model/commands/celleditcommand.h"

#include <memory>

namespace curator {

/** Deletes cells (polygons or masks). They stay in the store flagged Deleted, so undo is exact. */
class DeleteCells : public CellEditCommand
{
public:
    static std::unique_ptr<DeleteCells> create(Document& document, const QList<qint64>& ids, QString* error);

private:
    using CellEditCommand::CellEditCommand;
};

} // namespace curator
