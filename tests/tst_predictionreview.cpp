// The model review: importing results and running the model into a predictions set, the
// evaluator's per-image matching as TP/FN/FP, the image browser's review columns (equal to
// livecell-cli eval's numbers), the per-cell-type summary, accepting and deleting cells (running the
// bundled model and saving predictions: tst_predictionmodelrun; re-evaluation as cells change: tst_reviewevaluation).
#include "reviewfixture.h"
#include "testutil.h"

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
    void maskCellsInTheCellTable();

private:
    void openSample(Workspace& workspace) { m_sample.open(workspace); }
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
    test::importReferenceResults(review);
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
