#pragma once

#include "model/segmentation/segmenter.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace curator {

class ImageSource;

/** One image to segment: its base name in the ImageSource and the id its results carry. */
struct BatchImage
{
    QString fileName;
    qint64 imageId = 0;
};

/** What became of one image. */
struct BatchResult
{
    BatchImage image;
    std::optional<Segmentation> segmentation; ///< nullopt when reading, decoding or inference failed
    QString error;                            ///< why, naming the image
    double seconds = 0;                       ///< decode + inference + post-processing
};

/**
 * Segments many images with one Segmenter on worker threads, handing results back on the calling
 * thread in input order (so a writer can stream them and memory stays bounded by the threads' work).
 */
class SegmentationBatch
{
public:
    struct Options
    {
        /** Images processed at once; each worker borrows its own network. 1 leaves OpenCV's own threads to use the cores. */
        int threads = 1;
        /** Called on the calling thread after each image; returning false cancels the rest. */
        std::function<bool(int done, int total)> progress;
    };

    /**
     * Runs @p segmenter over @p images read from @p source and calls @p onResult for each, in order.
     * Returns false when cancelled (results delivered until then stand). An image's own failure
     * (unreadable, undecodable, out of memory, OpenCV error) is its result's error and the batch goes
     * on; an exception from @p onResult or the progress callback (or from the bookkeeping between the
     * threads) stops the batch and is rethrown here once every worker has stopped. Where the system
     * cannot start a worker thread, the calling thread segments the images itself.
     */
    static bool run(const Segmenter& segmenter, const ImageSource& source, const std::vector<BatchImage>& images,
                    const std::function<void(BatchResult&&)>& onResult, const Options& options);

    /** Reads, decodes and segments one image (what each worker does); every failure is the result's error. */
    static BatchResult segmentOne(const Segmenter& segmenter, const ImageSource& source, const BatchImage& image,
                                  const Segmenter::CancelFn& cancelled = {});

private:
    /** run() on the calling thread alone, one image after another. */
    static bool runInOrder(const Segmenter& segmenter, const ImageSource& source, const std::vector<BatchImage>& images,
                           const std::function<void(BatchResult&&)>& onResult, const Options& options);
};

} // namespace curator
