#pragma once

#include "model/commands/celleditcommand.h"

#include <QPolygonF>

#include <memory>

namespace curator {

/**
 * Adds a cell drawn as a polygon: snapped to the image, repeated points dropped, refused unless it
 * is a valid cell (CellOutline::problem()). It gets the next free id (AnnotationStore::nextFreeId())
 * and the image's default category.
 */
class AddCell : public CellEditCommand
{
public:
    static std::unique_ptr<AddCell> create(Document& document, int imageIndex, const QPolygonF& polygon,
                                           QString* error);
    qint64 newId() const { return m_newId; }

private:
    using CellEditCommand::CellEditCommand;
    qint64 m_newId = 0;
};

/** Checks that @p imageIndex is an image of the document; else a translated reason. */
bool isValidImage(const Document& document, int imageIndex, QString* error);

} // namespace curator
