// The cell table lists every cell drawn on the current image, from every set that annotates it.
#include "viewerworkspace.h"

#include "model/celltablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace curator;
using namespace curator::test;

class TestCellTableModel : public QObject
{
    Q_OBJECT

private slots:
    void listsTheCellsOfOneImage()
    {
        Workspace workspace;
        fillWorkspace(workspace);
        CellTableModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setImage(kC7T0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, CellTableModel::AreaColumn).data(CellTableModel::SortRole).toDouble(), 900.0);
        QCOMPARE(model.index(1, CellTableModel::VerticesColumn).data().toString(), QStringLiteral("4"));
        QCOMPARE(model.index(1, CellTableModel::BBoxColumn).data().toString(), QStringLiteral("100,100 30×30"));
        QCOMPARE(model.index(1, CellTableModel::SetColumn).data().toString(), QStringLiteral("val"));
        QVERIFY(!model.index(1, CellTableModel::ScoreColumn).data().isValid());
        const CellKey cell = model.cell(1);
        QCOMPARE(workspace.set(cell.set).store.annotationId(cell.annotation),
                 model.index(1, CellTableModel::IdColumn).data(CellTableModel::SortRole).toLongLong());
        QCOMPARE(model.rowOf(cell), 1);
        model.setImage(kSkov3);
        QCOMPARE(model.rowCount(), 0);
    }

    void collectsEverySetThatAnnotatesTheImage()
    {
        Workspace workspace;
        fillWorkspace(workspace);
        workspace.addSet(makeSet(QStringLiteral("livecell_coco_test.json"), {{kC7T0, {{5, 5, 8}}}}, 5000));
        CellTableModel model(&workspace);
        model.setImage(kC7T0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.cell(3).set, 2);
        QCOMPARE(model.index(3, CellTableModel::SetColumn).data().toString(), QStringLiteral("test"));
        const QString tip = model.index(3, CellTableModel::SetColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("test (")) && tip.contains(QStringLiteral("livecell_coco_test.json")),
                 qPrintable(tip));
    }

    void refreshesWhenItsImageChanges()
    {
        Workspace workspace;
        fillWorkspace(workspace);
        CellTableModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setImage(kC7T0);
        AnnotationStore& store = workspace.mutableSet(0).store;
        store.setRings(model.cell(0).annotation, {{10, 10, 20, 10, 20, 20}});
        workspace.notifyAnnotationsChanged(0, 0);
        QCOMPARE(model.index(0, CellTableModel::VerticesColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(0, CellTableModel::FlagsColumn).data().toString(), QStringLiteral("edited"));
        store.setDeleted(model.cell(0).annotation, true);
        workspace.notifyAnnotationsChanged(0, 1);      // another image: nothing to do
        QCOMPARE(model.rowCount(), 3);
        workspace.notifyAnnotationsChanged(0, 0);
        QCOMPARE(model.rowCount(), 2);
        workspace.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsNumericallyThroughAProxy()
    {
        Workspace workspace;
        fillWorkspace(workspace);
        CellTableModel model(&workspace);
        model.setImage(kC7T0);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CellTableModel::SortRole);
        proxy.sort(CellTableModel::AreaColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, CellTableModel::AreaColumn).data(CellTableModel::SortRole).toDouble(), 900.0);
        QCOMPARE(proxy.index(2, CellTableModel::AreaColumn).data(CellTableModel::SortRole).toDouble(), 100.0);
    }
};

QTEST_MAIN(TestCellTableModel)
#include "tst_celltablemodel.moc"
