#include "model/commands/deletecells.h"

#include "model/document.h"

#include <QCoreApplication>

#include <algorithm>

namespace curator {

std::unique_ptr<DeleteCells> DeleteCells::create(Document& document, const QList<qint64>& idList, QString* error)
{
    QList<qint64> ids = idList;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::vector<CellChange> changes;
    for (qint64 id : ids) {
        if (editableIndex(document, id, false, error) < 0)
            return nullptr;
        changes.push_back(CellChange::remove(id));
    }
    if (changes.empty())
        return nullptr;
    const QString text = QCoreApplication::translate("DeleteCells", "Delete %n cell(s)", "", int(changes.size()));
    return std::unique_ptr<DeleteCells>(new DeleteCells(&document, CommandKind::DeleteCells, text, std::move(changes)));
}

} // namespace curator
