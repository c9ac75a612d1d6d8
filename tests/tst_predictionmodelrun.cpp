// The bundled model run into the review: its per-image cache, saving the predictions as a
// detectron2 results file that reads back alike, and which images the model learnt from.
#include "reviewfixture.h"
#include "testutil.h"

#include "model/eval/evaluator.h"
#include "model/review/predictionreview.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

using namespace curator;

class TestPredictionModelRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_sample.init(); }
    void secondRunComesFromTheCache();
    void savedPredictionsReadBackAlike();
    void savedPredictionsSpellLikeTheCli();
    void scoreThresholdMatchesTheFilteredFile();
    void figuresWhileTheModelRuns();
    void cacheOutlivesOpeningTheFilesAgain();
    void cacheFollowsTheGroundTruthOpenedSince();
    void imageRewrittenInItsFolderIsSegmentedAgain();
    void runCancelledByOpeningFilesAddsNoSet();
    void groundTruthIsTheChosenSet();

private:
    void openSample(Workspace& workspace) { m_sample.open(workspace); }
    test::ReviewSample m_sample;
};

void TestPredictionModelRun::secondRunComesFromTheCache()
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


void TestPredictionModelRun::savedPredictionsReadBackAlike()
{
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    const QString path = m_sample.filePath(QStringLiteral("saved_results.json"));
    QString error;
    QVERIFY(!review.hasPredictions());
    QVERIFY(!review.savePredictions(path, &error));
    QVERIFY2(error.contains(QStringLiteral("no predictions")), qPrintable(error));
    QVERIFY(!QFile::exists(path));

    // The model's predictions: a detectron2 results list with scores and compressed RLE masks.
    test::ReviewSample::runModelOnFirstImage(review);
    const int predicted = workspace.set(review.predictionSet()).store.liveAnnotationCount();
    QVERIFY(predicted > 20);
    QCOMPARE(review.predictionCounts(), std::make_pair(predicted, 1));
    QVERIFY(review.hasPredictions());
    QVERIFY(review.predictionsAreTheModels());
    QCOMPARE(review.segmentedTrainingImages(), QStringList{workspace.set(0).store.image(0).fileName});
    QVERIFY2(review.savePredictions(path, &error), qPrintable(error));
    const QJsonDocument saved = QJsonDocument::fromJson(test::readAll(path));
    QVERIFY(saved.isArray());
    QCOMPARE(saved.array().size(), predicted);
    const qint64 imageId = workspace.set(0).store.image(0).id;
    for (const QJsonValue& v : saved.array()) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("image_id")).toInteger(), imageId);
        QVERIFY(o.value(QStringLiteral("score")).toDouble() > 0);
        QVERIFY(o.value(QStringLiteral("segmentation")).toObject().value(QStringLiteral("counts")).isString());
        QCOMPARE(o.value(QStringLiteral("bbox")).toArray().size(), 4);
    }

    // Imported again, they match the ground truth exactly as the model's run did.
    Workspace other;
    openSample(other);
    PredictionReview again(&other);
    again.importResults(path);
    again.waitForFinished();
    again.waitForEvaluation();
    QVERIFY(!again.predictionsAreTheModels());   // imported: nothing is known of how they were made
    QVERIFY(again.segmentedTrainingImages().isEmpty());
    const ImageMatches* before = review.evaluation()->matches(0);
    const ImageMatches* after = again.evaluation()->matches(0);
    QVERIFY(before && after);
    QCOMPARE(after->tp(), before->tp());
    QCOMPARE(after->fp(), before->fp());
    QCOMPARE(after->fn(), before->fn());
    QVERIFY(before->tp() > 0);

    // An imported file's results are written back as they were read (each one's text kept).
    Workspace third;
    openSample(third);
    PredictionReview imported(&third);
    imported.importResults(m_sample.results());
    imported.waitForFinished();
    const QString copy = m_sample.filePath(QStringLiteral("fixture_copy.json"));
    QVERIFY2(imported.savePredictions(copy, &error), qPrintable(error));
    QCOMPARE(QJsonDocument::fromJson(test::readAll(copy)), QJsonDocument::fromJson(test::readAll(m_sample.results())));
    QVERIFY(test::readAll(copy).contains(test::readAll(m_sample.results()).mid(1, 120)));
}

