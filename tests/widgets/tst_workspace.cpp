// The workspace decides what a path means, loads in the background with progress and cancel,
// and tells views which image changed.
#include "testutil.h"
#include "viewerworkspace.h"

#include "model/io/imagesource.h"
#include "widgets/sampledataset.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace curator;
using namespace curator::test;

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void plansADistributionFolder()
    {
        const QString sample = SampleDataset::location();
        QVERIFY(!sample.isEmpty());
        const Workspace::LoadPlan plan = Workspace::planLoad({sample});
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(QFileInfo(plan.imageSource).fileName(), QStringLiteral("images.zip"));
        QCOMPARE(plan.annotationFiles.size(), 1);
        QVERIFY(plan.annotationFiles.first().endsWith(QStringLiteral("annotations/LIVECell/livecell_coco_val.json")));
    }

    void findsTheImagesOfASingleJson()
    {
        const QString sample = SampleDataset::location();
        const Workspace::LoadPlan plan =
            Workspace::planLoad({sample + QStringLiteral("/annotations/LIVECell/livecell_coco_val.json")});
        QCOMPARE(QFileInfo(plan.imageSource).fileName(), QStringLiteral("images.zip"));
    }

    void pairsAnImagesZipWithAnnotationFiles()
    {
        const QString sample = SampleDataset::location();
        const QString zip = sample + QStringLiteral("/images.zip");
        const QString json = sample + QStringLiteral("/annotations/LIVECell/livecell_coco_val.json");
        const Workspace::LoadPlan plan = Workspace::planLoad({json, zip});
        QVERIFY(plan.error.isEmpty());
        QCOMPARE(plan.imageSource, zip);
        QCOMPARE(plan.annotationFiles, QStringList{json});
    }

    void refusesWhatItCannotOpen()
    {
        QTemporaryDir dir;
        QVERIFY(Workspace::planLoad({dir.filePath(QStringLiteral("missing.json"))}).error.contains(QStringLiteral("missing.json")));
        writeAll(dir.filePath(QStringLiteral("notes.txt")), "x");
        QVERIFY(!Workspace::planLoad({dir.filePath(QStringLiteral("notes.txt"))}).error.isEmpty());
    }

    void loadsInTheBackgroundWithProgress()
    {
        Workspace workspace;
        QSignalSpy aboutToReset(&workspace, &Workspace::aboutToReset);
        QSignalSpy progress(&workspace, &Workspace::loadingProgress);
        QSignalSpy finished(&workspace, &Workspace::loadingFinished);
        workspace.open({SampleDataset::location()});
        QVERIFY(workspace.isLoading() || finished.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(aboutToReset.count(), 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(workspace.setCount(), 1);
        QCOMPARE(workspace.set(0).info.split, Split::Val);
        QCOMPARE(workspace.imageSource()->count(), 14);
        QCOMPARE(workspace.unannotatedImages().size(), 9);
        QString error;
        const QImage image = workspace.loadImage(QStringLiteral("MCF7_Phase_G4_2_02d16h00m_1.tif"), &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.format(), QImage::Format_Grayscale8);
        QCOMPARE(workspace.layersFor(QStringLiteral("MCF7_Phase_G4_2_02d16h00m_1.tif")).front().annotations->size(), 711u);
    }

    void cancellingKeepsWhatWasOpen()
    {
        Workspace workspace;
        fillWorkspace(workspace);
        QSignalSpy finished(&workspace, &Workspace::loadingFinished);
        workspace.open({SampleDataset::location()});
        workspace.cancelLoading();
        workspace.waitForLoaded();
        QTRY_COMPARE(finished.count(), 1);
        // Either the cancel arrived in time or the small sample had already loaded.
        if (!finished.first().at(0).toBool()) {
            QCOMPARE(workspace.setCount(), 2);
            QCOMPARE(finished.first().at(1).toString(), Workspace::cancelledMessage());   // no error box for it
        } else {
            QCOMPARE(workspace.setCount(), 1);
        }
    }

    void matchesResultsListsThroughImageIds()
    {
        Workspace workspace;
        fillWorkspace(workspace);
        // A detectron2-style results list: no images, annotations name image ids of the val set.
        auto results = std::make_unique<AnnotationSet>();
        results->info = SetInfo::classify(QStringLiteral("coco_instances_results.json"));
        const qint64 imageId = workspace.set(0).store.image(0).id;
        const std::vector<double> xy{1, 1, 9, 1, 9, 9};
        const quint32 n = 6;
        AnnotationStore::AnnotationFields f;
        f.id = 77;
        f.imageId = imageId;
        f.score = 0.9;
        results->store.appendPolygon(f, xy, std::span<const quint32>(&n, 1));
        results->store.finalize();
        workspace.addSet(std::move(results));
        const auto layers = workspace.layersFor(kC7T0);
        QCOMPARE(layers.size(), 2u);
        QCOMPARE(layers[1].set, 2);
        QCOMPARE(layers[1].image, -1);
        QCOMPARE(layers[1].annotations->size(), 1u);
        QVERIFY(workspace.layersFor(kC7T4).size() == 1);
    }

    void reportsWhichImageChanged()
    {
        Workspace workspace;
        fillWorkspace(workspace);
        QSignalSpy changed(&workspace, &Workspace::annotationsChanged);
        workspace.notifyAnnotationsChanged(1, 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toInt(), 1);
        QCOMPARE(workspace.fileName({1, 0}), kC7T8);
        QCOMPARE(workspace.fileName({-1, 0}), kSkov3);
        QVERIFY(workspace.fileName({4, 0}).isEmpty());
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
