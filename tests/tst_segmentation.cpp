// Post-processing on synthetic probability maps with known instances, and the bundled model on real images.
#include "model/io/imagesource.h"
#include "model/io/rle.h"
#include "model/io/tiffcodec.h"
#include "model/segmentation/instanceextractor.h"
#include "model/segmentation/segmenter.h"
#include "testutil.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <thread>

using namespace curator;

namespace {

struct Disc
{
    double cx, cy, r;
};

/** Maps for discs: foreground inside any disc, interior inside a disc shrunk by @p rim and not near another. */
ProbabilityMaps discMaps(int w, int h, const std::vector<Disc>& discs, double rim = 2.0)
{
    ProbabilityMaps m;
    m.width = w;
    m.height = h;
    m.interior.assign(std::size_t(w * h), 0.02f);
    m.foreground.assign(std::size_t(w * h), 0.03f);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            int inside = 0, core = 0;
            for (const Disc& d : discs) {
                const double dist = std::hypot(x + 0.5 - d.cx, y + 0.5 - d.cy);
                inside += dist < d.r;
                core += dist < d.r - rim;
            }
            const std::size_t i = std::size_t(y * w + x);
            if (inside)
                m.foreground[i] = 0.95f;
            if (core == 1 && inside == 1)
                m.interior[i] = 0.9f;
        }
    }
    return m;
}

/** Ground-truth mask of one disc as COCO RLE. */
Rle discRle(int w, int h, const Disc& d)
{
    std::vector<quint8> mask(std::size_t(w * h), 0);
    for (int x = 0; x < w; ++x)
        for (int y = 0; y < h; ++y)
            mask[std::size_t(x * h + y)] = std::hypot(x + 0.5 - d.cx, y + 0.5 - d.cy) < d.r;
    return Rle::fromMask(mask, h, w);
}

double bestIou(const std::vector<SegmentedCell>& cells, const Rle& gt)
{
    double best = 0;
    for (const SegmentedCell& c : cells)
        best = std::max(best, Rle::iou(c.mask, gt, false));
    return best;
}

QString bundledModelDir() { return QDir::cleanPath(QStringLiteral(CURATOR_SOURCE_DIR "/resources/model")); }

/** The bundled model with one field of its sidecar's "input" changed (the sidecar written to @p dir). */
std::unique_ptr<Segmenter> bundledWithInput(const QTemporaryDir& dir, const QString& key, const QJsonValue& value, QString* error)
{
    QJsonObject root = QJsonDocument::fromJson(test::readAll(bundledModelDir() + QStringLiteral("/livecell-unet.json"))).object();
    root.insert(QStringLiteral("model"), bundledModelDir() + QStringLiteral("/livecell-unet.onnx"));
    QJsonObject input = root.value(QStringLiteral("input")).toObject();
    input.insert(key, value);
    root.insert(QStringLiteral("input"), input);
    const QString path = dir.filePath(key + QStringLiteral(".json"));
    if (!test::writeAll(path, QJsonDocument(root).toJson()))
        return nullptr;
    return Segmenter::load(path, error);
}

std::optional<QImage> realImage(const QString& name)
{
    QString error;
    const auto source = ImageSource::open(test::realImagesDir(), &error);
    const auto bytes = source ? source->read(name, &error) : std::nullopt;
    return bytes ? decodeImage(*bytes, name, &error) : std::nullopt;
}

} // namespace

Q_DECLARE_METATYPE(std::vector<Disc>)

class TestSegmentation : public QObject
{
    Q_OBJECT

private slots:
    void touchingDiscsAreSeparated_data();
    void touchingDiscsAreSeparated();
    void masksAreExactRle();
    void smallAndWeakRegionsAreDropped();
    void holesAreFilledAndPolygonsFollowTheMask();
    void maxInstancesKeepsBestScores();
    void seedPeakScoresBySeedConfidence();
    void contactCutsTouchingCellsAlongIt();
    void stabilityRanksSteadyCellsFirst();
    void emptyMapsGiveNoCells();
    void bundledModelSegmentsARealImage();
    void tilingAgreesWithOnePass();
    void concurrentCallsAgree();
    void inputScaleResizesAroundTheNetwork();
    void mirrorPassesAverageTheNetwork();
};

