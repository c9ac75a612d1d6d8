#pragma once
// Builders for hand-made evaluation scenes (ground truth and predictions as AnnotationStores), and the
// reference cases read.
#include "model/annotationset.h"
#include "model/annotationstore.h"
#include "model/io/cocoreader.h"
#include "model/io/rle.h"
#include "testutil.h"

#include <QDebug>

#include <cmath>
#include <limits>
#include <memory>
#include <numbers>
#include <random>
#include <utility>
#include <vector>

namespace curator::test {

/** A file of the evaluation reference cases (shared/reference/eval), read; nullptr (with a warning) when it cannot be. */
inline std::unique_ptr<AnnotationSet> readReference(const QString& name)
{
    QString error;
    auto set = CocoReader::readFile(referenceEvalDir() + u'/' + name, &error);
    if (!set)
        qWarning() << error;
    return set;
}

class SceneBuilder
{
public:
    void image(qint64 id, int width, int height, const QString& fileName = {})
    {
        ImageRecord r;
        r.id = id;
        r.width = width;
        r.height = height;
        r.fileName = fileName.isEmpty() ? QStringLiteral("A172_Phase_C7_1_00d00h00m_%1.tif").arg(id) : fileName;
        r.name = LivecellName::parse(r.fileName);
        m_store.appendImage(r);
    }
    void category(qint64 id) { m_store.appendCategory({id, QStringLiteral("cell"), QStringLiteral("cell")}); }

    /** A polygon annotation; area defaults to the shoelace area. */
    int polygon(qint64 id, qint64 imageId, const std::vector<double>& ring, double score = kNoScore,
                bool crowd = false, qint64 categoryId = 1, double area = -1)
    {
        AnnotationStore::AnnotationFields f = fields(id, imageId, score, crowd, categoryId);
        f.area = area >= 0 ? area : AnnotationStore::polygonArea(ring);
        f.bbox = AnnotationStore::ringsBoundingBox({ring});
        const quint32 size = quint32(ring.size());
        return m_store.appendPolygon(f, ring, std::span<const quint32>(&size, 1));
    }
    /** A compressed-RLE annotation (a detectron2-style result when @p score is given). */
    int rle(qint64 id, qint64 imageId, const Rle& mask, double score = kNoScore, bool crowd = false,
            qint64 categoryId = 1, double area = -1)
    {
        AnnotationStore::AnnotationFields f = fields(id, imageId, score, crowd, categoryId);
        f.area = area >= 0 ? area : double(mask.area());
        f.bbox = mask.bbox();
        return m_store.appendRle(f, mask.height(), mask.width(), mask.toString());
    }
    AnnotationStore take()
    {
        m_store.finalize();
        return std::move(m_store);
    }

    static constexpr double kNoScore = std::numeric_limits<double>::quiet_NaN();

private:
    static AnnotationStore::AnnotationFields fields(qint64 id, qint64 imageId, double score, bool crowd, qint64 cat)
    {
        AnnotationStore::AnnotationFields f;
        f.id = id;
        f.imageId = imageId;
        f.categoryId = cat;
        f.crowd = crowd;
        f.score = score;
        return f;
    }
    AnnotationStore m_store;
};

/** An axis-aligned rectangle ring. */
inline std::vector<double> rectangle(double x0, double y0, double x1, double y1)
{
    return {x0, y0, x1, y0, x1, y1, x0, y1};
}

/** A jittered circle with @p n vertices, coordinates rounded to 2 decimals like LIVECell's. */
inline std::vector<double> blob(double cx, double cy, double r, int n, std::mt19937& rng, double jitter = 0.2)
{
    std::uniform_real_distribution<double> j(1.0 - jitter, 1.0 + jitter);
    std::vector<double> ring;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * std::numbers::pi * i / n, rr = r * j(rng);
        ring.push_back(std::round((cx + rr * std::cos(a)) * 100) / 100);
        ring.push_back(std::round((cy + rr * std::sin(a)) * 100) / 100);
    }
    return ring;
}

/**
 * @p images 100×100 images of four 12×12 squares each, and a prediction for every square shifted by
 * @p shift pixels (IoU 12/13 for one, scores falling along each image): large stores of the simplest
 * scene. Ground truth has the images; predictions are a results list.
 */
inline std::pair<AnnotationStore, AnnotationStore> manySquareImages(int images, int shift = 1)
{
    SceneBuilder g, p;
    g.category(1);
    for (int image = 1; image <= images; ++image) {
        g.image(image, 100, 100);
        for (int i = 0; i < 4; ++i) {
            const double x = i * 20;
            g.polygon(image * 10 + i, image, rectangle(x, 0, x + 12, 12));
            p.polygon(image * 10 + i, image, rectangle(x + shift, 0, x + shift + 12, 12), 1.0 - i * 1e-4);
        }
    }
    return {g.take(), p.take()};
}

/** manySquareImages(@p images) as sets: squares.json, and its predictions squares_results.json, a bare results list. */
inline std::pair<std::unique_ptr<AnnotationSet>, std::unique_ptr<AnnotationSet>> squareImageSets(int images)
{
    auto [gt, dt] = manySquareImages(images);
    auto groundTruth = std::make_unique<AnnotationSet>();
    groundTruth->info.path = QStringLiteral("squares.json");
    groundTruth->store = std::move(gt);
    auto predictions = std::make_unique<AnnotationSet>();
    predictions->info.kind = SetKind::Results;
    predictions->info.path = QStringLiteral("squares_results.json");
    predictions->layout.bareResultsList = true;
    predictions->store = std::move(dt);
    return {std::move(groundTruth), std::move(predictions)};
}

} // namespace curator::test
