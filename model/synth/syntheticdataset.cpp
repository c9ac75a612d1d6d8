#include "model/synth/syntheticdataset.h"

#include "model/annotationstore.h"
#include "model/io/tiffcodec.h"
#include "model/io/zipwriter.h"
#include "model/synth/pythonjsonwriter.h"
#include "model/synth/synthcells.h"
#include "model/synth/synthimage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <opencv2/core.hpp>

#include <algorithm>
#include <future>
#include <limits>
#include <new>
#include <system_error>
#include <utility>
#include <vector>

namespace curator {

using synth::Rng;

namespace {

/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::SyntheticDataset)
};

// Byte-for-byte the blocks of LIVECell's files (the licence block must travel with the data).
constexpr std::string_view kHeader =
    R"({"info": {"year": "2021", "version": "1.0", "description": "LIVECell 2021 Dataset", )"
    R"("contributor": "Sartorius", "url": "http://livecell-dataset.s3.eu-central-1.amazonaws.com/", )"
    R"("date_created": "2021/01/19"}, "licenses": [{"id": 1, "name": "Attribution-NonCommercial 4.0 )"
    R"(International License", "url": "https://creativecommons.org/licenses/by-nc/4.0/"}], )"
    R"("categories": [{"supercategory": "cell", "id": 1, "name": "cell"}], )";

struct ImagePlan
{
    qint64 id = 0;
    QString fileName;
    CellType type = CellType::Unknown;
    std::uint64_t cellSeed = 0, pixelSeed = 0, idSeed = 0;
    int darwinId = 0;
};

/** Annotation ids run on from their image's id, mostly consecutive with an occasional gap. */
qint64 idStep(Rng& gaps) { return gaps.below(16) == 0 ? 2 + gaps.below(3) : 1; }

std::vector<ImagePlan> planImages(const SyntheticOptions& o)
{
    Rng ids(Rng::derive(o.seed, 1));
    qint64 next = 90000 + ids.below(20000);
    std::vector<ImagePlan> plans(std::size_t(o.images));
    for (int i = 0; i < o.images; ++i) {
        ImagePlan& p = plans[std::size_t(i)];
        p.id = next;
        p.fileName = synth::synthFileName(i, o.split);
        p.type = synth::synthCellType(i);
        p.cellSeed = Rng::derive(o.seed, 2, std::uint64_t(i));
        p.pixelSeed = Rng::derive(o.seed, 3, std::uint64_t(i));
        p.idSeed = Rng::derive(o.seed, 4, std::uint64_t(i));
        p.darwinId = 40000 + ids.below(900000);
        Rng gaps(p.idSeed);
        qint64 last = p.id;
        for (int c = 0; c < o.cellsPerImage; ++c)
            last += idStep(gaps);
        next = last + 1 + ids.below(4000);
    }
    return plans;
}

void writeImages(PythonJsonWriter& w, const std::vector<ImagePlan>& plans)
{
    w.raw(R"("images": [)");
    for (std::size_t i = 0; i < plans.size(); ++i) {
        const ImagePlan& p = plans[i];
        w.raw(i ? R"(, {"id": )" : R"({"id": )");
        w.integer(p.id);
        w.raw(R"(, "width": 704, "height": 520, "file_name": )");
        w.string(p.fileName.toStdString());
        w.raw(R"(, "original_filename": )");
        w.string(QString(p.fileName.chopped(4) + QStringLiteral(".png")).toStdString());
        w.raw(R"(, "url": "https://darwin.v7labs.com/api/images/)");
        w.integer(p.darwinId);
        w.raw(R"(/original"})");
    }
    w.raw("], ");
}

