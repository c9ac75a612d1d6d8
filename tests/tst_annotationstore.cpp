// The columnar store: geometry, per-image lists, id lookup, exact snapshots for undo.
#include "model/annotationstore.h"

#include <QtTest>

using namespace curator;

namespace {
AnnotationStore makeStore()
{
    AnnotationStore s;
    for (int i = 0; i < 3; ++i) {
        ImageRecord img;
        img.id = 100 + i;
        img.width = 704;
        img.height = 520;
        img.fileName = QStringLiteral("A172_Phase_C7_1_00d0%1h00m_1.tif").arg(i * 4);
        s.appendImage(img);
    }
    const std::vector<double> square = {0, 0, 10, 0, 10, 10, 0, 10};
    const std::vector<quint32> one = {8};
    for (int a = 0; a < 6; ++a) {
        AnnotationStore::AnnotationFields f;
        f.id = 1000 + a;
        f.imageId = 100 + a % 3;
        f.categoryId = 1;
        f.area = 100;
        f.bbox = {0, 0, 10, 10};
        s.appendPolygon(f, square, one);
    }
    s.finalize();
    return s;
}
} // namespace

class TestAnnotationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perImageListsAndLookup();
    void shoelaceAndBbox_data();
    void shoelaceAndBbox();
    void setRingsRecomputesAndSnapshotRestoresExactly();
    void deleteAndRestoreKeepFileOrder();
    void addedCellsAreFoundAndListed();
    void appendAnnotationsFromRebasesGeometry();
};

void TestAnnotationStore::perImageListsAndLookup()
{
    const AnnotationStore s = makeStore();
    QCOMPARE(s.liveAnnotationCount(), 6);
    QCOMPARE(s.annotationsOfImage(1), (std::vector<quint32>{1, 4}));
    QCOMPARE(s.annotationIndex(1004), 4);
    QCOMPARE(s.annotationIndex(999), -1);
    QCOMPARE(s.imageIndex(102), 2);
    QCOMPARE(s.annotationImage(5), 2);
    QCOMPARE(s.nextFreeId(), 1006);
    QVERIFY(s.annotationsOfImage(7).empty());
}

void TestAnnotationStore::shoelaceAndBbox_data()
{
    QTest::addColumn<Ring>("ring");
    QTest::addColumn<double>("area");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("height");
    QTest::newRow("square cw") << Ring{0, 0, 0, 2, 2, 2, 2, 0} << 4.0 << 2.0 << 2.0;
    QTest::newRow("square ccw") << Ring{0, 0, 2, 0, 2, 2, 0, 2} << 4.0 << 2.0 << 2.0;
    QTest::newRow("triangle") << Ring{0, 0, 4, 0, 0, 3} << 6.0 << 4.0 << 3.0;
    QTest::newRow("repeated vertices") << Ring{0, 0, 0, 0, 4, 0, 4, 0, 0, 3} << 6.0 << 4.0 << 3.0;
    QTest::newRow("two points") << Ring{0, 0, 4, 0} << 0.0 << 4.0 << 0.0;
}

void TestAnnotationStore::shoelaceAndBbox()
{
    QFETCH(Ring, ring);
    QFETCH(double, area);
    QFETCH(double, width);
    QFETCH(double, height);
    QCOMPARE(AnnotationStore::polygonArea(ring), area);
    QCOMPARE(AnnotationStore::ringsBoundingBox({ring}), (std::array<double, 4>{0, 0, width, height}));
}

void TestAnnotationStore::setRingsRecomputesAndSnapshotRestoresExactly()
{
    AnnotationStore s = makeStore();
    const auto before = s.snapshot(2);
    s.setRings(2, {{5, 5, 9, 5, 9, 8}, {20, 20, 22, 20, 22, 22}});
    QVERIFY(s.isEdited(2));
    QCOMPARE(s.ringCount(2), 2);
    QCOMPARE(s.area(2), 6.0 + 2.0);
    QCOMPARE(s.bbox(2), (std::array<double, 4>{5, 5, 17, 17}));
    QCOMPARE(s.vertexCount(2), std::size_t(6));
    s.restore(2, before);
    QVERIFY(!s.isEdited(2));
    QCOMPARE(s.area(2), 100.0);
    QCOMPARE(s.rings(2), (Rings{{0, 0, 10, 0, 10, 10, 0, 10}}));
}

void TestAnnotationStore::deleteAndRestoreKeepFileOrder()
{
    AnnotationStore s = makeStore();
    s.setDeleted(1, true);
    QCOMPARE(s.liveAnnotationCount(), 5);
    QCOMPARE(s.annotationsOfImage(1), (std::vector<quint32>{4}));
    const auto deleted = s.snapshot(1);
    s.setDeleted(1, false);
    QCOMPARE(s.annotationsOfImage(1), (std::vector<quint32>{1, 4}));
    s.restore(1, deleted);
    QVERIFY(s.isDeleted(1));
    QCOMPARE(s.liveAnnotationCount(), 5);
}

void TestAnnotationStore::addedCellsAreFoundAndListed()
{
    AnnotationStore s = makeStore();
    const qint64 id = s.nextFreeId();
    const int a = s.addAnnotation(id, 0, 1, {{1, 1, 3, 1, 3, 3}});
    QCOMPARE(s.annotationIndex(id), a);
    QCOMPARE(s.annotationsOfImage(0).back(), quint32(a));
    QCOMPARE(s.area(a), 2.0);
    QCOMPARE(s.nextFreeId(), id + 1);
    QVERIFY(s.flags(a) & AnnotationStore::Added);
}

void TestAnnotationStore::appendAnnotationsFromRebasesGeometry()
{
    AnnotationStore a = makeStore();
    AnnotationStore b;
    AnnotationStore::AnnotationFields f;
    f.id = 5000;
    f.imageId = 101;
    const std::vector<double> tri = {1, 2, 3, 4, 5, 7};
    const std::vector<quint32> one = {6};
    b.appendPolygon(f, tri, one);
    f.id = 5001;
    b.appendRle(f, 4, 5, std::string_view("52203"));
    a.appendAnnotationsFrom(std::move(b));
    a.finalize();
    QCOMPARE(a.annotationCount(), 8);
    QCOMPARE(a.rings(6), (Rings{{1, 2, 3, 4, 5, 7}}));
    QCOMPARE(std::string(a.rle(7).counts), std::string("52203"));
    QCOMPARE(a.annotationsOfImage(1), (std::vector<quint32>{1, 4, 6, 7}));
}

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
