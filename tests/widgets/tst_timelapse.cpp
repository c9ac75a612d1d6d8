// Previous/next time point stays in one well, position and crop, across sets.
#include "viewerworkspace.h"

#include "model/imagebrowsermodel.h"
#include "model/timelapse.h"

#include <QTest>

using namespace curator;
using namespace curator::test;

class TestTimeLapse : public QObject
{
    Q_OBJECT

private slots:
    void stepsThroughASeriesAcrossSets()
    {
        Workspace workspace;
        fillWorkspace(workspace);
        ImageBrowserModel model(&workspace);
        TimeLapse lapse;
        lapse.rebuild(model);
        const int t0 = model.rowOfFile(kC7T0), t4 = model.rowOfFile(kC7T4), t8 = model.rowOfFile(kC7T8);
        QCOMPARE(lapse.neighbour(t0, TimeLapse::Next), t4);
        QCOMPARE(lapse.neighbour(t4, TimeLapse::Next), t8);     // val → train
        QCOMPARE(lapse.neighbour(t8, TimeLapse::Next), -1);
        QCOMPARE(lapse.neighbour(t8, TimeLapse::Previous), t4);
        QCOMPARE(lapse.neighbour(t0, TimeLapse::Previous), -1);
        QCOMPARE(lapse.timePoints(t4), (std::vector<int>{0, 240, 480}));
        QCOMPARE(lapse.seriesWithSeveralTimePoints(), 1);
    }

    void singleImagesAndUnparsedNamesHaveNoNeighbours()
    {
        Workspace workspace;
        fillWorkspace(workspace);
        workspace.addSet(makeSet(QStringLiteral("other.json"), {{QStringLiteral("not-a-livecell-name.tif"), {}}}));
        ImageBrowserModel model(&workspace);
        TimeLapse lapse;
        lapse.rebuild(model);
        QCOMPARE(lapse.neighbour(model.rowOfFile(kBt474), TimeLapse::Next), -1);
        QCOMPARE(lapse.neighbour(model.rowOfFile(QStringLiteral("not-a-livecell-name.tif")), TimeLapse::Next), -1);
        QCOMPARE(lapse.neighbour(-1, TimeLapse::Next), -1);
        QVERIFY(lapse.timePoints(model.rowOfFile(kSkov3)).size() == 1);
    }

    void prefersTheSameSetAtATimePoint()
    {
        // The 4 h image is in both sets (as 30 LIVECell files are in train and val).
        Workspace workspace;
        workspace.addSet(makeSet(QStringLiteral("livecell_coco_train.json"), {{kC7T0, {}}, {kC7T4, {}}}, 1));
        workspace.addSet(makeSet(QStringLiteral("livecell_coco_val.json"), {{kC7T4, {}}, {kC7T8, {}}}, 100));
        ImageBrowserModel model(&workspace);
        TimeLapse lapse;
        lapse.rebuild(model);
        QCOMPARE(lapse.neighbour(model.rowOf({0, 0}), TimeLapse::Next), model.rowOf({0, 1}));
        QCOMPARE(lapse.neighbour(model.rowOf({1, 1}), TimeLapse::Previous), model.rowOf({1, 0}));
        QCOMPARE(lapse.neighbour(model.rowOf({1, 0}), TimeLapse::Previous), model.rowOf({0, 0}));
    }
};

QTEST_MAIN(TestTimeLapse)
#include "tst_timelapse.moc"
