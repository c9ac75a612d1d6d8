// A hostile-input corpus: truncated and mutated real files, wrong JSON types for every field,
// absurd numbers and sizes, zip bombs and lying TIFFs. Every case must end in a clear error or a
// diagnostic; none may crash or hang (ctest's timeout and the sanitizer build watch for that).
#include "model/io/cocoreader.h"
#include "model/io/rle.h"
#include "model/io/tiffcodec.h"
#include "model/io/zipimagesource.h"
#include "model/io/zipwriter.h"
#include "model/limits.h"
#include "model/livecellname.h"
#include "testutil.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace curator;

namespace {
int g_cases = 0;

/** Reads @p text; passes when it either loads or fails with a message naming the file and byte. */
void expectHandled(const QByteArray& text, const char* what)
{
    ++g_cases;
    QString error;
    auto set = CocoReader::readBytes(text, QStringLiteral("hostile.json"), &error);
    if (!set) {
        QVERIFY2(error.startsWith(QStringLiteral("hostile.json: ")) && error.contains(QStringLiteral("byte")),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), error)));
        return;
    }
    for (const Diagnostic& d : set->diagnostics)
        QVERIFY2(!d.message.isEmpty(), what);
    // Whatever loaded must be usable: rasterise every live annotation as the evaluator would.
    for (int a = 0; a < set->store.annotationCount(); ++a) {
        if (set->store.isLive(a))
            Rle::fromAnnotation(set->store, a, 64, 64);
    }
}

QByteArray annotationWith(const QByteArray& field, const QByteArray& value)
{
    QByteArray ann = R"({"id": 2, "image_id": 1, "category_id": 1, "segmentation": [[1, 1, 9, 1, 9, 9]], "area": 32, "bbox": [1, 1, 8, 8], "iscrowd": 0})";
    const qsizetype at = ann.indexOf("\"" + field + "\": ");
    if (at < 0)
        return ann;
    const qsizetype valueStart = at + field.size() + 4;
    qsizetype valueEnd = valueStart;
    int depth = 0;
    for (; valueEnd < ann.size(); ++valueEnd) {
        const char c = ann[valueEnd];
        if (c == '[') ++depth;
        if (c == ']') --depth;
        if (depth == 0 && (c == ',' || c == '}'))
            break;
    }
    return ann.left(valueStart) + value + ann.mid(valueEnd);
}

QByteArray documentWith(const QByteArray& annotation, const QByteArray& image = {})
{
    const QByteArray img = image.isEmpty()
        ? QByteArray(R"({"id": 1, "width": 704, "height": 520, "file_name": "A172_Phase_C7_1_02d16h00m_2.tif"})")
        : image;
    return R"({"images": [)" + img + R"(], "annotations": [)" + annotation + "]}";
}
} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void truncationsAndMutationsOfRealJson();
    void wrongTypesForEveryField();
    void absurdNumbers();
    void millionVertexPolygonAndLimits();
    void idsAtIntegerLimits();
    void hostileRleStrings();
    void mutatedAndLyingTiffs();
    void zipBombsAndCorruptArchives();
    void fileNames();
    void cleanupTestCase() { qInfo("hostile cases exercised: %d", g_cases); }
};

void TestHostileInput::truncationsAndMutationsOfRealJson()
{
    const QByteArray full = test::readAll(test::realValJson());
    for (int i = 0; i < 200; ++i)
        expectHandled(full.left(full.size() * i / 200), "truncation");
    QRandomGenerator rng(42);
    const char replacements[] = {'{', '}', '[', ']', '"', ',', ':', '\\', '-', 'e', '9', '\0', '\xff', ' '};
    for (int i = 0; i < 400; ++i) {
        QByteArray m = full;
        const int n = 1 + int(rng.bounded(4));
        for (int k = 0; k < n; ++k)
            m[qsizetype(rng.bounded(quint32(m.size())))] = replacements[rng.bounded(quint32(sizeof replacements))];
        expectHandled(m, "byte mutation");
    }
}

