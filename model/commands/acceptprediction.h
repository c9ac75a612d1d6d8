#pragma once

#include "model/commands/celleditcommand.h"

#include <memory>

namespace curator {

/**
 * Copies a model's prediction (annotation of a results set: a polygon, or an RLE mask traced with
 * MaskContour) into the ground truth as a new cell of the given image, with the next free id and
 * the image's default category. The prediction set is only read while creating the command.
 */
class AcceptPrediction : public CellEditCommand
{
public:
    static std::unique_ptr<AcceptPrediction> create(Document& document, int imageIndex, const AnnotationStore& predictions,
                                                    int predictionIndex, QString* error);
    qint64 newId() const { return m_newId; }

private:
    using CellEditCommand::CellEditCommand;
    qint64 m_newId = 0;
};

} // namespace curator
