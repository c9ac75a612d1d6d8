// The review in the main window: predictions drawn as their own layer (colour, score threshold,
// visibility), the side-by-side page with linked zoom and pan and its layout, the difference page's
// colours and counts on the fixture with known TP/FN/FP, and the best match named and outlined for a
// clicked cell. Walking the review from the keyboard: tst_reviewnavigation; running the model from
// the Model menu: tst_reviewmodelrun.
#include "reviewwindowfixture.h"

#include "model/documentmanager.h"
#include "model/imagebrowsermodel.h"
#include "model/imagefilterproxy.h"
#include "model/review/celltypesummarymodel.h"
#include "model/review/predictionreview.h"
#include "widgets/imagebrowserdock.h"
#include "widgets/celltabledock.h"
#include "widgets/imagecanvas.h"
#include "widgets/mainwindow.h"
#include "widgets/predictionstylebox.h"
#include "widgets/modelreviewdock.h"
#include "widgets/reviewview.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QUndoStack>
#include <QTableView>
#include <QtTest>

using namespace curator;

class TestReviewView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void predictionsAreTheirOwnLayer();
    void differenceColoursMatchedMissedAndSpurious();
    void sideBySideLinksZoomAndPan();
    void sideBySideStacksWhereThatShowsTheImageLarger();
    void clickedCellShowsItsBestMatch();
    void bestMatchIsOutlinedOnEveryPage();
    void acceptAndDeleteFromTheDock();
    void cellTypeTableShowsEveryColumn();
    void emptyDockLeavesTheImageItsWidth();
    void summaryRowListsItsImages();
    void reloadKeepsImportedResults();
    void tableFollowsThePageShown();

private:
    void prepare(MainWindow& window) { m_fixture.prepare(window); }
    test::ReviewWindowFixture m_fixture;
};

void TestReviewView::initTestCase()
{
    m_fixture.init();
}

void TestReviewView::predictionsAreTheirOwnLayer()
{
    MainWindow window;
    prepare(window);
    const CellOverlay& overlay = window.canvas()->overlay();
    const int cells = window.workspace()->set(0).store.liveAnnotationCountOfImage(0);
    QCOMPARE(overlay.count(), cells + test::kMatched + test::kSpurious);
    int predictions = 0;
    for (int i = 0; i < overlay.count(); ++i) {
        if (overlay.isPrediction(i)) {
            ++predictions;
            QCOMPARE(overlay.colour(i), PredictionStyle().colour);
        }
    }
    QCOMPARE(predictions, test::kMatched + test::kSpurious);
    QCOMPARE(overlay.visibleCount(), overlay.count());

    // The squares score 0.5, the copies 0.81–0.9: a threshold of 0.6 hides the squares only.
    PredictionStyle style = window.predictionStyleBox()->style();
    style.minScore = 0.6;
    style.colour = QColor(0, 255, 255);
    window.predictionStyleBox()->setStyle(style);
    QCOMPARE(window.canvas()->overlay().visibleCount(), cells + test::kMatched);
    for (int i = 0; i < overlay.count(); ++i) {
        if (overlay.isPrediction(i))
            QCOMPARE(overlay.colour(i), QColor(0, 255, 255));
    }
    style.visible = false;
    window.predictionStyleBox()->setStyle(style);
    QCOMPARE(window.canvas()->overlay().visibleCount(), cells);
    style.visible = true;
    style.minScore = 0;
    window.predictionStyleBox()->setStyle(style);   // the settings are shared by every test
}

