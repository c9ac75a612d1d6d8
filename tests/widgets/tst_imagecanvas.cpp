// The canvas draws the cells of every visible set and cell type over the image, finds the cell
// under the cursor, and zooms around the cursor.
#include "viewerworkspace.h"

#include "widgets/imagecanvas.h"

#include <QSignalSpy>
#include <QTest>

using namespace curator;
using namespace curator::test;

namespace {

/** True when some pixel in @p r of @p drawn is clearly nearer @p colour than the same pixel of @p bare. */
bool tinted(const QImage& drawn, const QImage& bare, const QRect& r, const QColor& colour)
{
    auto distance = [&](QColor c) {
        return std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue());
    };
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            if (distance(drawn.pixelColor(x, y)) + 80 < distance(bare.pixelColor(x, y)))
                return true;
        }
    return false;
}

/** The canvas's image without any cells, to compare against. */
QImage bare(ImageCanvas& canvas)
{
    const OverlayStyle style = canvas.overlayStyle();
    OverlayStyle hidden = style;
    hidden.visible = false;
    canvas.setOverlayStyle(hidden);
    const QImage image = canvas.renderImage(1.0);
    canvas.setOverlayStyle(style);
    return image;
}

/** Shows @p canvas with kC7T0 at 100 %, the whole image in view, as the pointer tests need it. */
bool showAtFullSize(ImageCanvas& canvas)
{
    canvas.resize(704, 520);
    canvas.show();
    if (!QTest::qWaitForWindowExposed(&canvas))
        return false;
    canvas.setImage(kC7T0);
    canvas.setZoom(1.0, QPointF(0, 0));
    canvas.centreOn(QPointF(352, 260));
    return true;
}

} // namespace

class TestImageCanvas : public QObject
{
    Q_OBJECT

    Workspace m_workspace;

    /** A results list (as imported or made by the model) of squares on image @p imageId, scored 0.9, 0.8, … */
    static std::unique_ptr<AnnotationSet> resultsFor(qint64 imageId, const std::vector<SquareCell>& cells,
                                                     const QString& path = QStringLiteral("results.json"))
    {
        auto set = std::make_unique<AnnotationSet>();
        set->info.kind = SetKind::Results;
        set->info.path = path;
        set->layout.bareResultsList = true;
        for (const SquareCell& c : cells) {
            const std::vector<double> xy{c.x, c.y, c.x + c.size, c.y, c.x + c.size, c.y + c.size, c.x, c.y + c.size};
            AnnotationStore::AnnotationFields f;
            f.id = set->store.annotationCount() + 1;
            f.imageId = imageId;
            f.categoryId = 1;
            f.area = c.size * c.size;
            f.bbox = {c.x, c.y, c.size, c.size};
            f.score = 1.0 - c.size / 200.0;
            const quint32 n = quint32(xy.size());
            set->store.appendPolygon(f, xy, std::span<const quint32>(&n, 1));
        }
        set->store.appendCategory({1, QStringLiteral("cell"), QStringLiteral("cell")});
        set->store.finalize();
        return set;
    }

private slots:
    void initTestCase()
    {
        fillWorkspace(m_workspace);
        // A second cell type on the same image: the category names a type (as in derived copies).
        auto set = makeSet(QStringLiteral("results.json"), {{kC7T0, {{400, 300, 40}}}}, 9000);
        set->store.appendCategory({2, QStringLiteral("MCF7"), QStringLiteral("cell")});
        set->store.setCategory(0, 2);
        m_workspace.addSet(std::move(set));
    }

    void drawsOutlinesWhereTheCellsAre()
    {
        ImageCanvas canvas(&m_workspace);
        canvas.resize(704, 520);
        QVERIFY(canvas.setImage(kC7T0));
        QCOMPARE(canvas.overlay().count(), 4);
        const QImage image = canvas.renderImage(1.0);
        const QImage plain = bare(canvas);
        QCOMPARE(image.size(), QSize(704, 520));
        // The 30 px square at (100, 100) is outlined in A172's colour; its inside stays grey.
        QVERIFY(tinted(image, plain, QRect(99, 99, 3, 3), cellTypeColour(CellType::A172)));
        QVERIFY(tinted(image, plain, QRect(129, 110, 2, 2), cellTypeColour(CellType::A172)));
        QVERIFY(!tinted(image, plain, QRect(103, 103, 24, 24), cellTypeColour(CellType::A172)));
        QVERIFY(tinted(image, plain, QRect(399, 299, 3, 3), cellTypeColour(CellType::MCF7)));
    }

