// The Model menu in the main window: running the bundled model on the current image (browser
// columns, difference legend), saving its predictions, the in-sample note and the set's count in the
// Display dock, About the Model from the model's sidecar, and the warnings where memory runs out.
#include "actionlookup.h"
#include "failingallocation.h"
#include "reviewwindowfixture.h"

#include "model/documentmanager.h"
#include "model/imagebrowsermodel.h"
#include "model/review/predictionreview.h"
#include "model/segmentation/modelsidecar.h"
#include "widgets/imagebrowserdock.h"
#include "widgets/celltabledock.h"
#include "widgets/imagecanvas.h"
#include "widgets/mainwindow.h"
#include "widgets/modelinfo.h"
#include "widgets/modelreviewdock.h"
#include "widgets/reviewview.h"
#include "widgets/viewsettingsdock.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace curator;

class TestReviewModelRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_fixture.init(); }
    void modelRunOnTheCurrentImage();
    void aboutTheModelFromItsSidecar();
    void reloadKeepsTheModelsPredictions();
    void openingTheImagesAgainShowsTheModelsPredictions();
    void runKeepsTheViewOfTheImage();
    void outOfMemoryIsToldInAWarning();
    void activeSetFollowsTheImageShown();

private:
    /** Shows @p window at 1280 x 800 with the sample's ground truth and images, on its first image (named). */
    QString openOnFirstImage(MainWindow& window) const
    {
        window.resize(1280, 800);
        window.show();
        window.openPaths({m_fixture.groundTruth(), test::realImagesDir()});
        window.workspace()->waitForLoaded();
        const QString first = window.workspace()->set(0).store.image(0).fileName;
        window.browser()->setCurrentRow(window.browser()->model()->rowOfFile(first, 0));
        return first;
    }
    /** Waits for files opened (or reloaded) and the review's figures of them. */
    static void settle(MainWindow& window)
    {
        window.workspace()->waitForLoaded();
        QCoreApplication::processEvents();
        window.predictionReview()->waitForEvaluation();
        QCoreApplication::processEvents();
    }
    /**
     * openOnFirstImage() and the model run on it: (cells shown before, predictions the run added); fails the test
     * unless the run added more than 20.
     */
    std::pair<int, int> openAndRunOnFirstImage(MainWindow& window, QString* first) const
    {
        *first = openOnFirstImage(window);
        const int cells = window.canvas()->overlay().count();
        runOnShownImage(window);
        const int predicted = window.canvas()->overlay().count() - cells;
        QTest::qVerify(predicted > 20, "predicted > 20", qPrintable(QString::number(predicted)), __FILE__, __LINE__);
        return {cells, predicted};
    }
    /** Runs the bundled model on the image shown and waits for its figures. */
    static void runOnShownImage(MainWindow& window)
    {
        QSignalSpy finished(window.predictionReview(), &PredictionReview::runFinished);
        QVERIFY(window.runModel(MainWindow::RunScope::CurrentImage));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QVERIFY2(finished[0][0].toBool(), qPrintable(finished[0][1].toString()));
        window.predictionReview()->waitForEvaluation();
        QCoreApplication::processEvents();
    }

    test::ReviewWindowFixture m_fixture;
};