void TestSegmentation::touchingDiscsAreSeparated_data()
{
    QTest::addColumn<std::vector<Disc>>("discs");
    QTest::newRow("two touching") << std::vector<Disc>{{30, 30, 12}, {53, 30, 12}};
    QTest::newRow("overlapping pair") << std::vector<Disc>{{30, 30, 12}, {50, 32, 12}};
    QTest::newRow("row of four") << std::vector<Disc>{{15, 40, 9}, {32, 40, 9}, {49, 40, 9}, {66, 40, 9}};
    QTest::newRow("cluster of seven") << std::vector<Disc>{{40, 40, 10}, {59, 40, 10}, {21, 40, 10}, {50, 57, 10},
                                                           {30, 57, 10}, {50, 23, 10}, {30, 23, 10}};
    QTest::newRow("touching the border") << std::vector<Disc>{{5, 5, 10}, {75, 75, 8}, {0, 60, 9}};
}

void TestSegmentation::touchingDiscsAreSeparated()
{
    QFETCH(std::vector<Disc>, discs);
    const int w = 80, h = 80;
    PostProcessParams params;
    params.minArea = 10;
    const auto cells = InstanceExtractor::extract(discMaps(w, h, discs), params);
    QCOMPARE(int(cells.size()), int(discs.size()));
    for (const Disc& d : discs)
        QVERIFY2(bestIou(cells, discRle(w, h, d)) > 0.8, qPrintable(QStringLiteral("disc at %1,%2").arg(d.cx).arg(d.cy)));
    for (const SegmentedCell& c : cells) {
        QVERIFY(c.score > 0.9 && c.score <= 1.0);
        QVERIFY(c.polygon.size() >= 3);
    }
}

void TestSegmentation::masksAreExactRle()
{
    const int w = 64, h = 48;
    const auto cells = InstanceExtractor::extract(discMaps(w, h, {{20, 20, 10}, {45, 30, 9}}), {});
    QCOMPARE(int(cells.size()), 2);
    for (const SegmentedCell& c : cells) {
        QVERIFY(c.mask.isConsistent());
        QCOMPARE(c.mask.height(), h);
        QCOMPARE(c.mask.width(), w);
        QCOMPARE(int(c.mask.area()), c.area);
        // The directly encoded runs equal the encoder's own output for the same pixels.
        QCOMPARE(Rle::fromMask(c.mask.toMask(), h, w), c.mask);
        QCOMPARE(Rle::fromString(c.mask.toString(), h, w), c.mask);
        const auto box = c.mask.bbox();
        QCOMPARE(QRect(int(box[0]), int(box[1]), int(box[2]), int(box[3])), c.box);
    }
}

void TestSegmentation::smallAndWeakRegionsAreDropped()
{
    PostProcessParams params;
    params.minArea = 40;
    // A disc of radius 3 (area ~28) is below minArea; weak foreground (0.3) is not a cell at all.
    ProbabilityMaps maps = discMaps(60, 40, {{15, 20, 10}, {45, 20, 3.2}}, 1.0);
    for (int y = 30; y < 38; ++y)
        for (int x = 30; x < 58; ++x)
            maps.foreground[std::size_t(y * 60 + x)] = 0.3f, maps.interior[std::size_t(y * 60 + x)] = 0.9f;
    const auto cells = InstanceExtractor::extract(maps, params);
    QCOMPARE(int(cells.size()), 1);
    QVERIFY(cells[0].box.contains(15, 20));
}

void TestSegmentation::holesAreFilledAndPolygonsFollowTheMask()
{
    ProbabilityMaps maps = discMaps(50, 50, {{25, 25, 15}});
    for (int y = 22; y < 28; ++y)
        for (int x = 22; x < 28; ++x)
            maps.foreground[std::size_t(y * 50 + x)] = 0.1f, maps.interior[std::size_t(y * 50 + x)] = 0.1f;
    PostProcessParams params;
    auto cells = InstanceExtractor::extract(maps, params);
    QCOMPARE(int(cells.size()), 1);
    const Rle full = discRle(50, 50, {25, 25, 15});
    QVERIFY(Rle::iou(cells[0].mask, full, false) > 0.97);
    // The outline's shoelace area is close to the mask's (vertices on border pixel centres).
    double area = 0;
    const QPolygonF& p = cells[0].polygon;
    for (qsizetype i = 0; i < p.size(); ++i)
        area += p[i].x() * p[(i + 1) % p.size()].y() - p[(i + 1) % p.size()].x() * p[i].y();
    QVERIFY(std::abs(area) / 2 > 0.85 * cells[0].area && std::abs(area) / 2 < cells[0].area);
    params.fillHoles = false;
    cells = InstanceExtractor::extract(maps, params);
    QCOMPARE(int(cells.size()), 1);
    QCOMPARE(int(full.area()) - cells[0].area, 36);
}

