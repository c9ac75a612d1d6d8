#include "model/io/tiffcodec.h"
#include "model/imagealloc.h"
#include "model/limits.h"
#include "model/threadscratch.h"

#include <QCoreApplication>

#include <tiffio.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <vector>

namespace curator {

namespace {

/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::TiffCodec)
};

// libtiff's process-wide handlers only catch what has no per-handle handler (errors raised before a
// TIFF* exists). They write to a per-thread buffer so that concurrent decodes never mix messages.
ThreadScratch<std::string>& orphanMessages()
{
    static ThreadScratch<std::string> perThread;
    return perThread;
}

// Called back by libtiff, as are the mem* functions below: nothing may leave them (it would unwind
// through C), so a message that does not fit in memory is dropped.
void formatInto(std::string& out, const char* module, const char* fmt, va_list ap) noexcept
{
    char buf[512];
    std::vsnprintf(buf, sizeof buf, fmt, ap);
    try {
        if (!out.empty())
            out += "; ";
        if (module && *module)
            out.append(module).append(": ");
        out += buf;
    } catch (const std::bad_alloc&) {
    }
}

// The buffer is made before libtiff is called (openMemory), never in here.
void orphanError(const char* module, const char* fmt, va_list ap)
{
    if (std::string* messages = orphanMessages().find())
        formatInto(*messages, module, fmt, ap);
}

void installGlobalHandlers()
{
    static std::once_flag once;
    std::call_once(once, [] {
        TIFFSetErrorHandler(orphanError);
        TIFFSetWarningHandler(nullptr);
    });
}

/** In-memory file for libtiff: reads from a buffer or grows @p out when writing. */
struct MemoryFile
{
    const char* data = nullptr;
    qint64 size = 0;
    qint64 pos = 0;
    QByteArray* out = nullptr;
    std::string messages;
};

tmsize_t memRead(thandle_t h, void* buf, tmsize_t n)
{
    auto* f = static_cast<MemoryFile*>(h);
    const qint64 avail = f->out ? f->out->size() - f->pos : f->size - f->pos;
    const qint64 count = std::clamp<qint64>(avail, 0, n);
    if (count > 0)
        std::memcpy(buf, (f->out ? f->out->constData() : f->data) + f->pos, size_t(count));
    f->pos += count;
    return tmsize_t(count);
}

tmsize_t memWrite(thandle_t h, void* buf, tmsize_t n)
{
    auto* f = static_cast<MemoryFile*>(h);
    if (!f->out || n < 0)
        return -1;
    try {
        if (f->pos + n > f->out->size())
            f->out->resize(f->pos + n);
    } catch (const std::bad_alloc&) {
        return -1;   // libtiff reports a failed write
    }
    std::memcpy(f->out->data() + f->pos, buf, size_t(n));
    f->pos += n;
    return n;
}

toff_t memSeek(thandle_t h, toff_t off, int whence)
{
    auto* f = static_cast<MemoryFile*>(h);
    const qint64 end = f->out ? f->out->size() : f->size;
    const qint64 base = whence == SEEK_CUR ? f->pos : whence == SEEK_END ? end : 0;
    const qint64 target = base + qint64(off);
    if (target < 0)
        return toff_t(-1);
    f->pos = target;
    return toff_t(target);
}

int memClose(thandle_t) { return 0; }
toff_t memSize(thandle_t h)
{
    auto* f = static_cast<MemoryFile*>(h);
    return toff_t(f->out ? f->out->size() : f->size);
}
int memMap(thandle_t h, void** base, toff_t* size)
{
    auto* f = static_cast<MemoryFile*>(h);
    if (f->out)
        return 0;
    *base = const_cast<char*>(f->data);
    *size = toff_t(f->size);
    return 1;
}
void memUnmap(thandle_t, void*, toff_t) {}

int handleError(TIFF*, void* user, const char* module, const char* fmt, va_list ap)
{
    formatInto(static_cast<MemoryFile*>(user)->messages, module, fmt, ap);
    return 1;
}
int ignoreWarning(TIFF*, void*, const char*, const char*, va_list) { return 1; }

