// The image browser lists every image of every set, plus the images no set annotates, with
// formatted text for people and raw values for sorting.
#include "viewerworkspace.h"

#include "model/imagebrowsermodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace curator;
using namespace curator::test;

class TestImageBrowserModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTesterThroughResets()
    {
        Workspace workspace;
        ImageBrowserModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fillWorkspace(workspace);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(ImageBrowserModel::ColumnCount));
        workspace.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void showsOneRowPerSetImageThenUnannotatedImages()
    {
        Workspace workspace;
        fillWorkspace(workspace);
        ImageBrowserModel model(&workspace);
        QCOMPARE(model.rowCount(), 6);
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, ImageBrowserModel::NameColumn), kC7T0);
        QCOMPARE(text(0, ImageBrowserModel::CellTypeColumn), QStringLiteral("A172"));
        QCOMPARE(text(0, ImageBrowserModel::SetColumn), QStringLiteral("val"));
        QCOMPARE(text(0, ImageBrowserModel::WellColumn), QStringLiteral("C7"));
        QCOMPARE(text(0, ImageBrowserModel::TimeColumn), QStringLiteral("0d 00h"));
        QCOMPARE(text(0, ImageBrowserModel::CellsColumn), QStringLiteral("3"));
        QCOMPARE(text(3, ImageBrowserModel::SetColumn), QStringLiteral("train"));
        // The Set column's tooltip names the set as the Cells dock's does: label and file.
        QCOMPARE(model.index(0, ImageBrowserModel::SetColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("val (%1)").arg(QDir::toNativeSeparators(QStringLiteral("annotations/LIVECell/livecell_coco_val.json"))));
        QVERIFY(!model.index(5, ImageBrowserModel::SetColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(text(3, ImageBrowserModel::TimeColumn), QStringLiteral("0d 08h"));
        QCOMPARE(text(5, ImageBrowserModel::NameColumn), kSkov3);
        QCOMPARE(model.index(5, 0).data(ImageBrowserModel::SetIndexRole).toInt(), -1);
        QVERIFY(text(5, ImageBrowserModel::CellsColumn).isEmpty());
        QCOMPARE(text(5, ImageBrowserModel::TimeColumn), QStringLiteral("1d 12h"));
    }

    void sortRoleCarriesRawValues()
    {
        Workspace workspace;
        fillWorkspace(workspace);
        ImageBrowserModel model(&workspace);
        auto sortValue = [&](int row, int column) { return model.index(row, column).data(ImageBrowserModel::SortRole); };
        QCOMPARE(sortValue(0, ImageBrowserModel::CellsColumn).toInt(), 3);
        QCOMPARE(sortValue(3, ImageBrowserModel::TimeColumn).toInt(), 8 * 60);
        QCOMPARE(sortValue(5, ImageBrowserModel::TimeColumn).toInt(), 36 * 60);
        // Plate order: A10 sorts before C7 (row letter first), not by string.
        QVERIFY(sortValue(4, ImageBrowserModel::WellColumn).toInt() < sortValue(0, ImageBrowserModel::WellColumn).toInt());
        QCOMPARE(model.index(1, 0).data(ImageBrowserModel::SeriesKeyRole).toString(),
                 model.index(3, 0).data(ImageBrowserModel::SeriesKeyRole).toString());
    }

    void findsRowsByKeyAndFileName()
    {
        Workspace workspace;
        fillWorkspace(workspace);
        ImageBrowserModel model(&workspace);
        QCOMPARE(model.rowOf({1, 1}), 4);
        QCOMPARE(model.rowOf({-1, 0}), 5);
        QCOMPARE(model.rowOf({7, 0}), -1);
        QCOMPARE(model.rowOfFile(kC7T8), 3);
        QCOMPARE(model.rowOfFile(kSkov3), 5);
        QCOMPARE(model.rowOfFile(QStringLiteral("nothing.tif")), -1);
    }

    void updatesTheCellCountWhenAnnotationsChange()
    {
        Workspace workspace;
        fillWorkspace(workspace);
        ImageBrowserModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        AnnotationStore& store = workspace.mutableSet(0).store;
        store.setDeleted(int(store.annotationsOfImage(0).front()), true);
        workspace.notifyAnnotationsChanged(0, 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, ImageBrowserModel::CellsColumn).data().toString(), QStringLiteral("2"));
    }

    void handlesFiveThousandRows()
    {
        std::vector<FixtureImage> images;
        for (int i = 0; i < 5000; ++i)
            images.push_back({QStringLiteral("MCF7_Phase_B%1_%2_%3d%4h00m_1.tif")
                                  .arg(i % 12 + 1).arg(i % 4 + 1).arg(i / 96 % 7, 2, 10, QLatin1Char('0'))
                                  .arg(i % 6 * 4, 2, 10, QLatin1Char('0')),
                              {}});
        Workspace workspace;
        ImageBrowserModel model(&workspace);
        workspace.addSet(makeSet(QStringLiteral("livecell_coco_train.json"), images));
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(model.index(4999, ImageBrowserModel::CellTypeColumn).data().toString(), QStringLiteral("MCF7"));
    }
};

QTEST_MAIN(TestImageBrowserModel)
#include "tst_imagebrowsermodel.moc"
