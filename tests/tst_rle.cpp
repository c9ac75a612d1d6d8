// COCO RLE: compressed strings, masks, boxes, merges, IoUs and polygon rasterisation as pycocotools.
#include "model/io/cocoreader.h"
#include "model/io/rle.h"
#include "testutil.h"

#include <QtTest>

#include <random>

using namespace curator;

namespace {

using Counts = Rle::Counts;

std::vector<quint8> randomMask(std::mt19937& rng, int h, int w, double density)
{
    std::bernoulli_distribution on(density);
    std::vector<quint8> mask(std::size_t(h) * std::size_t(w));
    // Blobs of runs rather than salt and pepper, so runs have realistic lengths.
    bool value = false;
    for (quint8& m : mask) {
        if (on(rng) != value && on(rng))
            value = !value;
        m = value;
    }
    return mask;
}

int pixelCount(const std::vector<quint8>& m) { return int(std::count(m.begin(), m.end(), 1)); }

std::array<double, 4> pixelBox(const std::vector<quint8>& m, int h, int w)
{
    int x0 = w, y0 = h, x1 = -1, y1 = -1;
    for (int x = 0; x < w; ++x) {
        for (int y = 0; y < h; ++y) {
            if (m[std::size_t(x) * std::size_t(h) + std::size_t(y)]) {
                x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
            }
        }
    }
    if (x1 < 0)
        return {0, 0, 0, 0};
    return {double(x0), double(y0), double(x1 - x0 + 1), double(y1 - y0 + 1)};
}

/** rleFrPoly as maskApi.c writes it, dense point arrays and all (x86's (int)NaN included). */
Counts literalFrPoly(const std::vector<double>& xy, int h, int w)
{
    const std::size_t k = xy.size() / 2;
    const double scale = 5;
    std::vector<int> x(k + 1), y(k + 1), u, v;
    for (std::size_t j = 0; j < k; ++j)
        x[j] = int(scale * xy[j * 2] + .5), y[j] = int(scale * xy[j * 2 + 1] + .5);
    x[k] = k ? x[0] : 0, y[k] = k ? y[0] : 0;
    for (std::size_t j = 0; j < k; ++j) {
        int xs = x[j], xe = x[j + 1], ys = y[j], ye = y[j + 1];
        const int dx = std::abs(xe - xs), dy = std::abs(ys - ye);
        const bool flip = (dx >= dy && xs > xe) || (dx < dy && ys > ye);
        if (flip)
            std::swap(xs, xe), std::swap(ys, ye);
        if (dx >= dy) {
            const double sl = double(ye - ys) / dx;
            for (int d = 0; d <= dx; ++d) {
                const int t = flip ? dx - d : d;
                u.push_back(t + xs);
                v.push_back(dx == 0 ? std::numeric_limits<int>::min() : int(ys + sl * t + .5));
            }
        } else {
            const double sl = double(xe - xs) / dy;
            for (int d = 0; d <= dy; ++d) {
                const int t = flip ? dy - d : d;
                v.push_back(t + ys);
                u.push_back(int(xs + sl * t + .5));
            }
        }
    }
    std::vector<quint32> a;
    for (std::size_t j = 1; j < u.size(); ++j) {
        if (u[j] == u[j - 1])
            continue;
        double xd = double(u[j] < u[j - 1] ? u[j] : u[j] - 1);
        xd = (xd + .5) / scale - .5;
        if (std::floor(xd) != xd || xd < 0 || xd > w - 1)
            continue;
        double yd = double(v[j] < v[j - 1] ? v[j] : v[j - 1]);
        yd = (yd + .5) / scale - .5;
        yd = std::ceil(yd < 0 ? 0 : yd > h ? h : yd);
        a.push_back(quint32(int(xd) * h + int(yd)));
    }
    a.push_back(quint32(h * w));
    std::sort(a.begin(), a.end());
    quint32 p = 0;
    for (quint32& t : a)
        std::swap(t, p), t = p - t;
    Counts b{a[0]};
    for (std::size_t j = 1; j < a.size();) {
        if (a[j] > 0)
            b.push_back(a[j++]);
        else if (++j < a.size())
            b.back() += a[j++];
    }
    return b;
}

} // namespace

class TestRle : public QObject
{
    Q_OBJECT
private slots:
    void stringKnownValues_data();
    void stringKnownValues();
    void maskRoundTrip();
    void mergeAndIouAgainstPixels();
    void iouSpecialCases();
    void squareRasterisation();
    void polygonKnownValues_data();
    void polygonKnownValues();
    void boxRingsAndEmptyRings();
    void polygonsMatchLiteralPort();
    void polygonsFarOutsideMatchLiteralPort();
    void hugeOutlinesRasteriseInBoundedTime();
    void referenceResultsRoundTrip();
    void realPolygonsRasteriseNearTheirArea();
};

