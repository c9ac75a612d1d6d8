#include "model/reviewstate.h"

#include "model/fileidentity.h"
#include "model/peruserfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>
#include <map>
#include <new>

namespace curator {

namespace {
/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::ReviewState)
};

constexpr auto kFormat = "livecell-curator-review";
const QString kPerUserFolder = QStringLiteral("reviews");
const QString kSuffix = QStringLiteral(".review");

bool anyExists(const QStringList& paths)
{
    return std::any_of(paths.begin(), paths.end(), [](const QString& p) { return QFileInfo::exists(p); });
}

/** The newest per-user sidecar (path, bytes) written for another path whose file has @p annotationPath's content. */
std::optional<std::pair<QString, QByteArray>> perUserSidecarOfSameFile(const QString& annotationPath,
                                                                       const QStringList& skip)
{
    const QStringList sidecars = perUserFiles(kPerUserFolder, kSuffix);
    if (sidecars.isEmpty())
        return std::nullopt;   // the common case: no file read at all
    const FileIdentity id = FileIdentity::of(annotationPath);
    if (id.size < 0)
        return std::nullopt;
    const QByteArray fingerprint = QByteArray::number(id.fingerprint);
    for (const QString& path : sidecars) {
        QFile file(path);
        if (skip.contains(path) || !file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (!bytes.contains(fingerprint))   // cheap: most sidecars are of other files
            continue;
        const QJsonObject named =
            QJsonDocument::fromJson(bytes).object().value(QStringLiteral("annotationFile")).toObject();
        const FileIdentity other{named.value(QStringLiteral("size")).toInteger(-1), 0,
                                 quint32(named.value(QStringLiteral("fingerprint")).toInteger(-1))};
        if (other.sameContent(id))   // named by the file it was written for; by itself where that name is missing
            return std::pair{named.value(QStringLiteral("path")).toString(path), bytes};
    }
    return std::nullopt;
}

/** Image indices holding at least one flagged live cell. */
QSet<int> imagesWithFlaggedCells(const AnnotationStore& store, const QSet<qint64>& flagged)
{
    QSet<int> images;
    for (qint64 id : flagged) {
        const int a = store.annotationIndex(id);
        if (a >= 0 && store.isLive(a) && store.annotationImage(a) >= 0)
            images.insert(store.annotationImage(a));
    }
    return images;
}

template<typename Predicate>
int nextMatching(const AnnotationStore& store, int from, Predicate matches)
{
    const int n = store.imageCount();
    for (int k = 1; k <= n; ++k) {
        const int i = ((from + k) % n + n) % n;
        if (matches(i))
            return i;
    }
    return -1;
}
} // namespace

void ReviewState::setImage(qint64 imageId, const ImageReview& review)
{
    if (review.isEmpty())
        m_images.remove(imageId);
    else
        m_images.insert(imageId, review);
}

void ReviewState::setCellFlagged(qint64 annotationId, bool flagged)
{
    if (flagged)
        m_flaggedCells.insert(annotationId);
    else
        m_flaggedCells.remove(annotationId);
}

void ReviewState::setFindingDismissed(const QString& key, bool dismissed)
{
    if (dismissed)
        m_dismissedFindings.insert(key);
    else
        m_dismissedFindings.remove(key);
}

int ReviewState::nextUnreviewed(const AnnotationStore& store, int from) const
{
    return nextMatching(store, from, [&](int i) { return !image(store.image(i).id).reviewed; });
}

int ReviewState::nextFlagged(const AnnotationStore& store, int from) const
{
    const QSet<int> withCells = imagesWithFlaggedCells(store, m_flaggedCells);
    return nextMatching(store, from, [&](int i) { return image(store.image(i).id).flagged || withCells.contains(i); });
}

int ReviewState::flaggedCellCount(const AnnotationStore& store, int imageIndex) const
{
    int n = 0;
    for (qint64 id : m_flaggedCells) {
        const int a = store.annotationIndex(id);
        n += a >= 0 && store.isLive(a) && store.annotationImage(a) == imageIndex;
    }
    return n;
}

