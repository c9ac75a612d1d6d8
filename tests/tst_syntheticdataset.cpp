// Synthetic LIVECell-shaped datasets: the JSON looks like LIVECell's (fields, key order, Python
// number format, shoelace areas), the images sit in the official zip layout with cells where the
// polygons are, a seed reproduces the files exactly, and the CLI writes the same thing.
#include "model/annotationstore.h"
#include "model/io/tiffcodec.h"
#include "model/io/zipimagesource.h"
#include "model/synth/pythonjsonwriter.h"
#include "model/synth/syntheticdataset.h"
#include "testutil.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace curator;
using ordered_json = nlohmann::ordered_json;

namespace {

std::vector<std::string> keys(const ordered_json& object)
{
    std::vector<std::string> out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.push_back(it.key());
    return out;
}

std::optional<SyntheticSummary> makeDataset(const QString& dir, int images, int cells, std::uint64_t seed,
                                            Split split = Split::Val, bool withImages = true)
{
    SyntheticOptions o;
    o.images = images;
    o.cellsPerImage = cells;
    o.seed = seed;
    o.split = split;
    o.writeImages = withImages;
    QString error;
    auto summary = SyntheticDataset::generate(dir, o, &error);
    if (!summary)
        qWarning() << error;
    return summary;
}

QString repr(double v)
{
    std::string s;
    PythonJsonWriter::appendPythonRepr(s, v);
    return QString::fromStdString(s);
}

} // namespace

class TestSyntheticDataset : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pythonRepr_data();
    void pythonRepr();
    void pythonReprMatchesEveryNumberOfTheRealFile();
    void fieldsAndKeyOrderMatchLivecell();
    void geometryIsLivecellLike();
    void namesAndIdsAreLivecellLike();
    void imagesInOfficialLayoutShowTheCells();
    void sameSeedSameFiles();
    void testSplitAndNoImages();
    void cliWritesTheSameDataset();
    void cliRejectsBadOptions();

private:
    QTemporaryDir m_dir;
    QString m_out;
    ordered_json m_json;
    ordered_json m_real;
};

void TestSyntheticDataset::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_out = m_dir.filePath(QStringLiteral("val"));
    const auto summary = makeDataset(m_out, 16, 25, 7);
    QVERIFY(summary);
    QCOMPARE(summary->images, 16);
    QCOMPARE(summary->annotations, 400);
    QCOMPARE(summary->annotationFile, m_out + QStringLiteral("/annotations/LIVECell/livecell_coco_val.json"));
    QCOMPARE(summary->jsonBytes, QFileInfo(summary->annotationFile).size());
    m_json = ordered_json::parse(test::readAll(summary->annotationFile).toStdString());
    m_real = ordered_json::parse(test::readAll(test::realValJson()).toStdString());
}

void TestSyntheticDataset::pythonRepr_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("python");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0.0");
    QTest::newRow("integral") << 100000.0 << QStringLiteral("100000.0");
    QTest::newRow("area") << 207.2897500002291 << QStringLiteral("207.2897500002291");
    QTest::newRow("bbox width") << 15.740000000000009 << QStringLiteral("15.740000000000009");
    QTest::newRow("negative") << -2.5 << QStringLiteral("-2.5");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("-0.0");
    QTest::newRow("1e-4 stays fixed") << 0.0001 << QStringLiteral("0.0001");
    QTest::newRow("1e-5 uses exponent") << 0.00001 << QStringLiteral("1e-05");
    QTest::newRow("small mantissa") << 1.5e-7 << QStringLiteral("1.5e-07");
    QTest::newRow("1e15 stays fixed") << 1e15 << QStringLiteral("1000000000000000.0");
    QTest::newRow("1e16 uses exponent") << 1e16 << QStringLiteral("1e+16");
    QTest::newRow("large") << 1.2345678901234568e+17 << QStringLiteral("1.2345678901234568e+17");
}

void TestSyntheticDataset::pythonRepr()
{
    QFETCH(double, value);
    QFETCH(QString, python);
    QCOMPARE(repr(value), python);
}

