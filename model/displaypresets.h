#pragma once

#include <QImage>
#include <QString>

namespace curator {

/** How a phase-contrast image is mapped to screen grey levels before brightness/contrast. */
enum class DisplayPreset : quint8 {
    Raw,            ///< the stored values as they are
    AutoContrast,   ///< linear stretch between two percentiles of the histogram
    Clahe,          ///< contrast-limited adaptive histogram equalisation (OpenCV)
    Flattened,      ///< large-scale background removed, then LIVECell's normalisation (mean 128, std 11.578)
};
inline constexpr int kDisplayPresetCount = 4;

/** A display preset with its parameters and the manual brightness/contrast applied after it. */
struct DisplaySettings
{
    DisplayPreset preset = DisplayPreset::AutoContrast;
    double brightness = 0.0;       ///< -1…1, added after the preset as a fraction of the full range
    double contrast = 1.0;         ///< 0.1…10, scales around mid-grey after the preset
    double lowPercentile = 0.5;    ///< AutoContrast: maps to black
    double highPercentile = 99.5;  ///< AutoContrast: maps to white
    double claheClipLimit = 2.0;   ///< Clahe: OpenCV clip limit
    int claheTiles = 8;            ///< Clahe: tiles per side
    double flattenSigma = 40.0;    ///< Flattened: Gaussian sigma of the background, in pixels
    bool operator==(const DisplaySettings&) const = default;
};

/**
 * Renders grayscale microscopy images for display. Pure functions of the image and the settings;
 * safe to call from any thread. A 704 × 520 image takes a few milliseconds with any preset.
 */
class DisplayPresets
{
public:
    /** Translated name for menus, e.g. "Auto contrast". */
    static QString name(DisplayPreset preset);
    /** Stable key for settings files, e.g. "auto-contrast"; presetFromKey() inverts it. */
    static QString key(DisplayPreset preset);
    static DisplayPreset presetFromKey(const QString& key, DisplayPreset fallback = DisplayPreset::AutoContrast);

    /**
     * Maps @p image (any format; converted to 8-bit grey first) through @p settings and returns an
     * opaque Format_RGB32 image of the same size, ready to paint. Null in, null out; null too when memory
     * runs short (an image shown blank, not a crash).
     */
    static QImage render(const QImage& image, const DisplaySettings& settings);
    /** Like render() but returns the 8-bit grey result. */
    static QImage renderGray(const QImage& image, const DisplaySettings& settings);
};

} // namespace curator
