#include "model/segmentation/segmentationbatch.h"

#include "model/io/imagesource.h"
#include "model/io/tiffcodec.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace curator {
namespace {

/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::SegmentationBatch)
};

/** Results finished out of order wait here until the calling thread can hand them on in order. */
struct Mailbox
{
    std::mutex mutex;
    std::condition_variable ready;
    std::condition_variable space;
    std::map<int, BatchResult> done;
};

} // namespace

BatchResult SegmentationBatch::segmentOne(const Segmenter& segmenter, const ImageSource& source, const BatchImage& image,
                                          const Segmenter::CancelFn& cancelled)
{
    QElapsedTimer timer;
    timer.start();
    BatchResult result;
    result.image = image;
    QString error;
    const auto bytes = source.read(image.fileName, &error);
    const auto decoded = bytes ? decodeImage(*bytes, image.fileName, &error) : std::nullopt;
    if (decoded) {
        result.segmentation = segmenter.segment(*decoded, &error, cancelled);
        if (!result.segmentation)
            error = Text::tr("%1: %2").arg(image.fileName, error);
    }
    result.error = error;
    result.seconds = timer.nsecsElapsed() / 1e9;
    return result;
}

bool SegmentationBatch::run(const Segmenter& segmenter, const ImageSource& source, const std::vector<BatchImage>& images,
                            const std::function<void(BatchResult&&)>& onResult, const Options& options)
{
    const int total = int(images.size());
    const int threads = std::clamp(options.threads, 1, std::max(1, total));
    std::atomic<int> next{0};
    std::atomic<bool> cancelled{false};
    Mailbox box;
    int delivered = 0;
    const Segmenter::CancelFn isCancelled = [&] { return cancelled.load(); };
    auto worker = [&] {
        for (int i = next++; i < total && !cancelled; i = next++) {
            BatchResult r = segmentOne(segmenter, source, images[std::size_t(i)], isCancelled);
            std::unique_lock lock(box.mutex);
            // Bound the backlog: a worker far ahead of the writer waits.
            box.space.wait(lock, [&] { return cancelled || i < delivered + 4 * threads; });
            box.done.emplace(i, std::move(r));
            box.ready.notify_one();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(worker);
    while (delivered < total && !cancelled) {
        std::unique_lock lock(box.mutex);
        box.ready.wait(lock, [&] { return box.done.count(delivered) > 0; });
        BatchResult r = std::move(box.done[delivered]);
        box.done.erase(delivered);
        ++delivered;
        box.space.notify_all();
        lock.unlock();
        onResult(std::move(r));
        if (options.progress && !options.progress(delivered, total))
            cancelled = true;
    }
    {
        std::lock_guard lock(box.mutex);
        box.space.notify_all();
    }
    for (std::thread& t : pool)
        t.join();
    return !cancelled;
}

} // namespace curator
