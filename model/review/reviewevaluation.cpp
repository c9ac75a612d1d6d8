#include "model/review/reviewevaluation.h"

#include "model/eval/evaluator.h"
#include "model/io/rle.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace curator {

struct ReviewEvaluation::Job
{
    AnnotationStore groundTruth;     // the chosen images only
    AnnotationStore predictions;     // a copy of the predictions set
    std::vector<int> imageMap;       // snapshot image index → workspace image index
    std::vector<int> annotationMap;  // snapshot annotation index → workspace annotation index
    int generation = 0;
    std::unique_ptr<EvalResult> result;
};

namespace {

// Only the chosen images: a model run on three images is scored on those three, not on every image
// of the set (whose cells would all count as missed).
void snapshotGroundTruth(const AnnotationStore& source, const std::vector<int>& images, AnnotationStore& out,
                         std::vector<int>& imageMap, std::vector<int>& annotationMap)
{
    for (const Category& c : source.categories())
        out.appendCategory(c);
    for (int i : images) {
        ImageRecord record = source.image(i);
        record.raw = record.dictKey = {};
        out.appendImage(record);
        imageMap.push_back(i);
        for (quint32 a : source.annotationsOfImage(i)) {
            AnnotationStore::AnnotationFields f;
            f.id = source.annotationId(int(a));
            f.imageId = record.id;
            f.categoryId = source.categoryId(int(a));
            f.area = source.area(int(a));
            f.bbox = source.bbox(int(a));
            f.crowd = source.isCrowd(int(a));
            const SegmentationKind kind = source.segmentationKind(int(a));
            if (kind == SegmentationKind::Polygon) {
                std::vector<double> coords;
                std::vector<quint32> sizes;
                for (int r = 0; r < source.ringCount(int(a)); ++r) {
                    const std::span<const double> ring = source.ring(int(a), r);
                    coords.insert(coords.end(), ring.begin(), ring.end());
                    sizes.push_back(quint32(ring.size()));
                }
                out.appendPolygon(f, coords, sizes);
            } else if (kind == SegmentationKind::None) {
                out.appendEmpty(f);
            } else {
                const RleView rle = source.rle(int(a));
                if (rle.compressed)
                    out.appendRle(f, rle.height, rle.width, rle.counts);
                else
                    out.appendRle(f, rle.height, rle.width, rle.runs);
            }
            annotationMap.push_back(int(a));
        }
    }
    out.finalize();
}

void remap(ImageMatches& m, const std::vector<int>& annotations)
{
    for (auto& match : m.truePositives)
        match.groundTruth = annotations[std::size_t(match.groundTruth)];
    for (auto& match : m.ignoredMatches)
        match.groundTruth = annotations[std::size_t(match.groundTruth)];
    for (int& gt : m.falseNegatives)
        gt = annotations[std::size_t(gt)];
}

} // namespace

ReviewEvaluation::ReviewEvaluation(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::aboutToReset, this, &ReviewEvaluation::clear);
}

ReviewEvaluation::~ReviewEvaluation()
{
    for (auto& w : m_watchers)
        w->waitForFinished();
}

void ReviewEvaluation::evaluate(int groundTruth, int predictions, const std::vector<int>& images)
{
    if (groundTruth < 0 || predictions < 0 || groundTruth >= m_workspace->setCount()
        || predictions >= m_workspace->setCount()) {
        clear();
        return;
    }
    auto job = std::make_shared<Job>();
    job->generation = ++m_generation;
    const AnnotationStore& gt = m_workspace->set(groundTruth).store;
    std::vector<int> chosen = images;
    if (chosen.empty()) {
        for (int i = 0; i < gt.imageCount(); ++i)
            chosen.push_back(i);
    }
    snapshotGroundTruth(gt, chosen, job->groundTruth, job->imageMap, job->annotationMap);
    job->predictions = m_workspace->set(predictions).store;
    if (groundTruth != m_groundTruth || predictions != m_predictions) {
        m_result.reset();
        m_imageOf.clear();
        m_classes.clear();
    }
    m_groundTruth = groundTruth;
    m_predictions = predictions;
    ++m_running;
    emit evaluationStarted();
    auto watcher = std::make_unique<QFutureWatcher<std::shared_ptr<Job>>>();
    auto* w = watcher.get();
    connect(w, &QFutureWatcherBase::finished, this, [this, w] {
        --m_running;
        if (w->future().resultCount() > 0)
            apply(w->future().result());
        const auto it = std::find_if(m_watchers.begin(), m_watchers.end(), [w](const auto& p) { return p.get() == w; });
        if (it != m_watchers.end()) {
            it->release();
            m_watchers.erase(it);
            w->deleteLater();
        }
    });
    w->setFuture(QtConcurrent::run([job] {
        Evaluator::Options options;
        options.perCellType = true;
        QString error;
        if (auto result = Evaluator::evaluate(job->groundTruth, job->predictions, options, &error))
            job->result = std::make_unique<EvalResult>(std::move(*result));
        return job;
    }));
    m_watchers.push_back(std::move(watcher));
}

void ReviewEvaluation::apply(const std::shared_ptr<Job>& job)
{
    if (job->generation != m_generation || !job->result)
        return;
    for (ImageEvaluation& image : job->result->images) {
        image.gtImage = job->imageMap[std::size_t(image.gtImage)];
        remap(image.at50, job->annotationMap);
        remap(image.at75, job->annotationMap);
    }
    m_result = std::move(job->result);
    m_imageOf.clear();
    for (std::size_t i = 0; i < m_result->images.size(); ++i)
        m_imageOf.insert(m_result->images[i].gtImage, int(i));
    indexClasses();
    emit evaluated();
}

