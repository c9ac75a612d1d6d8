// The model review out of memory: an evaluation that cannot get the memory it needs (to copy the
// cells on the GUI thread, or to evaluate them on a worker) says why in the Model Review dock instead
// of ending the application, shows no stale figures, and the next evaluation tries again.
#include "evalfixtures.h"
#include "testutil.h"

#include "model/annotationset.h"
#include "model/review/predictionreview.h"
#include "model/workspace.h"
#include "widgets/modelreviewdock.h"

#include <QLabel>
#include <QtTest>

#include <optional>

using namespace curator;

class TestReviewOutOfMemory : public QObject
{
    Q_OBJECT
private slots:
    void messageInTheDock_data();
    void messageInTheDock();
};

void TestReviewOutOfMemory::messageInTheDock_data()
{
    QTest::addColumn<bool>("whileCopying");
    QTest::newRow("copying the cells (GUI thread)") << true;
    QTest::newRow("evaluating (worker thread)") << false;
}

void TestReviewOutOfMemory::messageInTheDock()
{
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    QFETCH(bool, whileCopying);
    auto [gt, dt] = test::manySquareImages(20000);
    Workspace workspace;
    auto groundTruth = std::make_unique<AnnotationSet>();
    groundTruth->info.path = QStringLiteral("squares.json");
    groundTruth->store = std::move(gt);
    auto predictions = std::make_unique<AnnotationSet>();
    predictions->info.kind = SetKind::Results;
    predictions->info.path = QStringLiteral("squares_results.json");
    predictions->layout.bareResultsList = true;
    predictions->store = std::move(dt);
    workspace.addSet(std::move(groundTruth));
    workspace.addSet(std::move(predictions));
    PredictionReview review(&workspace);
    ModelReviewDock dock(&review);
    const auto* source = dock.findChild<QLabel*>(QStringLiteral("reviewSource"));
    QVERIFY(source);
    ReviewEvaluation* evaluation = review.evaluation();
    QSignalSpy evaluated(evaluation, &ReviewEvaluation::evaluated);

    // With the memory it needs (this also starts the thread pool's worker, which a lowered limit
    // would not let start): every square matched.
    review.reevaluate();
    review.waitForEvaluation();
    QVERIFY2(evaluation->hasResult(), qPrintable(evaluation->errorString()));
    QCOMPARE(evaluation->result()->summary.value(u"AP50"), 1.0);
    QVERIFY(!source->text().contains(QStringLiteral("No figures")));

    // Before the evaluation caught them, either std::bad_alloc ended the process: on the GUI thread
    // directly, from the worker when the GUI thread took the job's result.
    evaluated.clear();
    {
        std::optional<test::AddressSpaceLimit> limit;
        if (whileCopying)
            limit.emplace(1 << 20);
        review.reevaluate();
        if (!whileCopying)
            limit.emplace(1 << 20);   // the cells are copied: only the evaluation is short of memory
        QVERIFY(limit->active());
        review.waitForEvaluation();
    }
    QVERIFY(!evaluated.isEmpty());
    QVERIFY(!evaluation->hasResult());   // no figures rather than the previous ones
    const QString error = evaluation->errorString();
    QVERIFY2(error.startsWith(QStringLiteral("Not enough memory to evaluate ")), qPrintable(error));
    if (whileCopying)
        QCOMPARE(error, QStringLiteral("Not enough memory to evaluate the predictions on 20000 image(s)."));
    QVERIFY2(source->text().endsWith(QStringLiteral("No figures: ") + error), qPrintable(source->text()));

    // With the memory back, the next evaluation gives the figures again.
    review.reevaluate();
    review.waitForEvaluation();
    QVERIFY2(evaluation->hasResult(), qPrintable(evaluation->errorString()));
    QVERIFY(evaluation->errorString().isEmpty());
    QCOMPARE(evaluation->result()->summary.value(u"AP50"), 1.0);
    QVERIFY2(!source->text().contains(QStringLiteral("No figures")), qPrintable(source->text()));
}

QTEST_MAIN(TestReviewOutOfMemory)
#include "tst_reviewoutofmemory.moc"
