// Export keeps every id, key, unknown field and number spelling it did not change; edited cells get
// recomputed area and bbox; saves are atomic.
#include "model/io/cocoreader.h"
#include "model/io/cocowriter.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>


using namespace curator;
using nlohmann::json;

namespace {
std::unique_ptr<AnnotationSet> load(const QByteArray& text)
{
    QString error;
    auto set = CocoReader::readBytes(text, QStringLiteral("mem.json"), &error);
    if (!set)
        qWarning("%s", qPrintable(error));
    return set;
}

QByteArray save(const AnnotationSet& set, std::optional<CocoLayout::Shape> shape = std::nullopt)
{
    CocoWriter::Options options;
    options.annotationsShape = shape;
    QString error;
    auto bytes = CocoWriter::toBytes(set, &error, options);
    if (!bytes)
        qWarning("%s", qPrintable(error));
    return bytes.value_or(QByteArray());
}
/** The real val file, read. */
std::unique_ptr<AnnotationSet> readRealVal()
{
    QString error;
    auto set = CocoReader::readFile(test::realValJson(), &error);
    if (!set)
        qWarning("%s", qPrintable(error));
    return set;
}

/** A file in @p dir holding "previous contents", for a save to write over. */
QString previousTarget(const QTemporaryDir& dir)
{
    const QString target = dir.filePath(QStringLiteral("target.json"));
    if (!test::writeAll(target, "previous contents"))
        qWarning("cannot write %s", qPrintable(target));
    return target;
}
} // namespace

class TestCocoWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realValRoundTripIsByteIdentical();
    void listDictListRoundTrip();
    void editedPolygonGetsAreaAndBboxAndKeepsFields();
    void deletedAndAddedCells();
    void undoneEditIsByteExactAgain();
    void resultsListRoundTrip();
    void resultsMadeInTheAppInDetectron2Form();
    void atomicSaveLeavesPreviousFileOnFailure();
    void cancelledSaveLeavesTheTargetAsItWas();
    void saveOutOfMemoryLeavesTheTargetAsItWas();
};

void TestCocoWriter::realValRoundTripIsByteIdentical()
{
    const QByteArray original = test::readAll(test::realValJson());
    auto set = load(original);
    QVERIFY(set);
    const QByteArray written = save(*set);
    QCOMPARE(written.size(), original.size());
    QVERIFY(written == original);
    QCOMPARE(json::parse(written.toStdString()), json::parse(original.toStdString()));
}

void TestCocoWriter::listDictListRoundTrip()
{
    const QByteArray original = test::readAll(test::realValJson());
    auto set = load(original);
    QVERIFY(set);
    const QByteArray asDict = save(*set, CocoLayout::Shape::Dict);
    const json d = json::parse(asDict.toStdString());
    QVERIFY(d["annotations"].is_object());
    QCOMPARE(d["annotations"].size(), std::size_t(1243));
    const json first = json::parse(original.toStdString())["annotations"][0];
    QCOMPARE(d["annotations"][std::to_string(first["id"].get<qint64>())], first);

    auto reread = load(asDict);
    QVERIFY(reread);
    QCOMPARE(reread->layout.annotationsShape, CocoLayout::Shape::Dict);
    QVERIFY(save(*reread) == asDict);                          // dict read → dict written
    QVERIFY(save(*reread, CocoLayout::Shape::List) == original); // and back to the original bytes
}

