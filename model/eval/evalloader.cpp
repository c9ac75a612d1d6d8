#include "model/eval/evalloader.h"

#include "model/io/cocoreader.h"
#include "model/parallel.h"

#include <QFileInfo>

#include <atomic>
#include <mutex>

namespace curator {

std::optional<EvalSources> EvalLoader::load(const QString& groundTruthPath, const QString& predictionsPath,
                                            QString* error)
{
    return load(groundTruthPath, predictionsPath, error, Options());
}

std::optional<EvalSources> EvalLoader::load(const QString& groundTruthPath, const QString& predictionsPath,
                                            QString* error, const Options& options)
{
    std::mutex mutex;
    qint64 done[2] = {0, 0};
    const qint64 total = QFileInfo(groundTruthPath).size() + QFileInfo(predictionsPath).size();
    auto readerOptions = [&](int which) {
        CocoReader::Options o;
        o.cancel = options.cancel;
        o.progress = [&, which](qint64 bytes, qint64) {
            if (options.progress) {
                std::lock_guard lock(mutex);
                done[which] = bytes;
                options.progress(done[0] + done[1], total);
            }
            return !(options.cancel && options.cancel->load());
        };
        return o;
    };
    EvalSources sources;
    QString errors[2];
    // Both files at once; where no second thread can start, one thread reads them one after the other.
    std::atomic<int> next{0};
    runInParallel(2, [&](int) {
        for (int which = next++; which < 2; which = next++) {
            auto& set = which == 0 ? sources.groundTruth : sources.predictions;
            const QString& path = which == 0 ? groundTruthPath : predictionsPath;
            set = CocoReader::readFile(path, &errors[which], readerOptions(which));
        }
    });
    if (!sources.groundTruth || !sources.predictions) {
        if (error)
            *error = errors[sources.groundTruth ? 1 : 0];
        return std::nullopt;
    }
    return sources;
}

} // namespace curator
