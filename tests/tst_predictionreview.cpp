// The model review: importing results and running the model into a predictions set, the
// evaluator's per-image matching as TP/FN/FP, the image browser's review columns (equal to
// livecell-cli eval's numbers), the per-cell-type summary, accepting and deleting cells (running the
// bundled model and saving predictions: tst_predictionmodelrun).
#include "evalfixtures.h"
#include "reviewfixture.h"
#include "testutil.h"

#include "model/annotationset.h"
#include "model/celltablemodel.h"
#include "model/documentmanager.h"
#include "model/eval/evaluator.h"
#include "model/io/rle.h"
#include "model/imagebrowsermodel.h"
#include "model/review/celltypesummarymodel.h"
#include "model/review/predictionreview.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace curator;

using test::kMatched;
using test::kSpurious;
using test::fixtureResults;

class TestPredictionReview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importedFixtureCounts();
    void scoreThresholdSetsTheOperatingPoint();
    void bestMatchOfMissedAndSpuriousCells();
    void iouThresholdChangesTheMatching();
    void browserColumnsEqualCliEvaluator();
    void cellTypeSummaryEqualsCliEvaluator();
    void importErrorsNameTheFile();
    void acceptAndDeleteUndoRedo();
    void editsReevaluateOnlyTheirImages();
    void editDuringEvaluationKeepsItsImages();
    void publishingTakesATenthOfTheGuiThread();
    void largeCopyLetsEventsThrough();
    void maskCellsInTheCellTable();

private:
    void openSample(Workspace& workspace) { m_sample.open(workspace); }
    /** Imports pycocotools' reference results for the real val file and waits for their evaluation. */
    static void importReferenceResults(PredictionReview& review)
    {
        review.importResults(test::referenceEvalDir() + QStringLiteral("/real_val_results.json"));
        review.waitForFinished();
        review.waitForEvaluation();
    }
    test::ReviewSample m_sample;
};

void TestPredictionReview::initTestCase()
{
    m_sample.init();
}

void TestPredictionReview::importedFixtureCounts()
{
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    QSignalSpy imported(&review, &PredictionReview::importFinished);
    review.importResults(m_sample.results());
    review.waitForFinished();
    QCOMPARE(imported.count(), 1);
    QVERIFY2(imported[0][0].toBool(), qPrintable(imported[0][1].toString()));
    QCOMPARE(review.groundTruthSet(), 0);
    QCOMPARE(review.predictionSet(), 1);
    review.waitForEvaluation();

    const ReviewEvaluation* evaluation = review.evaluation();
    const int cells = workspace.set(0).store.liveAnnotationCountOfImage(0);
    const ImageMatches* m = evaluation->matches(0);
    QVERIFY(m);
    QCOMPARE(m->tp(), kMatched);
    QCOMPARE(m->fp(), kSpurious);
    QCOMPARE(m->fn(), cells - kMatched);
    // The other images have no predictions: every cell is missed.
    const ImageMatches* other = evaluation->matches(1);
    QVERIFY(other);
    QCOMPARE(other->tp(), 0);
    QCOMPARE(other->fn(), workspace.set(0).store.liveAnnotationCountOfImage(1));

    const std::vector<quint32>& gtCells = workspace.set(0).store.annotationsOfImage(0);
    using C = ReviewEvaluation::CellClass;
    QCOMPARE(evaluation->classify({0, int(gtCells[0])}), C::TruePositive);
    QCOMPARE(evaluation->classify({0, int(gtCells[kMatched])}), C::FalseNegative);
    QCOMPARE(evaluation->classify({1, 0}), C::TruePositive);         // the first prediction copies cell 0
    QCOMPARE(evaluation->classify({1, kMatched}), C::FalsePositive);  // the first square
    QCOMPARE(evaluation->classesOf(0).size(), 2 * kMatched + kSpurious + (cells - kMatched));
}