struct TiffCloser { void operator()(TIFF* t) const { TIFFClose(t); } };
using TiffPtr = std::unique_ptr<TIFF, TiffCloser>;

TiffPtr openMemory(MemoryFile& file, const char* mode)
{
    installGlobalHandlers();
    std::string& orphans = orphanMessages().get();
    orphans.clear();
    TIFFOpenOptions* opts = TIFFOpenOptionsAlloc();
    TIFFOpenOptionsSetErrorHandlerExtR(opts, handleError, &file);
    TIFFOpenOptionsSetWarningHandlerExtR(opts, ignoreWarning, nullptr);
    // Bounds any single allocation libtiff makes for a hostile file (strip offsets, tiles, …).
    TIFFOpenOptionsSetMaxSingleMemAlloc(opts, tmsize_t(1) << 30);
    TIFF* tif = TIFFClientOpenExt("memory", mode, &file, memRead, memWrite, memSeek, memClose, memSize,
                                  memMap, memUnmap, opts);
    TIFFOpenOptionsFree(opts);
    if (!tif && file.messages.empty())
        file.messages = orphans;
    return TiffPtr(tif);
}

struct Layout
{
    uint32_t width = 0, height = 0;
    uint16_t bits = 1, samples = 1, photometric = PHOTOMETRIC_MINISBLACK, format = SAMPLEFORMAT_UINT;
    bool tiled = false;
};

Layout readLayout(TIFF* tif)
{
    Layout l;
    TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &l.width);
    TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &l.height);
    TIFFGetFieldDefaulted(tif, TIFFTAG_BITSPERSAMPLE, &l.bits);
    TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLESPERPIXEL, &l.samples);
    TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLEFORMAT, &l.format);
    if (!TIFFGetField(tif, TIFFTAG_PHOTOMETRIC, &l.photometric))
        l.photometric = PHOTOMETRIC_MINISBLACK;
    l.tiled = TIFFIsTiled(tif);
    return l;
}

/** Tiles may overhang the image, but not by more than a tile a writer would choose (libtiff does not
 *  bound them, and the decoders allocate one tile): each side at most the image side rounded up to
 *  the TIFF grid of 16, or limits::kMaxTiffTileSide where that is larger. */
bool tilesFit(TIFF* tif, const Layout& l, uint32_t* tw, uint32_t* th)
{
    TIFFGetField(tif, TIFFTAG_TILEWIDTH, tw);
    TIFFGetField(tif, TIFFTAG_TILELENGTH, th);
    auto bound = [](uint32_t side) { return std::max<uint32_t>(limits::kMaxTiffTileSide, (side + 15) / 16 * 16); };
    return *tw <= bound(l.width) && *th <= bound(l.height);
}

bool isPlainGray(const Layout& l)
{
    return l.samples == 1 && (l.bits == 8 || l.bits == 16) && l.format == SAMPLEFORMAT_UINT
        && (l.photometric == PHOTOMETRIC_MINISBLACK || l.photometric == PHOTOMETRIC_MINISWHITE);
}

bool readStrips(TIFF* tif, const Layout& l, QImage& image)
{
    uint32_t rowsPerStrip = l.height;
    TIFFGetFieldDefaulted(tif, TIFFTAG_ROWSPERSTRIP, &rowsPerStrip);
    rowsPerStrip = std::clamp<uint32_t>(rowsPerStrip, 1, l.height);
    const qint64 scanline = TIFFScanlineSize64(tif);
    const qint64 rowBytes = qint64(l.width) * (l.bits / 8);
    if (scanline < rowBytes)
        return false;
    std::vector<char> strip(size_t(scanline) * rowsPerStrip);
    for (uint32_t row = 0, s = 0; row < l.height; row += rowsPerStrip, ++s) {
        const uint32_t rows = std::min(rowsPerStrip, l.height - row);
        const tmsize_t want = tmsize_t(scanline * rows);
        if (TIFFReadEncodedStrip(tif, s, strip.data(), want) < want)
            return false;
        for (uint32_t r = 0; r < rows; ++r)
            std::memcpy(image.scanLine(int(row + r)), strip.data() + r * scanline, size_t(rowBytes));
    }
    return true;
}

