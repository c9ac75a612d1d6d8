// Image-level checks (see qcinternal.h): duplicates, leakage, sparse and empty images, missing
// image files and annotations without an image.
#include "model/qc/qcinternal.h"

#include "model/annotationset.h"
#include "model/io/imagesource.h"

#include <QFileInfo>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace curator::qc {

namespace {

QString imageLabel(const ImageRecord& image) { return Qc::tr("Image %1 (%2)").arg(image.id).arg(image.fileName); }

bool isReported(const std::vector<char>& reported, int i) { return reported[std::size_t(i)] != 0; }

// The checks' maps are std containers, not QHash: Qt 6.4's ends the application where an insert runs out of memory,
// which the checks report instead.

void findDuplicateNames(const AnnotationStore& store, const std::vector<char>& reported, std::vector<QcFinding>& out)
{
    std::map<QString, std::vector<int>> byName;
    for (int i = 0; i < store.imageCount(); ++i)
        byName[store.image(i).fileName].push_back(i);
    for (const auto& [name, group] : byName) {
        if (group.size() < 2
            || std::none_of(group.begin(), group.end(), [&](int i) { return isReported(reported, i); }))
            continue;
        std::vector<qint64> ids;
        for (int i : group)
            ids.push_back(store.image(i).id);
        std::sort(ids.begin(), ids.end());
        QStringList others;
        for (std::size_t k = 1; k < ids.size(); ++k)
            others.append(QString::number(ids[k]));
        QcFinding f = makeFinding(QcCheck::DuplicateFileName, ids.front(), {},
                                  Qc::tr("The file name %1 is used by image %2 and also by image id(s) %3.")
                                      .arg(name).arg(ids.front()).arg(others.join(QStringLiteral(", "))),
                                  double(ids.size()));
        f.relatedImageIds.assign(ids.begin() + 1, ids.end());
        out.push_back(std::move(f));
    }
}

bool isSameFile(const AnnotationSet& a, const AnnotationSet& b)
{
    if (&a == &b)
        return true;
    const QString ca = QFileInfo(a.info.path).canonicalFilePath(), cb = QFileInfo(b.info.path).canonicalFilePath();
    return ca.isEmpty() || cb.isEmpty() ? a.info.path == b.info.path : ca == cb;
}

void findLeakage(const AnnotationSet& set, const std::vector<char>& reported, const QcOptions& options,
                 std::vector<QcFinding>& out)
{
    struct Ref { const AnnotationSet* set; qint64 id; };
    std::unordered_map<QString, std::vector<Ref>> elsewhere;
    for (const AnnotationSet* other : options.otherSets) {
        if (!other || isSameFile(set, *other))
            continue;
        for (int i = 0; i < other->store.imageCount(); ++i)
            elsewhere[other->store.image(i).fileName].push_back({other, other->store.image(i).id});
    }
    if (elsewhere.empty())
        return;
    for (int i = 0; i < set.store.imageCount(); ++i) {
        const ImageRecord& image = set.store.image(i);
        const auto it = elsewhere.find(image.fileName);
        if (it == elsewhere.end() || !isReported(reported, i))
            continue;
        QcFinding f = makeFinding(QcCheck::SplitLeakage, image.id, {}, {});
        QStringList where;
        for (const Ref& ref : it->second) {
            f.relatedImageIds.push_back(ref.id);
            where.append(Qc::tr("%1 (image id %2)").arg(ref.set->info.label()).arg(ref.id));
        }
        f.message = Qc::tr("%1 is also in %2.").arg(imageLabel(image), where.join(QStringLiteral(", ")));
        out.push_back(std::move(f));
    }
}

void findEmptyAndMissing(const AnnotationStore& store, const std::vector<char>& reported, const QcOptions& options,
                         std::vector<QcFinding>& out)
{
    const bool empty = options.isEnabled(QcCheck::EmptyImage);
    const bool missing = options.isEnabled(QcCheck::ImageMissing) && options.images;
    for (int i = 0; i < store.imageCount(); ++i) {
        if (!isReported(reported, i))
            continue;
        const ImageRecord& image = store.image(i);
        const int cells = store.liveAnnotationCountOfImage(i);
        if (empty && cells == 0)
            out.push_back(makeFinding(QcCheck::EmptyImage, image.id, {},
                                      Qc::tr("%1 has no annotations.").arg(imageLabel(image)), 0));
        if (missing && !options.images->contains(image.fileName))
            out.push_back(makeFinding(QcCheck::ImageMissing, image.id, {},
                                      Qc::tr("%1 is not in %2; its %n annotation(s) cannot be shown.", nullptr, cells)
                                          .arg(imageLabel(image), options.images->path()), cells));
    }
}

void findOrphans(const AnnotationStore& store, std::vector<QcFinding>& out)
{
    std::map<qint64, std::vector<qint64>> byImageId;
    for (int a = 0; a < store.annotationCount(); ++a) {
        if (store.isLive(a) && store.annotationImage(a) < 0)
            byImageId[store.annotationImageId(a)].push_back(store.annotationId(a));
    }
    for (auto& [imageId, ids] : byImageId) {
        const int n = int(ids.size());
        QStringList shown;
        for (std::size_t i = 0; i < std::min<std::size_t>(ids.size(), 10); ++i)
            shown.append(QString::number(ids[i]));
        if (ids.size() > 10)
            shown.append(QStringLiteral("…"));
        out.push_back(makeFinding(QcCheck::OrphanAnnotation, imageId, std::move(ids),
                                  Qc::tr("%n annotation(s) (%2) refer to image id %1, which is not in the file's "
                                         "images.", nullptr, n).arg(imageId).arg(shown.join(QStringLiteral(", "))),
                                  n));
    }
}

} // namespace

void findImageProblems(const AnnotationSet& set, const std::vector<char>& reported, const QcOptions& options,
                       std::vector<QcFinding>& out)
{
    if (options.isEnabled(QcCheck::DuplicateFileName))
        findDuplicateNames(set.store, reported, out);
    if (options.isEnabled(QcCheck::SplitLeakage))
        findLeakage(set, reported, options, out);
    if (options.isEnabled(QcCheck::SparseImage))
        findSparseImages(set, reported, options, out);
    findEmptyAndMissing(set.store, reported, options, out);
    if (options.isEnabled(QcCheck::OrphanAnnotation) && options.onlyImages.empty())
        findOrphans(set.store, out);
}

} // namespace curator::qc
