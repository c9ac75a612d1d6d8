// Mask export: 16-bit instance labels (0 background, 1..N in annotation order, smaller cell on top),
// optional binary masks, through the model API and `livecell-cli masks`, checked against an
// independent rasterisation of the real sample.
#include "model/io/cocoreader.h"
#include "model/io/imagesource.h"
#include "model/io/rle.h"
#include "model/io/tiffcodec.h"
#include "model/masks/maskexporter.h"
#include "model/masks/maskrenderer.h"
#include "testutil.h"

#include <QDir>
#include <QPolygonF>
#include <QTemporaryDir>
#include <QtTest>

#include <new>

using namespace curator;

namespace {
std::unique_ptr<AnnotationSet> loadBytes(const QByteArray& json)
{
    QString error;
    auto set = CocoReader::readBytes(json, QStringLiteral("mem.json"), &error);
    if (!set)
        qWarning("%s", qPrintable(error));
    return set;
}

quint16 labelAt(const QImage& labels, int x, int y) { return reinterpret_cast<const quint16*>(labels.constScanLine(y))[x]; }

/** Independent rasteriser: pixel (x, y) is inside when its centre (x + 0.5, y + 0.5) is (even-odd rule). */
std::vector<quint8> centreSampled(const AnnotationStore& store, int a, int width, int height)
{
    std::vector<quint8> mask(std::size_t(width) * std::size_t(height), 0);
    for (int r = 0; r < store.ringCount(a); ++r) {
        QPolygonF polygon;
        const auto ring = store.ring(a, r);
        for (std::size_t i = 0; i + 1 < ring.size(); i += 2)
            polygon.append({ring[i], ring[i + 1]});
        const QRect box = polygon.boundingRect().toAlignedRect().adjusted(-1, -1, 1, 1) & QRect(0, 0, width, height);
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x)
                if (polygon.containsPoint({x + 0.5, y + 0.5}, Qt::OddEvenFill))
                    mask[std::size_t(y) * std::size_t(width) + std::size_t(x)] = 1;
    }
    return mask;
}
/** Another source's images; asking for @p name runs out of memory. */
class ShortOfMemoryOn : public ImageSource
{
public:
    ShortOfMemoryOn(const ImageSource& images, QString name) : m_images(images), m_name(std::move(name)) {}
    QString path() const override { return m_images.path(); }
    int count() const override { return m_images.count(); }
    QStringList baseNames() const override { return m_images.baseNames(); }
    bool contains(const QString& name) const override { return m_images.contains(name); }
    std::optional<QByteArray> read(const QString& name, QString* error) const override
    {
        if (name == m_name)
            throw std::bad_alloc();
        return m_images.read(name, error);
    }

private:
    const ImageSource& m_images;
    QString m_name;
};
} // namespace

class TestMasks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallerCellIsOnTop();
    void labelsFollowAnnotationOrder();
    void realSampleMatchesEvaluatorAndIndependentRaster();
    void exporterWritesLabelsBinaryAndCsv();
    void outOfMemoryIsAnError();
    void imagesShortOfMemoryThrow();
    void cliMasksOnRealSample();
    void cliUsageErrors();
};

void TestMasks::smallerCellIsOnTop()
{
    // A big square (id 10) listed after a small one (id 11) that lies inside it.
    auto set = loadBytes(R"({"images": [{"id": 1, "width": 40, "height": 30, "file_name": "x.tif"}], "annotations": [
        {"id": 11, "image_id": 1, "category_id": 1, "segmentation": [[10, 10, 15, 10, 15, 15, 10, 15]], "area": 25, "bbox": [10, 10, 5, 5], "iscrowd": 0},
        {"id": 10, "image_id": 1, "category_id": 1, "segmentation": [[0, 0, 30, 0, 30, 20, 0, 20]], "area": 600, "bbox": [0, 0, 30, 20], "iscrowd": 0}],
        "categories": [{"id": 1, "name": "cell"}]})");
    QVERIFY(set);
    QString error;
    const auto mask = MaskRenderer::render(set->store, 0, 40, 30, &error);
    QVERIFY2(mask, qPrintable(error));
    QCOMPARE(mask->labels.format(), QImage::Format_Grayscale16);
    QCOMPARE(mask->annotationIds, (std::vector<qint64>{11, 10}));
    QCOMPARE(labelAt(mask->labels, 12, 12), quint16(1)); // the small cell stays visible
    QCOMPARE(labelAt(mask->labels, 2, 2), quint16(2));
    QCOMPARE(labelAt(mask->labels, 35, 25), quint16(0));
    QCOMPARE(mask->visiblePixels[0], mask->maskPixels[0]);
    QCOMPARE(mask->visiblePixels[1], mask->maskPixels[1] - mask->maskPixels[0]);
    const QImage binary = MaskRenderer::binary(mask->labels);
    QCOMPARE(binary.pixelColor(12, 12).value(), 255);
    QCOMPARE(binary.pixelColor(35, 25).value(), 0);
}

