// The canvas's editing tools driven by mouse and keyboard on the real LIVECell val file: each edit
// shows at once in the canvas and the cell table, is one undo step, comes back with undo and goes
// again with redo; impossible edits are refused with a message in the status bar.
#include "editingfixture.h"
#include "reviewfixture.h"

#include "model/imagebrowsermodel.h"
#include "model/review/predictionreview.h"
#include "widgets/documentcontroller.h"
#include "widgets/imagebrowserdock.h"
#include "widgets/tools/drawtool.h"
#include "widgets/tools/edittools.h"

#include <QAction>
#include <QStatusBar>
#include <QUndoStack>

using namespace curator;
using namespace curator::test;

namespace {

struct Fixture
{
    MainWindow window;
    ImageCanvas* canvas = nullptr;
    Document* doc = nullptr;
    int image = -1;

    bool open(const QString& path)
    {
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !openAndWait(window, path))
            return false;
        canvas = window.canvas();
        doc = window.documents()->activeDocument();
        image = shownImage(window);
        return image >= 0;
    }
    int cells() const { return window.cellTable()->model()->rowCount(); }
    QUndoStack* stack() const { return doc->undoStack(); }
    QString status() const { return window.statusBar()->currentMessage(); }
    CellKey key(qint64 id) const { return CellKey{0, doc->store().annotationIndex(id)}; }
    QRectF bounds(qint64 id) const
    {
        const auto b = doc->store().bbox(doc->store().annotationIndex(id));
        return QRectF(b[0], b[1], b[2], b[3]);
    }
    QPointF vertex(qint64 id, int v) const
    {
        const auto ring = doc->store().ring(doc->store().annotationIndex(id), 0);
        return QPointF(ring[2 * std::size_t(v)], ring[2 * std::size_t(v) + 1]);
    }
    int vertices(qint64 id) const { return int(doc->store().vertexCount(doc->store().annotationIndex(id))); }
    QPoint at(QPointF imagePoint) const { return canvas->mapFromImage(imagePoint).toPoint(); }
    /** The live cells of the shown image, largest first. */
    QList<qint64> cellsBySize() const
    {
        QList<qint64> ids;
        for (quint32 a : doc->store().annotationsOfImage(image))
            ids.append(doc->store().annotationId(int(a)));
        std::sort(ids.begin(), ids.end(), [this](qint64 x, qint64 y) {
            return doc->store().area(doc->store().annotationIndex(x)) > doc->store().area(doc->store().annotationIndex(y));
        });
        return ids;
    }
    /** A point inside @p id where the canvas hits that cell (not a smaller one over it). */
    std::optional<QPointF> pickPoint(qint64 id) const
    {
        const QRectF b = bounds(id);
        for (int gy = 1; gy < 8; ++gy) {
            for (int gx = 1; gx < 8; ++gx) {
                const QPointF p(b.left() + b.width() * gx / 8, b.top() + b.height() * gy / 8);
                const int hit = canvas->overlay().cellAt(p);
                if (hit >= 0 && canvas->overlay().cell(hit) == key(id))
                    return p;
            }
        }
        return std::nullopt;
    }
    /** Zooms so that @p id fills a good part of the view, centred. */
    void focus(qint64 id, double zoom = 4.0)
    {
        canvas->setZoom(zoom);
        canvas->centreOn(bounds(id).center());
    }
    void click(QPointF imagePoint, Qt::KeyboardModifiers mods = {})
    {
        QTest::mouseClick(canvas, Qt::LeftButton, mods, at(imagePoint));
    }
    void drag(QPointF from, QPointF to, int steps = 4)
    {
        QTest::mousePress(canvas, Qt::LeftButton, {}, at(from));
        for (int i = 1; i <= steps; ++i)
            QTest::mouseMove(canvas, at(from + (to - from) * i / steps));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, at(to));
    }
    EditTools* tools() const { return window.editTools(); }
    /** The smallest distance between a vertex of @p a and a vertex of @p b. */
    double minimumGap(qint64 a, qint64 b) const
    {
        double best = 1e9;
        for (int i = 0; i < vertices(a); ++i) {
            for (int j = 0; j < vertices(b); ++j)
                best = std::min(best, QLineF(vertex(a, i), vertex(b, j)).length());
        }
        return best;
    }
};

} // namespace

class TestEditTools : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    QString m_path;

