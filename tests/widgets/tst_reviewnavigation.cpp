// Walking the review from the keyboard: Model > Next / Previous Missed or Spurious Cell over the
// fixture image and on to the next image, A and Delete on a review page's selection (never on the
// hidden annotation page's), and the View menu's zoom and exports following the page shown.
#include "actionlookup.h"
#include "reviewwindowfixture.h"

#include "model/celltablemodel.h"
#include "model/document.h"
#include "model/documentmanager.h"
#include "widgets/celltabledock.h"
#include "widgets/findingsdock.h"
#include "widgets/modelreviewdock.h"
#include "widgets/predictionstylebox.h"
#include "widgets/viewsettingsdock.h"
#include "widgets/reviewdock.h"
#include "widgets/reviewview.h"
#include "widgets/tools/edittools.h"

#include <QAction>
#include <QSortFilterProxyModel>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

using namespace curator;

class TestReviewNavigation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_fixture.init(); }
    void nextMissedOrSpuriousCellWalksImageAfterImage();
    void viewMenuActsOnThePageShown();
    void keysActOnTheReviewPagesSelection();
    void flagsAndCellTableFollowThePageShown();
    void cellTableListsWhatTheDisplayFiltersShow();
    void cellTableKeepsEachSetTogether();

private:
    void prepare(MainWindow& window) { m_fixture.prepare(window); }
    test::ReviewWindowFixture m_fixture;
};

