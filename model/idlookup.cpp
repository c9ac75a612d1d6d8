#include "model/idlookup.h"

#include <QRegularExpression>

#include <vector>

namespace curator {

std::optional<IdQuery> parseIdQuery(const QString& text, const QString& imageWord)
{
    QString words = QStringLiteral("image|img");
    if (!imageWord.trimmed().isEmpty())
        words += QLatin1Char('|') + QRegularExpression::escape(imageWord.trimmed());
    const QRegularExpression form(QStringLiteral(R"(^\s*(?:(%1)\s*:?\s*|#)?(\d{1,18})\s*$)").arg(words),
                                  QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 id = m.captured(2).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return IdQuery{m.captured(1).isEmpty() ? IdQuery::Annotation : IdQuery::Image, id};
}

namespace {

/** The sets in the order they are searched: the preferred one first. */
std::vector<int> searchOrder(const Workspace& workspace, int preferredSet)
{
    std::vector<int> order;
    if (preferredSet >= 0 && preferredSet < workspace.setCount())
        order.push_back(preferredSet);
    for (int s = 0; s < workspace.setCount(); ++s)
        if (s != preferredSet)
            order.push_back(s);
    return order;
}

/** The image with @p imageId in the first set (in @p order) that lists it. */
ImageKey imageWithId(const Workspace& workspace, qint64 imageId, const std::vector<int>& order)
{
    for (int s : order) {
        const int image = workspace.set(s).store.imageIndex(imageId);
        if (image >= 0)
            return {s, image};
    }
    return {};
}

} // namespace

std::optional<IdTarget> findById(const Workspace& workspace, const IdQuery& query, int preferredSet)
{
    const std::vector<int> order = searchOrder(workspace, preferredSet);
    IdTarget target;
    if (query.kind == IdQuery::Image) {
        target.image = imageWithId(workspace, query.id, order);
    } else {
        for (int s : order) {
            const AnnotationStore& store = workspace.set(s).store;
            const int a = store.annotationIndex(query.id);
            if (a < 0 || !store.isLive(a))
                continue;
            target.cell = {s, a};
            const int own = store.annotationImage(a);
            target.image = own >= 0 ? ImageKey{s, own} : imageWithId(workspace, store.annotationImageId(a), order);
            break;
        }
    }
    if (!target.image.isValid() && !target.cell.isValid())
        return std::nullopt;
    if (target.image.isValid())
        target.fileName = workspace.fileName(target.image);
    return target;
}

} // namespace curator