void TestSegmentation::maxInstancesKeepsBestScores()
{
    ProbabilityMaps maps = discMaps(100, 30, {{15, 15, 8}, {50, 15, 8}, {85, 15, 8}});
    for (int y = 0; y < 30; ++y)
        for (int x = 35; x < 65; ++x)
            if (maps.foreground[std::size_t(y * 100 + x)] > 0.5f)
                maps.foreground[std::size_t(y * 100 + x)] = 0.7f;
    PostProcessParams params;
    params.maxInstances = 2;
    const auto cells = InstanceExtractor::extract(maps, params);
    QCOMPARE(int(cells.size()), 2);
    QVERIFY(cells[0].score >= cells[1].score);
    for (const SegmentedCell& c : cells)
        QVERIFY(!c.box.contains(50, 15));
}

void TestSegmentation::seedPeakScoresBySeedConfidence()
{
    // Equal foreground; the right disc's seed is less certain (0.75 instead of 0.9), and the left
    // one's peaks at 0.97 in one pixel.
    const int w = 80;
    ProbabilityMaps maps = discMaps(w, 40, {{20, 20, 10}, {60, 20, 10}});
    for (int y = 0; y < 40; ++y)
        for (int x = 40; x < w; ++x)
            if (maps.interior[std::size_t(y * w + x)] > 0.5f)
                maps.interior[std::size_t(y * w + x)] = 0.75f;
    maps.interior[std::size_t(20 * w + 20)] = 0.97f;
    PostProcessParams params;
    auto cells = InstanceExtractor::extract(maps, params);
    QCOMPARE(int(cells.size()), 2);
    for (const SegmentedCell& c : cells)   // mean foreground: both alike
        QVERIFY2(std::abs(c.score - 0.95) < 0.01, qPrintable(QString::number(c.score)));
    params.score = PostProcessParams::Score::SeedPeak;
    cells = InstanceExtractor::extract(maps, params);
    QCOMPARE(int(cells.size()), 2);
    QVERIFY(cells[0].box.contains(20, 20));   // ordered by falling score
    QCOMPARE(cells[0].score, double(0.97f));
    QCOMPARE(cells[1].score, double(0.75f));
    // With smoothing the peak is taken from the smoothed map the seeds came from.
    params.seedSmoothing = 1.0;
    cells = InstanceExtractor::extract(maps, params);
    QCOMPARE(int(cells.size()), 2);
    QVERIFY2(cells[0].score < 0.97 && cells[0].score > 0.9, qPrintable(QString::number(cells[0].score)));
    QVERIFY2(std::abs(cells[1].score - 0.75) < 0.01, qPrintable(QString::number(cells[1].score)));
}

