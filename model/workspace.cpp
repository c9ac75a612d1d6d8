#include "model/workspace.h"

#include "model/distributionlocator.h"
#include "model/io/cocoreader.h"
#include "model/io/imagesource.h"
#include "model/io/tiffcodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <type_traits>
#include <utility>

namespace curator {

struct Workspace::LoadResult
{
    std::vector<std::unique_ptr<AnnotationSet>> sets;
    std::unique_ptr<ImageSource> source;
    QString error;
    QStringList warnings;
};

namespace {

bool isJson(const QFileInfo& info) { return info.isFile() && info.suffix().compare(u"json", Qt::CaseInsensitive) == 0; }
bool isZip(const QFileInfo& info) { return info.isFile() && info.suffix().compare(u"zip", Qt::CaseInsensitive) == 0; }

/** images.zip or images/ inside @p dir, or empty. */
QString imagesIn(const QDir& dir)
{
    if (QFileInfo zip(dir.filePath(QStringLiteral("images.zip"))); zip.isFile())
        return zip.absoluteFilePath();
    if (QFileInfo folder(dir.filePath(QStringLiteral("images"))); folder.isDir())
        return folder.absoluteFilePath();
    return {};
}

/** The distribution's images for an annotation file: looks up to three folders above it. */
QString imagesNear(const QString& jsonPath)
{
    QDir dir = QFileInfo(jsonPath).absoluteDir();
    for (int up = 0; up < 4; ++up) {
        if (const QString found = imagesIn(dir); !found.isEmpty())
            return found;
        if (!dir.cdUp())
            break;
    }
    return {};
}

/** A distribution folder: the LIVECell-wide splits when present (all of them are 2.1 GB), else every set. */
void planFolder(const QString& folder, Workspace::LoadPlan& plan)
{
    QString error;
    const std::optional<DistributionLayout> layout = DistributionLocator::locate(folder, &error);
    if (!layout) {
        plan.error = error;
        return;
    }
    if (plan.imageSource.isEmpty())
        plan.imageSource = layout->imageSourcePath();
    QStringList wide, all;
    for (const SetInfo& info : layout->annotationSets) {
        all.append(info.path);
        if (info.kind == SetKind::LivecellWide)
            wide.append(info.path);
    }
    plan.annotationFiles.append(wide.isEmpty() ? all : wide);
}

} // namespace

Workspace::Workspace(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &Workspace::applyLoadResult);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { emit loadingProgress(value, m_watcher.progressText()); });
}