void TestMasks::labelsFollowAnnotationOrder()
{
    QString error;
    const auto set = CocoReader::readFile(test::realValJson(), &error);
    QVERIFY2(set, qPrintable(error));
    const auto mask = MaskRenderer::render(set->store, 0, 704, 520, &error);
    QVERIFY(mask);
    const auto& cells = set->store.annotationsOfImage(0);
    QCOMPARE(mask->annotationIds.size(), cells.size());
    for (std::size_t k = 0; k < cells.size(); ++k)
        QCOMPARE(mask->annotationIds[k], set->store.annotationId(int(cells[k])));
}

void TestMasks::realSampleMatchesEvaluatorAndIndependentRaster()
{
    QString error;
    const auto set = CocoReader::readFile(test::realValJson(), &error);
    QVERIFY2(set, qPrintable(error));
    const AnnotationStore& s = set->store;
    qint64 agree = 0, foreground = 0;
    double worstIou = 1;
    for (int i = 0; i < s.imageCount(); ++i) {
        const auto mask = MaskRenderer::render(s, i, 704, 520, &error);
        QVERIFY2(mask, qPrintable(error));
        std::vector<quint8> other(704 * 520, 0);
        const auto& cells = s.annotationsOfImage(i);
        for (std::size_t k = 0; k < cells.size(); ++k) {
            const int a = int(cells[k]);
            // Exactly the evaluator's mask: pycocotools' rasterisation.
            QCOMPARE(mask->maskPixels[k], Rle::fromAnnotation(s, a, 520, 704).area());
            const std::vector<quint8> mine = centreSampled(s, a, 704, 520);
            qint64 inter = 0, uni = 0;
            const std::vector<quint8> coco = Rle::fromAnnotation(s, a, 520, 704).toMask(); // column-major
            for (int y = 0; y < 520; ++y) {
                for (int x = 0; x < 704; ++x) {
                    const bool m = mine[std::size_t(y) * 704 + std::size_t(x)], c = coco[std::size_t(x) * 520 + std::size_t(y)];
                    inter += m && c;
                    uni += m || c;
                    other[std::size_t(y) * 704 + std::size_t(x)] |= m;
                }
            }
            if (uni > 0)
                worstIou = std::min(worstIou, double(inter) / double(uni));
        }
        for (int y = 0; y < 520; ++y) {
            for (int x = 0; x < 704; ++x) {
                const bool a = labelAt(mask->labels, x, y) != 0, b = other[std::size_t(y) * 704 + std::size_t(x)];
                foreground += a || b;
                agree += a && b;
            }
        }
    }
    // Centre sampling and rleFrPoly differ only along outlines: every cell overlaps well, and the
    // foreground of the whole sample agrees almost everywhere.
    qInfo("worst cell IoU %.3f, foreground agreement %.4f", worstIou, double(agree) / double(foreground));
    QVERIFY2(worstIou > 0.85, qPrintable(QString::number(worstIou)));
    QVERIFY2(double(agree) / double(foreground) > 0.99, qPrintable(QString::number(double(agree) / double(foreground))));
}