void TestReviewNavigation::nextMissedOrSpuriousCellWalksImageAfterImage()
{
    {
        MainWindow empty;   // nothing evaluated: nothing to go to, and no crash
        QVERIFY(!empty.goToDisagreement(1));
    }
    MainWindow window;
    prepare(window);
    ReviewView* view = window.reviewView();
    const ReviewEvaluation* evaluation = window.predictionReview()->evaluation();
    const QString first = window.canvas()->imageName();
    QCOMPARE(view->currentIndex(), int(ReviewView::AnnotationsPage));
    QVERIFY(window.goToDisagreement(1));
    QCOMPARE(view->currentIndex(), int(ReviewView::DifferencePage));   // shown where the classes are
    ImageCanvas* difference = view->differenceCanvas();

    // Every missed cell and every spurious square of the fixture image, top to bottom.
    const QList<CellKey> cells = view->disagreements();
    const int gtCells = window.workspace()->set(0).store.liveAnnotationCountOfImage(0);
    QCOMPARE(cells.size(), gtCells - test::kMatched + test::kSpurious);
    double lastTop = -1;
    for (const CellKey& cell : cells) {
        const auto c = evaluation->classify(cell);
        QVERIFY(c == ReviewEvaluation::CellClass::FalseNegative || c == ReviewEvaluation::CellClass::FalsePositive);
        const double top = difference->overlay().bounds(difference->overlay().indexOf(cell)).top();
        QVERIFY(top >= lastTop);
        lastTop = top;
    }
    QCOMPARE(difference->selectedCell(), cells.first());

    // Zoomed in, each step selects the next one and brings it into view.
    difference->setZoom(4.0);
    for (int i = 1; i < cells.size(); ++i) {
        QVERIFY(window.goToDisagreement(1));
        QCOMPARE(difference->selectedCell(), cells[i]);
        const QPointF centre = difference->overlay().bounds(difference->overlay().indexOf(cells[i])).center();
        QVERIFY(difference->rect().contains(difference->mapFromImage(centre).toPoint()));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Missed or spurious cell %1 of %2 on this image.").arg(i + 1).arg(cells.size()));
        const QString text = window.modelReviewDock()->cellText();   // the dock names each one
        QVERIFY2(text.contains(QStringLiteral("(FN)")) || text.contains(QStringLiteral("(FP)")), qPrintable(text));
    }
    QVERIFY(window.goToDisagreement(-1));
    QCOMPARE(difference->selectedCell(), cells[cells.size() - 2]);
    QVERIFY(window.goToDisagreement(1));

    // Past the last one: the next image with any, its first missed cell (no predictions there). The
    // fixture image is the last ground-truth image in the browser's order, so this wraps round.
    QVERIFY(window.goToDisagreement(1));
    QVERIFY(window.canvas()->imageName() != first);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(
                 QStringLiteral("Continued from the first image. Missed or spurious cell 1 of ")),
             qPrintable(window.statusBar()->currentMessage()));
    const CellKey next = difference->selectedCell();
    QVERIFY(next.isValid());
    QCOMPARE(next.set, 0);
    QCOMPARE(evaluation->classify(next), ReviewEvaluation::CellClass::FalseNegative);
    QCOMPARE(next, view->disagreements().first());
    // And back: the fixture image's last one.
    QVERIFY(window.goToDisagreement(-1));
    QCOMPARE(window.canvas()->imageName(), first);
    QCOMPARE(difference->selectedCell(), cells.last());

    // On the side-by-side page a missed cell is selected on the ground-truth side, a spurious one
    // on the predictions side.
    difference->setSelectedCell(cells.first());
    view->setCurrentIndex(ReviewView::SideBySidePage);
    QCoreApplication::processEvents();
    QCOMPARE(view->disagreements(), cells);
    int fn = 0, fp = 0;
    (evaluation->classify(cells.first()) == ReviewEvaluation::CellClass::FalsePositive ? fp : fn) += 1;
    for (const CellKey& cell : cells.mid(1)) {
        QVERIFY(window.goToDisagreement(1));
        const bool spurious = evaluation->classify(cell) == ReviewEvaluation::CellClass::FalsePositive;
        ImageCanvas* side = spurious ? view->predictionCanvas() : view->groundTruthCanvas();
        ImageCanvas* other = spurious ? view->groundTruthCanvas() : view->predictionCanvas();
        QCOMPARE(side->selectedCell(), cell);
        QVERIFY(!other->selectedCell().isValid());
        (spurious ? fp : fn) += 1;
    }
    QCOMPARE(fp, test::kSpurious);
    QVERIFY(fn > 0);

    // Predictions under the score threshold are left out of the matching: the squares (score 0.5) are
    // no longer spurious, so the walk has nothing of them to skip.
    PredictionStyle style = window.predictionStyleBox()->style();
    style.minScore = 0.6;   // drops the fixture's squares (score 0.5), keeps its copies (0.81-0.9)
    window.predictionStyleBox()->setStyle(style);
    view->setCurrentIndex(ReviewView::DifferencePage);
    QCoreApplication::processEvents();
    int hidden = -1;
    QCOMPARE(view->disagreements(&hidden).size(), cells.size() - test::kSpurious);
    QCOMPARE(hidden, 0);
    QCOMPARE(evaluation->matches(0)->fp(), 0);
    QVERIFY2(view->legendText().contains(QStringLiteral("(predictions scoring at least 0.60)")), qPrintable(view->legendText()));
    // The predictions layer off hides the spurious ones: the walk skips them and says how many.
    style.minScore = 0;
    style.visible = false;
    window.predictionStyleBox()->setStyle(style);
    QCoreApplication::processEvents();
    const QList<CellKey> shown = view->disagreements(&hidden);
    QCOMPARE(hidden, test::kSpurious);
    QCOMPARE(shown.size(), cells.size() - test::kSpurious);
    difference->setSelectedCell({});
    view->selectDisagreement(1, true);
    QVERIFY(window.goToDisagreement(1));
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Missed or spurious cell 2 of %1 on this image. 3 more hidden by the display filters "
                            "(cell types, annotation sets, predictions layer).").arg(shown.size()));
    window.predictionStyleBox()->setStyle(PredictionStyle{});   // the settings are shared by every test
}

