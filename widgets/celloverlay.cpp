#include "widgets/celloverlay.h"

#include "model/io/rle.h"
#include "widgets/maskoutline.h"
#include "widgets/overlayrasterizer.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace curator {

namespace {

qint64 hashKey(CellKey k) { return (qint64(k.set) << 32) | quint32(k.annotation); }

} // namespace

void CellOverlay::clear()
{
    m_cells.clear();
    m_rings.clear();
    m_indexOf.clear();
    m_gridStart.clear();
    m_gridItems.clear();
    m_visibleCount = 0;
}

void CellOverlay::build(const Workspace& workspace, const QString& fileName, QSize size)
{
    clear();
    m_size = size;
    for (const Workspace::Layer& layer : workspace.layersFor(fileName)) {
        m_cells.reserve(m_cells.size() + layer.annotations->size());
        for (quint32 a : *layer.annotations)
            addCell(workspace, {layer.set, int(a)}, size.height(), size.width());
    }
    m_visibleCount = count();
    buildGrid();
}

void CellOverlay::addCell(const Workspace& workspace, CellKey key, int imageHeight, int imageWidth)
{
    const AnnotationStore& store = workspace.set(key.set).store;
    Cell cell;
    cell.key = key;
    cell.firstRing = quint32(m_rings.size());
    cell.area = store.area(key.annotation);
    cell.type = workspace.cellTypeOf(key);
    cell.prediction = store.imageCount() == 0;
    cell.score = std::isnan(store.score(key.annotation)) ? 1.0 : store.score(key.annotation);
    const SegmentationKind kind = store.segmentationKind(key.annotation);
    if (kind == SegmentationKind::Polygon) {
        for (int r = 0; r < store.ringCount(key.annotation); ++r) {
            const std::span<const double> xy = store.ring(key.annotation, r);
            QPolygonF ring(qsizetype(xy.size() / 2));
            for (std::size_t v = 0; v + 1 < xy.size(); v += 2)
                ring[qsizetype(v / 2)] = QPointF(xy[v], xy[v + 1]);
            m_rings.push_back(std::move(ring));
        }
    } else if (kind != SegmentationKind::None) {
        for (QPolygonF& ring : traceMaskOutlines(Rle::fromAnnotation(store, key.annotation, imageHeight, imageWidth)))
            m_rings.push_back(std::move(ring));
    }
    cell.ringCount = quint32(m_rings.size()) - cell.firstRing;
    QRectF bounds;
    for (quint32 r = cell.firstRing; r < quint32(m_rings.size()); ++r)
        bounds |= m_rings[r].boundingRect();
    cell.bounds = bounds;
    m_indexOf.insert(hashKey(key), int(m_cells.size()));
    m_cells.push_back(cell);
}

void CellOverlay::buildGrid()
{
    m_gridColumns = std::max(1, (m_size.width() + kBucket - 1) / kBucket);
    m_gridRows = std::max(1, (m_size.height() + kBucket - 1) / kBucket);
    const auto buckets = std::size_t(m_gridColumns * m_gridRows);
    std::vector<quint32> counts(buckets + 1, 0);
    auto forEachBucket = [this](const QRectF& r, auto&& f) {
        const int x0 = std::clamp(int(std::floor(r.left() / kBucket)), 0, m_gridColumns - 1);
        const int x1 = std::clamp(int(std::floor(r.right() / kBucket)), 0, m_gridColumns - 1);
        const int y0 = std::clamp(int(std::floor(r.top() / kBucket)), 0, m_gridRows - 1);
        const int y1 = std::clamp(int(std::floor(r.bottom() / kBucket)), 0, m_gridRows - 1);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                f(std::size_t(y * m_gridColumns + x));
    };
    for (const Cell& c : m_cells)
        forEachBucket(c.bounds, [&](std::size_t b) { ++counts[b + 1]; });
    for (std::size_t b = 0; b < buckets; ++b)
        counts[b + 1] += counts[b];
    m_gridStart = counts;
    m_gridItems.assign(counts.back(), 0);
    for (std::size_t i = 0; i < m_cells.size(); ++i)
        forEachBucket(m_cells[i].bounds, [&](std::size_t b) { m_gridItems[counts[b]++] = quint32(i); });
}

int CellOverlay::indexOf(CellKey key) const
{
    return m_indexOf.value(hashKey(key), -1);
}

bool CellOverlay::isShown(CellType type, int set, bool prediction, double score, const QSet<CellType>& hiddenTypes,
                          const QSet<int>& hiddenSets, const PredictionStyle& predictions)
{
    if (hiddenTypes.contains(type) || hiddenSets.contains(set))
        return false;
    return !prediction || (predictions.visible && (std::isnan(score) ? 1.0 : score) >= predictions.minScore);
}

void CellOverlay::setHidden(const QSet<CellType>& types, const QSet<int>& sets)
{
    m_visibleCount = 0;
    for (Cell& c : m_cells) {
        c.visible = isShown(c.type, c.key.set, c.prediction, c.score, types, sets, m_predictionStyle);
        m_visibleCount += c.visible;
    }
}