void TestPredictionReview::scoreThresholdSetsTheOperatingPoint()
{
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    m_sample.importResults(review);
    ReviewEvaluation* evaluation = review.evaluation();
    const int cells = workspace.set(0).store.liveAnnotationCountOfImage(0);
    const double ap = evaluation->result()->summary.value(u"AP");
    QSignalSpy changed(evaluation, &ReviewEvaluation::matchingChanged);
    QSignalSpy classesChanged(evaluation, &ReviewEvaluation::classesChanged);

    // The copies score 0.90, 0.89, ..., 0.81, the squares 0.5: at 0.855 the five best copies count.
    evaluation->setScoreThreshold(0.855);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(classesChanged.count(), 1);
    evaluation->setScoreThreshold(0.855);   // the same threshold changes nothing
    QCOMPARE(classesChanged.count(), 1);
    const ImageMatches* m = evaluation->matches(0);
    QVERIFY(m);
    QCOMPARE(m->tp(), 5);
    QCOMPARE(m->fp(), 0);
    QCOMPARE(m->fn(), cells - 5);
    const std::vector<quint32>& gtCells = workspace.set(0).store.annotationsOfImage(0);
    using C = ReviewEvaluation::CellClass;
    QCOMPARE(evaluation->classify({0, int(gtCells[4])}), C::TruePositive);
    QCOMPARE(evaluation->classify({0, int(gtCells[5])}), C::FalseNegative);   // its copy scores 0.85
    QCOMPARE(evaluation->classify({1, 5}), C::None);
    QCOMPARE(evaluation->classify({1, kMatched}), C::None);                   // a square
    QCOMPARE(evaluation->classesOf(0).size(), 2 * 5 + cells - 5);
    QCOMPARE(evaluation->result()->summary.value(u"AP"), ap);   // AP ranks every prediction, whatever the threshold
    // The browser's columns follow: counts and F1 at the operating point, AP as before.
    ImageBrowserModel browser(&workspace);
    browser.setReview(evaluation);
    const int row = browser.rowOfFile(workspace.set(0).store.image(0).fileName, 0);
    QVERIFY(row >= 0);
    auto value = [&](int column) { return browser.index(row, column).data(ImageBrowserModel::SortRole).toDouble(); };
    QCOMPARE(value(ImageBrowserModel::TruePositiveColumn), 5.0);
    QCOMPARE(value(ImageBrowserModel::FalsePositiveColumn), 0.0);
    QCOMPARE(value(ImageBrowserModel::PredictedColumn), 5.0);
    QCOMPARE(value(ImageBrowserModel::F1Column), 2.0 * 5 / (2 * 5 + cells - 5));
    QCOMPARE(value(ImageBrowserModel::ApColumn), evaluation->image(0)->ap);
    const QString tip = browser.headerData(ImageBrowserModel::F1Column, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("scoring at least %1").arg(QLocale().toString(0.855, 'f', 2))), qPrintable(tip));

    // The threshold holds across IoU changes and a re-evaluation after an edit.
    evaluation->setIouThreshold(0.75);
    QCOMPARE(evaluation->matches(0)->tp(), 5);
    evaluation->setIouThreshold(0.5);
    QCOMPARE(classesChanged.count(), 3);
    evaluation->update({0});
    evaluation->waitForFinished();
    QCOMPARE(evaluation->matches(0)->tp(), 5);
    QCOMPARE(classesChanged.count(), 4);   // the re-evaluation's new result

    evaluation->setScoreThreshold(0);
    QCOMPARE(evaluation->matches(0)->tp(), kMatched);
    QCOMPARE(evaluation->matches(0)->fp(), kSpurious);
    QCOMPARE(value(ImageBrowserModel::PredictedColumn), double(kMatched + kSpurious));
    QCOMPARE(value(ImageBrowserModel::FalsePositiveColumn), double(kSpurious));
}

void TestPredictionReview::bestMatchOfMissedAndSpuriousCells()
{
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    m_sample.importResults(review);
    const std::vector<quint32>& gtCells = workspace.set(0).store.annotationsOfImage(0);

    const ReviewEvaluation::BestMatch matched = review.evaluation()->bestMatch({0, int(gtCells[3])});
    QCOMPARE(matched.cell, (CellKey{1, 3}));
    QCOMPARE(matched.iou, 1.0);

    const ReviewEvaluation::BestMatch missed = review.evaluation()->bestMatch({0, int(gtCells[kMatched])});
    QVERIFY(missed.iou < 0.5);

    const ReviewEvaluation::BestMatch spurious = review.evaluation()->bestMatch({1, kMatched});
    QVERIFY(spurious.iou < 0.5);
}

