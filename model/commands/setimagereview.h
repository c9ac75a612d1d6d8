#pragma once

#include "model/commands/revieweditcommand.h"

#include <QList>

#include <functional>
#include <memory>
#include <vector>

namespace curator {

/** Changes the review state (reviewed, flagged, note) of one or more images. */
class SetImageReview : public ReviewEditCommand
{
public:
    /**
     * Applies @p change to the state of each image in @p imageIndices. nullptr when refused
     * (@p error set) or when nothing would change.
     */
    static std::unique_ptr<SetImageReview> create(Document& document, const QList<int>& imageIndices,
                                                  const std::function<void(ImageReview&)>& change,
                                                  const QString& text, QString* error);
    void redo() override;
    void undo() override;

private:
    using ReviewEditCommand::ReviewEditCommand;
    struct Entry
    {
        qint64 imageId;
        ImageReview before;
        ImageReview after;
    };
    std::vector<Entry> m_entries;
    std::vector<qint64> m_imageIds;
};

} // namespace curator
