#include "model/segmentation/segmenter.h"

#include "model/segmentation/networkoutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <mutex>
#include <utility>

namespace curator {
namespace {

/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::Segmenter)
};

int roundUp(int v, int d) { return (v + d - 1) / d * d; }

/** @p image as float, normalised with the sidecar's mean and std; 16-bit images stretched to 0…255 first. */
cv::Mat normalised(const QImage& image, const ModelSidecar& sidecar)
{
    cv::Mat out(image.height(), image.width(), CV_32F);
    if (image.format() == QImage::Format_Grayscale16) {
        const cv::Mat raw(image.height(), image.width(), CV_16U, const_cast<uchar*>(image.constBits()),
                          std::size_t(image.bytesPerLine()));
        double lo = 0, hi = 0;
        cv::minMaxLoc(raw, &lo, &hi);
        const double scale = hi > lo ? 255.0 / (hi - lo) : 1.0;
        raw.convertTo(out, CV_32F, scale / sidecar.std(), (-lo * scale - sidecar.mean()) / sidecar.std());
        return out;
    }
    const QImage gray = image.format() == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat raw(gray.height(), gray.width(), CV_8U, const_cast<uchar*>(gray.constBits()), std::size_t(gray.bytesPerLine()));
    raw.convertTo(out, CV_32F, 1.0 / sidecar.std(), -sidecar.mean() / sidecar.std());
    return out;
}

bool hasShape(const cv::Mat& out, int channels, int height, int width)
{
    return out.dims == 4 && out.size[0] == 1 && out.size[1] == channels && out.size[2] == height && out.size[3] == width
           && out.type() == CV_32F && out.isContinuous();
}

/**
 * How an image is cut for the network: one pass over the image padded to multiples of the divisor
 * when that fits tileSize, else tiles of tileSize stepping by tileSize − 2 × overlap over the image
 * mirrored by overlap on every side; each tile's centre (keep × keep) is stored.
 */
struct TilePlan
{
    TilePlan(int w, int h, const ModelSidecar& s)
    {
        const int d = s.divisor();
        tile = s.tileSize();
        single = roundUp(w, d) <= tile && roundUp(h, d) <= tile;
        margin = single ? 0 : s.tileOverlap();
        step = single ? 0 : tile - 2 * margin;
        tilesX = single ? 1 : (w + step - 1) / step;
        tilesY = single ? 1 : (h + step - 1) / step;
        padW = single ? roundUp(w, d) : tilesX * step + 2 * margin;
        padH = single ? roundUp(h, d) : tilesY * step + 2 * margin;
        keep = single ? std::max(w, h) : step;
    }

    cv::Rect input(int tx, int ty) const { return single ? cv::Rect(0, 0, padW, padH) : cv::Rect(tx * step, ty * step, tile, tile); }

    bool single = true;
    int tile = 0, margin = 0, step = 0, tilesX = 1, tilesY = 1, padW = 0, padH = 0, keep = 0;
};

/** @p maps resized to @p width × @p height (area averaging when shrinking, bilinear when growing). */
ProbabilityMaps resizedMaps(const ProbabilityMaps& maps, int width, int height)
{
    ProbabilityMaps out;
    out.width = width;
    out.height = height;
    const auto n = std::size_t(width) * std::size_t(height);
    const int interpolation = width < maps.width ? cv::INTER_AREA : cv::INTER_LINEAR;
    for (auto [from, to] : {std::pair{&maps.interior, &out.interior}, std::pair{&maps.foreground, &out.foreground},
                            std::pair{&maps.contact, &out.contact}}) {
        if (from->empty())
            continue;
        to->resize(n);
        const cv::Mat src(maps.height, maps.width, CV_32F, const_cast<float*>(from->data()));
        cv::Mat dst(height, width, CV_32F, to->data());
        cv::resize(src, dst, dst.size(), 0, 0, interpolation);
    }
    return out;
}

cv::Mat forward(cv::dnn::Net& net, const cv::Mat& tile)
{
    const int shape[4] = {1, 1, tile.rows, tile.cols};
    cv::Mat blob(4, shape, CV_32F);
    tile.copyTo(cv::Mat(tile.rows, tile.cols, CV_32F, blob.ptr<float>()));
    net.setInput(blob);
    return net.forward();
}

