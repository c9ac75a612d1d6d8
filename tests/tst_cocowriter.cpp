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
    void atomicSaveLeavesPreviousFileOnFailure();
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
}

QTEST_GUILESS_MAIN(TestCocoWriter)
#include "tst_cocowriter.moc"
