// runInParallel: every share runs once, the first on the calling thread, and an exception thrown on
// any thread reaches the caller after all have finished instead of ending the process. ThreadScratch:
// one object per thread, deleted with its thread.
#include "model/parallel.h"
#include "model/threadscratch.h"

#include <QtTest>

#include <atomic>
#include <mutex>
#include <new>
#include <set>
#include <stdexcept>
#include <thread>

using namespace curator;

class TestParallel : public QObject
{
    Q_OBJECT
private slots:
    void everyShareRunsOnce_data();
    void everyShareRunsOnce();
    void workerExceptionReachesCaller();
    void callerExceptionWaitsForWorkers();
    void threadScratchIsOnePerThread();
};

void TestParallel::everyShareRunsOnce_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("shares");
    QTest::newRow("none asked: the caller alone") << 0 << 1;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("four") << 4 << 4;
}

void TestParallel::everyShareRunsOnce()
{
    QFETCH(int, threads);
    QFETCH(int, shares);
    std::mutex mutex;
    std::multiset<int> seen;
    std::set<std::thread::id> ids;
    std::thread::id first;
    runInParallel(threads, [&](int t) {
        std::lock_guard lock(mutex);
        seen.insert(t);
        ids.insert(std::this_thread::get_id());
        if (t == 0)
            first = std::this_thread::get_id();
    });
    QCOMPARE(int(seen.size()), shares);
    for (int t = 0; t < shares; ++t)
        QCOMPARE(int(seen.count(t)), 1);
    QCOMPARE(int(ids.size()), shares);
    QVERIFY(first == std::this_thread::get_id());
}

void TestParallel::workerExceptionReachesCaller()
{
    // Share 2 fails at once; the others still run to their end before the caller hears of it.
    std::atomic_int finished{0};
    bool caught = false;
    try {
        runInParallel(4, [&](int t) {
            if (t == 2)
                throw std::bad_alloc();
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            ++finished;
        });
    } catch (const std::bad_alloc&) {
        caught = true;
    }
    QVERIFY(caught);
    QCOMPARE(finished.load(), 3);
}

void TestParallel::callerExceptionWaitsForWorkers()
{
    std::atomic_int finished{0};
    QString message;
    try {
        runInParallel(3, [&](int t) {
            if (t == 0)
                throw std::runtime_error("share 0 failed");
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            ++finished;
        });
    } catch (const std::runtime_error& e) {
        message = QString::fromUtf8(e.what());
    }
    QCOMPARE(message, QStringLiteral("share 0 failed"));
    QCOMPARE(finished.load(), 2);
}

namespace {
struct Counted
{
    static inline std::atomic<int> alive{0};
    Counted() { ++alive; }
    ~Counted() { --alive; }
    int value = 0;
};
} // namespace

void TestParallel::threadScratchIsOnePerThread()
{
    static ThreadScratch<Counted> scratch;
    QVERIFY(!scratch.find());   // made on first use only
    scratch.get().value = 1;
    QCOMPARE(scratch.find(), &scratch.get());
    std::atomic<bool> freshOnWorker = false;
    std::atomic<int> aliveOnWorker = 0;
    std::thread worker([&] {
        freshOnWorker = !scratch.find() && scratch.get().value == 0;
        scratch.get().value = 2;
        aliveOnWorker = Counted::alive.load();
    });
    worker.join();
    QVERIFY(freshOnWorker);
    QCOMPARE(aliveOnWorker.load(), 2);
    QCOMPARE(Counted::alive.load(), 1);   // the worker's went with it
    QCOMPARE(scratch.get().value, 1);
}

QTEST_GUILESS_MAIN(TestParallel)
#include "tst_parallel.moc"