void TestPredictionReview::iouThresholdChangesTheMatching()
{
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    importReferenceResults(review);
    ReviewEvaluation* evaluation = review.evaluation();
    const int tp50 = evaluation->matches(0)->tp();
    QSignalSpy changed(evaluation, &ReviewEvaluation::iouThresholdChanged);
    evaluation->setIouThreshold(0.75);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(evaluation->matches(0)->tp(), evaluation->image(0)->at75.tp());
    QVERIFY(evaluation->matches(0)->tp() < tp50);

    // Every threshold of the protocol can be chosen; a value in between picks the nearest.
    QCOMPARE(ReviewEvaluation::iouThresholds().size(), std::size_t(10));
    evaluation->setIouThreshold(0.62);
    QCOMPARE(evaluation->iouThreshold(), 0.60);
    QCOMPARE(evaluation->iouThresholdIndex(), 2);
    QCOMPARE(changed.count(), 2);
    const int tp60 = evaluation->matches(0)->tp();
    QVERIFY(tp60 <= tp50 && tp60 >= evaluation->image(0)->at75.tp());
    for (const auto& match : evaluation->matches(0)->truePositives)
        QVERIFY(match.iou >= 0.60);
    evaluation->setIouThreshold(0.95);
    QVERIFY(evaluation->matches(0)->tp() < tp60);
    using C = ReviewEvaluation::CellClass;
    int fn = 0;
    for (quint32 a : workspace.set(0).store.annotationsOfImage(0))
        fn += evaluation->classify({0, int(a)}) == C::FalseNegative;
    QCOMPARE(fn, evaluation->matches(0)->fn());
}

void TestPredictionReview::browserColumnsEqualCliEvaluator()
{
    const QString gtPath = test::referenceEvalDir() + QStringLiteral("/real_val_gt.json");
    const QString dtPath = test::referenceEvalDir() + QStringLiteral("/real_val_results.json");
    Workspace workspace;
    workspace.open({gtPath});
    workspace.waitForLoaded();
    PredictionReview review(&workspace);
    ImageBrowserModel browser(&workspace);
    QAbstractItemModelTester tester(&browser, QAbstractItemModelTester::FailureReportingMode::QtTest);
    browser.setReview(review.evaluation());
    review.importResults(dtPath);
    review.waitForFinished();
    review.waitForEvaluation();

    // Every prediction, then an operating point: livecell-cli eval --min-score and the score threshold agree.
    for (const double minScore : {0.0, 0.7}) {
        const QString csvPath = m_sample.filePath(QStringLiteral("per_image.csv"));
        const test::ProcessResult cli = test::runCli({QStringLiteral("eval"), gtPath, dtPath, QStringLiteral("--per-image"),
                                                      csvPath, QStringLiteral("--min-score"), QString::number(minScore)});
        QCOMPARE(cli.exitCode, 0);
        review.evaluation()->setScoreThreshold(minScore);
        const QList<QByteArray> lines = test::readAll(csvPath).trimmed().split('\n');
        QVERIFY(lines.size() > 2);
        int compared = 0, dropped = 0;
        for (qsizetype l = 1; l < lines.size(); ++l) {
            const QList<QByteArray> f = lines[l].split(',');
            const QString name = QString::fromUtf8(f[1]);
            const int row = browser.rowOfFile(name, 0);
            QVERIFY2(row >= 0, qPrintable(name));
            auto value = [&](int column) { return browser.index(row, column).data(ImageBrowserModel::SortRole).toDouble(); };
            QCOMPARE(value(ImageBrowserModel::ApColumn), f[7].toDouble());
            QCOMPARE(value(ImageBrowserModel::TruePositiveColumn), f[8].toDouble());
            QCOMPARE(value(ImageBrowserModel::FalsePositiveColumn), f[9].toDouble());
            QCOMPARE(value(ImageBrowserModel::FalseNegativeColumn), f[10].toDouble());
            QCOMPARE(value(ImageBrowserModel::F1Column), f[13].toDouble());
            const double kept = f[8].toDouble() + f[9].toDouble();   // LIVECell's val file has no crowd regions
            QCOMPARE(value(ImageBrowserModel::PredictedColumn), minScore > 0 ? kept : f[5].toDouble());
            dropped += int(f[5].toDouble() - kept);
            QCOMPARE(browser.index(row, ImageBrowserModel::ApColumn).data().toString(),
                     QLocale().toString(f[7].toDouble(), 'f', 3));
            ++compared;
        }
        QCOMPARE(compared, 5);
        QCOMPARE(dropped > 0, minScore > 0);   // the operating point left predictions out
    }
}

