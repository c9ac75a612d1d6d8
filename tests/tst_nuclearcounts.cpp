// Nuclear count benchmark: reading counts files (strings or numbers, clear errors), matching images,
// and R² over images with fewer than 1,600 cells as LIVECell's reference notebook computes it.
#include "testutil.h"

#include "model/io/cocoreader.h"
#include "model/nuclearcounts.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace curator;

class TestNuclearCounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsStringsAndNumbers();
    void readsFromFile();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void matchesImageNames();
    void findsTheFluorescentImage();
    void r2AsTheReferenceNotebook();
    void r2Definition_data();
    void r2Definition();
    void predictedCountsFromAnnotations();
};

void TestNuclearCounts::readsStringsAndNumbers()
{
    QString error;
    const auto counts = NuclearCounts::readBytes(
        R"({"A549_Phase_A1_1_00d00h00m_1.tif": "123", "A549_Phase_A1_1_00d04h00m_1.tif": 456,
            "A549_Phase_A1_1_00d08h00m_1.tif": 7.0, "A549_Phase_A1_1_00d12h00m_1.tif": " 0 ",
            "caf\u00e9.tif": "5"})",
        QStringLiteral("A549_counts.json"), &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(counts->size(), 5);
    QCOMPARE(counts->entries()[0].count, 123);
    QCOMPARE(counts->entries()[1].count, 456);
    QCOMPARE(counts->entries()[2].count, 7);
    QCOMPARE(counts->entries()[3].count, 0);
    QCOMPARE(counts->entries()[4].fileName, QStringLiteral("café.tif"));
    QCOMPARE(counts->entries()[0].byteOffset, qint64(1));
    QVERIFY(NuclearCounts::readBytes("{}", QStringLiteral("empty.json"), &error)->entries().empty());
}

void TestNuclearCounts::readsFromFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("A172_counts.json"));
    QVERIFY(test::writeAll(path, R"({"a.tif": "1", "b.tif": "2"})"));
    QString error;
    const auto counts = NuclearCounts::readFile(path, &error);
    QVERIFY2(counts, qPrintable(error));
    QCOMPARE(counts->countOf(u"b.tif"), std::optional<int>(2));
    QVERIFY(!NuclearCounts::readFile(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(error.contains(QStringLiteral("missing.json")));
}

void TestNuclearCounts::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");   // fragments the message must contain
    QTest::newRow("truncated") << QByteArray(R"({"a.tif": "12", "b.tif": )") << QStringLiteral("byte 25");
    QTest::newRow("not an object") << QByteArray(R"(["a.tif", 12])") << QStringLiteral("byte 0");
    QTest::newRow("negative") << QByteArray(R"({"a.tif": -3})") << QStringLiteral("byte 10|-3|a.tif");
    QTest::newRow("fraction") << QByteArray(R"({"a.tif": "12.5"})") << QStringLiteral("byte 10|12.5");
    QTest::newRow("not a number") << QByteArray(R"({"a.tif": "many"})") << QStringLiteral("\"many\"");
    QTest::newRow("wrong type") << QByteArray(R"({"a.tif": [1]})") << QStringLiteral("byte 10|expected a count");
    QTest::newRow("listed twice") << QByteArray(R"({"a.tif": 1,
"a.tif": 2})") << QStringLiteral("byte 13 (line 2, column 1)|listed twice|first at byte 1");
    QTest::newRow("trailing content") << QByteArray(R"({"a.tif": 1} x)") << QStringLiteral("byte 13 (line 1, column 14)|after the end");
}

void TestNuclearCounts::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!NuclearCounts::readBytes(json, QStringLiteral("A549_counts.json"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("A549_counts.json: ")), qPrintable(error));
    for (const QString& fragment : expected.split(u'|'))
        QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestNuclearCounts::matchesImageNames()
{
    QString error;
    const auto counts = NuclearCounts::readBytes(R"({"A549_x_1.tif": 10, "A549_y_2.png": 20})", QStringLiteral("c"), &error);
    QCOMPARE(counts->countOf(u"A549_x_1.tif"), std::optional<int>(10));
    QCOMPARE(counts->countOf(u"images/A549/A549_x_1.tif"), std::optional<int>(10));   // folders ignored
    QCOMPARE(counts->countOf(u"a549_y_2.tif"), std::optional<int>(20));               // case and extension
    QCOMPARE(counts->countOf(u"A549_z_3.tif"), std::nullopt);
}