Workspace::~Workspace()
{
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

QString Workspace::fileName(ImageKey key) const
{
    if (key.set < 0)
        return key.image >= 0 && key.image < m_index.unannotated.size() ? m_index.unannotated[key.image] : QString();
    if (key.set >= setCount() || key.image < 0 || key.image >= set(key.set).store.imageCount())
        return {};
    return set(key.set).store.image(key.image).fileName;
}

std::vector<ImageKey> Workspace::imagesNamed(const QString& baseName) const
{
    const auto it = m_index.byName.find(baseName);
    return it == m_index.byName.end() ? std::vector<ImageKey>() : it->second;
}

int Workspace::imageNamed(int set, const QString& baseName) const
{
    const auto it = m_index.byName.find(baseName);
    if (it == m_index.byName.end())
        return -1;
    for (const ImageKey& key : it->second) {
        if (key.set == set)
            return key.image;
    }
    return -1;
}

int Workspace::imagesWithResults(int results, int set) const
{
    if (results < 0 || results >= setCount() || set < 0 || set >= setCount())
        return 0;
    const ResultsIndex& byId = m_index.resultsByImageId[std::size_t(results)];
    const AnnotationStore& store = this->set(set).store;
    int n = 0;
    for (int i = 0; i < store.imageCount() && !byId.empty(); ++i)
        n += byId.count(store.image(i).id) > 0;
    return n;
}

std::vector<Workspace::Layer> Workspace::layersFor(const QString& baseName) const
{
    std::vector<Layer> layers;
    const std::vector<ImageKey> keys = imagesNamed(baseName);
    for (const ImageKey& k : keys)
        layers.push_back({k.set, k.image, &set(k.set).store.annotationsOfImage(k.image)});
    for (int s = 0; s < setCount(); ++s) {
        const ResultsIndex& byId = m_index.resultsByImageId[std::size_t(s)];
        if (byId.empty())
            continue;
        for (const ImageKey& k : keys) {
            const auto it = byId.find(set(k.set).store.image(k.image).id);
            if (it != byId.end()) {
                layers.push_back({s, -1, &it->second});
                break;
            }
        }
    }
    return layers;
}

void Workspace::addSet(std::unique_ptr<AnnotationSet> set)
{
    emit aboutToReset();
    try {
        m_sets.push_back(std::move(set));
        rebuildIndex();
    } catch (const std::bad_alloc&) {
        if (!m_sets.empty() && !set)
            m_sets.pop_back();   // out of memory indexing it: the workspace as it was
        emit reset();
        throw;
    }
    emit reset();
}

void Workspace::setImageSource(std::unique_ptr<ImageSource> source)
{
    emit aboutToReset();
    m_source = std::move(source);
    rebuildIndex();
    emit reset();
}

void Workspace::clear()
{
    emit aboutToReset();
    // Removed sets die after reset(), so that listeners can still read them while reconciling.
    const auto oldSets = std::move(m_sets);
    const auto oldSource = std::move(m_source);
    m_sets.clear();
    m_openedPaths.clear();
    rebuildIndex();
    emit reset();
}

Workspace::Index Workspace::buildIndex(const std::vector<std::unique_ptr<AnnotationSet>>& sets,
                                       const ImageSource* source)
{
    Index index;
    index.categoryTypes.resize(sets.size());
    index.resultsByImageId.resize(sets.size());
    for (std::size_t s = 0; s < sets.size(); ++s) {
        const AnnotationStore& store = sets[s]->store;
        for (int i = 0; i < store.imageCount(); ++i)
            index.byName[store.image(i).fileName].push_back({int(s), i});
        for (const Category& c : store.categories())
            index.categoryTypes[s].insert_or_assign(c.id, cellTypeFromString(c.name));
        if (store.imageCount() > 0)
            continue;
        ResultsIndex& byId = index.resultsByImageId[s];
        for (int a = 0; a < store.annotationCount(); ++a) {
            if (store.isLive(a))
                byId[store.annotationImageId(a)].push_back(quint32(a));
        }
    }
    if (source) {
        for (const QString& name : source->baseNames()) {
            if (index.byName.count(name) == 0)
                index.unannotated.append(name);
        }
        index.unannotated.sort();
    }
    return index;
}

CellType Workspace::cellTypeOf(CellKey cell) const
{
    const AnnotationStore& store = set(cell.set).store;
    const auto& types = m_index.categoryTypes[std::size_t(cell.set)];
    const auto type = types.find(store.categoryId(cell.annotation));
    const CellType byCategory = type == types.end() ? CellType::Unknown : type->second;
    if (byCategory != CellType::Unknown)
        return byCategory;
    const int image = store.annotationImage(cell.annotation);
    return image >= 0 ? store.image(image).name.cellType : CellType::Unknown;
}

void Workspace::notifyAnnotationsChanged(int set, int image)
{
    emit annotationsChanged(set, image);
}

static_assert(std::is_nothrow_move_assignable_v<AnnotationStore>, "replaceResults swaps the store in last");

void Workspace::replaceResults(int s, AnnotationStore store)
{
    if (s < 0 || s >= setCount() || set(s).store.imageCount() > 0)
        return;
    // Everything that allocates comes before the store and its index are swapped in, so that running out
    // of memory leaves the set as it was (std containers: they throw std::bad_alloc where QHash would abort).
    ResultsIndex& byId = m_index.resultsByImageId[std::size_t(s)];
    std::vector<qint64> touched;   // the image ids of the predictions before and after
    touched.reserve(byId.size());
    for (const auto& entry : byId)
        touched.push_back(entry.first);
    ResultsIndex index;
    for (int a = 0; a < store.annotationCount(); ++a) {
        if (store.isLive(a)) {
            std::vector<quint32>& cells = index[store.annotationImageId(a)];
            if (cells.empty())
                touched.push_back(store.annotationImageId(a));
            cells.push_back(quint32(a));
        }
    }
    std::sort(touched.begin(), touched.end());
    std::vector<ImageKey> changed;
    for (int other = 0; other < setCount(); ++other) {
        const AnnotationStore& annotated = set(other).store;
        for (int i = 0; i < annotated.imageCount(); ++i) {
            if (std::binary_search(touched.begin(), touched.end(), annotated.image(i).id))
                changed.push_back({other, i});
        }
    }
    mutableSet(s).store = std::move(store);
    byId.swap(index);
    for (const ImageKey& key : changed)
        emit annotationsChanged(key.set, key.image);
}

Workspace::LoadPlan Workspace::planLoad(const QStringList& paths)
{
    LoadPlan plan;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir())
            planFolder(info.absoluteFilePath(), plan);
        else if (isZip(info))
            plan.imageSource = info.absoluteFilePath();
        else if (isJson(info))
            plan.annotationFiles.append(info.absoluteFilePath());
        else if (!info.exists())
            plan.error = tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
        else
            plan.error = tr("%1 is neither a folder, a .zip nor a .json file.").arg(QDir::toNativeSeparators(path));
    }
    if (plan.imageSource.isEmpty() && !plan.annotationFiles.isEmpty())
        plan.imageSource = imagesNear(plan.annotationFiles.first());
    if (plan.error.isEmpty() && plan.annotationFiles.isEmpty() && plan.imageSource.isEmpty())
        plan.error = tr("No annotation files or images found in %1.").arg(paths.join(u", "));
    return plan;
}

// ---- loading

