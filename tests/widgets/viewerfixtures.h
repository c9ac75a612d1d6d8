#pragma once
// Builders for viewer tests: annotation sets made in code, square cells, an in-memory image source.
#include "model/annotationset.h"
#include "model/io/imagesource.h"

#include <QBuffer>
#include <QImage>
#include <QMap>

#include <memory>
#include <vector>

namespace curator::test {

/** A cell: an axis-aligned square ring of side @p size at (@p x, @p y). */
struct SquareCell
{
    double x, y, size;
};

/** One image of a set: its file name and cells. */
struct FixtureImage
{
    QString fileName;
    std::vector<SquareCell> cells;
};

/** A set whose image and annotation ids start at @p firstId; classified from @p path. */
inline std::unique_ptr<AnnotationSet> makeSet(const QString& path, const std::vector<FixtureImage>& images,
                                              qint64 firstId = 1000)
{
    auto set = std::make_unique<AnnotationSet>();
    set->info = SetInfo::classify(path);
    qint64 id = firstId;
    for (const FixtureImage& image : images) {
        ImageRecord rec;
        rec.id = id++;
        rec.width = 704;
        rec.height = 520;
        rec.fileName = image.fileName;
        rec.name = LivecellName::parse(image.fileName);
        const qint64 imageId = rec.id;
        set->store.appendImage(rec);
        for (const SquareCell& c : image.cells) {
            const std::vector<double> xy{c.x, c.y, c.x + c.size, c.y, c.x + c.size, c.y + c.size, c.x, c.y + c.size};
            AnnotationStore::AnnotationFields f;
            f.id = id++;
            f.imageId = imageId;
            f.categoryId = 1;
            f.area = c.size * c.size;
            f.bbox = {c.x, c.y, c.size, c.size};
            const quint32 n = quint32(xy.size());
            set->store.appendPolygon(f, xy, std::span<const quint32>(&n, 1));
        }
    }
    set->store.appendCategory({1, QStringLiteral("cell"), QStringLiteral("cell")});
    set->store.finalize();
    return set;
}

/** Images held in memory as PNG, found by base name. */
class MemoryImageSource : public ImageSource
{
public:
    void add(const QString& baseName, const QImage& image)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        m_files.insert(baseName, bytes);
    }
    QString path() const override { return QStringLiteral("memory"); }
    int count() const override { return int(m_files.size()); }
    QStringList baseNames() const override { return m_files.keys(); }
    bool contains(const QString& baseName) const override { return m_files.contains(baseName); }
    std::optional<QByteArray> read(const QString& baseName, QString* error) const override
    {
        if (!m_files.contains(baseName)) {
            if (error)
                *error = QStringLiteral("no %1 in memory").arg(baseName);
            return std::nullopt;
        }
        return m_files.value(baseName);
    }

private:
    QMap<QString, QByteArray> m_files;
};

/** A grey 704 × 520 image whose pixel (x, y) has value (x + y) % 256. */
inline QImage gradientImage()
{
    QImage image(704, 520, QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            line[x] = uchar((x + y) % 256);
    }
    return image;
}

} // namespace curator::test