void TestPredictionModelRun::savedPredictionsSpellLikeTheCli()
{
    // The same model on the same image: the GUI's saved results and livecell-cli segment's are one text
    // per cell (one writer of detectron2's members; the CLI wrote bbox [3, ...] where File > Save wrote [3.0, ...]).
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    test::ReviewSample::runModelOnFirstImage(review);
    QString error;
    const QString gui = m_sample.filePath(QStringLiteral("gui_results.json"));
    QVERIFY2(review.savePredictions(gui, &error), qPrintable(error));
    const QString cli = m_sample.filePath(QStringLiteral("cli_results.json"));
    const auto r = test::runCli({QStringLiteral("segment"), QStringLiteral("--images"), test::realImagesDir(),
                                 QStringLiteral("--gt"), m_sample.groundTruth(), QStringLiteral("--limit"),
                                 QStringLiteral("1"), QStringLiteral("--out"), cli});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray cliText = test::readAll(cli);
    const QJsonArray saved = QJsonDocument::fromJson(test::readAll(gui)).array();
    QCOMPARE(QJsonDocument::fromJson(cliText).array().size(), saved.size());
    QVERIFY(saved.size() > 20);
    // Each of the GUI file's results, as text, is one of the CLI file's.
    const QByteArray guiText = test::readAll(gui);
    int found = 0;
    for (qsizetype at = guiText.indexOf("{\"image_id\""); at >= 0; at = guiText.indexOf("{\"image_id\"", at + 1)) {
        const qsizetype end = guiText.indexOf("\"}}", at);
        QVERIFY(end > at);
        const QByteArray one = guiText.mid(at, end + 3 - at);
        QVERIFY2(cliText.contains(one), one.left(160).constData());
        ++found;
    }
    QCOMPARE(found, saved.size());
}

void TestPredictionModelRun::scoreThresholdMatchesTheFilteredFile()
{
    // The model's overlapping, unevenly scored cells: counting only those scoring at least t must give
    // what evaluating a file of just those gives, at every IoU (COCO's greedy matching goes by score).
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    test::ReviewSample::runModelOnFirstImage(review);
    QString error;
    const QString all = m_sample.filePath(QStringLiteral("threshold_all.json"));
    QVERIFY2(review.savePredictions(all, &error), qPrintable(error));
    QJsonArray results = QJsonDocument::fromJson(test::readAll(all)).array();
    std::vector<double> scores;
    for (const QJsonValue& v : results)
        scores.push_back(v.toObject().value(QStringLiteral("score")).toDouble());
    std::sort(scores.begin(), scores.end());
    const double threshold = scores[scores.size() / 2];
    QJsonArray kept;
    for (const QJsonValue& v : results)
        if (v.toObject().value(QStringLiteral("score")).toDouble() >= threshold)
            kept.append(v);
    QVERIFY(kept.size() > 10 && kept.size() < results.size());
    const QString filtered = m_sample.filePath(QStringLiteral("threshold_kept.json"));
    QVERIFY(test::writeAll(filtered, QJsonDocument(kept).toJson()));

    Workspace other;
    openSample(other);
    PredictionReview reference(&other);
    reference.importResults(filtered);
    reference.waitForFinished();
    reference.waitForEvaluation();
    ReviewEvaluation* evaluation = review.evaluation();
    evaluation->setScoreThreshold(threshold);
    int differing = 0;
    for (double iou : ReviewEvaluation::iouThresholds()) {
        evaluation->setIouThreshold(iou);
        reference.evaluation()->setIouThreshold(iou);
        const ImageMatches* a = evaluation->matches(0);
        const ImageMatches* b = reference.evaluation()->matches(0);
        QVERIFY(a && b);
        QCOMPARE(a->tp(), b->tp());
        QCOMPARE(a->fp(), b->fp());
        QCOMPARE(a->fn(), b->fn());
        differing += a->tp() != review.evaluation()->image(0)->byThreshold[std::size_t(evaluation->iouThresholdIndex())].tp();
    }
    QVERIFY(differing > 0);   // the threshold did drop matched cells somewhere
}