void TestNuclearCounts::r2AsTheReferenceNotebook()
{
    QString error;
    const auto counts = NuclearCounts::readBytes(
        R"({"a.tif": "100", "b.tif": "200", "c.tif": "300", "d.tif": "400", "e.tif": "2000", "f.tif": "50"})",
        QStringLiteral("c"), &error);
    const QHash<QString, double> predicted{{QStringLiteral("a.tif"), 110}, {QStringLiteral("b.tif"), 190},
                                           {QStringLiteral("c.tif"), 320}, {QStringLiteral("d.tif"), 390},
                                           {QStringLiteral("e.tif"), 1500}, {QStringLiteral("x.tif"), 7}};
    const CountComparison c = counts->compare(predicted);
    QCOMPARE(int(c.pairs.size()), 5);
    QCOMPARE(c.used, 4);                        // e.tif has 2,000 ≥ 1,600 fluorescence-counted cells
    QVERIFY(!c.pairs[4].used);
    QCOMPARE(c.withoutPrediction, QStringList{QStringLiteral("f.tif")});
    QCOMPARE(c.withoutCount, QStringList{QStringLiteral("x.tif")});
    // sklearn.metrics.r2_score([100, 200, 300, 400], [110, 190, 320, 390]) = 1 - 700 / 50000
    QCOMPARE(c.r2, 0.986);
    QVERIFY(qAbs(c.pearsonR2 - 0.9867855270057683) < 1e-12);
    QVERIFY(qAbs(c.slope - 1.017304667016256) < 1e-12);
    QVERIFY(qAbs(c.intercept - -6.869428421604653) < 1e-9);
    QCOMPARE(counts->compare(predicted, 1e9).used, 5);
}

void TestNuclearCounts::r2Definition_data()
{
    QTest::addColumn<std::vector<double>>("truth");
    QTest::addColumn<std::vector<double>>("predicted");
    QTest::addColumn<double>("r2");
    QTest::newRow("perfect") << std::vector<double>{1, 2, 3} << std::vector<double>{1, 2, 3} << 1.0;
    // A constant offset keeps Pearson's r² at 1 but lowers the coefficient of determination.
    QTest::newRow("offset by 100") << std::vector<double>{100, 200, 300, 400} << std::vector<double>{200, 300, 400, 500}
                                   << 0.2;
    QTest::newRow("worse than the mean") << std::vector<double>{1, 2, 3} << std::vector<double>{3, 2, 1} << -3.0;
    QTest::newRow("constant truth, exact") << std::vector<double>{5, 5} << std::vector<double>{5, 5} << 1.0;
    QTest::newRow("constant truth, off") << std::vector<double>{5, 5} << std::vector<double>{4, 6} << 0.0;
}

void TestNuclearCounts::r2Definition()
{
    QFETCH(std::vector<double>, truth);
    QFETCH(std::vector<double>, predicted);
    QFETCH(double, r2);
    QVERIFY(qAbs(NuclearCounts::r2Score(truth, predicted) - r2) < 1e-12);
    const std::vector<double> one{1};
    QVERIFY(std::isnan(NuclearCounts::r2Score(one, one)));
}

void TestNuclearCounts::predictedCountsFromAnnotations()
{
    QString error;
    const auto set = CocoReader::readFile(test::realValJson(), &error);
    QVERIFY2(set, qPrintable(error));
    const QHash<QString, double> counts = NuclearCounts::predictedCounts(set->store);
    QCOMPARE(counts.size(), 5);
    QCOMPARE(counts.value(QStringLiteral("MCF7_Phase_G4_2_02d16h00m_1.tif")), 711.0);
    QCOMPARE(counts.value(QStringLiteral("Huh7_Phase_A10_1_02d12h00m_3.tif")), 73.0);
}

void TestNuclearCounts::findsTheFluorescentImage()
{
    const QString phase = QStringLiteral("A549_Phase_C5_1_00d00h00m_1.tif");
    // The same name wins; else the name that differs only in the channel token.
    QCOMPARE(NuclearCounts::matchingImage(phase, {QStringLiteral("x.tif"), phase}), phase);
    QCOMPARE(NuclearCounts::matchingImage(phase, {QStringLiteral("A549_Red_C5_1_00d00h00m_2.tif"),
                                                  QStringLiteral("A549_Red_C5_1_00d00h00m_1.tif")}),
             QStringLiteral("A549_Red_C5_1_00d00h00m_1.tif"));
    // Nothing that close, or two candidates: no match rather than a wrong image.
    QCOMPARE(NuclearCounts::matchingImage(phase, {QStringLiteral("A172_Red_C5_1_00d00h00m_1.tif")}), QString());
    QCOMPARE(NuclearCounts::matchingImage(phase, {QStringLiteral("A549_Red_C5_1_00d00h00m_1.tif"),
                                                  QStringLiteral("A549_Green_C5_1_00d00h00m_1.tif")}),
             QString());
    QCOMPARE(NuclearCounts::matchingImage(QStringLiteral("plain.tif"), {QStringLiteral("other.tif")}), QString());
}

QTEST_GUILESS_MAIN(TestNuclearCounts)
#include "tst_nuclearcounts.moc"