void writeAnnotation(PythonJsonWriter& w, qint64 id, qint64 imageId, const synth::SynthCell& cell,
                     std::vector<double>& coords)
{
    w.raw(R"({"id": )");
    w.integer(id);
    w.raw(R"(, "image_id": )");
    w.integer(imageId);
    w.raw(R"(, "category_id": 1, "segmentation": [[)");
    coords.resize(cell.centi.size());
    std::int32_t x0 = std::numeric_limits<std::int32_t>::max(), y0 = x0, x1 = -1, y1 = -1;
    for (std::size_t i = 0; i < cell.centi.size(); i += 2) {
        const std::int32_t x = cell.centi[i], y = cell.centi[i + 1];
        coords[i] = x / 100.0;
        coords[i + 1] = y / 100.0;
        x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
        if (i)
            w.raw(", ");
        w.centi(x);
        w.raw(", ");
        w.centi(y);
    }
    w.raw(R"(]], "area": )");
    w.number(AnnotationStore::polygonArea(coords));
    w.raw(R"(, "bbox": [)");
    w.centi(x0);
    w.raw(", ");
    w.centi(y0);
    w.raw(", ");
    w.number(x1 / 100.0 - x0 / 100.0);
    w.raw(", ");
    w.number(y1 / 100.0 - y0 / 100.0);
    w.raw(R"(], "iscrowd": 0})");
}

/** Calls the user's progress callback; false means cancelled. */
struct Progress
{
    const SyntheticOptions& options;
    qint64 total = 0;
    qint64 done = 0;
    bool step() { return !options.progress || options.progress(++done, total); }
};

bool writeJson(const QString& path, const std::vector<ImagePlan>& plans, const SyntheticOptions& o,
               Progress& progress, SyntheticSummary& summary, QString* error)
{
    PythonJsonWriter w(path);
    if (!w.open(error))
        return false;
    w.raw(kHeader);
    writeImages(w, plans);
    w.raw(R"("annotations": [)");
    std::vector<double> coords;
    bool first = true;
    for (const ImagePlan& p : plans) {
        const auto cells = synth::synthCells(p.type, o.cellsPerImage, p.cellSeed, SyntheticDataset::kWidth,
                                             SyntheticDataset::kHeight);
        Rng gaps(p.idSeed);
        qint64 id = p.id;
        for (const synth::SynthCell& cell : cells) {
            id += idStep(gaps);
            if (!std::exchange(first, false))
                w.raw(", ");
            writeAnnotation(w, id, p.id, cell, coords);
        }
        summary.annotations += qint64(cells.size());
        if (!progress.step()) {
            if (error)
                *error = Text::tr("Cancelled");
            return false;
        }
    }
    w.raw("]}");
    summary.jsonBytes = w.bytesWritten();
    return w.commit(error);
}

QByteArray renderTiff(const ImagePlan& p, int cellsPerImage)
{
    const auto cells = synth::synthCells(p.type, cellsPerImage, p.cellSeed, SyntheticDataset::kWidth,
                                         SyntheticDataset::kHeight);
    QImage image;
    try {
        image = synth::renderSynthImage(cells, p.pixelSeed, SyntheticDataset::kWidth, SyntheticDataset::kHeight);
    } catch (const cv::Exception& e) {
        if (e.code == cv::Error::StsNoMem)   // OpenCV's own failed allocation
            throw std::bad_alloc();
        throw;
    }
    return TiffCodec::encode(image);
}

/**
 * Renders images a few ahead of the one libzip is storing, each on a thread of its own. Where no thread
 * can be started, take() renders it on the calling thread; running out of memory comes out of take()
 * as std::bad_alloc. (The futures of std::async wait for their threads when destroyed.)
 */
class Prefetcher
{
public:
    Prefetcher(const std::vector<ImagePlan>& plans, int cellsPerImage)
        : m_plans(plans), m_cells(cellsPerImage), m_futures(plans.size()),
          m_window(std::max(2, 2 * QThread::idealThreadCount()))
    {
    }
    QByteArray take(std::size_t i)
    {
        for (; m_launched < std::min(m_plans.size(), i + m_window); ++m_launched) {
            const auto render = [p = &m_plans[m_launched], cells = m_cells] { return renderTiff(*p, cells); };
            try {
                m_futures[m_launched] = std::async(std::launch::async, render);
            } catch (const std::system_error&) {
                m_futures[m_launched] = std::async(std::launch::deferred, render);
            }
        }
        return m_futures[i].get();   // leaves the future empty
    }

private:
    const std::vector<ImagePlan>& m_plans;
    int m_cells;
    std::vector<std::future<QByteArray>> m_futures;
    std::size_t m_window;
    std::size_t m_launched = 0;
};

