// Editing through the document: every command does, undoes (the export is byte-identical to before)
// and redoes; drags are one step; bad results are refused with a message and push nothing.
#include "documentfixture.h"

#include "model/geometry/celloutline.h"
#include "model/geometry/polygonunion.h"
#include "model/io/rle.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace curator;
using namespace curator::test;

namespace {
/** do → check → undo → check export byte-identical → redo → check and same export as after do. */
template<typename Action, typename Check>
void checkUndoRedo(Document& doc, Action action, Check check)
{
    const QByteArray before = exported(doc);
    const bool wasModified = doc.isModified();
    const int steps = doc.undoStack()->count();
    QVERIFY(action());
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    check();
    const QByteArray after = exported(doc);
    QVERIFY(after != before);
    QVERIFY(doc.isModified());
    doc.undoStack()->undo();
    QVERIFY2(exported(doc) == before, "undo must restore the exact bytes");
    QCOMPARE(doc.isModified(), wasModified);
    doc.undoStack()->redo();
    check();
    QVERIFY(exported(doc) == after);
}

/** Two cells of one image whose outlines touch or nearly touch. */
std::pair<qint64, qint64> neighbours(const Document& doc)
{
    const AnnotationStore& s = doc.store();
    const auto& cells = s.annotationsOfImage(0);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        for (std::size_t j = i + 1; j < cells.size(); ++j) {
            if (PolygonUnion::distance(s.ring(int(cells[i]), 0), s.ring(int(cells[j]), 0)) < 0.5)
                return {s.annotationId(int(cells[i])), s.annotationId(int(cells[j]))};
        }
    }
    return {0, 0};
}
} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void moveCells();
    void moveIsClampedToTheImage();
    void dragIsOneUndoStep();
    void moveVertex();
    void vertexDragIsOneStepPerVertex();
    void insertAndDeleteVertex();
    void addCell();
    void deleteCells();
    void mergeCells();
    void splitCell();
    void acceptPrediction();
    void refusedEditsPushNothing();
    void ambiguousIdsAreNotEditable();
    void macroIsOneStep();
    void signalsNameImageAndIds();
    void saveKeepsUneditedBytesAndClearsModified();
    void savingReviewMarksLeavesTheAnnotationFileAlone();

private:
    std::unique_ptr<Document> m_doc;
};

void TestDocument::init()
{
    m_doc = openDocument(realValJson());
    QVERIFY(m_doc);
    QCOMPARE(m_doc->store().liveAnnotationCount(), 1243);
}

void TestDocument::moveCells()
{
    const qint64 a = cellOf(*m_doc, 0, 0), b = cellOf(*m_doc, 0, 1);
    const auto boxA = bboxOf(*m_doc, a), boxB = bboxOf(*m_doc, b);
    const double areaA = m_doc->store().area(indexOf(*m_doc, a));
    checkUndoRedo(*m_doc, [&] { return m_doc->moveCells({a, b}, {3.5, -2.25}); }, [&] {
        QCOMPARE(bboxOf(*m_doc, a)[0], boxA[0] + 3.5);
        QCOMPARE(bboxOf(*m_doc, b)[1], boxB[1] - 2.25);
        QVERIFY(std::abs(m_doc->store().area(indexOf(*m_doc, a)) - areaA) < 1e-6);
    });
}