void TestReviewView::differenceColoursMatchedMissedAndSpurious()
{
    MainWindow window;
    prepare(window);
    window.reviewView()->setCurrentIndex(ReviewView::DifferencePage);
    QCoreApplication::processEvents();
    ImageCanvas* difference = window.reviewView()->differenceCanvas();
    QCOMPARE(difference->imageName(), window.canvas()->imageName());
    const CellOverlay& overlay = difference->overlay();
    const std::vector<quint32>& gtCells = window.workspace()->set(0).store.annotationsOfImage(0);
    using C = ReviewEvaluation::CellClass;
    auto colourOf = [&](CellKey key) { return overlay.colour(overlay.indexOf(key)); };
    QCOMPARE(colourOf({0, int(gtCells[0])}), ReviewView::classColour(C::TruePositive, false));
    QCOMPARE(colourOf({1, 0}), ReviewView::classColour(C::TruePositive, true));
    QCOMPARE(colourOf({0, int(gtCells[test::kMatched])}), ReviewView::classColour(C::FalseNegative, false));
    QCOMPARE(colourOf({1, test::kMatched}), ReviewView::classColour(C::FalsePositive, true));
    // Three distinguishable colours.
    QVERIFY(ReviewView::classColour(C::TruePositive, false) != ReviewView::classColour(C::FalseNegative, false));
    QVERIFY(ReviewView::classColour(C::FalsePositive, true) != ReviewView::classColour(C::FalseNegative, false));

    const int missed = int(gtCells.size()) - test::kMatched;
    const QString legend = window.reviewView()->legendText();
    QVERIFY2(legend.contains(QStringLiteral("matched (TP) %1").arg(test::kMatched)), qPrintable(legend));
    QVERIFY2(legend.contains(QStringLiteral("missed (FN) %L1").arg(missed)), qPrintable(legend));
    QVERIFY2(legend.contains(QStringLiteral("spurious (FP) %1").arg(test::kSpurious)), qPrintable(legend));

    // The browser's columns say the same for this image.
    const ImageBrowserModel* browser = window.browser()->model();
    const int row = browser->rowOfFile(window.canvas()->imageName(), 0);
    QCOMPARE(browser->index(row, ImageBrowserModel::TruePositiveColumn).data().toString(), QString::number(test::kMatched));
    QCOMPARE(browser->index(row, ImageBrowserModel::FalsePositiveColumn).data().toString(), QString::number(test::kSpurious));
    QCOMPARE(browser->index(row, ImageBrowserModel::PredictedColumn).data().toString(),
             QString::number(test::kMatched + test::kSpurious));

    if (const QString dir = qEnvironmentVariable("CURATOR_SCREENSHOT_DIR"); !dir.isEmpty()) {
        difference->setZoom(2.0);
        QCoreApplication::processEvents();
        window.grab().save(QDir(dir).filePath(QStringLiteral("review-difference.png")));
        window.reviewView()->setCurrentIndex(ReviewView::SideBySidePage);
        QCoreApplication::processEvents();
        window.grab().save(QDir(dir).filePath(QStringLiteral("review-side-by-side.png")));
    }
}

void TestReviewView::sideBySideLinksZoomAndPan()
{
    MainWindow window;
    prepare(window);
    window.reviewView()->setCurrentIndex(ReviewView::SideBySidePage);
    QCoreApplication::processEvents();
    ImageCanvas* gt = window.reviewView()->groundTruthCanvas();
    ImageCanvas* dt = window.reviewView()->predictionCanvas();
    QCOMPARE(dt->imageName(), gt->imageName());
    // Left shows the ground truth only, right the predictions only.
    const int cells = window.workspace()->set(0).store.liveAnnotationCountOfImage(0);
    QCOMPARE(gt->overlay().visibleCount(), cells);
    QCOMPARE(dt->overlay().visibleCount(), test::kMatched + test::kSpurious);

    gt->setZoom(3.0);
    gt->centreOn(QPointF(100, 120));
    QCOMPARE(dt->zoom(), 3.0);
    QCOMPARE(dt->viewOffset(), gt->viewOffset());
    dt->setZoom(4.0, QPointF(10, 10));
    QCOMPARE(gt->zoom(), 4.0);
    QCOMPARE(gt->viewOffset(), dt->viewOffset());
}