void TestPredictionModelRun::figuresWhileTheModelRuns()
{
    // Publishing every result as it comes: each publish adds its images to the review's evaluation (when
    // the evaluation has them in time, it updates instead of evaluating all again). Whatever the review
    // shows while the model runs is, image by image, what evaluating the predictions gives, and the
    // figures after the run are those of the whole results file.
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    review.setPublishEveryResult(true);
    const AnnotationStore& gt = workspace.set(0).store;
    QStringList names;
    for (int i = 0; i < gt.imageCount(); ++i)
        names.append(gt.image(i).fileName);
    ReviewEvaluation* evaluation = review.evaluation();
    Evaluator::Options options;
    options.everyThreshold = true;
    int checked = 0, updates = 0;
    QStringList mismatches;
    connect(evaluation, &ReviewEvaluation::evaluated, this, [&] {
        if (!evaluation->hasResult() || review.predictionSet() < 0)
            return;
        // Each image is evaluated on its own: the images shown match those of a whole evaluation.
        const EvalResult direct = *Evaluator::evaluate(gt, workspace.set(review.predictionSet()).store, options);
        for (const ImageEvaluation& shown : evaluation->result()->images) {
            for (const ImageEvaluation& e : direct.images) {
                if (e.imageId == shown.imageId && (e.ap != shown.ap || e.byThreshold[0].tp() != shown.byThreshold[0].tp()))
                    mismatches.append(shown.fileName);
            }
        }
        ++checked;
        updates = std::max(updates, evaluation->updateCount());
    });
    QString error;
    QVERIFY2(review.run(names, &error), qPrintable(error));
    while (review.isBusy())
        QTest::qWait(5);
    review.waitForFinished();
    review.waitForEvaluation();
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u", ")));
    QVERIFY(checked >= 1);
    QCOMPARE(int(evaluation->result()->images.size()), gt.imageCount());
    const EvalResult direct = *Evaluator::evaluate(gt, workspace.set(review.predictionSet()).store, options);
    for (std::size_t v = 0; v < direct.summary.values.size(); ++v)
        QCOMPARE(evaluation->result()->summary.values[v].value, direct.summary.values[v].value);
    qInfo("%d evaluation(s) shown, up to %d update(s) in a row", checked, updates);
}

void TestPredictionModelRun::cacheOutlivesOpeningTheFilesAgain()
{
    // Opening the same files again (File > Reload from Disk) took the model's set with the old ones and,
    // before, emptied the cache: the predictions were gone and running again segmented the image again.
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    test::ReviewSample::runModelOnFirstImage(review);
    const QString name = workspace.set(0).store.image(0).fileName;
    const int predicted = workspace.set(review.predictionSet()).store.liveAnnotationCount();
    const int tp = review.evaluation()->matches(0)->tp();
    QVERIFY(predicted > 20 && tp > 0);
    openSample(workspace);
    QCOMPARE(review.predictionSet(), -1);   // the set went with the files; nothing is shown unasked
    QVERIFY(review.cache().contains(name));
    QVERIFY(review.showCachedPredictions());
    review.waitForEvaluation();
    QVERIFY(review.predictionsAreTheModels());
    QCOMPARE(workspace.setCount(), 2);
    QCOMPARE(workspace.set(review.predictionSet()).store.liveAnnotationCount(), predicted);
    QVERIFY(review.evaluation()->matches(0));
    QCOMPARE(review.evaluation()->matches(0)->tp(), tp);
    QVERIFY(!review.evaluation()->matches(1));   // still only the image run on
    QString error;
    QVERIFY2(review.run({name}, &error), qPrintable(error));
    review.waitForFinished();
    QCOMPARE(review.segmentedImageCount(), 1);   // from the cache, not segmented again

    // Another image source: the cache's predictions were made from other images.
    const QString copyDir = m_sample.filePath(QStringLiteral("other_images"));
    QVERIFY(QDir().mkpath(copyDir));
    QVERIFY(QFile::copy(test::realImagesDir() + u'/' + name, copyDir + u'/' + name));
    workspace.open({m_sample.groundTruth(), copyDir});
    workspace.waitForLoaded();
    QCOMPARE(review.cache().imageCount(), 0);
    QVERIFY(!review.showCachedPredictions());
}

