#include "widgets/imagecanvas.h"

#include "widgets/tools/canvastool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace curator {

namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 64.0;
constexpr int kDragThreshold = 4;

} // namespace

ImageCanvas::ImageCanvas(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    setAcceptDrops(false); // the main window takes drops
    connect(workspace, &Workspace::aboutToReset, this, [this] {
        keepView();
        setHover(-1);
        m_overlay.clear();
        m_selected = -1;
        m_selection.clear();
        m_matched = {};   // cell keys do not outlive the sets they index
    });
    connect(workspace, &Workspace::reset, this, &ImageCanvas::clearImage);
    connect(workspace, &Workspace::annotationsChanged, this, [this](int set, int image) {
        if (!m_name.isEmpty() && m_workspace->fileName({set, image}) == m_name)
            refreshOverlay();
    });
}

bool ImageCanvas::setImage(const QString& baseName)
{
    QString error;
    const QImage image = m_workspace->loadImage(baseName, &error);
    setImageData(baseName, image);
    m_error = image.isNull() ? error : QString();
    return !image.isNull();
}

void ImageCanvas::keepView()
{
    if (m_name.isEmpty() && !m_kept.name.isEmpty())
        return;   // no image since the last reset: what that one kept still stands
    m_kept = {m_name, m_raw.size(), {}};
    for (const CellKey& key : std::as_const(m_selection)) {
        if (key.set < 0 || key.set >= m_workspace->setCount())
            continue;
        const AnnotationStore& store = m_workspace->set(key.set).store;
        if (key.annotation < 0 || key.annotation >= store.annotationCount())
            continue;
        KeptCell cell{m_workspace->set(key.set).info.path, store.imageCount() == 0};
        if (!cell.prediction) {
            cell.id = store.annotationId(key.annotation);
        } else {   // a results list: numbered afresh, so known by what it is
            cell.imageId = store.annotationImageId(key.annotation);
            cell.bbox = store.bbox(key.annotation);
            cell.score = store.score(key.annotation);
        }
        m_kept.selection.append(cell);
    }
    if (!m_name.isEmpty() && m_unresolved.name == m_name)
        m_kept.selection.append(m_unresolved.selection);
}

QList<CellKey> ImageCanvas::keptSelection(const KeptView& kept, QList<KeptCell>* missing) const
{
    const auto findIn = [](const AnnotationStore& store, const KeptCell& cell) {
        if (cell.prediction != (store.imageCount() == 0))
            return -1;
        if (!cell.prediction)
            return store.annotationIndex(cell.id);
        for (int a = 0; a < store.annotationCount(); ++a) {
            if (store.annotationImageId(a) == cell.imageId && store.bbox(a) == cell.bbox
                && (store.score(a) == cell.score || (std::isnan(store.score(a)) && std::isnan(cell.score))))
                return a;
        }
        return -1;
    };
    QList<CellKey> cells;
    for (const KeptCell& cell : kept.selection) {
        bool found = false;
        for (int s = 0; s < m_workspace->setCount() && !found; ++s) {
            const AnnotationStore& store = m_workspace->set(s).store;
            const int a = m_workspace->set(s).info.path == cell.path ? findIn(store, cell) : -1;
            found = a >= 0 && store.isLive(a);
            if (found)
                cells.append({s, a});
        }
        if (!found)
            missing->append(cell);
    }
    return cells;
}

