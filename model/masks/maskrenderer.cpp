#include "model/masks/maskrenderer.h"

#include "model/imagealloc.h"
#include "model/io/rle.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace curator {

namespace {
/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::MaskRenderer)
};

/** Writes @p label into every foreground pixel of @p mask (column-major runs) of a row-major image. */
void paint(const Rle& mask, quint16 label, QImage& image)
{
    const int h = mask.height();
    std::size_t pos = 0;
    const Rle::Counts& runs = mask.counts();
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (i % 2 == 1) {
            for (std::size_t p = pos; p < pos + runs[i]; ++p) {
                const int x = int(p / std::size_t(h)), y = int(p % std::size_t(h));
                reinterpret_cast<quint16*>(image.scanLine(y))[x] = label;
            }
        }
        pos += runs[i];
    }
}
} // namespace

std::optional<LabelMask> MaskRenderer::render(const AnnotationStore& store, int imageIndex, int width, int height,
                                              QString* error)
{
    const std::vector<quint32>& cells = store.annotationsOfImage(imageIndex);
    if (cells.size() > std::size_t(kMaxLabels) || width <= 0 || height <= 0) {
        if (error)
            *error = cells.size() > std::size_t(kMaxLabels)
                         ? Text::tr("%1 cells do not fit a 16-bit label image (at most %2).").arg(cells.size()).arg(kMaxLabels)
                         : Text::tr("The image size is unknown.");
        return std::nullopt;
    }
    LabelMask out;
    std::vector<Rle> masks;
    masks.reserve(cells.size());
    for (quint32 a : cells) {
        Rle mask = Rle::fromAnnotation(store, int(a), height, width);
        if (mask.height() != height || mask.width() != width || !mask.isConsistent()) {
            if (error)
                *error = Text::tr("The mask of annotation %1 is %2 × %3 px, the image %4 × %5 px.")
                             .arg(store.annotationId(int(a))).arg(mask.width()).arg(mask.height()).arg(width).arg(height);
            return std::nullopt;
        }
        out.annotationIds.push_back(store.annotationId(int(a)));
        out.maskPixels.push_back(mask.area());
        masks.push_back(std::move(mask));
    }
    std::vector<std::size_t> order(masks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return out.maskPixels[a] > out.maskPixels[b]; });
    out.labels = allocateImage(QSize(width, height), QImage::Format_Grayscale16);
    out.labels.fill(0);
    for (std::size_t k : order)
        paint(masks[k], quint16(k + 1), out.labels);
    out.visiblePixels.assign(masks.size(), 0);
    for (int y = 0; y < height; ++y) {
        const auto* row = reinterpret_cast<const quint16*>(out.labels.constScanLine(y));
        for (int x = 0; x < width; ++x) {
            if (row[x])
                ++out.visiblePixels[row[x] - 1u];
        }
    }
    return out;
}

QImage MaskRenderer::binary(const QImage& labels)
{
    QImage out = allocateImage(labels.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < labels.height(); ++y) {
        const auto* in = reinterpret_cast<const quint16*>(labels.constScanLine(y));
        uchar* row = out.scanLine(y);
        for (int x = 0; x < labels.width(); ++x)
            row[x] = in[x] ? 255 : 0;
    }
    return out;
}

} // namespace curator