void TestSyntheticDataset::pythonReprMatchesEveryNumberOfTheRealFile()
{
    // The real file was written by Python's json.dump: every float in it is repr() of its value.
    const QString text = QString::fromUtf8(test::readAll(test::realValJson()));
    static const QRegularExpression number(QStringLiteral("(?<=[\\[ ])-?\\d+\\.\\d+(e[-+]\\d+)?(?=[,\\]])"));
    int checked = 0;
    for (auto it = number.globalMatch(text); it.hasNext(); ++checked) {
        const QString token = it.next().captured();
        QCOMPARE(repr(token.toDouble()), token);
    }
    QVERIFY(checked > 70000);
}

void TestSyntheticDataset::fieldsAndKeyOrderMatchLivecell()
{
    QCOMPARE(keys(m_json), keys(m_real));
    QCOMPARE(m_json["info"].dump(), m_real["info"].dump());
    QCOMPARE(m_json["licenses"].dump(), m_real["licenses"].dump());
    QCOMPARE(m_json["categories"].dump(), m_real["categories"].dump());
    for (const auto& image : m_json["images"])
        QCOMPARE(keys(image), keys(m_real["images"][0]));
    for (const auto& a : m_json["annotations"])
        QCOMPARE(keys(a), keys(m_real["annotations"][0]));
    // json.dump's separators, on one line, like the real file.
    const QByteArray text = test::readAll(m_out + QStringLiteral("/annotations/LIVECell/livecell_coco_val.json"));
    QVERIFY(text.startsWith(R"({"info": {"year": "2021", "version": "1.0")"));
    QVERIFY(text.contains(R"(, "segmentation": [[)") && text.contains(R"(]], "area": )"));
    QVERIFY(!text.contains(",\"") && !text.contains("\":\"") && !text.contains('\n'));
    QVERIFY(text.endsWith("}]}"));
}

void TestSyntheticDataset::geometryIsLivecellLike()
{
    int repeated = 0, vertices = 0, onBorder = 0;
    for (const auto& a : m_json["annotations"]) {
        QCOMPARE(a["category_id"].get<int>(), 1);
        QCOMPARE(a["iscrowd"].get<int>(), 0);
        QCOMPARE(a["segmentation"].size(), std::size_t(1));
        const std::vector<double> ring = a["segmentation"][0].get<std::vector<double>>();
        QVERIFY(ring.size() % 2 == 0 && ring.size() >= 36 && ring.size() <= 2 * 76);
        double x0 = 1e9, y0 = 1e9, x1 = -1, y1 = -1;
        for (std::size_t i = 0; i < ring.size(); i += 2) {
            const double x = ring[i], y = ring[i + 1];
            QVERIFY(x >= 0 && x <= 704 && y >= 0 && y <= 520);
            QVERIFY(std::abs(x * 100 - std::round(x * 100)) < 1e-6 && std::abs(y * 100 - std::round(y * 100)) < 1e-6);
            onBorder += x == 0 || x == 704 || y == 0 || y == 520;
            repeated += i >= 2 && x == ring[i - 2] && y == ring[i - 1];
            ++vertices;
            x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
        }
        QCOMPARE(a["area"].get<double>(), AnnotationStore::polygonArea(ring));
        QVERIFY(a["area"].get<double>() > 10);
        const std::vector<double> bbox = a["bbox"].get<std::vector<double>>();
        QCOMPARE(bbox, (std::vector<double>{x0, y0, x1 - x0, y1 - y0}));
    }
    QVERIFY(repeated > 0 && repeated < vertices / 20);
    QVERIFY(onBorder > 0);
}

