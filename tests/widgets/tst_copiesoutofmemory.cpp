// Copies made on the GUI thread for a worker, out of memory: the statistics window and the quality
// checks copy a small workspace's cells so that editing may go on while the worker reads them. Where
// that copy cannot be made, each says why, as for its worker running out of memory, instead of ending
// the application, keeps what it showed before, and the next run tries again.
#include "editingfixture.h"
#include "evalfixtures.h"
#include "testutil.h"

#include "model/annotationset.h"
#include "model/qc/qcfindingsmodel.h"
#include "model/workspace.h"
#include "widgets/findingsdock.h"
#include "widgets/statisticswindow.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QtTest>

#include <memory>

using namespace curator;

namespace {
constexpr int kImages = 4500, kCells = 4 * kImages;   // under both copy limits (20,000 cells): copied

/** A workspace of kImages images of four squares each. */
void fill(Workspace& workspace)
{
    auto set = std::make_unique<AnnotationSet>();
    set->info.path = QStringLiteral("squares.json");
    set->store = test::manySquareImages(kImages).first;
    workspace.addSet(std::move(set));
}
} // namespace

class TestCopiesOutOfMemory : public QObject
{
    Q_OBJECT
private slots:
    void statisticsWindow();
    void qualityChecks();
};

void TestCopiesOutOfMemory::statisticsWindow()
{
    // Before, the std::bad_alloc of the copy left refresh(): the application ended.
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    Workspace workspace;
    fill(workspace);
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

void TestCopiesOutOfMemory::qualityChecks()
{
    // Before, the std::bad_alloc of the copy left runChecks(): the application ended.
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    Workspace workspace;
    fill(workspace);
    FindingsDock dock(&workspace);
    QString status;
    connect(&dock, &FindingsDock::statusMessage, this, [&status](const QString& m) { status = m; });
    dock.runChecks();   // this also starts the thread pool's worker
    dock.waitForChecks();
    QVERIFY2(dock.summaryText().contains(QStringLiteral("finding")), qPrintable(dock.summaryText()));
    const int findings = dock.model()->findingCount();
    QString shown;
    test::answerNextQuestion(QMessageBox::Ok, &shown);
    {
        test::AddressSpaceLimit limit(1 << 20);
        QVERIFY(limit.active());
        dock.runChecks();
        dock.waitForChecks();
    }
    const QString said = QStringLiteral("squares.json: not enough memory to run the quality checks on its %1 cells.")
                             .arg(QLocale().toString(kCells));
    QCOMPARE(status, said);
    QCOMPARE(shown, said);
    QCOMPARE(dock.model()->findingCount(), findings);   // the findings shown before stay
    status.clear();
    dock.runChecks();
    dock.waitForChecks();
    QVERIFY2(status.startsWith(QStringLiteral("Quality checks")), qPrintable(status));
}

// Large blocks from the system and one malloc arena for every thread, so that the limit meets the copy.
CURATOR_LIMITED_MEMORY_MAIN_WITH(TestCopiesOutOfMemory, QApplication)

#include "tst_copiesoutofmemory.moc"
