// The streaming COCO reader against real LIVECell JSON, its dict-shaped mirror, truncations and
// semantic problems, checked value by value against an independent parser (nlohmann::json).
#include "model/io/cocoreader.h"
#include "testutil.h"

#include <QtTest>
#include <nlohmann/json.hpp>

using namespace curator;
using nlohmann::json;

namespace {
std::unique_ptr<AnnotationSet> readText(const QByteArray& text, QString* error = nullptr)
{
    QString e;
    auto set = CocoReader::readBytes(text, QStringLiteral("test.json"), &e);
    if (error)
        *error = e;
    return set;
}

bool hasCode(const AnnotationSet& set, Diagnostic::Code code)
{
    for (const Diagnostic& d : set.diagnostics)
        if (d.code == code)
            return true;
    return false;
}

QByteArray pythonDump(const json& j)
{
    // Python json.dump separators: ", " and ": ".
    std::string s = j.dump();
    std::string out;
    bool inString = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        out.push_back(c);
        if (c == '"' && (i == 0 || s[i - 1] != '\\'))
            inString = !inString;
        if (!inString && (c == ',' || c == ':'))
            out.push_back(' ');
    }
    return QByteArray::fromStdString(out);
}
} // namespace

class TestCocoReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realValMatchesIndependentParser();
    void dictShapedMirror();
    void truncationAtManyOffsets();
    void syntaxErrorReportsOffsetLineColumn_data();
    void syntaxErrorReportsOffsetLineColumn();
    void semanticProblemsAreDiagnostics();
    void rleAndResultsList();
    void derivedCopyWithCategoryZeroAndNoInfo();
    void cancelStopsLoading();
    void twoThreadParseEqualsSingle();
    void twoThreadParseSurvivesMisleadingText();
    void outOfMemoryGivesMessage_data();
    void outOfMemoryGivesMessage();
    void setKindFromPath_data();
    void setKindFromPath();
};

void TestCocoReader::realValMatchesIndependentParser()
{
    QString error;
    auto set = CocoReader::readFile(test::realValJson(), &error);
    QVERIFY2(set, qPrintable(error));
    const json ref = json::parse(test::readAll(test::realValJson()).toStdString());
    const AnnotationStore& s = set->store;
    QCOMPARE(s.imageCount(), 5);
    QCOMPARE(s.annotationCount(), 1243);
    QCOMPARE(s.liveAnnotationCount(), 1243);
    QCOMPARE(int(ref["annotations"].size()), 1243);
    QCOMPARE(set->layout.annotationsShape, CocoLayout::Shape::List);
    QCOMPARE(s.categories().size(), 1);
    QCOMPARE(s.categories()[0].name, QStringLiteral("cell"));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(s.image(i).id, ref["images"][std::size_t(i)]["id"].get<qint64>());
        QCOMPARE(s.image(i).fileName, QString::fromStdString(ref["images"][std::size_t(i)]["file_name"]));
        QCOMPARE(s.image(i).width, 704);
        QVERIFY(s.image(i).name.valid);
    }
    int total = 0;
    for (int a = 0; a < s.annotationCount(); ++a) {
        const json& r = ref["annotations"][std::size_t(a)];
        QCOMPARE(s.annotationId(a), r["id"].get<qint64>());
        QCOMPARE(s.annotationImageId(a), r["image_id"].get<qint64>());
        QCOMPARE(s.area(a), r["area"].get<double>());
        for (std::size_t k = 0; k < 4; ++k)
            QCOMPARE(s.bbox(a)[k], r["bbox"][k].get<double>());
        QCOMPARE(s.ringCount(a), int(r["segmentation"].size()));
        const auto ring = s.ring(a, 0);
        QCOMPARE(ring.size(), r["segmentation"][0].size());
        for (std::size_t k = 0; k < ring.size(); ++k) {
            if (ring[k] != r["segmentation"][0][k].get<double>())
                QFAIL(qPrintable(QStringLiteral("annotation %1 coordinate %2 differs").arg(a).arg(k)));
        }
        QVERIFY(s.annotationImage(a) >= 0);
        total += 1;
    }
    int perImage = 0;
    for (int i = 0; i < 5; ++i)
        perImage += s.liveAnnotationCountOfImage(i);
    QCOMPARE(perImage, total);
    QCOMPARE(s.annotationIndex(s.annotationId(100)), 100);
}

