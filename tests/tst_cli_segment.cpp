// livecell-cli segment: results in detectron2's format that livecell-cli eval accepts, and usage errors.
#include "model/io/rle.h"
#include "testutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <set>

using namespace curator;

namespace {

nlohmann::json readJson(const QString& path) { return nlohmann::json::parse(test::readAll(path).toStdString()); }

QString bundledOnnx() { return QDir::cleanPath(QStringLiteral(CURATOR_SOURCE_DIR "/resources/model/livecell-unet.onnx")); }

} // namespace

class TestCliSegment : public QObject
{
    Q_OBJECT
private slots:
    void resultsAreEvaluable();
    void withoutGtNumbersImages();
    void namesImagesMissingFromTheSource();
    void errors();
};

void TestCliSegment::resultsAreEvaluable()
{
    QTemporaryDir dir;
    const QString results = dir.filePath(QStringLiteral("results.json"));
    const auto r = test::runCli({QStringLiteral("segment"), QStringLiteral("--images"), test::realImagesDir(),
                                 QStringLiteral("--gt"), test::realValJson(), QStringLiteral("--out"), results});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains("segment: 5/5 images"));
    const auto list = readJson(results);
    QVERIFY(list.is_array());
    QVERIFY(list.size() > 300);
    const std::set<qint64> gtIds = {512647, 522349, 1037332, 100601, 92944};
    std::set<qint64> seen;
    for (const auto& d : list) {
        QCOMPARE(d.at("category_id").get<int>(), 1);
        seen.insert(d.at("image_id").get<qint64>());
        const auto& seg = d.at("segmentation");
        QCOMPARE(seg.at("size"), nlohmann::json::array({520, 704}));
        const Rle mask = Rle::fromString(seg.at("counts").get<std::string>(), 520, 704);
        QVERIFY(mask.isConsistent());
        QVERIFY(mask.area() > 0);
        const auto box = mask.bbox();
        QCOMPARE(d.at("bbox"), nlohmann::json::array({box[0], box[1], box[2], box[3]}));
        const double score = d.at("score").get<double>();
        QVERIFY(score > 0 && score <= 1);
    }
    QVERIFY(seen == gtIds);

    // The project's evaluator (exact to pycocotools) accepts the file. These images were used for
    // training the shipped model (it reaches 0.12 on them), so this is no accuracy claim, only a sign
    // that network, post-processing and writer work together.
    const QString summary = dir.filePath(QStringLiteral("eval.json"));
    const auto e = test::runCli({QStringLiteral("eval"), test::realValJson(), results, QStringLiteral("--protocol"),
                                 QStringLiteral("livecell"), QStringLiteral("--json"), summary});
    QVERIFY2(e.exitCode == 0, e.err.constData());
    const double ap = readJson(summary).at("livecell").at("AP").get<double>();
    QVERIFY2(ap > 0.08, qPrintable(QString::number(ap)));
}

void TestCliSegment::withoutGtNumbersImages()
{
    QTemporaryDir dir;
    const QString results = dir.filePath(QStringLiteral("results.json"));
    const auto r = test::runCli({QStringLiteral("segment"), QStringLiteral("--images"), test::realImagesDir(),
                                 QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--model"), bundledOnnx(),
                                 QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--out"), results});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    std::set<qint64> ids;
    for (const auto& d : readJson(results))
        ids.insert(d.at("image_id").get<qint64>());
    QVERIFY(ids == (std::set<qint64>{1, 2}));
}

void TestCliSegment::namesImagesMissingFromTheSource()
{
    // Two of the ground truth's five images are not in the folder: said in English plural forms, the
    // other three segmented.
    const nlohmann::json val = readJson(test::realValJson());
    const auto fileName = [&](int i) {
        return QString::fromStdString(val["images"][i]["file_name"].get<std::string>()).toUtf8();
    };
    QTemporaryDir dir;
    const QString images = dir.filePath(QStringLiteral("images"));
    QVERIFY(QDir().mkdir(images));
    for (int i = 0; i < 3; ++i)
        QVERIFY(QFile::copy(test::realImagesDir() + u'/' + QString::fromUtf8(fileName(i)),
                            images + u'/' + QString::fromUtf8(fileName(i))));
    const QString results = dir.filePath(QStringLiteral("r.json"));
    const auto r = test::runCli({QStringLiteral("segment"), QStringLiteral("--images"), images, QStringLiteral("--gt"),
                                 test::realValJson(), QStringLiteral("--out"), results});
    QCOMPARE(r.exitCode, 0);
    const QByteArray said = QStringLiteral("livecell-cli segment: 2 images of %1 are not in %2, e.g. ")
                                .arg(test::realValJson(), images)
                                .toUtf8();
    QVERIFY2(r.err.contains(said + fileName(3)) || r.err.contains(said + fileName(4)), r.err.constData());
    QVERIFY2(!r.err.contains("(s)"), r.err.constData());
    std::set<qint64> segmented;
    for (const nlohmann::json& cell : readJson(results))
        segmented.insert(cell["image_id"].get<qint64>());
    QCOMPARE(segmented.size(), std::size_t(3));
}

void TestCliSegment::errors()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("r.json"));
    auto r = test::runCli({QStringLiteral("segment"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--images"));
    r = test::runCli({QStringLiteral("segment"), QStringLiteral("--images"), test::realImagesDir(), QStringLiteral("--out"), out,
                      QStringLiteral("--model"), dir.filePath(QStringLiteral("none.onnx"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("none.json"));
    r = test::runCli({QStringLiteral("segment"), QStringLiteral("--images"), dir.filePath(QStringLiteral("nowhere")),
                      QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(out));
    r = test::runCli({QStringLiteral("segment"), QStringLiteral("--images"), test::realImagesDir(), QStringLiteral("--out"), out,
                      QStringLiteral("--threads"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliSegment)
#include "tst_cli_segment.moc"