void TestPredictionModelRun::cacheFollowsTheGroundTruthOpenedSince()
{
    // The file opened again has changed: an image it no longer has loses its predictions, an image under
    // another id keeps them under that id (the predictions are of the image, found by file name).
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    const AnnotationStore& before = workspace.set(0).store;
    const QString kept = before.image(0).fileName;
    const QString dropped = before.image(1).fileName;
    QString error;
    QVERIFY2(review.run({kept, dropped}, &error), qPrintable(error));
    review.waitForFinished();
    review.waitForEvaluation();
    const int tp = review.evaluation()->matches(0)->tp();
    const qint64 oldId = before.image(0).id, droppedId = before.image(1).id, newId = 7;
    int predictedOnKept = 0;
    const AnnotationStore& predictions = workspace.set(review.predictionSet()).store;
    for (int a = 0; a < predictions.annotationCount(); ++a)
        predictedOnKept += predictions.annotationImageId(a) == oldId;
    QVERIFY(predictedOnKept > 20);

    const QString changed = m_sample.filePath(QStringLiteral("changed_val.json"));
    QVERIFY(test::rewriteImageIds(m_sample.groundTruth(), changed, {{oldId, newId}, {droppedId, -1}}));
    workspace.open({changed, test::realImagesDir()});
    workspace.waitForLoaded();

    QCOMPARE(review.cache().fileNames(), QStringList{kept});
    QCOMPARE(review.cache().find(kept)->imageId, newId);
    QVERIFY(review.showCachedPredictions());
    review.waitForEvaluation();
    const AnnotationStore& shown = workspace.set(review.predictionSet()).store;
    QCOMPARE(shown.liveAnnotationCount(), predictedOnKept);
    for (int a = 0; a < shown.annotationCount(); ++a)
        QCOMPARE(shown.annotationImageId(a), newId);
    const int image = workspace.set(0).store.imageIndex(newId);
    QVERIFY(image >= 0);
    QVERIFY(review.evaluation()->matches(image));
    QCOMPARE(review.evaluation()->matches(image)->tp(), tp);
}