void TestMasks::exporterWritesLabelsBinaryAndCsv()
{
    QString error;
    const auto set = CocoReader::readFile(test::realValJson(), &error);
    QVERIFY(set);
    const auto images = ImageSource::open(test::realImagesDir(), &error);
    QVERIFY2(images, qPrintable(error));
    QTemporaryDir out;
    MaskExportOptions options;
    options.outputDir = out.path();
    options.binary = true;
    options.images = images.get();
    int calls = 0;
    options.progress = [&](int, int total) { ++calls; return total == 5; };
    const auto summary = MaskExporter::run(*set, options, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->images, 5);
    QCOMPARE(summary->cells, 1243);
    QVERIFY(summary->warnings.isEmpty());
    QVERIFY(calls >= 2);
    for (int i = 0; i < 5; ++i) {
        const QString name = set->store.image(i).fileName;
        const auto labels = TiffCodec::decode(test::readAll(out.filePath(QStringLiteral("labels/") + name)), name, &error);
        const auto binary = TiffCodec::decode(test::readAll(out.filePath(QStringLiteral("binary/") + name)), name, &error);
        QVERIFY2(labels && binary, qPrintable(error));
        QCOMPARE(labels->format(), QImage::Format_Grayscale16);
        QCOMPARE(labels->size(), QSize(704, 520));
        const auto expected = MaskRenderer::render(set->store, i, 704, 520, &error);
        QVERIFY(*labels == expected->labels);
        QVERIFY(*binary == MaskRenderer::binary(expected->labels));
    }
    const QByteArray csv = test::readAll(out.filePath(QStringLiteral("labels.csv")));
    QCOMPARE(csv.count('\n'), 1244);
    QVERIFY(csv.startsWith("file_name,image_id,label,annotation_id,mask_pixels,visible_pixels\n"));
}

void TestMasks::outOfMemoryIsAnError()
{
    // Memory running out while one image's masks are made (here: reading that image) is that image's
    // error. Before, the std::bad_alloc left QtConcurrent::blockingMap and ended livecell-cli masks and
    // the application's mask export.
    QString error;
    const auto set = CocoReader::readFile(test::realValJson(), &error);
    QVERIFY(set);
    const auto images = ImageSource::open(test::realImagesDir(), &error);
    QVERIFY2(images, qPrintable(error));
    const QString failing = set->store.image(2).fileName;
    ShortOfMemoryOn source(*images, failing);
    QTemporaryDir out;
    MaskExportOptions options;
    options.outputDir = out.path();
    options.images = &source;
    QVERIFY(!MaskExporter::run(*set, options, &error));
    QCOMPARE(error, failing + QStringLiteral(": not enough memory to make its masks"));
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("labels.csv"))));
}

void TestMasks::imagesShortOfMemoryThrow()
{
    // Qt answers an image it cannot allocate with a null QImage; the renderer wrote into its null scan
    // lines (livecell-cli masks crashed with a segmentation fault, found under prlimit --as). Both images
    // now throw std::bad_alloc, which the exporter reports as the image's error (outOfMemoryIsAnError).
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    QString error;
    const auto set = CocoReader::readFile(test::realValJson(), &error);
    QVERIFY2(set, qPrintable(error));
    const int side = 8000;   // 128 MB of 16-bit labels, 64 MB of binary mask
    QImage labels(side, side, QImage::Format_Grayscale16);
    QVERIFY(!labels.isNull());
    labels.fill(0);
    test::AddressSpaceLimit limit(32 << 20);
    QVERIFY(limit.active());
    QVERIFY_THROWS_EXCEPTION(std::bad_alloc, MaskRenderer::render(set->store, 0, side, side, &error));
    QVERIFY_THROWS_EXCEPTION(std::bad_alloc, MaskRenderer::binary(labels));
}

void TestMasks::cliMasksOnRealSample()
{
    QTemporaryDir out;
    const auto r = test::runCli({QStringLiteral("masks"), test::realValJson(), QStringLiteral("--images"),
                                 test::realImagesDir(), QStringLiteral("--out"), out.path()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("wrote 5 label images (1243 cells)"), r.out.constData());
    QCOMPARE(QDir(out.filePath(QStringLiteral("labels"))).entryList(QDir::Files).size(), 5);
    QVERIFY(!QDir(out.filePath(QStringLiteral("binary"))).exists());
}

void TestMasks::cliUsageErrors()
{
    auto r = test::runCli({QStringLiteral("masks"), test::realValJson()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--out"));
    QTemporaryDir out;
    r = test::runCli({QStringLiteral("masks"), QStringLiteral("/nonexistent.json"), QStringLiteral("--out"), out.path()});
    QCOMPARE(r.exitCode, 2);
}

CURATOR_LIMITED_MEMORY_MAIN(TestMasks)
#include "tst_masks.moc"
