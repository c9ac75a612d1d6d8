#include "model/distributionlocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>

#include <algorithm>
#include <functional>
#include <tuple>

namespace curator {

namespace {

/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::DistributionLocator)
};

const QString kNuclear = QStringLiteral("nuclear_count_benchmark");

/** A direct child of @p dir named @p name in any letter case, or empty. */
QString child(const QString& dir, const QString& name, bool wantDir)
{
    const QFileInfoList entries = QDir(dir).entryInfoList(wantDir ? QDir::Dirs | QDir::NoDotAndDotDot : QDir::Files,
                                                          QDir::Name);
    for (const QFileInfo& fi : entries) {
        if (fi.fileName().compare(name, Qt::CaseInsensitive) == 0)
            return fi.absoluteFilePath();
    }
    return {};
}

bool isExcludedFolder(const QString& name)
{
    return name.compare(kNuclear, Qt::CaseInsensitive) == 0 || name.compare(u"models", Qt::CaseInsensitive) == 0
        || name == u"__MACOSX" || name.startsWith(u'.');
}

/** Calls @p visit for every file below @p dir (sorted, depth-limited, excluded folders skipped). */
void walkFiles(const QString& dir, int depth, const std::function<void(const QFileInfo&)>& visit)
{
    if (depth > DistributionLocator::kMaxDepth)
        return;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                                                          QDir::Name | QDir::DirsLast);
    for (const QFileInfo& fi : entries) {
        if (fi.isDir()) {
            if (!isExcludedFolder(fi.fileName()))
                walkFiles(fi.absoluteFilePath(), depth + 1, visit);
        } else if (!fi.fileName().startsWith(u'.')) {
            visit(fi);
        }
    }
}

bool isRootLike(const QString& dir)
{
    return !child(dir, QStringLiteral("images.zip"), false).isEmpty()
        || !child(dir, QStringLiteral("images"), true).isEmpty()
        || !child(dir, QStringLiteral("annotations"), true).isEmpty() || !child(dir, kNuclear, true).isEmpty();
}

bool isImageFile(const QString& name)
{
    return name.endsWith(u".tif", Qt::CaseInsensitive) || name.endsWith(u".tiff", Qt::CaseInsensitive)
        || name.endsWith(u".png", Qt::CaseInsensitive);
}

QString commonFolder(const QString& a, const QString& b)
{
    const QStringList pa = a.split(u'/'), pb = b.split(u'/');
    qsizetype n = 0;
    while (n < pa.size() && n < pb.size() && pa[n] == pb[n])
        ++n;
    return pa.mid(0, n).join(u'/');
}

auto sortKey(const SetInfo& s)
{
    const int kindRank = s.kind == SetKind::LivecellWide     ? 0
                       : s.kind == SetKind::SingleCellType ? 1
                       : s.kind == SetKind::SizeSplit      ? 2
                       : s.kind == SetKind::Other          ? 3
                                                           : 4;
    const int splitRank = s.split == Split::Train ? 0 : s.split == Split::Val ? 1 : s.split == Split::Test ? 2 : 3;
    return std::make_tuple(kindRank, int(s.cellType), s.percent, splitRank, s.path);
}

} // namespace

const SetInfo* DistributionLayout::find(SetKind kind, Split split, CellType cellType) const
{
    for (const SetInfo& s : annotationSets) {
        if (s.kind == kind && s.split == split && (kind != SetKind::SingleCellType || s.cellType == cellType))
            return &s;
    }
    return nullptr;
}

std::optional<DistributionLayout> DistributionLocator::locate(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.isDir() || !info.isReadable()) {
        if (error)
            *error = Text::tr("%1 is not a readable folder").arg(path);
        return std::nullopt;
    }
    DistributionLayout layout;
    layout.root = findRoot(info.absoluteFilePath());
    findImages(layout);
    findAnnotations(layout);
    findNuclearCount(layout);
    if (layout.isEmpty()) {
        if (error)
            *error = Text::tr("No LIVECell images, annotation files or nuclear count benchmark found in %1").arg(path);
        return std::nullopt;
    }
    return layout;
}

