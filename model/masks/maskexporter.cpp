#include "model/masks/maskexporter.h"

#include "model/io/imagesource.h"
#include "model/io/savefile.h"
#include "model/io/tiffcodec.h"
#include "model/masks/maskrenderer.h"
#include "model/parallel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <atomic>
#include <new>
#include <unordered_set>

namespace curator {

namespace {
/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::MaskExporter)
};

struct Job
{
    int image = -1;
    QString outputName;   // base name of the written files
    // results
    bool written = false;
    QString warning;
    QString error;
    QByteArray csv;
    int cells = 0;
};

QString outputNameFor(const QString& fileName)
{
    const QFileInfo info(fileName);
    return info.completeBaseName() + QStringLiteral(".tif");
}

/** Width and height to rasterise at: the image file's when a source is given, else the record's. */
bool sizeOf(const AnnotationStore& store, const MaskExportOptions& options, Job& job, QSize& size)
{
    const ImageRecord& img = store.image(job.image);
    size = QSize(img.width, img.height);
    if (!options.images)
        return size.isValid() && !size.isEmpty();
    QString error;
    const auto bytes = options.images->read(img.fileName, &error);
    const auto decoded = bytes ? decodeImage(*bytes, img.fileName, &error) : std::nullopt;
    if (!decoded) {
        job.warning = Text::tr("%1: %2; the mask uses the size in the annotation file").arg(img.fileName, error);
        return size.isValid() && !size.isEmpty();
    }
    if (decoded->size() != size)
        job.warning = Text::tr("%1 is %2 × %3 px but the annotation file says %4 × %5; the mask follows the image")
                          .arg(img.fileName).arg(decoded->width()).arg(decoded->height()).arg(img.width).arg(img.height);
    size = decoded->size();
    return true;
}

void renderAndWrite(const AnnotationSet& set, const MaskExportOptions& options, Job& job)
{
    const AnnotationStore& store = set.store;
    QSize size;
    if (!sizeOf(store, options, job, size)) {
        job.warning = Text::tr("%1: skipped, its size is unknown").arg(store.image(job.image).fileName);
        return;
    }
    const auto mask = MaskRenderer::render(store, job.image, size.width(), size.height(), &job.error);
    if (!mask)
        return;
    const QDir out(options.outputDir);
    const QByteArray labels = TiffCodec::encode(mask->labels, {}, &job.error);
    if (labels.isEmpty() || !saveFile(out.filePath(QStringLiteral("labels/") + job.outputName), labels, &job.error))
        return;
    if (options.binary) {
        const QByteArray binary = TiffCodec::encode(MaskRenderer::binary(mask->labels), {}, &job.error);
        if (binary.isEmpty() || !saveFile(out.filePath(QStringLiteral("binary/") + job.outputName), binary, &job.error))
            return;
    }
    const QByteArray name = store.image(job.image).fileName.toUtf8();
    for (std::size_t k = 0; k < mask->annotationIds.size(); ++k) {
        job.csv += name + ',' + QByteArray::number(store.image(job.image).id) + ',' + QByteArray::number(qulonglong(k + 1))
                 + ',' + QByteArray::number(mask->annotationIds[k]) + ',' + QByteArray::number(mask->maskPixels[k]) + ','
                 + QByteArray::number(mask->visiblePixels[k]) + '\n';
    }
    job.cells = int(mask->annotationIds.size());
    job.written = true;
}

/** One image's masks, running out of memory being that image's error rather than the whole export's. */
void runJob(const AnnotationSet& set, const MaskExportOptions& options, Job& job)
{
    try {
        renderAndWrite(set, options, job);
    } catch (const std::bad_alloc&) {
        job.written = false;
        job.csv.clear();
        job.error = Text::tr("not enough memory to make its masks");
    }
}

std::vector<Job> planJobs(const AnnotationStore& store)
{
    std::vector<Job> jobs;
    std::unordered_set<QString> used;   // not a QSet: Qt 6.4's ends the application where an insert runs out of memory
    for (int i = 0; i < store.imageCount(); ++i) {
        Job job;
        job.image = i;
        job.outputName = outputNameFor(store.image(i).fileName);
        if (used.count(job.outputName) > 0)
            job.outputName = QFileInfo(job.outputName).completeBaseName() + QStringLiteral("__%1.tif").arg(store.image(i).id);
        used.insert(job.outputName);
        jobs.push_back(std::move(job));
    }
    return jobs;
}
// MaskExporter::run() without the out-of-memory handling.
std::optional<MaskExportSummary> runOrThrow(const AnnotationSet& set, const MaskExportOptions& options, QString* error)
{
    const QDir out(options.outputDir);
    if (!out.mkpath(QStringLiteral("labels")) || (options.binary && !out.mkpath(QStringLiteral("binary")))) {
        if (error)
            *error = Text::tr("%1: cannot create the output folder").arg(options.outputDir);
        return std::nullopt;
    }
    std::vector<Job> jobs = planJobs(set.store);
    const int threads = std::max(1, QThread::idealThreadCount());
    const std::size_t batch = std::size_t(threads) * 4;
    QByteArray csv = "file_name,image_id,label,annotation_id,mask_pixels,visible_pixels\n";
    MaskExportSummary summary;
    for (std::size_t start = 0; start < jobs.size(); start += batch) {
        if (options.progress && !options.progress(int(start), int(jobs.size()))) {
            if (error)
                *error = Text::tr("cancelled");
            return std::nullopt;
        }
        const auto first = jobs.begin() + std::ptrdiff_t(start);
        const auto last = jobs.begin() + std::ptrdiff_t(std::min(jobs.size(), start + batch));
        // runInParallel, not QtConcurrent: where no thread can be started, Qt 6.4's pool waits for ever.
        std::atomic<std::ptrdiff_t> next{0};
        runInParallel(threads, [&](int) {
            for (std::ptrdiff_t i = next++; i < last - first; i = next++)
                runJob(set, options, first[i]);
        });
        for (auto it = first; it != last; ++it) {
            if (!it->error.isEmpty()) {
                if (error)
                    *error = Text::tr("%1: %2").arg(set.store.image(it->image).fileName, it->error);
                return std::nullopt;
            }
            if (!it->warning.isEmpty())
                summary.warnings.append(it->warning);
            summary.images += it->written;
            summary.cells += it->cells;
            csv += it->csv;
        }
    }
    if (options.progress)
        options.progress(int(jobs.size()), int(jobs.size()));
    if (!saveFile(out.filePath(QStringLiteral("labels.csv")), csv, error))
        return std::nullopt;
    return summary;
}

} // namespace

std::optional<MaskExportSummary> MaskExporter::run(const AnnotationSet& set, const MaskExportOptions& options,
                                                   QString* error)
{
    try {
        return runOrThrow(set, options, error);
    } catch (const std::bad_alloc&) {
        if (error)
            *error = Text::tr("%1: not enough memory to export the masks of its %n image(s)", nullptr,
                              set.store.imageCount())
                         .arg(set.info.path);
        return std::nullopt;
    }
}

} // namespace curator