void TestSyntheticDataset::namesAndIdsAreLivecellLike()
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z0-9]+)_Phase_([A-H]\\d{1,2})_(\\d+)_(\\d{2})d(\\d{2})h(\\d{2})m_(\\d+)\\.tif$"));
    QSet<qint64> ids;
    QSet<QString> names, types;
    for (const auto& image : m_json["images"]) {
        const QString name = QString::fromStdString(image["file_name"].get<std::string>());
        const auto m = pattern.match(name);
        QVERIFY2(m.hasMatch(), qPrintable(name));
        QVERIFY(m.captured(5).toInt() % 4 == 0 && m.captured(6) == u"00");
        QCOMPARE(QString::fromStdString(image["original_filename"].get<std::string>()), name.chopped(4) + QStringLiteral(".png"));
        QCOMPARE(image["width"].get<int>(), 704);
        QCOMPARE(image["height"].get<int>(), 520);
        names.insert(name);
        types.insert(m.captured(1));
        ids.insert(image["id"].get<qint64>());
    }
    QCOMPARE(names.size(), 16);
    QCOMPARE(types.size(), 8);
    qint64 previous = 0;
    bool gap = false;
    for (const auto& a : m_json["annotations"]) {
        const qint64 id = a["id"].get<qint64>();
        QVERIFY(ids.contains(a["image_id"].get<qint64>()));
        QVERIFY(!ids.contains(id)); // one counter for images and annotations
        ids.insert(id);
        gap = gap || (previous && id > previous + 1 && !ids.contains(previous + 1));
        previous = id;
        QVERIFY(id > 10000);
    }
    QVERIFY(gap);
}

void TestSyntheticDataset::imagesInOfficialLayoutShowTheCells()
{
    QString error;
    const auto source = ZipImageSource::open(m_out + QStringLiteral("/images.zip"), &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->count(), 16);
    const ordered_json& image0 = m_json["images"][0];
    const QString name = QString::fromStdString(image0["file_name"].get<std::string>());
    QCOMPARE(source->entryPath(name),
             QStringLiteral("images/livecell_train_val_images/%1/%2").arg(name.section(u'_', 0, 0), name));
    for (const QString& base : source->baseNames()) {
        const auto decoded = TiffCodec::decode(*source->read(base, &error), base, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->size(), QSize(704, 520));
        QCOMPARE(decoded->format(), QImage::Format_Grayscale8);
    }
    // Cells are drawn where their polygons are: the image is busy inside the cells' boxes and
    // plain noise far from them.
    const QImage img = *TiffCodec::decode(*source->read(name, &error), name, &error);
    QImage covered(704, 520, QImage::Format_Grayscale8);
    covered.fill(0);
    for (const auto& a : m_json["annotations"]) {
        if (a["image_id"] != image0["id"])
            continue;
        const auto b = a["bbox"].get<std::vector<double>>();
        for (const int margin : {10, 0}) {
            const int x0 = std::max(0, int(b[0]) - margin), x1 = std::min(704, int(b[0] + b[2]) + 1 + margin);
            for (int y = std::max(0, int(b[1]) - margin); y < std::min(520, int(b[1] + b[3]) + 1 + margin); ++y)
                std::fill(covered.scanLine(y) + x0, covered.scanLine(y) + x1, uchar(margin ? 1 : 2));
        }
    }
    double sum[3] = {}, squares[3] = {}, count[3] = {};
    for (int y = 0; y < 520; ++y) {
        for (int x = 0; x < 704; ++x) {
            const int k = covered.constScanLine(y)[x];
            const double v = img.constScanLine(y)[x];
            sum[k] += v, squares[k] += v * v, ++count[k];
        }
    }
    auto sd = [&](int k) { return std::sqrt(squares[k] / count[k] - (sum[k] / count[k]) * (sum[k] / count[k])); };
    QVERIFY(count[0] > 10000 && count[2] > 5000);
    QVERIFY2(sd(2) > 2 * sd(0), qPrintable(QStringLiteral("cells %1, background %2").arg(sd(2)).arg(sd(0))));
    QVERIFY2(std::abs(sum[0] / count[0] - 128) < 6, qPrintable(QString::number(sum[0] / count[0])));
}

void TestSyntheticDataset::sameSeedSameFiles()
{
    const QString a = m_dir.filePath(QStringLiteral("a")), b = m_dir.filePath(QStringLiteral("b")),
                  c = m_dir.filePath(QStringLiteral("c"));
    QVERIFY(makeDataset(a, 5, 30, 42) && makeDataset(b, 5, 30, 42) && makeDataset(c, 5, 30, 43));
    const QString json = QStringLiteral("/annotations/LIVECell/livecell_coco_val.json");
    QCOMPARE(test::readAll(a + json), test::readAll(b + json));
    QVERIFY(test::readAll(a + QStringLiteral("/images.zip")) == test::readAll(b + QStringLiteral("/images.zip")));
    QVERIFY(test::readAll(a + json) != test::readAll(c + json));
}