bool readTiles(TIFF* tif, const Layout& l, QImage& image)
{
    uint32_t tw = 0, th = 0;
    TIFFGetField(tif, TIFFTAG_TILEWIDTH, &tw);
    TIFFGetField(tif, TIFFTAG_TILELENGTH, &th);
    const int bpp = l.bits / 8;
    const qint64 tileSize = TIFFTileSize64(tif);
    if (tw == 0 || th == 0 || tileSize < qint64(tw) * th * bpp)
        return false;
    std::vector<char> tile(static_cast<size_t>(tileSize));
    for (uint32_t y = 0; y < l.height; y += th) {
        for (uint32_t x = 0; x < l.width; x += tw) {
            if (TIFFReadEncodedTile(tif, TIFFComputeTile(tif, x, y, 0, 0), tile.data(), tileSize) < 0)
                return false;
            const uint32_t rows = std::min(th, l.height - y), cols = std::min(tw, l.width - x);
            for (uint32_t r = 0; r < rows; ++r)
                std::memcpy(image.scanLine(int(y + r)) + qint64(x) * bpp,
                            tile.data() + qint64(r) * tw * bpp, size_t(cols) * bpp);
        }
    }
    return true;
}

void invert(QImage& image)
{
    for (int y = 0; y < image.height(); ++y) {
        if (image.format() == QImage::Format_Grayscale16) {
            auto* p = reinterpret_cast<quint16*>(image.scanLine(y));
            std::transform(p, p + image.width(), p, [](quint16 v) { return quint16(65535 - v); });
        } else {
            uchar* p = image.scanLine(y);
            std::transform(p, p + image.width(), p, [](uchar v) { return uchar(255 - v); });
        }
    }
}

std::optional<QImage> decodeGray(TIFF* tif, const Layout& l)
{
    // The size is within the limits, so only memory can be short.
    QImage image = allocateImage(QSize(int(l.width), int(l.height)),
                                 l.bits == 16 ? QImage::Format_Grayscale16 : QImage::Format_Grayscale8);
    if (!(l.tiled ? readTiles(tif, l, image) : readStrips(tif, l, image)))
        return std::nullopt;
    if (l.photometric == PHOTOMETRIC_MINISWHITE)
        invert(image);
    return image;
}

std::optional<QImage> decodeRgba(TIFF* tif, const Layout& l, MemoryFile& file)
{
    char message[1024] = {};
    if (!TIFFRGBAImageOK(tif, message)) {
        file.messages = message;
        return std::nullopt;
    }
    std::vector<uint32_t> raster(size_t(l.width) * l.height);
    if (!TIFFReadRGBAImageOriented(tif, l.width, l.height, raster.data(), ORIENTATION_TOPLEFT, 0))
        return std::nullopt;
    QImage image = allocateImage(QSize(int(l.width), int(l.height)), QImage::Format_Grayscale8);
    for (uint32_t y = 0; y < l.height; ++y) {
        const uint32_t* src = raster.data() + size_t(y) * l.width;
        uchar* dst = image.scanLine(int(y));
        for (uint32_t x = 0; x < l.width; ++x)
            dst[x] = uchar((TIFFGetR(src[x]) * 11 + TIFFGetG(src[x]) * 16 + TIFFGetB(src[x]) * 5) / 32);
    }
    return image;
}

QString failure(const QString& name, const QString& what, const std::string& libtiff)
{
    if (libtiff.empty())
        return Text::tr("%1: %2").arg(name, what);
    return Text::tr("%1: %2 (libtiff: %3)").arg(name, what, QString::fromStdString(libtiff));
}

} // namespace

bool TiffCodec::isTiff(const QByteArray& bytes)
{
    return bytes.startsWith(QByteArrayLiteral("II*\0")) || bytes.startsWith(QByteArrayLiteral("MM\0*"))
        || bytes.startsWith(QByteArrayLiteral("II+\0")) || bytes.startsWith(QByteArrayLiteral("MM\0+"));
}