QList<ReviewProgress> ReviewState::progress(const AnnotationSet& set, const ReviewState& review)
{
    const AnnotationStore& store = set.store;
    std::map<int, ReviewProgress> rows; // keyed by cell type, in enum (LIVECell) order
    std::vector<int> flaggedPerImage(std::size_t(store.imageCount()), 0);
    for (qint64 id : review.m_flaggedCells) {
        const int a = store.annotationIndex(id);
        if (a >= 0 && store.isLive(a) && store.annotationImage(a) >= 0)
            ++flaggedPerImage[std::size_t(store.annotationImage(a))];
    }
    for (int i = 0; i < store.imageCount(); ++i) {
        const ImageRecord& img = store.image(i);
        ReviewProgress& row = rows[int(img.name.cellType)];
        row.split = set.info.split;
        row.cellType = img.name.cellType;
        const ImageReview r = review.image(img.id);
        ++row.images;
        row.reviewedImages += r.reviewed;
        row.flaggedImages += r.flagged;
        row.cells += store.liveAnnotationCountOfImage(i);
        row.flaggedCells += flaggedPerImage[std::size_t(i)];
    }
    QList<ReviewProgress> out;
    for (const auto& [type, row] : rows)
        out.append(row);
    return out;
}

QString ReviewState::sidecarPath(const QString& annotationPath)
{
    return annotationPath + QStringLiteral(".review");
}

QString ReviewState::perUserSidecarPath(const QString& annotationPath)
{
    return perUserFileFor(annotationPath, kPerUserFolder, kSuffix);
}

QByteArray ReviewState::toJson(const AnnotationStore& store) const
{
    return QJsonDocument(toJsonObject(store)).toJson(QJsonDocument::Indented);
}

QJsonObject ReviewState::toJsonObject(const AnnotationStore& store) const
{
    QList<qint64> imageIds = m_images.keys();
    std::sort(imageIds.begin(), imageIds.end());
    QJsonArray images;
    for (qint64 id : imageIds) {
        const ImageReview& r = m_images[id];
        const int index = store.imageIndex(id);
        QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("reviewed"), r.reviewed},
                      {QStringLiteral("flagged"), r.flagged}, {QStringLiteral("note"), r.note}};
        if (index >= 0)
            o.insert(QStringLiteral("file_name"), store.image(index).fileName);
        images.append(o);
    }
    QList<qint64> cellIds;
    for (qint64 id : m_flaggedCells) {
        const int a = store.annotationIndex(id);
        if (a >= 0 && store.isLive(a))
            cellIds.append(id);
    }
    std::sort(cellIds.begin(), cellIds.end());
    QJsonArray cells;
    for (qint64 id : cellIds)
        cells.append(id);
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)}, {QStringLiteral("version"), 1},
                     {QStringLiteral("images"), images}, {QStringLiteral("flaggedCells"), cells}};
    if (!m_dismissedFindings.isEmpty()) {
        QStringList keys(m_dismissedFindings.begin(), m_dismissedFindings.end());
        keys.sort();
        root.insert(QStringLiteral("dismissedFindings"), QJsonArray::fromStringList(keys));
    }
    return root;
}