void TestSyntheticDataset::testSplitAndNoImages()
{
    const QString dir = m_dir.filePath(QStringLiteral("test"));
    const auto summary = makeDataset(dir, 3, 4, 1, Split::Test);
    QVERIFY(summary);
    QCOMPARE(summary->annotationFile, dir + QStringLiteral("/annotations/LIVECell/livecell_coco_test.json"));
    QString error;
    const auto source = ZipImageSource::open(summary->imagesZip, &error);
    QVERIFY2(source, qPrintable(error));
    for (const QString& base : source->baseNames())
        QVERIFY(source->entryPath(base).startsWith(u"images/livecell_test_images/"));

    const QString jsonOnly = m_dir.filePath(QStringLiteral("jsononly"));
    const auto noImages = makeDataset(jsonOnly, 3, 4, 1, Split::Train, false);
    QVERIFY(noImages && noImages->imagesZip.isEmpty());
    QVERIFY(QFileInfo::exists(jsonOnly + QStringLiteral("/annotations/LIVECell/livecell_coco_train.json")));
    QVERIFY(!QFileInfo::exists(jsonOnly + QStringLiteral("/images.zip")));
}

void TestSyntheticDataset::cliWritesTheSameDataset()
{
    const QString dir = m_dir.filePath(QStringLiteral("cli"));
    const auto r = test::runCli({QStringLiteral("synth"), dir, QStringLiteral("--images"), QStringLiteral("4"),
                                 QStringLiteral("--cells-per-image"), QStringLiteral("6"), QStringLiteral("--seed"),
                                 QStringLiteral("9"), QStringLiteral("--split"), QStringLiteral("train")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("4 images") && r.out.contains("24 annotations"), r.out.constData());
    const QString lib = m_dir.filePath(QStringLiteral("lib"));
    QVERIFY(makeDataset(lib, 4, 6, 9, Split::Train));
    const QString json = QStringLiteral("/annotations/LIVECell/livecell_coco_train.json");
    QCOMPARE(test::readAll(dir + json), test::readAll(lib + json));
    QVERIFY(test::readAll(dir + QStringLiteral("/images.zip")) == test::readAll(lib + QStringLiteral("/images.zip")));

    const QString noImages = m_dir.filePath(QStringLiteral("cli-noimages"));
    const auto r2 = test::runCli({QStringLiteral("synth"), noImages, QStringLiteral("--no-images")});
    QCOMPARE(r2.exitCode, 0);
    QVERIFY(QFileInfo::exists(noImages + QStringLiteral("/annotations/LIVECell/livecell_coco_val.json")));
    QVERIFY(!QFileInfo::exists(noImages + QStringLiteral("/images.zip")));
}

void TestSyntheticDataset::cliRejectsBadOptions()
{
    const auto help = test::runCli({QStringLiteral("synth"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--cells-per-image") && help.out.contains("--no-images"));
    const QString dir = m_dir.filePath(QStringLiteral("bad"));
    QCOMPARE(test::runCli({QStringLiteral("synth"), dir, QStringLiteral("--split"), QStringLiteral("holdout")}).exitCode, 2);
    QCOMPARE(test::runCli({QStringLiteral("synth"), dir, QStringLiteral("--images"), QStringLiteral("0")}).exitCode, 2);
    QCOMPARE(test::runCli({QStringLiteral("synth"), dir, QStringLiteral("--seed"), QStringLiteral("x")}).exitCode, 2);
    QCOMPARE(test::runCli({QStringLiteral("synth")}).exitCode, 2);
    QVERIFY(!QFileInfo::exists(dir));
}

QTEST_GUILESS_MAIN(TestSyntheticDataset)
#include "tst_syntheticdataset.moc"
