#pragma once

#include "model/commands/celleditcommand.h"

#include <QPolygonF>

#include <memory>

namespace curator {

/**
 * Splits a cell along a drawn polyline (PolygonSplit). The cell keeps its id, category and unknown
 * fields with the larger part (and any further rings it had); the smaller part becomes a new cell
 * with the next free id and the same category.
 */
class SplitCell : public CellEditCommand
{
public:
    static std::unique_ptr<SplitCell> create(Document& document, qint64 id, const QPolygonF& line, QString* error);
    qint64 newId() const { return m_newId; }

private:
    using CellEditCommand::CellEditCommand;
    qint64 m_newId = 0;
};

} // namespace curator
