// Copying from the application's tables (Images, Cells, Model Review summary, review progress, statistics,
// nuclear counts): Ctrl+C and the context menu's Copy put the selected rows on the clipboard as tab-separated
// text with a header line, Copy Table every row the table lists; columns as shown, cells as displayed.
#include "reviewwindowfixture.h"

#include "model/celltablemodel.h"
#include "model/imagefilterproxy.h"
#include "model/review/celltypesummarymodel.h"
#include "widgets/celltabledock.h"
#include "widgets/modelreviewdock.h"
#include "widgets/nuclearcountwindow.h"
#include "widgets/reviewdock.h"
#include "widgets/statisticswindow.h"
#include "widgets/tablecolumns.h"
#include "widgets/tablecopy.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTableWidget>

using namespace curator;
using namespace curator::test;

class TestTableCopy : public QObject
{
    Q_OBJECT

    ReviewWindowFixture m_fixture;

    static TableCopy* copier(QTableView* view) { return view->findChild<TableCopy*>(); }
    static QStringList lines(const QString& text)
    {
        QStringList result = text.split(u'\n');
        if (!result.isEmpty() && result.last().isEmpty())
            result.removeLast();
        return result;
    }
    /** The row @p row of @p view as shown: the displayed text of its visible columns, in header order. */
    static QStringList shownRow(QTableView* view, int row)
    {
        QStringList cells;
        const QHeaderView* header = view->horizontalHeader();
        for (int visual = 0; visual < header->count(); ++visual) {
            const int c = header->logicalIndex(visual);
            if (!header->isSectionHidden(c))
                cells.append(view->model()->index(row, c).data().toString());
        }
        return cells;
    }

private slots:
    void initTestCase() { m_fixture.init(); }
    void init() { QSettings().clear(); }

    void selectedRowAsShown()
    {
        MainWindow window;
        m_fixture.prepare(window);
        QTableView* view = window.browser()->view();
        window.browser()->columns()->setHiddenByUser(ImageBrowserModel::WellColumn, true);
        QHeaderView* header = view->horizontalHeader();
        header->moveSection(header->visualIndex(ImageBrowserModel::ApColumn), 1);

        const QStringList copied = lines(copier(view)->selectedRowsText());
        QCOMPARE(copied.size(), 2);
        const QStringList head = copied[0].split(u'\t');
        QCOMPARE(head.value(0), QStringLiteral("Image"));
        QCOMPARE(head.value(1), QStringLiteral("AP"));
        QVERIFY(!head.contains(QStringLiteral("Well")));
        QVERIFY(head.contains(QStringLiteral("Time")));
        const QStringList row = copied[1].split(u'\t');
        QCOMPARE(row, shownRow(view, view->currentIndex().row()));
        QVERIFY(!row.value(1).isEmpty());   // the fixture's results are on the image shown: it has an AP
        QVERIFY(row.value(0).contains(window.canvas()->imageName().section(u'_', 2, 3)));

        // Ctrl+C in the table puts the same text on the clipboard.
        QApplication::clipboard()->clear();
        // Shortcuts reach only the active window: an inactive one (activation lags under load) would leave the
        // key to QTableView, which copies the current cell alone.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->setFocus();
        QTest::keySequence(view, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), copier(view)->selectedRowsText());
    }

    void wholeTableAsListed()
    {
        MainWindow window;
        m_fixture.prepare(window);
        QTableView* view = window.browser()->view();
        QStringList copied = lines(copier(view)->tableText());
        QCOMPARE(copied.size(), view->model()->rowCount() + 1);
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QCOMPARE(copied[r + 1].split(u'\t'), shownRow(view, r));

        // Filtered: only what the browser lists.
        window.browser()->findChild<QLineEdit*>()->setText(QStringLiteral("MCF7"));
        QVERIFY(view->model()->rowCount() > 0 && view->model()->rowCount() < window.browser()->model()->rowCount());
        copied = lines(copier(view)->tableText());
        QCOMPARE(copied.size(), view->model()->rowCount() + 1);
        for (int r = 1; r < copied.size(); ++r)
            QVERIFY2(copied[r].contains(QStringLiteral("MCF7")), qPrintable(copied[r]));

        // The context menu offers both.
        std::unique_ptr<QMenu> menu(copier(view)->createMenu(&window));
        QStringList entries;
        for (QAction* a : menu->actions())
            if (a->isEnabled())
                entries.append(a->text());
        QCOMPARE(entries, (QStringList{QStringLiteral("Copy"), QStringLiteral("Copy Table")}));
        menu->actions().at(1)->trigger();
        QCOMPARE(QApplication::clipboard()->text(), copier(view)->tableText());
    }

    void cellsAndSummary()
    {
        MainWindow window;
        m_fixture.prepare(window);
        QTableView* cells = window.cellTable()->view();
        // No cell selected: nothing to copy, and the menu says so.
        window.cellTable()->setCurrentCell({});
        cells->setCurrentIndex({});
        QVERIFY(copier(cells)->selectedRowsText().isEmpty());
        std::unique_ptr<QMenu> menu(copier(cells)->createMenu(&window));
        QVERIFY(!menu->actions().at(0)->isEnabled());
        QVERIFY(menu->actions().at(1)->isEnabled());

        const CellKey cell{0, int(window.workspace()->set(0).store.annotationsOfImage(0).at(2))};
        window.cellTable()->setCurrentCell(cell);
        const QStringList copied = lines(copier(cells)->selectedRowsText());
        QCOMPARE(copied.size(), 2);
        QCOMPARE(copied[1].section(u'\t', 0, 0),
                 QString::number(window.workspace()->set(0).store.annotationId(cell.annotation)));

        QTableView* summary = window.modelReviewDock()->summaryView();
        const QStringList table = lines(copier(summary)->tableText());
        QCOMPARE(table.size(), summary->model()->rowCount() + 1);
        QCOMPARE(table[0].section(u'\t', 0, 2), QStringLiteral("Type\tAP\tAP50"));
        QCOMPARE(table.last().section(u'\t', 0, 0), QStringLiteral("All"));
    }

    void everyTableCopies()
    {
        MainWindow window;
        m_fixture.prepare(window);
        // The review progress table selects single cells: a selected cell copies its whole row.
        QTableWidget* progress = window.review()->progressTable();
        QVERIFY(copier(progress));
        QVERIFY(progress->rowCount() >= 2);
        progress->setCurrentCell(1, 2);
        const QStringList copied = lines(copier(progress)->selectedRowsText());
        QCOMPARE(copied.size(), 2);
        QCOMPARE(copied[0], QStringLiteral("Split, type\tReviewed\tFlagged\tCells"));
        QCOMPARE(copied[1], shownRow(progress, 1).join(u'\t'));
        StatisticsWindow statistics(window.workspace());
        QVERIFY(copier(statistics.table()));
        NuclearCountWindow nuclear(window.workspace());
        QVERIFY(copier(nuclear.table()));
    }
};

QTEST_MAIN(TestTableCopy)
#include "tst_tablecopy.moc"
