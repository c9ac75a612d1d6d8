// TiffCodec: LIVECell's real TIFFs decode, our encoder round-trips, damaged or huge files are refused.
#include "model/io/tiffcodec.h"
#include "testutil.h"

#include <QBuffer>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QtConcurrent>
#include <QtTest>

#include <cmath>
#include <cstring>

using namespace curator;

namespace {

QStringList realTiffs()
{
    QStringList files;
    QDirIterator it(QStringLiteral(CURATOR_SHARED_DIR "/realdata"), {QStringLiteral("*.tif")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

double mean(const QImage& image)
{
    double sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        const uchar* p = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            sum += p[x];
    }
    return sum / (double(image.width()) * image.height());
}

double stddev(const QImage& image, double mean)
{
    double sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        const uchar* p = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            sum += (p[x] - mean) * (p[x] - mean);
    }
    return std::sqrt(sum / (double(image.width()) * image.height()));
}

bool samePixels(const QImage& a, const QImage& b)
{
    if (a.size() != b.size() || a.format() != b.format())
        return false;
    const int rowBytes = a.width() * a.depth() / 8;
    for (int y = 0; y < a.height(); ++y) {
        if (std::memcmp(a.constScanLine(y), b.constScanLine(y), size_t(rowBytes)) != 0)
            return false;
    }
    return true;
}

QImage pattern(int w, int h, QImage::Format format)
{
    QImage image(w, h, format);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const int v = (x * 7 + y * 13 + (x * y) % 31) & 0xffff;
            if (format == QImage::Format_Grayscale16)
                reinterpret_cast<quint16*>(image.scanLine(y))[x] = quint16(v * 97);
            else
                image.scanLine(y)[x] = uchar(v);
        }
    }
    return image;
}

/** First-IFD entries of a little-endian TIFF: tag → (count, value or offset). */
QHash<quint16, QPair<quint32, quint32>> ifd(const QByteArray& tiff, QHash<quint16, int>* entryPos = nullptr)
{
    auto u16 = [&](qint64 at) { return quint16(uchar(tiff[at]) | uchar(tiff[at + 1]) << 8); };
    auto u32 = [&](qint64 at) { return quint32(u16(at)) | quint32(u16(at + 2)) << 16; };
    QHash<quint16, QPair<quint32, quint32>> tags;
    const quint32 off = u32(4);
    for (int i = 0; i < u16(off); ++i) {
        const qint64 e = off + 2 + 12 * i;
        const quint16 type = u16(e + 2);
        tags.insert(u16(e), {u32(e + 4), type == 3 ? u16(e + 8) : u32(e + 8)});
        if (entryPos)
            entryPos->insert(u16(e), int(e));
    }
    return tags;
}

/** Makes the TIFF's first IFD claim @p side x @p side pixels (the data stays as it was). */
bool claimSize(QByteArray& tiff, quint32 side)
{
    QHash<quint16, int> pos;
    ifd(tiff, &pos);
    if (!pos.contains(256) || !pos.contains(257))
        return false;
    for (int tag : {256, 257}) {
        const int e = pos.value(quint16(tag));
        tiff[e + 2] = 4; // type LONG
        std::memcpy(tiff.data() + e + 8, &side, 4);
    }
    return true;
}

} // namespace

class TestTiffCodec : public QObject
{
    Q_OBJECT
private slots:
    void realLivecellTiffsDecode_data();
    void realLivecellTiffsDecode();
    void realTiffSurvivesReencoding();
    void encodedLayoutMatchesLivecell();
    void roundTrip_data();
    void roundTrip();
    void rgbBecomesGray();
    void damagedFilesGiveErrors_data();
    void damagedFilesGiveErrors();
    void randomCorruptionNeverCrashes();
    void oversizedDimensionsRefused();
    void oversizedTilesRefused();
    void tooManySamplesRefused();
    void outOfMemoryGivesMessage_data();
    void outOfMemoryGivesMessage();
    void decodeImageReadsPng();
    void concurrentDecodesKeepTheirOwnMessages();
};

