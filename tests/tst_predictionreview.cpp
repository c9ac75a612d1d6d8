// The model review: importing results and running the model into a predictions set, the
// evaluator's per-image matching as TP/FN/FP, the image browser's review columns (equal to
// livecell-cli eval's numbers), the per-cell-type summary and the per-image prediction cache.
#include "reviewfixture.h"
#include "testutil.h"

#include "model/documentmanager.h"
#include "model/imagebrowsermodel.h"
#include "model/review/celltypesummarymodel.h"
#include "model/review/predictionreview.h"

#include <QAbstractItemModelTester>
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
    void bestMatchOfMissedAndSpuriousCells();
    void iouThresholdChangesTheMatching();
    void browserColumnsEqualCliEvaluator();
    void cellTypeSummaryEqualsCliEvaluator();
    void importErrorsNameTheFile();
    void secondRunComesFromTheCache();
    void acceptAndDeleteUndoRedo();

private:
    void openSample(Workspace& workspace);
    QTemporaryDir m_dir;
    QString m_results;
};

void TestPredictionReview::openSample(Workspace& workspace)
{
    workspace.open({test::realValJson(), test::realImagesDir()});
    workspace.waitForLoaded();
    QCOMPARE(workspace.setCount(), 1);
}

void TestPredictionReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Workspace workspace;
    openSample(workspace);
    const AnnotationStore& gt = workspace.set(0).store;
    m_results = m_dir.filePath(QStringLiteral("fixture_results.json"));
    QVERIFY(test::writeAll(m_results, fixtureResults(gt, 0)));
}

void TestPredictionReview::importedFixtureCounts()
{
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    QSignalSpy imported(&review, &PredictionReview::importFinished);
    review.importResults(m_results);
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

void TestPredictionReview::bestMatchOfMissedAndSpuriousCells()
{
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    review.importResults(m_results);
    review.waitForFinished();
    review.waitForEvaluation();
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
    review.importResults(test::referenceEvalDir() + QStringLiteral("/real_val_results.json"));
    review.waitForFinished();
    review.waitForEvaluation();
    ReviewEvaluation* evaluation = review.evaluation();
    const int tp50 = evaluation->matches(0)->tp();
    QSignalSpy changed(evaluation, &ReviewEvaluation::iouThresholdChanged);
    evaluation->setIouThreshold(0.75);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(evaluation->matches(0)->tp(), evaluation->image(0)->at75.tp());
    QVERIFY(evaluation->matches(0)->tp() < tp50);
}

void TestPredictionReview::browserColumnsEqualCliEvaluator()
{
    const QString gtPath = test::referenceEvalDir() + QStringLiteral("/real_val_gt.json");
    const QString dtPath = test::referenceEvalDir() + QStringLiteral("/real_val_results.json");
    const QString csvPath = m_dir.filePath(QStringLiteral("per_image.csv"));
    const test::ProcessResult cli = test::runCli({QStringLiteral("eval"), gtPath, dtPath, QStringLiteral("--per-image"), csvPath});
    QCOMPARE(cli.exitCode, 0);

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

    const QList<QByteArray> lines = test::readAll(csvPath).trimmed().split('\n');
    QVERIFY(lines.size() > 2);
    int compared = 0;
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
        QCOMPARE(value(ImageBrowserModel::PredictedColumn), f[5].toDouble());
        QCOMPARE(browser.index(row, ImageBrowserModel::ApColumn).data().toString(),
                 QLocale().toString(f[7].toDouble(), 'f', 3));
        ++compared;
    }
    QCOMPARE(compared, 5);
}

void TestPredictionReview::cellTypeSummaryEqualsCliEvaluator()
{
    const QString gtPath = test::referenceEvalDir() + QStringLiteral("/real_val_gt.json");
    const QString dtPath = test::referenceEvalDir() + QStringLiteral("/real_val_results.json");
    const QString jsonPath = m_dir.filePath(QStringLiteral("summary.json"));
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
    const QString broken = m_dir.filePath(QStringLiteral("broken_results.json"));
    QVERIFY(test::writeAll(broken, "[{\"image_id\": 1, \"score\": "));
    QSignalSpy imported(&review, &PredictionReview::importFinished);
    review.importResults(broken);
    review.waitForFinished();
    QCOMPARE(imported.count(), 1);
    QVERIFY(!imported[0][0].toBool());
    QVERIFY2(imported[0][1].toString().contains(QStringLiteral("broken_results.json")), qPrintable(imported[0][1].toString()));
    QCOMPARE(workspace.setCount(), 1);

    QString error;
    QVERIFY(!review.loadModel(m_dir.filePath(QStringLiteral("missing.onnx")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
}

void TestPredictionReview::secondRunComesFromTheCache()
{
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    const QString name = workspace.set(0).store.image(0).fileName;
    QSignalSpy finished(&review, &PredictionReview::runFinished);
    QString error;
    QVERIFY2(review.run({name}, &error), qPrintable(error));
    review.waitForFinished();
    QCOMPARE(finished.count(), 1);
    QVERIFY2(finished[0][0].toBool(), qPrintable(finished[0][1].toString()));
    QCOMPARE(review.segmentedImageCount(), 1);
    const int dt = review.predictionSet();
    QVERIFY(dt > 0);
    const int predicted = workspace.set(dt).store.liveAnnotationCount();
    QVERIFY(predicted > 20);   // the bundled model finds cells on a real image
    review.waitForEvaluation();
    QVERIFY(review.evaluation()->matches(0));
    QVERIFY(review.evaluation()->matches(0)->tp() > 0);
    QVERIFY(!review.evaluation()->matches(1));   // only the image run on is scored

    QVERIFY2(review.run({name}, &error), qPrintable(error));
    review.waitForFinished();
    QCOMPARE(finished.count(), 2);
    QCOMPARE(review.segmentedImageCount(), 1);   // not handed to the segmenter again
    QCOMPARE(workspace.set(dt).store.liveAnnotationCount(), predicted);
}

void TestPredictionReview::acceptAndDeleteUndoRedo()
{
    Workspace workspace;
    openSample(workspace);
    DocumentManager documents(&workspace);
    PredictionReview review(&workspace);
    review.importResults(m_results);
    review.waitForFinished();
    review.waitForEvaluation();
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

QTEST_GUILESS_MAIN(TestPredictionReview)
#include "tst_predictionreview.moc"
