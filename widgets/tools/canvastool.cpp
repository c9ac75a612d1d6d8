#include "widgets/tools/canvastool.h"

#include "model/commands/celleditcommand.h"
#include "model/document.h"
#include "model/documentmanager.h"
#include "model/geometry/celloutline.h"
#include "widgets/imagecanvas.h"

#include <QFileInfo>
#include <QLineF>
#include <QPainter>

#include <algorithm>

namespace curator {

namespace {

/** The point of segment a-b nearest to @p p. */
QPointF nearestOnSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double length2 = QPointF::dotProduct(d, d);
    if (length2 <= 0)
        return a;
    const double t = std::clamp(QPointF::dotProduct(p - a, d) / length2, 0.0, 1.0);
    return a + t * d;
}

} // namespace

CanvasTool::CanvasTool(ImageCanvas* canvas, DocumentManager* documents, QObject* parent)
    : QObject(parent)
    , m_canvas(canvas)
    , m_documents(documents)
{
}

Document* CanvasTool::document() const
{
    return m_documents->activeDocument();
}

int CanvasTool::activeSet() const
{
    return m_documents->activeSet();
}

int CanvasTool::imageIndex() const
{
    const int set = activeSet();
    for (const ImageKey& key : m_canvas->workspace()->imagesNamed(m_canvas->imageName())) {
        if (key.set == set)
            return key.image;
    }
    return -1;
}

std::optional<int> CanvasTool::editableImage() const
{
    const int image = imageIndex();
    if (!document()) {
        refuse(tr("No annotation set can be edited: open a COCO annotation file with images."));
        return std::nullopt;
    }
    if (image < 0) {
        refuse(tr("The active annotation set has no image %1; choose another set in Edit ▸ Active Annotation Set.")
                   .arg(m_canvas->imageName()));
        return std::nullopt;
    }
    return image;
}

std::optional<qint64> CanvasTool::editableId(CellKey cell, QString* why) const
{
    const Document* doc = document();
    QString problem;
    if (!doc) {
        problem = tr("No annotation set can be edited: open a COCO annotation file with images.");
    } else if (cell.set != activeSet()) {
        problem = tr("This cell belongs to %1, not to the active annotation set %2 (Edit ▸ Active Annotation Set).")
                      .arg(QFileInfo(m_canvas->workspace()->set(cell.set).info.path).fileName(),
                           QFileInfo(doc->path()).fileName());
    } else {
        const qint64 id = doc->store().annotationId(cell.annotation);
        if (CellEditCommand::editableIndex(*doc, id, true, &problem) >= 0)
            return id;
    }
    if (why)
        *why = problem;
    return std::nullopt;
}

std::optional<QList<qint64>> CanvasTool::selectedIds() const
{
    QList<qint64> ids;
    for (const CellKey& cell : m_canvas->selectedCells()) {
        QString why;
        const auto id = editableId(cell, &why);
        if (!id) {
            refuse(why);
            return std::nullopt;
        }
        ids.append(*id);
    }
    return ids;
}

bool CanvasTool::refuse(const QString& message) const
{
    m_canvas->showStatus(message);
    return false;
}

QList<QPolygonF> CanvasTool::ringsOf(CellKey cell) const
{
    QList<QPolygonF> rings;
    const AnnotationStore& store = m_canvas->workspace()->set(cell.set).store;
    if (store.segmentationKind(cell.annotation) != SegmentationKind::Polygon)
        return rings;
    for (int r = 0; r < store.ringCount(cell.annotation); ++r)
        rings.append(CellOutline::toPolygon(store.ring(cell.annotation, r)));
    return rings;
}

CellKey CanvasTool::cellAt(QPointF widgetPos) const
{
    const int i = m_canvas->overlay().cellAt(m_canvas->mapToImage(widgetPos));
    return i >= 0 ? m_canvas->overlay().cell(i) : CellKey{};
}

std::optional<CanvasTool::VertexHit> CanvasTool::vertexAt(QPointF widgetPos) const
{
    std::optional<VertexHit> best;
    double bestDistance = kHandlePixels;
    for (const CellKey& cell : m_canvas->selectedCells()) {
        if (!editableId(cell))
            continue;
        const QList<QPolygonF> rings = ringsOf(cell);
        for (int r = 0; r < rings.size(); ++r) {
            for (int v = 0; v < rings[r].size(); ++v) {
                const double d = QLineF(m_canvas->mapFromImage(rings[r][v]), widgetPos).length();
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = VertexHit{cell, r, v, rings[r][v]};
                }
            }
        }
    }
    return best;
}

std::optional<CanvasTool::VertexHit> CanvasTool::edgeAt(QPointF widgetPos) const
{
    std::optional<VertexHit> best;
    double bestDistance = kHandlePixels;
    for (const CellKey& cell : m_canvas->selectedCells()) {
        if (!editableId(cell))
            continue;
        const QList<QPolygonF> rings = ringsOf(cell);
        for (int r = 0; r < rings.size(); ++r) {
            const QPolygonF& ring = rings[r];
            for (int v = 0; v < ring.size(); ++v) {
                const QPointF a = m_canvas->mapFromImage(ring[v]);
                const QPointF b = m_canvas->mapFromImage(ring[(v + 1) % ring.size()]);
                const QPointF nearest = nearestOnSegment(widgetPos, a, b);
                const double d = QLineF(nearest, widgetPos).length();
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = VertexHit{cell, r, v, m_canvas->mapToImage(nearest)};
                }
            }
        }
    }
    return best;
}

QPointF CanvasTool::snappedImagePoint(QPointF widgetPos, CellKey exclude) const
{
    QPointF p = m_canvas->mapToImage(widgetPos);
    const double radius = kSnapPixels / m_canvas->zoom();
    const CellOverlay& overlay = m_canvas->overlay();
    double best = radius;
    QPointF snapped = p;
    for (int i = 0; i < overlay.count(); ++i) {
        if (!overlay.isVisible(i) || overlay.cell(i) == exclude
            || !overlay.bounds(i).adjusted(-radius, -radius, radius, radius).contains(p))
            continue;
        for (const QPolygonF& ring : ringsOf(overlay.cell(i))) {
            for (const QPointF& v : ring) {
                const double d = QLineF(v, p).length();
                if (d < best) {
                    best = d;
                    snapped = v;
                }
            }
        }
    }
    const QSize size = m_canvas->rawImage().isNull() ? QSize() : m_canvas->rawImage().size();
    ImageBounds bounds{double(size.width()), double(size.height())};
    if (const Document* doc = document(); doc && imageIndex() >= 0)
        bounds = doc->boundsOf(imageIndex());
    return CellOutline::snap(snapped, bounds);
}

void CanvasTool::paintHandle(QPainter& painter, QPointF imagePoint, bool active) const
{
    const QPointF c = m_canvas->mapFromImage(imagePoint);
    // Smaller at low zoom, where the vertices of a small cell would otherwise merge into a band.
    const double h = std::clamp(m_canvas->zoom() * 1.2, 2.0, active ? 4.5 : 3.5);
    painter.setPen(QPen(QColor(20, 20, 20), 1));
    painter.setBrush(active ? QColor(255, 200, 0) : QColor(255, 255, 255));
    painter.drawRect(QRectF(c.x() - h, c.y() - h, 2 * h, 2 * h));
}

} // namespace curator
