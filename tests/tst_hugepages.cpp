// HugePageAllocator: the annotation store's large columns, mapped on their own above the threshold.
#include "model/hugepages.h"

#include <QtTest>

#include <cstdint>
#include <numeric>

using namespace curator;

class TestHugePages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallAndLargeBlocksHoldTheirContents();
    void largeBlocksStartOnA2MiBBoundary();
    void vectorsGrowShrinkAndMovePastTheThreshold();
};

void TestHugePages::smallAndLargeBlocksHoldTheirContents()
{
    for (const std::size_t bytes : {std::size_t(1), std::size_t(4096), hugepages::kThreshold - 1, hugepages::kThreshold,
                                    hugepages::kThreshold + 12345, std::size_t(37) << 20}) {
        auto* p = static_cast<unsigned char*>(hugepages::allocate(bytes));
        QVERIFY(p);
        for (std::size_t i = 0; i < bytes; i += 997)
            p[i] = static_cast<unsigned char>(i * 31);
        p[bytes - 1] = 0xAB; // the last byte is writable
        for (std::size_t i = 0; i < bytes - 1; i += 997)
            QCOMPARE(p[i], static_cast<unsigned char>(i * 31));
        QCOMPARE(p[bytes - 1], static_cast<unsigned char>(0xAB));
        hugepages::deallocate(p, bytes);
    }
    hugepages::deallocate(nullptr, hugepages::kThreshold); // like delete of null: nothing
}

void TestHugePages::largeBlocksStartOnA2MiBBoundary()
{
    if (!hugepages::kMapsOwnBlocks)
        QSKIP("under AddressSanitizer every block comes from operator new");
    const std::size_t bytes = hugepages::kThreshold + 1;
    void* blocks[4];
    for (void*& p : blocks) {
        p = hugepages::allocate(bytes);
        QCOMPARE(reinterpret_cast<std::uintptr_t>(p) % (std::uintptr_t(2) << 20), std::uintptr_t(0));
    }
    for (void* p : blocks)
        hugepages::deallocate(p, bytes);
}

void TestHugePages::vectorsGrowShrinkAndMovePastTheThreshold()
{
    HugeVector<double> v;
    const std::size_t n = 3 * hugepages::kThreshold / sizeof(double); // crosses it while growing
    for (std::size_t i = 0; i < n; ++i)
        v.push_back(double(i));
    QCOMPARE(v.size(), n);
    QCOMPARE(std::accumulate(v.begin(), v.end(), 0.0), double(n) * double(n - 1) / 2);
    HugeVector<double> moved = std::move(v);
    QCOMPARE(moved[n - 1], double(n - 1));
    moved.resize(10);
    moved.shrink_to_fit(); // back below the threshold: reallocated through operator new
    QCOMPARE(moved.size(), std::size_t(10));
    QCOMPARE(moved[9], 9.0);
    HugeVector<double> copy = moved;
    QVERIFY(copy == moved);
}

QTEST_GUILESS_MAIN(TestHugePages)
#include "tst_hugepages.moc"