/** Mirrors every channel plane of a 1 × C × H × W blob in place (cv::flip's code: 1 left-right, 0 up-down, -1 both). */
void flipPlanes(cv::Mat& blob, int code)
{
    const int planes = blob.size[1], h = blob.size[2], w = blob.size[3];
    for (int c = 0; c < planes; ++c) {
        cv::Mat plane(h, w, CV_32F, blob.ptr<float>() + std::size_t(c) * std::size_t(h) * std::size_t(w));
        cv::flip(plane, plane, code);
    }
}

/**
 * The network's output for @p tile, averaged over @p passes mirror images (1, 2 or 4): each mirrored
 * tile's output is mirrored back first, so every pass votes for the same pixel.
 */
cv::Mat forwardAveraged(cv::dnn::Net& net, const cv::Mat& tile, int passes)
{
    if (passes <= 1)
        return forward(net, tile);
    cv::Mat sum = forward(net, tile).clone();   // the next forward() reuses the network's buffer
    static constexpr int kCodes[3] = {1, 0, -1};
    for (int p = 1; p < passes; ++p) {
        cv::Mat mirrored;
        cv::flip(tile, mirrored, kCodes[p - 1]);
        cv::Mat out = forward(net, mirrored);
        if (out.dims != sum.dims || out.total() != sum.total())
            return out;   // the caller's shape check reports it
        flipPlanes(out, kCodes[p - 1]);
        sum += out;
    }
    sum *= 1.0 / passes;
    return sum;
}

} // namespace

struct Segmenter::Pool
{
    std::vector<uchar> bytes;
    std::mutex mutex;
    std::vector<cv::dnn::Net> idle;

    cv::dnn::Net acquire()
    {
        {
            std::lock_guard lock(mutex);
            if (!idle.empty()) {
                cv::dnn::Net net = idle.back();
                idle.pop_back();
                return net;
            }
        }
        cv::dnn::Net net = cv::dnn::readNetFromONNX(bytes);
        net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
        return net;
    }

    void release(cv::dnn::Net net)
    {
        std::lock_guard lock(mutex);
        idle.push_back(std::move(net));
    }
};

Segmenter::Segmenter(ModelSidecar sidecar, std::unique_ptr<Pool> pool) : m_sidecar(std::move(sidecar)), m_pool(std::move(pool)) {}

Segmenter::~Segmenter() = default;

std::unique_ptr<Segmenter> Segmenter::load(const QString& path, QString* error)
{
    const QString sidecarPath = path.endsWith(QLatin1String(".onnx"), Qt::CaseInsensitive) ? ModelSidecar::sidecarPathFor(path) : path;
    if (sidecarPath != path && !QFileInfo::exists(sidecarPath)) {
        if (error)
            *error = Text::tr("%1: no model description beside the network (expected %2)").arg(path, sidecarPath);
        return nullptr;
    }
    auto sidecar = ModelSidecar::readFile(sidecarPath, error);
    if (!sidecar)
        return nullptr;
    // A network chosen by its .onnx runs only if its sidecar describes that very file: a sidecar copied
    // from another model, its "model" field unchanged, would otherwise run the other network instead.
    if (sidecarPath != path && QFileInfo(sidecar->modelPath()).absoluteFilePath() != QFileInfo(path).absoluteFilePath()) {
        if (error)
            *error = Text::tr("%1: the model description beside it names another network, %2 (its field \"model\"); "
                              "name %3 there, or load the description itself to run the network it names")
                         .arg(path, sidecar->modelPath(), QFileInfo(path).fileName());
        return nullptr;
    }
    QFile file(sidecar->modelPath());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("%1: cannot read the network: %2").arg(sidecar->modelPath(), file.errorString());
        return nullptr;
    }
    const QByteArray bytes = file.readAll();
    auto pool = std::make_unique<Pool>();
    pool->bytes.assign(bytes.begin(), bytes.end());
    std::unique_ptr<Segmenter> segmenter(new Segmenter(std::move(*sidecar), std::move(pool)));
    if (!segmenter->selfTest(sidecarPath, error))
        return nullptr;
    return segmenter;
}

