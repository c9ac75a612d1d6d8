// The statistics window out of memory: copying the cells to compute from (on the GUI thread) or
// computing them (on a worker) says why in the window instead of ending the application, keeps the
// figures shown before, and the next refresh tries again.
#include "evalfixtures.h"
#include "testutil.h"

#include "model/annotationset.h"
#include "model/workspace.h"
#include "widgets/statisticswindow.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QtTest>

#include <malloc.h>

#include <memory>

using namespace curator;

class TestStatisticsOutOfMemory : public QObject
{
    Q_OBJECT
private slots:
    void whileCopyingTheCells();
};

void TestStatisticsOutOfMemory::whileCopyingTheCells()
{
    // Before, the std::bad_alloc of copying a small workspace's cells on the GUI thread left refresh():
    // the application ended.
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    constexpr int kImages = 4500, kCells = 4 * kImages;   // under StatisticsWindow::kCopyUpTo: copied
    Workspace workspace;
    auto set = std::make_unique<AnnotationSet>();
    set->info.path = QStringLiteral("squares.json");
    set->store = test::manySquareImages(kImages).first;
    workspace.addSet(std::move(set));
    StatisticsWindow window(&workspace);
    const QLabel* status = window.findChild<QLabel*>(QStringLiteral("statisticsStatus"));
    QVERIFY(status);
    window.refresh();   // figures; this also starts the thread pool's worker, which the limit would not let start
    window.waitForStats();
    QVERIFY(window.stats());
    const QString figures = status->text();
    QVERIFY2(figures.endsWith(QStringLiteral("%1 cells.").arg(QLocale().toString(kCells))), qPrintable(figures));
    {
        test::AddressSpaceLimit limit(1 << 20);
        QVERIFY(limit.active());
        window.refresh();
        window.waitForStats();
    }
    QCOMPARE(status->text(), QStringLiteral("Not enough memory to compute the statistics of %1 cells.")
                                 .arg(QLocale().toString(kCells)));
    QVERIFY(window.stats());   // the figures shown before stay
    window.refresh();
    window.waitForStats();
    QCOMPARE(status->text(), figures);
}

int main(int argc, char** argv)
{
    // One malloc arena for every thread (a new thread's arena would take 64 MB of address space at once),
    // and large blocks from the system, so that the limit meets the copy.
    mallopt(M_ARENA_MAX, 1);
    test::takeLargeBlocksFromTheSystem();
    QApplication app(argc, argv);
    TestStatisticsOutOfMemory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_statisticsoutofmemory.moc"
