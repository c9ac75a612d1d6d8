// DistributionLocator: the parts of a LIVECell distribution are found and the annotation files
// classified and ordered, whether the user picks the dataset folder, its parent or a loose folder.
#include "model/distributionlocator.h"
#include "testutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace curator;

namespace {

bool touch(const QString& path)
{
    return QDir().mkpath(QFileInfo(path).absolutePath()) && test::writeAll(path, "{}");
}

QStringList labels(const DistributionLayout& layout)
{
    QStringList out;
    for (const SetInfo& s : layout.annotationSets)
        out << s.label();
    return out;
}

/** The official tree: LIVECell-wide, single-cell-type and size-split files, benchmark, models. */
QString buildOfficialTree(const QString& parent, bool zipped)
{
    const QString root = parent + QStringLiteral("/LIVECell_dataset_2021");
    const QString a = root + QStringLiteral("/annotations");
    // Written in a shuffled order: the locator, not the file system, decides the order.
    for (const char* split : {"val", "test", "train"})
        touch(a + QStringLiteral("/LIVECell/livecell_coco_%1.json").arg(QLatin1String(split)));
    for (const char* type : {"skov3", "a172", "shsy5y", "bt474", "bv2", "huh7", "mcf7", "skbr3"}) {
        for (const char* split : {"test", "train", "val"})
            touch(a + QStringLiteral("/LIVECell_single_cells/%1/%2.json").arg(QLatin1String(type), QLatin1String(split)));
    }
    for (const char* size : {"4_train50percent", "0_train2percent", "3_train25percent", "1_train4percent", "2_train5percent"})
        touch(a + QStringLiteral("/LIVECell_dataset_size_split/%1.json").arg(QLatin1String(size)));
    for (const char* name : {"A549", "A172"}) {
        for (const char* suffix : {".zip", "_counts.json", "_fluorescent_images.zip"})
            touch(root + QStringLiteral("/nuclear_count_benchmark/%1%2").arg(QLatin1String(name), QLatin1String(suffix)));
    }
    touch(root + QStringLiteral("/models/Anchor_free/ALL/config.json"));
    if (zipped)
        touch(root + QStringLiteral("/images.zip"));
    else
        touch(root + QStringLiteral("/images/livecell_test_images/A172/A172_Phase_C7_1_02d16h00m_2.tif"));
    return root;
}

QStringList expectedOfficialLabels()
{
    QStringList out{QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")};
    for (const char* type : {"A172", "BT474", "BV2", "Huh7", "MCF7", "SHSY5Y", "SkBr3", "SKOV3"}) {
        for (const char* split : {"train", "val", "test"})
            out << QStringLiteral("%1 %2").arg(QLatin1String(type), QLatin1String(split));
    }
    for (int p : {2, 4, 5, 25, 50})
        out << QStringLiteral("train %1%").arg(p);
    return out;
}

} // namespace

class TestDistributionLocator : public QObject
{
    Q_OBJECT
private slots:
    void officialLayout_data();
    void officialLayout();
    void unzippedImagesFolder();
    void realSubsetLayout();
    void looseFolder();
    void nothingFound();
    void extractedNuclearCountFolders();
};

void TestDistributionLocator::officialLayout_data()
{
    QTest::addColumn<bool>("pickParent");
    QTest::newRow("dataset folder") << false;
    QTest::newRow("its parent") << true;
}

void TestDistributionLocator::officialLayout()
{
    QFETCH(bool, pickParent);
    QTemporaryDir dir;
    const QString root = buildOfficialTree(dir.path(), true);
    QString error;
    const auto layout = DistributionLocator::locate(pickParent ? dir.path() : root, &error);
    QVERIFY2(layout, qPrintable(error));
    QCOMPARE(layout->root, QFileInfo(root).absoluteFilePath());
    QCOMPARE(layout->imagesZip, root + QStringLiteral("/images.zip"));
    QVERIFY(layout->imagesFolder.isEmpty());
    QCOMPARE(layout->imageSourcePath(), layout->imagesZip);
    QCOMPARE(labels(*layout), expectedOfficialLabels());

    const SetInfo* val = layout->find(SetKind::LivecellWide, Split::Val);
    QVERIFY(val);
    QCOMPARE(val->path, root + QStringLiteral("/annotations/LIVECell/livecell_coco_val.json"));
    const SetInfo* shsy5yTest = layout->find(SetKind::SingleCellType, Split::Test, CellType::SHSY5Y);
    QVERIFY(shsy5yTest);
    QCOMPARE(shsy5yTest->path, root + QStringLiteral("/annotations/LIVECell_single_cells/shsy5y/test.json"));
    QCOMPARE(layout->annotationSets.at(30).kind, SetKind::SizeSplit);
    QCOMPARE(layout->annotationSets.at(30).percent, 25);

    QCOMPARE(layout->nuclearCount.size(), 2);
    const NuclearCountSet& a172 = layout->nuclearCount.at(0);
    QCOMPARE(a172.name, QStringLiteral("A172"));
    const QString bench = root + QStringLiteral("/nuclear_count_benchmark/");
    QCOMPARE(a172.imagesZip, bench + QStringLiteral("A172.zip"));
    QCOMPARE(a172.countsJson, bench + QStringLiteral("A172_counts.json"));
    QCOMPARE(a172.fluorescentZip, bench + QStringLiteral("A172_fluorescent_images.zip"));
    QCOMPARE(layout->nuclearCount.at(1).name, QStringLiteral("A549"));
}

void TestDistributionLocator::unzippedImagesFolder()
{
    QTemporaryDir dir;
    const QString root = buildOfficialTree(dir.path(), false);
    QString error;
    const auto layout = DistributionLocator::locate(root, &error);
    QVERIFY2(layout, qPrintable(error));
    QVERIFY(layout->imagesZip.isEmpty());
    QCOMPARE(layout->imagesFolder, root + QStringLiteral("/images"));
    QCOMPARE(layout->annotationSets.size(), 32);
}

void TestDistributionLocator::realSubsetLayout()
{
    // The real 1 % subset: dataset/livecell_coco_val.json next to images/, no annotations/ folder.
    const QString subset = test::realDataDir() + QStringLiteral("/oasisartisan_1pct_subset");
    for (const QString& pick : {subset, subset + QStringLiteral("/dataset")}) {
        QString error;
        const auto layout = DistributionLocator::locate(pick, &error);
        QVERIFY2(layout, qPrintable(error));
        QCOMPARE(layout->imagesFolder, subset + QStringLiteral("/dataset/images"));
        QCOMPARE(layout->annotationSets.size(), 1);
        QCOMPARE(layout->annotationSets.at(0).kind, SetKind::LivecellWide);
        QCOMPARE(layout->annotationSets.at(0).split, Split::Val);
        QCOMPARE(layout->annotationSets.at(0).path, QFileInfo(test::realValJson()).absoluteFilePath());
    }
}

void TestDistributionLocator::looseFolder()
{
    QTemporaryDir dir;
    QVERIFY(touch(dir.filePath(QStringLiteral("pics/A172_Phase_C7_1_02d16h00m_2.tif"))));
    QVERIFY(touch(dir.filePath(QStringLiteral("pics/more/BV2_Phase_B4_2_02d04h00m_3.tif"))));
    QVERIFY(touch(dir.filePath(QStringLiteral("a172_train.json"))));
    QVERIFY(touch(dir.filePath(QStringLiteral("coco_instances_results.json"))));
    QVERIFY(touch(dir.filePath(QStringLiteral("livecell_coco_test.json"))));
    QString error;
    const auto layout = DistributionLocator::locate(dir.path(), &error);
    QVERIFY2(layout, qPrintable(error));
    QCOMPARE(layout->imagesFolder, QFileInfo(dir.filePath(QStringLiteral("pics"))).absoluteFilePath());
    QCOMPARE(layout->annotationSets.size(), 3);
    QCOMPARE(layout->annotationSets.at(0).split, Split::Test);
    QCOMPARE(layout->annotationSets.at(1).cellType, CellType::A172);
    QCOMPARE(layout->annotationSets.at(2).kind, SetKind::Results);
    QVERIFY(layout->nuclearCount.isEmpty());
}

void TestDistributionLocator::nothingFound()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!DistributionLocator::locate(dir.path(), &error));
    QVERIFY2(error.contains(dir.path()), qPrintable(error));
    const QString file = dir.filePath(QStringLiteral("file.txt"));
    QVERIFY(test::writeAll(file, "x"));
    QVERIFY(!DistributionLocator::locate(file, &error));
    QVERIFY2(error.contains(file), qPrintable(error));
}