    void hidesCellsPerCellTypeAndSet()
    {
        ImageCanvas canvas(&m_workspace);
        canvas.resize(704, 520);
        canvas.setImage(kC7T0);
        const QImage plain = bare(canvas);
        canvas.setHiddenCellTypes({CellType::MCF7});
        QCOMPARE(canvas.overlay().visibleCount(), 3);
        QImage image = canvas.renderImage(1.0);
        QVERIFY(!tinted(image, plain, QRect(399, 299, 3, 3), cellTypeColour(CellType::MCF7)));
        QVERIFY(tinted(image, plain, QRect(99, 99, 3, 3), cellTypeColour(CellType::A172)));
        canvas.setHiddenCellTypes({});
        canvas.setHiddenSets({0});
        QCOMPARE(canvas.overlay().visibleCount(), 1);
        image = canvas.renderImage(1.0);
        QVERIFY(!tinted(image, plain, QRect(99, 99, 3, 3), cellTypeColour(CellType::A172)));
        QVERIFY(tinted(image, plain, QRect(399, 299, 3, 3), cellTypeColour(CellType::MCF7)));
        // A hidden cell cannot be hovered or hit.
        QCOMPARE(canvas.overlay().cellAt(QPointF(115, 115)), -1);
    }

    void fillsWithTheChosenOpacity()
    {
        ImageCanvas canvas(&m_workspace);
        canvas.setImage(kC7T0);
        OverlayStyle style;
        style.fill = true;
        style.fillOpacity = 1.0;
        canvas.setOverlayStyle(style);
        DisplaySettings raw;
        raw.preset = DisplayPreset::Raw;
        canvas.setDisplaySettings(raw);
        const QImage image = canvas.renderImage(1.0);
        QCOMPARE(image.pixelColor(115, 115), cellTypeColour(CellType::A172));
        QCOMPARE(image.pixelColor(140, 85), QColor(225, 225, 225));   // outside every cell: (140 + 85) % 256
        style.visible = false;
        canvas.setOverlayStyle(style);
        QCOMPARE(canvas.renderImage(1.0).pixelColor(115, 115), QColor(230, 230, 230));   // (115 + 115) % 256
    }

    void reportsTheCellAndPixelUnderTheCursor()
    {
        ImageCanvas canvas(&m_workspace);
        QVERIFY(showAtFullSize(canvas));
        QSignalSpy hovered(&canvas, &ImageCanvas::hoveredCellChanged);
        QSignalSpy cursor(&canvas, &ImageCanvas::cursorMoved);
        const QPoint inside = canvas.mapFromImage(QPointF(115.2, 120.2)).toPoint();
        QTest::mouseMove(&canvas, inside);
        QTRY_COMPARE(hovered.count(), 1);
        const CellKey cell = hovered.first().at(0).value<CellKey>();
        QCOMPARE(m_workspace.set(cell.set).store.area(cell.annotation), 900.0);
        QVERIFY(!cursor.isEmpty());
        QCOMPARE(cursor.last().at(0).toPoint(), QPoint(115, 120));
        QCOMPARE(cursor.last().at(1).toInt(), (115 + 120) % 256);
    }

    void readoutsFollowWhatChangesUnderAStillCursor()
    {
        // Before, stepping to the next image (Page Down) with the mouse still over the canvas left the
        // status bar with the previous image's pixel value and hovered cell until the mouse moved.
        ImageCanvas canvas(&m_workspace);
        QVERIFY(showAtFullSize(canvas));
        QSignalSpy hovered(&canvas, &ImageCanvas::hoveredCellChanged);
        QSignalSpy cursor(&canvas, &ImageCanvas::cursorMoved);
        // (Not the pixel the test above moved to: QTest sends no move to where the mouse already is.)
        QTest::mouseMove(&canvas, canvas.mapFromImage(QPointF(112.2, 125.2)).toPoint());
        QTRY_VERIFY(!hovered.isEmpty() && hovered.last().at(0).value<CellKey>().isValid());

        // Another image of the same size keeps the view: the same pixel, now of a flat image and no cell.
        QImage flat(704, 520, QImage::Format_Grayscale8);
        flat.fill(77);
        canvas.setImageData(kMcf7, flat);
        QVERIFY(!hovered.last().at(0).value<CellKey>().isValid());
        QCOMPARE(cursor.last().at(0).toPoint(), QPoint(112, 125));
        QCOMPARE(cursor.last().at(1).toInt(), 77);

        // Back to the first image: its cell and pixel again, without a mouse move.
        canvas.setImage(kC7T0);
        QVERIFY(hovered.last().at(0).value<CellKey>().isValid());
        QCOMPARE(cursor.last().at(1).toInt(), (112 + 125) % 256);

        // A pan (keyboard or scroll) moves the image under the pointer: the readout follows it.
        canvas.setZoom(2.0, canvas.mapFromImage(QPointF(112.2, 125.2)));
        QCOMPARE(cursor.last().at(0).toPoint(), QPoint(112, 125));   // zooming about the cursor keeps its pixel
        canvas.centreOn(QPointF(600, 400));
        const QPoint now = cursor.last().at(0).toPoint();
        QVERIFY(now != QPoint(112, 125));
        QCOMPARE(cursor.last().at(1).toInt(), (now.x() + now.y()) % 256);

        // With no image there is nothing to read out.
        canvas.clearImage();
        QCOMPARE(cursor.last().at(1).toInt(), -1);
        QVERIFY(!hovered.last().at(0).value<CellKey>().isValid());
    }