void TestHostileInput::wrongTypesForEveryField()
{
    const QList<QByteArray> fields = {"id", "image_id", "category_id", "segmentation", "area", "bbox", "iscrowd"};
    const QList<QByteArray> values = {"\"12\"", "null", "true", "[]", "{}", "[[]]", "[[\"a\"]]", "-1", "1.5",
                                      "{\"size\": \"x\"}", "{\"size\": [1], \"counts\": 3}", "[[1, 2, 3]]",
                                      "[1, 2, 3, 4, 5, 6]", "{\"size\": [2, 2], \"counts\": [-1]}"};
    for (const QByteArray& field : fields) {
        for (const QByteArray& value : values)
            expectHandled(documentWith(annotationWith(field, value)), field.constData());
    }
    const QList<QByteArray> images = {R"({"id": "1"})", R"({"id": 1, "width": "x", "height": -5})",
                                      R"({"id": 1, "width": 1e300, "height": 1e300, "file_name": 7})", "[]", "7"};
    for (const QByteArray& img : images)
        expectHandled(documentWith(annotationWith("id", "2"), img), "image");
    expectHandled(R"({"images": 7, "annotations": "x"})", "top-level types");
    expectHandled(R"({"images": [], "annotations": {"1": 5}})", "dict of numbers");
    expectHandled("[1, 2, 3]", "results list of numbers");
}

void TestHostileInput::absurdNumbers()
{
    const QList<QByteArray> rings = {"[[1, 1, 1e400, 1, 9, 9]]", "[[1, 1, -1e400, 1, 9, 9]]", "[[1e300, 1, 9, 1, 9, 9]]",
                                     "[[1, 1, 9, 1, 9, 9e-400]]", "[[0.000000000000000000001, 1, 9, 1, 9, 9]]",
                                     "[[123456789012345678901234567890, 1, 9, 1, 9, 9]]", "[[-0, -0, 9, 1, 9, 9]]",
                                     "[[1, 1, 9, 1, 9, 9, 1]]", "[[5, 5, 5, 5, 5, 5]]"};
    for (const QByteArray& ring : rings)
        expectHandled(documentWith(annotationWith("segmentation", ring)), "absurd coordinate");
    expectHandled(documentWith(annotationWith("segmentation", "{\"size\": [99999, 99999], \"counts\": \"0\"}")), "huge RLE");
    expectHandled(documentWith(annotationWith("area", "1e999")), "infinite area");
}

void TestHostileInput::millionVertexPolygonAndLimits()
{
    QByteArray ring = "[[";
    ring.reserve(16 << 20);
    for (int i = 0; i < 1000000; ++i) {
        const double a = i * 6.283185307179586 / 1e6;
        ring += QByteArray::number(350 + 200 * std::cos(a), 'f', 2) + ", " + QByteArray::number(260 + 200 * std::sin(a), 'f', 2);
        ring += i + 1 < 1000000 ? ", " : "]]";
    }
    QString error;
    auto set = CocoReader::readBytes(documentWith(annotationWith("segmentation", ring)), QStringLiteral("big.json"), &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->store.vertexCount(0), std::size_t(1000000)); // at the limit: accepted
    ++g_cases;

    QByteArray rings = "[";
    for (std::size_t i = 0; i <= limits::kMaxRingsPerAnnotation; ++i)
        rings += i ? ", [1, 1, 2, 1, 2, 2]" : "[1, 1, 2, 1, 2, 2]";
    rings += "]";
    set = CocoReader::readBytes(documentWith(annotationWith("segmentation", rings)), QStringLiteral("rings.json"), &error);
    QVERIFY(set);
    QVERIFY(!set->store.isLive(0));
    bool named = false;
    for (const Diagnostic& d : set->diagnostics)
        named |= d.message.contains(QStringLiteral("over the limit"));
    QVERIFY2(named, "the message says which limit was hit");
    ++g_cases;
}

void TestHostileInput::idsAtIntegerLimits()
{
    for (const QByteArray& id : {QByteArray("9223372036854775807"), QByteArray("-9223372036854775808"),
                                 QByteArray("9223372036854775808"), QByteArray("1e19"), QByteArray("0")}) {
        expectHandled(documentWith(annotationWith("id", id)), "annotation id limit");
        expectHandled(documentWith(annotationWith("image_id", id)), "image id limit");
    }
    QString error;
    auto set = CocoReader::readBytes(documentWith(annotationWith("id", "9223372036854775807")), QStringLiteral("x"), &error);
    QVERIFY(set);
    const qint64 next = set->store.nextFreeId();
    QVERIFY(next != 9223372036854775807LL && set->store.annotationIndex(next) < 0 && set->store.imageIndex(next) < 0);
}

void TestHostileInput::hostileRleStrings()
{
    QRandomGenerator rng(7);
    for (int i = 0; i < 2000; ++i) {
        std::string s;
        const int n = int(rng.bounded(40));
        for (int k = 0; k < n; ++k)
            s.push_back(char(rng.bounded(256)));
        const Rle r = Rle::fromString(s, int(rng.bounded(100)), int(rng.bounded(100)));
        if (r.isConsistent())
            QCOMPARE(r.toMask().size(), std::size_t(r.height()) * std::size_t(r.width()));
        else
            QVERIFY(r.toMask().empty());
        ++g_cases;
    }
}

