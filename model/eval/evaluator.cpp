#include "model/eval/evaluator.h"

#include "model/eval/accumulator.h"
#include "model/eval/evalinput.h"
#include "model/eval/imageevaluator.h"
#include "model/parallel.h"

#include <QThread>

#include <mutex>
#include <new>

namespace curator {

namespace {

struct Shared
{
    Shared(const Evaluator::Options& o, const EvalParams& p, const EvalInput& i, std::vector<ImageOutcome>& out)
        : options(o), params(p), input(i), outcomes(out)
    {
    }
    const Evaluator::Options& options;
    const EvalParams& params;
    const EvalInput& input;
    std::vector<ImageOutcome>& outcomes;
    std::atomic_int next{0};
    std::atomic_bool stopped{false};
    std::mutex mutex;
    int done = 0;
};

bool isCancelled(const Evaluator::Options& options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

void work(Shared& s)
{
    ImageEvaluator evaluator(s.params, s.input, s.options.everyThreshold);
    const int total = s.input.imageCount();
    for (;;) {
        if (isCancelled(s.options)) {
            s.stopped = true;
            return;
        }
        const int i = s.next.fetch_add(1);
        if (i >= total)
            return;
        s.outcomes[std::size_t(i)] = evaluator.evaluate(i);
        std::lock_guard lock(s.mutex);
        ++s.done;
        if (s.options.imageDone)
            s.options.imageDone(s.outcomes[std::size_t(i)].evaluation);
        if (s.options.progress)
            s.options.progress(s.done, total);
    }
}

void runWorkers(Shared& s, int threads)
{
    const int total = s.input.imageCount();
    const int n = std::max(1, std::min(threads > 0 ? threads : QThread::idealThreadCount(), total));
    runInParallel(n, [&s](int) { work(s); });
}

std::vector<CellTypeEvaluation> summariseCellTypes(const EvalParams& params, int K,
                                                   const std::vector<ImageEvaluation>& images,
                                                   const std::vector<std::vector<UnitEvaluation>>& units)
{
    std::vector<CellType> order(allCellTypes().begin(), allCellTypes().end());
    order.push_back(CellType::Unknown);
    std::vector<CellTypeEvaluation> out;
    for (CellType type : order) {
        CellTypeEvaluation cell;
        cell.cellType = type;
        std::vector<const UnitEvaluation*> pointers;
        for (std::size_t i = 0; i < images.size(); ++i) {
            if (images[i].cellType != type)
                continue;
            ++cell.images;
            cell.groundTruth += images[i].groundTruthCount;
            cell.predictions += images[i].predictionCount;
            for (const UnitEvaluation& u : units[i])
                pointers.push_back(&u);
        }
        if (cell.images == 0)
            continue;
        cell.summary = Accumulator::summarize(params, Accumulator::accumulate(params, K, pointers));
        out.push_back(std::move(cell));
    }
    return out;
}

int categoryAxis(const EvalResult& result)
{
    return result.params.useCats ? int(result.categoryIds.size()) : 1;
}

void accumulate(EvalResult& result, bool perCellType)
{
    std::vector<const UnitEvaluation*> pointers;
    for (const std::vector<UnitEvaluation>& image : result.units) {
        for (const UnitEvaluation& u : image)
            pointers.push_back(&u);
    }
    result.arrays = Accumulator::accumulate(result.params, categoryAxis(result), pointers);
    result.summary = Accumulator::summarize(result.params, result.arrays);
    if (perCellType)
        result.cellTypes = summariseCellTypes(result.params, categoryAxis(result), result.images, result.units);
}

} // namespace

std::optional<EvalResult> Evaluator::evaluate(const AnnotationStore& groundTruth,
                                              const AnnotationStore& predictions,
                                              const Options& options, QString* error)
{
    try {
        return evaluateOrThrow(groundTruth, predictions, options, error);
    } catch (const std::bad_alloc&) {
        if (error)
            *error = tr("Not enough memory to evaluate %L1 predictions against %L2 ground-truth cells on %L3 "
                        "images.")
                         .arg(predictions.liveAnnotationCount())
                         .arg(groundTruth.liveAnnotationCount())
                         .arg(groundTruth.imageCount());
        return std::nullopt;
    }
}

std::optional<EvalResult> Evaluator::evaluateOrThrow(const AnnotationStore& groundTruth,
                                                     const AnnotationStore& predictions,
                                                     const Options& options, QString* error)
{
    EvalResult result;
    result.params = options.params;
    const EvalInput input = EvalInput::prepare(groundTruth, predictions, options.params.detectionArea, &result.findings);
    result.categoryIds = input.categoryIds();
    result.groundTruthCount = input.groundTruthCount();
    result.predictionCount = input.predictionCount();

    std::vector<ImageOutcome> outcomes(std::size_t(input.imageCount()));
    Shared shared(options, result.params, input, outcomes);
    runWorkers(shared, options.threads);
    if (shared.stopped || isCancelled(options)) {
        if (error)
            *error = tr("The evaluation was cancelled.");
        return std::nullopt;
    }

    result.images.reserve(outcomes.size());
    result.units.reserve(outcomes.size());
    for (ImageOutcome& o : outcomes) {
        result.findings.truncatedPredictions += o.evaluation.truncatedPredictions;
        result.images.push_back(std::move(o.evaluation));
        result.units.push_back(std::move(o.units));
    }
    accumulate(result, options.perCellType);
    if (!options.keepUnits)
        result.units.clear();
    return result;
}

bool Evaluator::update(EvalResult& result, EvalResult&& partial, NewImages newImages)
{
    if (result.units.size() != result.images.size() || partial.units.size() != partial.images.size())
        return false;
    const auto byId = [](const ImageEvaluation& e, qint64 id) { return e.imageId < id; };
    std::vector<std::size_t> positions;   // in result.images; npos for an image to add
    bool adding = false;
    for (const ImageEvaluation& image : partial.images) {
        const auto it = std::lower_bound(result.images.begin(), result.images.end(), image.imageId, byId);
        if (it != result.images.end() && it->imageId == image.imageId) {
            positions.push_back(std::size_t(it - result.images.begin()));
        } else if (newImages == NewImages::Add) {
            positions.push_back(std::size_t(-1));
            adding = true;
        } else {
            return false;
        }
    }
    // Units index categories by position in categoryIds: added images must count them alike.
    if (adding && partial.categoryIds != result.categoryIds)
        return false;
    // Changed images first, while their positions hold; then the added ones, which move those after them.
    for (const bool add : {false, true}) {
        for (std::size_t i = 0; i < positions.size(); ++i) {
            if ((positions[i] == std::size_t(-1)) != add)
                continue;
            ImageEvaluation& now = partial.images[i];
            result.groundTruthCount += now.groundTruthCount;
            result.predictionCount += now.predictionCount;
            result.findings.truncatedPredictions += now.truncatedPredictions;
            if (add) {
                // In image id order, as a full evaluation lists them.
                const auto it = std::lower_bound(result.images.begin(), result.images.end(), now.imageId, byId);
                const auto at = it - result.images.begin();
                result.images.insert(it, std::move(now));
                result.units.insert(result.units.begin() + at, std::move(partial.units[i]));
                continue;
            }
            ImageEvaluation& old = result.images[positions[i]];
            result.groundTruthCount -= old.groundTruthCount;
            result.predictionCount -= old.predictionCount;
            result.findings.truncatedPredictions -= old.truncatedPredictions;
            old = std::move(now);
            result.units[positions[i]] = std::move(partial.units[i]);
        }
    }
    // The tie order of equal scores: the image order of a full evaluation (every image's, where images
    // were added before others).
    for (std::size_t at = 0; at < result.units.size(); ++at) {
        for (UnitEvaluation& u : result.units[at])
            u.image = int(at);
    }
    accumulate(result, !result.cellTypes.empty());
    return true;
}

} // namespace curator