void TestReviewView::sideBySideStacksWhereThatShowsTheImageLarger()
{
    const QSize frame(704, 520);
    QCOMPARE(ReviewView::sideBySideOrientation(QSize(1600, 600), frame), Qt::Horizontal);
    QCOMPARE(ReviewView::sideBySideOrientation(QSize(560, 680), frame), Qt::Vertical);
    QCOMPARE(ReviewView::sideBySideOrientation(QSize(700, 400), frame), Qt::Horizontal);
    QCOMPARE(ReviewView::sideBySideOrientation(QSize(), frame), Qt::Horizontal);
    QCOMPARE(ReviewView::sideBySideOrientation(QSize(560, 680), QSize()), Qt::Horizontal);

    // At 1280 × 800 with the review dock open the central area is taller than wide: one above the other.
    MainWindow window;
    prepare(window);
    ReviewView* view = window.reviewView();
    view->setCurrentIndex(ReviewView::SideBySidePage);
    QCoreApplication::processEvents();
    ImageCanvas* gt = view->groundTruthCanvas();
    ImageCanvas* dt = view->predictionCanvas();
    QCOMPARE(view->sideBySideOrientation(), Qt::Vertical);
    QVERIFY2(dt->mapTo(view, QPoint()).y() > gt->mapTo(view, QPoint()).y() + gt->height() / 2,
             "predictions below the ground truth");
    QCOMPARE(dt->width(), gt->width());
    QVERIFY(std::abs(dt->height() - gt->height()) <= 1);
    // Both stay fitted, each larger than half the width would have shown it.
    QVERIFY(gt->isFitToWindow() && dt->isFitToWindow());
    QVERIFY(std::abs(dt->zoom() - gt->zoom()) < 0.01);   // an odd height leaves one pane a pixel taller
    const double halfWidth = (view->width() / 2.0) / gt->rawImage().width();
    QVERIFY2(gt->zoom() > halfWidth * 1.2, qPrintable(QStringLiteral("%1 vs %2").arg(gt->zoom()).arg(halfWidth)));

    // A wide window puts them side by side again, and back.
    window.resize(2400, 800);
    QCoreApplication::processEvents();
    QVERIFY2(view->width() > 1600, qPrintable(QString::number(view->width())));
    QCOMPARE(view->sideBySideOrientation(), Qt::Horizontal);
    QVERIFY(dt->mapTo(view, QPoint()).x() > gt->mapTo(view, QPoint()).x() + gt->width() / 2);
    QVERIFY(std::abs(dt->zoom() - gt->zoom()) < 0.01);
    window.resize(1280, 800);
    QCoreApplication::processEvents();
    QCOMPARE(view->sideBySideOrientation(), Qt::Vertical);
}

void TestReviewView::clickedCellShowsItsBestMatch()
{
    MainWindow window;
    prepare(window);
    window.reviewView()->setCurrentIndex(ReviewView::DifferencePage);
    QCoreApplication::processEvents();
    ImageCanvas* difference = window.reviewView()->differenceCanvas();
    const std::vector<quint32>& gtCells = window.workspace()->set(0).store.annotationsOfImage(0);
    const CellKey missed{0, int(gtCells[test::kMatched])};
    const QRectF bounds = difference->overlay().bounds(difference->overlay().indexOf(missed));
    // Click the cell the way a user does; the smallest cell under the point is hit.
    difference->setZoom(4.0);
    difference->centreOn(bounds.center());
    QCoreApplication::processEvents();
    const int at = difference->overlay().cellAt(bounds.center());
    QVERIFY(at >= 0);
    QTest::mouseClick(difference, Qt::LeftButton, {}, difference->mapFromImage(bounds.center()).toPoint());
    const CellKey clicked = difference->selectedCell();
    QCOMPARE(clicked, difference->overlay().cell(at));
    const QString text = window.modelReviewDock()->cellText();
    QVERIFY2(text.contains(QStringLiteral("IoU")) || text.contains(QStringLiteral("overlaps")), qPrintable(text));
    QCOMPARE(difference->matchedCell(), window.predictionReview()->evaluation()->bestMatch(clicked).cell);

    window.modelReviewDock()->showCell(missed);
    QVERIFY2(window.modelReviewDock()->cellText().contains(QStringLiteral("is missed (FN)")),
             qPrintable(window.modelReviewDock()->cellText()));
    window.modelReviewDock()->showCell({1, test::kMatched});
    QVERIFY2(window.modelReviewDock()->cellText().contains(QStringLiteral("is spurious (FP)")),
             qPrintable(window.modelReviewDock()->cellText()));
    window.modelReviewDock()->showCell({1, 2});
    QVERIFY2(window.modelReviewDock()->cellText().contains(QStringLiteral("IoU %1").arg(QLocale().toString(1.0, 'f', 3))),
             qPrintable(window.modelReviewDock()->cellText()));
}

namespace {
/** Pixels of the best-match outline's cyan in @p canvas's rendering, within @p imageRect. */
int cyanPixels(ImageCanvas* canvas, const QRectF& imageRect)
{
    const QImage shot = canvas->grab().toImage();
    const QRect area = QRectF(canvas->mapFromImage(imageRect.topLeft()), canvas->mapFromImage(imageRect.bottomRight()))
                           .toAlignedRect()
                           .adjusted(-3, -3, 3, 3)
                           .intersected(shot.rect());
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = shot.pixelColor(x, y);
            n += c.red() < 60 && c.green() > 190 && c.blue() > 220;
        }
    }
    return n;
}
} // namespace

