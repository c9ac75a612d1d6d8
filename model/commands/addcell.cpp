#include "model/commands/addcell.h"

#include "model/document.h"

#include <QCoreApplication>

namespace curator {

bool isValidImage(const Document& document, int imageIndex, QString* error)
{
    if (imageIndex >= 0 && imageIndex < document.store().imageCount())
        return true;
    if (error)
        *error = QCoreApplication::translate("AddCell", "Image %1 is not part of this file.").arg(imageIndex);
    return false;
}

std::unique_ptr<AddCell> AddCell::create(Document& document, int imageIndex, const QPolygonF& polygon, QString* error)
{
    if (!isValidImage(document, imageIndex, error))
        return nullptr;
    Ring ring = CellOutline::fromPolygon(polygon, document.boundsOf(imageIndex));
    if (QString problem = CellOutline::problem(ring); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    const qint64 id = document.store().nextFreeId();
    CellChange change = CellChange::add(id, {std::move(ring)}, imageIndex, document.defaultCategoryFor(imageIndex));
    std::vector<CellChange> changes;
    changes.push_back(std::move(change));
    auto command = std::unique_ptr<AddCell>(new AddCell(&document, CommandKind::AddCell,
                                                        QCoreApplication::translate("AddCell", "Add cell"),
                                                        std::move(changes)));
    command->m_newId = id;
    return command;
}

} // namespace curator
