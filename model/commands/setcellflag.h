#pragma once

#include "model/commands/revieweditcommand.h"

#include <QList>

#include <memory>
#include <vector>

namespace curator {

/** Flags or unflags cells for review (a per-cell mark kept in the review sidecar). */
class SetCellFlag : public ReviewEditCommand
{
public:
    /** nullptr when refused (@p error set) or when every cell already has that flag. */
    static std::unique_ptr<SetCellFlag> create(Document& document, const QList<qint64>& ids, bool flagged,
                                               QString* error);
    void redo() override;
    void undo() override;

private:
    using ReviewEditCommand::ReviewEditCommand;
    std::vector<qint64> m_ids;
    bool m_flagged = true;
};

} // namespace curator
