#include "model/displaypresets.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace curator {

namespace {

using Lut = std::array<uchar, 256>;

cv::Mat wrap(QImage& gray) { return cv::Mat(gray.height(), gray.width(), CV_8UC1, gray.bits(), std::size_t(gray.bytesPerLine())); }

Lut identityLut()
{
    Lut lut;
    for (int v = 0; v < 256; ++v)
        lut[std::size_t(v)] = uchar(v);
    return lut;
}

Lut linearLut(double low, double high)
{
    Lut lut;
    const double scale = high > low ? 255.0 / (high - low) : 1.0;
    for (int v = 0; v < 256; ++v)
        lut[std::size_t(v)] = uchar(std::clamp(std::lround((v - low) * scale), 0L, 255L));
    return lut;
}

/** Grey level below which @p percent of the pixels lie. */
int percentile(const std::array<qint64, 256>& histogram, qint64 total, double percent)
{
    const qint64 target = qint64(std::ceil(total * percent / 100.0));
    qint64 sum = 0;
    for (int v = 0; v < 256; ++v) {
        sum += histogram[std::size_t(v)];
        if (sum >= target && sum > 0)
            return v;
    }
    return 255;
}

Lut autoContrastLut(const QImage& gray, const DisplaySettings& s)
{
    std::array<qint64, 256> histogram{};
    const int width = gray.width(), height = gray.height();
    for (int y = 0; y < height; ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = 0; x < width; ++x)
            ++histogram[line[x]];
    }
    const qint64 total = qint64(gray.width()) * gray.height();
    const int low = percentile(histogram, total, s.lowPercentile);
    const int high = percentile(histogram, total, s.highPercentile);
    return high > low ? linearLut(low, high) : identityLut();
}

void applyLut(QImage& gray, const Lut& lut)
{
    const int width = gray.width(), height = gray.height();
    for (int y = 0; y < height; ++y) {
        uchar* line = gray.scanLine(y);
        for (int x = 0; x < width; ++x)
            line[x] = lut[line[x]];
    }
}

void clahe(QImage& gray, const DisplaySettings& s)
{
    cv::Mat mat = wrap(gray);
    const int tiles = std::max(1, s.claheTiles);
    cv::Ptr<cv::CLAHE> filter = cv::createCLAHE(s.claheClipLimit, cv::Size(tiles, tiles));
    cv::Mat out;
    filter->apply(mat, out);
    out.copyTo(mat);
}

// LIVECell's images were background-corrected and centred on 128; models normalise them with mean
// 128 and std 11.578. Remove the remaining large-scale shading, then show ±4 std around the mean.
void flatten(QImage& gray, const DisplaySettings& s)
{
    cv::Mat mat = wrap(gray);
    cv::Mat source, background;
    mat.convertTo(source, CV_32F);
    const double sigma = std::max(1.0, s.flattenSigma);
    // Blurring a quarter-size copy is ~16× cheaper and the background is smooth anyway.
    cv::Mat small;
    cv::resize(source, small, cv::Size(), 0.25, 0.25, cv::INTER_AREA);
    cv::GaussianBlur(small, small, cv::Size(), sigma / 4.0, sigma / 4.0, cv::BORDER_REFLECT);
    cv::resize(small, background, source.size(), 0, 0, cv::INTER_LINEAR);
    constexpr double kStd = 11.578;
    constexpr double kScale = 127.0 / (4 * kStd);
    cv::Mat flat = (source - background) * kScale + 128.0;
    flat.convertTo(mat, CV_8U);
}

Lut brightnessContrastLut(double brightness, double contrast)
{
    Lut lut;
    const double c = std::clamp(contrast, 0.1, 10.0);
    const double b = std::clamp(brightness, -1.0, 1.0) * 255.0;
    for (int v = 0; v < 256; ++v)
        lut[std::size_t(v)] = uchar(std::clamp(std::lround((v - 127.5) * c + 127.5 + b), 0L, 255L));
    return lut;
}

} // namespace

QString DisplayPresets::name(DisplayPreset preset)
{
    switch (preset) {
    case DisplayPreset::Raw: return QCoreApplication::translate("curator::DisplayPresets", "Raw");
    case DisplayPreset::AutoContrast: return QCoreApplication::translate("curator::DisplayPresets", "Auto contrast");
    case DisplayPreset::Clahe: return QCoreApplication::translate("curator::DisplayPresets", "CLAHE");
    case DisplayPreset::Flattened: return QCoreApplication::translate("curator::DisplayPresets", "Background flattened");
    }
    return {};
}

QString DisplayPresets::key(DisplayPreset preset)
{
    switch (preset) {
    case DisplayPreset::Raw: return QStringLiteral("raw");
    case DisplayPreset::AutoContrast: return QStringLiteral("auto-contrast");
    case DisplayPreset::Clahe: return QStringLiteral("clahe");
    case DisplayPreset::Flattened: return QStringLiteral("flattened");
    }
    return {};
}

DisplayPreset DisplayPresets::presetFromKey(const QString& key, DisplayPreset fallback)
{
    for (int p = 0; p < kDisplayPresetCount; ++p) {
        if (DisplayPresets::key(DisplayPreset(p)) == key)
            return DisplayPreset(p);
    }
    return fallback;
}

QImage DisplayPresets::renderGray(const QImage& image, const DisplaySettings& settings)
{
    if (image.isNull())
        return {};
    QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    gray.detach();
    try {
        switch (settings.preset) {
        case DisplayPreset::Raw: break;
        case DisplayPreset::AutoContrast: applyLut(gray, autoContrastLut(gray, settings)); break;
        case DisplayPreset::Clahe: clahe(gray, settings); break;
        case DisplayPreset::Flattened: flatten(gray, settings); break;
        }
    } catch (const cv::Exception&) {
        // OpenCV refuses only impossible parameters; show the image unprocessed rather than nothing.
    }
    if (settings.brightness != 0.0 || settings.contrast != 1.0)
        applyLut(gray, brightnessContrastLut(settings.brightness, settings.contrast));
    return gray;
}

QImage DisplayPresets::render(const QImage& image, const DisplaySettings& settings)
{
    const QImage gray = renderGray(image, settings);
    if (gray.isNull())
        return {};
    QImage rgb(gray.size(), QImage::Format_RGB32);
    if (rgb.isNull())
        return {};   // out of memory: Qt returns a null image, whose scan lines are null
    const int width = gray.width(), height = gray.height();
    for (int y = 0; y < height; ++y) {
        const uchar* in = gray.constScanLine(y);
        auto* out = reinterpret_cast<QRgb*>(rgb.scanLine(y));
        for (int x = 0; x < width; ++x)
            out[x] = 0xff000000u | (uint(in[x]) * 0x010101u);
    }
    return rgb;
}

} // namespace curator