void TestCocoReader::dictShapedMirror()
{
    json doc = json::parse(test::readAll(test::realValJson()).toStdString());
    json anns = json::object();
    for (const json& a : doc["annotations"])
        anns[std::to_string(a["id"].get<qint64>())] = a;
    doc["annotations"] = anns;
    QString error;
    auto set = readText(pythonDump(doc), &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->layout.annotationsShape, CocoLayout::Shape::Dict);
    QCOMPARE(set->store.annotationCount(), 1243);
    QCOMPARE(set->store.liveAnnotationCount(), 1243);
    QVERIFY(!set->store.dictKeySpan(0).isEmpty());
}

void TestCocoReader::truncationAtManyOffsets()
{
    const QByteArray full = test::readAll(test::realValJson());
    QVERIFY(full.size() > 100000);
    for (int i = 1; i <= 150; ++i) {
        const qsizetype cut = full.size() * i / 151;
        QString error;
        auto set = readText(full.left(cut), &error);
        QVERIFY2(!set, qPrintable(QStringLiteral("prefix of %1 bytes was accepted").arg(cut)));
        QVERIFY2(error.contains(QStringLiteral("test.json")) && error.contains(QStringLiteral("byte"))
                     && error.contains(QStringLiteral("line")),
                 qPrintable(error));
    }
}

void TestCocoReader::syntaxErrorReportsOffsetLineColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    QTest::newRow("missing comma") << QByteArray("{\"images\": [{\"id\": 1}\n {\"id\": 2}]}")
                                   << QStringLiteral("byte 23 (line 2, column 2)");
    QTest::newRow("bad literal") << QByteArray("{\"info\": nul}") << QStringLiteral("byte 9 (line 1, column 10)");
    QTest::newRow("trailing comma") << QByteArray("{\"info\": [1,]}") << QStringLiteral("byte 12");
    QTest::newRow("garbage after") << QByteArray("{} x") << QStringLiteral("byte 3");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("byte 0");
    QTest::newRow("deep nesting") << (QByteArray("{\"info\": ") + QByteArray(100000, '[')) << QStringLiteral("deeper than 512");
    QTest::newRow("control char") << QByteArray("{\"a\": \"x\ty\"}") << QStringLiteral("byte 8");
}

void TestCocoReader::syntaxErrorReportsOffsetLineColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    QString error;
    QVERIFY(!readText(text, &error));
    QVERIFY2(error.contains(where), qPrintable(error));
}

