#pragma once

#include "model/commands/celleditcommand.h"

#include <memory>

namespace curator {

/**
 * Merges cells of one image into one (PolygonUnion: exact polygon union, small gaps bridged). The
 * first id keeps the merged outline with its own id, category and unknown fields; the others are
 * deleted.
 */
class MergeCells : public CellEditCommand
{
public:
    static std::unique_ptr<MergeCells> create(Document& document, const QList<qint64>& ids, QString* error);

private:
    using CellEditCommand::CellEditCommand;
};

} // namespace curator