void ReviewEvaluation::clear()
{
    ++m_generation;
    const bool had = m_result != nullptr;
    m_result.reset();
    m_imageOf.clear();
    m_classes.clear();
    m_groundTruth = m_predictions = -1;
    if (had)
        emit evaluated();
}

void ReviewEvaluation::waitForFinished()
{
    while (m_running > 0) {
        for (auto& w : m_watchers)
            w->waitForFinished();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

const ImageEvaluation* ReviewEvaluation::image(int gtImage) const
{
    const auto it = m_imageOf.constFind(gtImage);
    return it == m_imageOf.constEnd() ? nullptr : &m_result->images[std::size_t(it.value())];
}

void ReviewEvaluation::setIouThreshold(double iou)
{
    iou = std::abs(iou - 0.75) < 1e-9 ? 0.75 : 0.50;
    if (iou == m_iou)
        return;
    m_iou = iou;
    indexClasses();
    emit iouThresholdChanged(m_iou);
}

const ImageMatches* ReviewEvaluation::matches(int gtImage) const
{
    const ImageEvaluation* e = image(gtImage);
    return e ? (m_iou == 0.75 ? &e->at75 : &e->at50) : nullptr;
}

void ReviewEvaluation::indexClasses()
{
    m_classes.clear();
    if (!m_result)
        return;
    for (const ImageEvaluation& image : m_result->images) {
        const ImageMatches& m = m_iou == 0.75 ? image.at75 : image.at50;
        for (const auto& match : m.truePositives) {
            m_classes.insert(cellHash({m_groundTruth, match.groundTruth}), CellClass::TruePositive);
            m_classes.insert(cellHash({m_predictions, match.prediction}), CellClass::TruePositive);
        }
        for (const auto& match : m.ignoredMatches)
            m_classes.insert(cellHash({m_predictions, match.prediction}), CellClass::Ignored);
        for (int gt : m.falseNegatives)
            m_classes.insert(cellHash({m_groundTruth, gt}), CellClass::FalseNegative);
        for (int dt : m.falsePositives)
            m_classes.insert(cellHash({m_predictions, dt}), CellClass::FalsePositive);
    }
}

ReviewEvaluation::CellClass ReviewEvaluation::classify(CellKey cell) const
{
    return m_classes.value(cellHash(cell), CellClass::None);
}

QHash<qint64, ReviewEvaluation::CellClass> ReviewEvaluation::classesOf(int gtImage) const
{
    QHash<qint64, CellClass> out;
    const ImageMatches* m = matches(gtImage);
    if (!m)
        return out;
    for (const auto& match : m->truePositives) {
        out.insert(cellHash({m_groundTruth, match.groundTruth}), CellClass::TruePositive);
        out.insert(cellHash({m_predictions, match.prediction}), CellClass::TruePositive);
    }
    for (const auto& match : m->ignoredMatches)
        out.insert(cellHash({m_predictions, match.prediction}), CellClass::Ignored);
    for (int gt : m->falseNegatives)
        out.insert(cellHash({m_groundTruth, gt}), CellClass::FalseNegative);
    for (int dt : m->falsePositives)
        out.insert(cellHash({m_predictions, dt}), CellClass::FalsePositive);
    return out;
}

ReviewEvaluation::BestMatch ReviewEvaluation::bestMatch(CellKey cell) const
{
    BestMatch best;
    if (!cell.isValid() || cell.set >= m_workspace->setCount() || m_groundTruth < 0 || m_predictions < 0
        || (cell.set != m_groundTruth && cell.set != m_predictions) || m_groundTruth >= m_workspace->setCount()
        || m_predictions >= m_workspace->setCount())
        return best;
    const AnnotationStore& gt = m_workspace->set(m_groundTruth).store;
    const AnnotationStore& dt = m_workspace->set(m_predictions).store;
    const bool isGt = cell.set == m_groundTruth;
    const AnnotationStore& own = isGt ? gt : dt;
    const qint64 imageId = own.annotationImageId(cell.annotation);
    const int gtImage = gt.imageIndex(imageId);
    if (gtImage < 0)
        return best;
    const int h = gt.image(gtImage).height, w = gt.image(gtImage).width;
    const Rle mine = Rle::fromAnnotation(own, cell.annotation, h, w);
    // Boxes from the masks: results files need not carry a "bbox".
    const auto box = mine.bbox();
    const int otherSet = isGt ? m_predictions : m_groundTruth;
    const AnnotationStore& other = m_workspace->set(otherSet).store;
    for (const Workspace::Layer& layer : m_workspace->layersFor(gt.image(gtImage).fileName)) {
        if (layer.set != otherSet)
            continue;
        for (quint32 a : *layer.annotations) {
            const Rle theirs = Rle::fromAnnotation(other, int(a), h, w);
            const auto b = theirs.bbox();
            if (b[0] > box[0] + box[2] || box[0] > b[0] + b[2] || b[1] > box[1] + box[3] || box[1] > b[1] + b[3])
                continue;
            const double iou = isGt ? Rle::iou(theirs, mine, false) : Rle::iou(mine, theirs, false);
            if (iou > best.iou)
                best = {{otherSet, int(a)}, iou};
        }
    }
    return best;
}

} // namespace curator
