#include "model/geometry/maskcontour.h"

#include "model/geometry/celloutline.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

namespace curator {

namespace {
/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::MaskContour)
};

/** The mask as a row-major 8-bit image, upsampled 2× (each pixel becomes 2 × 2). */
cv::Mat upsampledMask(const Rle& mask)
{
    const std::vector<quint8> columnMajor = mask.toMask();
    cv::Mat image(mask.height() * 2, mask.width() * 2, CV_8U, cv::Scalar(0));
    for (int x = 0; x < mask.width(); ++x) {
        for (int y = 0; y < mask.height(); ++y) {
            if (columnMajor[std::size_t(x) * std::size_t(mask.height()) + std::size_t(y)])
                image(cv::Rect(2 * x, 2 * y, 2, 2)).setTo(255);
        }
    }
    return image;
}

/** The largest contour, without the pixel staircase (at most 1 upsampled pixel = 0.5 px away). */
std::vector<cv::Point> largestSimplified(const std::vector<std::vector<cv::Point>>& contours)
{
    const std::vector<cv::Point>* largest = nullptr;
    double largestArea = -1;
    for (const auto& c : contours) {
        if (const double area = cv::contourArea(c); area > largestArea) {
            largestArea = area;
            largest = &c;
        }
    }
    std::vector<cv::Point> simplified;
    if (largest)
        cv::approxPolyDP(*largest, simplified, 1.0, true);
    return simplified;
}

/**
 * Pixel i spans [i, i + 1) in COCO coordinates (rleFrPoly samples near i + 0.5); its halves are
 * upsampled pixels 2i and 2i + 1, centred at P / 2 + 0.25: 0.25 px inside the mask's outline.
 */
Ring toRing(const std::vector<cv::Point>& contour, const Rle& mask)
{
    Ring ring;
    for (const cv::Point& p : contour) {
        ring.push_back(CellOutline::snap(p.x / 2.0 + 0.25, mask.width()));
        ring.push_back(CellOutline::snap(p.y / 2.0 + 0.25, mask.height()));
    }
    return CellOutline::normalized(ring);
}
} // namespace

std::optional<Ring> MaskContour::outline(const Rle& mask, QString* error)
{
    if (!mask.isConsistent() || mask.area() == 0) {
        if (error)
            *error = Text::tr("The mask is empty.");
        return std::nullopt;
    }
    std::vector<std::vector<cv::Point>> contours;
    try {
        cv::findContours(upsampledMask(mask), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    } catch (const cv::Exception& e) {
        if (error)
            *error = Text::tr("Tracing the mask failed: %1").arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    Ring ring = toRing(largestSimplified(contours), mask);
    if (QString problem = CellOutline::sizeProblem(ring); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return ring;
}

std::optional<Ring> MaskContour::ringOf(const AnnotationStore& store, int a, QString* error)
{
    switch (store.segmentationKind(a)) {
    case SegmentationKind::Polygon: {
        Ring best;
        for (int r = 0; r < store.ringCount(a); ++r) {
            const auto ring = store.ring(a, r);
            if (AnnotationStore::polygonArea(ring) > AnnotationStore::polygonArea(best))
                best.assign(ring.begin(), ring.end());
        }
        if (!best.empty())
            return CellOutline::normalized(best);
        break;
    }
    case SegmentationKind::RleCompressed:
    case SegmentationKind::RleUncompressed: {
        const RleView v = store.rle(a);
        const Rle rle = v.compressed ? Rle::fromString(v.counts, v.height, v.width)
                                     : Rle(v.height, v.width, Rle::Counts(v.runs.begin(), v.runs.end()));
        return outline(rle, error);
    }
    case SegmentationKind::None:
        break;
    }
    if (error)
        *error = Text::tr("The prediction has no outline.");
    return std::nullopt;
}

} // namespace curator