void TestDocument::moveIsClampedToTheImage()
{
    const qint64 id = cellOf(*m_doc, 1, 3);
    const auto box = bboxOf(*m_doc, id);
    QVERIFY(m_doc->moveCells({id}, {1000, -1000}));
    const auto moved = bboxOf(*m_doc, id);
    QCOMPARE(moved[0] + moved[2], 704.0);
    QCOMPARE(moved[1], 0.0);
    QCOMPARE(moved[2], box[2]); // rigid: the cell is not squashed against the edge
    QVERIFY(m_doc->moveCells({id}, {5, 0}));  // already at the edge: nothing to do, not an error
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestDocument::dragIsOneUndoStep()
{
    const QByteArray original = exported(*m_doc);
    const qint64 id = cellOf(*m_doc, 2, 5);
    const double x = bboxOf(*m_doc, id)[0];
    for (int drag = 0; drag < 2; ++drag) {
        m_doc->beginDrag();
        for (int i = 0; i < 10; ++i)
            QVERIFY(m_doc->moveCells({id}, {0.5, 0}));
        m_doc->endDrag();
    }
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(bboxOf(*m_doc, id)[0], x + 10);
    m_doc->undoStack()->undo();
    QCOMPARE(bboxOf(*m_doc, id)[0], x + 5);
    m_doc->undoStack()->undo();
    QVERIFY(exported(*m_doc) == original);
    m_doc->undoStack()->redo();
    m_doc->undoStack()->redo();
    QCOMPARE(bboxOf(*m_doc, id)[0], x + 10);
}

void TestDocument::moveVertex()
{
    const qint64 id = cellOf(*m_doc, 1, 4);
    const int a = indexOf(*m_doc, id);
    const QPointF v = CellOutline::point(m_doc->store().ring(a, 0), 2);
    const double area = m_doc->store().area(a);
    checkUndoRedo(*m_doc, [&] { return m_doc->moveVertex(id, 0, 2, v + QPointF(0.756, -0.2)); }, [&] {
        QCOMPARE(CellOutline::point(m_doc->store().ring(a, 0), 2), CellOutline::snap(v + QPointF(0.76, -0.2), {704, 520}));
        QVERIFY(m_doc->store().area(a) != area); // area and bbox are recomputed for the export
    });
}

void TestDocument::vertexDragIsOneStepPerVertex()
{
    const QByteArray original = exported(*m_doc);
    const qint64 id = cellOf(*m_doc, 0, 7);
    const auto ring = m_doc->store().ring(indexOf(*m_doc, id), 0);
    const QPointF start(ring[0], ring[1]);
    m_doc->beginDrag();
    for (int i = 1; i <= 5; ++i)
        QVERIFY(m_doc->moveVertex(id, 0, 0, start + QPointF(0.2 * i, 0)));
    QVERIFY(m_doc->moveVertex(id, 0, 1, QPointF(ring[2], ring[3]) + QPointF(0, 0.5))); // another vertex: new step
    m_doc->endDrag();
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(m_doc->store().ring(indexOf(*m_doc, id), 0)[0], CellOutline::snap(start.x() + 1.0, 704));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(exported(*m_doc) == original);
}

void TestDocument::insertAndDeleteVertex()
{
    const qint64 id = cellOf(*m_doc, 3, 2);
    const int a = indexOf(*m_doc, id);
    const auto ring = m_doc->store().ring(a, 0);
    const int n = int(ring.size() / 2);
    const QPointF mid((ring[0] + ring[2]) / 2, (ring[1] + ring[3]) / 2);
    checkUndoRedo(*m_doc, [&] { return m_doc->insertVertex(id, 0, 0, mid); }, [&] {
        QCOMPARE(int(m_doc->store().ring(a, 0).size() / 2), n + 1);
        QCOMPARE(CellOutline::point(m_doc->store().ring(a, 0), 1), CellOutline::snap(mid, {704, 520}));
    });
    checkUndoRedo(*m_doc, [&] { return m_doc->deleteVertex(id, 0, 1); }, [&] {
        QCOMPARE(int(m_doc->store().ring(a, 0).size() / 2), n);
    });

    // Inserted within a drag, the vertex's moves in that drag join the insertion's undo step;
    // moving another vertex, or a later drag, does not.
    const QByteArray before = exported(*m_doc);
    const int steps = m_doc->undoStack()->index();
    m_doc->beginDrag();
    QVERIFY(m_doc->insertVertex(id, 0, 0, mid));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(m_doc->moveVertex(id, 0, 1, mid + QPointF(0, 0.3 * i)));
    QCOMPARE(m_doc->undoStack()->index(), steps + 1);
    QVERIFY(m_doc->moveVertex(id, 0, 2, CellOutline::point(m_doc->store().ring(a, 0), 2) + QPointF(0.2, 0)));
    m_doc->endDrag();
    QCOMPARE(m_doc->undoStack()->index(), steps + 2);
    QCOMPARE(CellOutline::point(m_doc->store().ring(a, 0), 1), CellOutline::snap(mid + QPointF(0, 0.9), {704, 520}));
    m_doc->undoStack()->undo();
    QCOMPARE(CellOutline::point(m_doc->store().ring(a, 0), 1), CellOutline::snap(mid + QPointF(0, 0.9), {704, 520}));
    m_doc->undoStack()->undo();
    QVERIFY(exported(*m_doc) == before);
    m_doc->undoStack()->redo();
    QCOMPARE(CellOutline::point(m_doc->store().ring(a, 0), 1), CellOutline::snap(mid + QPointF(0, 0.9), {704, 520}));
}

void TestDocument::addCell()
{
    const qint64 expectedId = m_doc->store().nextFreeId();
    const int live = m_doc->store().liveAnnotationCount();
    std::optional<qint64> id;
    checkUndoRedo(*m_doc, [&] {
        id = m_doc->addCell(4, QPolygonF(QList<QPointF>{{100.004, 100}, {120, 100}, {120, 115.5}, {100, 115.5}, {100, 115.5}}));
        return id.has_value();
    }, [&] {
        QCOMPARE(*id, expectedId);
        QCOMPARE(m_doc->store().liveAnnotationCount(), live + 1);
        const int a = indexOf(*m_doc, *id);
        QCOMPARE(m_doc->store().annotationImage(a), 4);
        QCOMPARE(m_doc->store().area(a), 20.0 * 15.5);
        QCOMPARE(m_doc->store().ring(a, 0).size(), std::size_t(8)); // snapped, repeated point dropped
    });
    QVERIFY(exported(*m_doc).contains(QByteArray("{\"id\": ") + QByteArray::number(*id) + ", \"image_id\""));
}

void TestDocument::deleteCells()
{
    const QList<qint64> ids{cellOf(*m_doc, 0, 0), cellOf(*m_doc, 0, 1), cellOf(*m_doc, 1, 0)};
    const int live = m_doc->store().liveAnnotationCount();
    checkUndoRedo(*m_doc, [&] { return m_doc->deleteCells(ids); }, [&] {
        QCOMPARE(m_doc->store().liveAnnotationCount(), live - 3);
        for (qint64 id : ids)
            QVERIFY(m_doc->store().isDeleted(indexOf(*m_doc, id)));
    });
}

void TestDocument::mergeCells()
{
    const auto pair = neighbours(*m_doc);
    const auto a = pair.first, b = pair.second; // not a structured binding: clang 14 cannot capture those
    QVERIFY2(a && b, "the sample has touching cells");
    const double areaA = m_doc->store().area(indexOf(*m_doc, a)), areaB = m_doc->store().area(indexOf(*m_doc, b));
    checkUndoRedo(*m_doc, [&] { return m_doc->mergeCells({a, b}).has_value(); }, [&] {
        const int merged = indexOf(*m_doc, a);
        QVERIFY(m_doc->store().isLive(merged));
        QVERIFY(m_doc->store().isDeleted(indexOf(*m_doc, b)));
        QCOMPARE(m_doc->store().ringCount(merged), 1);
        QVERIFY(CellOutline::problem(m_doc->store().ring(merged, 0)).isEmpty());
        const double area = m_doc->store().area(merged);
        QVERIFY2(area >= std::max(areaA, areaB) && area <= areaA + areaB + 5, qPrintable(QString::number(area)));
    });
}

void TestDocument::splitCell()
{
    const qint64 id = cellOf(*m_doc, 2, 0);
    const int a = indexOf(*m_doc, id);
    const double area = m_doc->store().area(a);
    const auto box = m_doc->store().bbox(a);
    const double y = box[1] + box[3] / 2;
    std::optional<std::pair<qint64, qint64>> parts;
    checkUndoRedo(*m_doc, [&] {
        parts = m_doc->splitCell(id, QPolygonF(QList<QPointF>{{box[0] - 3, y}, {box[0] + box[2] + 3, y}}));
        return parts.has_value();
    }, [&] {
        const int first = indexOf(*m_doc, parts->first), second = indexOf(*m_doc, parts->second);
        QVERIFY(m_doc->store().isLive(first) && m_doc->store().isLive(second));
        const double sum = m_doc->store().area(first) + m_doc->store().area(second);
        QVERIFY2(std::abs(sum - area) < 0.5, qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(area)));
        QVERIFY(m_doc->store().area(first) >= m_doc->store().area(second));
        QCOMPARE(m_doc->store().categoryId(second), m_doc->store().categoryId(first));
    });
}

