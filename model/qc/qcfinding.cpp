#include "model/qc/qcfinding.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace curator {

namespace {

struct CheckInfo
{
    const char* id;
    QcSeverity severity;
    const char* title;
    const char* description;
    const char* valueMeaning;
};

// Indexed by QcCheck. Translatable strings are marked with QT_TRANSLATE_NOOP so lupdate sees them.
const std::array<CheckInfo, kQcCheckCount>& checkInfos()
{
    static const std::array<CheckInfo, kQcCheckCount> infos{{
        {"self-intersection", QcSeverity::Warning, QT_TRANSLATE_NOOP("curator::Qc", "Self-intersecting rings"),
         QT_TRANSLATE_NOOP("curator::Qc", "A polygon ring crosses or touches itself, or folds back on itself. "
                                          "Repeated consecutive vertices are not counted."),
         QT_TRANSLATE_NOOP("curator::Qc", "crossings")},
        {"degenerate-ring", QcSeverity::Error, QT_TRANSLATE_NOOP("curator::Qc", "Degenerate rings"),
         QT_TRANSLATE_NOOP("curator::Qc", "A polygon ring has fewer than 3 distinct vertices, or the annotation has "
                                          "no segmentation."),
         QT_TRANSLATE_NOOP("curator::Qc", "distinct vertices")},
        {"odd-coordinates", QcSeverity::Error, QT_TRANSLATE_NOOP("curator::Qc", "Odd coordinate counts"),
         QT_TRANSLATE_NOOP("curator::Qc", "A polygon ring has an odd number of coordinates; the last one is ignored."),
         QT_TRANSLATE_NOOP("curator::Qc", "coordinates")},
        {"outside-image", QcSeverity::Warning, QT_TRANSLATE_NOOP("curator::Qc", "Vertices outside the image"),
         QT_TRANSLATE_NOOP("curator::Qc", "A vertex lies left of 0, above 0, right of the image width or below its "
                                          "height. Vertices exactly on x = width or y = height are legitimate."),
         QT_TRANSLATE_NOOP("curator::Qc", "pixels outside")},
        {"area-mismatch", QcSeverity::Warning, QT_TRANSLATE_NOOP("curator::Qc", "Area field inconsistent"),
         QT_TRANSLATE_NOOP("curator::Qc", "The annotation's area field differs from its polygon's shoelace area "
                                          "(or an RLE's pixel count) by more than the tolerance."),
         QT_TRANSLATE_NOOP("curator::Qc", "area difference (px²)")},
        {"bbox-mismatch", QcSeverity::Warning, QT_TRANSLATE_NOOP("curator::Qc", "Bounding box inconsistent"),
         QT_TRANSLATE_NOOP("curator::Qc", "The annotation's bbox field differs from the extent of its polygon (or "
                                          "an RLE's pixel box) by more than the tolerance."),
         QT_TRANSLATE_NOOP("curator::Qc", "largest difference (px)")},
        {"near-duplicate", QcSeverity::Warning, QT_TRANSLATE_NOOP("curator::Qc", "Near-duplicate cells"),
         QT_TRANSLATE_NOOP("curator::Qc", "Two cells of one image whose masks overlap with an IoU at or above the "
                                          "near-duplicate threshold: probably one cell contoured twice."),
         QT_TRANSLATE_NOOP("curator::Qc", "mask IoU")},
        {"heavy-overlap", QcSeverity::Info, QT_TRANSLATE_NOOP("curator::Qc", "Heavy overlaps"),
         QT_TRANSLATE_NOOP("curator::Qc", "Two cells of one image share at least the heavy-overlap fraction of the "
                                          "smaller cell's mask (but are not near-duplicates)."),
         QT_TRANSLATE_NOOP("curator::Qc", "fraction of the smaller cell covered")},
        {"area-outlier", QcSeverity::Info, QT_TRANSLATE_NOOP("curator::Qc", "Cell area outliers"),
         QT_TRANSLATE_NOOP("curator::Qc", "A cell's area is far from the usual area of its cell type: robust "
                                          "z-score of log area (median and MAD) beyond the threshold."),
         QT_TRANSLATE_NOOP("curator::Qc", "robust z-score")},
        {"duplicate-file-name", QcSeverity::Warning, QT_TRANSLATE_NOOP("curator::Qc", "Duplicate file names"),
         QT_TRANSLATE_NOOP("curator::Qc", "The same image file name appears under several image ids."),
         QT_TRANSLATE_NOOP("curator::Qc", "image ids with this name")},
        {"split-leakage", QcSeverity::Error, QT_TRANSLATE_NOOP("curator::Qc", "Images in two splits"),
         QT_TRANSLATE_NOOP("curator::Qc", "An image of this set is also in another loaded split (e.g. train and "
                                          "val), which leaks evaluation data into training."),
         nullptr},
        {"sparse-image", QcSeverity::Warning, QT_TRANSLATE_NOOP("curator::Qc", "Sparsely annotated images"),
         QT_TRANSLATE_NOOP("curator::Qc", "An image has far fewer cells than its cell type and its neighbouring "
                                          "time points (±4 h in the same well, position and crop) suggest."),
         QT_TRANSLATE_NOOP("curator::Qc", "cells / expected cells")},
        {"empty-image", QcSeverity::Warning, QT_TRANSLATE_NOOP("curator::Qc", "Images without annotations"),
         QT_TRANSLATE_NOOP("curator::Qc", "An image has no annotations at all."), nullptr},
        {"image-missing", QcSeverity::Error, QT_TRANSLATE_NOOP("curator::Qc", "Images missing from the image source"),
         QT_TRANSLATE_NOOP("curator::Qc", "An image and its annotations are in the annotation file but its file is "
                                          "not in images.zip or the image folder."),
         QT_TRANSLATE_NOOP("curator::Qc", "annotations")},
        {"orphan-annotation", QcSeverity::Error, QT_TRANSLATE_NOOP("curator::Qc", "Annotations without image"),
         QT_TRANSLATE_NOOP("curator::Qc", "Annotations refer to an image id that is not in the file's images."),
         QT_TRANSLATE_NOOP("curator::Qc", "annotations")},
    }};
    return infos;
}

const CheckInfo& info(QcCheck check) { return checkInfos()[std::size_t(check)]; }

QString translated(const char* text)
{
    return text ? QCoreApplication::translate("curator::Qc", text) : QString();
}

} // namespace