void ImageCanvas::setImageData(const QString& baseName, const QImage& image)
{
    const KeptView kept = std::exchange(m_kept, {});
    const QSize previous = m_raw.isNull() ? kept.size : m_raw.size();
    const bool sameSize = !image.isNull() && image.size() == previous;
    m_name = baseName;
    m_raw = image.isNull() || image.format() == QImage::Format_Grayscale8
                ? image : image.convertToFormat(QImage::Format_Grayscale8);
    m_error.clear();
    refreshDisplay();
    setHover(-1);
    m_selected = -1;
    m_selection.clear();
    if (m_tool && !(m_tool->outlivesReset() && !kept.name.isEmpty() && kept.name == baseName))
        m_tool->cancel();
    refreshOverlay();
    // Keep zoom and position between images of the same size so that stepping through a series
    // compares the same region; otherwise start from fit.
    if (!sameSize || m_fit)
        fitToWindow();
    emit imageChanged(m_name);   // (the pointer was re-read by refreshOverlay(), and fitToWindow() if it ran)
    if (!kept.selection.isEmpty() && kept.name == baseName) {
        QList<KeptCell> missing;
        setSelectedCells(keptSelection(kept, &missing));   // (a change of selection forgets m_unresolved)
        m_unresolved = {baseName, kept.size, missing};
    } else {
        m_unresolved = {};
    }
}

void ImageCanvas::clearImage()
{
    m_name.clear();
    m_raw = m_display = m_thumbnail = QImage();
    m_error.clear();
    setHover(-1);
    m_overlay.clear();
    m_selected = -1;
    m_selection.clear();
    if (m_tool && !(m_tool->outlivesReset() && !m_kept.name.isEmpty()))   // decided when the image is shown
        m_tool->cancel();
    invalidateLayer();
    emit imageChanged(m_name);
    updatePointer();
}

