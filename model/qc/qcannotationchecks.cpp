// Per-annotation geometry checks (see qcinternal.h).
#include "model/qc/qcinternal.h"
#include "model/qc/ringgeometry.h"

#include "model/io/rle.h"

#include <algorithm>
#include <cmath>

namespace curator::qc {

namespace {

// What the rings of one polygon annotation add up to.
struct PolygonSummary
{
    int rings = 0;
    int oddRing = -1, oddSize = 0;
    int degenerateRing = -1, degenerateDistinct = 0;
    int crossings = 0;
    double crossX = 0, crossY = 0;
    double outside = 0, outsideX = 0, outsideY = 0;
    double area = 0, perimeter = 0;
    double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
    bool anyUsableRing = false;
};

void addRing(PolygonSummary& s, int r, std::span<const double> ring, const RingAnalysis& ra)
{
    if (ra.oddCoordinates && s.oddRing < 0) {
        s.oddRing = r;
        s.oddSize = int(ring.size());
    }
    if (ra.distinctVertices < 3 && s.degenerateRing < 0) {
        s.degenerateRing = r;
        s.degenerateDistinct = ra.distinctVertices;
    }
    if (ra.selfIntersections > 0 && s.crossings == 0) {
        s.crossX = ra.intersectionX;
        s.crossY = ra.intersectionY;
    }
    s.crossings += ra.selfIntersections;
    if (ra.outside > s.outside) {
        s.outside = ra.outside;
        s.outsideX = ra.outsideX;
        s.outsideY = ra.outsideY;
    }
    s.area += ra.area;
    s.perimeter += ra.perimeterL1;
    if (ring.size() >= 2) {
        s.minX = std::min(s.minX, ra.minX);
        s.minY = std::min(s.minY, ra.minY);
        s.maxX = std::max(s.maxX, ra.maxX);
        s.maxY = std::max(s.maxY, ra.maxY);
    }
    s.anyUsableRing = s.anyUsableRing || ra.distinctVertices >= 3;
}

void reportRingProblems(const AnnotationStore& store, int a, const ImageRecord& image, const PolygonSummary& s,
                        const QcOptions& o, std::vector<QcFinding>& out)
{
    const qint64 id = store.annotationId(a);
    const QString where = s.rings > 1 ? Qc::tr(" (ring %1 of %2)").arg(s.oddRing + 1).arg(s.rings) : QString();
    if (s.oddRing >= 0 && o.isEnabled(QcCheck::OddCoordinates))
        out.push_back(makeFinding(QcCheck::OddCoordinates, image.id, {id},
                                  Qc::tr("Cell %1 has a ring with an odd number of coordinates (%2)%3; its last "
                                         "number is ignored.").arg(id).arg(s.oddSize).arg(where), s.oddSize));
    if (s.degenerateRing >= 0 && o.isEnabled(QcCheck::DegenerateRing)) {
        const QString ring = s.rings > 1 ? Qc::tr(" (ring %1 of %2)").arg(s.degenerateRing + 1).arg(s.rings) : QString();
        out.push_back(makeFinding(QcCheck::DegenerateRing, image.id, {id},
                                  Qc::tr("Cell %1 has a ring with only %2 distinct vertices%3; a ring needs at "
                                         "least 3.").arg(id).arg(s.degenerateDistinct).arg(ring),
                                  s.degenerateDistinct));
    }
    if (s.crossings > 0 && o.isEnabled(QcCheck::SelfIntersection)) {
        QcFinding f = makeFinding(QcCheck::SelfIntersection, image.id, {id},
                                  Qc::tr("Cell %1's outline meets itself %n time(s), first at (%2, %3).", nullptr,
                                         s.crossings).arg(id).arg(px(s.crossX), px(s.crossY)), s.crossings);
        f.x = s.crossX;
        f.y = s.crossY;
        out.push_back(std::move(f));
    }
    if (s.outside > 0 && o.isEnabled(QcCheck::OutsideImage)) {
        QcFinding f = makeFinding(QcCheck::OutsideImage, image.id, {id},
                                  Qc::tr("Cell %1 has a vertex at (%2, %3), %4 px outside the %5 × %6 image.")
                                      .arg(id).arg(px(s.outsideX), px(s.outsideY), px(s.outside))
                                      .arg(image.width).arg(image.height), s.outside);
        f.x = s.outsideX;
        f.y = s.outsideY;
        out.push_back(std::move(f));
    }
}

void checkAreaAndBox(const AnnotationStore& store, int a, const ImageRecord& image, double area,
                     const std::array<double, 4>& extent, const QcOptions& o, std::vector<QcFinding>& out)
{
    const qint64 id = store.annotationId(a);
    const QcThresholds& t = o.thresholds;
    const double stated = store.area(a);
    const double difference = std::abs(stated - area);
    if (o.isEnabled(QcCheck::AreaMismatch) && !(difference <= std::max(t.areaAbsolute, t.areaRelative * area)))
        out.push_back(makeFinding(QcCheck::AreaMismatch, image.id, {id},
                                  Qc::tr("Cell %1's area field is %2 px², but its segmentation covers %3 px².")
                                      .arg(id).arg(px(stated), px(area)), difference));
    if (!o.isEnabled(QcCheck::BboxMismatch))
        return;
    const std::array<double, 4> b = store.bbox(a);
    const double worst = std::max({std::abs(b[0] - extent[0]), std::abs(b[1] - extent[1]),
                                   std::abs(b[0] + b[2] - extent[0] - extent[2]),
                                   std::abs(b[1] + b[3] - extent[1] - extent[3])});
    if (!(worst <= t.bboxTolerance))
        out.push_back(makeFinding(QcCheck::BboxMismatch, image.id, {id},
                                  Qc::tr("Cell %1's bbox field is [%2, %3, %4, %5], but its segmentation spans "
                                         "[%6, %7, %8, %9].")
                                      .arg(id).arg(px(b[0]), px(b[1]), px(b[2]), px(b[3]), px(extent[0]),
                                                   px(extent[1]), px(extent[2]), px(extent[3])), worst));
}

void checkPolygon(const AnnotationStore& store, int a, const ImageRecord& image, const QcOptions& o,
                  CellGeometry& cell, std::vector<QcFinding>& out)
{
    PolygonSummary s;
    s.rings = store.ringCount(a);
    for (int r = 0; r < s.rings; ++r) {
        const std::span<const double> ring = store.ring(a, r);
        addRing(s, r, ring, RingGeometry::analyse(ring, image.width, image.height));
    }
    reportRingProblems(store, a, image, s, o, out);
    if (s.minX > s.maxX) {
        s.minX = s.minY = s.maxX = s.maxY = 0;
    }
    checkAreaAndBox(store, a, image, s.area, {s.minX, s.minY, s.maxX - s.minX, s.maxY - s.minY}, o, out);
    if (s.anyUsableRing) {
        cell.area = s.area;
        cell.minX = s.minX;
        cell.minY = s.minY;
        cell.maxX = s.maxX;
        cell.maxY = s.maxY;
        // rleFrPoly keeps the pixels whose centre is inside the ring (vertices rounded to 0.2 px), so
        // the mask misses at most the part of the polygon within 0.5 px (L∞) of the outline, plus
        // the rounding: ≤ 0.5 + 0.2 px times the L1 perimeter, plus the corners. A ring that crosses
        // itself, or several rings, have a shoelace area that counts doubly covered parts twice: no bound then.
        cell.maskSlack = s.crossings > 0 || s.rings > 1 ? s.area : 0.75 * s.perimeter + 4.0;
    }
}

void checkRle(const AnnotationStore& store, int a, const ImageRecord& image, const QcOptions& o,
              CellGeometry& cell, std::vector<QcFinding>& out)
{
    const Rle mask = Rle::fromAnnotation(store, a, image.height, image.width);
    const auto box = mask.bbox();
    const double area = mask.area();
    checkAreaAndBox(store, a, image, area, box, o, out);
    if (area > 0) {
        cell.area = area;
        cell.minX = box[0];
        cell.minY = box[1];
        cell.maxX = box[0] + box[2];
        cell.maxY = box[1] + box[3];
        cell.maskSlack = 0;
    }
}

} // namespace

QcFinding makeFinding(QcCheck check, qint64 imageId, std::vector<qint64> annotationIds, QString message, double value)
{
    QcFinding f;
    f.check = check;
    f.severity = qcDefaultSeverity(check);
    f.imageId = imageId;
    std::sort(annotationIds.begin(), annotationIds.end());
    f.annotationIds = std::move(annotationIds);
    f.message = std::move(message);
    f.value = value;
    return f;
}

QString px(double v)
{
    if (!std::isfinite(v))
        return QString::number(v);
    QString s = QString::number(v, 'f', 2);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s == u"-0" ? QStringLiteral("0") : s;
}

void checkAnnotation(const AnnotationStore& store, int a, const ImageRecord& image, const QcOptions& options,
                     CellGeometry& cell, std::vector<QcFinding>& out)
{
    cell = CellGeometry{};
    cell.annotation = a;
    switch (store.segmentationKind(a)) {
    case SegmentationKind::Polygon:
        if (store.ringCount(a) == 0)
            break;
        checkPolygon(store, a, image, options, cell, out);
        return;
    case SegmentationKind::RleCompressed:
    case SegmentationKind::RleUncompressed:
        checkRle(store, a, image, options, cell, out);
        return;
    case SegmentationKind::None:
        break;
    }
    if (options.isEnabled(QcCheck::DegenerateRing)) {
        const qint64 id = store.annotationId(a);
        out.push_back(makeFinding(QcCheck::DegenerateRing, image.id, {id},
                                  Qc::tr("Cell %1 has no segmentation.").arg(id), 0));
    }
}

} // namespace curator::qc