void TestReviewView::bestMatchIsOutlinedOnEveryPage()
{
    MainWindow window;
    prepare(window);
    ReviewView* view = window.reviewView();
    const ReviewEvaluation* evaluation = window.predictionReview()->evaluation();
    const std::vector<quint32>& gtCells = window.workspace()->set(0).store.annotationsOfImage(0);
    const CellKey cell{0, int(gtCells[2])};
    const CellKey match = evaluation->bestMatch(cell).cell;
    QVERIFY(match.isValid());
    QCOMPARE(match.set, 1);

    // Difference page: the selected ground-truth cell's best prediction is outlined in cyan.
    view->setCurrentIndex(ReviewView::DifferencePage);
    QCoreApplication::processEvents();
    ImageCanvas* difference = view->differenceCanvas();
    const QRectF matchBounds = difference->overlay().bounds(difference->overlay().indexOf(match));
    difference->setZoom(4.0);
    difference->centreOn(matchBounds.center());
    QCoreApplication::processEvents();
    QCOMPARE(cyanPixels(difference, matchBounds), 0);
    difference->setSelectedCell(cell);
    QCOMPARE(difference->matchedCell(), match);
    QVERIFY(cyanPixels(difference, matchBounds) > 20);
    difference->setSelectedCell({});
    QVERIFY(!difference->matchedCell().isValid());
    QCOMPARE(cyanPixels(difference, matchBounds), 0);

    // Side by side: a cell selected on the ground-truth side shows its match on the predictions side.
    view->setCurrentIndex(ReviewView::SideBySidePage);
    QCoreApplication::processEvents();
    ImageCanvas* gt = view->groundTruthCanvas();
    ImageCanvas* dt = view->predictionCanvas();
    gt->setSelectedCell(cell);
    QCOMPARE(dt->matchedCell(), match);
    QVERIFY(dt->overlay().isVisible(dt->overlay().indexOf(match)));
    QVERIFY(cyanPixels(dt, matchBounds) > 20);
    // ... and the other way round.
    gt->setSelectedCell({});
    dt->setSelectedCell(match);
    QCOMPARE(gt->matchedCell(), evaluation->bestMatch(match).cell);
    QCOMPARE(gt->matchedCell(), cell);
    QVERIFY(cyanPixels(gt, gt->overlay().bounds(gt->overlay().indexOf(cell))) > 20);
}

void TestReviewView::acceptAndDeleteFromTheDock()
{
    MainWindow window;
    prepare(window);
    // Imported results: nothing is known of what made them, so no in-sample note.
    QVERIFY(window.modelReviewDock()->findChild<QLabel*>(QStringLiteral("inSampleNote"))->isHidden());
    window.reviewView()->setCurrentIndex(ReviewView::DifferencePage);
    ModelReviewDock* dock = window.modelReviewDock();
    const ImageBrowserModel* browser = window.browser()->model();
    const int row = browser->rowOfFile(window.canvas()->imageName(), 0);
    const int cells = window.workspace()->set(0).store.liveAnnotationCountOfImage(0);
    const int missed = cells - test::kMatched;
    // What the user sees: the browser's Cells column and the difference legend.
    auto state = [&] {
        window.predictionReview()->waitForEvaluation();
        QCoreApplication::processEvents();
        return std::make_pair(browser->index(row, ImageBrowserModel::CellsColumn).data(ImageBrowserModel::SortRole).toInt(),
                              window.reviewView()->legendText());
    };
    auto legend = [](int tp, int fn, int fp) {
        return std::make_tuple(QStringLiteral("matched (TP) %L1").arg(tp), QStringLiteral("missed (FN) %L1").arg(fn),
                               QStringLiteral("spurious (FP) %L1").arg(fp));
    };
    auto check = [&](int expectedCells, int tp, int fn, int fp) {
        const auto [shownCells, text] = state();
        QCOMPARE(shownCells, expectedCells);
        const auto [a, b, c] = legend(tp, fn, fp);
        QVERIFY2(text.contains(a) && text.contains(b) && text.contains(c), qPrintable(text));
    };
    QUndoStack* undo = window.documents()->document(0)->undoStack();

    dock->showCell({1, test::kMatched});   // a spurious square
    QVERIFY(dock->acceptButton()->isEnabled());
    QVERIFY(!dock->deleteButton()->isEnabled());
    QTest::mouseClick(dock->acceptButton(), Qt::LeftButton);
    check(cells + 1, test::kMatched + 1, missed, test::kSpurious - 1);
    undo->undo();
    check(cells, test::kMatched, missed, test::kSpurious);
    undo->redo();
    check(cells + 1, test::kMatched + 1, missed, test::kSpurious - 1);
    undo->undo();

    const std::vector<quint32>& gtCells = window.workspace()->set(0).store.annotationsOfImage(0);
    dock->showCell({0, int(gtCells[std::size_t(test::kMatched)])});   // a missed cell
    QVERIFY(dock->deleteButton()->isEnabled());
    QVERIFY(!dock->acceptButton()->isEnabled());
    QTest::mouseClick(dock->deleteButton(), Qt::LeftButton);
    check(cells - 1, test::kMatched, missed - 1, test::kSpurious);
    undo->undo();
    check(cells, test::kMatched, missed, test::kSpurious);
    undo->redo();
    check(cells - 1, test::kMatched, missed - 1, test::kSpurious);
}