void ImageCanvas::refreshDisplay()
{
    m_display = DisplayPresets::render(m_raw, m_settings);
    m_thumbnail = m_display.isNull() ? QImage()
                                     : m_display.scaled(160, 160, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    invalidateLayer();
}

void ImageCanvas::refreshOverlay()
{
    QSize size = m_raw.size();
    if (size.isEmpty()) {
        // No pixels (missing from the source): take the size the annotation file declares.
        const std::vector<ImageKey> keys = m_workspace->imagesNamed(m_name);
        if (!keys.empty()) {
            const ImageRecord& rec = m_workspace->set(keys.front().set).store.image(keys.front().image);
            size = QSize(rec.width, rec.height);
        }
    }
    setHover(-1);   // before the old overlay's indices go
    m_overlay.build(*m_workspace, m_name, size);
    m_overlay.setHidden(m_hiddenTypes, m_hiddenSets);
    m_overlay.setColourMode(*m_workspace, m_style.colourMode);
    // Deleted cells leave the selection; the others keep it across edits and undo.
    const QList<CellKey> before = m_selection;
    setSelectedCells(before);
    invalidateLayer();
    updatePointer();
}

void ImageCanvas::setDisplaySettings(const DisplaySettings& settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    refreshDisplay();
}

void ImageCanvas::setOverlayStyle(const OverlayStyle& style)
{
    if (style == m_style)
        return;
    if (style.colourMode != m_style.colourMode)
        m_overlay.setColourMode(*m_workspace, style.colourMode);
    m_style = style;
    invalidateLayer();
}

void ImageCanvas::setHiddenCellTypes(const QSet<CellType>& types)
{
    m_hiddenTypes = types;
    m_overlay.setHidden(m_hiddenTypes, m_hiddenSets);
    if (m_selected >= 0 && !m_overlay.isVisible(m_selected))
        setSelectedCell({});
    invalidateLayer();
    updatePointer();
}

void ImageCanvas::setPredictionStyle(const PredictionStyle& style)
{
    if (style == m_predictionStyle)
        return;
    m_predictionStyle = style;
    m_overlay.setPredictionStyle(style);
    m_overlay.setColourMode(*m_workspace, m_style.colourMode);
    setHiddenCellTypes(m_hiddenTypes);
}

void ImageCanvas::setColourOverrides(const QHash<qint64, QRgb>& colours)
{
    m_overlay.setColourOverrides(colours);
    m_overlay.setColourMode(*m_workspace, m_style.colourMode);
    invalidateLayer();
}

void ImageCanvas::setHiddenSets(const QSet<int>& sets)
{
    m_hiddenSets = sets;
    setHiddenCellTypes(m_hiddenTypes);
}

void ImageCanvas::invalidateLayer()
{
    m_layerValid = false;
    update();
}

// ---- view geometry

QTransform ImageCanvas::imageTransform() const
{
    return QTransform(m_scale, 0, 0, m_scale, m_offset.x(), m_offset.y());
}

QPointF ImageCanvas::mapToImage(QPointF p) const
{
    return (p - m_offset) / m_scale;
}

QPointF ImageCanvas::mapFromImage(QPointF p) const
{
    return p * m_scale + m_offset;
}

QRectF ImageCanvas::visibleImageRect() const
{
    return QRectF(mapToImage(QPointF(0, 0)), mapToImage(QPointF(width(), height())));
}

void ImageCanvas::setZoom(double scale, QPointF anchor)
{
    scale = std::clamp(scale, kMinZoom, kMaxZoom);
    const QPointF fixed = mapToImage(anchor);
    m_scale = scale;
    m_fit = false;
    setOffset(anchor - fixed * m_scale);
    emit zoomChanged(m_scale);
}

void ImageCanvas::fitToWindow()
{
    const QSizeF image = m_raw.isNull() ? QSizeF(m_overlay.count() ? 704 : 1, m_overlay.count() ? 520 : 1)
                                        : QSizeF(m_raw.size());
    m_scale = std::clamp(std::min(width() / image.width(), height() / image.height()), kMinZoom, kMaxZoom);
    m_offset = QPointF((width() - image.width() * m_scale) / 2, (height() - image.height() * m_scale) / 2);
    m_fit = true;
    invalidateLayer();
    updatePointer();
    emit zoomChanged(m_scale);
    emit viewChanged();
}

void ImageCanvas::setView(double scale, QPointF offset)
{
    if (scale == m_scale && offset == m_offset)
        return;
    const bool zoomed = scale != m_scale;
    m_scale = std::clamp(scale, kMinZoom, kMaxZoom);
    m_fit = false;
    setOffset(offset);
    if (zoomed)
        emit zoomChanged(m_scale);
}

void ImageCanvas::centreOn(QPointF imagePoint)
{
    setOffset(QPointF(width() / 2.0, height() / 2.0) - imagePoint * m_scale);
}

void ImageCanvas::setOffset(QPointF offset)
{
    m_offset = offset;
    clampOffset();
    invalidateLayer();
    updatePointer();
    emit viewChanged();
}

void ImageCanvas::clampOffset()
{
    const QSizeF image = QSizeF(m_raw.isNull() ? QSize(704, 520) : m_raw.size()) * m_scale;
    auto clampAxis = [](double offset, double view, double extent) {
        if (extent <= view)
            return (view - extent) / 2;          // smaller than the view: centred
        return std::clamp(offset, view - extent, 0.0); // larger: no empty margin
    };
    m_offset = QPointF(clampAxis(m_offset.x(), width(), image.width()), clampAxis(m_offset.y(), height(), image.height()));
}

void ImageCanvas::resizeEvent(QResizeEvent*)
{
    if (m_fit)
        fitToWindow();
    else
        setOffset(m_offset);
}

// ---- cells

CellKey ImageCanvas::hoveredCell() const
{
    return m_hover >= 0 ? m_overlay.cell(m_hover) : CellKey{};
}

CellKey ImageCanvas::selectedCell() const
{
    return m_selected >= 0 ? m_overlay.cell(m_selected) : CellKey{};
}

void ImageCanvas::setSelectedCell(CellKey cell, bool centre)
{
    const int index = cell.isValid() ? m_overlay.indexOf(cell) : -1;
    if (centre && index >= 0)
        centreOn(m_overlay.bounds(index).center());
    setSelectedCells(index >= 0 ? QList<CellKey>{cell} : QList<CellKey>{});
}

void ImageCanvas::setFlaggedCells(const QList<CellKey>& cells)
{
    if (cells == m_flagged)
        return;
    m_flagged = cells;
    update();
}

void ImageCanvas::setMatchedCell(CellKey cell)
{
    if (cell == m_matched)
        return;
    update(highlightRect(m_overlay.indexOf(m_matched)));
    m_matched = cell;
    update(highlightRect(m_overlay.indexOf(m_matched)));
}

void ImageCanvas::setHover(int index)
{
    if (index == m_hover)
        return;
    update(highlightRect(m_hover));
    m_hover = index;
    update(highlightRect(m_hover));
    emit hoveredCellChanged(hoveredCell());
}

QRect ImageCanvas::highlightRect(int index) const
{
    if (index < 0)
        return {};
    return imageTransform().mapRect(m_overlay.bounds(index)).toAlignedRect().adjusted(-4, -4, 4, 4);
}

// ---- input

void ImageCanvas::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        setZoom(m_scale * std::pow(1.25, steps), event->position());
    event->accept();
}