void TestRle::stringKnownValues_data()
{
    QTest::addColumn<QList<quint32>>("counts");
    QTest::addColumn<QString>("text");
    // Worked by hand from rleToString: 5 data bits + continuation bit, offset 48, deltas from i = 3.
    QTest::newRow("small") << QList<quint32>{0, 5, 3} << QStringLiteral("053");
    QTest::newRow("delta") << QList<quint32>{2, 3, 4, 5} << QStringLiteral("2342");
    QTest::newRow("negative delta") << QList<quint32>{10, 1, 10, 0} << QStringLiteral(":1:O");
    QTest::newRow("two characters") << QList<quint32>{100} << QStringLiteral("T3");
    QTest::newRow("empty") << QList<quint32>{} << QString();
}

void TestRle::stringKnownValues()
{
    QFETCH(QList<quint32>, counts);
    QFETCH(QString, text);
    const Counts c(counts.begin(), counts.end());
    QCOMPARE(QString::fromStdString(Rle::toString(c)), text);
    QCOMPARE(Rle::fromString(text.toStdString(), 1, 1).counts(), c);
}

void TestRle::maskRoundTrip()
{
    std::mt19937 rng(7);
    for (int trial = 0; trial < 50; ++trial) {
        const int h = 1 + int(rng() % 40), w = 1 + int(rng() % 40);
        const auto mask = randomMask(rng, h, w, 0.3);
        const Rle rle = Rle::fromMask(mask, h, w);
        QVERIFY(rle.isConsistent());
        QCOMPARE(rle.toMask(), mask);
        QCOMPARE(int(rle.area()), pixelCount(mask));
        QCOMPARE(rle.bbox(), pixelBox(mask, h, w));
        const Rle again = Rle::fromString(rle.toString(), h, w);
        QCOMPARE(again, rle);
    }
}

void TestRle::mergeAndIouAgainstPixels()
{
    std::mt19937 rng(11);
    for (int trial = 0; trial < 100; ++trial) {
        const int h = 1 + int(rng() % 30), w = 1 + int(rng() % 30);
        const auto ma = randomMask(rng, h, w, 0.4), mb = randomMask(rng, h, w, 0.4);
        const Rle a = Rle::fromMask(ma, h, w), b = Rle::fromMask(mb, h, w);
        std::vector<quint8> uni(ma.size()), inter(ma.size());
        for (std::size_t i = 0; i < ma.size(); ++i)
            uni[i] = ma[i] | mb[i], inter[i] = ma[i] & mb[i];
        const Rle pair[2] = {a, b};
        QCOMPARE(Rle::merge(pair).toMask(), uni);
        QCOMPARE(Rle::merge(pair, true).toMask(), inter);
        const int i = pixelCount(inter), u = pixelCount(uni);
        QCOMPARE(Rle::iou(a, b, false), i == 0 ? 0.0 : double(i) / double(u));
        QCOMPARE(Rle::iou(a, b, true), i == 0 ? 0.0 : double(i) / double(pixelCount(ma)));
    }
}

void TestRle::iouSpecialCases()
{
    const Rle a = Rle::fromPolygon(std::vector<double>{0, 0, 10, 0, 10, 10, 0, 10}, 20, 20);
    const Rle far = Rle::fromPolygon(std::vector<double>{12, 12, 18, 12, 18, 18, 12, 18}, 20, 20);
    const Rle other = Rle::fromPolygon(std::vector<double>{0, 0, 10, 0, 10, 10, 0, 10}, 20, 21);
    QCOMPARE(Rle::iou(a, a, false), 1.0);
    QCOMPARE(Rle::iou(a, far, false), 0.0);   // boxes apart
    QCOMPARE(Rle::iou(a, other, false), -1.0); // overlapping boxes, different image sizes
    const Rle sizes[2] = {a, other};
    QCOMPARE(Rle::merge(sizes).height(), 0);
}

void TestRle::squareRasterisation()
{
    // Worked through rleFrPoly by hand: the square (10,10)-(20,20) covers rows 10..19 of columns 10..19.
    const Rle r = Rle::fromPolygon(std::vector<double>{10, 10, 20, 10, 20, 20, 10, 20}, 30, 30);
    Counts expected{310};
    for (int x = 0; x < 10; ++x) {
        expected.push_back(10);
        expected.push_back(20);
    }
    expected.back() = 310;
    QCOMPARE(r.counts(), expected);
    QCOMPARE(r.area(), 100u);
    QCOMPARE(r.bbox(), (std::array<double, 4>{10, 10, 10, 10}));
}

