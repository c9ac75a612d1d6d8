// The geometry behind the editing tools: snapping, what counts as a valid cell, merging two cells
// into one outline, splitting a cell along a line, and tracing a predicted mask.
#include "model/geometry/celloutline.h"
#include "model/geometry/maskcontour.h"
#include "model/geometry/polygonsplit.h"
#include "model/geometry/polygonunion.h"
#include "model/io/rle.h"

#include <QPainterPath>
#include <QtTest>

using namespace curator;

namespace {
Ring square(double x, double y, double size) { return {x, y, x + size, y, x + size, y + size, x, y + size}; }
double area(const Ring& r) { return AnnotationStore::polygonArea(r); }
QPolygonF line(std::initializer_list<QPointF> points) { return QPolygonF(points); }
const ImageBounds kImage{704, 520};
} // namespace

class TestPolygonGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapClampsAndRounds_data();
    void snapClampsAndRounds();
    void validity_data();
    void validity();
    void movedVertexCrossingIsDetectedLocally();
    void unionOfOverlappingSquares();
    void unionKeepsSharedOutlineVertices();
    void unionBridgesSmallGapAndRefusesLargeOne();
    void unionFillsEnclosedHole();
    void splitSquareInHalves_data();
    void splitSquareInHalves();
    void splitAlongBentLine();
    void splitThroughVerticesOfARoundCell();
    void splitRefusals_data();
    void splitRefusals();
    void traceMaskRoundTrips();
};

void TestPolygonGeometry::snapClampsAndRounds_data()
{
    QTest::addColumn<QPointF>("in");
    QTest::addColumn<QPointF>("out");
    QTest::newRow("inside") << QPointF(10.123, 20.456) << QPointF(10.12, 20.46);
    QTest::newRow("left/top of image") << QPointF(-3, -0.001) << QPointF(0, 0);
    QTest::newRow("right/bottom edge allowed") << QPointF(704, 520) << QPointF(704, 520);
    QTest::newRow("beyond right/bottom") << QPointF(710.5, 600) << QPointF(704, 520);
}

void TestPolygonGeometry::snapClampsAndRounds()
{
    QFETCH(QPointF, in);
    QFETCH(QPointF, out);
    QCOMPARE(CellOutline::snap(in, kImage), out);
}

void TestPolygonGeometry::validity_data()
{
    QTest::addColumn<Ring>("ring");
    QTest::addColumn<bool>("valid");
    QTest::newRow("square") << square(0, 0, 10) << true;
    QTest::newRow("repeated vertices (LIVECell)") << Ring{0, 0, 0, 0, 10, 0, 10, 10, 10, 10, 0, 10, 0, 0} << true;
    QTest::newRow("two distinct points") << Ring{0, 0, 10, 0, 10, 0, 0, 0} << false;
    QTest::newRow("collinear, no area") << Ring{0, 0, 5, 0, 10, 0} << false;
    QTest::newRow("tiny area") << Ring{0, 0, 0.5, 0, 0.5, 0.5} << false;
    QTest::newRow("bow tie") << Ring{0, 0, 10, 10, 10, 0, 0, 10} << false;
    QTest::newRow("spike folding back") << Ring{0, 0, 10, 0, 20, 0, 15, 0, 10, 10} << false;
    QTest::newRow("vertex touching an edge") << Ring{0, 0, 10, 0, 10, 10, 5, 0, 0, 10} << false;
    QTest::newRow("concave but simple") << Ring{0, 0, 10, 0, 10, 10, 5, 3, 0, 10} << true;
}

void TestPolygonGeometry::validity()
{
    QFETCH(Ring, ring);
    QFETCH(bool, valid);
    QCOMPARE(CellOutline::problem(ring).isEmpty(), valid);
}

void TestPolygonGeometry::movedVertexCrossingIsDetectedLocally()
{
    Ring r = square(0, 0, 10);
    QVERIFY(CellOutline::edgesAtVertexAreSimple(r, 2));
    r[4] = -5; // vertex 2 (10,10) → (-5,10): its edges now cross the left edge
    QVERIFY(!CellOutline::edgesAtVertexAreSimple(r, 2));
    QVERIFY(!CellOutline::isSimple(r));
}

void TestPolygonGeometry::unionOfOverlappingSquares()
{
    QString error;
    const auto merged = PolygonUnion::unite({square(0, 0, 10), square(5, 5, 10)}, kImage, &error);
    QVERIFY2(merged, qPrintable(error));
    QCOMPARE(area(*merged), 175.0); // 100 + 100 - 25
    QVERIFY(CellOutline::isSimple(*merged));
    QCOMPARE(AnnotationStore::ringsBoundingBox({*merged}), (std::array<double, 4>{0, 0, 15, 15}));
}

void TestPolygonGeometry::unionKeepsSharedOutlineVertices()
{
    // Two LIVECell-like neighbours sharing an edge merge without losing their 2-decimal vertices.
    const Ring a{10.25, 10.5, 20.75, 10.5, 20.75, 30.25, 10.25, 30.25};
    const Ring b{20.75, 12.0, 31.5, 12.0, 31.5, 28.0, 20.75, 28.0};
    QString error;
    const auto merged = PolygonUnion::unite({a, b}, kImage, &error);
    QVERIFY2(merged, qPrintable(error));
    QCOMPARE(area(*merged), area(a) + area(b));
    for (std::size_t i = 0; i < merged->size(); ++i)
        QCOMPARE(std::round((*merged)[i] * 100) / 100, (*merged)[i]);
}

