// Viewer speed on the offscreen platform: a 704×520 LIVECell image with 3,000 polygons.
// Prints: full repaint at fit (layer re-made: image + every polygon), hover and selection updates
// (hit test + partial repaint), and switching to the next image (TIFF decode from the zip, display
// preset, overlay build and the first full repaint). Images are the real ones of the bundled
// sample's images.zip; the polygons are synthetic cell-like rings of 28 vertices (LIVECell's mean).
#include "benchutil.h"

#include "model/io/imagesource.h"
#include "model/io/rle.h"
#include "model/workspace.h"
#include "widgets/imagecanvas.h"
#include "widgets/sampledataset.h"

#include <QApplication>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <time.h>
#include <vector>

using namespace curator;

namespace {

constexpr int kCells = 3000;
constexpr int kVertices = 28;

void addImageWithCells(AnnotationStore& store, const QString& fileName, qint64 id, std::mt19937& rng)
{
    ImageRecord rec;
    rec.id = id;
    rec.width = 704;
    rec.height = 520;
    rec.fileName = fileName;
    rec.name = LivecellName::parse(fileName);
    const int image = store.appendImage(rec);
    Q_UNUSED(image);
    std::uniform_real_distribution<double> jitter(-3.0, 3.0), radius(4.5, 8.0), wobble(0.8, 1.2);
    const int columns = 60; // 60 × 50 jittered grid over 704 × 520: dense, with some overlaps
    for (int c = 0; c < kCells; ++c) {
        const double cx = (c % columns + 0.5) * 704.0 / columns + jitter(rng);
        const double cy = (c / columns + 0.5) * 520.0 / (kCells / columns) + jitter(rng);
        const double r = radius(rng);
        std::vector<double> xy;
        for (int v = 0; v < kVertices; ++v) {
            const double a = 2 * M_PI * v / kVertices;
            xy.push_back(std::clamp(cx + std::cos(a) * r * wobble(rng), 0.0, 704.0));
            xy.push_back(std::clamp(cy + std::sin(a) * r * 0.8 * wobble(rng), 0.0, 520.0));
        }
        AnnotationStore::AnnotationFields f;
        f.id = id * 10000 + c + 1;
        f.imageId = id;
        f.categoryId = 1;
        f.area = AnnotationStore::polygonArea(xy);
        const quint32 size = quint32(xy.size());
        store.appendPolygon(f, xy, std::span<const quint32>(&size, 1));
    }
}

struct Stats
{
    double median, mean, max, cpuMedian;
};

/** CPU time of this thread: unlike wall time it does not grow when other processes compete for the cores. */
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

template <typename F>
Stats measure(int runs, F&& f)
{
    std::vector<double> ms, cpu;
    for (int i = 0; i < runs; ++i) {
        const double t0 = bench::nowSeconds();
        const double c0 = threadCpuMs();
        f(i);
        cpu.push_back(threadCpuMs() - c0);
        ms.push_back((bench::nowSeconds() - t0) * 1000.0);
    }
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    std::sort(cpu.begin(), cpu.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    return {sorted[sorted.size() / 2], sum / double(ms.size()), sorted.back(), cpu[cpu.size() / 2]};
}

void print(const char* what, const Stats& s, double budget)
{
    std::printf("%-54s wall median %7.2f  mean %7.2f  max %7.2f | cpu median %7.2f ms  (budget %g ms)\n", what,
                s.median, s.mean, s.max, s.cpuMedian, budget);
}

/** Two real sample images, each given kCells synthetic polygons; nullptr-free or exits. */
QStringList fillWorkspace(Workspace& workspace)
{
    QString error;
    const QString sample = SampleDataset::location(&error);
    std::unique_ptr<ImageSource> source = ImageSource::open(sample + QStringLiteral("/images.zip"), &error);
    if (!source) {
        std::fprintf(stderr, "cannot open the sample images.zip: %s\n", qPrintable(error));
        std::exit(1);
    }
    QStringList names = source->baseNames();
    names.sort();
    names = names.mid(0, 2);
    auto set = std::make_unique<AnnotationSet>();
    std::mt19937 rng(42);
    for (int i = 0; i < names.size(); ++i)
        addImageWithCells(set->store, names[i], i + 1, rng);
    set->store.appendCategory({1, QStringLiteral("cell"), QStringLiteral("cell")});
    set->store.finalize();
    workspace.addSet(std::move(set));
    workspace.setImageSource(std::move(source));
    return names;
}

void benchRepaint(ImageCanvas& canvas, const OverlayStyle& style)
{
    print("full repaint at fit (image + 3,000 polygons)",
          measure(60, [&](int) { canvas.invalidateLayer(); canvas.repaint(); }), 16);
    OverlayStyle outlines = style;
    outlines.fill = false;
    canvas.setOverlayStyle(outlines);
    print("full repaint at fit, outlines only", measure(60, [&](int) { canvas.invalidateLayer(); canvas.repaint(); }), 16);
    canvas.setOverlayStyle(style);
    canvas.repaint();
}

void benchHoverAndSelection(ImageCanvas& canvas)
{
    // Hover: move the mouse across cell centres; each event hit-tests and repaints two small rects.
    std::vector<QPointF> points;
    for (int i = 0; i < 200; ++i)
        points.push_back(canvas.mapFromImage(canvas.overlay().bounds((i * 37) % canvas.overlay().count()).center()));
    print("hover update (hit test + repaint)", measure(200, [&](int i) {
              QMouseEvent move(QEvent::MouseMove, points[std::size_t(i)], canvas.mapToGlobal(points[std::size_t(i)]),
                               Qt::NoButton, Qt::NoButton, Qt::NoModifier);
              QCoreApplication::sendEvent(&canvas, &move);
              canvas.repaint();
          }), 5);
    print("selection update (select + repaint)", measure(200, [&](int i) {
              canvas.setSelectedCell(canvas.overlay().cell((i * 53) % canvas.overlay().count()));
              canvas.repaint();
          }), 5);
}

void benchImageSwitch(ImageCanvas& canvas, Workspace& workspace, const QStringList& names)
{
    print("next image (zip read + TIFF decode + overlay + paint)", measure(40, [&](int i) {
              canvas.setImage(names[(i + 1) % names.size()]);
              canvas.repaint();
          }), 50);
    QString error;
    print("  of which: zip read + TIFF decode",
          measure(40, [&](int i) { workspace.loadImage(names[i % names.size()], &error); }), 50);
    const QImage raw = canvas.rawImage();
    for (int p = 0; p < kDisplayPresetCount; ++p) {
        DisplaySettings s;
        s.preset = DisplayPreset(p);
        const QByteArray label = "  display preset " + DisplayPresets::key(s.preset).toUtf8();
        print(label.constData(), measure(20, [&](int) { DisplayPresets::render(raw, s); }), 50);
    }
    CellOverlay overlay;
    print("  of which: overlay build (polygons + grid)",
          measure(40, [&](int) { overlay.build(workspace, names[0], raw.size()); }), 50);
}

// A detectron2 results file keeps up to 2,000 masks per image as RLE; their outlines are traced
// from the runs when the image is shown.
void benchResultsOverlay(Workspace& workspace, const QString& name)
{
    auto results = std::make_unique<AnnotationSet>();
    const AnnotationStore& gt = workspace.set(0).store;
    const std::vector<quint32>& cells = gt.annotationsOfImage(0);
    for (std::size_t i = 0; i < 2000 && i < cells.size(); ++i) {
        const Rle rle = Rle::fromPolygon(gt.ring(int(cells[i]), 0), 520, 704);
        AnnotationStore::AnnotationFields f;
        f.id = qint64(i) + 1;
        f.imageId = gt.image(0).id;
        f.score = 0.5;
        results->store.appendRle(f, 520, 704, std::span<const quint32>(rle.counts()));
    }
    results->store.finalize();
    workspace.addSet(std::move(results));
    CellOverlay overlay;
    print("overlay build with 2,000 RLE masks (results file) too",
          measure(10, [&](int) { overlay.build(workspace, name, QSize(704, 520)); }), 50);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Workspace workspace;
    const QStringList names = fillWorkspace(workspace);
    ImageCanvas canvas(&workspace);
    canvas.resize(960, 700);
    canvas.show();
    QCoreApplication::processEvents();
    OverlayStyle style;
    style.fill = true;
    canvas.setOverlayStyle(style);
    canvas.setImage(names[0]);
    canvas.repaint();
    std::printf("bench_viewer: %d polygons x %d vertices on %s (%dx%d), canvas %dx%d, zoom %.2f (fit), "
                "outline + fill %.0f%%, antialiased\n",
                canvas.overlay().count(), kVertices, qPrintable(names[0]), canvas.rawImage().width(),
                canvas.rawImage().height(), canvas.width(), canvas.height(), canvas.zoom(), style.fillOpacity * 100);
    benchRepaint(canvas, style);
    benchHoverAndSelection(canvas);
    benchImageSwitch(canvas, workspace, names);
    benchResultsOverlay(workspace, names[0]);
    std::printf("peak RSS %.1f MiB\n", bench::peakRssMiB());
    return 0;
}
