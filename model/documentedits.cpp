// Document's edit operations: each builds one command (which validates) and pushes it.
#include "model/document.h"

#include "model/commands/acceptprediction.h"
#include "model/commands/addcell.h"
#include "model/commands/deletecells.h"
#include "model/commands/deletepolygonvertex.h"
#include "model/commands/insertpolygonvertex.h"
#include "model/commands/mergecells.h"
#include "model/commands/movecells.h"
#include "model/commands/movepolygonvertex.h"
#include "model/commands/pastecells.h"
#include "model/commands/setcellflag.h"
#include "model/commands/setimagereview.h"
#include "model/commands/splitcell.h"

#include <QCoreApplication>

namespace curator {

bool Document::moveCells(const QList<qint64>& ids, QPointF delta, QString* error)
{
    QString reason;
    return push(MoveCells::create(*this, ids, delta, &reason), reason, error);
}

bool Document::moveVertex(qint64 id, int ring, int vertex, QPointF position, QString* error)
{
    QString reason;
    return push(MovePolygonVertex::create(*this, id, ring, vertex, position, &reason), reason, error);
}

bool Document::insertVertex(qint64 id, int ring, int afterVertex, QPointF position, QString* error)
{
    QString reason;
    return push(InsertPolygonVertex::create(*this, id, ring, afterVertex, position, &reason), reason, error);
}

bool Document::deleteVertex(qint64 id, int ring, int vertex, QString* error)
{
    QString reason;
    return push(DeletePolygonVertex::create(*this, id, ring, vertex, &reason), reason, error);
}

std::optional<qint64> Document::addCell(int imageIndex, const QPolygonF& polygon, QString* error)
{
    QString reason;
    auto command = AddCell::create(*this, imageIndex, polygon, &reason);
    if (!command) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    const qint64 id = command->newId();
    push(std::move(command), {}, error);
    return id;
}

bool Document::deleteCells(const QList<qint64>& ids, QString* error)
{
    QString reason;
    return push(DeleteCells::create(*this, ids, &reason), reason, error);
}

std::optional<qint64> Document::mergeCells(const QList<qint64>& ids, QString* error)
{
    QString reason;
    auto command = MergeCells::create(*this, ids, &reason);
    if (!command) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    push(std::move(command), {}, error);
    return ids.first();
}

std::optional<std::pair<qint64, qint64>> Document::splitCell(qint64 id, const QPolygonF& line, QString* error)
{
    QString reason;
    auto command = SplitCell::create(*this, id, line, &reason);
    if (!command) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    const qint64 newId = command->newId();
    push(std::move(command), {}, error);
    return std::make_pair(id, newId);
}

std::optional<qint64> Document::acceptPrediction(int imageIndex, const AnnotationStore& predictions,
                                                 int predictionIndex, QString* error)
{
    QString reason;
    auto command = AcceptPrediction::create(*this, imageIndex, predictions, predictionIndex, &reason);
    if (!command) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    const qint64 id = command->newId();
    push(std::move(command), {}, error);
    return id;
}

bool Document::setCellsFlagged(const QList<qint64>& ids, bool flagged, QString* error)
{
    QString reason;
    return push(SetCellFlag::create(*this, ids, flagged, &reason), reason, error);
}

bool Document::setImagesReviewed(const QList<int>& imageIndices, bool reviewed, QString* error)
{
    QString reason;
    const QString text = reviewed ? tr("Mark %n image(s) reviewed", nullptr, int(imageIndices.size()))
                                  : tr("Mark %n image(s) not reviewed", nullptr, int(imageIndices.size()));
    auto change = [reviewed](ImageReview& r) { r.reviewed = reviewed; };
    return push(SetImageReview::create(*this, imageIndices, change, text, &reason), reason, error);
}

bool Document::setImagesFlagged(const QList<int>& imageIndices, bool flagged, QString* error)
{
    QString reason;
    const QString text = flagged ? tr("Flag %n image(s)", nullptr, int(imageIndices.size()))
                                 : tr("Unflag %n image(s)", nullptr, int(imageIndices.size()));
    auto change = [flagged](ImageReview& r) { r.flagged = flagged; };
    return push(SetImageReview::create(*this, imageIndices, change, text, &reason), reason, error);
}

bool Document::setImageNote(int imageIndex, const QString& note, QString* error)
{
    QString reason;
    auto change = [&note](ImageReview& r) { r.note = note; };
    return push(SetImageReview::create(*this, {imageIndex}, change, tr("Edit image note"), &reason), reason, error);
}

QList<qint64> Document::pasteCells(int imageIndex, const std::vector<CopiedCell>& cells, QString* error, QStringList* skipped)
{
    QString reason;
    auto command = PasteCells::create(*this, imageIndex, cells, &reason, skipped);
    if (!command) {
        if (error)
            *error = reason;
        return {};
    }
    const QList<qint64> ids = command->newIds();
    push(std::move(command), {}, error);
    return ids;
}

} // namespace curator
