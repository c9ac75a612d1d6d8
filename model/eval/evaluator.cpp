#include "model/eval/evaluator.h"

#include "model/eval/accumulator.h"
#include "model/eval/evalinput.h"
#include "model/eval/imageevaluator.h"

#include <QThread>

#include <mutex>
#include <thread>

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
    ImageEvaluator evaluator(s.params, s.input);
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
    std::vector<std::thread> pool;
    for (int t = 1; t < n; ++t)
        pool.emplace_back(work, std::ref(s));
    work(s);
    for (std::thread& t : pool)
        t.join();
}

std::vector<CellTypeEvaluation> summariseCellTypes(const EvalParams& params, int K,
                                                   const std::vector<ImageOutcome>& outcomes)
{
    std::vector<CellType> order(allCellTypes().begin(), allCellTypes().end());
    order.push_back(CellType::Unknown);
    std::vector<CellTypeEvaluation> out;
    for (CellType type : order) {
        CellTypeEvaluation cell;
        cell.cellType = type;
        std::vector<const UnitEvaluation*> units;
        for (const ImageOutcome& o : outcomes) {
            if (o.evaluation.cellType != type)
                continue;
            ++cell.images;
            cell.groundTruth += o.evaluation.groundTruthCount;
            cell.predictions += o.evaluation.predictionCount;
            for (const UnitEvaluation& u : o.units)
                units.push_back(&u);
        }
        if (cell.images == 0)
            continue;
        cell.summary = Accumulator::summarize(params, Accumulator::accumulate(params, K, units));
        out.push_back(std::move(cell));
    }
    return out;
}

} // namespace

std::optional<EvalResult> Evaluator::evaluate(const AnnotationStore& groundTruth,
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

    const int K = result.params.useCats ? int(input.categoryIds().size()) : 1;
    std::vector<const UnitEvaluation*> units;
    for (const ImageOutcome& o : outcomes) {
        for (const UnitEvaluation& u : o.units)
            units.push_back(&u);
        result.findings.truncatedPredictions += o.evaluation.truncatedPredictions;
    }
    result.arrays = Accumulator::accumulate(result.params, K, units);
    result.summary = Accumulator::summarize(result.params, result.arrays);
    if (options.perCellType)
        result.cellTypes = summariseCellTypes(result.params, K, outcomes);
    result.images.reserve(outcomes.size());
    for (ImageOutcome& o : outcomes)
        result.images.push_back(std::move(o.evaluation));
    return result;
}

} // namespace curator
