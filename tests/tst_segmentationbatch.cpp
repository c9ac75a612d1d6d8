// SegmentationBatch: results come back in input order whatever the threads, an image's own failure
// (unreadable, out of memory) is its result's error, and an exception from the caller's callback
// reaches the caller instead of ending the process.
#include "testutil.h"

#include "model/io/imagesource.h"
#include "model/segmentation/segmentationbatch.h"

#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QtTest>

#include <map>
#include <new>
#include <stdexcept>

using namespace curator;

namespace {

/** Names that fail: one the source does not hold, one whose read runs out of memory. */
const QString kMissing = QStringLiteral("missing.png");
const QString kNoMemory = QStringLiteral("no_memory.png");

/** Small PNG images in memory; reading kNoMemory throws std::bad_alloc as a read of a huge entry would. */
class MemorySource : public ImageSource
{
public:
    void add(const QString& name, const QByteArray& bytes) { m_files[name] = bytes; }
    QString path() const override { return QStringLiteral("memory"); }
    int count() const override { return int(m_files.size()); }
    QStringList baseNames() const override
    {
        QStringList names;
        for (const auto& [name, bytes] : m_files)
            names << name;
        return names;
    }
    bool contains(const QString& baseName) const override { return m_files.count(baseName) > 0; }
    std::optional<QByteArray> read(const QString& baseName, QString* error) const override
    {
        if (baseName == kNoMemory)
            throw std::bad_alloc();
        const auto it = m_files.find(baseName);
        if (it == m_files.end()) {
            if (error)
                *error = QStringLiteral("memory: no entry %1").arg(baseName);
            return std::nullopt;
        }
        return it->second;
    }

private:
    std::map<QString, QByteArray> m_files;
};

/** A 64×64 phase-contrast-like picture: dark discs with bright rims on a mid-grey ground. */
QByteArray discsPng(int seed)
{
    QImage image(64, 64, QImage::Format_Grayscale8);
    image.fill(128);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 3; ++i) {
        const QPointF centre(12 + 20 * i, 16 + (seed * 7 + i * 13) % 32);
        painter.setPen(QPen(QColor(180, 180, 180), 2));
        painter.setBrush(QColor(90, 90, 90));
        painter.drawEllipse(centre, 7, 7);
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString bundledModel() { return QDir::cleanPath(QStringLiteral(CURATOR_SOURCE_DIR "/resources/model/livecell-unet.json")); }

} // namespace

class TestSegmentationBatch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    // First: glibc keeps the stacks of finished threads for new ones, which would start within the limit.
    void withoutThreadsTheCallerSegments();
    void resultsComeInOrder_data();
    void resultsComeInOrder();
    void progressCancels();
    void callbackExceptionReachesCaller_data();
    void callbackExceptionReachesCaller();

private:
    std::vector<BatchImage> batch(int good) const;

    std::unique_ptr<Segmenter> m_segmenter;
    MemorySource m_source;
};

void TestSegmentationBatch::initTestCase()
{
    QString error;
    m_segmenter = Segmenter::load(bundledModel(), &error);
    QVERIFY2(m_segmenter, qPrintable(error));
    for (int i = 0; i < 8; ++i)
        m_source.add(QStringLiteral("cells_%1.png").arg(i), discsPng(i));
}

/** @p good readable images with the two failing ones at positions 1 and 3; ids count from 100. */
std::vector<BatchImage> TestSegmentationBatch::batch(int good) const
{
    std::vector<BatchImage> images;
    for (int i = 0; i < good; ++i)
        images.push_back({QStringLiteral("cells_%1.png").arg(i), 0});
    images.insert(images.begin() + std::min<std::ptrdiff_t>(1, good), {kMissing, 0});
    images.insert(images.begin() + std::min<std::ptrdiff_t>(3, good + 1), {kNoMemory, 0});
    for (std::size_t i = 0; i < images.size(); ++i)
        images[i].imageId = qint64(100 + i);
    return images;
}

void TestSegmentationBatch::resultsComeInOrder_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("one worker") << 1;
    QTest::newRow("three workers") << 3;
}