QByteArray ReviewState::toPerUserJson(const AnnotationStore& store, const QString& annotationPath) const
{
    QJsonObject root = toJsonObject(store);
    const FileIdentity id = FileIdentity::of(annotationPath);
    root.insert(QStringLiteral("annotationFile"),
                QJsonObject{{QStringLiteral("path"), QFileInfo(annotationPath).absoluteFilePath()},
                            {QStringLiteral("size"), id.size},
                            {QStringLiteral("fingerprint"), qint64(id.fingerprint)}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ReviewState> ReviewState::fromJson(const QByteArray& bytes, const QString& name, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? Text::tr("%1: not valid JSON at byte %2 (%3)").arg(name).arg(parseError.offset).arg(parseError.errorString())
                         : Text::tr("%1: not a review file (expected \"format\": \"%2\")").arg(name, QLatin1String(kFormat));
        return std::nullopt;
    }
    ReviewState state;
    for (const QJsonValue& v : root.value(QStringLiteral("images")).toArray()) {
        const QJsonObject o = v.toObject();
        state.setImage(o.value(QStringLiteral("id")).toInteger(),
                       {o.value(QStringLiteral("reviewed")).toBool(), o.value(QStringLiteral("flagged")).toBool(),
                        o.value(QStringLiteral("note")).toString()});
    }
    for (const QJsonValue& v : root.value(QStringLiteral("flaggedCells")).toArray())
        state.setCellFlagged(v.toInteger(), true);
    for (const QJsonValue& v : root.value(QStringLiteral("dismissedFindings")).toArray()) {
        if (v.isString())
            state.setFindingDismissed(v.toString(), true);
    }
    return state;
}

std::optional<ReviewState> ReviewState::load(const QString& annotationPath, QString* error)
{
    const QStringList perUser = perUserFileCandidates(annotationPath, kPerUserFolder, kSuffix);
    const auto existing =
        std::find_if(perUser.begin(), perUser.end(), [](const QString& p) { return QFileInfo::exists(p); });
    const QString path = existing != perUser.end() ? *existing : sidecarPath(annotationPath);
    QFile file(path);
    if (!file.exists()) {
        const auto other = perUserSidecarOfSameFile(annotationPath, perUser);
        if (!other)
            return ReviewState();
        auto state = fromJson(other->second, other->first, error);
        if (state)
            state->m_carriedFrom = other->first;
        return state;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("%1: cannot read (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), path, error);
}

bool ReviewState::save(const QString& annotationPath, const AnnotationStore& store, QString* error) const
{
    const QString beside = sidecarPath(annotationPath);
    const QStringList perUserFiles = perUserFileCandidates(annotationPath, kPerUserFolder, kSuffix);
    const QString& perUser = perUserFiles.front();
    // An emptied state carried over from another path is written: else load() would carry the old one over again.
    if (isEmpty() && !QFileInfo::exists(beside) && !anyExists(perUserFiles) && m_carriedFrom.isEmpty())
        return true;
    QByteArray bytes;
    try {
        bytes = toJson(store);
    } catch (const std::bad_alloc&) {
        if (error)
            *error = Text::tr("%1: not enough memory to save the review state").arg(beside);
        return false;
    }
    const auto write = [&](const QString& path, bool named, QString* why) {
        try {
            if (named)
                bytes = toPerUserJson(store, annotationPath);
        } catch (const std::bad_alloc&) {
            *why = Text::tr("not enough memory");
            return false;
        }
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
            return true;
        *why = file.errorString();
        return false;
    };
    QString besideError, perUserError;
    if (write(beside, false, &besideError)) {
        for (const QString& path : perUserFiles)
            QFile::remove(path);   // older than the one beside the file now
        return true;
    }
    // The annotation file's folder cannot take it (a read-only dataset share): keep the marks per user.
    if (QDir().mkpath(QFileInfo(perUser).absolutePath()) && write(perUser, true, &perUserError)) {
        for (const QString& path : perUserFiles.sliced(1))
            QFile::remove(path);   // the name an earlier version gave it
        return true;
    }
    if (error)
        *error = Text::tr("%1: cannot save the review state (%2), nor in %3 (%4)")
                     .arg(beside, besideError, perUser, perUserError.isEmpty() ? Text::tr("cannot create its folder") : perUserError);
    return false;
}

bool ReviewState::saveDismissedFindings(const QString& annotationPath, const AnnotationStore& store,
                                        const QSet<QString>& dismissed, QString* error)
{
    auto state = load(annotationPath, error);
    if (!state)
        return false;
    state->m_dismissedFindings = dismissed;
    return state->save(annotationPath, store, error);
}

} // namespace curator