void TestSegmentation::stabilityRanksSteadyCellsFirst()
{
    // Two discs with equal seeds (P(interior) 0.9 within 8 px of the centre); the right one's outer
    // ring (6-10 px) is only 0.6 likely foreground, so a stricter foreground threshold shrinks it.
    const int w = 80, h = 40;
    ProbabilityMaps maps = discMaps(w, h, {{20, 20, 10}, {60, 20, 10}});
    for (int y = 0; y < h; ++y)
        for (int x = 40; x < w; ++x) {
            const std::size_t i = std::size_t(y * w + x);
            if (maps.foreground[i] > 0.5f && std::hypot(x + 0.5 - 60, y + 0.5 - 20) >= 6)
                maps.foreground[i] = 0.6f;
        }
    PostProcessParams params;
    params.score = PostProcessParams::Score::SeedPeak;
    const auto plain = InstanceExtractor::extract(maps, params);
    QCOMPARE(int(plain.size()), 2);
    QCOMPARE(plain[0].score, plain[1].score);

    PostProcessVariant lower, higher, strict;
    lower.interiorThreshold = 0.3;
    higher.interiorThreshold = 0.7;
    strict.foregroundThreshold = 0.7;
    params.stability = {lower, higher, strict};
    const auto stable = InstanceExtractor::extract(maps, params);
    QCOMPARE(int(stable.size()), 2);
    // The cells themselves do not change, only their scores (and so their order).
    for (const SegmentedCell& c : stable) {
        const auto same = std::find_if(plain.begin(), plain.end(), [&](const SegmentedCell& p) { return p.box == c.box; });
        QVERIFY(same != plain.end());
        QVERIFY(same->mask == c.mask);
        QCOMPARE(same->area, c.area);
    }
    // The left disc comes out identical under every variant: its score stays the seed's.
    QVERIFY(stable[0].box.contains(20, 20));
    QCOMPARE(stable[0].score, plain[0].score);
    // The right one matches itself under two variants and its shrunken self under the third.
    const auto shrunk = InstanceExtractor::extract(maps, params.with(strict));
    const auto right = std::find_if(shrunk.begin(), shrunk.end(), [](const SegmentedCell& c) { return c.box.contains(60, 20); });
    QVERIFY(right != shrunk.end());
    const double iou = Rle::iou(right->mask, stable[1].mask, false);
    QVERIFY2(iou > 0.2 && iou < 0.6, qPrintable(QString::number(iou)));
    QVERIFY2(std::abs(stable[1].score - plain[1].score * (2 + iou) / 3) < 1e-9, qPrintable(QString::number(stable[1].score)));

    // A variant that changes nothing leaves every score as it was.
    PostProcessVariant same;
    same.interiorThreshold = params.interiorThreshold;
    params.stability = {same};
    for (const SegmentedCell& c : InstanceExtractor::extract(maps, params))
        QCOMPARE(c.score, plain[0].score);
}

void TestSegmentation::contactCutsTouchingCellsAlongIt()
{
    // Two cells share the band x 0..79; their seeds are x 5..14 and x 65..74, but the network sees
    // them touch at x 29..30. Flooding by P(interior) alone cuts half-way between the seeds (x 40);
    // with the contact term the cut follows the contact line.
    const int w = 80, h = 20;
    ProbabilityMaps maps;
    maps.width = w, maps.height = h;
    maps.interior.assign(std::size_t(w * h), 0.05f);
    maps.foreground.assign(std::size_t(w * h), 0.95f);
    maps.contact.assign(std::size_t(w * h), 0.0f);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const std::size_t i = std::size_t(y * w + x);
            if ((x >= 5 && x < 15) || (x >= 65 && x < 75))
                maps.interior[i] = 0.9f;
            if (x == 29 || x == 30)
                maps.contact[i] = 0.9f;
        }
    }
    PostProcessParams params;
    auto leftWidth = [&] {
        const auto cells = InstanceExtractor::extract(maps, params);
        if (cells.size() != 2)
            return -1;
        const auto& left = cells[0].box.left() == 0 ? cells[0] : cells[1];
        return left.box.width();
    };
    QCOMPARE(leftWidth(), 40);   // no weight: the contact map is not used
    params.contactWeight = 2.0;
    QCOMPARE(leftWidth(), 30);
    maps.contact.clear();        // a network without a contact channel: the weight has nothing to act on
    QVERIFY(maps.isValid());
    QCOMPARE(leftWidth(), 40);
    maps.contact.assign(3, 0.0f); // a contact map of the wrong size is refused like the others
    QVERIFY(!maps.isValid());
    QVERIFY(InstanceExtractor::extract(maps, params).empty());
}

void TestSegmentation::emptyMapsGiveNoCells()
{
    QVERIFY(InstanceExtractor::extract(discMaps(40, 30, {}), {}).empty());
    QVERIFY(InstanceExtractor::extract(ProbabilityMaps{}, {}).empty());
}

