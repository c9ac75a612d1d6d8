#pragma once

#include "model/limits.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace curator {

enum class TiffCompression { None, Lzw, Deflate };

/** How TiffCodec::encode() lays out a TIFF. */
struct TiffEncodeOptions
{
    TiffCompression compression = TiffCompression::Lzw;
    bool predictor = true;      ///< horizontal differencing (predictor 2); ignored for None
    int rowsPerStrip = 11;      ///< LIVECell: 11 rows per strip, 48 strips for 520 rows
    int tileSize = 0;           ///< > 0: write tiles of this size (multiple of 16) instead of strips
    bool minIsWhite = false;    ///< store inverted samples with PhotometricInterpretation 0
};

/**
 * TIFF decoding and encoding in memory with libtiff (no temporary files).
 *
 * Decoding reads the first page of a TIFF: 8- and 16-bit grayscale (min-is-black and
 * min-is-white, which is inverted so that bright stays bright), stored in strips or tiles, with any
 * compression libtiff supports (none, LZW, deflate, PackBits, …; horizontal predictor included).
 * It returns Format_Grayscale8 or Format_Grayscale16. Everything else libtiff can render as RGBA
 * (RGB, palette, bilevel, 4-bit, YCbCr) is converted to Format_Grayscale8 by luminance.
 * Floating-point samples are refused.
 *
 * Limits: each side at most kMaxSide pixels and at most kMaxPixels pixels in total; larger images
 * are refused before anything is allocated, as are more than limits::kMaxTiffSamplesPerPixel
 * samples per pixel and tiles far larger than the image (a side beyond limits::kMaxTiffTileSide and
 * beyond the image's side rounded up to 16). libtiff's messages are captured per call (never
 * printed) and become part of the error; decoding is safe to call from several threads at once.
 */
class TiffCodec
{
public:
    static constexpr int kMaxSide = limits::kMaxImageSide;
    static constexpr qint64 kMaxPixels = limits::kMaxImagePixels;

    using Compression = TiffCompression;
    using EncodeOptions = TiffEncodeOptions;

    /** True when @p bytes start with a TIFF or BigTIFF header (either byte order). */
    static bool isTiff(const QByteArray& bytes);

    /**
     * Decodes @p bytes. On failure returns nullopt and sets @p error to a message that names
     * @p name (a file or zip entry, for the user) and what was wrong, running out of memory included.
     */
    static std::optional<QImage> decode(const QByteArray& bytes, const QString& name, QString* error);

    /**
     * Encodes @p image as a single-page TIFF. Format_Grayscale8 and Format_Grayscale16 are written
     * as 8- or 16-bit grayscale, Format_RGB888 as 8-bit RGB; any other format is converted to
     * Format_Grayscale8 first. The defaults reproduce LIVECell's layout (LZW, predictor 2,
     * 11 rows per strip). Returns an empty array and sets @p error on failure.
     */
    static QByteArray encode(const QImage& image, const EncodeOptions& options = {}, QString* error = nullptr);
};

/**
 * Decodes an image file held in memory: TIFF through TiffCodec, anything else (PNG, …) through
 * QImage. The result is always Format_Grayscale8 or Format_Grayscale16; colour images are converted
 * to 8-bit gray. On failure returns nullopt with a message naming @p name.
 */
std::optional<QImage> decodeImage(const QByteArray& bytes, const QString& name, QString* error);

} // namespace curator
