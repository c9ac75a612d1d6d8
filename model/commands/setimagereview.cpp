#include "model/commands/setimagereview.h"

#include "model/commands/addcell.h"
#include "model/document.h"

namespace curator {

std::unique_ptr<SetImageReview> SetImageReview::create(Document& document, const QList<int>& imageIndices,
                                                       const std::function<void(ImageReview&)>& change,
                                                       const QString& text, QString* error)
{
    std::vector<Entry> entries;
    for (int index : imageIndices) {
        if (!isValidImage(document, index, error))
            return nullptr;
        const qint64 id = document.store().image(index).id;
        if (std::any_of(entries.begin(), entries.end(), [id](const Entry& e) { return e.imageId == id; }))
            continue;
        Entry e{id, document.review().image(id), document.review().image(id)};
        change(e.after);
        if (e.after != e.before)
            entries.push_back(std::move(e));
    }
    if (entries.empty())
        return nullptr;
    auto command = std::unique_ptr<SetImageReview>(new SetImageReview(&document, CommandKind::SetImageReview, text));
    for (const Entry& e : entries)
        command->m_imageIds.push_back(e.imageId);
    command->m_entries = std::move(entries);
    return command;
}

void SetImageReview::redo()
{
    for (const Entry& e : m_entries)
        review().setImage(e.imageId, e.after);
    note(m_imageIds, {}, false);
}

void SetImageReview::undo()
{
    for (const Entry& e : m_entries)
        review().setImage(e.imageId, e.before);
    note(m_imageIds, {}, true);
}

} // namespace curator
