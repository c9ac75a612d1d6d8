#include "model/synth/synthimage.h"

#include "model/imagealloc.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cstring>

namespace curator::synth {

namespace {

// Points in OpenCV's fixed-point form with 2 fractional bits: hundredths * 4 / 100.
constexpr int kShift = 2;

std::vector<cv::Point> fixedPoints(const SynthCell& cell)
{
    std::vector<cv::Point> pts;
    pts.reserve(cell.centi.size() / 2);
    for (std::size_t i = 0; i + 1 < cell.centi.size(); i += 2)
        pts.emplace_back((cell.centi[i] + 12) / 25, (cell.centi[i + 1] + 12) / 25);
    return pts;
}

cv::Mat illumination(cv::RNG& rng, int width, int height)
{
    cv::Mat low(height / 64 + 2, width / 64 + 2, CV_32F), full;
    rng.fill(low, cv::RNG::NORMAL, 0.0, 2.5);
    cv::resize(low, full, cv::Size(width, height), 0, 0, cv::INTER_CUBIC);
    return full;
}

void drawCells(const std::vector<SynthCell>& cells, cv::Mat& body, cv::Mat& mask, cv::Mat& halo, cv::Mat& nuclei)
{
    for (const SynthCell& cell : cells) {
        const std::vector<std::vector<cv::Point>> ring{fixedPoints(cell)};
        cv::fillPoly(body, ring, cv::Scalar(cell.contrast), cv::LINE_8, kShift);
        cv::fillPoly(mask, ring, cv::Scalar(1.0), cv::LINE_8, kShift);
        cv::polylines(halo, ring, true, cv::Scalar(1.0), 1, cv::LINE_AA, kShift);
        const cv::Size2f axes(cell.radius * 0.35f * cell.elongation, cell.radius * 0.3f);
        cv::ellipse(nuclei, cv::RotatedRect({cell.centerX, cell.centerY}, axes, cell.angle * 57.29578f),
                    cv::Scalar(-9.0), cv::FILLED);
    }
}

/** Phase contrast: cells are textured, with a dark rim just inside the outline. */
cv::Mat cellDetail(const cv::Mat& mask, cv::RNG& rng)
{
    cv::Mat soft, texture(mask.size(), CV_32F);
    cv::GaussianBlur(mask, soft, cv::Size(), 1.5);
    rng.fill(texture, cv::RNG::NORMAL, 0.0, 7.0);
    cv::GaussianBlur(texture, texture, cv::Size(), 0.8);
    return mask.mul(texture) - mask.mul(1.0 - soft) * 30.0;
}

} // namespace

QImage renderSynthImage(const std::vector<SynthCell>& cells, std::uint64_t seed, int width, int height)
{
    cv::RNG rng(seed);
    cv::Mat body = cv::Mat::zeros(height, width, CV_32F), mask = body.clone(), halo = body.clone(),
            nuclei = body.clone();
    drawCells(cells, body, mask, halo, nuclei);
    cv::GaussianBlur(body, body, cv::Size(), 1.0);
    cv::GaussianBlur(halo, halo, cv::Size(), 0.9);
    cv::GaussianBlur(nuclei, nuclei, cv::Size(), 1.5);
    cv::Mat image = illumination(rng, width, height) + body + halo * 45.0 + nuclei + cellDetail(mask, rng);
    cv::Mat noise(height, width, CV_32F);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, 3.0);
    image += noise;
    cv::GaussianBlur(image, image, cv::Size(), 0.5);
    image += 128.0 - cv::mean(image)[0];
    cv::Mat gray;
    image.convertTo(gray, CV_8U);
    QImage out = allocateImage(QSize(width, height), QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y)
        std::memcpy(out.scanLine(y), gray.ptr(y), std::size_t(width));
    return out;
}

} // namespace curator::synth
