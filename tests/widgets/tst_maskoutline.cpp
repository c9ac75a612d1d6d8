// Mask outlines follow the pixel boundary exactly: squares stay squares, holes become their own
// rings, and pixels that touch only at a corner stay separate.
#include "widgets/maskoutline.h"

#include "model/io/rle.h"

#include <QTest>

#include <cmath>

using namespace curator;

namespace {

/** A height × width mask (column-major bytes) with the given pixels set. */
Rle maskOf(int height, int width, std::initializer_list<QPoint> pixels)
{
    std::vector<quint8> bytes(std::size_t(height * width), 0);
    for (QPoint p : pixels)
        bytes[std::size_t(p.x() * height + p.y())] = 1;
    return Rle::fromMask(bytes, height, width);
}

double signedArea(const QPolygonF& ring)
{
    double sum = 0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF& a = ring[i];
        const QPointF& b = ring[(i + 1) % ring.size()];
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return sum / 2;
}

} // namespace

class TestMaskOutline : public QObject
{
    Q_OBJECT

private slots:
    void aSquareHasFourCorners()
    {
        std::initializer_list<QPoint> pixels{{3, 4}, {4, 4}, {5, 4}, {3, 5}, {4, 5}, {5, 5}};
        const std::vector<QPolygonF> rings = traceMaskOutlines(maskOf(10, 10, pixels));
        QCOMPARE(rings.size(), 1u);
        QCOMPARE(rings[0].size(), 4);
        QCOMPARE(rings[0].boundingRect(), QRectF(3, 4, 3, 2));
        QCOMPARE(std::abs(signedArea(rings[0])), 6.0);
    }

    void holesAreSeparateRings()
    {
        std::vector<QPoint> ringPixels;
        for (int x = 1; x <= 3; ++x)
            for (int y = 1; y <= 3; ++y)
                if (x != 2 || y != 2)
                    ringPixels.push_back({x, y});
        std::vector<quint8> bytes(25, 0);
        for (QPoint p : ringPixels)
            bytes[std::size_t(p.x() * 5 + p.y())] = 1;
        const std::vector<QPolygonF> rings = traceMaskOutlines(Rle::fromMask(bytes, 5, 5));
        QCOMPARE(rings.size(), 2u);
        // Opposite orientations: 9 px outside, 1 px hole; even-odd filling leaves the hole empty.
        QCOMPARE(std::abs(signedArea(rings[0]) + signedArea(rings[1])), 8.0);
    }

    void diagonalNeighboursStaySeparate()
    {
        const std::vector<QPolygonF> rings = traceMaskOutlines(maskOf(6, 6, {{1, 1}, {2, 2}}));
        QCOMPARE(rings.size(), 2u);
        QCOMPARE(rings[0].size(), 4);
        QCOMPARE(rings[1].size(), 4);
    }

    void emptyMaskHasNoOutline()
    {
        QVERIFY(traceMaskOutlines(maskOf(4, 4, {})).empty());
    }
};

QTEST_MAIN(TestMaskOutline)
#include "tst_maskoutline.moc"
