#pragma once

#include "model/segmentation/instanceextractor.h"
#include "model/segmentation/modelsidecar.h"

#include <QImage>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace curator {

/** One image's predictions. */
struct Segmentation
{
    int width = 0;
    int height = 0;
    /** Ordered by falling score. */
    std::vector<SegmentedCell> cells;
};

/**
 * Runs an ONNX segmentation network (OpenCV DNN, CPU) described by a ModelSidecar and post-processes
 * its output into cells (InstanceExtractor).
 *
 * Any image size works: images whose sides, padded up to a multiple of the sidecar's divisor, fit
 * tileSize run in one pass (LIVECell's 704 × 520 does with the bundled model); larger ones are cut
 * into tileSize tiles that share tileOverlap pixels of context on each side, and only each tile's
 * centre is kept. Padding mirrors the image. 16-bit images are scaled to 8 bits by their range.
 *
 * Thread-safe: each concurrent call borrows its own network instance (created on demand from the
 * model bytes read once at load time), so one Segmenter can serve a thread pool.
 */
class Segmenter
{
public:
    /** Cancellation probe: returning true stops the work as soon as possible. */
    using CancelFn = std::function<bool()>;

    ~Segmenter();
    Segmenter(const Segmenter&) = delete;
    Segmenter& operator=(const Segmenter&) = delete;

    /**
     * Loads a model from its sidecar (.json) or from its .onnx file with the sidecar beside it
     * (same name, .json). The network is loaded and checked once here; nullptr and a translated
     * message naming the file on failure.
     */
    static std::unique_ptr<Segmenter> load(const QString& path, QString* error);

    /**
     * Threads OpenCV may use inside one inference (process-wide, cv::setNumThreads): 1 pins each call
     * to its caller's core, as the one-core benchmark and many-image batches want; 0 restores the default.
     */
    static void setInferenceThreads(int threads);

    const ModelSidecar& sidecar() const { return m_sidecar; }
    /** Replaces the post-processing parameters (not thread-safe against running calls). */
    void setPostProcess(const PostProcessParams& params) { m_sidecar.setPostProcess(params); }

    /** Foreground and interior probabilities for every pixel of @p image; nullopt with a message on failure or cancel. */
    std::optional<ProbabilityMaps> predict(const QImage& image, QString* error, const CancelFn& cancelled = {}) const;

    /** predict() followed by InstanceExtractor::extract() with the sidecar's parameters. */
    std::optional<Segmentation> segment(const QImage& image, QString* error, const CancelFn& cancelled = {}) const;

private:
    struct Pool;
    Segmenter(ModelSidecar sidecar, std::unique_ptr<Pool> pool);
    /** Runs a tiny input through a network; false with a message naming the files when it fails or mismatches. */
    bool selfTest(const QString& sidecarPath, QString* error) const;

    ModelSidecar m_sidecar;
    std::unique_ptr<Pool> m_pool;
};

/**
 * The bundled model's sidecar: $CURATOR_MODEL_DIR/livecell-unet.json when that variable is set,
 * else the first of <exe>/../../resources/model, <exe>/../resources/model,
 * <exe>/../share/livecell-curator/model that holds livecell-unet.json. Empty when none is found.
 */
QString bundledModelPath();

} // namespace curator