void TestTiffCodec::realLivecellTiffsDecode_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = realTiffs();
    QVERIFY2(files.size() >= 38, qPrintable(QStringLiteral("only %1 real TIFFs found").arg(files.size())));
    for (const QString& f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestTiffCodec::realLivecellTiffsDecode()
{
    QFETCH(QString, path);
    QString error;
    const auto image = TiffCodec::decode(test::readAll(path), path, &error);
    QVERIFY2(image, qPrintable(error));
    QCOMPARE(image->size(), QSize(704, 520));
    QCOMPARE(image->format(), QImage::Format_Grayscale8);
    const double m = mean(*image);
    QVERIFY2(m > 110 && m < 146, qPrintable(QString::number(m)));
    // A phase-contrast image has texture; a flat image would mean the strips were not decoded.
    const double sd = stddev(*image, m);
    QVERIFY2(sd > 3 && sd < 60, qPrintable(QString::number(sd)));
}

void TestTiffCodec::realTiffSurvivesReencoding()
{
    const QString path = test::realImagesDir() + QStringLiteral("/A172_Phase_B7_2_00d00h00m_2.tif");
    QString error;
    const auto original = TiffCodec::decode(test::readAll(path), path, &error);
    QVERIFY2(original, qPrintable(error));
    const QByteArray encoded = TiffCodec::encode(*original, {}, &error);
    QVERIFY2(!encoded.isEmpty(), qPrintable(error));
    const auto again = TiffCodec::decode(encoded, QStringLiteral("re-encoded"), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(samePixels(*original, *again));
    // Same codec and layout as LIVECell's file, so the size should be close to the original's.
    const qint64 originalSize = QFileInfo(path).size();
    QVERIFY2(qAbs(encoded.size() - originalSize) < originalSize / 10,
             qPrintable(QStringLiteral("%1 vs %2").arg(encoded.size()).arg(originalSize)));
}

void TestTiffCodec::encodedLayoutMatchesLivecell()
{
    const QByteArray tiff = TiffCodec::encode(pattern(704, 520, QImage::Format_Grayscale8));
    QVERIFY(tiff.startsWith("II*"));
    const auto tags = ifd(tiff);
    QCOMPARE(tags.value(256).second, 704u);     // ImageWidth
    QCOMPARE(tags.value(257).second, 520u);     // ImageLength
    QCOMPARE(tags.value(258).second, 8u);       // BitsPerSample
    QCOMPARE(tags.value(259).second, 5u);       // Compression: LZW
    QCOMPARE(tags.value(262).second, 1u);       // min-is-black
    QCOMPARE(tags.value(278).second, 11u);      // RowsPerStrip
    QCOMPARE(tags.value(273).first, 48u);       // StripOffsets count
    QCOMPARE(tags.value(317).second, 2u);       // Predictor: horizontal
}

void TestTiffCodec::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("compression");
    QTest::addColumn<bool>("predictor");
    QTest::addColumn<int>("tile");
    QTest::addColumn<bool>("minIsWhite");
    const int g8 = QImage::Format_Grayscale8, g16 = QImage::Format_Grayscale16;
    const int none = int(TiffCompression::None), lzw = int(TiffCompression::Lzw), zip = int(TiffCompression::Deflate);
    QTest::newRow("8-bit LZW predictor") << g8 << lzw << true << 0 << false;
    QTest::newRow("8-bit uncompressed") << g8 << none << false << 0 << false;
    QTest::newRow("8-bit deflate") << g8 << zip << false << 0 << false;
    QTest::newRow("8-bit deflate predictor") << g8 << zip << true << 0 << false;
    QTest::newRow("8-bit LZW tiles 64") << g8 << lzw << true << 64 << false;
    QTest::newRow("8-bit min-is-white") << g8 << lzw << true << 0 << true;
    QTest::newRow("16-bit LZW predictor") << g16 << lzw << true << 0 << false;
    QTest::newRow("16-bit deflate") << g16 << zip << false << 0 << false;
    QTest::newRow("16-bit uncompressed tiles 32") << g16 << none << false << 32 << false;
    QTest::newRow("16-bit min-is-white tiles 16") << g16 << zip << true << 16 << true;
}

void TestTiffCodec::roundTrip()
{
    QFETCH(int, format);
    QFETCH(int, compression);
    QFETCH(bool, predictor);
    QFETCH(int, tile);
    QFETCH(bool, minIsWhite);
    // Odd sizes: the last strip and the edge tiles are partial.
    const QImage image = pattern(101, 77, QImage::Format(format));
    TiffEncodeOptions options;
    options.compression = TiffCompression(compression);
    options.predictor = predictor;
    options.tileSize = tile;
    options.minIsWhite = minIsWhite;
    QString error;
    const QByteArray bytes = TiffCodec::encode(image, options, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    QCOMPARE(ifd(bytes).value(262).second, minIsWhite ? 0u : 1u);
    const auto decoded = TiffCodec::decode(bytes, QStringLiteral("round trip"), &error);
    QVERIFY2(decoded, qPrintable(error));
    QVERIFY(samePixels(image, *decoded));
}

void TestTiffCodec::rgbBecomesGray()
{
    QImage rgb(40, 30, QImage::Format_RGB888);
    rgb.fill(QColor(200, 100, 50));
    QString error;
    const auto decoded = TiffCodec::decode(TiffCodec::encode(rgb), QStringLiteral("rgb"), &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->format(), QImage::Format_Grayscale8);
    QVERIFY(qAbs(decoded->pixelColor(5, 5).red() - qGray(200, 100, 50)) <= 1);
}

void TestTiffCodec::damagedFilesGiveErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray real = test::readAll(test::realImagesDir() + QStringLiteral("/BV2_Phase_C4_2_02d20h00m_4.tif"));
    QVERIFY(real.size() > 1000);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not a TIFF") << QByteArray("\x89PNG\r\n\x1a\nrest of something else", 30);
    QTest::newRow("header only") << real.left(8);
    QTest::newRow("truncated to half") << real.left(real.size() / 2);
    QTest::newRow("truncated by 20 bytes") << real.left(real.size() - 20);
    QByteArray badOffset = real;
    badOffset[4] = '\xff';
    badOffset[5] = '\xff';
    badOffset[6] = '\xff';
    QTest::newRow("IFD offset past the end") << badOffset;
    // Our encoder writes the strips right after the 8-byte header and the directory last.
    QByteArray strips = TiffCodec::encode(pattern(704, 520, QImage::Format_Grayscale8));
    const quint32 ifdOffset = ifd(strips).value(256).first ? quint32(*reinterpret_cast<const quint32*>(strips.constData() + 4)) : 0;
    QVERIFY(ifdOffset > 4008);
    std::memset(strips.data() + 8, 0xff, 4000);
    QTest::newRow("garbage LZW data") << strips;
}

void TestTiffCodec::damagedFilesGiveErrors()
{
    QFETCH(QByteArray, bytes);
    QString error;
    const auto image = TiffCodec::decode(bytes, QStringLiteral("damaged.tif"), &error);
    QVERIFY(!image);
    QVERIFY2(error.contains(u"damaged.tif"), qPrintable(error));
}

void TestTiffCodec::randomCorruptionNeverCrashes()
{
    const QByteArray real = test::readAll(test::realImagesDir() + QStringLiteral("/MCF7_Phase_G4_2_02d00h00m_3.tif"));
    QRandomGenerator rng(2021);
    int failures = 0;
    for (int i = 0; i < 300; ++i) {
        QByteArray bytes = real;
        const int flips = 1 + int(rng.bounded(20));
        for (int f = 0; f < flips; ++f)
            bytes[int(rng.bounded(bytes.size()))] = char(rng.bounded(256));
        if (i % 3 == 0)
            bytes.truncate(int(rng.bounded(bytes.size())));
        QString error;
        const auto image = TiffCodec::decode(bytes, QStringLiteral("fuzz"), &error);
        if (!image) {
            ++failures;
            QVERIFY(!error.isEmpty());
        } else {
            QVERIFY(!image->isNull());
        }
    }
    QVERIFY(failures > 0);
}

void TestTiffCodec::oversizedDimensionsRefused()
{
    QByteArray bytes = TiffCodec::encode(pattern(64, 64, QImage::Format_Grayscale8));
    // Claim 15000 x 15000 (225 Mpixel): under the per-side limit, over the total one.
    QVERIFY(claimSize(bytes, 15000));
    QString error;
    QVERIFY(!TiffCodec::decode(bytes, QStringLiteral("huge.tif"), &error));
    QVERIFY2(error.contains(u"15000") && error.contains(u"huge.tif"), qPrintable(error));
}

void TestTiffCodec::oversizedTilesRefused()
{
    // A writer may choose tiles larger than a small image: 4096 x 4096 tiles on 9 x 7 pixels decode.
    const QImage small = pattern(9, 7, QImage::Format_Grayscale8);
    TiffCodec::EncodeOptions options;
    options.tileSize = 4096;
    QByteArray bytes = TiffCodec::encode(small, options);
    QString error;
    const auto decoded = TiffCodec::decode(bytes, QStringLiteral("big-tiles.tif"), &error);
    QVERIFY2(decoded && samePixels(*decoded, small), qPrintable(error));
    // The fuzzer's file: a tile 1,310,785,599 pixels wide made the decoder allocate gigabytes.
    QHash<quint16, int> pos;
    ifd(bytes, &pos);
    QVERIFY(pos.contains(322));
    const int e = pos.value(322);
    bytes[e + 2] = 4; // type LONG
    const quint32 width = 1310785599;
    std::memcpy(bytes.data() + e + 8, &width, 4);
    QVERIFY(!TiffCodec::decode(bytes, QStringLiteral("huge-tiles.tif"), &error));
    QVERIFY2(error.contains(u"huge-tiles.tif") && error.contains(u"tiles of 1310785599 x 4096"), qPrintable(error));
    // The saved crash input itself.
    const QByteArray crash =
        test::readAll(QStringLiteral(CURATOR_SOURCE_DIR "/tests/data/regressions/tiff/huge-tile-width.tif"));
    QVERIFY(!crash.isEmpty());
    QVERIFY(!TiffCodec::decode(crash, QStringLiteral("crash.tif"), &error));
    QVERIFY2(error.contains(u"crash.tif: tiles of 1310785599"), qPrintable(error));
}

void TestTiffCodec::tooManySamplesRefused()
{
    // The fuzzer's slow file: 247 bytes claiming 18,761 samples per pixel on 16 x 3,072 pixels took
    // seconds and a gigabyte to expand before the samples were reduced to grey.
    const QByteArray slow =
        test::readAll(QStringLiteral(CURATOR_SOURCE_DIR "/tests/data/regressions/tiff/many-samples-slow.tif"));
    QCOMPARE(slow.size(), 247);
    QString error;
    QVERIFY(!TiffCodec::decode(slow, QStringLiteral("slow.tif"), &error));
    QVERIFY2(error == u"slow.tif: 18761 samples per pixel exceed the limit of 4", qPrintable(error));
    // Five samples are refused too; RGB (three) decodes, as rgbBecomesGray shows.
    QByteArray bytes = TiffCodec::encode(pattern(8, 8, QImage::Format_Grayscale8));
    QHash<quint16, int> pos;
    ifd(bytes, &pos);
    QVERIFY(pos.contains(277));
    bytes[pos.value(277) + 8] = 5;
    QVERIFY(!TiffCodec::decode(bytes, QStringLiteral("five.tif"), &error));
    QVERIFY2(error.startsWith(u"five.tif: 5 samples per pixel"), qPrintable(error));
}

void TestTiffCodec::outOfMemoryGivesMessage_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("grey, into the image") << int(QImage::Format_Grayscale8);
    QTest::newRow("RGB, into the colour raster") << int(QImage::Format_RGB888);
}