void TestReviewView::cellTypeTableShowsEveryColumn()
{
    MainWindow window;
    prepare(window);
    ModelReviewDock* dock = window.modelReviewDock();
    QTableView* table = dock->summaryView();
    const int rows = table->model()->rowCount();
    QVERIFY2(rows >= 2, qPrintable(QString::number(rows)));   // the fixture's cell types and "All"
    QVERIFY(!table->model()->index(rows - 1, CellTypeSummaryModel::ApColumn).data().toString().isEmpty());
    QCoreApplication::processEvents();
    // At 1280 x 800 the dock is wide enough for all seven columns: nothing hides behind a scroll bar.
    const int columns = table->horizontalHeader()->length();
    QVERIFY2(columns <= table->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(columns).arg(table->viewport()->width())));
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    for (int c = 0; c < CellTypeSummaryModel::ColumnCount; ++c)
        QVERIFY2(table->columnWidth(c) >= table->horizontalHeader()->sectionSizeHint(c), qPrintable(QString::number(c)));
    // The view keeps room for a 704-pixel-wide LIVECell image at more than 70 %.
    QVERIFY2(window.reviewView()->width() >= 500, qPrintable(QString::number(window.reviewView()->width())));
}

void TestReviewView::emptyDockLeavesTheImageItsWidth()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openPaths({m_fixture.groundTruth(), test::realImagesDir()});
    window.workspace()->waitForLoaded();
    QCoreApplication::processEvents();
    // No predictions yet: the empty per-cell-type table reserves no width.
    QTableView* table = window.modelReviewDock()->summaryView();
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(table->minimumWidth(), 0);
    // A cell chosen now has nothing to be compared with, which the dock says (not "not part of the evaluation").
    const AnnotationStore& gt = window.workspace()->set(0).store;
    const int shown = window.workspace()->imagesNamed(window.canvas()->imageName()).front().image;
    const int a = int(gt.annotationsOfImage(shown).at(0));
    window.canvas()->setSelectedCell({0, a});
    QCOMPARE(window.modelReviewDock()->cellText(),
             QStringLiteral("Cell %1 has no predictions to be compared with yet.").arg(gt.annotationId(a)));
    const int before = window.reviewView()->width();
    window.importResults(m_fixture.results());
    window.predictionReview()->waitForFinished();
    window.predictionReview()->waitForEvaluation();
    QCoreApplication::processEvents();
    // With rows the dock widens to the table, and the image view gives up that width.
    QVERIFY(table->model()->rowCount() >= 2);
    QVERIFY(table->minimumWidth() > 0);
    QTRY_VERIFY2(window.reviewView()->width() < before,
             qPrintable(QStringLiteral("%1 >= %2").arg(window.reviewView()->width()).arg(before)));
    // Without the table the view keeps nearly a 704-pixel-wide LIVECell image at 100 % (about 696 px).
    QVERIFY2(before >= 640, qPrintable(QString::number(before)));
    // When the predictions go (other files opened, a reload, a run cancelled by either), the emptied
    // table gives that width back: before, the dock kept it and the image stayed at 82 %.
    window.openPaths({m_fixture.groundTruth(), test::realImagesDir()});
    window.workspace()->waitForLoaded();
    QCoreApplication::processEvents();
    QCOMPARE(table->model()->rowCount(), 0);
    QTRY_VERIFY2(window.reviewView()->width() >= before - 4,
                 qPrintable(QStringLiteral("%1 < %2").arg(window.reviewView()->width()).arg(before)));
}

