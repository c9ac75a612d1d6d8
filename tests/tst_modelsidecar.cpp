// The model sidecar: the bundled one is valid; every broken field is named in the error.
#include "model/segmentation/modelsidecar.h"
#include "model/segmentation/segmenter.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace curator;

namespace {

QString bundledSidecar() { return QDir::cleanPath(QStringLiteral(CURATOR_SOURCE_DIR "/resources/model/livecell-unet.json")); }

QByteArray minimal()
{
    return R"({"format": "livecell-curator-segmentation-model", "formatVersion": 1, "model": "net.onnx",
              "input": {"mean": 128, "std": 11.578, "divisor": 8, "tileSize": 512, "tileOverlap": 32},
              "output": {"activation": "softmax", "channels": ["background", "interior", "boundary"]},
              "postprocessing": {"minArea": 20}})";
}

/** minimal() with @p path ("a.b") set to @p value (JSON text) or removed when @p value is empty. */
QByteArray edited(const QString& path, const QByteArray& value)
{
    QJsonObject root = QJsonDocument::fromJson(minimal()).object();
    const QStringList keys = path.split(u'.');
    const QJsonValue v = value.isEmpty() ? QJsonValue() : QJsonDocument::fromJson("[" + value + "]").array().at(0);
    auto set = [&](QJsonObject& o, const QString& key) {
        if (value.isEmpty())
            o.remove(key);
        else
            o.insert(key, v);
    };
    if (keys.size() == 1) {
        set(root, keys[0]);
    } else {
        QJsonObject inner = root.value(keys[0]).toObject();
        set(inner, keys[1]);
        root.insert(keys[0], inner);
    }
    return QJsonDocument(root).toJson();
}

} // namespace

class TestModelSidecar : public QObject
{
    Q_OBJECT

private slots:
    void bundledSidecarIsValid();
    void mirrorSidecarSharesTheBundledNetwork();
    void minimalSidecarParses();
    void errorsNameFileAndField_data();
    void errorsNameFileAndField();
    void unreadableFilesAreReported();
    void onnxPathFindsItsSidecar();
};

void TestModelSidecar::bundledSidecarIsValid()
{
    QString error;
    const auto s = ModelSidecar::readFile(bundledSidecar(), &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->mean(), 128.0);
    QCOMPARE(s->std(), 11.578);
    QVERIFY(QFileInfo::exists(s->modelPath()));
    QVERIFY(QFileInfo(s->modelPath()).size() < 8 << 20);
    QVERIFY(s->channel(QStringLiteral("interior")) >= 0);
    QVERIFY(s->licence().value(QLatin1String("data")).toString().contains(QLatin1String("CC BY-NC 4.0")));
    QVERIFY(s->accuracy().contains(QLatin1String("heldOut")));
    QCOMPARE(s->postProcess().score, PostProcessParams::Score::SeedPeak);
    QVERIFY(!s->postProcess().stability.empty());   // its held-out figure is measured with stability scoring
    // What it learnt from: the 5 annotated images and the 32 it pseudo-labelled (every image of
    // shared/realdata, the bundled sample's 14 among them), and what it scores on images it never saw.
    const QStringList trained = s->trainingImages();
    QCOMPARE(trained.size(), 37);
    QVERIFY(trained.contains(QStringLiteral("MCF7_Phase_G4_2_02d16h00m_1.tif")));
    const QStringList shared = QDir(test::realImagesDir()).entryList({QStringLiteral("*.tif")}, QDir::Files);
    QCOMPARE(shared.size(), 37);
    for (const QString& name : shared)
        QVERIFY2(trained.contains(name), qPrintable(name));
    QCOMPARE(s->heldOutAp(), 0.2376);
}

void TestModelSidecar::mirrorSidecarSharesTheBundledNetwork()
{
    // resources/model/livecell-unet-mirror4.json: the bundled network averaged over 4 mirror images,
    // with exactly the bundled post-processing (its held-out figure is measured with that).
    QString error;
    const auto plain = ModelSidecar::readFile(bundledSidecar(), &error);
    const QString mirrorPath = QFileInfo(bundledSidecar()).absolutePath() + QStringLiteral("/livecell-unet-mirror4.json");
    const auto mirror = ModelSidecar::readFile(mirrorPath, &error);
    QVERIFY2(plain && mirror, qPrintable(error));
    QCOMPARE(plain->passes(), 1);
    QCOMPARE(mirror->passes(), 4);
    QCOMPARE(mirror->modelPath(), plain->modelPath());
    QCOMPARE(mirror->channels(), plain->channels());
    QVERIFY(mirror->postProcess() == plain->postProcess());
    QVERIFY(!(mirror->postProcess() == PostProcessParams{})); // the comparison sees the sidecar's values
    QVERIFY(mirror->accuracy().contains(QLatin1String("heldOut")));
    QVERIFY2(Segmenter::load(mirrorPath, &error), qPrintable(error));
}