void TestCocoWriter::editedPolygonGetsAreaAndBboxAndKeepsFields()
{
    const QByteArray text = R"({"images": [{"id": 1, "width": 704, "height": 520, "file_name": "a.tif"}], "annotations": [{"id": 5, "image_id": 1, "category_id": 1, "segmentation": [[1.10, 1.0, 2.5, 1.0, 2.5, 3.0]], "area": 1.5, "bbox": [1.1, 1.0, 1.4, 2.0], "iscrowd": 0, "reviewer": {"name": "x"}}, {"id": 6, "image_id": 1, "category_id": 1, "segmentation": [[10.10, 10.0, 20.5, 10.0, 20.5, 30.0]], "area": 1.0e2, "bbox": [10.10, 10, 10.4, 20], "iscrowd": 0}]})";
    auto set = load(text);
    QVERIFY(set);
    set->store.setRings(0, {{0, 0, 4, 0, 4, 3, 0, 3}});
    const QByteArray out = save(*set);
    const json j = json::parse(out.toStdString());
    const json& a = j["annotations"][0];
    QCOMPARE(a["area"].get<double>(), 12.0);
    QCOMPARE(a["bbox"], json::parse("[0.0, 0.0, 4.0, 3.0]"));
    QCOMPARE(a["segmentation"], json::parse("[[0.0, 0.0, 4.0, 0.0, 4.0, 3.0, 0.0, 3.0]]"));
    QCOMPARE(a["reviewer"]["name"], "x");
    QCOMPARE(a["iscrowd"], 0);
    // Key order kept; the unedited neighbour is copied byte for byte, number spelling included.
    QVERIFY(out.contains(R"({"id": 5, "image_id": 1, "category_id": 1, "segmentation": [[0.0, 0.0, 4.0, 0.0, 4.0, 3.0, 0.0, 3.0]], "area": 12.0, "bbox": [0.0, 0.0, 4.0, 3.0], "iscrowd": 0, "reviewer": {"name": "x"}})"));
    QVERIFY(out.contains(R"("segmentation": [[10.10, 10.0, 20.5, 10.0, 20.5, 30.0]], "area": 1.0e2, "bbox": [10.10, 10, 10.4, 20])"));
}

void TestCocoWriter::deletedAndAddedCells()
{
    auto set = load(test::readAll(test::realValJson()));
    QVERIFY(set);
    AnnotationStore& s = set->store;
    const qint64 deletedId = s.annotationId(3);
    s.setDeleted(3, true);
    const qint64 newId = s.nextFreeId();
    s.addAnnotation(newId, 0, 1, {{10, 10, 20, 10, 20, 20}});
    const json j = json::parse(save(*set).toStdString());
    QCOMPARE(j["annotations"].size(), std::size_t(1243));
    bool foundDeleted = false, foundNew = false;
    for (const json& a : j["annotations"]) {
        foundDeleted |= a["id"].get<qint64>() == deletedId;
        if (a["id"].get<qint64>() == newId) {
            foundNew = true;
            QCOMPARE(a["area"].get<double>(), 50.0);
            QCOMPARE(a["image_id"].get<qint64>(), s.image(0).id);
            QCOMPARE(a["bbox"], json::parse("[10.0, 10.0, 10.0, 10.0]"));
            QCOMPARE(a["iscrowd"], 0);
        }
    }
    QVERIFY(!foundDeleted);
    QVERIFY(foundNew);
}

void TestCocoWriter::undoneEditIsByteExactAgain()
{
    const QByteArray original = test::readAll(test::realValJson());
    auto set = load(original);
    QVERIFY(set);
    const auto before = set->store.snapshot(7);
    set->store.setRings(7, {{1, 1, 9, 1, 9, 9}});
    set->store.setDeleted(8, true);
    QVERIFY(save(*set) != original);
    set->store.restore(7, before);
    set->store.setDeleted(8, false);
    QVERIFY(save(*set) == original);
}

void TestCocoWriter::resultsListRoundTrip()
{
    const QByteArray original = test::readAll(test::referenceEvalDir() + QStringLiteral("/real_val_results.json"));
    auto set = load(original);
    QVERIFY(set);
    QVERIFY(set->layout.bareResultsList);
    const QByteArray out = save(*set);
    QCOMPARE(json::parse(out.toStdString()), json::parse(original.toStdString()));
}