void TestPredictionModelRun::imageRewrittenInItsFolderIsSegmentedAgain()
{
    // An image folder was told by its path alone, so an image overwritten in place kept the predictions of
    // the old one, through a reload and a run. Each image's file stamp now says it changed.
    const QString folder = m_sample.filePath(QStringLiteral("rewritten_images"));
    QVERIFY(QDir().mkpath(folder));
    Workspace workspace;
    openSample(workspace);
    const QString first = workspace.set(0).store.image(0).fileName, second = workspace.set(0).store.image(1).fileName;
    for (const QString& name : {first, second})
        QVERIFY(QFile::copy(test::realImagesDir() + u'/' + name, folder + u'/' + name));
    workspace.open({m_sample.groundTruth(), folder});
    workspace.waitForLoaded();
    PredictionReview review(&workspace);
    QString error;
    QVERIFY2(review.run({first, second}, &error), qPrintable(error));
    review.waitForFinished();
    QCOMPARE(review.segmentedImageCount(), 2);
    const int cellsOfFirst = int(review.cache().find(first)->cells.size());

    // Rewrite the first image in place with the second's pixels, a second later, then reload.
    const auto rewrite = [&](const QString& name, const QString& from) {
        QFile file(folder + u'/' + name);
        const QDateTime before = QFileInfo(file).lastModified();
        return file.remove() && QFile::copy(test::realImagesDir() + u'/' + from, file.fileName())
            && file.open(QIODevice::ReadWrite) && file.setFileTime(before.addSecs(1), QFileDevice::FileModificationTime);
    };
    QVERIFY(rewrite(first, second));
    workspace.open({m_sample.groundTruth(), folder});
    workspace.waitForLoaded();
    QCOMPARE(review.cache().fileNames(), QStringList{second});   // the first image's predictions went
    QVERIFY(review.showCachedPredictions());

    // Rewritten while open: a run segments it again (and only it, the other one is cached).
    QVERIFY(rewrite(second, first));
    QVERIFY2(review.run({first, second}, &error), qPrintable(error));
    review.waitForFinished();
    QCOMPARE(review.segmentedImageCount(), 4);
    QCOMPARE(review.cache().imageCount(), 2);
    QCOMPARE(int(review.cache().find(second)->cells.size()), cellsOfFirst);   // its pixels are the first's now
    QVERIFY2(review.run({first, second}, &error), qPrintable(error));
    review.waitForFinished();
    QCOMPARE(review.segmentedImageCount(), 4);   // both cached again
}

void TestPredictionModelRun::runCancelledByOpeningFilesAddsNoSet()
{
    // Files opened while the model runs cancel the run. Its end used to put the cache (emptied by then)
    // into a new, empty predictions set among the files just opened.
    Workspace workspace;
    openSample(workspace);
    PredictionReview review(&workspace);
    QStringList names;
    for (int i = 0; i < workspace.set(0).store.imageCount(); ++i)
        names.append(workspace.set(0).store.image(i).fileName);
    QSignalSpy finished(&review, &PredictionReview::runFinished);
    QString error;
    QVERIFY2(review.run(names, &error), qPrintable(error));
    openSample(workspace);   // the run, 5 images at ~0.3 s, is still going when the files are in
    review.waitForFinished();
    QCOMPARE(finished.count(), 1);
    if (!review.wasCancelled())
        QSKIP("the run ended before the files were in (a machine loading files very slowly)");
    QCOMPARE(workspace.setCount(), 1);
    QCOMPARE(review.predictionSet(), -1);
    QVERIFY(review.cache().imageCount() < int(names.size()));
}

