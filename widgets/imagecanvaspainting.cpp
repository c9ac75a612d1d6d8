// ImageCanvas: everything that draws (the cached layer, highlights, minimap, exports).
#include "widgets/imagecanvas.h"

#include "widgets/tools/canvastool.h"

#include <QPaintEvent>
#include <QPainter>

#include <cmath>

namespace curator {

namespace {

const QColor kBackground(0x2b, 0x2b, 0x2b);
const QColor kSelectionColour(255, 255, 255);
const QColor kMatchColour(0, 225, 255);   // unlike the difference page's green, red and yellow
const QColor kMinimapViewColour(255, 235, 59);

} // namespace

void ImageCanvas::paintEvent(QPaintEvent* event)
{
    if (!m_layerValid)
        rebuildLayer();
    QPainter painter(this);
    const QRect r = event->rect();
    const qreal dpr = m_layer.devicePixelRatio();
    painter.drawImage(r, m_layer, QRectF(r.topLeft() * dpr, r.size() * dpr));
    paintHighlights(painter);
    if (hasMinimap())
        paintMinimap(painter);
}

void ImageCanvas::rebuildLayer()
{
    const qreal dpr = devicePixelRatioF();
    const QSize deviceSize = (QSizeF(size()) * dpr).toSize();
    if (m_layer.size() != deviceSize)
        m_layer = QImage(deviceSize, QImage::Format_RGB32);
    m_layer.setDevicePixelRatio(dpr);
    m_layer.fill(kBackground);
    paintImageAndOverlay(m_layer, imageTransform(), visibleImageRect());
    if (m_raw.isNull()) {
        QPainter painter(&m_layer);
        paintMessage(painter);
    }
    m_layerValid = true;
}

void ImageCanvas::paintImageAndOverlay(QImage& target, const QTransform& t, const QRectF& visible) const
{
    const double dpr = target.devicePixelRatio();
    if (!m_display.isNull()) {
        QPainter painter(&target);
        const double deviceScale = t.m11() * dpr;
        const QSizeF scaledSize = QSizeF(m_display.size()) * deviceScale;
        if (deviceScale < 2.0 && scaledSize.width() * scaledSize.height() < 8e6) {
            // Below 2× the image is shown smoothed; scaling it once per zoom level and blitting
            // afterwards makes pans and overlay changes cost a copy instead of a resampling.
            if (m_scaledFor != std::make_pair(m_display.cacheKey(), deviceScale)) {
                m_scaled = m_display.scaled(scaledSize.toSize(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
                m_scaled.setDevicePixelRatio(dpr);
                m_scaledFor = {m_display.cacheKey(), deviceScale};
            }
            painter.drawImage(QPointF(std::round(t.dx() * dpr) / dpr, std::round(t.dy() * dpr) / dpr), m_scaled);
        } else {
            // Pixel-sharp from 2× on; draw only the pixels in view (at 32× the whole image would
            // be 500 M device pixels).
            const QRect source = visible.toAlignedRect().intersected(m_display.rect());
            painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
            painter.drawImage(t.mapRect(QRectF(source)), m_display, source);
        }
    }
    m_overlay.paint(target, t * QTransform::fromScale(dpr, dpr), visible, m_style);
}

void ImageCanvas::paintHighlights(QPainter& painter) const
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QTransform t = imageTransform();
    // Hover: the cell's own colour, brighter and thicker; selection: white over a stronger fill.
    auto outline = [&](int index, const QColor& colour, double width, double fillAlpha) {
        if (index < 0 || !m_overlay.isVisible(index))
            return;
        QPen pen(colour.isValid() ? colour : m_overlay.colour(index).lighter(130), width);
        pen.setCosmetic(true);
        painter.setPen(pen);
        QColor fill = m_overlay.colour(index);
        fill.setAlphaF(float(fillAlpha));
        painter.setBrush(fill);
        m_overlay.paintCell(painter, t, index);
    };
    // Review flags: black and white dashes ("marching ants"), unlike any cell colour, and still
    // visible under hover and selection.
    QPen under(Qt::black, 3.0);
    QPen dashes(Qt::white, 3.0);
    dashes.setDashPattern({2.0, 2.0});
    under.setCosmetic(true);
    dashes.setCosmetic(true);
    painter.setBrush(Qt::NoBrush);
    for (const CellKey& key : m_flagged) {
        const int index = m_overlay.indexOf(key);
        if (index < 0 || !m_overlay.isVisible(index))
            continue;
        for (const QPen& pen : {under, dashes}) {
            painter.setPen(pen);
            m_overlay.paintCell(painter, t, index);
        }
    }
    if (m_hover != m_selected)
        outline(m_hover, QColor(), 2.5, 0.25);
    if (const int match = m_overlay.indexOf(m_matched); match >= 0 && m_overlay.isVisible(match)) {
        QPen pen(kMatchColour, 2.5);
        pen.setDashPattern({3.0, 2.0});
        pen.setCosmetic(true);
        painter.setPen(pen);
        QColor fill = kMatchColour;
        fill.setAlphaF(0.25f);
        painter.setBrush(fill);
        m_overlay.paintCell(painter, t, match);
    }
    for (const CellKey& key : m_selection)
        outline(m_overlay.indexOf(key), kSelectionColour, 2.5, 0.4);
    if (m_tool && !m_name.isEmpty())   // (an outline being drawn waits out a reset with no image)
        m_tool->paint(painter);
}

void ImageCanvas::paintMessage(QPainter& painter) const
{
    const QString text = !m_error.isEmpty() ? m_error
        : m_name.isEmpty()
            ? tr("Open a LIVECell distribution folder, an images.zip with annotation files, or a COCO "
                 "JSON file with File ▸ Open, or drop it here.")
            : tr("No image data for %1.").arg(m_name);
    painter.setPen(QColor(0xdd, 0xdd, 0xdd));
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    painter.setFont(font);
    painter.drawText(rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap, text);
}

bool ImageCanvas::hasMinimap() const
{
    if (m_thumbnail.isNull())
        return false;
    const QRectF shown = imageTransform().mapRect(QRectF(m_raw.rect()));
    return shown.width() > width() + 1 || shown.height() > height() + 1;
}

QRect ImageCanvas::minimapRect() const
{
    const QSize s = m_thumbnail.size();
    return QRect(QPoint(width() - s.width() - 12, height() - s.height() - 12), s);
}

void ImageCanvas::paintMinimap(QPainter& painter) const
{
    const QRect frame = minimapRect();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setOpacity(0.9);
    painter.drawImage(frame, m_thumbnail);
    painter.setOpacity(1.0);
    painter.setPen(QPen(QColor(255, 255, 255, 160), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame.adjusted(0, 0, -1, -1));
    const double k = double(frame.width()) / m_raw.width();
    const QRectF view = visibleImageRect().intersected(QRectF(m_raw.rect()));
    const QRectF box(frame.left() + view.left() * k, frame.top() + view.top() * k, view.width() * k, view.height() * k);
    painter.setPen(QPen(kMinimapViewColour, 1.5));
    painter.drawRect(box);
}

void ImageCanvas::centreFromMinimap(QPoint widgetPoint)
{
    const QRect frame = minimapRect();
    const double k = double(m_raw.width()) / frame.width();
    m_fit = false;
    centreOn(QPointF(widgetPoint - frame.topLeft()) * k);
}

QImage ImageCanvas::renderView()
{
    if (!m_layerValid)
        rebuildLayer();
    QImage view = m_layer.copy();
    QPainter painter(&view);
    paintHighlights(painter);
    return view;
}

QImage ImageCanvas::renderImage(double scale) const
{
    const QSize size = (QSizeF(m_raw.isNull() ? QSize(704, 520) : m_raw.size()) * scale).toSize();
    QImage image(size, QImage::Format_RGB32);
    image.fill(kBackground);
    paintImageAndOverlay(image, QTransform::fromScale(scale, scale), QRectF(QPointF(0, 0), QSizeF(size) / scale));
    return image;
}

} // namespace curator