void Workspace::open(const QStringList& paths)
{
    if (isLoading())
        return;
    const LoadPlan plan = planLoad(paths);
    m_pendingPaths = paths;
    emit loadingStarted();
    if (!plan.error.isEmpty()) {
        emit loadingFinished(false, plan.error);
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(&Workspace::runLoad, plan));
}

bool Workspace::isLoading() const
{
    return m_watcher.isRunning();
}

void Workspace::cancelLoading()
{
    m_watcher.cancel();
}

void Workspace::waitForLoaded()
{
    m_watcher.waitForFinished();
    // finished() is delivered through the event loop; deliver it now so the result is applied.
    QCoreApplication::sendPostedEvents(&m_watcher);
}

void Workspace::runLoad(LoadPromise& promise, const LoadPlan& plan)
{
    auto result = std::make_shared<LoadResult>();   // std::bad_alloc here reaches applyLoadResult() through the future
    promise.setProgressRange(0, 1000);
    try {
        if (!plan.imageSource.isEmpty()) {
            promise.setProgressValueAndText(0, QFileInfo(plan.imageSource).fileName());
            QString error;
            result->source = ImageSource::open(plan.imageSource, &error);
            if (!result->source)
                result->warnings.append(error);
        }
        if (readAnnotationFiles(promise, plan, *result))
            promise.setProgressValue(1000);
    } catch (const std::bad_alloc&) {
        // Out of memory outside the reader's own guard (the image source's index, the list of sets).
        result->sets.clear();
        result->source.reset();
        QStringList files = plan.annotationFiles;
        if (!plan.imageSource.isEmpty())
            files.prepend(plan.imageSource);
        result->error = notEnoughMemoryToOpen(files);
    }
    promise.addResult(result); // ignored by QPromise once cancelled
}

QString Workspace::notEnoughMemoryToOpen(const QStringList& files)
{
    return tr("Not enough memory to open %1.").arg(files.join(QStringLiteral(", ")));
}

bool Workspace::readAnnotationFiles(LoadPromise& promise, const LoadPlan& plan, LoadResult& result)
{
    qint64 total = 0;
    for (const QString& file : plan.annotationFiles)
        total += std::max<qint64>(1, QFileInfo(file).size());
    qint64 before = 0;
    for (const QString& file : plan.annotationFiles) {
        const QString name = QFileInfo(file).fileName();
        promise.setProgressValueAndText(int(50 + 950 * before / std::max<qint64>(1, total)), name);
        CocoReader::Options options;
        options.progress = [&](qint64 done, qint64) {
            promise.setProgressValueAndText(int(50 + 950 * (before + done) / std::max<qint64>(1, total)), name);
            return !promise.isCanceled();
        };
        QString error;
        std::unique_ptr<AnnotationSet> set = CocoReader::readFile(file, &error, options);
        if (promise.isCanceled())
            return false;
        if (!set) {
            result.error = error;
            return false;
        }
        set->info = SetInfo::classify(file);
        result.sets.push_back(std::move(set));
        before += std::max<qint64>(1, QFileInfo(file).size());
    }
    return true;
}

QString Workspace::cancelledMessage()
{
    return tr("Loading was cancelled.");
}

void Workspace::applyLoadResult()
{
    const QFuture<std::shared_ptr<LoadResult>> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        emit loadingFinished(false, cancelledMessage());
        return;
    }
    std::shared_ptr<LoadResult> result;
    Index index;
    QString warnings;
    try {
        result = future.result();   // rethrows what left the worker (memory ran out before its result was made)
        if (!result->error.isEmpty()) {
            emit loadingFinished(false, result->error);
            return;
        }
        // Everything that allocates before the workspace changes: out of memory, it stays as it was.
        index = buildIndex(result->sets, result->source.get());
        warnings = result->warnings.join(u'\n');
    } catch (...) {   // std::bad_alloc, or QUnhandledException wrapping it
        emit loadingFinished(false, notEnoughMemoryToOpen(m_pendingPaths));
        return;
    }
    emit aboutToReset();
    // Removed sets die after reset(), so that listeners can still read them while reconciling.
    const auto oldSets = std::exchange(m_sets, std::move(result->sets));
    const auto oldSource = std::exchange(m_source, std::move(result->source));
    m_openedPaths = m_pendingPaths;
    m_index = std::move(index);
    emit reset();
    emit loadingFinished(true, warnings);
}

QImage Workspace::loadImage(const QString& baseName, QString* error) const
{
    if (!m_source) {
        if (error)
            *error = tr("No image source is open, so %1 cannot be shown.").arg(baseName);
        return {};
    }
    const std::optional<QByteArray> bytes = m_source->read(baseName, error);
    if (!bytes)
        return {};
    std::optional<QImage> image = decodeImage(*bytes, baseName, error);
    if (!image)
        return {};
    return image->format() == QImage::Format_Grayscale8 ? *image : image->convertToFormat(QImage::Format_Grayscale8);
}

} // namespace curator