void TestModelSidecar::minimalSidecarParses()
{
    QString error;
    const auto s = ModelSidecar::parse(minimal(), QStringLiteral("/models/x.json"), &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->modelPath(), QStringLiteral("/models/net.onnx"));
    QCOMPARE(s->name(), QStringLiteral("x"));
    QCOMPARE(s->activation(), ModelSidecar::Activation::Softmax);
    QCOMPARE(s->channel(QStringLiteral("boundary")), 2);
    QCOMPARE(s->postProcess().minArea, 20);
    QCOMPARE(s->postProcess().interiorThreshold, PostProcessParams{}.interiorThreshold);
    QCOMPARE(s->postProcess().score, PostProcessParams::Score::MeanForeground);
    const auto peak = ModelSidecar::parse(edited(QStringLiteral("postprocessing.score"), "\"seedPeak\""),
                                          QStringLiteral("/models/x.json"), &error);
    QVERIFY2(peak, qPrintable(error));
    QCOMPARE(peak->postProcess().score, PostProcessParams::Score::SeedPeak);
    QVERIFY(s->trainingImages().isEmpty());   // optional: nothing known of the training data
    QVERIFY(s->heldOutAp() < 0);
    QCOMPARE(s->inputScale(), 1.0);   // optional: the network sees the image as it is
    const auto scaled = ModelSidecar::parse(edited(QStringLiteral("input.scale"), "1.5"), QStringLiteral("/models/x.json"), &error);
    QVERIFY2(scaled, qPrintable(error));
    QCOMPARE(scaled->inputScale(), 1.5);
    QCOMPARE(s->passes(), 1);
    const auto four = ModelSidecar::parse(edited(QStringLiteral("input.passes"), "4"), QStringLiteral("/models/x.json"), &error);
    QVERIFY2(four, qPrintable(error));
    QCOMPARE(four->passes(), 4);
    QCOMPARE(s->postProcess().contactWeight, 0.0);   // optional: no contact term in the flooding
    const auto contact = ModelSidecar::parse(edited(QStringLiteral("output.channels"),
                                                    "[\"background\", \"interior\", \"boundary\", \"contact\"]"),
                                             QStringLiteral("/models/x.json"), &error);
    QVERIFY2(contact, qPrintable(error));
    QCOMPARE(contact->channel(QStringLiteral("contact")), 3);
    const auto weighted = ModelSidecar::parse(edited(QStringLiteral("postprocessing.contactWeight"), "1.5"),
                                              QStringLiteral("/models/x.json"), &error);
    QVERIFY2(weighted, qPrintable(error));
    QCOMPARE(weighted->postProcess().contactWeight, 1.5);
    QVERIFY(s->postProcess().stability.empty());   // optional: scores as the network gives them
    const auto stable = ModelSidecar::parse(edited(QStringLiteral("postprocessing.stability"),
                                                   "[{\"interiorThreshold\": 0.3}, {\"contactWeight\": 1, \"seedSmoothing\": 2}]"),
                                            QStringLiteral("/models/x.json"), &error);
    QVERIFY2(stable, qPrintable(error));
    const std::vector<PostProcessVariant>& variants = stable->postProcess().stability;
    QCOMPARE(int(variants.size()), 2);
    QCOMPARE(variants[0].interiorThreshold, 0.3);
    QVERIFY(variants[0].contactWeight < 0 && variants[0].foregroundThreshold < 0);   // unset: keeps the main value
    const PostProcessParams second = stable->postProcess().with(variants[1]);
    QCOMPARE(second.contactWeight, 1.0);
    QCOMPARE(second.seedSmoothing, 2.0);
    QCOMPARE(second.interiorThreshold, stable->postProcess().interiorThreshold);
    QCOMPARE(second.minArea, 20);
    QVERIFY(second.stability.empty());
}

