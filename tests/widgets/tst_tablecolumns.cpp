// The Images, Cells and Model Review summary tables' columns as the user chooses them: the header's
// context menu hides and shows columns, headers can be dragged into another order, and both survive a
// change of image and a restart; a column the data has nothing for stays hidden whatever the choice.
#include "reviewwindowfixture.h"

#include "model/celltablemodel.h"
#include "model/review/celltypesummarymodel.h"
#include "widgets/celltabledock.h"
#include "widgets/modelreviewdock.h"
#include "widgets/tablecolumns.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

using namespace curator;
using namespace curator::test;

class TestTableColumns : public QObject
{
    Q_OBJECT

    ReviewWindowFixture m_fixture;

    /** The menu's entries: column name → whether it is checked (shown) and enabled. */
    struct Entry
    {
        bool checked = false;
        bool enabled = false;
        QAction* action = nullptr;
    };
    static QMap<QString, Entry> entries(QMenu* menu)
    {
        QMap<QString, Entry> result;
        for (QAction* a : menu->actions())
            if (a->isCheckable())
                result.insert(a->text(), {a->isChecked(), a->isEnabled(), a});
        return result;
    }
    static QAction* showAllAction(QMenu* menu)
    {
        for (QAction* a : menu->actions())
            if (a->text() == QStringLiteral("Show All Columns"))
                return a;
        return nullptr;
    }
    static void showImage(MainWindow& window, int image)
    {
        const QString name = window.workspace()->set(0).store.image(image).fileName;
        window.browser()->setCurrentRow(window.browser()->model()->rowOfFile(name));
        QCoreApplication::processEvents();
        QCOMPARE(window.canvas()->imageName(), name);
    }

private slots:
    void initTestCase() { m_fixture.init(); }
    void init() { QSettings().clear(); }

    void menuHidesAndShowsColumns()
    {
        MainWindow window;
        m_fixture.prepare(window);
        QTableView* view = window.cellTable()->view();
        TableColumns* columns = window.cellTable()->columns();
        std::unique_ptr<QMenu> menu(columns->createMenu(&window));
        QMap<QString, Entry> items = entries(menu.get());
        // Every column the table offers, the first one (the cell's id) always shown.
        for (const QString& name : {QStringLiteral("Id"), QStringLiteral("Set"), QStringLiteral("Area"),
                                    QStringLiteral("Vertices"), QStringLiteral("Score")})
            QVERIFY2(items.contains(name) && items[name].checked, qPrintable(name));
        QVERIFY(!items[QStringLiteral("Id")].enabled);
        QVERIFY(items[QStringLiteral("Area")].enabled);
        QVERIFY(!showAllAction(menu.get())->isEnabled());

        items[QStringLiteral("Area")].action->toggle();
        items[QStringLiteral("Vertices")].action->toggle();
        QVERIFY(view->isColumnHidden(CellTableModel::AreaColumn));
        QVERIFY(view->isColumnHidden(CellTableModel::VerticesColumn));
        QVERIFY(!view->isColumnHidden(CellTableModel::IdColumn));

        // Another image resets the cell table's model: the choice stays.
        showImage(window, 1);
        QVERIFY(window.cellTable()->model()->rowCount() > 0);
        QVERIFY(view->isColumnHidden(CellTableModel::AreaColumn));
        QVERIFY(view->isColumnHidden(CellTableModel::VerticesColumn));

        menu.reset(columns->createMenu(&window));
        items = entries(menu.get());
        QVERIFY(!items[QStringLiteral("Area")].checked);
        items[QStringLiteral("Area")].action->toggle();
        QVERIFY(!view->isColumnHidden(CellTableModel::AreaColumn));
        QVERIFY(showAllAction(menu.get())->isEnabled());
        showAllAction(menu.get())->trigger();
        QVERIFY(!view->isColumnHidden(CellTableModel::VerticesColumn));

        // Right-clicking the header opens that menu.
        QHeaderView* header = view->horizontalHeader();
        QContextMenuEvent click(QContextMenuEvent::Mouse, QPoint(5, 5), header->mapToGlobal(QPoint(5, 5)));
        QCoreApplication::sendEvent(header->viewport(), &click);
        QMenu* shown = nullptr;
        for (QMenu* m : header->findChildren<QMenu*>())
            shown = m->isVisible() ? m : shown;
        QVERIFY(shown);
        QVERIFY(entries(shown).contains(QStringLiteral("Area")));
        shown->close();
    }