void ImageCanvas::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position().toPoint();
    m_pressOffset = m_offset;
    if (event->button() == Qt::LeftButton && hasMinimap() && minimapRect().contains(m_pressPos)) {
        m_drag = Drag::Minimap;
        centreFromMinimap(m_pressPos);
    } else if (event->button() == Qt::LeftButton && dispatchToTool(event)) {
        m_drag = Drag::Tool;
    } else if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_drag = event->button() == Qt::MiddleButton ? Drag::Pan : Drag::Pending;
    }
}

void ImageCanvas::mouseMoveEvent(QMouseEvent* event)
{
    m_pointer = event->position();
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::Minimap) {
        centreFromMinimap(pos);
        return;
    }
    if (m_drag == Drag::Pending && (pos - m_pressPos).manhattanLength() > kDragThreshold)
        m_drag = Drag::Pan;
    if (m_drag == Drag::Pan) {
        setCursor(Qt::ClosedHandCursor);
        m_fit = false;
        setOffset(m_pressOffset + (pos - m_pressPos));
        return;
    }
    if (m_drag == Drag::Tool || m_drag == Drag::None)
        dispatchToTool(event);
    updatePointer();
}

void ImageCanvas::updatePointer()
{
    // Also called when the image, the view or the cells change under a pointer that stays still, so
    // that the hovered cell and the pixel readout are never those of the image shown before.
    if (!m_pointer || !isVisible()) {   // (a page hidden under the pointer is left, Qt says so too)
        setHover(-1);
        return;
    }
    const QPointF image = mapToImage(*m_pointer);
    setHover(m_overlay.cellAt(image));
    const QPoint pixel(int(std::floor(image.x())), int(std::floor(image.y())));
    const bool inside = m_raw.rect().contains(pixel);
    emit cursorMoved(pixel, inside ? m_raw.constScanLine(pixel.y())[pixel.x()] : -1);
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_drag == Drag::Tool && event->button() == Qt::LeftButton) {
        m_drag = Drag::None;
        dispatchToTool(event);
        return;
    }
    if (m_drag == Drag::Pending && event->button() == Qt::LeftButton) {
        const int hit = m_overlay.cellAt(mapToImage(event->position()));
        setSelectedCell(hit >= 0 ? m_overlay.cell(hit) : CellKey{});
    }
    m_drag = Drag::None;
    unsetCursor();
}

void ImageCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && dispatchToTool(event))
        return;
    if (event->button() == Qt::LeftButton && m_overlay.cellAt(mapToImage(event->position())) < 0)
        m_fit ? setZoom(1.0, event->position()) : fitToWindow();
}

void ImageCanvas::leaveEvent(QEvent*)
{
    m_pointer.reset();
    setHover(-1);
    emit cursorMoved({}, -1);
}

void ImageCanvas::keyPressEvent(QKeyEvent* event)
{
    if (dispatchToTool(event))
        return;
    const double step = 0.15;
    switch (event->key()) {
    case Qt::Key_Left: setOffset(m_offset + QPointF(width() * step, 0)); break;
    case Qt::Key_Right: setOffset(m_offset - QPointF(width() * step, 0)); break;
    case Qt::Key_Up: setOffset(m_offset + QPointF(0, height() * step)); break;
    case Qt::Key_Down: setOffset(m_offset - QPointF(0, height() * step)); break;
    case Qt::Key_Plus: case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_Escape: setSelectedCell({}); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace curator
