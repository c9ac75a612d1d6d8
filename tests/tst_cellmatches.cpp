// The Cells table's Match and IoU columns: each cell of the image shown as the model review classes it
// (TP / FN / FP / ignored) with its match's IoU, following the review's IoU and score thresholds and its
// re-evaluations, sortable with the problems first.
#include "reviewfixture.h"
#include "testutil.h"

#include "model/celltablemodel.h"
#include "model/review/predictionreview.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace curator;

class TestCellMatches : public QObject
{
    Q_OBJECT

    test::ReviewSample m_sample;

    /** Rows of @p table by their Match text. */
    static QMap<QString, int> countByMatch(const CellTableModel& table)
    {
        QMap<QString, int> counts;
        for (int r = 0; r < table.rowCount(); ++r)
            ++counts[table.index(r, CellTableModel::MatchColumn).data().toString()];
        return counts;
    }

private slots:
    void initTestCase() { m_sample.init(); }

    void matchAndIouOfEveryCell()
    {
        Workspace workspace;
        m_sample.open(workspace);
        PredictionReview review(&workspace);
        CellTableModel table(&workspace);
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setReview(review.evaluation());
        const AnnotationStore& gt = workspace.set(0).store;
        table.setImage(gt.image(0).fileName);
        QVERIFY(!table.hasMatches());
        QVERIFY(table.index(0, CellTableModel::MatchColumn).data().toString().isEmpty());

        QSignalSpy header(&table, &QAbstractItemModel::headerDataChanged);
        review.importResults(m_sample.results());
        review.waitForFinished();
        review.waitForEvaluation();
        QVERIFY(table.hasMatches());
        QVERIFY(header.count() > 0);   // the dock shows the columns on this
        QCOMPARE(table.headerData(CellTableModel::MatchColumn, Qt::Horizontal).toString(), QStringLiteral("Match"));
        // The fixture: exact copies of the first kMatched cells, kSpurious squares, the other cells missed.
        const int cells = int(gt.annotationsOfImage(0).size());
        QMap<QString, int> counts = countByMatch(table);
        QCOMPARE(counts.value(QStringLiteral("TP")), 2 * test::kMatched);   // the cell and its prediction
        QCOMPARE(counts.value(QStringLiteral("FN")), cells - test::kMatched);
        QCOMPARE(counts.value(QStringLiteral("FP")), test::kSpurious);
        const CellKey matched{0, int(gt.annotationsOfImage(0).at(0))};
        const int row = table.rowOf(matched);
        QCOMPARE(table.index(row, CellTableModel::MatchIouColumn).data(CellTableModel::SortRole).toDouble(), 1.0);
        QCOMPARE(table.index(row, CellTableModel::MatchIouColumn).data().toString(), QStringLiteral("1.000"));
        const int missedRow = table.rowOf({0, int(gt.annotationsOfImage(0).at(test::kMatched))});
        QCOMPARE(table.index(missedRow, CellTableModel::MatchColumn).data().toString(), QStringLiteral("FN"));
        QVERIFY(table.index(missedRow, CellTableModel::MatchIouColumn).data().toString().isEmpty());
        // Equal to what the review classes, cell by cell.
        using C = ReviewEvaluation::CellClass;
        for (int r = 0; r < table.rowCount(); ++r)
            QCOMPARE(table.index(r, CellTableModel::MatchColumn).data().toString(),
                     CellTableModel::matchWord(review.evaluation()->classify(table.cell(r))));

        // Sorted, the problems come first: missed, then spurious, then matched.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&table);
        proxy.setSortRole(CellTableModel::SortRole);
        proxy.sort(CellTableModel::MatchColumn);
        QCOMPARE(proxy.index(0, CellTableModel::MatchColumn).data().toString(), QStringLiteral("FN"));
        QCOMPARE(proxy.index(cells - test::kMatched, CellTableModel::MatchColumn).data().toString(), QStringLiteral("FP"));
        QCOMPARE(proxy.index(proxy.rowCount() - 1, CellTableModel::MatchColumn).data().toString(), QStringLiteral("TP"));

        // The score threshold leaves the squares (score 0.5) out of the matching: no longer spurious.
        review.evaluation()->setScoreThreshold(0.6);
        counts = countByMatch(table);
        QCOMPARE(counts.value(QStringLiteral("FP")), 0);
        QCOMPARE(counts.value(QStringLiteral("TP")), 2 * test::kMatched);
        QCOMPARE(counts.value(QString()), test::kSpurious);
        QCOMPARE(review.evaluation()->classify(table.cell(table.rowCount() - 1)), C::None);
        review.evaluation()->setScoreThreshold(0);

        // Another image: its own cells, none of which the fixture predicted.
        table.setImage(gt.image(1).fileName);
        counts = countByMatch(table);
        QCOMPARE(counts.value(QStringLiteral("FN")), int(gt.annotationsOfImage(1).size()));
    }
};

QTEST_GUILESS_MAIN(TestCellMatches)
#include "tst_cellmatches.moc"
