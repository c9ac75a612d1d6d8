#pragma once

#include "model/annotationset.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace curator {

/** Progress and cancellation for CocoReader. */
struct CocoReadOptions
{
    /** Called every few MB with bytes done and total; return false to cancel. */
    std::function<bool(qint64 done, qint64 total)> progress;
    /** Alternative to progress for cancellation from another thread. */
    const std::atomic_bool* cancel = nullptr;
    /** Files at least this large parse their annotations list on two threads (tests lower it). */
    std::size_t parallelMinBytes = 32u << 20;
};

/**
 * Streaming reader for COCO annotation files (LIVECell splits, derived copies, and detectron2
 * results lists). Parses the memory-mapped file in one pass without a DOM; safe to call from any
 * thread. Accepts `images`/`annotations` as lists or objects keyed by id, polygon and RLE
 * (compressed and uncompressed) segmentations, absent info/licenses, category id 0. A top-level
 * array is read as a results list (each element an annotation with `score`, optional
 * `mask_score` which then replaces it).
 *
 * Malformed JSON fails with a message naming the file, byte offset, line and column. Semantic
 * problems (unknown image ids, duplicate ids or file names, degenerate rings, wrong field types)
 * become diagnostics in the returned set.
 */
class CocoReader
{
public:
    using Options = CocoReadOptions;

    /** Reads @p path. On failure returns nullptr and sets @p error (cancellation included). */
    static std::unique_ptr<AnnotationSet> readFile(const QString& path, QString* error,
                                                   const Options& options = {});
    /** Reads bytes already in memory; @p name is used in messages and as the set's path. */
    static std::unique_ptr<AnnotationSet> readBytes(QByteArray bytes, const QString& name,
                                                    QString* error, const Options& options = {});
};

} // namespace curator