QString DistributionLocator::findRoot(const QString& folder)
{
    if (isRootLike(folder))
        return folder;
    const QFileInfoList children = QDir(folder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& fi : children) {
        if (fi.fileName().compare(u"LIVECell_dataset_2021", Qt::CaseInsensitive) == 0 && isRootLike(fi.absoluteFilePath()))
            return fi.absoluteFilePath();
    }
    for (const QFileInfo& fi : children) {
        if (isRootLike(fi.absoluteFilePath()))
            return fi.absoluteFilePath();
    }
    return folder;
}

void DistributionLocator::findImages(DistributionLayout& layout)
{
    layout.imagesZip = child(layout.root, QStringLiteral("images.zip"), false);
    layout.imagesFolder = child(layout.root, QStringLiteral("images"), true);
    if (!layout.imagesZip.isEmpty() || !layout.imagesFolder.isEmpty())
        return;
    QString zip, folder;
    walkFiles(layout.root, 0, [&](const QFileInfo& fi) {
        if (zip.isEmpty() && fi.fileName().compare(u"images.zip", Qt::CaseInsensitive) == 0)
            zip = fi.absoluteFilePath();
        else if (isImageFile(fi.fileName()))
            folder = folder.isEmpty() ? fi.absolutePath() : commonFolder(folder, fi.absolutePath());
    });
    if (!zip.isEmpty())
        layout.imagesZip = zip;
    else
        layout.imagesFolder = folder;
}

void DistributionLocator::findAnnotations(DistributionLayout& layout)
{
    const QString annotations = child(layout.root, QStringLiteral("annotations"), true);
    const QDir root(layout.root);
    walkFiles(annotations.isEmpty() ? layout.root : annotations, 0, [&](const QFileInfo& fi) {
        if (fi.suffix().compare(u"json", Qt::CaseInsensitive) != 0)
            return;
        SetInfo set = SetInfo::classify(root.relativeFilePath(fi.absoluteFilePath()));
        set.path = fi.absoluteFilePath();
        layout.annotationSets.append(set);
    });
    std::stable_sort(layout.annotationSets.begin(), layout.annotationSets.end(),
                     [](const SetInfo& a, const SetInfo& b) { return sortKey(a) < sortKey(b); });
}

void DistributionLocator::findNuclearCount(DistributionLayout& layout)
{
    const QString dir = child(layout.root, kNuclear, true);
    if (dir.isEmpty())
        return;
    QMap<QString, NuclearCountSet> byName;
    const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo& fi : files) {
        const QString name = fi.fileName();
        const QString lower = name.toLower();
        QString* slot = nullptr;
        QString prefix;
        if (lower.endsWith(u"_counts.json")) {
            prefix = name.chopped(12);
            slot = &byName[prefix].countsJson;
        } else if (lower.endsWith(u"_fluorescent_images.zip")) {
            prefix = name.chopped(23);
            slot = &byName[prefix].fluorescentZip;
        } else if (lower.endsWith(u".zip")) {
            prefix = name.chopped(4);
            slot = &byName[prefix].imagesZip;
        }
        if (slot) {
            *slot = fi.absoluteFilePath();
            byName[prefix].name = prefix;
        }
    }
    // Extracted archives: a <name>/ folder stands in for <name>.zip, <name>_fluorescent_images/ for its zip.
    const QStringList folders = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        for (const QString& folder : folders) {
            if (it->imagesZip.isEmpty() && folder.compare(it.key(), Qt::CaseInsensitive) == 0)
                it->imagesZip = QDir(dir).absoluteFilePath(folder);
            else if (it->fluorescentZip.isEmpty()
                     && folder.compare(it.key() + QStringLiteral("_fluorescent_images"), Qt::CaseInsensitive) == 0)
                it->fluorescentZip = QDir(dir).absoluteFilePath(folder);
        }
    }
    layout.nuclearCount = byName.values();
}

} // namespace curator