void TestReviewView::summaryRowListsItsImages()
{
    MainWindow window;
    prepare(window);
    QTableView* summary = window.modelReviewDock()->summaryView();
    const ImageFilterProxy* listed = window.browser()->proxy();
    const int all = listed->rowCount();
    int mcf7 = -1;
    for (int r = 0; r < summary->model()->rowCount(); ++r)
        if (summary->model()->index(r, CellTypeSummaryModel::CellTypeColumn).data().toString() == QStringLiteral("MCF7"))
            mcf7 = r;
    QVERIFY(mcf7 >= 0);
    // Double-clicking (activating) a cell type lists only its images, "All" every image again.
    const auto doubleClick = [summary](int row) {
        const QRect cell = summary->visualRect(summary->model()->index(row, CellTypeSummaryModel::CellTypeColumn));
        // As a real double-click arrives: a click, then the double-click on the same item.
        QTest::mouseClick(summary->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(summary->viewport(), Qt::LeftButton, {}, cell.center());
    };
    doubleClick(mcf7);
    QVERIFY(listed->rowCount() > 0 && listed->rowCount() < all);
    for (int r = 0; r < listed->rowCount(); ++r)
        QVERIFY2(listed->index(r, ImageBrowserModel::CellTypeColumn).data().toString() == QStringLiteral("MCF7"),
                 qPrintable(listed->index(r, ImageBrowserModel::NameColumn).data().toString()));
    doubleClick(summary->model()->rowCount() - 1);
    QCOMPARE(listed->rowCount(), all);
}

void TestReviewView::reloadKeepsImportedResults()
{
    // Results imported with Model > Import are not among the files opened; File > Reload from Disk
    // imports them again rather than dropping them from the review.
    MainWindow window;
    prepare(window);
    const QString shown = window.canvas()->imageName();
    const int predicted = window.workspace()->set(window.predictionReview()->predictionSet()).store.liveAnnotationCount();
    QVERIFY(predicted > 0);
    window.reloadFromDisk();
    window.workspace()->waitForLoaded();
    QCoreApplication::processEvents();
    window.predictionReview()->waitForFinished();
    window.predictionReview()->waitForEvaluation();
    QCoreApplication::processEvents();
    const int dt = window.predictionReview()->predictionSet();
    QVERIFY(dt >= 0);
    QCOMPARE(window.workspace()->set(dt).info.path, m_fixture.results());
    QCOMPARE(window.workspace()->set(dt).store.liveAnnotationCount(), predicted);
    QCOMPARE(window.workspace()->setCount(), 2);
    QCOMPARE(window.canvas()->imageName(), shown);
}

void TestReviewView::tableFollowsThePageShown()
{
    // Each page keeps its own selection; the Cells table and the Model Review dock show the page's.
    MainWindow window;
    prepare(window);
    const std::vector<quint32>& gtCells = window.workspace()->set(0).store.annotationsOfImage(0);
    const CellKey onAnnotations{0, int(gtCells[0])}, onDifference{0, int(gtCells[1])};
    window.canvas()->setSelectedCell(onAnnotations);
    window.reviewView()->setCurrentIndex(ReviewView::DifferencePage);
    QCoreApplication::processEvents();
    window.reviewView()->differenceCanvas()->setSelectedCell(onDifference);
    QCOMPARE(window.cellTable()->currentCell(), onDifference);
    window.reviewView()->setCurrentIndex(ReviewView::AnnotationsPage);
    QCOMPARE(window.cellTable()->currentCell(), onAnnotations);
    const QString id = QString::number(window.workspace()->set(0).store.annotationId(onAnnotations.annotation));
    QVERIFY2(window.modelReviewDock()->cellText().contains(id), qPrintable(window.modelReviewDock()->cellText()));
    window.reviewView()->setCurrentIndex(ReviewView::DifferencePage);
    QCOMPARE(window.cellTable()->currentCell(), onDifference);
}

QTEST_MAIN(TestReviewView)
#include "tst_reviewview.moc"