    void columnsTheDataLacksStayHidden()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.openPaths({m_fixture.groundTruth(), realImagesDir()});
        window.workspace()->waitForLoaded();
        QCoreApplication::processEvents();
        QTableView* view = window.cellTable()->view();
        TableColumns* columns = window.cellTable()->columns();
        // One annotation file, no scores: neither Set nor Score is shown, offered or revived by Show All.
        QVERIFY(view->isColumnHidden(CellTableModel::ScoreColumn));
        QVERIFY(view->isColumnHidden(CellTableModel::SetColumn));
        std::unique_ptr<QMenu> menu(columns->createMenu(&window));
        QVERIFY(!entries(menu.get()).contains(QStringLiteral("Score")));
        QVERIFY(!entries(menu.get()).contains(QStringLiteral("Set")));
        columns->setHiddenByUser(CellTableModel::AreaColumn, true);
        columns->showAll();
        QVERIFY(view->isColumnHidden(CellTableModel::ScoreColumn));
        QVERIFY(!view->isColumnHidden(CellTableModel::AreaColumn));

        // Without predictions the review's columns (the browser's, the cells' Match and IoU) are neither
        // shown nor offered.
        QVERIFY(view->isColumnHidden(CellTableModel::MatchColumn));
        QVERIFY(view->isColumnHidden(CellTableModel::MatchIouColumn));
        QTableView* browser = window.browser()->view();
        for (int c = ImageBrowserModel::ApColumn; c < ImageBrowserModel::ColumnCount; ++c)
            QVERIFY(browser->isColumnHidden(c));
        std::unique_ptr<QMenu> browserMenu(window.browser()->columns()->createMenu(&window));
        QVERIFY(!entries(browserMenu.get()).contains(QStringLiteral("AP")));
        QVERIFY(entries(browserMenu.get()).contains(QStringLiteral("Cells")));