void TestDistributionLocator::extractedNuclearCountFolders()
{
    // The benchmark's zips extracted in place: A549/ and A549_fluorescent_images/ folders.
    QTemporaryDir dir;
    const QString bench = dir.path() + QStringLiteral("/nuclear_count_benchmark/");
    touch(bench + QStringLiteral("A549_counts.json"));
    touch(bench + QStringLiteral("A549/A549_Phase_C5_1_00d00h00m_1.tif"));
    touch(bench + QStringLiteral("A549_fluorescent_images/A549_Phase_C5_1_00d00h00m_1.tif"));
    touch(bench + QStringLiteral("A172_counts.json"));
    touch(bench + QStringLiteral("A172.zip"));
    touch(bench + QStringLiteral("A172/stray.txt"));   // a zip beside its folder wins
    QString error;
    const auto layout = DistributionLocator::locate(dir.path(), &error);
    QVERIFY2(layout, qPrintable(error));
    QCOMPARE(layout->nuclearCount.size(), 2);
    const NuclearCountSet& a172 = layout->nuclearCount.at(0);
    QCOMPARE(a172.imagesZip, bench + QStringLiteral("A172.zip"));
    const NuclearCountSet& a549 = layout->nuclearCount.at(1);
    QCOMPARE(a549.name, QStringLiteral("A549"));
    QCOMPARE(a549.imagesZip, bench + QStringLiteral("A549"));
    QCOMPARE(a549.fluorescentZip, bench + QStringLiteral("A549_fluorescent_images"));
    QCOMPARE(a549.countsJson, bench + QStringLiteral("A549_counts.json"));
}

QTEST_GUILESS_MAIN(TestDistributionLocator)
#include "tst_distributionlocator.moc"