void TestPredictionModelRun::groundTruthIsTheChosenSet()
{
    // Two files open, as the train and test splits of a distribution folder: set "a" holds the sample's images 0-2,
    // set "b" images 3 and 4 under other ids. The model compares with the chosen set, its cache keeps every set's
    // predictions, and each shows under the ids of the ground truth chosen.
    Workspace probe;
    openSample(probe);
    const AnnotationStore& sample = probe.set(0).store;
    QCOMPARE(sample.imageCount(), 5);
    const QString a = m_sample.filePath(QStringLiteral("a.json")), b = m_sample.filePath(QStringLiteral("b.json"));
    QVERIFY(test::rewriteImageIds(m_sample.groundTruth(), a, {{sample.image(3).id, -1}, {sample.image(4).id, -1}}));
    QVERIFY(test::rewriteImageIds(m_sample.groundTruth(), b,
                                  {{sample.image(0).id, -1}, {sample.image(1).id, -1}, {sample.image(2).id, -1},
                                   {sample.image(3).id, 9003}, {sample.image(4).id, 9004}}));
    const QString inA = sample.image(0).fileName, inB = sample.image(3).fileName;
    Workspace workspace;
    workspace.open({a, b, test::realImagesDir()});
    workspace.waitForLoaded();
    QCOMPARE(workspace.setCount(), 2);
    const int setA = workspace.set(0).info.path == a ? 0 : 1, setB = 1 - setA;
    PredictionReview review(&workspace);
    review.setGroundTruthSet(setA);
    QCOMPARE(review.groundTruthSet(), setA);

    QString error;
    QVERIFY(!review.run({inB}, &error));
    QVERIFY2(error.contains(QStringLiteral("ground truth set")), qPrintable(error));
    QVERIFY2(review.run({inA}, &error), qPrintable(error));
    review.waitForFinished();
    review.waitForEvaluation();
    const int imageA = workspace.imageNamed(setA, inA);
    QVERIFY(review.evaluation()->matches(imageA));
    const int tpA = review.evaluation()->matches(imageA)->tp();
    QVERIFY(tpA > 0);
    const int predictedOnA = workspace.set(review.predictionSet()).store.liveAnnotationCount();

    review.setGroundTruthSet(setB);
    review.waitForEvaluation();
    QCOMPARE(review.groundTruthSet(), setB);
    QCOMPARE(review.cache().imageCount(), 1);   // kept, but not this ground truth's
    QCOMPARE(workspace.set(review.predictionSet()).store.liveAnnotationCount(), 0);
    QVERIFY(!review.evaluation()->hasResult());   // nothing of b segmented: no figures, not every cell missed
    QVERIFY(!review.evaluation()->matches(workspace.imageNamed(setB, inB)));
    QVERIFY2(review.run({inB}, &error), qPrintable(error));
    review.waitForFinished();
    review.waitForEvaluation();
    QCOMPARE(review.segmentedImageCount(), 2);
    const AnnotationStore& onB = workspace.set(review.predictionSet()).store;
    QVERIFY(onB.liveAnnotationCount() > 20);
    for (int p = 0; p < onB.annotationCount(); ++p)
        QCOMPARE(onB.annotationImageId(p), qint64(9003));   // b's id of the image, not the sample's
    const int imageB = workspace.imageNamed(setB, inB);
    QVERIFY(review.evaluation()->matches(imageB));
    QVERIFY(review.evaluation()->matches(imageB)->tp() > 0);
    QCOMPARE(review.evaluation()->groundTruthSet(), setB);

    // Back to a: its image's predictions come from the cache, under a's id, with the same figures.
    review.setGroundTruthSet(setA);
    review.waitForEvaluation();
    QCOMPARE(review.segmentedImageCount(), 2);
    const AnnotationStore& onA = workspace.set(review.predictionSet()).store;
    QCOMPARE(onA.liveAnnotationCount(), predictedOnA);
    for (int p = 0; p < onA.annotationCount(); ++p)
        QCOMPARE(onA.annotationImageId(p), sample.image(0).id);
    QVERIFY(review.evaluation()->matches(imageA));
    QCOMPARE(review.evaluation()->matches(imageA)->tp(), tpA);

    // A results file of a's image, imported while b is compared with, belongs to a.
    review.setGroundTruthSet(setB);
    m_sample.importResults(review);
    QCOMPARE(review.groundTruthSet(), setB);
    QCOMPARE(review.setHoldingThePredictions(), setA);
    QVERIFY(!review.evaluation()->hasResult());   // none of b's images in it: no figures, not every cell of b missed
    review.setGroundTruthSet(setA);
    review.waitForEvaluation();
    QVERIFY(review.evaluation()->matches(imageA));
    QCOMPARE(review.evaluation()->matches(imageA)->tp(), test::kMatched);
    QCOMPARE(review.evaluation()->matches(imageA)->fp(), test::kSpurious);
}

QTEST_GUILESS_MAIN(TestPredictionModelRun)
#include "tst_predictionmodelrun.moc"