void TestReviewNavigation::viewMenuActsOnThePageShown()
{
    MainWindow window;
    prepare(window);
    QAction* zoomIn = test::actionWithShortcut(window, QKeySequence(QKeySequence::ZoomIn));
    QAction* fit = test::actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* next = test::actionWithShortcut(window, QKeySequence(Qt::Key_X));
    QVERIFY(zoomIn && fit && next);
    auto* label = window.findChild<QLabel*>(QStringLiteral("zoomLabel"));
    QVERIFY(label);
    auto shownZoom = [label] { return QLocale().toDouble(label->text().remove(u'%').trimmed()); };
    ReviewView* view = window.reviewView();
    ImageCanvas* annotations = window.canvas();

    // Keys go to the image from the start (not to the browser's search field), and X opens the
    // difference page on the first disagreement, with the keyboard focus; the zoom then acts on that page.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(QApplication::focusWidget(), annotations);
    QTest::keyClick(annotations, Qt::Key_X);
    QCOMPARE(view->currentIndex(), int(ReviewView::DifferencePage));
    QCOMPARE(QApplication::focusWidget(), view->differenceCanvas());
    QCOMPARE(view->differenceCanvas()->selectedCell(), view->disagreements().value(0));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_X);   // the next one, not typed anywhere
    QCOMPARE(view->differenceCanvas()->selectedCell(), view->disagreements().value(1));
    QVERIFY(view->differenceCanvas()->selectedCell().isValid());
    ImageCanvas* difference = view->differenceCanvas();
    const double before = difference->zoom();
    // Taken once the annotation page is hidden: till then it keeps fitting a window whose docks may still settle.
    const double annotationZoom = annotations->zoom();
    zoomIn->trigger();
    QVERIFY(difference->zoom() > before);
    QCOMPARE(annotations->zoom(), annotationZoom);
    QCOMPARE(qRound(shownZoom()), qRound(difference->zoom() * 100));
    fit->trigger();
    QVERIFY(difference->isFitToWindow());

    // Side by side: both sides zoom together, the label shows theirs.
    view->setCurrentIndex(ReviewView::SideBySidePage);
    QCoreApplication::processEvents();
    zoomIn->trigger();
    zoomIn->trigger();
    QVERIFY(!view->groundTruthCanvas()->isFitToWindow());
    QCOMPARE(view->predictionCanvas()->zoom(), view->groundTruthCanvas()->zoom());
    QCOMPARE(qRound(shownZoom()), qRound(view->groundTruthCanvas()->zoom() * 100));
    QCOMPARE(annotations->zoom(), annotationZoom);

    // Export View writes the page shown: here both sides in their layout.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.png"));
    QVERIFY(window.exportView(path));
    const QImage both(path);
    const QSize side = view->groundTruthCanvas()->size() * view->groundTruthCanvas()->devicePixelRatio();
    if (view->sideBySideOrientation() == Qt::Vertical)
        QCOMPARE(both.height(), side.height() + 2 + view->predictionCanvas()->height());
    else
        QCOMPARE(both.width(), side.width() + 2 + view->predictionCanvas()->width());

    // Back on the annotations page the label and the actions follow it again.
    // (The annotation canvas keeps fitting the window, whose docks may have settled meanwhile.)
    view->setCurrentIndex(ReviewView::AnnotationsPage);
    QCoreApplication::processEvents();
    QCOMPARE(qRound(shownZoom()), qRound(annotations->zoom() * 100));
    const double shown = annotations->zoom();
    zoomIn->trigger();
    QVERIFY(annotations->zoom() > shown);
    QCOMPARE(qRound(shownZoom()), qRound(annotations->zoom() * 100));
}