bool writeImagesZip(const QString& path, const std::vector<ImagePlan>& plans, const SyntheticOptions& o,
                    Progress& progress, QString* error)
{
    Prefetcher prefetch(plans, o.cellsPerImage);
    ZipWriter zip;
    if (!zip.open(path, error))
        return false;
    for (std::size_t i = 0; i < plans.size(); ++i) {
        auto produce = [&prefetch, &progress, &plans, i](QByteArray* bytes, QString* message) {
            *bytes = prefetch.take(i);
            if (bytes->isEmpty())
                *message = Text::tr("cannot encode %1").arg(plans[i].fileName);
            else if (!progress.step())
                *message = Text::tr("Cancelled");
            return !bytes->isEmpty() && message->isEmpty();
        };
        if (!zip.addProduced(SyntheticDataset::imageEntry(plans[i].fileName, o.split), produce,
                             ZipWriter::Method::Store, error))
            return false;
    }
    return zip.close(error);
}

/**
 * OpenCV's own threads off while the dataset is written (process-wide): the images are rendered in
 * parallel already, and OpenCV 4.6's pool, when it cannot start a worker thread (short of memory),
 * waits for it for ever.
 */
class SerialOpenCv
{
public:
    SerialOpenCv() : m_previous(cv::getNumThreads()) { cv::setNumThreads(1); }
    ~SerialOpenCv() { cv::setNumThreads(m_previous); }
    SerialOpenCv(const SerialOpenCv&) = delete;
    SerialOpenCv& operator=(const SerialOpenCv&) = delete;

private:
    int m_previous;
};

QString checkOptions(const SyntheticOptions& o)
{
    if (o.images < 1 || o.images > SyntheticDataset::kMaxImages)
        return Text::tr("The number of images must be between 1 and %1").arg(SyntheticDataset::kMaxImages);
    if (o.cellsPerImage < 0 || o.cellsPerImage > SyntheticDataset::kMaxCellsPerImage)
        return Text::tr("The number of cells per image must be between 0 and %1").arg(SyntheticDataset::kMaxCellsPerImage);
    if (o.split == Split::Unknown)
        return Text::tr("The split must be train, val or test");
    return {};
}

} // namespace

QString SyntheticDataset::annotationFile(const QString& outDir, Split split)
{
    return QDir(outDir).filePath(QStringLiteral("annotations/LIVECell/livecell_coco_%1.json").arg(splitName(split)));
}

QString SyntheticDataset::imagesZip(const QString& outDir) { return QDir(outDir).filePath(QStringLiteral("images.zip")); }

QString SyntheticDataset::imageEntry(const QString& fileName, Split split)
{
    const QString folder = split == Split::Test ? QStringLiteral("livecell_test_images")
                                                : QStringLiteral("livecell_train_val_images");
    return QStringLiteral("images/%1/%2/%3").arg(folder, cellTypeName(LivecellName::parse(fileName).cellType), fileName);
}

std::optional<SyntheticSummary> SyntheticDataset::generate(const QString& outDir, const SyntheticOptions& options,
                                                           QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<SyntheticSummary> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (const QString problem = checkOptions(options); !problem.isEmpty())
        return fail(problem);
    SyntheticSummary summary;
    summary.annotationFile = annotationFile(outDir, options.split);
    if (!QDir().mkpath(QFileInfo(summary.annotationFile).absolutePath()))
        return fail(Text::tr("Cannot create the folder %1").arg(QFileInfo(summary.annotationFile).absolutePath()));
    try {
        const SerialOpenCv serial;
        const std::vector<ImagePlan> plans = planImages(options);
        Progress progress{options, qint64(plans.size()) * (options.writeImages ? 2 : 1)};
        QString message;
        if (!writeJson(summary.annotationFile, plans, options, progress, summary, &message))
            return fail(message);
        if (options.writeImages) {
            summary.imagesZip = imagesZip(outDir);
            if (!writeImagesZip(summary.imagesZip, plans, options, progress, &message))
                return fail(message);
        }
        summary.images = int(plans.size());
        return summary;
    } catch (const std::bad_alloc&) {
        return fail(Text::tr("%1: not enough memory to write the synthetic dataset").arg(outDir));
    }
}

} // namespace curator