void TestDocument::acceptPrediction()
{
    QString error;
    const auto results = CocoReader::readFile(referenceEvalDir() + QStringLiteral("/real_val_results.json"), &error);
    QVERIFY2(results, qPrintable(error));
    const int p = 0;
    const int image = m_doc->store().imageIndex(results->store.annotationImageId(p));
    QVERIFY(image >= 0);
    std::optional<qint64> id;
    checkUndoRedo(*m_doc, [&] {
        id = m_doc->acceptPrediction(image, results->store, p, &error);
        return id.has_value();
    }, [&] {
        const int a = indexOf(*m_doc, *id);
        QCOMPARE(m_doc->store().annotationImage(a), image);
        const Rle predicted = Rle::fromAnnotation(results->store, p, 520, 704);
        const Rle accepted = Rle::fromAnnotation(m_doc->store(), a, 520, 704);
        QVERIFY2(Rle::iou(accepted, predicted, false) > 0.8, qPrintable(QString::number(Rle::iou(accepted, predicted, false))));
    });
}

void TestDocument::refusedEditsPushNothing()
{
    const QByteArray original = exported(*m_doc);
    const qint64 id = cellOf(*m_doc, 0, 3);
    QString error;
    // Bow tie: move vertex 0 across the opposite side.
    const auto ring = m_doc->store().ring(indexOf(*m_doc, id), 0);
    const int n = int(ring.size() / 2);
    const QPointF opposite(ring[2 * std::size_t(n / 2)], ring[2 * std::size_t(n / 2) + 1]);
    const QPointF first(ring[0], ring[1]);
    QVERIFY(!m_doc->moveVertex(id, 0, 0, first + 2.5 * (opposite - first), &error));
    QCOMPARE(error, CellOutline::selfIntersectionMessage());
    QVERIFY(!m_doc->addCell(0, QPolygonF(QList<QPointF>{{10, 10}, {20, 20}}), &error));
    QVERIFY(error.contains(QStringLiteral("3 distinct points")));
    QVERIFY(!m_doc->addCell(0, QPolygonF(QList<QPointF>{{10, 10}, {20, 20}, {30, 30}}), &error));
    QVERIFY(error.contains(QStringLiteral("no area")));
    QVERIFY(!m_doc->mergeCells({cellOf(*m_doc, 0, 0), cellOf(*m_doc, 1, 0)}, &error));
    QVERIFY(error.contains(QStringLiteral("same image")));
    QVERIFY(!m_doc->moveVertex(id, 0, 9999, {1, 1}, &error));
    QVERIFY(!m_doc->splitCell(id, QPolygonF(QList<QPointF>{{0, 0}, {1, 1}}), &error));
    QVERIFY(m_doc->deleteCells({id}));
    QVERIFY(!m_doc->moveCells({id}, {1, 1}, &error));
    QVERIFY(error.contains(QStringLiteral("does not exist")));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QVERIFY(exported(*m_doc) == original);
    // Removing vertices stops at a triangle.
    const auto pentagon = m_doc->addCell(4, QPolygonF(QList<QPointF>{{10, 10}, {20, 10}, {25, 15}, {20, 20}, {10, 20}}));
    QVERIFY(pentagon);
    QVERIFY(m_doc->deleteVertex(*pentagon, 0, 2));
    QVERIFY(m_doc->deleteVertex(*pentagon, 0, 0));
    QVERIFY(!m_doc->deleteVertex(*pentagon, 0, 0, &error));
    QVERIFY(error.contains(QStringLiteral("3 distinct points")));
    QCOMPARE(CellOutline::distinctPointCount(m_doc->store().ring(indexOf(*m_doc, *pentagon), 0)), 3);
}