void TestCocoWriter::resultsMadeInTheAppInDetectron2Form()
{
    // The model's predictions have no source text: they are written as detectron2 writes results.
    AnnotationSet set;
    set.layout.bareResultsList = true;
    set.store.appendCategory({1, QStringLiteral("cell"), QStringLiteral("cell")});
    AnnotationStore::AnnotationFields f;
    f.id = 1;
    f.imageId = 522349;
    f.categoryId = 1;
    f.area = 4;
    f.bbox = {3, 2, 2, 2};
    f.score = 0.8125;
    const std::string counts = "R1\\2O0";   // the compressed alphabet includes a backslash
    set.store.appendRle(f, 520, 704, counts);
    f.id = 2;
    f.score = std::numeric_limits<double>::quiet_NaN();
    f.bbox = {10, 20, 1, 1};
    set.store.appendRle(f, 520, 704, std::string_view("0"));
    set.store.finalize();

    const QByteArray out = save(set);
    const json parsed = json::parse(out.toStdString());
    QVERIFY(parsed.is_array());
    QCOMPARE(parsed.size(), std::size_t(2));
    const json& first = parsed[0];
    std::vector<std::string> keys;
    for (auto it = first.begin(); it != first.end(); ++it)
        keys.push_back(it.key());
    std::sort(keys.begin(), keys.end());
    QCOMPARE(keys, (std::vector<std::string>{"bbox", "category_id", "image_id", "score", "segmentation"}));
    QCOMPARE(first["image_id"].get<qint64>(), qint64(522349));
    QCOMPARE(first["category_id"].get<int>(), 1);
    QCOMPARE(first["score"].get<double>(), 0.8125);
    QCOMPARE(first["bbox"], json::parse("[3.0, 2.0, 2.0, 2.0]"));
    QCOMPARE(first["segmentation"]["size"], json::parse("[520, 704]"));
    QCOMPARE(first["segmentation"]["counts"].get<std::string>(), counts);
    QVERIFY(!parsed[1].contains("score"));   // unknown, so not made up

    // Read back, it is a results list with the same masks and scores.
    auto again = load(out);
    QVERIFY(again);
    QVERIFY(again->layout.bareResultsList);
    QCOMPARE(again->store.liveAnnotationCount(), 2);
    QCOMPARE(again->store.score(0), 0.8125);
    QCOMPARE(std::string(again->store.rle(0).counts), counts);
    QCOMPARE(again->store.annotationImageId(1), qint64(522349));
}

