#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace curator {

/**
 * One re-run of the post-processing on the same maps, for stability scoring: each field overrides the
 * main parameters' value; an unset one (negative) keeps it.
 */
struct PostProcessVariant
{
    double foregroundThreshold = -1;
    double interiorThreshold = -1;
    double seedSmoothing = -1;
    double contactWeight = -1;

    bool operator==(const PostProcessVariant&) const = default;
};

/** How instances are cut out of the network's probability maps (see InstanceExtractor). */
struct PostProcessParams
{
    double foregroundThreshold = 0.5; ///< a pixel belongs to some cell when P(foreground) exceeds this
    double interiorThreshold = 0.5;   ///< seeds: 4-connected regions where P(interior) exceeds this
    int minSeedArea = 4;              ///< seeds smaller than this (pixels) are dropped
    double seedSmoothing = 0;         ///< Gaussian sigma (pixels) applied to P(interior) before seeding and flooding; 0 = off
    /** Flooding elevation is 1 − P(interior) + contactWeight · P(contact) when the network has a
        "contact" channel (pixels where two cells touch), so neighbours are cut along that line. */
    double contactWeight = 0;
    int minArea = 15;                 ///< instances smaller than this (pixels) are dropped
    double polygonEpsilon = 0.7;      ///< Douglas–Peucker tolerance for the polygons, in pixels
    int maxInstances = 2000;          ///< keep at most this many per image, highest scores first
    bool fillHoles = true;            ///< instance masks are made solid (LIVECell cells are)
    /** An instance's confidence: the mean P(foreground) over its mask, or the highest (smoothed)
        P(interior) in it: how sure the network is of the instance's seed. */
    enum class Score { MeanForeground, SeedPeak };
    Score score = Score::MeanForeground;
    /** Stability scoring (off when empty): the same maps are also cut with each variant's parameters,
        and every instance's score is multiplied by the mean, over the variants, of its best IoU with
        an instance of that variant. Cells that come out alike whatever the thresholds rank first;
        the cells themselves do not change. */
    std::vector<PostProcessVariant> stability;

    /** These parameters with @p variant's overrides applied (and no stability of their own). */
    PostProcessParams with(const PostProcessVariant& variant) const;

    bool operator==(const PostProcessParams&) const = default;
};

/**
 * The JSON file that travels beside a segmentation network (.onnx): what the network expects and
 * what its outputs mean, how to post-process them, and where the model came from. Any ONNX network
 * with a valid sidecar can be loaded by Segmenter.
 *
 * Required fields (see resources/model/livecell-unet.json for a full example):
 *   format "livecell-curator-segmentation-model", formatVersion 1,
 *   model (the .onnx file, relative to the sidecar's folder),
 *   input {mean, std, divisor, tileSize, tileOverlap} (optional: scale, default 1: the image is resized
 *   by this factor before the network and the probabilities back to the image's size after it;
 *   passes, default 1: 2 or 4 average the network's output over mirror images of each tile),
 *   output {activation: "softmax" | "none" | "sigmoid", channels: [names]} where the names may be
 *   "background", "interior", "boundary", "foreground", "contact" or "ignore"; "interior" is required, and
 *   foreground comes from a "foreground" channel, else 1 − background, else interior + boundary,
 *   postprocessing {foregroundThreshold, interiorThreshold, minSeedArea, seedSmoothing, contactWeight, minArea,
 *   polygonEpsilon, maxInstances, fillHoles, score: "meanForeground" | "seedPeak", stability: [variant
 *   objects of foregroundThreshold, interiorThreshold, seedSmoothing, contactWeight]} (each optional,
 *   defaults as PostProcessParams).
 * Optional: name, description, training, licence, accuracy (kept as JSON for display); in training,
 *   annotatedImages and pseudoLabelledImages (lists of image file names the network learnt from, so
 *   that scores on those images can be called in-sample); in accuracy, heldOut.pooled.AP.
 */
class ModelSidecar
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kMaxTileSize = 8192;
    static constexpr int kMaxChannels = 16;
    static constexpr int kMaxStabilityVariants = 32;

    enum class Activation { Softmax, None, Sigmoid };

    /** Reads and validates @p path. On failure nullopt and a translated message naming the file and field. */
    static std::optional<ModelSidecar> readFile(const QString& path, QString* error);
    /** Parses @p json as if it were the file @p path (used for relative model paths and messages). */
    static std::optional<ModelSidecar> parse(const QByteArray& json, const QString& path, QString* error);
    /** The sidecar for @p onnxPath: the same path with ".json" in place of ".onnx". */
    static QString sidecarPathFor(const QString& onnxPath);

    QString path() const { return m_path; }
    /** Absolute path of the .onnx file. */
    QString modelPath() const { return m_modelPath; }
    QString name() const { return m_name; }
    QString description() const { return m_description; }

    double mean() const { return m_mean; }
    double std() const { return m_std; }
    /** Input height and width must be multiples of this. */
    int divisor() const { return m_divisor; }
    /** Images whose padded sides fit this run in one pass; larger ones are tiled. Multiple of divisor(). */
    int tileSize() const { return m_tileSize; }
    /** Context each tile shares with its neighbours on every side. */
    int tileOverlap() const { return m_tileOverlap; }
    /** The network sees the image resized by this factor (0.25–4); its output is resized back. */
    double inputScale() const { return m_inputScale; }
    /** Network passes averaged per tile: 1 plain; 2 adds the left-right mirror image; 4 also the
        up-down and the doubly mirrored one (each pass's output mirrored back before averaging). */
    int passes() const { return m_passes; }

    Activation activation() const { return m_activation; }
    QStringList channels() const { return m_channels; }
    /** Channel index of @p name, or -1. */
    int channel(const QString& name) const { return int(m_channels.indexOf(name)); }

    const PostProcessParams& postProcess() const { return m_post; }
    void setPostProcess(const PostProcessParams& params) { m_post = params; }

    QJsonObject training() const { return m_training; }
    /** File names of the images the network learnt from (training.annotatedImages and
        training.pseudoLabelledImages); empty when the sidecar does not list them. */
    QStringList trainingImages() const { return m_trainingImages; }
    /** The held-out mask AP the sidecar records (accuracy.heldOut.pooled.AP); negative when none. */
    double heldOutAp() const;
    QJsonObject licence() const { return m_licence; }
    QJsonObject accuracy() const { return m_accuracy; }

private:
    bool parseInput(const QJsonObject& o, QString* error);
    bool parseOutput(const QJsonObject& o, QString* error);
    bool parsePostProcess(const QJsonObject& o, QString* error);
    bool parseStability(const QJsonValue& value, QString* error);
    bool parseTraining(const QJsonValue& value, QString* error);

    QString m_path;
    QString m_modelPath;
    QString m_name;
    QString m_description;
    double m_mean = 128.0;
    double m_std = 11.578;
    int m_divisor = 8;
    int m_tileSize = 1024;
    int m_tileOverlap = 32;
    double m_inputScale = 1.0;
    int m_passes = 1;
    Activation m_activation = Activation::Softmax;
    QStringList m_channels;
    PostProcessParams m_post;
    QJsonObject m_training;
    QStringList m_trainingImages;
    QJsonObject m_licence;
    QJsonObject m_accuracy;
};

} // namespace curator