void TestRle::polygonKnownValues_data()
{
    QTest::addColumn<QList<double>>("ring");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("area");
    QTest::addColumn<QList<double>>("box");
    // Vertices on x = 704 (LIVECell quirk 6): columns 690..703 only.
    QTest::newRow("right edge") << QList<double>{690, 10, 704, 10, 704, 20, 690, 20} << 520 << 704 << 140
                                << QList<double>{690, 10, 14, 10};
    QTest::newRow("negative") << QList<double>{-5, -5, 3, -5, 3, 3, -5, 3} << 10 << 10 << 9
                              << QList<double>{0, 0, 3, 3};
    QTest::newRow("reversed") << QList<double>{10, 20, 20, 20, 20, 10, 10, 10} << 30 << 30 << 100
                              << QList<double>{10, 10, 10, 10};
    QTest::newRow("half pixel") << QList<double>{0.5, 0.5, 2.5, 0.5, 2.5, 2.5, 0.5, 2.5} << 5 << 5 << 4
                                << QList<double>{1, 1, 2, 2};
    QTest::newRow("single point") << QList<double>{3, 3} << 10 << 10 << 0 << QList<double>{0, 0, 0, 0};
    QTest::newRow("repeated vertices") << QList<double>{10, 10, 10, 10, 20, 10, 20, 20, 20, 20, 10, 20}
                                       << 30 << 30 << 100 << QList<double>{10, 10, 10, 10};
}

void TestRle::polygonKnownValues()
{
    QFETCH(QList<double>, ring);
    QFETCH(int, height);
    QFETCH(int, width);
    QFETCH(int, area);
    QFETCH(QList<double>, box);
    const Rle r = Rle::fromPolygon(std::vector<double>(ring.begin(), ring.end()), height, width);
    QVERIFY(r.isConsistent());
    QCOMPARE(int(r.area()), area);
    const auto b = r.bbox();
    QCOMPARE(QList<double>(b.begin(), b.end()), box);
}

void TestRle::boxRingsAndEmptyRings()
{
    // frPyObjects reads a first ring of exactly 4 numbers as [x, y, w, h].
    const std::vector<double> box{2, 3, 4, 5};
    const std::span<const double> rings[1] = {box};
    QCOMPARE(Rle::fromRings(rings, 20, 20), Rle::fromBbox({2, 3, 4, 5}, 20, 20));
    QCOMPARE(Rle::fromRings(rings, 20, 20).area(), 20u);
    QCOMPARE(Rle::fromRings({}, 20, 20).counts(), Counts{400});
}

void TestRle::polygonsMatchLiteralPort()
{
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> coord(-8, 72), offset(-3, 3);
    for (int trial = 0; trial < 20000; ++trial) {
        const int h = 20 + int(rng() % 50), w = 20 + int(rng() % 50);
        std::vector<double> ring;
        const int n = 1 + int(rng() % 12);
        for (int i = 0; i < n; ++i) {
            const bool repeat = i > 0 && rng() % 6 == 0;   // repeated vertices, as in LIVECell
            const bool rounded = rng() % 3 == 0;            // integer and edge-of-image vertices
            const double px = repeat ? ring[ring.size() - 2] : rounded ? std::round(coord(rng)) : coord(rng);
            const double py = repeat ? ring.back() : rounded ? std::round(coord(rng)) : coord(rng);
            ring.push_back(rng() % 10 == 0 ? w + offset(rng) * 0 : px);
            ring.push_back(py);
        }
        const Counts expected = literalFrPoly(ring, h, w);
        const Rle got = Rle::fromPolygon(ring, h, w);
        QVERIFY2(got.counts() == expected, qPrintable(QStringLiteral("trial %1").arg(trial)));
    }
}

