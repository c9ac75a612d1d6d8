#include "model/segmentation/segmentationbatch.h"

#include "model/io/imagesource.h"
#include "model/io/tiffcodec.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <opencv2/core.hpp>

#include <atomic>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <new>
#include <system_error>
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
    std::exception_ptr failure;   ///< what stopped a worker outside its images' own failures
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
    try {
        const auto bytes = source.read(image.fileName, &error);
        const auto decoded = bytes ? decodeImage(*bytes, image.fileName, &error) : std::nullopt;
        if (decoded) {
            result.segmentation = segmenter.segment(*decoded, &error, cancelled);
            if (!result.segmentation)
                error = Text::tr("%1: %2").arg(image.fileName, error);
        }
    } catch (const std::bad_alloc&) {
        // The maps and instances of one image run to hundreds of MB at large sizes: this image fails, the batch goes on.
        result.segmentation.reset();
        error = Text::tr("%1: not enough memory to segment this image").arg(image.fileName);
    } catch (const cv::Exception& e) {
        result.segmentation.reset();
        error = e.code == cv::Error::StsNoMem ? Text::tr("%1: not enough memory to segment this image").arg(image.fileName)
                                              : Text::tr("%1: %2").arg(image.fileName, QString::fromLocal8Bit(e.what()));
    } catch (const std::exception& e) {
        result.segmentation.reset();
        error = Text::tr("%1: %2").arg(image.fileName, QString::fromLocal8Bit(e.what()));
    }
    result.error = error;
    result.seconds = timer.nsecsElapsed() / 1e9;
    return result;
}

bool SegmentationBatch::runInOrder(const Segmenter& segmenter, const ImageSource& source,
                                   const std::vector<BatchImage>& images, const std::function<void(BatchResult&&)>& onResult,
                                   const Options& options)
{
    const int total = int(images.size());
    bool cancelled = false;
    const Segmenter::CancelFn isCancelled = [&cancelled] { return cancelled; };
    for (int i = 0; i < total && !cancelled; ++i) {
        onResult(segmentOne(segmenter, source, images[std::size_t(i)], isCancelled));
        if (options.progress && !options.progress(i + 1, total))
            cancelled = true;
    }
    return !cancelled;
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
        try {
            for (int i = next++; i < total && !cancelled; i = next++) {
                BatchResult r = segmentOne(segmenter, source, images[std::size_t(i)], isCancelled);
                std::unique_lock lock(box.mutex);
                // Bound the backlog: a worker far ahead of the writer waits.
                box.space.wait(lock, [&] { return cancelled || i < delivered + 4 * threads; });
                box.done.emplace(i, std::move(r));
                box.ready.notify_one();
            }
        } catch (...) {
            // Leaving a std::thread would end the process, and the writer would wait for this image for ever.
            std::lock_guard lock(box.mutex);
            if (!box.failure)
                box.failure = std::current_exception();
            cancelled = true;
            box.ready.notify_all();
            box.space.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        try {
            pool.emplace_back(worker);
        } catch (const std::system_error&) {
            break; // no further thread to be had: those started share the work
        } catch (const std::bad_alloc&) {
            break;
        }
    }
    if (pool.empty())
        return runInOrder(segmenter, source, images, onResult, options);
    std::exception_ptr failure;
    try {
        while (delivered < total && !cancelled) {
            std::unique_lock lock(box.mutex);
            box.ready.wait(lock, [&] { return box.done.count(delivered) > 0 || box.failure; });
            if (box.failure)
                break;
            BatchResult r = std::move(box.done[delivered]);
            box.done.erase(delivered);
            ++delivered;
            box.space.notify_all();
            lock.unlock();
            onResult(std::move(r));
            if (options.progress && !options.progress(delivered, total))
                cancelled = true;
        }
    } catch (...) {
        failure = std::current_exception();
        cancelled = true;
    }
    {
        std::lock_guard lock(box.mutex);
        box.space.notify_all();
    }
    for (std::thread& t : pool)
        t.join();
    if (!failure)
        failure = box.failure;
    if (failure)
        std::rethrow_exception(failure);
    return !cancelled;
}

} // namespace curator