void TestPolygonGeometry::unionBridgesSmallGapAndRefusesLargeOne()
{
    QString error;
    const auto bridged = PolygonUnion::unite({square(0, 0, 10), square(12, 0, 10)}, kImage, &error);
    QVERIFY2(bridged, qPrintable(error));
    QVERIFY(area(*bridged) >= 200.0 && area(*bridged) <= 222.0);
    QVERIFY(CellOutline::isSimple(*bridged));
    QVERIFY(!PolygonUnion::unite({square(0, 0, 10), square(30, 0, 10)}, kImage, &error));
    QVERIFY(error.contains(QStringLiteral("20.0 px apart")));
}

void TestPolygonGeometry::unionFillsEnclosedHole()
{
    // A U shape closed by a bar encloses a hole; a cell outline has none.
    const Ring u{0, 0, 30, 0, 30, 30, 20, 30, 20, 10, 10, 10, 10, 30, 0, 30};
    const Ring bar{0, 25, 30, 25, 30, 35, 0, 35};
    QString error;
    const auto merged = PolygonUnion::unite({u, bar}, kImage, &error);
    QVERIFY2(merged, qPrintable(error));
    QCOMPARE(area(*merged), 30.0 * 35.0);
}

void TestPolygonGeometry::splitSquareInHalves_data()
{
    QTest::addColumn<QPolygonF>("cut");
    QTest::addColumn<double>("larger");
    QTest::addColumn<double>("smaller");
    QTest::newRow("horizontal, middle") << line({{-5, 5}, {15, 5}}) << 50.0 << 50.0;
    QTest::newRow("right to left") << line({{15, 5}, {-5, 5}}) << 50.0 << 50.0;
    QTest::newRow("off-centre") << line({{-5, 2}, {15, 2}}) << 80.0 << 20.0;
    QTest::newRow("through two vertices") << line({{-1, -1}, {11, 11}}) << 50.0 << 50.0;
    QTest::newRow("starts inside") << line({{5, 5}, {5, -5}, {-5, -5}, {-5, 5}, {15, 5}}) << 50.0 << 50.0;
}

void TestPolygonGeometry::splitSquareInHalves()
{
    QFETCH(QPolygonF, cut);
    QFETCH(double, larger);
    QFETCH(double, smaller);
    QString error;
    const auto parts = PolygonSplit::split(square(0, 0, 10), cut, kImage, &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(area(parts->first), larger);
    QCOMPARE(area(parts->second), smaller);
    QVERIFY(CellOutline::isSimple(parts->first) && CellOutline::isSimple(parts->second));
}

void TestPolygonGeometry::splitAlongBentLine()
{
    QString error;
    const auto parts = PolygonSplit::split(square(0, 0, 10), line({{-2, 5}, {5, 8}, {12, 5}}), kImage, &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(area(parts->first) + area(parts->second), 100.0);
    QCOMPARE(CellOutline::pointCount(parts->second), 5); // 2 corners, 2 crossings and the bend
}

void TestPolygonGeometry::splitThroughVerticesOfARoundCell()
{
    // 28 vertices like a LIVECell ring; the cut runs exactly through vertices 0 and 14.
    Ring circle;
    for (int v = 0; v < 28; ++v)
        circle.insert(circle.end(), {std::round((20 + 9 * std::cos(v * 0.2244)) * 100) / 100,
                                     std::round((20 + 9 * std::sin(v * 0.2244)) * 100) / 100});
    QString error;
    const auto parts = PolygonSplit::split(circle, line({{9, 20}, {31, 20}}), kImage, &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(area(parts->first) + area(parts->second), area(circle));
    QCOMPARE(CellOutline::pointCount(parts->first) + CellOutline::pointCount(parts->second), 28 + 2);
}

void TestPolygonGeometry::splitRefusals_data()
{
    QTest::addColumn<QPolygonF>("cut");
    QTest::newRow("misses the cell") << line({{20, 20}, {30, 30}});
    QTest::newRow("ends inside") << line({{-5, 5}, {5, 5}});
    QTest::newRow("single point") << line({{5, 5}});
    QTest::newRow("cuts off a sliver") << line({{-1, 1.4}, {1.4, -1}});
}

void TestPolygonGeometry::splitRefusals()
{
    QFETCH(QPolygonF, cut);
    QString error;
    QVERIFY(!PolygonSplit::split(square(0, 0, 10), cut, kImage, &error));
    QVERIFY(!error.isEmpty());
}

void TestPolygonGeometry::traceMaskRoundTrips()
{
    // A disk of radius 9 as a detectron2 mask: traced, rasterised again, it must cover nearly the same pixels.
    std::vector<quint8> pixels(520 * 704, 0);
    for (int x = 0; x < 704; ++x)
        for (int y = 0; y < 520; ++y)
            pixels[std::size_t(x) * 520 + std::size_t(y)] = (x - 100) * (x - 100) + (y - 60) * (y - 60) <= 81;
    const Rle disk = Rle::fromMask(pixels, 520, 704);
    QString error;
    const auto ring = MaskContour::outline(disk, &error);
    QVERIFY2(ring, qPrintable(error));
    QVERIFY(CellOutline::problem(*ring).isEmpty());
    QVERIFY(CellOutline::pointCount(*ring) < 40);
    const Rle back = Rle::fromPolygon(*ring, 520, 704);
    const double iou = Rle::iou(back, disk, false);
    QVERIFY2(iou > 0.9, qPrintable(QString::number(iou)));
    QVERIFY(std::abs(double(back.area()) - double(disk.area())) / disk.area() < 0.1);
}

QTEST_GUILESS_MAIN(TestPolygonGeometry)
#include "tst_polygongeometry.moc"