void TestPredictionReview::cellTypeSummaryEqualsCliEvaluator()
{
    const QString gtPath = test::referenceEvalDir() + QStringLiteral("/real_val_gt.json");
    const QString dtPath = test::referenceEvalDir() + QStringLiteral("/real_val_results.json");
    const QString jsonPath = m_sample.filePath(QStringLiteral("summary.json"));
    const test::ProcessResult cli = test::runCli({QStringLiteral("eval"), gtPath, dtPath, QStringLiteral("--per-cell-type"),
                                                  QStringLiteral("--json"), jsonPath});
    QCOMPARE(cli.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(test::readAll(jsonPath)).object();

    Workspace workspace;
    workspace.open({gtPath});
    workspace.waitForLoaded();
    PredictionReview review(&workspace);
    CellTypeSummaryModel summary(review.evaluation());
    QAbstractItemModelTester tester(&summary, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(summary.rowCount(), 0);
    review.importResults(dtPath);
    review.waitForFinished();
    review.waitForEvaluation();

    const QJsonObject perType = json.value(QStringLiteral("per_cell_type")).toObject();
    QVERIFY(!perType.isEmpty());
    QCOMPARE(summary.rowCount(), perType.size() + 1);
    const int all = summary.rowCount() - 1;
    QCOMPARE(summary.index(all, CellTypeSummaryModel::CellTypeColumn).data().toString(), QStringLiteral("All"));
    const double overall = json.value(QStringLiteral("livecell")).toObject().value(QStringLiteral("AP")).toDouble();
    QCOMPARE(summary.index(all, CellTypeSummaryModel::ApColumn).data(CellTypeSummaryModel::SortRole).toDouble(), overall);
    for (int r = 0; r < all; ++r) {
        const QString type = summary.index(r, CellTypeSummaryModel::CellTypeColumn).data().toString();
        const QJsonObject entry = perType.value(type).toObject();
        QVERIFY2(!entry.isEmpty(), qPrintable(type));
        QCOMPARE(summary.index(r, CellTypeSummaryModel::ApColumn).data(CellTypeSummaryModel::SortRole).toDouble(),
                 entry.value(QStringLiteral("AP")).toDouble());
        QCOMPARE(summary.index(r, CellTypeSummaryModel::ImagesColumn).data(CellTypeSummaryModel::SortRole).toInt(),
                 entry.value(QStringLiteral("images")).toInt());
    }
}

void TestPredictionReview::importErrorsNameTheFile()
{
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    const QString broken = m_sample.filePath(QStringLiteral("broken_results.json"));
    QVERIFY(test::writeAll(broken, "[{\"image_id\": 1, \"score\": "));
    QSignalSpy imported(&review, &PredictionReview::importFinished);
    review.importResults(broken);
    review.waitForFinished();
    QCOMPARE(imported.count(), 1);
    QVERIFY(!imported[0][0].toBool());
    QVERIFY2(imported[0][1].toString().contains(QStringLiteral("broken_results.json")), qPrintable(imported[0][1].toString()));
    QCOMPARE(workspace.setCount(), 1);

    QString error;
    QVERIFY(!review.loadModel(m_sample.filePath(QStringLiteral("missing.onnx")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
}

void TestPredictionReview::acceptAndDeleteUndoRedo()
{
    Workspace workspace;
    openSample(workspace);
    DocumentManager documents(&workspace);
    PredictionReview review(&workspace);
    m_sample.importResults(review);
    Document* document = documents.document(review.groundTruthSet());
    QVERIFY(document);
    const AnnotationStore& gt = workspace.set(0).store;
    const int cells = gt.liveAnnotationCountOfImage(0);
    auto counts = [&] {
        review.waitForEvaluation();
        const ImageMatches* m = review.evaluation()->matches(0);
        return m ? std::array<int, 4>{gt.liveAnnotationCountOfImage(0), m->tp(), m->fp(), m->fn()} : std::array<int, 4>{};
    };
    const std::array<int, 4> before{cells, kMatched, kSpurious, cells - kMatched};
    QCOMPARE(counts(), before);

    // Accept a spurious prediction: the ground truth gains the cell and it becomes a match.
    QString error;
    const int spurious = kMatched;
    QVERIFY2(document->acceptPrediction(0, workspace.set(review.predictionSet()).store, spurious, &error), qPrintable(error));
    const std::array<int, 4> accepted{cells + 1, kMatched + 1, kSpurious - 1, cells - kMatched};
    QCOMPARE(counts(), accepted);
    document->undoStack()->undo();
    QCOMPARE(counts(), before);
    document->undoStack()->redo();
    QCOMPARE(counts(), accepted);
    document->undoStack()->undo();

    // Delete a missed cell: one cell and one miss fewer.
    const qint64 missedId = gt.annotationId(int(gt.annotationsOfImage(0)[std::size_t(kMatched)]));
    QVERIFY2(document->deleteCells({missedId}, &error), qPrintable(error));
    const std::array<int, 4> deleted{cells - 1, kMatched, kSpurious, cells - kMatched - 1};
    QCOMPARE(counts(), deleted);
    document->undoStack()->undo();
    QCOMPARE(counts(), before);
    document->undoStack()->redo();
    QCOMPARE(counts(), deleted);
}

void TestPredictionReview::editsReevaluateOnlyTheirImages()
{
    Workspace workspace;
    openSample(workspace);
    DocumentManager documents(&workspace);
    PredictionReview review(&workspace);
    importReferenceResults(review);
    ReviewEvaluation* evaluation = review.evaluation();
    QCOMPARE(evaluation->updateCount(), 0);
    const double apBefore = evaluation->result()->summary.value(u"AP");

    // Edit two images: delete three cells of image 1, accept a prediction into image 3.
    Document* document = documents.document(review.groundTruthSet());
    QVERIFY(document);
    const AnnotationStore& gt = workspace.set(0).store;
    const AnnotationStore& dt = workspace.set(review.predictionSet()).store;
    QString error;
    QList<qint64> doomed;
    for (int k = 0; k < 3; ++k)
        doomed.push_back(gt.annotationId(int(gt.annotationsOfImage(1)[std::size_t(k)])));
    QVERIFY2(document->deleteCells(doomed, &error), qPrintable(error));
    int prediction = -1;
    for (int a = 0; a < dt.annotationCount() && prediction < 0; ++a) {
        if (dt.annotationImageId(a) == gt.image(3).id)
            prediction = a;
    }
    QVERIFY(prediction >= 0);
    QVERIFY2(document->acceptPrediction(3, dt, prediction, &error), qPrintable(error));
    review.waitForEvaluation();
    QCOMPARE(evaluation->updateCount(), 1);   // one update for both edits, not a full evaluation
    const EvalResult updated = *evaluation->result();
    QVERIFY(updated.summary.value(u"AP") != apBefore);

    // The same as evaluating everything again, and as the evaluator on the edited stores.
    review.reevaluate();
    review.waitForEvaluation();
    QCOMPARE(evaluation->updateCount(), 0);
    const EvalResult& full = *evaluation->result();
    Evaluator::Options options;
    options.everyThreshold = true;
    const EvalResult direct = *Evaluator::evaluate(gt, dt, options);
    for (const EvalResult* other : {&full, &direct}) {
        for (std::size_t v = 0; v < other->summary.values.size(); ++v)
            QCOMPARE(updated.summary.values[v].value, other->summary.values[v].value);
        QCOMPARE(updated.groundTruthCount, other->groundTruthCount);
        QCOMPARE(updated.cellTypes.size(), other->cellTypes.size());
        for (std::size_t c = 0; c < other->cellTypes.size(); ++c)
            QCOMPARE(updated.cellTypes[c].summary.value(u"AP"), other->cellTypes[c].summary.value(u"AP"));
        QCOMPARE(updated.images.size(), other->images.size());
        for (std::size_t i = 0; i < other->images.size(); ++i) {
            QCOMPARE(updated.images[i].ap, other->images[i].ap);
            QCOMPARE(updated.images[i].groundTruthCount, other->images[i].groundTruthCount);
            for (std::size_t t = 0; t < other->images[i].byThreshold.size(); ++t) {
                QCOMPARE(updated.images[i].byThreshold[t].tp(), other->images[i].byThreshold[t].tp());
                QCOMPARE(updated.images[i].byThreshold[t].fp(), other->images[i].byThreshold[t].fp());
            }
        }
    }
    // The update's matches name workspace cells (not its snapshot's), the accepted cell among them.
    const ImageEvaluation* image3 = nullptr;
    for (const ImageEvaluation& e : updated.images) {
        if (e.imageId == gt.image(3).id)
            image3 = &e;
    }
    QVERIFY(image3);
    const ImageMatches& m = image3->byThreshold[0];
    const int acceptedCell = gt.annotationCount() - 1;
    QCOMPARE(gt.annotationImageId(acceptedCell), gt.image(3).id);
    bool seen = false;
    for (const auto& match : m.truePositives) {
        QCOMPARE(gt.annotationImageId(match.groundTruth), gt.image(3).id);
        QCOMPARE(dt.annotationImageId(match.prediction), gt.image(3).id);
        seen = seen || match.groundTruth == acceptedCell;
    }
    for (int cell : m.falseNegatives) {
        QCOMPARE(gt.annotationImageId(cell), gt.image(3).id);
        seen = seen || cell == acceptedCell;
    }
    for (int d : m.falsePositives)
        QCOMPARE(dt.annotationImageId(d), gt.image(3).id);
    QVERIFY(seen);
}

void TestPredictionReview::editDuringEvaluationKeepsItsImages()
{
    // A model run on a second image evaluates both; an edit before that evaluation is in used to
    // evaluate again the images of the previous result, so the review lost the second image.
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    importReferenceResults(review);
    ReviewEvaluation* evaluation = review.evaluation();
    const int gt = review.groundTruthSet(), dt = review.predictionSet();
    evaluation->evaluate(gt, dt, {0});
    evaluation->waitForFinished();
    QCOMPARE(int(evaluation->result()->images.size()), 1);
    evaluation->evaluate(gt, dt, {0, 2});
    QVERIFY(evaluation->isRunning());
    evaluation->update({0});
    evaluation->waitForFinished();
    QVERIFY(evaluation->hasResult());
    QCOMPARE(int(evaluation->result()->images.size()), 2);
    QVERIFY(evaluation->image(0) && evaluation->image(2) && !evaluation->image(1));
    // An edit once the result is in updates its image within the same two.
    evaluation->update({2});
    evaluation->waitForFinished();
    QCOMPARE(evaluation->updateCount(), 1);
    QCOMPARE(int(evaluation->result()->images.size()), 2);
}

void TestPredictionReview::publishingTakesATenthOfTheGuiThread()
{
    // A model run publishes its predictions so far every 1.5 s; where a publish and its evaluation take
    // longer than 150 ms of the GUI thread (a full split: seconds, bench_review), it waits ten times as
    // long, so that the GUI stays responsive while the model runs.
    QCOMPARE(PredictionReview::publishIntervalMs(0), 1500);
    QCOMPARE(PredictionReview::publishIntervalMs(150), 1500);
    for (const qint64 cost : {151, 400, 1700, 12000}) {
        const qint64 interval = PredictionReview::publishIntervalMs(cost);
        QCOMPARE(interval, 10 * cost);
    }
}

void TestPredictionReview::largeCopyLetsEventsThrough()
{
    // 200,000 cells: copying them for the evaluation takes the GUI thread a good fraction of a second,
    // which it now spends a few milliseconds at a time, handling events in between.
    const auto stores = test::manySquareImages(50000);   // no structured binding: the lambda below captures them
    const AnnotationStore& gt = stores.first;
    const AnnotationStore& dt = stores.second;
    Workspace workspace;
    auto groundTruth = std::make_unique<AnnotationSet>();
    groundTruth->info.path = QStringLiteral("squares.json");
    groundTruth->store = gt;
    auto predictions = std::make_unique<AnnotationSet>();
    predictions->info.kind = SetKind::Results;
    predictions->layout.bareResultsList = true;
    predictions->store = dt;
    workspace.addSet(std::move(groundTruth));
    workspace.addSet(std::move(predictions));
    ReviewEvaluation evaluation(&workspace);
    int eventsWhileCopying = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&] { eventsWhileCopying += evaluation.isCopying() ? 1 : 0; });
    ticker.start();
    evaluation.evaluate(0, 1);
    QVERIFY(evaluation.isCopying());
    QVERIFY(evaluation.isRunning());
    evaluation.waitForFinished();
    ticker.stop();
    QVERIFY2(eventsWhileCopying > 0, "the copy kept the event loop waiting until it was done");
    QVERIFY(!evaluation.isCopying());
    QVERIFY(evaluation.lastCopyMs() >= 0);
    // The same figures as the evaluator on the stores themselves.
    const auto sameAsEvaluator = [&](const AnnotationStore& predictionStore) {
        QVERIFY2(evaluation.hasResult(), qPrintable(evaluation.errorString()));
        QCOMPARE(int(evaluation.result()->images.size()), 50000);
        const EvalResult direct = *Evaluator::evaluate(gt, predictionStore, Evaluator::Options());
        QCOMPARE(evaluation.result()->summary.values.size(), direct.summary.values.size());
        for (std::size_t v = 0; v < direct.summary.values.size(); ++v)
            QCOMPARE(evaluation.result()->summary.values[v].value, direct.summary.values[v].value);
    };
    sameAsEvaluator(dt);
    QCOMPARE(evaluation.result()->summary.value(u"AP75"), 1.0);   // IoU 12/13

    // Predictions replaced halfway through a copy (a model run publishing): the copy starts again
    // rather than mixing old and new predictions.
    AnnotationStore shifted = test::manySquareImages(50000, 3).second;   // IoU 9/15
    evaluation.evaluate(0, 1);
    QVERIFY(evaluation.isCopying());
    QCoreApplication::processEvents();
    workspace.replaceResults(1, shifted);
    evaluation.waitForFinished();
    sameAsEvaluator(shifted);
    QCOMPARE(evaluation.result()->summary.value(u"AP50"), 1.0);
    QCOMPARE(evaluation.result()->summary.value(u"AP75"), 0.0);
}

void TestPredictionReview::maskCellsInTheCellTable()
{
    // A detectron2 result with neither "bbox" nor "area": the table derives both from the mask.
    const QString path = m_sample.filePath(QStringLiteral("no_box_results.json"));
    QVERIFY(test::writeAll(path, R"([{"image_id": 512647, "category_id": 1, "score": 0.5, "segmentation": )"
                                 R"({"size": [520, 704], "counts": "`\\]95R`04M3L2O1O00010O00N0EX@;h?DZ@7NKk?6210N2Mbo_1"}}])"));
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    review.importResults(path);
    review.waitForFinished();
    const int dt = review.predictionSet();
    QVERIFY(dt > 0);
    const AnnotationStore& store = workspace.set(dt).store;
    QCOMPARE(store.area(0), 0.0);
    CellTableModel table(&workspace);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ImageKey image = workspace.imagesNamed(QStringLiteral("MCF7_Phase_G4_2_02d16h00m_1.tif")).front();
    QCOMPARE(workspace.set(image.set).store.image(image.image).id, 512647);
    table.setImage(QStringLiteral("MCF7_Phase_G4_2_02d16h00m_1.tif"));
    const int row = table.rowOf({dt, 0});
    QVERIFY(row >= 0);
    const RleView view = store.rle(0);
    const Rle mask = Rle::fromAnnotation(store, 0, view.height, view.width);
    QVERIFY(mask.area() > 100);
    QCOMPARE(table.index(row, CellTableModel::AreaColumn).data(CellTableModel::SortRole).toDouble(), double(mask.area()));
    QCOMPARE(table.index(row, CellTableModel::VerticesColumn).data().toString(), QStringLiteral("mask"));
    // The file's original box was [593, 261, 16, 17].
    QCOMPARE(table.index(row, CellTableModel::BBoxColumn).data().toString(), QStringLiteral("593,261 16×17"));
}

QTEST_GUILESS_MAIN(TestPredictionReview)
#include "tst_predictionreview.moc"