void TestSegmentationBatch::resultsComeInOrder()
{
    QFETCH(int, threads);
    const std::vector<BatchImage> images = batch(6);
    std::vector<BatchResult> results;
    std::vector<int> progress;
    SegmentationBatch::Options options;
    options.threads = threads;
    options.progress = [&](int done, int total) {
        progress.push_back(done);
        return total == int(images.size());
    };
    // Before the worker caught it, the std::bad_alloc of kNoMemory's read left its std::thread and
    // ended the process.
    const bool finished = SegmentationBatch::run(*m_segmenter, m_source, images,
                                                 [&](BatchResult&& r) { results.push_back(std::move(r)); }, options);
    QVERIFY(finished);
    QCOMPARE(int(results.size()), int(images.size()));
    for (std::size_t i = 0; i < images.size(); ++i) {
        const BatchResult& r = results[i];
        QCOMPARE(r.image.fileName, images[i].fileName);
        QCOMPARE(r.image.imageId, images[i].imageId);
        QCOMPARE(progress[i], int(i + 1));
        if (r.image.fileName == kMissing) {
            QVERIFY(!r.segmentation);
            QVERIFY2(r.error.contains(kMissing), qPrintable(r.error));
        } else if (r.image.fileName == kNoMemory) {
            QVERIFY(!r.segmentation);
            QCOMPARE(r.error, kNoMemory + QStringLiteral(": not enough memory to segment this image"));
        } else {
            QVERIFY2(r.segmentation, qPrintable(r.error));
            QCOMPARE(r.segmentation->width, 64);
            QCOMPARE(r.segmentation->height, 64);
            QVERIFY(r.error.isEmpty());
        }
    }
}

void TestSegmentationBatch::progressCancels()
{
    const std::vector<BatchImage> images = batch(8);
    int delivered = 0;
    SegmentationBatch::Options options;
    options.threads = 3;
    options.progress = [](int done, int) { return done < 2; };
    const bool finished =
        SegmentationBatch::run(*m_segmenter, m_source, images, [&](BatchResult&&) { ++delivered; }, options);
    QVERIFY(!finished);
    QCOMPARE(delivered, 2);
}

void TestSegmentationBatch::callbackExceptionReachesCaller_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<bool>("fromProgress");
    QTest::newRow("one worker, result") << 1 << false;
    QTest::newRow("three workers, result") << 3 << false;
    QTest::newRow("three workers, progress") << 3 << true;
}

void TestSegmentationBatch::callbackExceptionReachesCaller()
{
    // The caller's own failure (a writer out of memory, say) used to unwind past the joinable worker
    // threads, whose destructors end the process; it must reach the caller once they have stopped.
    QFETCH(int, threads);
    QFETCH(bool, fromProgress);
    const std::vector<BatchImage> images = batch(8);
    int delivered = 0;
    SegmentationBatch::Options options;
    options.threads = threads;
    options.progress = [&](int done, int) {
        if (fromProgress && done == 3)
            throw std::runtime_error("progress failed");
        return true;
    };
    const auto onResult = [&](BatchResult&&) {
        if (!fromProgress && delivered == 2)
            throw std::runtime_error("writer failed");
        ++delivered;
    };
    QString what;
    try {
        SegmentationBatch::run(*m_segmenter, m_source, images, onResult, options);
    } catch (const std::runtime_error& e) {
        what = QString::fromLatin1(e.what());
    }
    QCOMPARE(what, fromProgress ? QStringLiteral("progress failed") : QStringLiteral("writer failed"));
    QCOMPARE(delivered, fromProgress ? 3 : 2);
}

void TestSegmentationBatch::withoutThreadsTheCallerSegments()
{
    // Where no worker thread can start, the calling thread segments every image itself; before, it
    // waited for results no worker would bring.
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    const std::vector<BatchImage> images = batch(2);
    // Warm the network at this size first, so that within the limit only the threads fail.
    QVERIFY(SegmentationBatch::segmentOne(*m_segmenter, m_source, images[0]).segmentation);
    Segmenter::setInferenceThreads(1);
    std::vector<BatchResult> results;
    SegmentationBatch::Options options;
    options.threads = 2;
    bool finished = false;
    {
        test::AddressSpaceLimit limit(test::threadStackBytes() / 2);
        QVERIFY(limit.active());
        finished = SegmentationBatch::run(*m_segmenter, m_source, images,
                                          [&](BatchResult&& r) { results.push_back(std::move(r)); }, options);
    }
    Segmenter::setInferenceThreads(0);
    QVERIFY(finished);
    QCOMPARE(int(results.size()), int(images.size()));
    for (std::size_t i = 0; i < images.size(); ++i) {
        QCOMPARE(results[i].image.fileName, images[i].fileName);
        const bool fails = images[i].fileName == kMissing || images[i].fileName == kNoMemory;
        QVERIFY2(bool(results[i].segmentation) != fails, qPrintable(results[i].error));
    }
}

CURATOR_LIMITED_MEMORY_MAIN(TestSegmentationBatch)
#include "tst_segmentationbatch.moc"
