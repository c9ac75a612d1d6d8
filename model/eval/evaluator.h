#pragma once

#include "model/annotationstore.h"
#include "model/eval/evalparams.h"
#include "model/eval/evalresult.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace curator {

/**
 * Evaluates predictions against ground truth exactly as pycocotools' COCOeval (iouType "segm")
 * does under the chosen protocol, and adds per-image matches and per-cell-type summaries.
 *
 * Blocking; call it from a worker thread (e.g. QtConcurrent::run), never from the GUI thread.
 * Both stores are only read and must not change while it runs. Images are evaluated in parallel
 * (per-image IoUs and greedy matching); the result does not depend on the thread count.
 *
 * Predictions are matched to ground-truth images by image id; those for other images are
 * counted in the findings and ignored (pycocotools would refuse the whole file). Scores are
 * AnnotationStore::score() (mask_score already applied by the reader); predictions without a
 * score count as score 1. Ground-truth areas are the `area` fields; detection areas follow
 * params.detectionArea (by default as pycocotools' loadRes: bbox w × h when the results carry
 * boxes, mask areas otherwise).
 */
class Evaluator
{
    Q_DECLARE_TR_FUNCTIONS(Evaluator)
public:
    struct Options
    {
        EvalParams params = EvalParams::livecell();
        /** Worker threads; 0 uses one per core. */
        int threads = 0;
        /** Also summarise each cell type (derived from the image file names). */
        bool perCellType = true;
        /** After each image: images done and total. From a worker thread, never two at once. */
        std::function<void(int done, int total)> progress;
        /** Each image's evaluation as soon as it is done (completion order). Same threading as progress. */
        std::function<void(const ImageEvaluation&)> imageDone;
        /** Also report the matching at every IoU threshold (ImageEvaluation::byThreshold). */
        bool everyThreshold = false;
        /** Keep each image's evaluation (EvalResult::units), which update() needs. */
        bool keepUnits = false;
        /** Set from any thread to stop early; evaluate() then fails with a "cancelled" message. */
        const std::atomic_bool* cancel = nullptr;
    };

    /**
     * Runs the evaluation. Returns nullopt and sets @p error only when cancelled or when the memory
     * left is not enough (then the message says so, never ending the process).
     */
    static std::optional<EvalResult> evaluate(const AnnotationStore& groundTruth,
                                              const AnnotationStore& predictions,
                                              const Options& options, QString* error = nullptr);

    /** Whether update() may add images that @p result does not hold yet. */
    enum class NewImages { Refuse, Add };
    /**
     * Puts the images of @p partial into @p result and re-accumulates its summaries. @p partial is
     * an evaluation, with the same params, of some of @p result's images (matched by image id)
     * after their cells changed, and with NewImages::Add of images to add (in image id order, as a
     * full evaluation lists them); both were made with keepUnits. Since COCOeval evaluates every
     * image on its own, the outcome equals evaluating everything again, at the cost of the changed
     * images plus one accumulation. Image and annotation indices are taken from @p partial as they
     * are (callers map them first). False, leaving @p result as it was, when either lacks units, an
     * image of @p partial is not in @p result (unless added), or images to add count other categories.
     */
    static bool update(EvalResult& result, EvalResult&& partial, NewImages newImages = NewImages::Refuse);

private:
    /** evaluate() without its guard: std::bad_alloc leaves it. */
    static std::optional<EvalResult> evaluateOrThrow(const AnnotationStore& groundTruth,
                                                     const AnnotationStore& predictions,
                                                     const Options& options, QString* error);
};

} // namespace curator
