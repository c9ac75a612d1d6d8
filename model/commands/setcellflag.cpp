#include "model/commands/setcellflag.h"

#include "model/commands/celleditcommand.h"
#include "model/document.h"

#include <QCoreApplication>

namespace curator {

std::unique_ptr<SetCellFlag> SetCellFlag::create(Document& document, const QList<qint64>& ids, bool flagged,
                                                 QString* error)
{
    std::vector<qint64> changed;
    for (qint64 id : ids) {
        if (CellEditCommand::editableIndex(document, id, false, error) < 0)
            return nullptr;
        if (document.review().isCellFlagged(id) != flagged && std::find(changed.begin(), changed.end(), id) == changed.end())
            changed.push_back(id);
    }
    if (changed.empty())
        return nullptr;
    const int n = int(changed.size());
    const QString text = flagged ? QCoreApplication::translate("SetCellFlag", "Flag %n cell(s)", "", n)
                                 : QCoreApplication::translate("SetCellFlag", "Unflag %n cell(s)", "", n);
    auto command = std::unique_ptr<SetCellFlag>(new SetCellFlag(&document, CommandKind::SetCellFlag, text));
    command->m_ids = std::move(changed);
    command->m_flagged = flagged;
    return command;
}

void SetCellFlag::redo()
{
    for (qint64 id : m_ids)
        review().setCellFlagged(id, m_flagged);
    note({}, m_ids, false);
}

void SetCellFlag::undo()
{
    for (qint64 id : m_ids)
        review().setCellFlagged(id, !m_flagged);
    note({}, m_ids, true);
}

} // namespace curator