void TestTiffCodec::outOfMemoryGivesMessage()
{
    // A 10,000 x 10,000 image is within the limits but needs 100 MB (grey) or 400 MB (the RGB
    // raster); with 48 MB to spare the allocation fails, which must give a message, not end the
    // application (the RGB path's std::bad_alloc did).
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    QFETCH(int, format);
    QImage small(64, 64, QImage::Format(format));
    small.fill(Qt::gray);
    QByteArray bytes = TiffCodec::encode(small);
    QVERIFY(claimSize(bytes, 10000));
    QString error;
    std::optional<QImage> decoded;
    {
        test::AddressSpaceLimit limit(48 << 20);
        QVERIFY(limit.active());
        decoded = TiffCodec::decode(bytes, QStringLiteral("large.tif"), &error);
    }
    QVERIFY(!decoded);
    QVERIFY2(error == u"large.tif: not enough memory to decode an image of 10000 x 10000 pixels", qPrintable(error));
}

void TestTiffCodec::decodeImageReadsPng()
{
    const QImage gray = pattern(50, 40, QImage::Format_Grayscale8);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(gray.save(&buffer, "PNG"));
    QString error;
    const auto decoded = decodeImage(png, QStringLiteral("x.png"), &error);
    QVERIFY2(decoded, qPrintable(error));
    QVERIFY(samePixels(gray, *decoded));

    QImage colour(10, 10, QImage::Format_RGB32);
    colour.fill(Qt::red);
    QByteArray colourPng;
    QBuffer colourBuffer(&colourPng);
    colourBuffer.open(QIODevice::WriteOnly);
    QVERIFY(colour.save(&colourBuffer, "PNG"));
    const auto gray8 = decodeImage(colourPng, QStringLiteral("red.png"), &error);
    QVERIFY(gray8 && gray8->format() == QImage::Format_Grayscale8);

    const auto tiff = decodeImage(TiffCodec::encode(gray), QStringLiteral("x.tif"), &error);
    QVERIFY(tiff && samePixels(gray, *tiff));
    QVERIFY(!decodeImage(QByteArray("nonsense"), QStringLiteral("bad.bin"), &error));
    QVERIFY(error.contains(u"bad.bin"));
}

void TestTiffCodec::concurrentDecodesKeepTheirOwnMessages()
{
    const QStringList files = realTiffs();
    QList<QPair<QString, QByteArray>> jobs;
    for (const QString& f : files) {
        const QByteArray bytes = test::readAll(f);
        jobs.append({QFileInfo(f).fileName(), bytes});
        jobs.append({QStringLiteral("broken-") + QFileInfo(f).fileName(), bytes.left(bytes.size() / 3)});
    }
    const QList<QString> results = QtConcurrent::blockingMapped(jobs, [](const QPair<QString, QByteArray>& job) {
        QString error;
        const auto image = TiffCodec::decode(job.second, job.first, &error);
        return image ? QStringLiteral("ok") : error;
    });
    for (int i = 0; i < jobs.size(); ++i) {
        if (jobs[i].first.startsWith(u"broken-"))
            QVERIFY2(results[i].startsWith(jobs[i].first), qPrintable(results[i]));
        else
            QCOMPARE(results[i], QStringLiteral("ok"));
    }
}

CURATOR_LIMITED_MEMORY_MAIN(TestTiffCodec)
#include "tst_tiffcodec.moc"