namespace {

// TiffCodec::decode() but for running short of memory outside the pixels (std::bad_alloc leaves it).
std::optional<QImage> decodeTiff(const QByteArray& bytes, const QString& name, QString* error)
{
    constexpr int kMaxSide = TiffCodec::kMaxSide;
    constexpr qint64 kMaxPixels = TiffCodec::kMaxPixels;
    auto fail = [&](const QString& what, const std::string& libtiff) -> std::optional<QImage> {
        if (error)
            *error = failure(name, what, libtiff);
        return std::nullopt;
    };
    if (!TiffCodec::isTiff(bytes))
        return fail(Text::tr("not a TIFF file (no TIFF header)"), {});
    MemoryFile file{bytes.constData(), bytes.size(), 0, nullptr, {}};
    TiffPtr tif = openMemory(file, "r");
    if (!tif)
        return fail(Text::tr("corrupt TIFF header or directory"), file.messages);
    const Layout l = readLayout(tif.get());
    if (l.width == 0 || l.height == 0)
        return fail(Text::tr("image has no pixels"), file.messages);
    if (l.width > uint32_t(kMaxSide) || l.height > uint32_t(kMaxSide) || qint64(l.width) * l.height > kMaxPixels)
        return fail(Text::tr("image of %1 x %2 pixels exceeds the limit of %3 pixels per side and %4 pixels in total")
                        .arg(l.width).arg(l.height).arg(kMaxSide).arg(kMaxPixels), {});
    if (l.samples > limits::kMaxTiffSamplesPerPixel)
        return fail(Text::tr("%1 samples per pixel exceed the limit of %2")
                        .arg(l.samples)
                        .arg(limits::kMaxTiffSamplesPerPixel),
                    {});
    if (uint32_t tw = 0, th = 0; l.tiled && !tilesFit(tif.get(), l, &tw, &th))
        return fail(Text::tr("tiles of %1 x %2 pixels are far larger than the image of %3 x %4 pixels")
                        .arg(tw).arg(th).arg(l.width).arg(l.height), {});
    if (l.format == SAMPLEFORMAT_IEEEFP || l.format == SAMPLEFORMAT_COMPLEXIEEEFP)
        return fail(Text::tr("floating-point samples are not supported"), {});
    std::optional<QImage> image;
    try {
        image = isPlainGray(l) ? decodeGray(tif.get(), l) : decodeRgba(tif.get(), l, file);
    } catch (const std::bad_alloc&) {
        return fail(Text::tr("not enough memory to decode an image of %1 x %2 pixels").arg(l.width).arg(l.height), {});
    }
    if (!image)
        return fail(Text::tr("corrupt or truncated image data"), file.messages);
    return image;
}

} // namespace

std::optional<QImage> TiffCodec::decode(const QByteArray& bytes, const QString& name, QString* error)
{
    try {
        return decodeTiff(bytes, name, error);
    } catch (const std::bad_alloc&) {
        if (error)
            *error = Text::tr("%1: not enough memory to decode it").arg(name);
        return std::nullopt;
    }
}

namespace {

void setEncodeFields(TIFF* tif, const QImage& image, const TiffCodec::EncodeOptions& o)
{
    const bool rgb = image.format() == QImage::Format_RGB888;
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(image.width()));
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(image.height()));
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, uint16_t(image.format() == QImage::Format_Grayscale16 ? 16 : 8));
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, uint16_t(rgb ? 3 : 1));
    TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    TIFFSetField(tif, TIFFTAG_PHOTOMETRIC,
                 rgb ? PHOTOMETRIC_RGB : o.minIsWhite ? PHOTOMETRIC_MINISWHITE : PHOTOMETRIC_MINISBLACK);
    const int compression = o.compression == TiffCodec::Compression::Lzw       ? COMPRESSION_LZW
                          : o.compression == TiffCodec::Compression::Deflate ? COMPRESSION_ADOBE_DEFLATE
                                                                             : COMPRESSION_NONE;
    TIFFSetField(tif, TIFFTAG_COMPRESSION, compression);
    if (compression != COMPRESSION_NONE && o.predictor)
        TIFFSetField(tif, TIFFTAG_PREDICTOR, PREDICTOR_HORIZONTAL);
    if (o.tileSize > 0) {
        TIFFSetField(tif, TIFFTAG_TILEWIDTH, uint32_t(o.tileSize));
        TIFFSetField(tif, TIFFTAG_TILELENGTH, uint32_t(o.tileSize));
    } else {
        TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, uint32_t(std::max(1, o.rowsPerStrip)));
    }
}