void TestDocument::ambiguousIdsAreNotEditable()
{
    const QByteArray json = R"({"images": [{"id": 1, "width": 100, "height": 100, "file_name": "a.tif"}],
        "annotations": [{"id": 7, "image_id": 1, "category_id": 1, "segmentation": [[0, 0, 10, 0, 10, 10]], "area": 50, "bbox": [0, 0, 10, 10], "iscrowd": 0},
                        {"id": 7, "image_id": 1, "category_id": 1, "segmentation": [[20, 20, 30, 20, 30, 30]], "area": 50, "bbox": [20, 20, 10, 10], "iscrowd": 0},
                        {"id": 8, "image_id": 1, "category_id": 1, "segmentation": {"size": [100, 100], "counts": [0, 1, 9999]}, "area": 1, "bbox": [0, 0, 1, 1], "iscrowd": 0}],
        "categories": [{"id": 1, "name": "cell"}]})";
    QString error;
    auto set = CocoReader::readBytes(json, QStringLiteral("dup.json"), &error);
    QVERIFY2(set, qPrintable(error));
    Document doc(std::move(set));
    QVERIFY(!doc.moveCells({7}, {1, 1}, &error));
    QVERIFY(error.contains(QStringLiteral("more than once")));
    QVERIFY(!doc.moveVertex(8, 0, 0, {1, 1}, &error));
    QVERIFY(error.contains(QStringLiteral("RLE")));
    QVERIFY(doc.deleteCells({8}, &error)); // a mask can still be deleted
}

