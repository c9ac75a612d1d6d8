#include "model/commands/pastecells.h"

#include "model/commands/addcell.h"
#include "model/document.h"

#include <QCoreApplication>

namespace curator {

namespace {
/** The translation context of this file's messages. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::PasteCells)
};
} // namespace

std::unique_ptr<PasteCells> PasteCells::create(Document& document, int imageIndex, const std::vector<CopiedCell>& cells,
                                               QString* error, QStringList* skipped)
{
    if (!isValidImage(document, imageIndex, error))
        return nullptr;
    const ImageBounds bounds = document.boundsOf(imageIndex);
    const qint64 category = document.defaultCategoryFor(imageIndex);
    qint64 id = document.store().nextFreeId();
    std::vector<CellChange> changes;
    QList<qint64> ids;
    QString firstProblem;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        Rings rings;
        QString problem;
        for (const Ring& source : cells[c].rings) {
            Ring ring = CellOutline::fromPolygon(CellOutline::toPolygon(source), bounds);
            problem = CellOutline::problem(ring);
            if (!problem.isEmpty())
                break;
            rings.push_back(std::move(ring));
        }
        if (rings.empty() && problem.isEmpty())
            problem = Text::tr("it has no outline");
        if (!problem.isEmpty()) {
            if (firstProblem.isEmpty())
                firstProblem = problem;
            if (skipped)
                skipped->append(cells[c].id != 0 ? Text::tr("cell id %1: %2").arg(cells[c].id).arg(problem)
                                                 : Text::tr("cell %1: %2").arg(c + 1).arg(problem));
            continue;
        }
        changes.push_back(CellChange::add(id, std::move(rings), imageIndex, category));
        ids.append(id++);
    }
    if (changes.empty()) {
        if (error) {
            *error = cells.size() == 1
                         ? firstProblem
                         : Text::tr("None of the %n cell(s) fits this image: %1", nullptr, int(cells.size())).arg(firstProblem);
        }
        return nullptr;
    }
    const QString text = Text::tr("Paste %n cell(s)", nullptr, int(ids.size()));
    auto command = std::unique_ptr<PasteCells>(
        new PasteCells(&document, CommandKind::PasteCells, text, std::move(changes)));
    command->m_newIds = std::move(ids);
    return command;
}

} // namespace curator