void TestReviewModelRun::modelRunOnTheCurrentImage()
{
    MainWindow window;
    const QString first = openOnFirstImage(window);
    const int cells = window.canvas()->overlay().count();
    // Model ▸ Save Predictions As… is offered once there are predictions to save.
    QMenu* modelMenu = test::menuTitled(window, QStringLiteral("&Model"));
    QAction* save = test::actionTexted(modelMenu, QStringLiteral("Save &Predictions As…"));
    QVERIFY(modelMenu && save);
    emit modelMenu->aboutToShow();
    QVERIFY(!save->isEnabled());

    runOnShownImage(window);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(window.canvas()->imageName(), first);   // still on the image the model ran on
    const int predicted = window.canvas()->overlay().count() - cells;
    QVERIFY2(predicted > 20, qPrintable(QString::number(predicted)));
    const ImageBrowserModel* browser = window.browser()->model();
    const int row = browser->rowOfFile(first, 0);
    QCOMPARE(browser->index(row, ImageBrowserModel::PredictedColumn).data(ImageBrowserModel::SortRole).toInt(), predicted);
    QVERIFY(!browser->index(row, ImageBrowserModel::ApColumn).data().toString().isEmpty());
    emit modelMenu->aboutToShow();
    QVERIFY(save->isEnabled());
    // The bundled model learnt from this image: the dock says its scores here are in-sample.
    auto* note = window.modelReviewDock()->findChild<QLabel*>(QStringLiteral("inSampleNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().startsWith(QStringLiteral("livecell-unet learnt from 1 of the images segmented")),
             qPrintable(note->text()));
    QVERIFY2(note->text().contains(QStringLiteral("mask AP 0.238")), qPrintable(note->text()));
    QCOMPARE(note->toolTip(), first);
    // The Display dock's box for the model's set counts its cells as they come (it said 0).
    QStringList boxes;
    for (const QCheckBox* box : window.viewSettings()->findChildren<QCheckBox*>())
        boxes.append(box->text());
    QVERIFY2(boxes.contains(QStringLiteral("results livecell-unet (%L1 cells)").arg(predicted)), qPrintable(boxes.join(u'|')));
    QTemporaryDir out;
    const QString saved = out.filePath(QStringLiteral("bundled_results.json"));
    QVERIFY(window.savePredictions(saved));
    QCOMPARE(QJsonDocument::fromJson(test::readAll(saved)).array().size(), predicted);
    // (without the application's English plural forms, which tests do not load: "prediction(s)")
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Saved %1 prediction").arg(predicted))
                 && message.endsWith(QStringLiteral(" to %1.").arg(QDir::toNativeSeparators(saved))),
             qPrintable(message));
    // Images the model did not run on stay blank rather than scoring zero.
    const int other = browser->rowOfFile(window.workspace()->set(0).store.image(1).fileName, 0);
    QVERIFY(browser->index(other, ImageBrowserModel::ApColumn).data().isNull());

    window.reviewView()->setCurrentIndex(ReviewView::DifferencePage);
    QCoreApplication::processEvents();
    QVERIFY2(window.reviewView()->legendText().contains(QStringLiteral("matched (TP)")),
             qPrintable(window.reviewView()->legendText()));
    if (const QString dir = qEnvironmentVariable("CURATOR_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(200);   // let the docks take the width the summary table asked for
        window.grab().save(QDir(dir).filePath(QStringLiteral("review-model-difference.png")));
        window.reviewView()->setCurrentIndex(ReviewView::SideBySidePage);
        QCoreApplication::processEvents();
        window.grab().save(QDir(dir).filePath(QStringLiteral("review-model-side-by-side.png")));
    }
}

void TestReviewModelRun::aboutTheModelFromItsSidecar()
{
    // Model ▸ About the Model… loads the bundled model if none is and tells what its sidecar records.
    MainWindow window;
    QVERIFY(!window.predictionReview()->hasModel());
    const QString html = window.modelInfo();
    QVERIFY(window.predictionReview()->hasModel());
    for (const QString& part : {QStringLiteral("<h3>livecell-unet</h3>"), QStringLiteral("livecell-unet.onnx"),
                                QStringLiteral("5 annotated LIVECell images"), QStringLiteral("the 37 image"),
                                QStringLiteral("mask AP 0.238 on images it never saw (AP50 0.555, AP75 0.185)"),
                                QStringLiteral("Leave-one-image-out"), QStringLiteral("CC BY-NC 4.0"),
                                QStringLiteral("<a href=\"https://github.com/sartorius-research/LIVECell\">")})
        QVERIFY2(html.contains(part), qPrintable(part + QStringLiteral(" not in ") + html));

    // A sidecar with only the required fields gets its name and file, and nothing made up.
    QString error;
    const auto bare = ModelSidecar::parse(R"({"format": "livecell-curator-segmentation-model", "formatVersion": 1,
        "model": "net.onnx", "input": {"mean": 128, "std": 11.578, "divisor": 8, "tileSize": 512, "tileOverlap": 32},
        "output": {"activation": "softmax", "channels": ["background", "interior"]}})", QStringLiteral("/m/<x>.json"), &error);
    QVERIFY2(bare, qPrintable(error));
    const QString minimal = modelInfoHtml(*bare);
    QVERIFY2(minimal.startsWith(QStringLiteral("<h3>&lt;x&gt;</h3>")), qPrintable(minimal));   // escaped
    QVERIFY(minimal.contains(QStringLiteral("net.onnx")));
    for (const QString& absent : {QStringLiteral("Trained on"), QStringLiteral("Accuracy"), QStringLiteral("Licence")})
        QVERIFY2(!minimal.contains(absent), qPrintable(minimal));
}