        // Hidden by the user while there were scores: still hidden when the scores come back.
        window.importResults(m_fixture.results());
        window.predictionReview()->waitForFinished();
        window.predictionReview()->waitForEvaluation();
        QCoreApplication::processEvents();
        for (int c = ImageBrowserModel::ApColumn; c < ImageBrowserModel::ColumnCount; ++c)
            QVERIFY(!browser->isColumnHidden(c));
        QVERIFY(!view->isColumnHidden(CellTableModel::MatchColumn));
        QVERIFY(!view->isColumnHidden(CellTableModel::MatchIouColumn));
        // ... right after the set, where a ~293 px dock still shows them.
        QHeaderView* cellHeader = view->horizontalHeader();
        QCOMPARE(cellHeader->visualIndex(CellTableModel::MatchColumn), cellHeader->visualIndex(CellTableModel::SetColumn) + 1);
        QCOMPARE(cellHeader->visualIndex(CellTableModel::MatchIouColumn), cellHeader->visualIndex(CellTableModel::MatchColumn) + 1);
        QVERIFY(cellHeader->sectionViewportPosition(CellTableModel::MatchIouColumn) + cellHeader->sectionSize(CellTableModel::MatchIouColumn)
                <= view->viewport()->width());
        QVERIFY(!view->isColumnHidden(CellTableModel::SetColumn));
        const int resultsImage = 0;   // the fixture's results are all on the first image
        showImage(window, resultsImage);
        QVERIFY(!view->isColumnHidden(CellTableModel::ScoreColumn));
        columns->setHiddenByUser(CellTableModel::ScoreColumn, true);
        QVERIFY(view->isColumnHidden(CellTableModel::ScoreColumn));
        showImage(window, 1);
        showImage(window, resultsImage);
        QVERIFY(view->isColumnHidden(CellTableModel::ScoreColumn));
        QVERIFY(columns->isAvailable(CellTableModel::ScoreColumn));
    }

    void choiceAndOrderSurviveARestart()
    {
        const int apColumn = ImageBrowserModel::ApColumn;
        {
            MainWindow window;
            m_fixture.prepare(window);
            QHeaderView* header = window.browser()->view()->horizontalHeader();
            QVERIFY(header->sectionsMovable());
            // Sort by AP beside the image's name: drag its header next to the first.
            header->moveSection(header->visualIndex(apColumn), 1);
            window.browser()->columns()->setHiddenByUser(ImageBrowserModel::WellColumn, true);
            window.cellTable()->columns()->setHiddenByUser(CellTableModel::VerticesColumn, true);
            window.close();
        }
        MainWindow window;
        m_fixture.prepare(window);
        QTableView* browser = window.browser()->view();
        QCOMPARE(browser->horizontalHeader()->visualIndex(apColumn), 1);
        QVERIFY(browser->isColumnHidden(ImageBrowserModel::WellColumn));
        QVERIFY(!browser->isColumnHidden(ImageBrowserModel::TimeColumn));
        QVERIFY(window.browser()->columns()->isHiddenByUser(ImageBrowserModel::WellColumn));
        QVERIFY(window.cellTable()->view()->isColumnHidden(CellTableModel::VerticesColumn));
        QVERIFY(!window.cellTable()->view()->isColumnHidden(CellTableModel::AreaColumn));
    }

    void hiddenSummaryColumnsGiveTheImageRoom()
    {
        int full = 0;
        {
            MainWindow window;
            m_fixture.prepare(window);
            QTableView* summary = window.modelReviewDock()->summaryView();
            QVERIFY(summary->model()->rowCount() > 0);
            full = summary->minimumWidth();
            QVERIFY(full > 0);
            const int dockWidth = window.modelReviewDock()->width();
            std::unique_ptr<QMenu> menu(window.modelReviewDock()->summaryColumns()->createMenu(&window));
            QMap<QString, Entry> items = entries(menu.get());
            QVERIFY(items.contains(QStringLiteral("AP50")) && items.contains(QStringLiteral("Pred")));
            items[QStringLiteral("AP50")].action->toggle();
            items[QStringLiteral("AP75")].action->toggle();
            QVERIFY(summary->isColumnHidden(CellTypeSummaryModel::Ap50Column));
            QCoreApplication::processEvents();
            // The dock asks only for the columns still shown.
            QVERIFY2(summary->minimumWidth() < full - 40, qPrintable(QString::number(summary->minimumWidth())));
            // ... and gives the width it no longer needs to the image.
            QTRY_VERIFY(window.modelReviewDock()->width() < dockWidth - 40);
            window.close();
        }
        MainWindow window;
        m_fixture.prepare(window);
        QTableView* summary = window.modelReviewDock()->summaryView();
        QVERIFY(summary->isColumnHidden(CellTypeSummaryModel::Ap75Column));
        QVERIFY(!summary->isColumnHidden(CellTypeSummaryModel::ApColumn));
        QVERIFY(summary->minimumWidth() < full - 40);
        window.modelReviewDock()->summaryColumns()->showAll();
        QCOMPARE(summary->minimumWidth(), full);
    }

    void headerStateOfAnEarlierVersionRestores()
    {
        // Settings written before columns could be hidden hold the header's own state: order and
        // widths come back, and the hidden flags in it (the data's, then) do not hide columns.
        QByteArray bare;
        {
            MainWindow window;
            m_fixture.prepare(window);
            QHeaderView* header = window.browser()->view()->horizontalHeader();
            header->moveSection(header->visualIndex(ImageBrowserModel::CellsColumn), 1);
            header->setSectionHidden(ImageBrowserModel::SetColumn, true);
            bare = header->saveState();
        }
        MainWindow window;
        m_fixture.prepare(window);
        window.browser()->restoreHeaderState(bare);
        QTableView* view = window.browser()->view();
        QCOMPARE(view->horizontalHeader()->visualIndex(ImageBrowserModel::CellsColumn), 1);
        QVERIFY(!view->isColumnHidden(ImageBrowserModel::SetColumn));
        // Garbage restores nothing and breaks nothing.
        window.browser()->restoreHeaderState(QByteArray("LCTC\0\0\0\1garbage", 16));
        QVERIFY(!view->isColumnHidden(ImageBrowserModel::NameColumn));
    }
};

QTEST_MAIN(TestTableColumns)
#include "tst_tablecolumns.moc"