void TestCocoWriter::atomicSaveLeavesPreviousFileOnFailure()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.json"));
    const QString target = dir.filePath(QStringLiteral("target.json"));
    QVERIFY(QFile::copy(test::realValJson(), source));
    QVERIFY(test::writeAll(target, "previous contents"));
    QString error;
    auto set = CocoReader::readFile(source, &error);
    QVERIFY2(set, qPrintable(error));
    QVERIFY(CocoWriter::writeFile(*set, target, &error));
    QCOMPARE(test::readAll(target), test::readAll(source));

    // Saving over the loaded file itself works: the mapping keeps the old bytes alive.
    set->store.setDeleted(0, true);
    QVERIFY2(CocoWriter::writeFile(*set, source, &error), qPrintable(error));
    QVERIFY(test::readAll(source).size() < test::readAll(target).size());

    // A source that shrank on disk cannot be copied from: the save fails, the target is intact.
    auto set2 = CocoReader::readFile(target, &error);
    QVERIFY(set2);
    QVERIFY(test::writeAll(dir.filePath(QStringLiteral("other.json")), "keep me"));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(100));
    f.close();
    QVERIFY(!CocoWriter::writeFile(*set2, dir.filePath(QStringLiteral("other.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("changed on disk")), qPrintable(error));
    QCOMPARE(test::readAll(dir.filePath(QStringLiteral("other.json"))), QByteArray("keep me"));

    // Nor one rewritten in place to the same length (as Python's open(path, "w") does): before, the save
    // went ahead and copied the unedited objects' spans out of the new contents, silently.
    const QString inPlace = dir.filePath(QStringLiteral("in-place.json"));
    QVERIFY(QFile::copy(test::realValJson(), inPlace));
    auto set3 = CocoReader::readFile(inPlace, &error);
    QVERIFY2(set3, qPrintable(error));
    QByteArray rewritten = test::readAll(inPlace);
    rewritten.replace("\"iscrowd\": 0", "\"iscrowd\": 1");   // same length, other bytes
    QVERIFY(rewritten != test::readAll(inPlace));
    QTest::qWait(20);   // past the file system's clock tick, as any later write is
    QFile g(inPlace);
    QVERIFY(g.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(g.write(rewritten), rewritten.size());
    g.close();
    QVERIFY(!CocoWriter::writeFile(*set3, dir.filePath(QStringLiteral("other.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("changed on disk")), qPrintable(error));
    QCOMPARE(test::readAll(dir.filePath(QStringLiteral("other.json"))), QByteArray("keep me"));
}

void TestCocoWriter::cancelledSaveLeavesTheTargetAsItWas()
{
    QTemporaryDir dir;
    const QString target = previousTarget(dir);
    QString error;
    auto set = readRealVal();
    QVERIFY(set);
    for (const bool results : {false, true}) {
        set->layout.bareResultsList = results;
        CocoWriter::Options options;
        int calls = 0;
        options.progress = [&calls](qint64, qint64) { return ++calls < 1; };   // Cancel pressed at once
        error.clear();
        QVERIFY(!CocoWriter::writeFile(*set, target, &error, options));
        QVERIFY(calls > 0);
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QCOMPARE(test::readAll(target), QByteArray("previous contents"));
        QVERIFY(!CocoWriter::toBytes(*set, &error, options));
    }
    // Going on when asked writes the whole file.
    set->layout.bareResultsList = false;
    CocoWriter::Options options;
    options.progress = [](qint64, qint64) { return true; };
    QVERIFY2(CocoWriter::writeFile(*set, target, &error, options), qPrintable(error));
    QCOMPARE(test::readAll(target), test::readAll(test::realValJson()));
}

void TestCocoWriter::saveOutOfMemoryLeavesTheTargetAsItWas()
{
    // Before, the std::bad_alloc left the writer: the application's Save ended the application.
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    QTemporaryDir dir;
    const QString target = previousTarget(dir);
    QString error;
    auto set = readRealVal();
    QVERIFY(set);
    set->store.setDeleted(0, true);
    // Over 4 MiB of output, so that the writer's buffer has to grow past the limit below (it starts small).
    const Rings rings = set->store.rings(1);
    for (int i = 0; i < 8000; ++i)
        set->store.addAnnotation(10'000'000 + i, 0, set->store.categoryId(1), rings);
    bool written = true;
    std::optional<QByteArray> bytes;
    QString bytesError;
    {
        test::AddressSpaceLimit limit(1 << 20);   // less than the writer's output buffer grows to
        QVERIFY(limit.active());
        written = CocoWriter::writeFile(*set, target, &error);
        bytes = CocoWriter::toBytes(*set, &bytesError);
    }
    QVERIFY(!written);
    QCOMPARE(error, QStringLiteral("%1: not enough memory to write it; the previous file is unchanged").arg(target));
    QCOMPARE(test::readAll(target), QByteArray("previous contents"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("target.json")});
    QVERIFY(!bytes);
    QCOMPARE(bytesError, QStringLiteral("%1: not enough memory to write the annotations").arg(set->info.path));

    // With the memory back, the same save writes the edit.
    QVERIFY2(CocoWriter::writeFile(*set, target, &error), qPrintable(error));
    auto again = CocoReader::readFile(target, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->store.annotationCount(), set->store.annotationCount() - 1);
}

CURATOR_LIMITED_MEMORY_MAIN(TestCocoWriter)
#include "tst_cocowriter.moc"
