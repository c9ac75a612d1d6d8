#pragma once

#include "model/commands/celleditcommand.h"
#include "model/io/cellclipboard.h"

#include <QStringList>

#include <memory>

namespace curator {

/**
 * Adds copied cells to one image as one undo step: each outline snapped into the image and checked
 * as a drawn cell is (CellOutline::problem()); cells that fail are left out with their reason. They
 * get consecutive free ids (AnnotationStore::nextFreeId()) and the image's default category.
 */
class PasteCells : public CellEditCommand
{
public:
    /**
     * nullptr and @p error when no cell can be added; @p skipped (optional) gets one translated line
     * per cell left out ("cell id 92990: …" by the id it was copied with, else "cell 2: …", counted
     * from 1 in @p cells' order).
     */
    static std::unique_ptr<PasteCells> create(Document& document, int imageIndex, const std::vector<CopiedCell>& cells,
                                              QString* error, QStringList* skipped = nullptr);
    const QList<qint64>& newIds() const { return m_newIds; }

private:
    using CellEditCommand::CellEditCommand;
    QList<qint64> m_newIds;
};

} // namespace curator