QString QcFinding::key() const { return qcFindingKey(check, imageId, annotationIds); }

bool QcFinding::operator==(const QcFinding& o) const
{
    const auto same = [](double a, double b) { return a == b || (a != a && b != b); };
    return check == o.check && severity == o.severity && imageId == o.imageId && annotationIds == o.annotationIds
           && message == o.message && same(value, o.value) && same(x, o.x) && same(y, o.y)
           && relatedImageIds == o.relatedImageIds;
}

QString qcCheckId(QcCheck check) { return QString::fromLatin1(info(check).id); }

std::optional<QcCheck> qcCheckFromId(QStringView id)
{
    for (int c = 0; c < kQcCheckCount; ++c) {
        if (id == QLatin1String(checkInfos()[std::size_t(c)].id))
            return QcCheck(c);
    }
    return std::nullopt;
}

QString qcCheckTitle(QcCheck check) { return translated(info(check).title); }
QString qcCheckDescription(QcCheck check) { return translated(info(check).description); }
QString qcValueMeaning(QcCheck check) { return translated(info(check).valueMeaning); }
QcSeverity qcDefaultSeverity(QcCheck check) { return info(check).severity; }

QString qcSeverityId(QcSeverity severity)
{
    switch (severity) {
    case QcSeverity::Info: return QStringLiteral("info");
    case QcSeverity::Warning: return QStringLiteral("warning");
    case QcSeverity::Error: break;
    }
    return QStringLiteral("error");
}

QString qcSeverityTitle(QcSeverity severity)
{
    switch (severity) {
    case QcSeverity::Info: return QCoreApplication::translate("curator::Qc", "Info");
    case QcSeverity::Warning: return QCoreApplication::translate("curator::Qc", "Warning");
    case QcSeverity::Error: break;
    }
    return QCoreApplication::translate("curator::Qc", "Error");
}

QString qcFindingKey(QcCheck check, qint64 imageId, std::span<const qint64> annotationIds)
{
    std::vector<qint64> ids(annotationIds.begin(), annotationIds.end());
    std::sort(ids.begin(), ids.end());
    QString key = qcCheckId(check) + u'/' + QString::number(imageId) + u'/';
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i)
            key += u',';
        key += QString::number(ids[i]);
    }
    return key;
}

} // namespace curator
