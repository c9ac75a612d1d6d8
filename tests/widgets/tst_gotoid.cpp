// Go ▸ Go to Id in the main window: an annotation id shows its image and selects the cell on the page
// shown (a prediction's too), an image id shows the image, and what cannot be shown is said in the
// status bar without moving away (lookup rules: tst_idlookup).
#include "reviewwindowfixture.h"

#include "model/imagefilterproxy.h"
#include "widgets/celltabledock.h"
#include "widgets/predictionstylebox.h"
#include "widgets/reviewview.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>

using namespace curator;
using namespace curator::test;

class TestGoToId : public QObject
{
    Q_OBJECT

    ReviewWindowFixture m_fixture;

    static const AnnotationStore& groundTruth(MainWindow& window) { return window.workspace()->set(0).store; }
    static QString message(MainWindow& window) { return window.statusBar()->currentMessage(); }

private slots:
    void initTestCase() { m_fixture.init(); }

    void annotationIdSelectsTheCellOnItsImage()
    {
        MainWindow window;
        m_fixture.prepare(window);
        const AnnotationStore& gt = groundTruth(window);
        const int image = 3;
        QVERIFY(window.canvas()->imageName() != gt.image(image).fileName);
        const int a = int(gt.annotationsOfImage(image).at(7));
        const qint64 id = gt.annotationId(a);
        // Hidden from the browser by its search: the image is still found, the filter cleared.
        window.browser()->findChild<QLineEdit*>()->setText(QStringLiteral("no such image"));
        QCOMPARE(window.browser()->proxy()->rowCount(), 0);

        QVERIFY(window.goToId(QStringLiteral(" %1 ").arg(id)));
        QCOMPARE(window.canvas()->imageName(), gt.image(image).fileName);
        QCOMPARE(window.canvas()->selectedCell(), (CellKey{0, a}));
        QCOMPARE(window.cellTable()->currentCell(), (CellKey{0, a}));
        // Close enough to see it, and in view.
        QVERIFY(window.canvas()->zoom() >= 2.0);
        const QRectF box(gt.bbox(a)[0], gt.bbox(a)[1], gt.bbox(a)[2], gt.bbox(a)[3]);
        QVERIFY(window.canvas()->rect().contains(window.canvas()->mapFromImage(box.center()).toPoint()));
        QCOMPARE(message(window), QStringLiteral("Cell %1 of val on %2").arg(id).arg(gt.image(image).fileName));
    }

    void imageIdShowsTheImage()
    {
        MainWindow window;
        m_fixture.prepare(window);
        const AnnotationStore& gt = groundTruth(window);
        QVERIFY(window.goToId(QStringLiteral("image %1").arg(gt.image(4).id)));
        QCOMPARE(window.canvas()->imageName(), gt.image(4).fileName);
        QVERIFY(!window.canvas()->selectedCell().isValid());
        QCOMPARE(message(window), QStringLiteral("Image %1: %2").arg(gt.image(4).id).arg(gt.image(4).fileName));
    }

    void whatCannotBeShownIsSaid()
    {
        MainWindow window;
        m_fixture.prepare(window);
        const QString shown = window.canvas()->imageName();
        QVERIFY(!window.goToId(QStringLiteral("cell twelve")));
        QCOMPARE(message(window), QStringLiteral("\"cell twelve\" is not an id: type a whole number, or \"image\" and one."));
        QVERIFY(!window.goToId(QStringLiteral("999999999")));
        QCOMPARE(message(window), QStringLiteral("No open set has a cell with annotation id 999999999."));
        QVERIFY(!window.goToId(QStringLiteral("image 999999999")));
        QCOMPARE(message(window), QStringLiteral("No open set has an image with id 999999999."));
        QCOMPARE(window.canvas()->imageName(), shown);
    }

    void predictionIdSelectsThePrediction()
    {
        MainWindow window;
        m_fixture.prepare(window);
        const AnnotationStore& results = window.workspace()->set(1).store;
        const AnnotationStore& gt = groundTruth(window);
        // Away from the predictions' image first, onto the difference page.
        window.browser()->setCurrentRow(window.browser()->model()->rowOfFile(gt.image(2).fileName));
        window.reviewView()->setCurrentIndex(ReviewView::DifferencePage);
        const int p = 0;
        const qint64 id = results.annotationId(p);
        const int image = gt.imageIndex(results.annotationImageId(p));

        QVERIFY(window.goToId(QString::number(id)));
        QCOMPARE(window.canvas()->imageName(), gt.image(image).fileName);
        QVERIFY(window.reviewView()->selectedCells().contains(CellKey{1, p}));
        QVERIFY2(message(window).startsWith(QStringLiteral("Cell %1 of results").arg(id)), qPrintable(message(window)));

        // With the predictions layer hidden there is nothing to select: said, not pretended.
        PredictionStyle hidden = window.predictionStyleBox()->style();
        hidden.visible = false;
        window.predictionStyleBox()->setStyle(hidden);
        window.reviewView()->setCurrentIndex(ReviewView::AnnotationsPage);
        QCoreApplication::processEvents();
        QVERIFY(!window.goToId(QString::number(id)));
        QVERIFY2(message(window).endsWith(QStringLiteral("but the display filters or the page shown hide it.")),
                 qPrintable(message(window)));
    }

    void goMenuHasTheAction()
    {
        MainWindow window;
        QAction* found = nullptr;
        for (QAction* menu : window.menuBar()->actions())
            if (menu->text() == QStringLiteral("&Go"))
                for (QAction* a : menu->menu()->actions())
                    found = a->text() == QStringLiteral("&Go to Id…") ? a : found;
        QVERIFY(found);
        QCOMPARE(found->shortcut(), QKeySequence(QStringLiteral("Ctrl+G")));
    }
};

QTEST_MAIN(TestGoToId)
#include "tst_gotoid.moc"
