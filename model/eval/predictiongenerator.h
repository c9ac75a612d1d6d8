#pragma once

#include "model/annotationstore.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

namespace curator {

/** How PredictionGenerator imitates a model. */
struct PredictionOptions
{
    double detectionRate = 0.9;       ///< share of cells that get a (perturbed) prediction
    double falsePositiveRate = 0.16;  ///< false positives per cell, placed at random
    std::uint64_t seed = 1;
    int threads = 0;                  ///< 0: one per core
};

/**
 * Writes a detectron2-style results list (`[{image_id, category_id, bbox, score,
 * segmentation: {size, counts}}]`, compressed COCO RLE) for a ground truth: perturbed copies of
 * most polygons (scaled, shifted, vertices jittered, rasterised exactly as pycocotools), plus
 * false positives, with scores that favour the better copies. Deterministic for a seed. For
 * benchmarks and demos; results are written at run time, never shipped.
 */
class PredictionGenerator
{
    Q_DECLARE_TR_FUNCTIONS(PredictionGenerator)
public:
    /** Returns the number of predictions written, or nullopt with a message naming the file. */
    static std::optional<qint64> writeResults(const AnnotationStore& groundTruth, const QString& path,
                                              const PredictionOptions& options, QString* error);
};

} // namespace curator