void TestModelSidecar::errorsNameFileAndField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("invalid JSON at byte");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("expected a JSON object");
    QTest::newRow("format") << edited(QStringLiteral("format"), "\"other\"") << QStringLiteral("\"format\"");
    QTest::newRow("version") << edited(QStringLiteral("formatVersion"), "2") << QStringLiteral("\"formatVersion\"");
    QTest::newRow("model") << edited(QStringLiteral("model"), {}) << QStringLiteral("\"model\"");
    QTest::newRow("no input") << edited(QStringLiteral("input"), {}) << QStringLiteral("\"input\" is missing");
    QTest::newRow("std zero") << edited(QStringLiteral("input.std"), "0") << QStringLiteral("\"input.std\"");
    QTest::newRow("mean text") << edited(QStringLiteral("input.mean"), "\"128\"") << QStringLiteral("\"input.mean\"");
    QTest::newRow("divisor fraction") << edited(QStringLiteral("input.divisor"), "2.5") << QStringLiteral("\"input.divisor\"");
    QTest::newRow("tile not multiple") << edited(QStringLiteral("input.tileSize"), "500") << QStringLiteral("\"input.tileSize\"");
    QTest::newRow("overlap too big") << edited(QStringLiteral("input.tileOverlap"), "200") << QStringLiteral("\"input.tileOverlap\"");
    QTest::newRow("scale zero") << edited(QStringLiteral("input.scale"), "0") << QStringLiteral("\"input.scale\" must be a number from 0.25 to 4");
    QTest::newRow("scale huge") << edited(QStringLiteral("input.scale"), "10") << QStringLiteral("\"input.scale\"");
    QTest::newRow("scale text") << edited(QStringLiteral("input.scale"), "\"2\"") << QStringLiteral("\"input.scale\"");
    QTest::newRow("passes 3") << edited(QStringLiteral("input.passes"), "3") << QStringLiteral("\"input.passes\" must be 1, 2 or 4");
    QTest::newRow("passes 8") << edited(QStringLiteral("input.passes"), "8") << QStringLiteral("\"input.passes\"");
    QTest::newRow("channels 3") << edited(QStringLiteral("input.channels"), "3") << QStringLiteral("\"input.channels\"");
    QTest::newRow("activation") << edited(QStringLiteral("output.activation"), "\"relu\"") << QStringLiteral("\"output.activation\"");
    QTest::newRow("unknown channel") << edited(QStringLiteral("output.channels"), "[\"interior\", \"nucleus\"]")
                                     << QStringLiteral("\"output.channels\"");
    QTest::newRow("no interior") << edited(QStringLiteral("output.channels"), "[\"background\", \"boundary\"]")
                                 << QStringLiteral("includes \"interior\"");
    QTest::newRow("interior alone") << edited(QStringLiteral("output.channels"), "[\"interior\"]")
                                    << QStringLiteral("\"output.channels\"");
    QTest::newRow("duplicate channel") << edited(QStringLiteral("output.channels"), "[\"interior\", \"interior\", \"background\"]")
                                       << QStringLiteral("distinct");
    QTest::newRow("threshold") << edited(QStringLiteral("postprocessing.interiorThreshold"), "1.5")
                               << QStringLiteral("\"postprocessing.interiorThreshold\"");
    QTest::newRow("min area") << edited(QStringLiteral("postprocessing.minArea"), "0") << QStringLiteral("\"postprocessing.minArea\"");
    QTest::newRow("fill holes") << edited(QStringLiteral("postprocessing.fillHoles"), "1")
                                << QStringLiteral("\"postprocessing.fillHoles\"");
    QTest::newRow("score") << edited(QStringLiteral("postprocessing.score"), "\"peak\"")
                           << QStringLiteral("\"postprocessing.score\" must be \"meanForeground\" or \"seedPeak\"");
    QTest::newRow("contact weight negative") << edited(QStringLiteral("postprocessing.contactWeight"), "-1")
                                             << QStringLiteral("\"postprocessing.contactWeight\" must be a number from 0 to 10");
    QTest::newRow("contact weight text") << edited(QStringLiteral("postprocessing.contactWeight"), "\"2\"")
                                         << QStringLiteral("\"postprocessing.contactWeight\"");
    QTest::newRow("score number") << edited(QStringLiteral("postprocessing.score"), "1")
                                  << QStringLiteral("\"postprocessing.score\"");
    QTest::newRow("stability object") << edited(QStringLiteral("postprocessing.stability"), "{\"interiorThreshold\": 0.3}")
                                      << QStringLiteral("\"postprocessing.stability\" must be a list");
    QTest::newRow("stability entry number") << edited(QStringLiteral("postprocessing.stability"), "[0.3]")
                                            << QStringLiteral("\"postprocessing.stability\"");
    QTest::newRow("stability range") << edited(QStringLiteral("postprocessing.stability"), "[{}, {\"interiorThreshold\": 2}]")
                                     << QStringLiteral("\"postprocessing.stability[1].interiorThreshold\" must be a number from 0 to 1");
    QTest::newRow("stability unknown field") << edited(QStringLiteral("postprocessing.stability"), "[{\"minArea\": 3}]")
                                             << QStringLiteral("\"postprocessing.stability[0].minArea\" is not one a variant can set");
    QTest::newRow("training images not a list") << edited(QStringLiteral("training.annotatedImages"), "\"a.tif\"")
                                                << QStringLiteral("\"training.annotatedImages\" must be a list of image file names");
    QTest::newRow("training image number") << edited(QStringLiteral("training.pseudoLabelledImages"), "[\"a.tif\", 3]")
                                           << QStringLiteral("\"training.pseudoLabelledImages\"");
    QTest::newRow("stability too long") << edited(QStringLiteral("postprocessing.stability"), "[" + QByteArray("{},").repeated(40) + "{}]")
                                        << QStringLiteral("at most 32");
}