/** Row @p y as stored (inverted for min-is-white), copied: libtiff's predictor edits the buffer. */
char* storedRow(const QImage& image, int y, bool invertRow, std::vector<char>& scratch)
{
    const char* src = reinterpret_cast<const char*>(image.constScanLine(y));
    scratch.assign(src, src + image.bytesPerLine());
    if (invertRow) {
        for (char& c : scratch)
            c = char(~uchar(c)); // for 16-bit samples bitwise not is 65535 - v as well
    }
    return scratch.data();
}

bool writeStrips(TIFF* tif, const QImage& image, bool invertRows)
{
    std::vector<char> scratch;
    for (int y = 0; y < image.height(); ++y) {
        if (TIFFWriteScanline(tif, storedRow(image, y, invertRows, scratch), uint32_t(y), 0) < 0)
            return false;
    }
    return true;
}

bool writeTiles(TIFF* tif, const QImage& image, int tileSize, bool invertRows)
{
    const int bpp = image.depth() / 8;
    std::vector<char> tile(size_t(tileSize) * tileSize * bpp), scratch;
    for (int y = 0; y < image.height(); y += tileSize) {
        for (int x = 0; x < image.width(); x += tileSize) {
            std::fill(tile.begin(), tile.end(), 0);
            const int rows = std::min(tileSize, image.height() - y), cols = std::min(tileSize, image.width() - x);
            for (int r = 0; r < rows; ++r)
                std::memcpy(tile.data() + size_t(r) * tileSize * bpp,
                            storedRow(image, y + r, invertRows, scratch) + size_t(x) * bpp, size_t(cols) * bpp);
            if (TIFFWriteTile(tif, tile.data(), uint32_t(x), uint32_t(y), 0, 0) < 0)
                return false;
        }
    }
    return true;
}

} // namespace

QByteArray TiffCodec::encode(const QImage& input, const EncodeOptions& options, QString* error)
{
    QImage image = input;
    const QImage::Format f = image.format();
    if (f != QImage::Format_Grayscale8 && f != QImage::Format_Grayscale16 && f != QImage::Format_RGB888)
        image = image.convertToFormat(QImage::Format_Grayscale8);
    const bool gray = image.format() != QImage::Format_RGB888;
    QByteArray out;
    MemoryFile file{nullptr, 0, 0, &out, {}};
    bool ok = !image.isNull() && (options.tileSize <= 0 || options.tileSize % 16 == 0);
    bool outOfMemory = false;
    if (ok) {
        try {
            TiffPtr tif = openMemory(file, "w");
            ok = bool(tif);
            if (ok) {
                setEncodeFields(tif.get(), image, options);
                const bool inv = gray && options.minIsWhite;
                ok = options.tileSize > 0 ? writeTiles(tif.get(), image, options.tileSize, inv)
                                          : writeStrips(tif.get(), image, inv);
                ok = ok && TIFFWriteDirectory(tif.get());
            }
        } catch (const std::bad_alloc&) {
            ok = false;
            outOfMemory = true;
        }
    }
    if (!ok || !file.messages.empty()) {
        if (error)
            *error = failure(Text::tr("TIFF encoder"),
                             outOfMemory ? Text::tr("not enough memory to encode the image")
                                         : Text::tr("cannot encode the image"),
                             file.messages);
        return {};
    }
    return out;
}

std::optional<QImage> decodeImage(const QByteArray& bytes, const QString& name, QString* error)
{
    if (TiffCodec::isTiff(bytes))
        return TiffCodec::decode(bytes, name, error);
    QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        if (error)
            *error = Text::tr("%1: not a TIFF, PNG or other readable image").arg(name);
        return std::nullopt;
    }
    if (image.format() != QImage::Format_Grayscale8 && image.format() != QImage::Format_Grayscale16)
        image = image.convertToFormat(QImage::Format_Grayscale8);
    return image;
}

} // namespace curator