void TestReviewNavigation::keysActOnTheReviewPagesSelection()
{
    MainWindow window;
    prepare(window);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ReviewView* view = window.reviewView();
    const AnnotationStore& store = window.workspace()->set(0).store;
    QUndoStack* undo = window.documents()->document(0)->undoStack();
    const std::vector<quint32> gtCells = store.annotationsOfImage(0);
    const int liveBefore = store.liveAnnotationCountOfImage(0);

    // On the annotation page Delete is the editing tools' and acts on that page's selection.
    const CellKey stale{0, int(gtCells[20])};
    window.canvas()->setSelectedCell(stale);
    QVERIFY(window.editTools()->deleteAction()->isEnabled());
    QVERIFY(!window.modelReviewDock()->deleteAction()->isEnabled());

    // On the difference page the tools are off, and Delete deletes the cell selected there, not
    // the annotation page's (hidden) selection.
    view->setCurrentIndex(ReviewView::DifferencePage);
    QCoreApplication::processEvents();
    QVERIFY(!window.editTools()->deleteAction()->isEnabled());
    QVERIFY(!window.editTools()->drawAction()->isEnabled());
    ImageCanvas* difference = view->differenceCanvas();
    const CellKey missed{0, int(gtCells[test::kMatched])};
    difference->setSelectedCell(missed);
    QVERIFY(window.modelReviewDock()->deleteAction()->isEnabled());
    QTest::keyClick(difference, Qt::Key_Delete);
    QVERIFY(!store.isLive(missed.annotation));
    QVERIFY(store.isLive(stale.annotation));
    QCOMPARE(store.liveAnnotationCountOfImage(0), liveBefore - 1);
    undo->undo();
    QVERIFY(store.isLive(missed.annotation));
    window.predictionReview()->waitForEvaluation();

    // A accepts the selected spurious prediction into the ground truth.
    const CellKey spurious{1, test::kMatched};
    QCOMPARE(window.predictionReview()->evaluation()->classify(spurious), ReviewEvaluation::CellClass::FalsePositive);
    difference->setSelectedCell(spurious);
    QVERIFY(window.modelReviewDock()->acceptAction()->isEnabled());
    QTest::keyClick(difference, Qt::Key_A);
    QCOMPARE(store.liveAnnotationCountOfImage(0), liveBefore + 1);
    window.predictionReview()->waitForEvaluation();
    QCoreApplication::processEvents();
    undo->undo();
    QCOMPARE(store.liveAnnotationCountOfImage(0), liveBefore);
    window.predictionReview()->waitForEvaluation();
    QCoreApplication::processEvents();

    // Walking on after the cell walked to was deleted continues from where it was.
    const QList<CellKey> cells = view->disagreements();
    int i = 1;
    while (i + 1 < cells.size() && cells[i].set != 0)
        ++i;
    QVERIFY(i + 1 < cells.size());
    difference->setSelectedCell(cells.first());
    for (int k = 1; k <= i; ++k)
        QVERIFY(window.goToDisagreement(1));
    QCOMPARE(difference->selectedCell(), cells[i]);
    QTest::keyClick(difference, Qt::Key_Delete);
    QVERIFY(!store.isLive(cells[i].annotation));
    window.predictionReview()->waitForEvaluation();
    QCoreApplication::processEvents();
    QVERIFY(window.goToDisagreement(1));
    QCOMPARE(difference->selectedCell(), cells[i + 1]);
    undo->undo();
    window.predictionReview()->waitForEvaluation();

    // From a matched cell clicked on the page, X goes to the first disagreement below it.
    const CellKey matched{0, int(gtCells[0])};
    QCOMPARE(window.predictionReview()->evaluation()->classify(matched), ReviewEvaluation::CellClass::TruePositive);
    difference->setSelectedCell(matched);
    const auto topLeft = [difference](CellKey c) {
        const QPointF p = difference->overlay().bounds(difference->overlay().indexOf(c)).topLeft();
        return std::make_pair(p.y(), p.x());
    };
    CellKey below;
    for (const CellKey& c : view->disagreements()) {
        if (topLeft(c) > topLeft(matched)) {
            below = c;
            break;
        }
    }
    QVERIFY(below.isValid());
    QVERIFY(window.goToDisagreement(1));
    QCOMPARE(difference->selectedCell(), below);

    // Back on the annotation page the tools are on again and Delete is theirs.
    view->setCurrentIndex(ReviewView::AnnotationsPage);
    QVERIFY(window.editTools()->deleteAction()->isEnabled());
    QVERIFY(!window.modelReviewDock()->deleteAction()->isEnabled());
}

