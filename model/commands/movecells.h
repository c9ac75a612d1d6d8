#pragma once

#include "model/commands/celleditcommand.h"

#include <QPointF>

#include <memory>

namespace curator {

/**
 * Translates cells rigidly. The offset is clamped so that every cell stays inside its image and
 * rounded to 0.01 px. Mergeable within one drag: the whole drag is one undo step.
 */
class MoveCells : public CellEditCommand
{
public:
    /** nullptr when refused (@p error set) or when the clamped offset is zero (@p error untouched). */
    static std::unique_ptr<MoveCells> create(Document& document, const QList<qint64>& ids, QPointF delta,
                                             QString* error);

    int id() const override { return MergeMoveCells; }
    bool mergeWith(const QUndoCommand* other) override { return absorb(other); }

private:
    using CellEditCommand::CellEditCommand;
};

} // namespace curator
