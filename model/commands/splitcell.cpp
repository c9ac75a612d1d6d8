#include "model/commands/splitcell.h"

#include "model/document.h"
#include "model/geometry/polygonsplit.h"

#include <QCoreApplication>

namespace curator {

std::unique_ptr<SplitCell> SplitCell::create(Document& document, qint64 id, const QPolygonF& line, QString* error)
{
    const int a = editableIndex(document, id, true, error);
    if (a < 0)
        return nullptr;
    const AnnotationStore& s = document.store();
    const ImageBounds bounds = document.boundsOf(s.annotationImage(a));
    Rings rings = s.rings(a);
    QString firstError;
    for (std::size_t r = 0; r < rings.size(); ++r) {
        QString ringError;
        auto parts = PolygonSplit::split(rings[r], line, bounds, &ringError);
        if (!parts) {
            if (firstError.isEmpty())
                firstError = ringError;
            continue;
        }
        rings[r] = std::move(parts->first);
        const qint64 newId = s.nextFreeId();
        std::vector<CellChange> changes;
        changes.push_back(CellChange::replace(id, std::move(rings)));
        changes.push_back(CellChange::add(newId, {std::move(parts->second)}, s.annotationImage(a), s.categoryId(a)));
        auto command = std::unique_ptr<SplitCell>(new SplitCell(
            &document, CommandKind::SplitCell, QCoreApplication::translate("SplitCell", "Split cell"), std::move(changes)));
        command->m_newId = newId;
        return command;
    }
    if (error)
        *error = firstError;
    return nullptr;
}

} // namespace curator