void TestDocument::macroIsOneStep()
{
    const QByteArray original = exported(*m_doc);
    m_doc->beginMacro(QStringLiteral("Replace cells"));
    QVERIFY(m_doc->deleteCells({cellOf(*m_doc, 0, 0), cellOf(*m_doc, 0, 1)}));
    QVERIFY(m_doc->addCell(0, QPolygonF(QList<QPointF>{{10, 10}, {30, 10}, {30, 30}})));
    m_doc->endMacro();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QVERIFY(exported(*m_doc) == original);
}

void TestDocument::signalsNameImageAndIds()
{
    QSignalSpy spy(m_doc.get(), &Document::annotationsChanged);
    const qint64 a = cellOf(*m_doc, 3, 0), b = cellOf(*m_doc, 3, 1);
    QVERIFY(m_doc->moveCells({b, a}, {1, 1}));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 3);
    QCOMPARE(spy.at(0).at(1).value<QList<qint64>>(), (QList<qint64>{std::min(a, b), std::max(a, b)}));
    m_doc->undoStack()->undo();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toInt(), 3);
}

void TestDocument::saveKeepsUneditedBytesAndClearsModified()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("val.json"));
    QVERIFY(QFile::copy(realValJson(), path));
    auto doc = openDocument(path);
    QVERIFY(doc && doc->startJournal(nullptr));
    QVERIFY(doc->moveCells({cellOf(*doc, 0, 0)}, {2, 2}));
    QSignalSpy modified(doc.get(), &Document::modifiedChanged);
    QString error;
    QVERIFY2(doc->save(&error), qPrintable(error));
    QVERIFY(!doc->isModified());
    QCOMPARE(modified.count(), 1);
    QVERIFY(readAll(path) == exported(*doc));
    QVERIFY(!Journal::findRecoverable(path)); // saving cleared the journal
    QVERIFY(!QFile::exists(ReviewState::sidecarPath(path))); // nothing reviewed, no sidecar
    doc->undoStack()->undo();
    QVERIFY(doc->isModified());
    QVERIFY(exported(*doc) == readAll(realValJson()));
}

void TestDocument::savingReviewMarksLeavesTheAnnotationFileAlone()
{
    // Before, saving a review mark rewrote the whole annotation file (the same bytes, through a new
    // file renamed over it): seconds for the train split, and a failure where the file cannot be written.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("val.json"));
    QVERIFY(QFile::copy(realValJson(), path));
    const auto inode = [](const QString& p) {
        struct stat st{};
        return ::stat(p.toLocal8Bit().constData(), &st) == 0 ? qint64(st.st_ino) : qint64(-1);
    };
    const qint64 loaded = inode(path);
    auto doc = openDocument(path);
    QVERIFY(doc && doc->startJournal(nullptr));
    QVERIFY(doc->setImagesReviewed({0}, true));
    QVERIFY(doc->isModified());
    QString error;
    QVERIFY2(doc->save(&error), qPrintable(error));
    QVERIFY(!doc->isModified());
    QCOMPARE(inode(path), loaded);                          // not written
    QVERIFY(readAll(path) == readAll(realValJson()));
    QVERIFY(QFile::exists(ReviewState::sidecarPath(path)));  // the mark is saved
    QVERIFY(!Journal::findRecoverable(path));
    const auto reopened = openDocument(path);
    QVERIFY(reopened && reopened->review().image(reopened->store().image(0).id).reviewed);

    // A cell edit, even one undone since, writes the file as before.
    QVERIFY(doc->moveCells({cellOf(*doc, 0, 0)}, {2, 2}));
    doc->undoStack()->undo();
    QVERIFY(doc->setImagesReviewed({0}, false));
    QVERIFY2(doc->save(&error), qPrintable(error));
    QVERIFY(inode(path) != loaded);
    QVERIFY(readAll(path) == readAll(realValJson()));
    // Saved under another name, the file is written whatever changed.
    const QString other = dir.filePath(QStringLiteral("copy.json"));
    QVERIFY(QFile::copy(realValJson(), other));
    auto fresh = openDocument(other);
    QVERIFY(fresh && fresh->setImagesReviewed({1}, true));
    const QString moved = dir.filePath(QStringLiteral("moved.json"));
    QVERIFY2(fresh->saveAs(moved, &error), qPrintable(error));
    QVERIFY(readAll(moved) == readAll(realValJson()));
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