void TestReviewModelRun::reloadKeepsTheModelsPredictions()
{
    // File > Reload from Disk dropped the model's predictions with the files, to be run again; they come
    // back from the model's cache, on the image that was shown, without segmenting it again.
    MainWindow window;
    QString first;
    const auto [cells, predicted] = openAndRunOnFirstImage(window, &first);
    if (QTest::currentTestFailed())
        return;
    // A prediction selected on the Difference page, its best match outlined in cyan.
    window.reviewView()->setCurrentIndex(ReviewView::DifferencePage);
    QCoreApplication::processEvents();
    ImageCanvas* difference = window.reviewView()->differenceCanvas();
    const CellKey prediction{window.predictionReview()->predictionSet(), 0};
    difference->setSelectedCell(prediction);
    const auto predictionStore = [&window] {
        return &window.workspace()->set(window.predictionReview()->predictionSet()).store;
    };
    const auto box = predictionStore()->bbox(prediction.annotation);
    const double score = predictionStore()->score(prediction.annotation);
    QVERIFY(difference->matchedCell().isValid());
    auto reload = [&window] {
        window.reloadFromDisk();
        settle(window);
    };
    reload();
    QCOMPARE(window.canvas()->imageName(), first);
    QVERIFY(window.predictionReview()->predictionsAreTheModels());
    QCOMPARE(window.canvas()->overlay().count(), cells + predicted);
    QCOMPARE(window.predictionReview()->segmentedImageCount(), 1);
    // Predictions are numbered afresh: the selected one is found again by its image, box and score (it
    // comes back after the files), with the match of now; the old match is not kept (it outlined whatever
    // cell had the old one's place after other files).
    const CellKey again = difference->selectedCell();
    QVERIFY(again.isValid());
    QCOMPARE(again.set, window.predictionReview()->predictionSet());
    QCOMPARE(predictionStore()->bbox(again.annotation), box);
    QCOMPARE(predictionStore()->score(again.annotation), score);
    QCOMPARE(difference->matchedCell(), window.predictionReview()->evaluation()->bestMatch(again).cell);
    QCOMPARE(window.cellTable()->currentCell(), again);

    // A ground-truth cell selected there is kept (by file and id), with the match of now.
    const CellKey selected{0, int(window.workspace()->set(0).store.annotationsOfImage(0).front())};
    difference->setSelectedCell(selected);
    reload();
    QCOMPARE(difference->selectedCell(), selected);
    QCOMPARE(difference->matchedCell(), window.predictionReview()->evaluation()->bestMatch(selected).cell);
    QCOMPARE(window.cellTable()->currentCell(), selected);
    const QString id = QString::number(window.workspace()->set(0).store.annotationId(selected.annotation));
    QVERIFY2(window.modelReviewDock()->cellText().contains(id), qPrintable(window.modelReviewDock()->cellText()));
    const ImageBrowserModel* browser = window.browser()->model();
    const int row = browser->rowOfFile(first, 0);
    QCOMPARE(browser->index(row, ImageBrowserModel::PredictedColumn).data(ImageBrowserModel::SortRole).toInt(), predicted);
    QVERIFY(!browser->index(row, ImageBrowserModel::ApColumn).data().toString().isEmpty());
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Reloaded 1 annotation file")),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestReviewModelRun::openingTheImagesAgainShowsTheModelsPredictions()
{
    // File > Open of files with the same images kept the model's predictions in its cache but showed none
    // until the model was run again (a reload showed them); they come back, without segmenting again.
    // Files without those images show none.
    MainWindow window;
    QString first;
    const auto [cells, predicted] = openAndRunOnFirstImage(window, &first);
    if (QTest::currentTestFailed())
        return;
    const auto openAndWait = [&window](const QStringList& paths) {
        window.openPaths(paths);
        settle(window);
    };
    openAndWait({m_fixture.groundTruth(), test::realImagesDir()});
    QVERIFY(window.predictionReview()->predictionsAreTheModels());
    QCOMPARE(window.predictionReview()->segmentedImageCount(), 1);
    window.browser()->setCurrentRow(window.browser()->model()->rowOfFile(first, 0));
    QTRY_COMPARE(window.canvas()->imageName(), first);
    QCOMPARE(window.canvas()->overlay().count(), cells + predicted);
    const int row = window.browser()->model()->rowOfFile(first, 0);
    const QModelIndex count = window.browser()->model()->index(row, ImageBrowserModel::PredictedColumn);
    QCOMPARE(count.data(ImageBrowserModel::SortRole).toInt(), predicted);

    // The same images with a ground truth that lacks the first one: nothing of the model's to show.
    QJsonObject coco = QJsonDocument::fromJson(test::readAll(m_fixture.groundTruth())).object();
    const qint64 firstId = window.workspace()->set(0).store.image(0).id;
    QJsonArray images, annotations;
    for (const QJsonValue& image : coco.value(QStringLiteral("images")).toArray()) {
        if (image[QStringLiteral("id")].toInteger() != firstId)
            images.append(image);
    }
    for (const QJsonValue& a : coco.value(QStringLiteral("annotations")).toArray()) {
        if (a[QStringLiteral("image_id")].toInteger() != firstId)
            annotations.append(a);
    }
    QVERIFY(images.size() + 1 == coco.value(QStringLiteral("images")).toArray().size());
    coco.insert(QStringLiteral("images"), images);
    coco.insert(QStringLiteral("annotations"), annotations);
    QTemporaryDir dir;
    const QString without = dir.filePath(QStringLiteral("without_first.json"));
    QVERIFY(test::writeAll(without, QJsonDocument(coco).toJson()));
    openAndWait({without, test::realImagesDir()});
    QCOMPARE(window.predictionReview()->predictionSet(), -1);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Opened 1 annotation file")),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestReviewModelRun::runKeepsTheViewOfTheImage()
{
    // Running the model on the image looked at adds the predictions set, which resets the views: the
    // image came back at its whole size with nothing selected. Zoom, position and the selected cell stay,
    // and the Cells table and the Model Review dock follow the selection.
    MainWindow window;
    openOnFirstImage(window);
    ImageCanvas* canvas = window.canvas();
    const CellKey cell{0, int(window.workspace()->set(0).store.annotationsOfImage(0).front())};
    canvas->setZoom(3.0, QPointF(0, 0));
    canvas->setSelectedCell(cell, true);
    const QPointF corner = canvas->mapToImage(QPointF(0, 0));   // where the view is (the dock may narrow it)
    QCOMPARE(window.cellTable()->currentCell(), cell);
    runOnShownImage(window);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(canvas->zoom(), 3.0);
    const QPointF after = canvas->mapToImage(QPointF(0, 0));
    QVERIFY2(QLineF(after, corner).length() < 1.0, qPrintable(QStringLiteral("%1, %2").arg(after.x()).arg(after.y())));
    QCOMPARE(canvas->selectedCell(), cell);
    QCOMPARE(window.cellTable()->currentCell(), cell);
    QVERIFY2(window.modelReviewDock()->cellText().contains(QStringLiteral("Best prediction"))
                 || window.modelReviewDock()->cellText().contains(QStringLiteral("is missed")),
             qPrintable(window.modelReviewDock()->cellText()));
}

void TestReviewModelRun::outOfMemoryIsToldInAWarning()
{
    // The review's first allocation fails (failingallocation.h): what it could not do is told in a warning over the
    // window and in the status bar, and the image, its predictions and the model's set stay as they were.
    CURATOR_SKIP_WITHOUT_FAILING_NEW();
    MainWindow window;
    QString first;
    const auto [cells, predicted] = openAndRunOnFirstImage(window, &first);
    if (QTest::currentTestFailed())
        return;
    PredictionReview* review = window.predictionReview();
    const int modelSet = review->predictionSet();
    const int sets = window.workspace()->setCount();
    // The cached predictions put back under review (as File > Open does), where they cannot be made into a set.
    QSignalSpy failed(review, &PredictionReview::publishFailed);
    bool shown = false;
    {
        const test::FailingAllocation failing(0);
        shown = review->showCachedPredictions();
    }
    QVERIFY(shown);
    QCOMPARE(failed.count(), 1);
    const QMessageBox* box =
        test::shownBoxSaying(window, QStringLiteral("Not enough memory to show the model's predictions on 1 image"));
    QVERIFY2(box, qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.statusBar()->currentMessage(), box->text());
    QCOMPARE(review->predictionSet(), modelSet);
    QCOMPARE(window.canvas()->overlay().count(), cells + predicted);

    // A run that cannot start.
    bool started = true;
    {
        const test::FailingAllocation failing(0);
        started = window.runModel(MainWindow::RunScope::CurrentImage);
    }
    QVERIFY(!started);
    QVERIFY(test::shownBoxSaying(window, QStringLiteral("Not enough memory to start the model run on 1 image")));
    QCOMPARE(window.workspace()->setCount(), sets);
    QCOMPARE(window.canvas()->imageName(), first);
    QCOMPARE(window.canvas()->overlay().count(), cells + predicted);
    // With the memory back, both work.
    QVERIFY(review->showCachedPredictions());
    settle(window);
    QCOMPARE(failed.count(), 1);
    runOnShownImage(window);
    QCOMPARE(window.canvas()->overlay().count(), cells + predicted);
}

void TestReviewModelRun::activeSetFollowsTheImageShown()
{
    // Three files, as the splits of a distribution folder: a holds the sample's images 0-2, b images 3 and 4 under
    // other ids, c the same as b (as a cell type's split repeats the LIVECell-wide one's images).
    QTemporaryDir dir;
    Workspace probe;
    probe.open({m_fixture.groundTruth(), test::realImagesDir()});
    probe.waitForLoaded();
    const AnnotationStore& sample = probe.set(0).store;
    const QString a = dir.filePath(QStringLiteral("a.json")), b = dir.filePath(QStringLiteral("b.json")),
                  c = dir.filePath(QStringLiteral("c.json"));
    QVERIFY(test::rewriteImageIds(m_fixture.groundTruth(), a, {{sample.image(3).id, -1}, {sample.image(4).id, -1}}));
    QVERIFY(test::rewriteImageIds(m_fixture.groundTruth(), b,
                                  {{sample.image(0).id, -1}, {sample.image(1).id, -1}, {sample.image(2).id, -1},
                                   {sample.image(3).id, 9003}, {sample.image(4).id, 9004}}));
    QVERIFY(QFile::copy(b, c));
    const QString inA = sample.image(0).fileName, inB = sample.image(3).fileName;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openPaths({a, b, c, test::realImagesDir()});
    window.workspace()->waitForLoaded();
    QCOMPARE(window.workspace()->setCount(), 3);
    int setOf[3] = {-1, -1, -1};
    for (int s = 0; s < 3; ++s)
        setOf[QStringList{a, b, c}.indexOf(window.workspace()->set(s).info.path)] = s;
    const int setA = setOf[0], setB = setOf[1], setC = setOf[2];
    const ImageBrowserModel* browser = window.browser()->model();
    window.browser()->setCurrentRow(browser->rowOfFile(inA, setA));
    QCOMPARE(window.documents()->activeSet(), setA);

    // An image of b shown: b is where edits go and what the model is compared with, and the status line says so.
    window.browser()->setCurrentRow(browser->rowOfFile(inB, setB));
    QCOMPARE(window.documents()->activeSet(), setB);
    QCOMPARE(window.predictionReview()->groundTruthSet(), setB);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("the set this image is in")),
             qPrintable(window.statusBar()->currentMessage()));
    runOnShownImage(window);   // refused before: "None of the chosen images is in the ground truth set a."
    if (QTest::currentTestFailed())
        return;
    const int rowB = browser->rowOfFile(inB, setB);
    QVERIFY(!browser->index(rowB, ImageBrowserModel::ApColumn).data().toString().isEmpty());
    QVERIFY(window.predictionReview()->evaluation()->matches(window.workspace()->imageNamed(setB, inB))->tp() > 0);
    const int tpB = window.predictionReview()->evaluation()->matches(window.workspace()->imageNamed(setB, inB))->tp();
    // a's image and b's again: b's predictions come back from the cache, with the same figures.
    window.browser()->setCurrentRow(browser->rowOfFile(inA, setA));
    settle(window);
    QCOMPARE(window.predictionReview()->groundTruthSet(), setA);
    QVERIFY(!window.predictionReview()->evaluation()->hasResult());
    window.browser()->setCurrentRow(browser->rowOfFile(inB, setB));
    settle(window);
    QCOMPARE(window.predictionReview()->groundTruthSet(), setB);
    QCOMPARE(window.predictionReview()->segmentedImageCount(), 1);
    QCOMPARE(window.predictionReview()->evaluation()->matches(window.workspace()->imageNamed(setB, inB))->tp(), tpB);
    // File > Reload from Disk keeps b under review, with the model's predictions of its image.
    window.reloadFromDisk();
    settle(window);
    QCOMPARE(window.workspace()->set(window.documents()->activeSet()).info.path, b);
    QCOMPARE(window.predictionReview()->groundTruthSet(), window.documents()->activeSet());
    const int imageB = window.workspace()->imageNamed(window.documents()->activeSet(), inB);
    const auto* reloaded = window.predictionReview()->evaluation()->matches(imageB);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->tp(), tpB);
    // c has the image too, but the active set b has it: the choice stays.
    window.browser()->setCurrentRow(browser->rowOfFile(inB, setC));
    QCOMPARE(window.documents()->activeSet(), setB);

    // Results of a's image imported while b's is shown are compared with a.
    window.importResults(m_fixture.results());
    window.predictionReview()->waitForFinished();
    settle(window);
    QCOMPARE(window.documents()->activeSet(), setA);
    QCOMPARE(window.predictionReview()->groundTruthSet(), setA);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Compared with a, which holds their images")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.canvas()->imageName(), inA);   // b's image is not a's: the image the results begin with
    const auto* counts = window.predictionReview()->evaluation()->matches(window.workspace()->imageNamed(setA, inA));
    QVERIFY(counts);
    QCOMPARE(counts->tp(), test::kMatched);
    QCOMPARE(counts->fp(), test::kSpurious);
}

QTEST_MAIN(TestReviewModelRun)
#include "tst_reviewmodelrun.moc"