void TestReviewNavigation::flagsAndCellTableFollowThePageShown()
{
    MainWindow window;
    prepare(window);
    ReviewView* view = window.reviewView();
    const AnnotationStore& store = window.workspace()->set(0).store;
    const Document* doc = window.documents()->document(0);
    const std::vector<quint32> gtCells = store.annotationsOfImage(0);
    const CellKey stale{0, int(gtCells[20])};
    const CellKey missed{0, int(gtCells[test::kMatched])};
    window.canvas()->setSelectedCell(stale);

    // Shift+F on the difference page flags the cell selected there, and the page draws the flag.
    view->setCurrentIndex(ReviewView::DifferencePage);
    QCoreApplication::processEvents();
    ImageCanvas* difference = view->differenceCanvas();
    difference->setSelectedCell(missed);
    QCOMPARE(window.cellTable()->currentCell(), missed);   // the Cells table follows the page
    // ... and so does the status bar's cell readout.
    const QString id = QString::number(store.annotationId(missed.annotation));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("cellLabel"))->text().contains(QStringLiteral("Cell %1 ").arg(id)));
    window.review()->flagCellsAction()->trigger();
    QVERIFY(doc->isCellFlagged(store.annotationId(missed.annotation)));
    QVERIFY(!doc->isCellFlagged(store.annotationId(stale.annotation)));
    QVERIFY(difference->flaggedCells().contains(missed));
    QVERIFY(view->groundTruthCanvas()->flaggedCells().contains(missed));
    QVERIFY(window.canvas()->flaggedCells().contains(missed));
    window.review()->flagCellsAction()->trigger();   // and clears it again
    QVERIFY(!doc->isCellFlagged(store.annotationId(missed.annotation)));
    QVERIFY(difference->flaggedCells().isEmpty());

    // Choosing a row of the Cells table selects and centres that cell on the page shown.
    window.canvas()->setSelectedCell({});
    difference->setZoom(4.0);
    QTableView* table = window.cellTable()->view();
    // The Set column shows "results…" for predictions, not "res…": they stand apart from "val".
    QVERIFY(!table->isColumnHidden(CellTableModel::SetColumn));
    QVERIFY(table->columnWidth(CellTableModel::SetColumn)
            >= table->fontMetrics().horizontalAdvance(QStringLiteral("results\u2026")) + 8);
    const CellKey spurious{1, test::kMatched};
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        table->setCurrentIndex(table->model()->index(r, 0));
        if (window.cellTable()->currentCell() == spurious)
            break;
    }
    QCOMPARE(window.cellTable()->currentCell(), spurious);
    QCOMPARE(difference->selectedCell(), spurious);
    QVERIFY(!window.canvas()->selectedCell().isValid());   // not the hidden annotation page's
    // A predicted cell is a run-length mask: the readout says so rather than "0 vertices".
    const QString readout = window.findChild<QLabel*>(QStringLiteral("cellLabel"))->text();
    QVERIFY2(readout.endsWith(QStringLiteral(" · mask")), qPrintable(readout));
    const QPointF centre = difference->overlay().bounds(difference->overlay().indexOf(spurious)).center();
    QVERIFY(difference->rect().contains(difference->mapFromImage(centre).toPoint()));

    // On the side-by-side page a ground-truth row goes to the ground-truth side.
    view->setCurrentIndex(ReviewView::SideBySidePage);
    QCoreApplication::processEvents();
    window.cellTable()->setCurrentCell({});
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        table->setCurrentIndex(table->model()->index(r, 0));
        if (window.cellTable()->currentCell() == missed)
            break;
    }
    QCOMPARE(view->groundTruthCanvas()->selectedCell(), missed);
    QVERIFY(!view->predictionCanvas()->selectedCell().isValid());
    // Choosing the row of a cell already selected on its side, with a prediction selected on the
    // other: the other side is cleared and the dock still names the chosen cell.
    view->predictionCanvas()->setSelectedCell(spurious);
    view->selectCell(missed, true);
    QCOMPARE(view->groundTruthCanvas()->selectedCell(), missed);
    QVERIFY(!view->predictionCanvas()->selectedCell().isValid());
    QVERIFY2(window.modelReviewDock()->cellText().contains(QStringLiteral("is missed (FN)")),
             qPrintable(window.modelReviewDock()->cellText()));

    // A quality finding is fixed with the editing tools: it brings the annotation page up.
    emit window.findings()->findingActivated(ImageKey{0, 0}, {stale});
    QCOMPARE(view->currentIndex(), int(ReviewView::AnnotationsPage));
    QCOMPARE(window.canvas()->selectedCell(), stale);
    QVERIFY(window.editTools()->deleteAction()->isEnabled());
}

