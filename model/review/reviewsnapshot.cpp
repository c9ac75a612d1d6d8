// The review's copies of the cells it evaluates, and mapping the evaluation back to the workspace.
#include "model/review/reviewsnapshot.h"

#include "model/io/rle.h"

namespace curator {

namespace {

AnnotationStore::AnnotationFields fieldsOf(const AnnotationStore& source, int a, qint64 imageId)
{
    AnnotationStore::AnnotationFields f;
    f.id = source.annotationId(a);
    f.imageId = imageId;
    f.categoryId = source.categoryId(a);
    f.area = source.area(a);
    f.bbox = source.bbox(a);
    f.crowd = source.isCrowd(a);
    f.score = source.score(a);
    return f;
}

/** Appends annotation @p a of @p source to @p out, with its image id set to @p imageId. */
void copyAnnotation(const AnnotationStore& source, int a, qint64 imageId, AnnotationStore& out)
{
    const AnnotationStore::AnnotationFields f = fieldsOf(source, a, imageId);
    const SegmentationKind kind = source.segmentationKind(a);
    if (kind == SegmentationKind::Polygon) {
        std::vector<double> coords;
        std::vector<quint32> sizes;
        for (int r = 0; r < source.ringCount(a); ++r) {
            const std::span<const double> ring = source.ring(a, r);
            coords.insert(coords.end(), ring.begin(), ring.end());
            sizes.push_back(quint32(ring.size()));
        }
        out.appendPolygon(f, coords, sizes);
    } else if (kind == SegmentationKind::None) {
        out.appendEmpty(f);
    } else {
        const RleView rle = source.rle(a);
        if (rle.compressed)
            out.appendRle(f, rle.height, rle.width, rle.counts);
        else
            out.appendRle(f, rle.height, rle.width, rle.runs);
    }
}

} // namespace

namespace snapshot {

/** Appends ground-truth image @p i of @p source with its cells to @p out. */
void copyImage(const AnnotationStore& source, int i, AnnotationStore& out, std::vector<int>& imageMap,
               std::vector<int>& annotationMap)
{
    ImageRecord record = source.image(i);
    record.raw = record.dictKey = {};
    out.appendImage(record);
    imageMap.push_back(i);
    for (quint32 a : source.annotationsOfImage(i)) {
        copyAnnotation(source, int(a), record.id, out);
        annotationMap.push_back(int(a));
    }
}

/**
 * Room in @p gtOut and @p dtOut (and the maps back) for the cells of ground-truth images @p images and
 * their predictions, so that the copy, taken in slices, never stops to move what it has copied (at the
 * scale of a full split a column moved as it grows held the GUI thread for a quarter of a second:
 * bench_review).
 */
void reserveCopies(const Workspace& workspace, int groundTruth, int predictions, const std::vector<int>& images,
                   AnnotationStore& gtOut, AnnotationStore& dtOut, std::vector<int>& annotationMap,
                   std::vector<int>& predictionMap)
{
    const AnnotationStore& gt = workspace.set(groundTruth).store;
    const AnnotationStore& dt = workspace.set(predictions).store;
    std::size_t cells = 0, coordinates = 0, found = 0, coordinatesFound = 0, rleChars = 0;
    const auto count = [](const AnnotationStore& store, int a, std::size_t& coords, std::size_t& chars) {
        if (store.segmentationKind(a) == SegmentationKind::Polygon)
            coords += 2 * store.vertexCount(a);
        else if (store.segmentationKind(a) != SegmentationKind::None && store.rle(a).compressed)
            chars += store.rle(a).counts.size();
    };
    std::size_t gtChars = 0;
    for (int i : images) {
        for (quint32 a : gt.annotationsOfImage(i)) {
            ++cells;
            count(gt, int(a), coordinates, gtChars);
        }
        for (const Workspace::Layer& layer : workspace.layersFor(gt.image(i).fileName)) {
            if (layer.set != predictions || !layer.annotations)
                continue;
            for (quint32 a : *layer.annotations) {
                ++found;
                count(dt, int(a), coordinatesFound, rleChars);
            }
        }
    }
    gtOut.reserve(cells, coordinates, gtChars);
    dtOut.reserve(found, coordinatesFound, rleChars);
    annotationMap.reserve(cells);
    predictionMap.reserve(found);
}

// Only the chosen images: a model run on three images is scored on those three, not on every image
// of the set (whose cells would all count as missed).
void snapshotGroundTruth(const AnnotationStore& source, const std::vector<int>& images, AnnotationStore& out,
                         std::vector<int>& imageMap, std::vector<int>& annotationMap)
{
    for (const Category& c : source.categories())
        out.appendCategory(c);
    for (int i : images)
        copyImage(source, i, out, imageMap, annotationMap);
    out.finalize();
}

/** Appends the live predictions of set @p predictions on ground-truth image @p i of @p gt to @p out. */
void copyPredictions(const Workspace& workspace, int predictions, const AnnotationStore& gt, int i,
                     AnnotationStore& out, std::vector<int>& predictionMap)
{
    const AnnotationStore& source = workspace.set(predictions).store;
    for (const Workspace::Layer& layer : workspace.layersFor(gt.image(i).fileName)) {
        if (layer.set != predictions || !layer.annotations)
            continue;
        for (quint32 a : *layer.annotations) {
            if (!source.isLive(int(a)) || source.annotationImageId(int(a)) != gt.image(i).id)
                continue;
            copyAnnotation(source, int(a), gt.image(i).id, out);
            predictionMap.push_back(int(a));
        }
    }
}

/** The live predictions of set @p predictions on the ground-truth images @p images. */
void snapshotPredictions(const Workspace& workspace, int predictions, const AnnotationStore& gt,
                         const std::vector<int>& images, AnnotationStore& out, std::vector<int>& predictionMap)
{
    for (const Category& c : workspace.set(predictions).store.categories())
        out.appendCategory(c);
    for (int i : images)
        copyPredictions(workspace, predictions, gt, i, out, predictionMap);
    out.finalize();
}

void remap(ImageMatches& m, const std::vector<int>& annotations, const std::vector<int>& predictions)
{
    const auto dt = [&predictions](int& d) {
        if (!predictions.empty())
            d = predictions[std::size_t(d)];
    };
    for (auto& match : m.truePositives) {
        match.groundTruth = annotations[std::size_t(match.groundTruth)];
        dt(match.prediction);
    }
    for (auto& match : m.ignoredMatches) {
        match.groundTruth = annotations[std::size_t(match.groundTruth)];
        dt(match.prediction);
    }
    for (int& gt : m.falseNegatives)
        gt = annotations[std::size_t(gt)];
    for (int& d : m.falsePositives)
        dt(d);
}

} // namespace snapshot
} // namespace curator
