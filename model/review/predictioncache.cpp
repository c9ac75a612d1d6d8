#include "model/review/predictioncache.h"

namespace curator {

const PredictionCache::Image* PredictionCache::find(const QString& fileName) const
{
    const auto it = m_images.find(fileName);
    return it == m_images.end() ? nullptr : &it->second;
}

void PredictionCache::insert(const QString& fileName, qint64 imageId, const Segmentation& segmentation,
                             ImageFileStamp file)
{
    Image image;
    image.imageId = imageId;
    image.file = file;
    image.width = segmentation.width;
    image.height = segmentation.height;
    image.cells.reserve(segmentation.cells.size());
    for (const SegmentedCell& c : segmentation.cells)
        image.cells.push_back({c.mask.toString(), c.score, double(c.mask.area()), c.mask.bbox()});
    const auto it = m_images.find(fileName);
    if (it != m_images.end()) {
        it->second = std::move(image);
        ++m_revision;
        return;
    }
    // Out of memory (std::bad_alloc) here leaves the cache as it was: images and arrivals agree.
    m_arrivals.append(fileName);
    try {
        m_images.emplace(fileName, std::move(image));
    } catch (...) {
        m_arrivals.removeLast();
        throw;
    }
}

void PredictionCache::remove(const QString& fileName)
{
    if (m_images.erase(fileName) == 0)
        return;
    m_arrivals.removeOne(fileName);
    ++m_revision;
}

void PredictionCache::clear()
{
    m_images.clear();
    m_arrivals.clear();
    ++m_revision;
}

void PredictionCache::retain(const IdOf& idOf)
{
    for (auto it = m_images.begin(); it != m_images.end();) {
        if (const std::optional<qint64> id = idOf(it->first)) {
            it->second.imageId = *id;
            ++it;
        } else {
            it = m_images.erase(it);
        }
    }
    m_arrivals.removeIf([this](const QString& name) { return !contains(name); });
    ++m_revision;
}

int PredictionCache::cellCount() const
{
    int n = 0;
    for (const auto& [name, image] : m_images)
        n += int(image.cells.size());
    return n;
}

QStringList PredictionCache::fileNames() const
{
    QStringList names;
    names.reserve(qsizetype(m_images.size()));
    for (const auto& entry : m_images)
        names.append(entry.first);
    return names;
}

AnnotationStore PredictionCache::toStore(Order order, const IdOf& idOf) const
{
    AnnotationStore store;
    store.appendCategory({1, QStringLiteral("cell"), QStringLiteral("cell")});
    qint64 id = 0;
    const auto append = [&store, &id, &idOf](const QString& name, const Image& image) {
        const std::optional<qint64> imageId = idOf ? idOf(name) : std::optional<qint64>(image.imageId);
        if (!imageId)
            return;
        for (const Cell& c : image.cells) {
            AnnotationStore::AnnotationFields f;
            f.id = ++id;
            f.imageId = *imageId;
            f.categoryId = 1;
            f.area = c.area;
            f.bbox = c.bbox;
            f.score = c.score;
            store.appendRle(f, image.height, image.width, std::string_view(c.rle));
        }
    };
    if (order == Order::Arrival) {
        for (const QString& name : m_arrivals)
            append(name, m_images.at(name));
    } else {
        for (const auto& [name, image] : m_images)
            append(name, image);
    }
    store.finalize();
    return store;
}

} // namespace curator
