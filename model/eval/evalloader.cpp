#include "model/eval/evalloader.h"

#include "model/io/cocoreader.h"

#include <QFileInfo>

#include <mutex>
#include <thread>

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
    QString predictionsError;
    std::thread second([&] {
        sources.predictions = CocoReader::readFile(predictionsPath, &predictionsError, readerOptions(1));
    });
    QString gtError;
    sources.groundTruth = CocoReader::readFile(groundTruthPath, &gtError, readerOptions(0));
    second.join();
    if (!sources.groundTruth || !sources.predictions) {
        if (error)
            *error = !sources.groundTruth ? gtError : predictionsError;
        return std::nullopt;
    }
    return sources;
}

} // namespace curator
