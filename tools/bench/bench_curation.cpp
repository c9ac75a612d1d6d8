// Editing cost against dataset size: every edit, its undo and its redo on a 10,000-cell and a
// 1,000,000-cell set, with the crash journal on. The figures should not grow with the set.
#include "benchutil.h"

#include "model/document.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cmath>
#include <cstdio>
#include <functional>

using namespace curator;

namespace {
std::unique_ptr<AnnotationSet> syntheticSet(int cells, const QString& path)
{
    auto set = std::make_unique<AnnotationSet>();
    set->info.path = path;
    const int perImage = 1000, images = cells / perImage;
    for (int i = 0; i < images; ++i) {
        ImageRecord img;
        img.id = i + 1;
        img.width = 704;
        img.height = 520;
        img.fileName = QStringLiteral("A172_Phase_C7_1_00d00h00m_%1.tif").arg(i);
        img.name = LivecellName::parse(img.fileName);
        set->store.appendImage(std::move(img));
    }
    set->store.appendCategory({1, QStringLiteral("cell"), QStringLiteral("cell")});
    for (int k = 0; k < images * perImage; ++k) {
        AnnotationStore::AnnotationFields f;
        f.id = images + 1 + k;
        f.imageId = k % images + 1;
        f.categoryId = 1;
        const double cx = 20 + (k / images % 40) * 16.0, cy = 20 + (k / images / 40) * 18.0;
        std::vector<double> ring;
        for (int v = 0; v < 28; ++v) // LIVECell rings average 28 vertices
            ring.insert(ring.end(), {std::round((cx + 9 * std::cos(v * 0.2244)) * 100) / 100,
                                     std::round((cy + 9 * std::sin(v * 0.2244)) * 100) / 100});
        const quint32 size = quint32(ring.size());
        f.area = AnnotationStore::polygonArea(ring);
        f.bbox = AnnotationStore::ringsBoundingBox({ring});
        set->store.appendPolygon(f, ring, std::span<const quint32>(&size, 1));
    }
    set->store.finalize();
    return set;
}

/** Average microseconds of @p op over @p n runs. */
double timed(int n, const std::function<void(int)>& op)
{
    const double start = bench::nowSeconds();
    for (int i = 0; i < n; ++i)
        op(i);
    return (bench::nowSeconds() - start) / n * 1e6;
}

void run(int cells, bool journal)
{
    QTemporaryDir dir;
    auto set = syntheticSet(cells, dir.filePath(QStringLiteral("bench.json")));
    const double t0 = bench::nowSeconds();
    Document doc(std::move(set));
    const double opened = bench::nowSeconds() - t0;
    if (journal)
        doc.startJournal(nullptr);
    const AnnotationStore& s = doc.store();
    const auto cell = [&](int image, int k) { return s.annotationId(int(s.annotationsOfImage(image)[std::size_t(k)])); };
    QUndoStack* stack = doc.undoStack();
    const int n = 200, images = s.imageCount();
    std::printf("%9d cells, journal %s: opening the document %.0f ms; per edit in us:\n", cells, journal ? "on" : "off",
                opened * 1e3);
    const auto row = [](const char* what, double us) { std::printf("  %-22s %8.1f\n", what, us); };
    row("move cell", timed(n, [&](int i) { doc.moveCells({cell(i % images, i % 900)}, {0.5, 0}); }));
    row("undo move", timed(n, [&](int) { stack->undo(); }));
    row("redo move", timed(n, [&](int) { stack->redo(); }));
    row("move vertex", timed(n, [&](int i) {
        const auto r = s.ring(s.annotationIndex(cell(i % images, i % 900)), 0);
        doc.moveVertex(cell(i % images, i % 900), 0, 3, {r[6] + 0.3, r[7] + 0.2});
    }));
    row("add cell", timed(n, [&](int i) { doc.addCell(i % images, QPolygonF(QList<QPointF>{{600, 470}, {620, 470}, {610, 485}})); }));
    row("delete cell", timed(n, [&](int i) { doc.deleteCells({cell(i % images, 1)}); }));
    // Fresh neighbours each time (ids picked before any merge): the cost of merging two LIVECell-sized cells.
    std::vector<std::pair<qint64, qint64>> pairs;
    std::vector<qint64> whole;
    for (int i = 0; i < n; ++i) {
        pairs.emplace_back(cell(i % images, 300 + 2 * (i / images)), cell(i % images, 301 + 2 * (i / images)));
        whole.push_back(cell(i % images, 700 + i / images));
    }
    row("merge two cells", timed(n, [&](int i) { doc.mergeCells({pairs[std::size_t(i)].first, pairs[std::size_t(i)].second}); }));
    row("split cell", timed(n, [&](int i) {
        const qint64 id = whole[std::size_t(i)];
        const auto b = s.bbox(s.annotationIndex(id));
        doc.splitCell(id, QPolygonF(QList<QPointF>{{b[0] - 2, b[1] + b[3] / 2}, {b[0] + b[2] + 2, b[1] + b[3] / 2}}));
    }));
    const int steps = stack->count();
    row("undo, every step", timed(steps, [&](int) { stack->undo(); }));
    row("redo, every step", timed(steps, [&](int) { stack->redo(); }));
    std::printf("  (%d undo steps)\n", steps);
    doc.discardJournal();
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    for (int cells : {10'000, 1'000'000}) {
        run(cells, false);
        run(cells, true);
    }
    std::printf("peak RSS %.0f MiB\n", bench::peakRssMiB());
    return 0;
}