void TestModelSidecar::errorsNameFileAndField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!ModelSidecar::parse(json, QStringLiteral("/m/broken.json"), &error));
    QVERIFY2(error.startsWith(QLatin1String("/m/broken.json: ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestModelSidecar::unreadableFilesAreReported()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!ModelSidecar::readFile(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(error.contains(QLatin1String("missing.json")));
    // A valid sidecar whose network is missing fails at load, naming the network.
    QVERIFY(test::writeAll(dir.filePath(QStringLiteral("m.json")), minimal()));
    QVERIFY(!Segmenter::load(dir.filePath(QStringLiteral("m.json")), &error));
    QVERIFY2(error.contains(QLatin1String("net.onnx")), qPrintable(error));
    // A network that is not ONNX is refused with OpenCV's reason, not a crash.
    QVERIFY(test::writeAll(dir.filePath(QStringLiteral("net.onnx")), "not a network"));
    QVERIFY(!Segmenter::load(dir.filePath(QStringLiteral("m.json")), &error));
    QVERIFY2(error.contains(QLatin1String("net.onnx")), qPrintable(error));
    // An .onnx without its sidecar says which file was expected.
    QVERIFY(test::writeAll(dir.filePath(QStringLiteral("lonely.onnx")), "x"));
    QVERIFY(!Segmenter::load(dir.filePath(QStringLiteral("lonely.onnx")), &error));
    QVERIFY2(error.contains(QLatin1String("lonely.json")), qPrintable(error));
    // An .onnx whose sidecar names another network (copied from another model, "model" left as it was)
    // is refused, naming both, rather than running the other network; the sidecar itself still loads it.
    // Before, the bundled network ran, silently, when copy.onnx was asked for.
    const QString bundledDir = QFileInfo(bundledSidecar()).absolutePath();
    const QString bundledOnnx = dir.filePath(QStringLiteral("livecell-unet.onnx"));
    QVERIFY(QFile::copy(bundledDir + QStringLiteral("/livecell-unet.onnx"), bundledOnnx));
    QVERIFY(QFile::copy(bundledSidecar(), dir.filePath(QStringLiteral("copy.json"))));
    QVERIFY(test::writeAll(dir.filePath(QStringLiteral("copy.onnx")), "another network's bytes"));
    QVERIFY(!Segmenter::load(dir.filePath(QStringLiteral("copy.onnx")), &error));
    QVERIFY2(error.startsWith(dir.filePath(QStringLiteral("copy.onnx")) + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(bundledOnnx), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("another network")), qPrintable(error));
    const auto described = Segmenter::load(dir.filePath(QStringLiteral("copy.json")), &error);
    QVERIFY2(described, qPrintable(error));
    QCOMPARE(described->sidecar().modelPath(), bundledOnnx);
}

void TestModelSidecar::onnxPathFindsItsSidecar()
{
    QCOMPARE(ModelSidecar::sidecarPathFor(QStringLiteral("/a/b/model.onnx")), QStringLiteral("/a/b/model.json"));
    QCOMPARE(ModelSidecar::sidecarPathFor(QStringLiteral("/a/b/model.ONNX")), QStringLiteral("/a/b/model.json"));
    QString error;
    const QString onnx = QFileInfo(bundledSidecar()).absolutePath() + QStringLiteral("/livecell-unet.onnx");
    const auto segmenter = Segmenter::load(onnx, &error);
    QVERIFY2(segmenter, qPrintable(error));
    QCOMPARE(segmenter->sidecar().path(), bundledSidecar());
}

QTEST_GUILESS_MAIN(TestModelSidecar)
#include "tst_modelsidecar.moc"