void TestReviewNavigation::cellTableListsWhatTheDisplayFiltersShow()
{
    MainWindow window;
    prepare(window);
    const CellTableDock* dock = window.cellTable();
    const int gt = window.workspace()->set(0).store.liveAnnotationCountOfImage(0);
    const int predicted = test::kMatched + test::kSpurious;
    auto label = [&] { return dock->findChild<QLabel*>()->text(); };
    QCOMPARE(dock->view()->model()->rowCount(), gt + predicted);
    QVERIFY2(!label().contains(QStringLiteral("hidden")), qPrintable(label()));

    // Under the score threshold, as on the canvas: the squares (0.5) go, the copies (0.81-0.9) stay.
    PredictionStyle style = window.predictionStyleBox()->style();
    style.minScore = 0.6;
    window.predictionStyleBox()->setStyle(style);
    QCOMPARE(dock->view()->model()->rowCount(), gt + test::kMatched);
    QVERIFY2(label().endsWith(QStringLiteral("(%1 more hidden by the display filters)").arg(test::kSpurious)), qPrintable(label()));
    // The longer count wraps instead of widening the dock past what a 1280-pixel screen holds.
    QVERIFY2(window.minimumSizeHint().width() <= 1280, qPrintable(QString::number(window.minimumSizeHint().width())));
    QCOMPARE(dock->view()->model()->rowCount(), window.canvas()->overlay().visibleCount());
    // The predictions layer off.
    style.visible = false;
    window.predictionStyleBox()->setStyle(style);
    QCOMPARE(dock->view()->model()->rowCount(), gt);
    QCOMPARE(dock->view()->model()->rowCount(), window.canvas()->overlay().visibleCount());
    style = PredictionStyle{};
    window.predictionStyleBox()->setStyle(style);   // the settings are shared by every test
    // The ground truth's set hidden: only the predictions are listed.
    window.viewSettings()->setSetVisible(0, false);
    QCOMPARE(dock->view()->model()->rowCount(), predicted);
    QCOMPARE(dock->view()->model()->rowCount(), window.canvas()->overlay().visibleCount());
    window.viewSettings()->setSetVisible(0, true);
    QCOMPARE(dock->view()->model()->rowCount(), gt + predicted);
}

void TestReviewNavigation::cellTableKeepsEachSetTogether()
{
    MainWindow window;
    prepare(window);
    QTableView* table = window.cellTable()->view();
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(table->model());
    QVERIFY(proxy);
    const auto* cells = static_cast<const CellTableModel*>(proxy->sourceModel());
    const Workspace& workspace = *window.workspace();
    auto rowCell = [&](int row) { return cells->cell(proxy->mapToSource(proxy->index(row, 0)).row()); };
    auto rowId = [&](int row) {
        const CellKey c = rowCell(row);
        return workspace.set(c.set).store.annotationId(c.annotation);
    };
    const int gt = workspace.set(0).store.liveAnnotationCountOfImage(0);
    QCOMPARE(proxy->rowCount(), gt + test::kMatched + test::kSpurious);
    // By id (the default): the ground truth's cells first, then the predictions (ids 1..n, which sorted
    // before every ground-truth id when ids of all sets were compared as one).
    for (int row = 0; row < proxy->rowCount(); ++row) {
        QCOMPARE(rowCell(row).set == 0, row < gt);
        if (row > 0 && rowCell(row).set == rowCell(row - 1).set)
            QVERIFY(rowId(row - 1) < rowId(row));
    }
    // By score: the predictions by score, the ground truth (no score) together, in id order.
    table->sortByColumn(CellTableModel::ScoreColumn, Qt::DescendingOrder);
    QVERIFY(rowCell(0).set != 0);
    int firstGt = -1;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (rowCell(row).set == 0 && firstGt < 0)
            firstGt = row;
        if (firstGt >= 0)
            QCOMPARE(rowCell(row).set, 0);
    }
    QCOMPARE(firstGt, test::kMatched + test::kSpurious);
    for (int row = firstGt + 1; row < proxy->rowCount(); ++row)
        QVERIFY(rowId(row - 1) > rowId(row));   // equal scores: the tie order, reversed with the sort
}

QTEST_MAIN(TestReviewNavigation)
#include "tst_reviewnavigation.moc"
