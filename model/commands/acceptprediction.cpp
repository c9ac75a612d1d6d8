#include "model/commands/acceptprediction.h"

#include "model/commands/addcell.h"
#include "model/document.h"
#include "model/geometry/maskcontour.h"

#include <QCoreApplication>

namespace curator {

namespace {
/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::AcceptPrediction)
};
} // namespace

std::unique_ptr<AcceptPrediction> AcceptPrediction::create(Document& document, int imageIndex,
                                                           const AnnotationStore& predictions, int predictionIndex,
                                                           QString* error)
{
    if (!isValidImage(document, imageIndex, error))
        return nullptr;
    if (predictionIndex < 0 || predictionIndex >= predictions.annotationCount() || !predictions.isLive(predictionIndex)) {
        if (error)
            *error = Text::tr("There is no such prediction.");
        return nullptr;
    }
    const ImageBounds bounds = document.boundsOf(imageIndex);
    const RleView rle = predictions.rle(predictionIndex);
    if (rle.height > 0 && (rle.height != int(bounds.height) || rle.width != int(bounds.width))) {
        if (error)
            *error = Text::tr("The predicted mask is %1 × %2 px but the image is %3 × %4 px.")
                         .arg(rle.width).arg(rle.height).arg(bounds.width).arg(bounds.height);
        return nullptr;
    }
    auto traced = MaskContour::ringOf(predictions, predictionIndex, error);
    if (!traced)
        return nullptr;
    Ring ring = CellOutline::fromPolygon(CellOutline::toPolygon(*traced), bounds);
    if (QString problem = CellOutline::problem(ring); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    const qint64 id = document.store().nextFreeId();
    std::vector<CellChange> changes;
    changes.push_back(CellChange::add(id, {std::move(ring)}, imageIndex, document.defaultCategoryFor(imageIndex)));
    auto command = std::unique_ptr<AcceptPrediction>(
        new AcceptPrediction(&document, CommandKind::AcceptPrediction, Text::tr("Accept prediction"), std::move(changes)));
    command->m_newId = id;
    return command;
}

} // namespace curator
