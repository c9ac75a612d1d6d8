// Cells copied as COCO annotation JSON and pasted back: the text round-trips every coordinate,
// reads what a notebook or a COCO file gives, names the place of anything it cannot read; a paste
// is one undo step whose cells get new ids and the image's category, and leaves out (with the
// reason) what does not fit the image.
#include "documentfixture.h"

#include "model/geometry/maskcontour.h"
#include "model/io/cellclipboard.h"
#include "model/limits.h"

#include <nlohmann/json.hpp>

using namespace curator;
using namespace curator::test;

class TestCellClipboard : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_doc = openDocument(realValJson());
        QVERIFY(m_doc);
    }

    void copiedCellsReadBackExactly()
    {
        const AnnotationStore& store = m_doc->store();
        std::vector<StoredCell> cells;
        for (int k : {0, 5, 9})
            cells.push_back({&store, indexOf(*m_doc, cellOf(*m_doc, 1, k))});
        int copied = 0;
        const QByteArray json = cellsToJson(cells, &copied);
        QCOMPARE(copied, 3);
        // COCO annotations a notebook can read: one per line, with the fields the file has.
        const nlohmann::json parsed = nlohmann::json::parse(json.toStdString());
        QVERIFY(parsed.is_array());
        QCOMPARE(int(parsed.size()), 3);
        QCOMPARE(json.count('\n'), 5);   // "[", three annotations, "]"
        const int a = cells[1].annotation;
        QCOMPARE(parsed[1]["id"].get<qint64>(), store.annotationId(a));
        QCOMPARE(parsed[1]["image_id"].get<qint64>(), store.annotationImageId(a));
        QCOMPARE(parsed[1]["category_id"].get<qint64>(), store.categoryId(a));
        QCOMPARE(parsed[1]["area"].get<double>(), store.area(a));
        QCOMPARE(parsed[1]["bbox"][2].get<double>(), store.bbox(a)[2]);
        QCOMPARE(parsed[1]["iscrowd"].get<int>(), 0);

        QString error;
        const auto back = cellsFromJson(json, QStringLiteral("the clipboard"), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(int(back->size()), 3);
        for (std::size_t i = 0; i < cells.size(); ++i) {
            QVERIFY((*back)[i].rings == store.rings(cells[i].annotation));   // every coordinate, bit for bit
            QCOMPARE((*back)[i].id, store.annotationId(cells[i].annotation));
        }
    }

    void maskCellsAreCopiedAsTheirOutline()
    {
        // A detectron2 results file's cells are compressed RLE masks: copied as their outline, as
        // Accept Prediction takes them.
        QString error;
        const auto results = CocoReader::readFile(referenceEvalDir() + QStringLiteral("/real_val_results.json"), &error);
        QVERIFY2(results, qPrintable(error));
        const AnnotationStore& store = results->store;
        QCOMPARE(store.segmentationKind(1), SegmentationKind::RleCompressed);
        int copied = 0;
        const QByteArray json = cellsToJson({{&store, 1}}, &copied);
        QCOMPARE(copied, 1);
        const auto back = cellsFromJson(json, QStringLiteral("the clipboard"), &error);
        QVERIFY2(back, qPrintable(error));
        const auto traced = MaskContour::ringOf(store, 1, &error);
        QVERIFY2(traced, qPrintable(error));
        QVERIFY((*back)[0].rings == Rings{*traced});
        // The outline lies on the mask's box (bbox [189, 0, 15, 15] in the file).
        const auto box = AnnotationStore::ringsBoundingBox((*back)[0].rings);
        QVERIFY(std::abs(box[0] - 189) <= 1 && std::abs(box[2] - 15) <= 1 && std::abs(box[3] - 15) <= 1);
    }

    void readsWhatCocoFilesAndNotebooksGive()
    {
        QString error;
        // One annotation object.
        auto one = cellsFromJson(R"({"id": 7, "segmentation": [[1, 2, 10, 2, 10, 9]]})", QStringLiteral("x"), &error);
        QVERIFY2(one, qPrintable(error));
        QCOMPARE(int(one->size()), 1);
        QVERIFY((*one)[0].rings == (Rings{{1, 2, 10, 2, 10, 9}}));
        QCOMPARE((*one)[0].id, 7);
        // A whole COCO file, and the dict-shaped mirror files (annotations keyed by id).
        auto file = cellsFromJson(R"({"images": [], "annotations": [{"segmentation": [[1, 2, 10, 2, 10, 9], [20, 20, 30, 20, 30, 30]]}]})",
                                  QStringLiteral("x"), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(int((*file)[0].rings.size()), 2);
        QCOMPARE((*file)[0].id, 0);   // none in the text
        auto dict = cellsFromJson(R"({"annotations": {"5": {"segmentation": [[0, 0, 4, 0, 4, 4]]}, "6": {"segmentation": [[5, 5, 9, 5, 9, 9]]}}})",
                                  QStringLiteral("x"), &error);
        QVERIFY2(dict, qPrintable(error));
        QCOMPARE(int(dict->size()), 2);
        QVERIFY((*dict)[1].rings == (Rings{{5, 5, 9, 5, 9, 9}}));
    }

    void namesWhereItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("[\n  {\"segmentation\": [[1, 2, 3]]},\n  oops\n]")
                                  << QStringLiteral("Cannot paste cells from the clipboard: it is not JSON (line 3, column 3).");
        QTest::newRow("plain text") << QByteArray("A172_Phase_C7_1_00d00h00m_1.tif")
                                    << QStringLiteral("Cannot paste cells from the clipboard: it is not JSON (line 1, column 1).");
        QTest::newRow("a number") << QByteArray("42")
                                  << QStringLiteral("Cannot paste cells from the clipboard: expected COCO annotations (a JSON list of objects with \"segmentation\").");
        QTest::newRow("empty list") << QByteArray("[]")
                                    << QStringLiteral("Cannot paste cells from the clipboard: its list of annotations is empty.");
        QTest::newRow("RLE") << QByteArray(R"([{"id": 1, "segmentation": [[0, 0, 4, 0, 4, 4]]}, {"id": 2, "segmentation": {"size": [520, 704], "counts": "abc"}}])")
                             << QStringLiteral("Cannot paste cells from the clipboard, annotation 2 (id 2): its segmentation is an RLE mask; only polygons can be pasted.");
        QTest::newRow("odd count") << QByteArray(R"([{"segmentation": [[0, 0, 4, 0, 4]]}])")
                                   << QStringLiteral("Cannot paste cells from the clipboard, annotation 1: \"segmentation\" is not a list of polygons with x, y pairs.");
        QTest::newRow("strings") << QByteArray(R"({"annotations": {"77": {"segmentation": [["0", 0, 4, 0, 4, 4]]}}})")
                                 << QStringLiteral("Cannot paste cells from the clipboard, annotation \"77\": a polygon holds something other than numbers.");
        QTest::newRow("number overflow") << QByteArray(R"({"id": 7, "segmentation": [[1e308, -1e709, 5, 5, 0.001, 3]]})")
                                         << QStringLiteral("Cannot paste cells from the clipboard: it holds a number too large to read.");
        QTest::newRow("far off") << QByteArray(R"([{"segmentation": [[1e308, 0, 5, 5, 0.001, 3]]}])")
                                 << QStringLiteral("Cannot paste cells from the clipboard, annotation 1: a coordinate lies beyond ±1e+07, off any image.");
        QTest::newRow("no segmentation") << QByteArray(R"([{"id": 3, "bbox": [0, 0, 4, 4]}])")
                                         << QStringLiteral("Cannot paste cells from the clipboard, annotation 1 (id 3): no \"segmentation\".");
    }

    void refusesBeyondItsLimits()
    {
        QString error;
        QByteArray big = "[{\"segmentation\": [[";
        for (std::size_t v = 0; v <= limits::kMaxPastedVertices; ++v)
            big += (v ? ", " : "") + QByteArray::number(v % 700) + ", " + QByteArray::number(v % 500);
        big += "]]}]";
        QVERIFY(!cellsFromJson(big, QStringLiteral("the clipboard"), &error));
        QCOMPARE(error, QStringLiteral("Cannot paste cells from the clipboard, annotation 1: it has more than 5000 vertices, the most a pasted cell may have."));
        QByteArray many = "[";
        for (std::size_t c = 0; c <= limits::kMaxPastedCells; ++c)
            many += (c ? "," : "") + QByteArray("{\"segmentation\": [[0, 0, 4, 0, 4, 4]]}");
        many += "]";
        QVERIFY(!cellsFromJson(many, QStringLiteral("the clipboard"), &error));
        QCOMPARE(error, QStringLiteral("Cannot paste cells from the clipboard: it holds 20001 annotations; at most 20000 can be pasted at once."));
        QVERIFY(!cellsFromJson(QByteArray(limits::kMaxPasteBytes + 1, ' '), QStringLiteral("the clipboard"), &error));
        QCOMPARE(error, QStringLiteral("Cannot paste cells from the clipboard: it holds 65 MB of text; at most 64 MB can be pasted at once."));
    }

    void namesWhereItCannotRead()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!cellsFromJson(text, QStringLiteral("the clipboard"), &error));
        QCOMPARE(error, message);
    }

    void pasteIsOneUndoStepWithNewIds()
    {
        const QByteArray original = exported(*m_doc);
        const int target = 3;
        const int before = m_doc->store().liveAnnotationCountOfImage(target);
        const qint64 first = m_doc->store().nextFreeId();
        const std::vector<CopiedCell> cells{m_doc->store().rings(indexOf(*m_doc, cellOf(*m_doc, 0, 0))),
                                       m_doc->store().rings(indexOf(*m_doc, cellOf(*m_doc, 0, 1)))};
        QSignalSpy changed(m_doc.get(), &Document::annotationsChanged);
        QString error;
        QStringList skipped;
        const QList<qint64> ids = m_doc->pasteCells(target, cells, &error, &skipped);
        QCOMPARE(ids, (QList<qint64>{first, first + 1}));
        QVERIFY(skipped.isEmpty());
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Paste 2 cell(s)"));
        QCOMPARE(m_doc->store().liveAnnotationCountOfImage(target), before + 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toInt(), target);
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const int a = indexOf(*m_doc, ids[int(i)]);
            // Where it was drawn, to the editing grid of 0.01 px (as every new vertex; points the
            // file repeats are dropped).
            const Rings pasted = m_doc->store().rings(a);
            QCOMPARE(pasted.size(), cells[i].rings.size());
            QVERIFY(pasted[0].size() <= cells[i].rings[0].size());
            const auto box = m_doc->store().bbox(a);
            const auto original = AnnotationStore::ringsBoundingBox(cells[i].rings);
            for (int k = 0; k < 4; ++k)
                QVERIFY(std::abs(box[std::size_t(k)] - original[std::size_t(k)]) <= CellOutline::kGrid + 1e-9);
            const double area = m_doc->store().area(indexOf(*m_doc, cellOf(*m_doc, 0, int(i))));
            QVERIFY(std::abs(m_doc->store().area(a) - area) < 0.01 * area);
            QCOMPARE(m_doc->store().annotationImage(a), target);
            QCOMPARE(m_doc->store().categoryId(a), m_doc->defaultCategoryFor(target));
        }
        // Saved as new annotations of that image.
        const nlohmann::json saved = nlohmann::json::parse(exported(*m_doc).toStdString());
        int found = 0;
        for (const auto& a : saved["annotations"])
            found += a["id"].get<qint64>() >= first && a["image_id"].get<qint64>() == m_doc->store().image(target).id;
        QCOMPARE(found, 2);

        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->store().liveAnnotationCountOfImage(target), before);
        QVERIFY(exported(*m_doc) == original);
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->store().liveAnnotationCountOfImage(target), before + 2);
    }

    void cellsThatDoNotFitAreLeftOut()
    {
        const int target = 2;
        const Rings good{{100, 100, 120, 100, 120, 115, 100, 115}};
        const Rings outside{{800, 600, 820, 600, 820, 620}};   // wholly right of and below the 704 x 520 image
        const Rings crossing{{10, 10, 40, 30, 40, 10, 10, 40}};  // a bow tie
        QString error;
        QStringList skipped;
        const QList<qint64> ids = m_doc->pasteCells(target, {outside, good, CopiedCell(crossing, 92990)}, &error, &skipped);
        QCOMPARE(ids.size(), 1);
        QCOMPARE(skipped.size(), 2);
        QVERIFY2(skipped[0].startsWith(QStringLiteral("cell 1: ")), qPrintable(skipped[0]));
        QCOMPARE(skipped[1], QStringLiteral("cell id 92990: ") + CellOutline::selfIntersectionMessage());   // by the id it was copied with
        QCOMPARE(m_doc->store().rings(indexOf(*m_doc, ids[0])), good);

        // Nothing fits: refused, nothing pushed.
        const int steps = m_doc->undoStack()->count();
        QVERIFY(m_doc->pasteCells(target, {outside, crossing}, &error).isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("None of the 2 cell(s) fits this image: ")), qPrintable(error));
        QVERIFY(m_doc->pasteCells(target, {crossing}, &error).isEmpty());
        QCOMPARE(error, CellOutline::selfIntersectionMessage());
        QVERIFY(m_doc->pasteCells(99, {good}, &error).isEmpty());
        QCOMPARE(error, QStringLiteral("Image 99 is not part of this file."));
        QCOMPARE(m_doc->undoStack()->count(), steps);
    }

    void partlyOutsideIsClampedIntoTheImage()
    {
        QString error;
        const QList<qint64> ids = m_doc->pasteCells(0, {Rings{{690, 500, 720, 500, 720, 530, 690, 530}}}, &error);
        QCOMPARE(ids.size(), 1);
        const auto box = m_doc->store().bbox(indexOf(*m_doc, ids[0]));
        QCOMPARE(box[0] + box[2], 704.0);
        QCOMPARE(box[1] + box[3], 520.0);
    }

private:
    std::unique_ptr<Document> m_doc;
};

QTEST_GUILESS_MAIN(TestCellClipboard)
#include "tst_cellclipboard.moc"