void TestRle::polygonsFarOutsideMatchLiteralPort()
{
    // Edges that leave the image, run far outside it and come back: the walk skips the steps
    // outside, which must not change a single run. Images of height 0 are included (width 0
    // is not: maskApi.c's unsigned w - 1 wraps there, which the literal port does not copy).
    std::mt19937 rng(11);
    for (int trial = 0; trial < 4000; ++trial) {
        const int h = int(rng() % 40), w = 1 + int(rng() % 40);
        const double reach = trial % 4 == 0 ? 3000 : 200;
        std::uniform_real_distribution<double> far(-reach, reach), near(-4, 44);
        std::vector<double> ring;
        const int n = 1 + int(rng() % 10);
        for (int i = 0; i < n; ++i) {
            const bool outside = rng() % 2 == 0;
            const bool rounded = rng() % 3 == 0;
            double x = outside ? far(rng) : near(rng), y = outside && rng() % 2 ? far(rng) : near(rng);
            if (rounded)
                x = std::round(x), y = std::round(y);
            ring.push_back(x);
            ring.push_back(y);
        }
        const Counts expected = literalFrPoly(ring, h, w);
        QVERIFY2(Rle::fromPolygon(ring, h, w).counts() == expected, qPrintable(QStringLiteral("trial %1").arg(trial)));
    }
}

void TestRle::hugeOutlinesRasteriseInBoundedTime()
{
    // 20,000 vertices zig-zagging between ±10⁷ (the reader's coordinate limit): a step per
    // upsampled pixel of every edge would be 2·10¹² steps. Only the parts near the image cost.
    std::vector<double> ring;
    for (int i = 0; i < 10000; ++i) {
        ring.insert(ring.end(), {-1e7 + i, -1e7});
        ring.insert(ring.end(), {1e7, 1e7 - i});
    }
    // (Walking every step would take about 10¹² steps, hours; ctest's timeout is the guard.)
    const Rle r = Rle::fromPolygon(ring, 520, 704);
    QVERIFY(r.isConsistent());
    // Nearly vertical edges inside the image's columns that run ±10⁷ rows beyond it.
    std::vector<double> tall;
    for (int i = 0; i < 2000; ++i)
        tall.insert(tall.end(), {10.0 + (i % 600), i % 2 ? 1e7 : -1e7});
    QVERIFY(Rle::fromPolygon(tall, 520, 704).isConsistent());
    std::vector<double> tallSmall(tall.begin(), tall.begin() + 200);
    for (std::size_t k = 1; k < tallSmall.size(); k += 2)
        tallSmall[k] /= 100;   // ±10⁵: the literal port can walk it
    QVERIFY(Rle::fromPolygon(tallSmall, 520, 704).counts() == literalFrPoly(tallSmall, 520, 704));
    // The same outline scaled down (±5·10⁴) is cheap enough for the literal port: they agree.
    std::vector<double> small(ring.begin(), ring.begin() + 400);
    for (double& c : small)
        c /= 200;
    QVERIFY(Rle::fromPolygon(small, 520, 704).counts() == literalFrPoly(small, 520, 704));
}

void TestRle::referenceResultsRoundTrip()
{
    for (const char* name : {"real_val_results.json", "synthetic_dense_results.json"}) {
        QString error;
        const auto set = CocoReader::readFile(test::referenceEvalDir() + u'/' + QLatin1String(name), &error);
        QVERIFY2(set, qPrintable(error));
        const AnnotationStore& s = set->store;
        QVERIFY(s.annotationCount() > 1000);
        for (int a = 0; a < s.annotationCount(); ++a) {
            const RleView v = s.rle(a);
            const Rle rle = Rle::fromString(v.counts, v.height, v.width);
            QVERIFY(rle.isConsistent());
            QCOMPARE(rle.toString(), std::string(v.counts));
            QCOMPARE(Rle::fromMask(rle.toMask(), v.height, v.width), rle);
            // The files' boxes were made by pycocotools' toBbox from these masks.
            QCOMPARE(rle.bbox(), s.bbox(a));
        }
    }
}

void TestRle::realPolygonsRasteriseNearTheirArea()
{
    QString error;
    const auto set = CocoReader::readFile(test::referenceEvalDir() + QStringLiteral("/real_val_gt.json"), &error);
    QVERIFY2(set, qPrintable(error));
    const AnnotationStore& s = set->store;
    for (int a = 0; a < s.annotationCount(); ++a) {
        const ImageRecord& image = s.image(s.annotationImage(a));
        const Rle rle = Rle::fromAnnotation(s, a, image.height, image.width);
        QVERIFY(rle.isConsistent());
        const auto box = s.bbox(a);
        // Rasterised area and shoelace area differ by at most about half the perimeter.
        QVERIFY2(std::abs(double(rle.area()) - s.area(a)) <= box[2] + box[3] + 2,
                 qPrintable(QStringLiteral("annotation %1: %2 vs %3").arg(s.annotationId(a)).arg(rle.area()).arg(s.area(a))));
    }
}

QTEST_GUILESS_MAIN(TestRle)
#include "tst_rle.moc"
