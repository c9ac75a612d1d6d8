#pragma once

#include "model/annotationset.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace curator {

/** The two files an evaluation compares. */
struct EvalSources
{
    std::unique_ptr<AnnotationSet> groundTruth;
    std::unique_ptr<AnnotationSet> predictions;
};

/**
 * Reads a ground-truth file and a predictions file (a detectron2 results list or a COCO
 * dataset) with CocoReader, both at once on two threads (one after the other where no second
 * thread can start). Blocking; call from a worker thread.
 */
class EvalLoader
{
    Q_DECLARE_TR_FUNCTIONS(EvalLoader)
public:
    struct Options
    {
        /** Bytes read of both files together, and their total size; any thread, serialised. */
        std::function<void(qint64 done, qint64 total)> progress;
        const std::atomic_bool* cancel = nullptr;
    };

    /** Both sets, or nullopt with a message naming the file that failed (cancellation included). */
    static std::optional<EvalSources> load(const QString& groundTruthPath, const QString& predictionsPath,
                                           QString* error, const Options& options);
    static std::optional<EvalSources> load(const QString& groundTruthPath, const QString& predictionsPath,
                                           QString* error);
};

} // namespace curator
