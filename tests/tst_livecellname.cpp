// LIVECell metadata from file names: every real name parses; aliases and odd spellings map.
#include "model/livecellname.h"
#include "testutil.h"

#include <QDirIterator>
#include <QtTest>

using namespace curator;

class TestLivecellName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRealFileNameParses();
    void fields();
    void aliases_data();
    void aliases();
    void nonMatchingNamesStillLoad();
    void seriesKeyGroupsTimeLapse();
    void compactNameKeepsWhatTellsImagesApart();
};

void TestLivecellName::everyRealFileNameParses()
{
    QDirIterator it(test::realDataDir(), {QStringLiteral("*.tif")}, QDir::Files, QDirIterator::Subdirectories);
    int n = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const LivecellName name = LivecellName::parse(path);
        QVERIFY2(name.valid, qPrintable(path));
        QVERIFY2(name.cellType != CellType::Unknown, qPrintable(path));
        QVERIFY(name.minutes % (4 * 60) == 0); // LIVECell images are 4-hourly
        ++n;
    }
    QCOMPARE(n, 38);
}

void TestLivecellName::fields()
{
    const LivecellName n = LivecellName::parse(u"A172_Phase_C7_1_02d16h00m_2.tif");
    QVERIFY(n.valid);
    QCOMPARE(n.cellType, CellType::A172);
    QCOMPARE(n.well, QStringLiteral("C7"));
    QCOMPARE(n.location, 1);
    QCOMPARE(n.hours(), 64.0);
    QCOMPARE(n.crop, 2);
}

void TestLivecellName::aliases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    const std::pair<const char*, CellType> cases[] = {
        {"BT-474", CellType::BT474}, {"bv-2", CellType::BV2},     {"SH-SY5Y", CellType::SHSY5Y},
        {"SK-OV-3", CellType::SKOV3}, {"HUH7", CellType::Huh7},   {"SKBR3", CellType::SkBr3},
        {"shsy5y", CellType::SHSY5Y}, {"skov3", CellType::SKOV3}, {"mcf7", CellType::MCF7},
        {"a172", CellType::A172},     {"HeLa", CellType::Unknown}};
    for (const auto& [text, type] : cases)
        QTest::newRow(text) << QString::fromLatin1(text) << int(type);
}

void TestLivecellName::aliases()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QCOMPARE(int(cellTypeFromString(text)), type);
}

void TestLivecellName::nonMatchingNamesStillLoad()
{
    const LivecellName n = LivecellName::parse(u"SkBr3_something_else.png");
    QVERIFY(!n.valid);
    QCOMPARE(n.cellType, CellType::SkBr3);
    QCOMPARE(n.hours(), -1.0);
    QVERIFY(!LivecellName::parse(u"").valid);
}

void TestLivecellName::seriesKeyGroupsTimeLapse()
{
    const auto a = LivecellName::parse(u"BT474_Phase_A3_1_04d00h00m_3.tif");
    const auto b = LivecellName::parse(u"BT474_Phase_A3_1_04d16h00m_3.tif");
    const auto c = LivecellName::parse(u"BT474_Phase_A3_1_04d16h00m_2.tif");
    QCOMPARE(a.seriesKey(), b.seriesKey());
    QVERIFY(a.seriesKey() != c.seriesKey());
}

void TestLivecellName::compactNameKeepsWhatTellsImagesApart()
{
    QCOMPARE(LivecellName::compactName(u"A172_Phase_C7_1_02d16h00m_2.tif"), QStringLiteral("C7_1_02d16h00m_2"));
    QCOMPARE(LivecellName::compactName(u"images/SH-SY5Y_Phase_D10_1_03d00h00m_2.TIFF"),
             QStringLiteral("D10_1_03d00h00m_2"));
    // Names outside the pattern stay whole (folders dropped), so nothing unknown is hidden.
    QCOMPARE(LivecellName::compactName(u"scans/SkBr3_something_else.png"), QStringLiteral("SkBr3_something_else.png"));
    QCOMPARE(LivecellName::compactName(u"A172_Phase_C7_1_02d16h00m_2.png"), QStringLiteral("A172_Phase_C7_1_02d16h00m_2.png"));
    QCOMPARE(LivecellName::compactName(u""), QString());
}

QTEST_GUILESS_MAIN(TestLivecellName)
#include "tst_livecellname.moc"