void TestHostileInput::mutatedAndLyingTiffs()
{
    const QByteArray real = test::readAll(test::realImagesDir() + QStringLiteral("/A172_Phase_A7_1_01d08h00m_2.tif"));
    QVERIFY(!real.isEmpty());
    QRandomGenerator rng(3);
    for (int i = 0; i < 300; ++i) {
        QByteArray m = real;
        // Mutate the header and IFD (at the end of LIVECell TIFFs) more often than pixel data.
        const int n = 1 + int(rng.bounded(6));
        for (int k = 0; k < n; ++k) {
            const quint32 region = rng.bounded(3);
            const qsizetype at = region == 0 ? qsizetype(rng.bounded(16))
                                 : region == 1 ? m.size() - 1 - qsizetype(rng.bounded(400))
                                               : qsizetype(rng.bounded(quint32(m.size())));
            m[at] = char(rng.bounded(256));
        }
        QString error;
        const auto img = TiffCodec::decode(m, QStringLiteral("mutated.tif"), &error);
        if (!img)
            QVERIFY2(error.contains(QStringLiteral("mutated.tif")), qPrintable(error));
        ++g_cases;
    }
    for (qsizetype cut : {qsizetype(0), qsizetype(8), qsizetype(100), real.size() / 2, real.size() - 10}) {
        QString error;
        QVERIFY(!TiffCodec::decode(real.left(cut), QStringLiteral("cut.tif"), &error));
        QVERIFY2(error.contains(QStringLiteral("cut.tif")), qPrintable(error));
        ++g_cases;
    }
}

void TestHostileInput::zipBombsAndCorruptArchives()
{
    QTemporaryDir dir;
    const QString bomb = dir.filePath(QStringLiteral("bomb.zip"));
    {
        ZipWriter w;
        QString error;
        QVERIFY(w.open(bomb, &error));
        // 300 MiB of zeros deflate to ~300 KB: declared size over the entry limit.
        QVERIFY(w.addProduced(QStringLiteral("images/x/bomb.tif"), [](QByteArray* bytes, QString*) {
            *bytes = QByteArray(300 << 20, '\0');
            return true;
        }, ZipWriter::Method::Deflate, &error));
        QVERIFY(w.add(QStringLiteral("images/x/ok.tif"), QByteArray("II*\0", 4), ZipWriter::Method::Deflate, &error));
        QVERIFY2(w.close(&error), qPrintable(error));
    }
    QString error;
    auto source = ZipImageSource::open(bomb, &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(!source->read(QStringLiteral("bomb.tif"), &error));
    QVERIFY2(error.contains(QStringLiteral("bomb.tif")), qPrintable(error));
    ++g_cases;

    const QByteArray zipBytes = test::readAll(bomb);
    QRandomGenerator rng(11);
    for (int i = 0; i < 60; ++i) {
        QByteArray m = zipBytes;
        for (int k = 0; k < 4; ++k)
            m[qsizetype(rng.bounded(quint32(m.size())))] = char(rng.bounded(256));
        // Also damage the central directory (the last bytes), where sizes are declared.
        m[m.size() - 1 - qsizetype(rng.bounded(120))] = char(rng.bounded(256));
        const QString path = dir.filePath(QStringLiteral("m%1.zip").arg(i));
        QVERIFY(test::writeAll(path, m));
        QString e;
        if (auto s = ZipImageSource::open(path, &e)) {
            for (const QString& name : s->baseNames())
                s->read(name, &e);
        } else {
            QVERIFY2(e.contains(path), qPrintable(e));
        }
        ++g_cases;
    }
}

void TestHostileInput::fileNames()
{
    const QStringList names = {QString(), QStringLiteral("_Phase_"), QStringLiteral("A172_Phase_Z99_1_00d00h00m_1.tif"),
                               QStringLiteral("A172_Phase_A1_99999999999_99d99h99m_99999999999.tif"),
                               QString(100000, u'_'), QStringLiteral("../../etc/passwd"), QStringLiteral("\u00e9\u0000x")};
    for (const QString& n : names) {
        const LivecellName parsed = LivecellName::parse(n);
        QVERIFY(!parsed.valid || parsed.minutes >= 0);
        ++g_cases;
    }
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