void TestSegmentation::bundledModelSegmentsARealImage()
{
    QString error;
    const auto segmenter = Segmenter::load(bundledModelDir() + QStringLiteral("/livecell-unet.onnx"), &error);
    QVERIFY2(segmenter, qPrintable(error));
    const auto image = realImage(QStringLiteral("BT474_Phase_B3_2_02d12h00m_3.tif"));
    QVERIFY(image);
    const auto result = segmenter->segment(*image, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->width, 704);
    QCOMPARE(result->height, 520);
    // The annotators drew 177 cells on this image; a working model finds the same order of magnitude.
    const int n = int(result->cells.size());
    QVERIFY2(n > 60 && n < 600, qPrintable(QString::number(n)));
    qint64 total = 0;
    for (const SegmentedCell& c : result->cells) {
        QVERIFY(c.polygon.size() >= 3);
        QVERIFY(c.score > 0 && c.score <= 1);
        QVERIFY(QRectF(0, 0, 704, 520).contains(c.polygon.boundingRect()));
        total += c.area;
    }
    const double median = double(total) / n;
    QVERIFY2(median > 80 && median < 3000, qPrintable(QString::number(median)));
}

void TestSegmentation::tilingAgreesWithOnePass()
{
    QTemporaryDir dir;
    QString error;
    auto sidecar = test::readAll(bundledModelDir() + QStringLiteral("/livecell-unet.json"));
    sidecar.replace("\"model\": \"livecell-unet.onnx\"",
                    "\"model\": \"" + (bundledModelDir() + QStringLiteral("/livecell-unet.onnx")).toUtf8() + "\"");
    sidecar.replace("\"tileSize\": 1024", "\"tileSize\": 192");
    QVERIFY(test::writeAll(dir.filePath(QStringLiteral("tiled.json")), sidecar));
    const auto tiled = Segmenter::load(dir.filePath(QStringLiteral("tiled.json")), &error);
    const auto whole = Segmenter::load(bundledModelDir() + QStringLiteral("/livecell-unet.json"), &error);
    QVERIFY2(tiled && whole, qPrintable(error));
    QCOMPARE(tiled->sidecar().tileSize(), 192);
    const auto image = realImage(QStringLiteral("MCF7_Phase_F4_2_00d00h00m_4.tif"));
    QVERIFY(image);
    const auto a = whole->predict(*image, &error), b = tiled->predict(*image, &error);
    QVERIFY(a && b);
    int disagree = 0;
    for (std::size_t i = 0; i < a->foreground.size(); ++i)
        disagree += (a->foreground[i] > 0.5f) != (b->foreground[i] > 0.5f);
    QVERIFY2(disagree < int(a->foreground.size() / 50), qPrintable(QString::number(disagree)));
}

void TestSegmentation::concurrentCallsAgree()
{
    QString error;
    const auto segmenter = Segmenter::load(bundledModelDir() + QStringLiteral("/livecell-unet.json"), &error);
    QVERIFY2(segmenter, qPrintable(error));
    QImage image = realImage(QStringLiteral("Huh7_Phase_A10_1_02d12h00m_3.tif"))->copy(0, 0, 200, 160);
    std::vector<std::size_t> counts(3);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < counts.size(); ++t)
        threads.emplace_back([&, t] { counts[t] = segmenter->segment(image, nullptr)->cells.size(); });
    for (auto& t : threads)
        t.join();
    QCOMPARE(counts[1], counts[0]);
    QCOMPARE(counts[2], counts[0]);
    QCOMPARE(segmenter->segment(image, nullptr)->cells.size(), counts[0]);
}