void CellOverlay::setColourMode(const Workspace& workspace, OverlayStyle::ColourMode mode)
{
    for (Cell& c : m_cells) {
        switch (mode) {
        case OverlayStyle::ColourMode::CellType: c.colour = cellTypeColour(c.type).rgb(); break;
        case OverlayStyle::ColourMode::Instance:
            c.colour = instanceColour(workspace.set(c.key.set).store.annotationId(c.key.annotation)).rgb();
            break;
        case OverlayStyle::ColourMode::Area: c.colour = areaColour(c.area).rgb(); break;
        case OverlayStyle::ColourMode::Set: c.colour = setColour(c.key.set).rgb(); break;
        }
        if (c.prediction && mode != OverlayStyle::ColourMode::Set)
            c.colour = m_predictionStyle.colour.rgb();
        if (!m_overrides.isEmpty()) {
            const auto it = m_overrides.constFind(hashKey(c.key));
            if (it != m_overrides.constEnd())
                c.colour = it.value();
        }
    }
}

int CellOverlay::cellAt(QPointF p) const
{
    if (m_gridStart.empty() || p.x() < 0 || p.y() < 0 || p.x() >= m_size.width() || p.y() >= m_size.height())
        return -1;
    const auto b = std::size_t(int(p.y()) / kBucket * m_gridColumns + int(p.x()) / kBucket);
    int best = -1;
    for (quint32 k = m_gridStart[b]; k < m_gridStart[b + 1]; ++k) {
        const Cell& c = m_cells[m_gridItems[k]];
        if (!c.visible || !c.bounds.contains(p) || (best >= 0 && c.area >= m_cells[std::size_t(best)].area))
            continue;
        for (quint32 r = c.firstRing; r < c.firstRing + c.ringCount; ++r) {
            if (m_rings[r].containsPoint(p, Qt::OddEvenFill)) {
                best = int(m_gridItems[k]);
                break;
            }
        }
    }
    return best;
}

void CellOverlay::mapRing(const QPolygonF& ring, const QTransform& t) const
{
    // Scale + translate only: cheaper than QTransform::map and reuses one buffer. Vertices closer
    // than about half a device pixel to the last kept one add nothing visible at this zoom but
    // cost a segment each (LIVECell rings repeat vertices often), so they are dropped.
    const double sx = t.m11(), sy = t.m22(), dx = t.dx(), dy = t.dy();
    m_scratch.resize(ring.size());
    QPointF* const begin = m_scratch.data();
    QPointF* out = begin;
    for (const QPointF& p : ring) {
        const QPointF q(p.x() * sx + dx, p.y() * sy + dy);
        if (out != begin && std::abs(q.x() - out[-1].x()) + std::abs(q.y() - out[-1].y()) < 0.6)
            continue;
        *out++ = q;
    }
    m_scratch.resize(out - begin);
}
void CellOverlay::paintCell(QPainter& painter, const QTransform& t, int i) const
{
    const Cell& c = m_cells[std::size_t(i)];
    for (quint32 r = c.firstRing; r < c.firstRing + c.ringCount; ++r) {
        mapRing(m_rings[r], t);
        painter.drawPolygon(m_scratch);
    }
}

void CellOverlay::paint(QImage& target, const QTransform& t, const QRectF& visible, const OverlayStyle& style) const
{
    if (!style.visible || (!style.outlines && !style.fill))
        return;
    const bool wide = style.outlineWidth > 1.5;
    const int alpha = int(std::lround(std::clamp(style.fillOpacity, 0.0, 1.0) * 256));
    OverlayRasterizer raster(target, target.rect());
    // Fills first, so that every outline stays visible over neighbouring fills.
    for (int pass = style.fill ? 0 : 1; pass < (style.outlines && !wide ? 2 : 1); ++pass) {
        for (const Cell& c : m_cells) {
            if (!c.visible || !c.bounds.intersects(visible))
                continue;
            for (quint32 r = c.firstRing; r < c.firstRing + c.ringCount; ++r) {
                mapRing(m_rings[r], t);
                if (pass == 0)
                    raster.fillPolygon(m_scratch.constData(), int(m_scratch.size()), c.colour, alpha);
                else
                    raster.strokePolygon(m_scratch.constData(), int(m_scratch.size()), c.colour, style.antialiased);
            }
        }
    }
    if (style.outlines && wide)
        paintWideOutlines(target, t, visible, style);
}

void CellOverlay::paintWideOutlines(QImage& target, const QTransform& t, const QRectF& visible,
                                    const OverlayStyle& style) const
{
    // @p t maps to device pixels; paint the image as if it had no device pixel ratio.
    const qreal dpr = target.devicePixelRatio();
    target.setDevicePixelRatio(1.0);
    QPainter painter(&target);
    painter.setRenderHint(QPainter::Antialiasing, style.antialiased);
    painter.setBrush(Qt::NoBrush);
    QRgb current = 0;
    bool first = true;
    for (const Cell& c : m_cells) {
        if (!c.visible || !c.bounds.intersects(visible))
            continue;
        if (first || c.colour != current) {
            current = c.colour;
            first = false;
            QPen pen(QColor::fromRgb(current), style.outlineWidth);
            pen.setCosmetic(true);
            painter.setPen(pen);
        }
        for (quint32 r = c.firstRing; r < c.firstRing + c.ringCount; ++r) {
            mapRing(m_rings[r], t);
            painter.drawPolygon(m_scratch);
        }
    }
    painter.end();
    target.setDevicePixelRatio(dpr);
}

} // namespace curator