bool Segmenter::selfTest(const QString& sidecarPath, QString* error) const
{
    try {
        // Load once and run a tiny input so a broken or mismatched network fails here, not mid-batch.
        cv::dnn::Net net = m_pool->acquire();
        const int side = roundUp(32, m_sidecar.divisor());
        const cv::Mat out = forward(net, cv::Mat::zeros(side, side, CV_32F));
        if (!hasShape(out, int(m_sidecar.channels().size()), side, side)) {
            if (error)
                *error = Text::tr("%1: the network's output does not have the %2 channels that %3 lists in output.channels")
                             .arg(m_sidecar.modelPath()).arg(m_sidecar.channels().size()).arg(sidecarPath);
            return false;
        }
        m_pool->release(std::move(net));
    } catch (const cv::Exception& e) {
        if (error)
            *error = Text::tr("%1: OpenCV cannot run this network: %2").arg(m_sidecar.modelPath(), QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

void Segmenter::setInferenceThreads(int threads)
{
    cv::setNumThreads(threads > 0 ? threads : -1);
}

std::optional<ProbabilityMaps> Segmenter::predict(const QImage& image, QString* error, const CancelFn& cancelled) const
{
    if (image.isNull() || image.width() < 1 || image.height() < 1) {
        if (error)
            *error = Text::tr("empty image");
        return std::nullopt;
    }
    // The network sees the image resized by the sidecar's input.scale; the maps are resized back below.
    const double scale = m_sidecar.inputScale();
    cv::Mat input = normalised(image, m_sidecar);
    if (scale != 1.0) {
        cv::Mat resized;
        cv::resize(input, resized, cv::Size(std::max(1, int(std::lround(image.width() * scale))),
                                            std::max(1, int(std::lround(image.height() * scale)))),
                   0, 0, scale > 1 ? cv::INTER_LINEAR : cv::INTER_AREA);
        input = resized;
    }
    const int w = input.cols, h = input.rows;
    const TilePlan plan(w, h, m_sidecar);
    cv::Mat padded;
    const int border = std::min(w, h) > 1 ? cv::BORDER_REFLECT_101 : cv::BORDER_REPLICATE;
    cv::copyMakeBorder(input, padded, plan.margin, plan.padH - h - plan.margin, plan.margin,
                       plan.padW - w - plan.margin, border);

    NetworkOutput output(m_sidecar, w, h);
    cv::dnn::Net net;
    try {
        net = m_pool->acquire();
        for (int ty = 0; ty < plan.tilesY; ++ty) {
            for (int tx = 0; tx < plan.tilesX; ++tx) {
                if (cancelled && cancelled()) {
                    m_pool->release(std::move(net));
                    if (error)
                        *error = Text::tr("cancelled");
                    return std::nullopt;
                }
                const cv::Rect in = plan.input(tx, ty);
                const cv::Mat out = forwardAveraged(net, padded(in), m_sidecar.passes());
                if (!hasShape(out, int(m_sidecar.channels().size()), in.height, in.width))
                    throw cv::Exception(cv::Error::StsBadSize, "unexpected output shape", __func__, __FILE__, __LINE__);
                output.store(out.ptr<float>(), in.width, in.height, plan.margin, plan.keep, tx * plan.step, ty * plan.step);
            }
        }
        m_pool->release(std::move(net));
    } catch (const cv::Exception& e) {
        if (error)
            *error = Text::tr("%1: inference failed: %2").arg(m_sidecar.modelPath(), QString::fromStdString(e.what()));
        return std::nullopt;
    }
    ProbabilityMaps maps = output.take();
    return scale == 1.0 ? maps : resizedMaps(maps, image.width(), image.height());
}

std::optional<Segmentation> Segmenter::segment(const QImage& image, QString* error, const CancelFn& cancelled) const
{
    auto maps = predict(image, error, cancelled);
    if (!maps)
        return std::nullopt;
    Segmentation result;
    result.width = maps->width;
    result.height = maps->height;
    result.cells = InstanceExtractor::extract(*maps, m_sidecar.postProcess());
    return result;
}

QString bundledModelPath()
{
    const QString name = QStringLiteral("livecell-unet.json");
    const QString env = qEnvironmentVariable("CURATOR_MODEL_DIR");
    if (!env.isEmpty())
        return QDir(env).filePath(name);
    const QString exe = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QDir::currentPath();
    for (const char* rel : {"../../resources/model", "../resources/model", "../share/livecell-curator/model"}) {
        const QString candidate = QDir::cleanPath(QDir(exe).filePath(QLatin1String(rel)) + QLatin1Char('/') + name);
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

} // namespace curator