void TestSegmentation::inputScaleResizesAroundTheNetwork()
{
    QTemporaryDir dir;
    QString error;
    const auto scaled = bundledWithInput(dir, QStringLiteral("scale"), 2.0, &error);
    const auto plain = Segmenter::load(bundledModelDir() + QStringLiteral("/livecell-unet.json"), &error);
    QVERIFY2(scaled && plain, qPrintable(error));
    QCOMPARE(scaled->sidecar().inputScale(), 2.0);
    // A 320 x 240 crop keeps the test quick under ThreadSanitizer (every pixel is instrumented).
    const auto full = realImage(QStringLiteral("MCF7_Phase_F4_2_00d00h00m_4.tif"));
    QVERIFY(full);
    constexpr int W = 320, H = 240;
    const std::optional<QImage> image = full->copy(192, 140, W, H);
    // The maps come back at the image's size ...
    const auto maps = scaled->predict(*image, &error);
    QVERIFY2(maps, qPrintable(error));
    QCOMPARE(maps->width, W);
    QCOMPARE(maps->height, H);
    QVERIFY(maps->isValid());
    // ... and equal the plain model run on the image enlarged 2x, its maps shrunk back (area averaging).
    // Bilinear 2x with pixel centres aligned: new pixel 2i is 3/4 of old i and 1/4 of old i - 1,
    // 2i + 1 is 3/4 of i and 1/4 of i + 1 (edges clamped), in x and in y.
    const QImage gray = image->convertToFormat(QImage::Format_Grayscale8);
    auto at = [&](int x, int y) { return double(gray.constScanLine(std::clamp(y, 0, H - 1))[std::clamp(x, 0, W - 1)]); };
    QImage enlarged(2 * W, 2 * H, QImage::Format_Grayscale8);
    for (int y = 0; y < 2 * H; ++y) {
        const int sy = y / 2, ny = y % 2 ? sy + 1 : sy - 1;
        for (int x = 0; x < 2 * W; ++x) {
            const int sx = x / 2, nx = x % 2 ? sx + 1 : sx - 1;
            const double v = 0.5625 * at(sx, sy) + 0.1875 * (at(nx, sy) + at(sx, ny)) + 0.0625 * at(nx, ny);
            enlarged.scanLine(y)[x] = uchar(std::lround(v));
        }
    }
    const auto bigMaps = plain->predict(enlarged, &error);
    QVERIFY2(bigMaps, qPrintable(error));
    int disagree = 0;
    for (int y = 0; y < H; ++y) {
        for (int x = 0; x < W; ++x) {
            const float* row = bigMaps->foreground.data() + std::size_t(2 * y) * (2 * W) + 2 * x;
            const float mean = (row[0] + row[1] + row[2 * W] + row[2 * W + 1]) / 4;   // area averaging
            disagree += (maps->foreground[std::size_t(y) * W + x] > 0.5f) != (mean > 0.5f);
        }
    }
    QVERIFY2(disagree < W * H / 200, qPrintable(QString::number(disagree)));
    // The cells are in the image's coordinates.
    const auto cells = scaled->segment(*image, &error);
    QVERIFY2(cells && !cells->cells.empty(), qPrintable(error));
    QCOMPARE(cells->width, W);
    for (const SegmentedCell& c : cells->cells)
        QVERIFY(QRectF(0, 0, W, H).contains(c.polygon.boundingRect()));
}

void TestSegmentation::mirrorPassesAverageTheNetwork()
{
    // input.passes 2 averages the network over the image and its left-right mirror: the maps equal
    // the mean of the plain model's maps of the image and of the mirrored image, mirrored back.
    QTemporaryDir dir;
    QString error;
    const auto two = bundledWithInput(dir, QStringLiteral("passes"), 2, &error);
    const auto plain = Segmenter::load(bundledModelDir() + QStringLiteral("/livecell-unet.json"), &error);
    QVERIFY2(two && plain, qPrintable(error));
    QCOMPARE(two->sidecar().passes(), 2);
    QCOMPARE(plain->sidecar().passes(), 1);
    // 200 x 160: both sides multiples of the divisor, so mirroring moves no padding.
    const auto full = realImage(QStringLiteral("MCF7_Phase_F4_2_00d00h00m_4.tif"));
    QVERIFY(full);
    constexpr int W = 200, H = 160;
    const QImage image = full->copy(250, 180, W, H).convertToFormat(QImage::Format_Grayscale8);
    const auto averaged = two->predict(image, &error);
    const auto direct = plain->predict(image, &error);
    const auto mirrored = plain->predict(image.mirrored(true, false), &error);
    QVERIFY2(averaged && direct && mirrored, qPrintable(error));
    double worst = 0, differs = 0;
    for (int y = 0; y < H; ++y) {
        for (int x = 0; x < W; ++x) {
            const std::size_t i = std::size_t(y * W + x), m = std::size_t(y * W + (W - 1 - x));
            for (auto map : {&ProbabilityMaps::interior, &ProbabilityMaps::foreground}) {
                const float expected = ((*direct).*map)[i] / 2 + ((*mirrored).*map)[m] / 2;
                worst = std::max(worst, double(std::abs(((*averaged).*map)[i] - expected)));
                differs = std::max(differs, double(std::abs(((*averaged).*map)[i] - ((*direct).*map)[i])));
            }
        }
    }
    QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
    QVERIFY2(differs > 0.05, qPrintable(QString::number(differs)));   // the mirror pass did change something
}

QTEST_GUILESS_MAIN(TestSegmentation)
#include "tst_segmentation.moc"