void TestCocoReader::semanticProblemsAreDiagnostics()
{
    const QByteArray text = R"({"images": [
        {"id": 1, "width": 704, "height": 520, "file_name": "A172_Phase_C7_1_02d16h00m_2.tif"},
        {"id": 2, "width": 704, "height": 520, "file_name": "A172_Phase_C7_1_02d16h00m_2.tif"},
        {"id": 2, "width": 704, "height": 520, "file_name": "other.tif"}],
      "annotations": [
        {"id": 10, "image_id": 1, "category_id": 1, "segmentation": [[1, 1, 5, 1, 5, 5]], "area": 8, "bbox": [1, 1, 4, 4], "iscrowd": 0},
        {"id": 10, "image_id": 1, "category_id": 1, "segmentation": [[1, 1, 5, 1, 5, 5]], "area": 8, "bbox": [1, 1, 4, 4], "iscrowd": 0},
        {"id": 11, "image_id": 99, "category_id": 1, "segmentation": [[1, 1, 5, 1, 5, 5]]},
        {"id": 12, "image_id": 1, "category_id": 1, "segmentation": [[1, 1, 1, 1, 5, 5, 5, 5]]},
        {"id": 13, "image_id": 1, "category_id": 1, "segmentation": [[1, 1, 5, 1, 5]]},
        {"id": 14, "image_id": 1, "category_id": 1, "segmentation": [[1, 1e400, 5, 1, 5, 5]]},
        {"id": "15", "image_id": 1, "category_id": 1, "segmentation": [[1, 1, 5, 1, 5, 5]]},
        {"id": 16, "image_id": 1, "category_id": 1, "segmentation": [[1, 1, 5, 1, 5, 5]], "bbox": "wide"}
      ]})";
    QString error;
    auto set = readText(text, &error);
    QVERIFY2(set, qPrintable(error));
    QVERIFY(hasCode(*set, Diagnostic::Code::DuplicateAnnotationId));
    QVERIFY(hasCode(*set, Diagnostic::Code::DuplicateImageId));
    QVERIFY(hasCode(*set, Diagnostic::Code::DuplicateFileName));
    QVERIFY(hasCode(*set, Diagnostic::Code::UnknownImageId));
    QVERIFY(hasCode(*set, Diagnostic::Code::DegenerateRing));
    QVERIFY(hasCode(*set, Diagnostic::Code::OddCoordinateCount));
    QVERIFY(hasCode(*set, Diagnostic::Code::NonFiniteCoordinate));
    QVERIFY(hasCode(*set, Diagnostic::Code::InvalidField));
    QCOMPARE(set->store.annotationCount(), 8);
    // The non-finite one and the one with a string id are kept (for export) but not live.
    QCOMPARE(set->store.liveAnnotationCount(), 6);
    for (const Diagnostic& d : set->diagnostics)
        QVERIFY2(!d.message.isEmpty(), "every diagnostic explains itself");
}

void TestCocoReader::rleAndResultsList()
{
    const QByteArray text = R"([
        {"image_id": 7, "category_id": 1, "score": 0.5, "segmentation": {"size": [4, 5], "counts": "52203"}},
        {"image_id": 7, "category_id": 1, "score": 0.25, "mask_score": 0.75, "segmentation": {"size": [4, 5], "counts": [3, 2, 15]}},
        {"image_id": 7, "category_id": 1, "score": 0.1, "segmentation": {"size": [4, 5], "counts": "a\\b"}}
      ])";
    QString error;
    auto set = readText(text, &error);
    QVERIFY2(set, qPrintable(error));
    const AnnotationStore& s = set->store;
    QVERIFY(set->layout.bareResultsList);
    QCOMPARE(set->info.kind, SetKind::Results);
    QCOMPARE(s.annotationCount(), 3);
    QCOMPARE(s.annotationId(0), 1); // numbered like pycocotools' loadRes
    QCOMPARE(s.segmentationKind(0), SegmentationKind::RleCompressed);
    QCOMPARE(QByteArray(s.rle(0).counts.data(), qsizetype(s.rle(0).counts.size())), QByteArray("52203"));
    QCOMPARE(s.rle(0).height, 4);
    QCOMPARE(s.rle(0).width, 5);
    QCOMPARE(s.score(0), 0.5);
    QCOMPARE(s.score(1), 0.75); // mask_score replaces score
    QCOMPARE(s.segmentationKind(1), SegmentationKind::RleUncompressed);
    QCOMPARE(std::vector<quint32>(s.rle(1).runs.begin(), s.rle(1).runs.end()), (std::vector<quint32>{3, 2, 15}));
    QCOMPARE(QByteArray(s.rle(2).counts.data(), qsizetype(s.rle(2).counts.size())), QByteArray("a\\b"));
}

