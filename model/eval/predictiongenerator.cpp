#include "model/eval/predictiongenerator.h"

#include "model/io/rle.h"
#include "model/parallel.h"

#include <QSaveFile>
#include <QThread>

#include <atomic>
#include <cmath>
#include <numbers>
#include <random>

namespace curator {

namespace {

struct ImageContext
{
    const AnnotationStore& gt;
    const PredictionOptions& options;
    int image;
    std::mt19937_64 rng;
    std::string text;
    qint64 count = 0;
};

double uniform(std::mt19937_64& rng, double lo, double hi)
{
    return std::uniform_real_distribution<double>(lo, hi)(rng);
}

void appendNumber(std::string& s, double v, int decimals)
{
    char buffer[64];
    const int n = std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    s.append(buffer, std::size_t(n));
}

void appendPrediction(ImageContext& c, std::span<const double> ring, double score)
{
    const ImageRecord& image = c.gt.image(c.image);
    Rle::Counts counts;
    Rle::appendFromPolygon(ring, image.height, image.width, counts);
    if (Rle::area(counts) == 0)
        return;
    const auto box = Rle::bbox(counts, image.height, image.width);
    std::string& s = c.text;
    s += c.count || c.image ? ",\n" : "\n";
    s += "{\"image_id\": " + std::to_string(image.id) + ", \"category_id\": 1, \"bbox\": [";
    for (int i = 0; i < 4; ++i) {
        appendNumber(s, box[std::size_t(i)], 1);
        s += i < 3 ? ", " : "], \"score\": ";
    }
    appendNumber(s, score, 6);
    s += ", \"segmentation\": {\"size\": [" + std::to_string(image.height) + ", " + std::to_string(image.width)
         + "], \"counts\": \"";
    for (char ch : Rle::toString(counts)) {
        if (ch == '\\')
            s += '\\';
        s += ch;
    }
    s += "\"}}";
    ++c.count;
}

void perturbedCopy(ImageContext& c, std::span<const double> ring)
{
    double cx = 0, cy = 0;
    const std::size_t n = ring.size() / 2;
    for (std::size_t i = 0; i < n; ++i)
        cx += ring[2 * i], cy += ring[2 * i + 1];
    cx /= double(n), cy /= double(n);
    const double scale = uniform(c.rng, 0.8, 1.2), dx = uniform(c.rng, -2, 2), dy = uniform(c.rng, -2, 2);
    std::vector<double> copy(2 * n);
    for (std::size_t i = 0; i < n; ++i) {
        copy[2 * i] = cx + dx + (ring[2 * i] - cx) * scale + uniform(c.rng, -0.6, 0.6);
        copy[2 * i + 1] = cy + dy + (ring[2 * i + 1] - cy) * scale + uniform(c.rng, -0.6, 0.6);
    }
    const double quality = 1.0 - std::abs(scale - 1.0) * 2.5 - std::hypot(dx, dy) * 0.1;
    appendPrediction(c, copy, std::clamp(0.35 + 0.6 * quality + uniform(c.rng, -0.2, 0.2), 0.01, 0.999));
}

void falsePositive(ImageContext& c)
{
    const ImageRecord& image = c.gt.image(c.image);
    const double cx = uniform(c.rng, 0, image.width), cy = uniform(c.rng, 0, image.height);
    const double r = uniform(c.rng, 4, 14);
    std::vector<double> ring;
    for (int i = 0; i < 16; ++i) {
        const double a = 2 * std::numbers::pi * i / 16, rr = r * uniform(c.rng, 0.8, 1.2);
        ring.push_back(cx + rr * std::cos(a));
        ring.push_back(cy + rr * std::sin(a));
    }
    appendPrediction(c, ring, uniform(c.rng, 0.01, 0.7));
}

void generateImage(ImageContext& c)
{
    const auto& cells = c.gt.annotationsOfImage(c.image);
    for (quint32 a : cells) {
        if (c.gt.segmentationKind(int(a)) != SegmentationKind::Polygon || c.gt.ringCount(int(a)) == 0)
            continue;
        if (uniform(c.rng, 0, 1) < c.options.detectionRate)
            perturbedCopy(c, c.gt.ring(int(a), 0));
    }
    std::poisson_distribution<int> fps(c.options.falsePositiveRate * double(cells.size()));
    for (int i = fps(c.rng); i > 0; --i)
        falsePositive(c);
}

} // namespace

std::optional<qint64> PredictionGenerator::writeResults(const AnnotationStore& groundTruth, const QString& path,
                                                        const PredictionOptions& options, QString* error)
{
    const int images = groundTruth.imageCount();
    std::vector<std::string> texts(static_cast<std::size_t>(images));
    std::vector<qint64> counts(static_cast<std::size_t>(images));
    std::atomic_int next{0};
    auto work = [&] {
        for (int i; (i = next.fetch_add(1)) < images;) {
            ImageContext c{groundTruth, options, i, std::mt19937_64(options.seed * 1000003u + std::uint64_t(i)), {}};
            c.count = 0;
            generateImage(c);
            texts[std::size_t(i)] = std::move(c.text);
            counts[std::size_t(i)] = c.count;
        }
    };
    runInParallel(std::max(1, options.threads > 0 ? options.threads : QThread::idealThreadCount()),
                  [&work](int) { work(); });

    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly) && file.write("[") == 1;
    qint64 total = 0;
    bool first = true;
    for (std::size_t i = 0; ok && i < texts.size(); ++i) {
        std::string_view t = texts[i];
        if (t.empty())
            continue;
        // Each image's text starts with a separator that assumed a predecessor; fix the first one.
        if (first)
            t.remove_prefix(t.starts_with(",") ? 1 : 0);
        first = false;
        ok = file.write(t.data(), qint64(t.size())) == qint64(t.size());
        total += counts[i];
    }
    ok = ok && file.write("\n]\n") == 3 && file.commit();
    if (!ok) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return total;
}

} // namespace curator
