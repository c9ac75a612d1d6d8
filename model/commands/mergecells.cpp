#include "model/commands/mergecells.h"

#include "model/document.h"
#include "model/geometry/polygonunion.h"

#include <QCoreApplication>

namespace curator {

namespace {
/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::MergeCells)
};
} // namespace

std::unique_ptr<MergeCells> MergeCells::create(Document& document, const QList<qint64>& idList, QString* error)
{
    QList<qint64> ids;
    for (qint64 id : idList) {
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids.size() < 2) {
        if (error)
            *error = Text::tr("Select at least two cells to merge.");
        return nullptr;
    }
    const AnnotationStore& s = document.store();
    Rings all;
    int image = -1;
    for (qint64 id : ids) {
        const int a = editableIndex(document, id, true, error);
        if (a < 0)
            return nullptr;
        if (image >= 0 && s.annotationImage(a) != image) {
            if (error)
                *error = Text::tr("Only cells of the same image can be merged.");
            return nullptr;
        }
        image = s.annotationImage(a);
        for (Ring& r : s.rings(a))
            all.push_back(std::move(r));
    }
    auto merged = PolygonUnion::unite(all, document.boundsOf(image), error);
    if (!merged)
        return nullptr;
    std::vector<CellChange> changes;
    changes.push_back(CellChange::replace(ids.first(), {std::move(*merged)}));
    for (qsizetype i = 1; i < ids.size(); ++i)
        changes.push_back(CellChange::remove(ids[i]));
    const QString text = QCoreApplication::translate("MergeCells", "Merge %n cell(s)", "", int(ids.size()));
    return std::unique_ptr<MergeCells>(new MergeCells(&document, CommandKind::MergeCells, text, std::move(changes)));
}

} // namespace curator