void TestCocoReader::derivedCopyWithCategoryZeroAndNoInfo()
{
    const QByteArray text = R"({"categories": [{"id": 0, "name": "a172"}, {"id": 1, "name": "bt474"}],
        "annotations": [{"id": 0, "image_id": 0, "category_id": 0, "segmentation": [[0, 0, 4, 0, 4, 4]], "area": 8.0, "bbox": [0, 0, 4, 4], "iscrowd": false}],
        "images": [{"id": 0, "width": 704, "height": 520, "file_name": "a172_phase_c7_1_02d16h00m_2.tif"}]})";
    QString error;
    auto set = readText(text, &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->store.categories().size(), 2);
    QCOMPARE(set->store.categoryId(0), 0);
    QCOMPARE(set->store.annotationImage(0), 0); // annotations before images still resolve
    QCOMPARE(set->store.image(0).name.cellType, CellType::A172);
    QVERIFY(set->diagnostics.isEmpty());
}

void TestCocoReader::cancelStopsLoading()
{
    CocoReader::Options options;
    int calls = 0;
    options.progress = [&calls](qint64, qint64) { return ++calls < 1; };
    QString error;
    auto set = CocoReader::readFile(test::realValJson(), &error, options);
    QVERIFY(!set);
    QVERIFY2(error.contains(QStringLiteral("cancel")), qPrintable(error));
}

namespace {
void compareStores(const AnnotationStore& a, const AnnotationStore& b)
{
    QCOMPARE(a.annotationCount(), b.annotationCount());
    QCOMPARE(a.liveAnnotationCount(), b.liveAnnotationCount());
    for (int i = 0; i < a.annotationCount(); ++i) {
        QCOMPARE(a.annotationId(i), b.annotationId(i));
        QCOMPARE(a.annotationImage(i), b.annotationImage(i));
        QCOMPARE(a.rawSpan(i).offset, b.rawSpan(i).offset);
        QCOMPARE(a.rings(i), b.rings(i));
        QCOMPARE(a.bbox(i), b.bbox(i));
    }
}
} // namespace

void TestCocoReader::twoThreadParseEqualsSingle()
{
    const QByteArray text = test::readAll(test::realValJson());
    CocoReader::Options parallel;
    parallel.parallelMinBytes = 0;
    QString error;
    auto one = CocoReader::readBytes(text, QStringLiteral("a.json"), &error);
    auto two = CocoReader::readBytes(text, QStringLiteral("a.json"), &error, parallel);
    QVERIFY(one && two);
    compareStores(one->store, two->store);
    QCOMPARE(two->store.annotationIndex(one->store.annotationId(1000)), 1000);
    // Truncated files fail the same way whichever thread meets the end.
    for (int i = 60; i <= 100; i += 4) {
        QString e1, e2;
        const QByteArray cut = text.left(text.size() * i / 101);
        QVERIFY(!CocoReader::readBytes(cut, QStringLiteral("a.json"), &e1));
        QVERIFY(!CocoReader::readBytes(cut, QStringLiteral("a.json"), &e2, parallel));
        QCOMPARE(e2, e1);
    }
}

void TestCocoReader::twoThreadParseSurvivesMisleadingText()
{
    // Strings that look like element boundaries everywhere: the speculative split must notice.
    QByteArray text = R"({"images": [{"id": 1, "width": 9, "height": 9, "file_name": "a.tif"}], "annotations": [)";
    for (int i = 0; i < 400; ++i) {
        if (i)
            text += ", ";
        text += QStringLiteral(R"({"id": %1, "image_id": 1, "note": "}, {\"id\": 5}, {}, {", "segmentation": [[1, 1, 5, 1, 5, 5]], "x": [{"a": 1}, {"b": [{}, {}]}]})")
                    .arg(i + 10).toUtf8();
    }
    text += "]}";
    CocoReader::Options parallel;
    parallel.parallelMinBytes = 0;
    QString e1, e2;
    auto one = CocoReader::readBytes(text, QStringLiteral("a.json"), &e1);
    auto two = CocoReader::readBytes(text, QStringLiteral("a.json"), &e2, parallel);
    QVERIFY2(one && two, qPrintable(e1 + e2));
    compareStores(one->store, two->store);
    QCOMPARE(two->store.annotationCount(), 400);
}