    void selectsByClickAndCentresOnRequest()
    {
        ImageCanvas canvas(&m_workspace);
        canvas.resize(400, 300);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.setImage(kC7T0);
        QSignalSpy selected(&canvas, &ImageCanvas::selectedCellChanged);
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, canvas.mapFromImage(QPointF(20, 20)).toPoint());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(m_workspace.set(canvas.selectedCell().set).store.area(canvas.selectedCell().annotation), 400.0);
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, canvas.mapFromImage(QPointF(600, 40)).toPoint());
        QVERIFY(!canvas.selectedCell().isValid());

        canvas.setZoom(4.0);
        const CellKey far = canvas.overlay().cell(canvas.overlay().cellAt(QPointF(305, 205)));
        canvas.setSelectedCell(far, true);
        QCOMPARE(canvas.selectedCell(), far);
        const QPointF centre = canvas.mapToImage(QPointF(canvas.width() / 2.0, canvas.height() / 2.0));
        QVERIFY(std::abs(centre.x() - 305) < 1 && std::abs(centre.y() - 205) < 1);
    }

    void zoomsAroundTheCursorAndFits()
    {
        ImageCanvas canvas(&m_workspace);
        canvas.resize(800, 600);
        canvas.setImage(kC7T0);
        QVERIFY(canvas.isFitToWindow());
        const QPointF anchor(300, 200);
        const QPointF before = canvas.mapToImage(anchor);
        canvas.setZoom(8.0, anchor);
        QCOMPARE(canvas.zoom(), 8.0);
        const QPointF after = canvas.mapToImage(anchor);
        QVERIFY(std::abs(after.x() - before.x()) < 1e-6 && std::abs(after.y() - before.y()) < 1e-6);
        canvas.fitToWindow();
        QVERIFY(std::abs(canvas.zoom() - std::min(800.0 / 704, 600.0 / 520)) < 1e-9);
    }

    void outlinesRleMasks()
    {
        // A detectron2-style mask: a 10 × 10 square at (50, 60), column-major runs.
        Workspace workspace;
        auto set = makeSet(QStringLiteral("val.json"), {{kC7T0, {}}});
        std::vector<quint32> runs;
        quint32 background = 50 * 520 + 60;
        for (int column = 0; column < 10; ++column) {
            runs.push_back(background);
            runs.push_back(10);
            background = 520 - 10;
        }
        runs.push_back(704 * 520 - 50 * 520 - 60 - 9 * 520 - 10);
        AnnotationStore::AnnotationFields f;
        f.id = 5;
        f.imageId = set->store.image(0).id;
        f.area = 100;
        set->store.appendRle(f, 520, 704, runs);
        set->store.finalize();
        workspace.addSet(std::move(set));
        ImageCanvas canvas(&workspace);
        canvas.setImageData(kC7T0, gradientImage());
        QCOMPARE(canvas.overlay().count(), 1);
        QCOMPARE(canvas.overlay().bounds(0), QRectF(50, 60, 10, 10));
        QCOMPARE(canvas.overlay().cellAt(QPointF(55, 65)), 0);
        QCOMPARE(canvas.overlay().cellAt(QPointF(61, 65)), -1);
    }

    void forgetsTheMatchedCellWithTheSets()
    {
        // A cell key indexes the sets of its time: after they are replaced it would outline whichever
        // cell took its place.
        Workspace workspace;
        fillWorkspace(workspace);
        ImageCanvas canvas(&workspace);
        QVERIFY(canvas.setImage(kC7T0));
        const CellKey cell = canvas.overlay().cell(0);
        canvas.setMatchedCell(cell);
        QCOMPARE(canvas.matchedCell(), cell);
        workspace.addSet(makeSet(QStringLiteral("other.json"), {{kC7T0, {{200, 200, 20}}}}, 7000));
        QVERIFY(!canvas.matchedCell().isValid());
    }

    void keepsTheViewWhenTheSameImageComesBack()
    {
        // Running the model on the image shown, or importing results, adds a set: the views reset and the
        // main window shows the same image again. Its zoom, position and selected cells stay (before, the
        // view jumped back to the whole image and the selection went).
        Workspace workspace;
        fillWorkspace(workspace);
        ImageCanvas canvas(&workspace);
        canvas.resize(400, 300);
        QVERIFY(canvas.setImage(kC7T0));
        canvas.setZoom(4.0, QPointF(0, 0));
        canvas.centreOn(QPointF(115, 115));
        const QPointF centre = canvas.mapToImage(QPointF(200, 150));
        const int at = canvas.overlay().cellAt(QPointF(115, 115));
        QVERIFY(at >= 0);
        const CellKey cell = canvas.overlay().cell(at);
        canvas.setSelectedCell(cell);
        QSignalSpy selection(&canvas, &ImageCanvas::selectionChanged);
        workspace.addSet(makeSet(QStringLiteral("results.json"), {{kC7T0, {{400, 300, 40}}}}, 9000));
        QVERIFY(canvas.imageName().isEmpty());
        QVERIFY(canvas.setImage(kC7T0));
        QCOMPARE(canvas.zoom(), 4.0);
        const QPointF after = canvas.mapToImage(QPointF(200, 150));
        QVERIFY2(std::abs(after.x() - centre.x()) < 1e-6 && std::abs(after.y() - centre.y()) < 1e-6,
                 qPrintable(QStringLiteral("%1, %2").arg(after.x()).arg(after.y())));
        QCOMPARE(canvas.selectedCell(), cell);
        QVERIFY(!selection.isEmpty());   // the cell table and the review follow

        // Another image after the reset: nothing is carried over to it but the zoom (as between any two
        // images of one size).
        canvas.setSelectedCell(cell);
        workspace.addSet(makeSet(QStringLiteral("more.json"), {{kC7T0, {{400, 300, 40}}}}, 9100));
        QVERIFY(canvas.setImage(kC7T4));
        QVERIFY(!canvas.selectedCell().isValid());
        QCOMPARE(canvas.zoom(), 4.0);
        QVERIFY(canvas.setImage(kC7T0));
        QVERIFY(!canvas.selectedCell().isValid());
    }

    void keepsASelectedPredictionWhenTheSameImageComesBack()
    {
        // Predictions are numbered afresh in each results list, so a selected one is found again by its
        // file, image, box and score: after another file is added, and after the files are opened again,
        // the predictions now in another order and coming after the ground truth (two resets, no image
        // shown between them).
        Workspace workspace;
        fillWorkspace(workspace);
        const qint64 imageId = workspace.set(0).store.image(0).id;   // kC7T0
        workspace.addSet(resultsFor(imageId, {{400, 300, 40}, {500, 100, 20}}));
        ImageCanvas canvas(&workspace);
        canvas.resize(400, 300);
        QVERIFY(canvas.setImage(kC7T0));
        const CellKey prediction{2, 1};   // the 20 px square
        canvas.setSelectedCell(prediction);
        QCOMPARE(canvas.selectedCell(), prediction);
        workspace.addSet(resultsFor(imageId, {{500, 100, 20}, {400, 300, 40}}, QStringLiteral("again.json")));
        QVERIFY(canvas.setImage(kC7T0));
        QCOMPARE(canvas.selectedCell(), prediction);
        workspace.clear();
        fillWorkspace(workspace);
        QVERIFY(canvas.setImage(kC7T0));   // the ground truth first: the prediction is not there yet
        QVERIFY(!canvas.selectedCell().isValid());
        workspace.addSet(resultsFor(imageId, {{500, 100, 20}, {400, 300, 40}}));
        workspace.addSet(resultsFor(imageId, {{500, 100, 20}, {400, 300, 40}}, QStringLiteral("again.json")));
        QVERIFY(canvas.setImage(kC7T0));
        QCOMPARE(canvas.selectedCell(), (CellKey{2, 0}));
        // One of the other file stays with that file, though the first holds the same square.
        canvas.setSelectedCell(CellKey{3, 0});
        workspace.addSet(makeSet(QStringLiteral("more.json"), {{kC7T0, {}}}, 9100));
        QVERIFY(canvas.setImage(kC7T0));
        QCOMPARE(canvas.selectedCell(), (CellKey{3, 0}));
    }

    void staysPixelSharpAtHighZoom()
    {
        ImageCanvas canvas(&m_workspace);
        canvas.resize(320, 320);
        canvas.setImage(kSkov3);     // the gradient image, no cells
        DisplaySettings raw;
        raw.preset = DisplayPreset::Raw;
        canvas.setDisplaySettings(raw);
        canvas.setZoom(16.0, QPointF(0, 0));
        canvas.centreOn(QPointF(10, 10));
        const QImage view = canvas.renderView();
        // Inside one image pixel every screen pixel has the same value: nearest neighbour.
        const QPoint p = canvas.mapFromImage(QPointF(10.1, 10.1)).toPoint();
        const QRgb first = view.pixel(p);
        for (int d = 0; d < 12; ++d)
            QCOMPARE(view.pixel(p + QPoint(d, d)), first);
        QCOMPARE(qGray(first), 20);
    }
};

QTEST_MAIN(TestImageCanvas)
#include "tst_imagecanvas.moc"