private slots:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void init() { m_path = copyRealVal(m_dataDir); }

    void browseIsTheDefaultAndShortcutsChooseTools()
    {
        Fixture f;
        QVERIFY(f.open(m_path));
        QVERIFY(f.tools()->browseAction()->isChecked());
        QCOMPARE(f.canvas->tool(), nullptr);
        QApplication::setActiveWindow(&f.window);
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        f.canvas->setFocus();
        QTest::keyClick(f.canvas, Qt::Key_V);
        QVERIFY(f.tools()->vertexAction()->isChecked());
        QTest::keyClick(f.canvas, Qt::Key_D);
        QVERIFY(f.tools()->drawAction()->isChecked());
        QTest::keyClick(f.canvas, Qt::Key_S);
        QVERIFY(f.tools()->selectAction()->isChecked());
        QVERIFY(f.canvas->tool() != nullptr);
    }

    void selectByClickShiftClickAndBand()
    {
        Fixture f;
        QVERIFY(f.open(m_path));
        f.tools()->selectAction()->trigger();
        const QList<qint64> ids = f.cellsBySize();
        const qint64 a = ids[0];
        const qint64 b = ids[1];
        const auto pa = f.pickPoint(a);
        const auto pb = f.pickPoint(b);
        QVERIFY(pa && pb);
        f.click(*pa);
        QCOMPARE(f.canvas->selectedCells(), QList<CellKey>{f.key(a)});
        QCOMPARE(f.window.cellTable()->currentCell(), f.key(a));
        f.click(*pb, Qt::ShiftModifier);
        QCOMPARE(f.canvas->selectedCells(), (QList<CellKey>{f.key(a), f.key(b)}));
        f.click(*pa, Qt::ShiftModifier);
        QCOMPARE(f.canvas->selectedCells(), QList<CellKey>{f.key(b)});

        // A band around one cell from outside every cell selects it.
        f.focus(a, 3.0);
        const QRectF box = f.bounds(a).adjusted(-3, -3, 3, 3);
        f.canvas->setSelectedCells({});
        QTest::mousePress(f.canvas, Qt::LeftButton, {}, f.at(box.topLeft()));
        QTest::mouseMove(f.canvas, f.at(box.center()));
        QTest::mouseMove(f.canvas, f.at(box.bottomRight()));
        QTest::mouseRelease(f.canvas, Qt::LeftButton, {}, f.at(box.bottomRight()));
        QVERIFY(f.canvas->selectedCells().contains(f.key(a)));
        for (const CellKey& k : f.canvas->selectedCells())
            QVERIFY(box.contains(f.canvas->overlay().bounds(f.canvas->overlay().indexOf(k))));
    }

    void movingCellsIsOneUndoStep()
    {
        Fixture f;
        QVERIFY(f.open(m_path));
        f.tools()->selectAction()->trigger();
        const qint64 id = f.cellsBySize()[3];
        f.focus(id);
        const auto p = f.pickPoint(id);
        QVERIFY(p);
        const QRectF before = f.bounds(id);
        f.drag(*p, *p + QPointF(6, 4), 6);
        const QRectF after = f.bounds(id);
        QVERIFY2(std::abs(after.left() - before.left() - 6) < 0.6, qPrintable(QString::number(after.left() - before.left())));
        QVERIFY(std::abs(after.top() - before.top() - 4) < 0.6);
        QCOMPARE(f.stack()->count(), 1);
        QCOMPARE(f.canvas->overlay().bounds(f.canvas->overlay().indexOf(f.key(id))).left(), after.left());

        f.window.documentController()->undoAction()->trigger();
        QCOMPARE(f.bounds(id), before);
        f.window.documentController()->redoAction()->trigger();
        QCOMPARE(f.bounds(id), after);
    }

    void draggingAVertexIsOneUndoStep()
    {
        Fixture f;
        QVERIFY(f.open(m_path));
        f.tools()->vertexAction()->trigger();
        const qint64 id = f.cellsBySize()[0];
        f.focus(id, 6.0);
        f.click(*f.pickPoint(id));
        QCOMPARE(f.canvas->selectedCell(), f.key(id));
        const QPointF v0 = f.vertex(id, 0);
        const QPointF target = v0 + (f.bounds(id).center() - v0) * 0.2;
        f.drag(v0, target, 5);
        QCOMPARE(f.stack()->count(), 1);
        QVERIFY(QLineF(f.vertex(id, 0), target).length() < 0.5);
        f.window.documentController()->undoAction()->trigger();
        QCOMPARE(f.vertex(id, 0), v0);
        f.window.documentController()->redoAction()->trigger();
        QVERIFY(QLineF(f.vertex(id, 0), target).length() < 0.5);
    }

    void insertAndDeleteVertex()
    {
        Fixture f;
        QVERIFY(f.open(m_path));
        f.tools()->vertexAction()->trigger();
        const qint64 id = f.cellsBySize()[0];
        f.focus(id, 6.0);
        f.click(*f.pickPoint(id));
        const int n = f.vertices(id);
        // Press on the middle of the first edge: a new vertex there.
        const QPointF mid = (f.vertex(id, 0) + f.vertex(id, 1)) / 2;
        f.click(mid);
        QCOMPARE(f.vertices(id), n + 1);
        QVERIFY(QLineF(f.vertex(id, 1), mid).length() < 0.6);
        f.window.documentController()->undoAction()->trigger();
        QCOMPARE(f.vertices(id), n);

        // Press on an edge and drag: the new vertex follows, and insert + drag is one undo step.
        const int steps = f.stack()->count();
        const QPointF mid2 = (f.vertex(id, 1) + f.vertex(id, 2)) / 2;
        const QPointF target = mid2 + (mid2 - f.bounds(id).center()) * 0.15;
        f.drag(mid2, target, 5);
        QCOMPARE(f.vertices(id), n + 1);
        QVERIFY2(QLineF(f.vertex(id, 2), target).length() < 0.6, qPrintable(QString::number(QLineF(f.vertex(id, 2), target).length())));
        QCOMPARE(f.stack()->index(), steps);   // the undone step above was replaced by one new step
        f.window.documentController()->undoAction()->trigger();
        QCOMPARE(f.vertices(id), n);
        f.window.documentController()->redoAction()->trigger();
        QCOMPARE(f.vertices(id), n + 1);
        QVERIFY(QLineF(f.vertex(id, 2), target).length() < 0.6);
        f.window.documentController()->undoAction()->trigger();

        // Shift+click on a vertex deletes it.
        f.click(f.vertex(id, 2), Qt::ShiftModifier);
        QCOMPARE(f.vertices(id), n - 1);
        QVERIFY(f.status().contains(QString::number(id)));
        f.window.documentController()->undoAction()->trigger();
        QCOMPARE(f.vertices(id), n);
        f.window.documentController()->redoAction()->trigger();
        QCOMPARE(f.vertices(id), n - 1);
    }

    void drawingACellAddsItAndTrianglesKeepTheirVertices()
    {
        Fixture f;
        QVERIFY(f.open(m_path));
        const int cells = f.cells();
        f.tools()->drawAction()->trigger();
        const QPointF c = f.bounds(f.cellsBySize()[0]).center();
        f.focus(f.cellsBySize()[0], 3.0);
        const QList<QPointF> corners{c + QPointF(-8, -8), c + QPointF(8, -8), c + QPointF(8, 8), c + QPointF(-8, 8)};
        for (const QPointF& p : corners)
            f.click(p);
        f.click(corners.first()); // closes the outline
        QCOMPARE(f.cells(), cells + 1);
        QCOMPARE(f.canvas->overlay().count(), cells + 1);
        QCOMPARE(f.stack()->count(), 1);
        const CellKey added = f.canvas->selectedCell();
        QVERIFY(added.isValid());
        QCOMPARE(f.doc->store().vertexCount(added.annotation), std::size_t(4));
        QVERIFY(f.status().contains(QStringLiteral("Added")));
        f.window.documentController()->undoAction()->trigger();
        QCOMPARE(f.cells(), cells);
        f.window.documentController()->redoAction()->trigger();
        QCOMPARE(f.cells(), cells + 1);

        // A triangle cannot lose a vertex: refused with a message, nothing changes.
        QTest::keyClick(f.canvas, Qt::Key_Escape);
        for (const QPointF& p : {c + QPointF(20, 20), c + QPointF(30, 20), c + QPointF(25, 28)})
            f.click(p);
        QTest::keyClick(f.canvas, Qt::Key_Return);
        const CellKey triangle = f.canvas->selectedCell();
        QCOMPARE(f.doc->store().vertexCount(triangle.annotation), std::size_t(3));
        f.tools()->vertexAction()->trigger();
        const int steps = f.stack()->count();
        const auto ring = f.doc->store().ring(triangle.annotation, 0);
        f.click(QPointF(ring[0], ring[1]), Qt::ShiftModifier);
        QCOMPARE(f.doc->store().vertexCount(triangle.annotation), std::size_t(3));
        QCOMPARE(f.stack()->count(), steps);
        QVERIFY(!f.status().isEmpty());
    }

    void selfIntersectingDrawingIsRefused()
    {
        Fixture f;
        QVERIFY(f.open(m_path));
        const int cells = f.cells();
        f.tools()->drawAction()->trigger();
        const QPointF c = f.bounds(f.cellsBySize()[0]).center();
        f.focus(f.cellsBySize()[0], 3.0);
        // A bow tie: its edges cross.
        for (const QPointF& p : {c + QPointF(-8, -8), c + QPointF(8, 8), c + QPointF(8, -8), c + QPointF(-8, 8)})
            f.click(p);
        QTest::keyClick(f.canvas, Qt::Key_Return);
        QCOMPARE(f.cells(), cells);
        QCOMPARE(f.stack()->count(), 0);
        QVERIFY2(!f.status().isEmpty(), "the refusal is explained");
        auto* draw = f.window.findChild<DrawTool*>();
        QCOMPARE(draw->points().size(), 4); // still open for fixing
        QTest::keyClick(f.canvas, Qt::Key_Escape);
        QCOMPARE(draw->points().size(), 0);

        // Two points are not a cell.
        f.click(c);
        f.click(c + QPointF(5, 0));
        QTest::keyClick(f.canvas, Qt::Key_Return);
        QCOMPARE(f.cells(), cells);
        QVERIFY(f.status().contains(QStringLiteral("3")));
    }

    void drawingOutlivesResultsAddedMeanwhile()
    {
        // Results imported (or the model's run ending) while an outline is drawn reset the workspace, and the
        // same image comes back: the outline stays and closes into a cell (before, it was dropped).
        Fixture f;
        QVERIFY(f.open(m_path));
        const int before = int(f.doc->store().liveAnnotationCountOfImage(f.image));
        f.tools()->drawAction()->trigger();
        const QPointF c = f.bounds(f.cellsBySize()[0]).center();
        f.focus(f.cellsBySize()[0], 3.0);
        for (const QPointF& p : {c + QPointF(-8, -8), c + QPointF(8, -8), c + QPointF(8, 8)})
            f.click(p);
        auto* draw = f.window.findChild<DrawTool*>();
        QCOMPARE(draw->points().size(), 3);
        const QString shown = f.canvas->imageName();
        QTemporaryDir dir;
        const QString results = dir.filePath(QStringLiteral("results.json"));
        QVERIFY(writeAll(results, fixtureResults(f.doc->store(), f.image)));
        f.window.importResults(results);
        f.window.predictionReview()->waitForFinished();
        QCoreApplication::processEvents();
        QCOMPARE(f.window.workspace()->setCount(), 2);
        QCOMPARE(f.canvas->imageName(), shown);
        QCOMPARE(draw->points().size(), 3);
        f.click(c + QPointF(-8, 8));
        QTest::keyClick(f.canvas, Qt::Key_Return);
        QCOMPARE(draw->points().size(), 0);
        QCOMPARE(f.stack()->count(), 1);
        QCOMPARE(int(f.doc->store().liveAnnotationCountOfImage(f.image)), before + 1);

        // Another image shown after a reset drops it, as any change of image does.
        f.click(c + QPointF(-20, -20));
        f.click(c + QPointF(20, -20));
        QCOMPARE(draw->points().size(), 2);
        f.window.importResults(results);
        f.window.predictionReview()->waitForFinished();
        QCoreApplication::processEvents();
        QCOMPARE(draw->points().size(), 2);
        const int other = f.window.browser()->model()->rowOfFile(f.doc->store().image((f.image + 1) % 5).fileName);
        f.window.browser()->setCurrentRow(other);
        QVERIFY(f.canvas->imageName() != shown);
        QCOMPARE(draw->points().size(), 0);
    }

    void deletingSelectedCells()
    {
        Fixture f;
        QVERIFY(f.open(m_path));
        f.tools()->selectAction()->trigger();
        const int cells = f.cells();
        const QList<qint64> ids = f.cellsBySize();
        f.click(*f.pickPoint(ids[0]));
        f.click(*f.pickPoint(ids[1]), Qt::ShiftModifier);
        f.tools()->deleteAction()->trigger();
        QCOMPARE(f.cells(), cells - 2);
        QCOMPARE(f.canvas->overlay().count(), cells - 2);
        QVERIFY(f.canvas->selectedCells().isEmpty());
        QCOMPARE(f.stack()->count(), 1);
        f.window.documentController()->undoAction()->trigger();
        QCOMPARE(f.cells(), cells);
        f.window.documentController()->redoAction()->trigger();
        QCOMPARE(f.cells(), cells - 2);

        f.tools()->deleteAction()->trigger();
        QVERIFY(f.status().contains(QStringLiteral("Select")));
    }

    void mergingTwoTouchingCells()
    {
        Fixture f;
        QVERIFY(f.open(m_path));
        f.tools()->selectAction()->trigger();
        const int cells = f.cells();
        // Two neighbours that touch (a vertex of one within 1 px of a vertex of the other).
        const QList<qint64> ids = f.cellsBySize();
        qint64 a = 0, b = 0;
        for (int i = 0; i < ids.size() && !a; ++i) {
            for (int j = i + 1; j < ids.size() && !a; ++j) {
                if (!f.bounds(ids[i]).intersects(f.bounds(ids[j])) || f.minimumGap(ids[i], ids[j]) > 1.0
                    || !f.pickPoint(ids[i]) || !f.pickPoint(ids[j]))
                    continue;
                a = ids[i];
                b = ids[j];
            }
        }
        QVERIFY(a && b);
        f.click(*f.pickPoint(a));
        f.click(*f.pickPoint(b), Qt::ShiftModifier);
        const double areaA = f.doc->store().area(f.doc->store().annotationIndex(a));
        f.tools()->mergeAction()->trigger();
        QVERIFY2(f.stack()->count() == 1, qPrintable(f.status()));
        QCOMPARE(f.cells(), cells - 1);
        QCOMPARE(f.canvas->selectedCells(), QList<CellKey>{f.key(a)});
        QVERIFY(f.doc->store().area(f.doc->store().annotationIndex(a)) > areaA);
        f.window.documentController()->undoAction()->trigger();
        QCOMPARE(f.cells(), cells);
        QCOMPARE(f.doc->store().area(f.doc->store().annotationIndex(a)), areaA);
        f.window.documentController()->redoAction()->trigger();
        QCOMPARE(f.cells(), cells - 1);
    }

    void mergingNeedsTwoCloseCells()
    {
        Fixture f;
        QVERIFY(f.open(m_path));
        f.tools()->selectAction()->trigger();
        const QList<qint64> ids = f.cellsBySize();
        f.click(*f.pickPoint(ids[0]));
        f.tools()->mergeAction()->trigger();
        QVERIFY(f.status().contains(QStringLiteral("two")));
        // Two cells far apart.
        qint64 far = 0;
        for (qint64 id : ids) {
            if (QLineF(f.bounds(id).center(), f.bounds(ids[0]).center()).length() > 300 && f.pickPoint(id)) {
                far = id;
                break;
            }
        }
        QVERIFY(far);
        f.click(*f.pickPoint(far), Qt::ShiftModifier);
        f.tools()->mergeAction()->trigger();
        QCOMPARE(f.stack()->count(), 0);
        QVERIFY2(f.status().contains(QStringLiteral("apart")), qPrintable(f.status()));
    }

    void splittingACellAlongADrawnLine()
    {
        Fixture f;
        QVERIFY(f.open(m_path));
        const int cells = f.cells();
        const qint64 id = f.cellsBySize()[0];
        f.tools()->selectAction()->trigger();
        f.focus(id, 3.0);
        f.click(*f.pickPoint(id));
        f.tools()->splitAction()->trigger();
        const QRectF b = f.bounds(id);
        const double area = f.doc->store().area(f.doc->store().annotationIndex(id));
        f.drag(QPointF(b.left() - 4, b.center().y()), QPointF(b.right() + 4, b.center().y()), 8);
        QVERIFY2(f.stack()->count() == 1, qPrintable(f.status()));
        QCOMPARE(f.cells(), cells + 1);
        QCOMPARE(f.canvas->selectedCells().size(), 2);
        QVERIFY(f.doc->store().area(f.doc->store().annotationIndex(id)) < area);
        f.window.documentController()->undoAction()->trigger();
        QCOMPARE(f.cells(), cells);
        QCOMPARE(f.doc->store().area(f.doc->store().annotationIndex(id)), area);
        f.window.documentController()->redoAction()->trigger();
        QCOMPARE(f.cells(), cells + 1);
    }

    void splitLineThatMissesIsRefused()
    {
        Fixture f;
        QVERIFY(f.open(m_path));
        const qint64 id = f.cellsBySize()[0];
        f.focus(id, 3.0);
        f.tools()->splitAction()->trigger();
        // A short stroke inside the cell does not cut it in two.
        const QPointF p = *f.pickPoint(id);
        f.drag(p, p + QPointF(1.5, 0), 2);
        QCOMPARE(f.stack()->count(), 0);
        QVERIFY(!f.status().isEmpty());
    }
};

QTEST_MAIN(TestEditTools)
#include "tst_edittools.moc"