void TestCocoReader::outOfMemoryGivesMessage_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("one thread") << 1;
    QTest::newRow("two threads, the second short of memory") << 2;
}

void TestCocoReader::outOfMemoryGivesMessage()
{
    // A split larger than the memory left (the full train file on a small machine) must give a
    // message, not end the application; on two threads, so must the second thread's failure.
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    QFETCH(int, threads);
    // 20,000 cells of 200 vertices: 54 MB of text, 4 million coordinates.
    QByteArray ring = "[[";
    for (int v = 0; v < 200; ++v)
        ring += QByteArray(v ? ", " : "") + QByteArray::number(100 + v % 37) + ".25, "
            + QByteArray::number(v % 53) + ".5";
    ring += "]]";
    QByteArray text = R"({"images": [{"id": 1, "width": 704, "height": 520, "file_name": "a.tif"}], "annotations": [)";
    for (int i = 0; i < 20000; ++i)
        text += (i ? ", " : "") + QByteArray(R"({"id": )") + QByteArray::number(i + 2)
            + R"(, "image_id": 1, "category_id": 1, "segmentation": )" + ring + "}";
    text += "]}";
    const QString message = QStringLiteral("big.json: not enough memory to read this file of %1 MB")
                                .arg(QLocale().toString(text.size() / 1048576.0, 'f', 1));
    CocoReader::Options options;
    options.parallelMinBytes = threads == 1 ? std::size_t(-1) : 0;
    QString error;
    // What one thread needs: the reserve for the whole file, the first thread's share on two threads.
    const qint64 before = test::addressSpaceInUse();
    CocoReader::Options oneThreadOptions;
    oneThreadOptions.parallelMinBytes = std::size_t(-1);
    std::unique_ptr<AnnotationSet> set =
        CocoReader::readBytes(text, QStringLiteral("big.json"), &error, oneThreadOptions);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->store.annotationCount(), 20000);
    const qint64 oneThread = test::addressSpaceInUse() - before;
    QVERIFY(oneThread > (16 << 20));
    set.reset();
    // One thread: 12 MB left. Two: room for the first thread and the second's stack, not for the
    // second's reserve (about half the first's), so the second thread fails. Before the fix both
    // ended the process.
    const qint64 stackBytes = test::threadStackBytes();
    const qint64 headroom = threads == 1 ? (12 << 20) : oneThread + stackBytes + oneThread / 3;
    {
        test::AddressSpaceLimit limit(headroom);
        QVERIFY(limit.active());
        set = CocoReader::readBytes(text, QStringLiteral("big.json"), &error, options);
    }
    QVERIFY2(!set, "read within the lowered limit");
    QCOMPARE(error, message);
}

void TestCocoReader::setKindFromPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("split");
    QTest::addColumn<int>("cellType");
    QTest::newRow("wide") << "x/annotations/LIVECell/livecell_coco_train.json" << int(SetKind::LivecellWide)
                          << int(Split::Train) << int(CellType::Unknown);
    QTest::newRow("single") << "x/annotations/LIVECell_single_cells/shsy5y/val.json" << int(SetKind::SingleCellType)
                            << int(Split::Val) << int(CellType::SHSY5Y);
    QTest::newRow("size") << "x/LIVECell_dataset_size_split/3_train25percent.json" << int(SetKind::SizeSplit)
                          << int(Split::Train) << int(CellType::Unknown);
    QTest::newRow("sk-ov-3") << "x/LIVECell_single_cells/SK-OV-3/test.json" << int(SetKind::SingleCellType)
                             << int(Split::Test) << int(CellType::SKOV3);
}

void TestCocoReader::setKindFromPath()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    QFETCH(int, split);
    QFETCH(int, cellType);
    const SetInfo info = SetInfo::classify(path);
    QCOMPARE(int(info.kind), kind);
    QCOMPARE(int(info.split), split);
    QCOMPARE(int(info.cellType), cellType);
}

CURATOR_LIMITED_MEMORY_MAIN(TestCocoReader)
#include "tst_cocoreader.moc"
