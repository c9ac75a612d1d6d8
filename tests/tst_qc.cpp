// Quality control: ring geometry, one planted instance of every check among clean cells, the real
// LIVECell sample, threading/cancel/restriction, export and the `livecell-cli qc` round trip.
#include "qcfixture.h"
#include "testutil.h"

#include "model/io/cocoreader.h"
#include "model/io/imagesource.h"
#include "model/qc/qcexport.h"
#include "model/qc/qcrunner.h"
#include "model/qc/ringgeometry.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace curator;
using curator::test::NameSource;
using nlohmann::json;

namespace {

std::unique_ptr<AnnotationSet> load(const QByteArray& bytes, const QString& name)
{
    QString error;
    auto set = CocoReader::readBytes(bytes, name, &error);
    if (!set)
        qWarning() << error;
    return set;
}

std::vector<const QcFinding*> findingsOf(const QcReport& report, QcCheck check)
{
    std::vector<const QcFinding*> out;
    for (const QcFinding& f : report.findings) {
        if (f.check == check)
            out.push_back(&f);
    }
    return out;
}

} // namespace

class TestQc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ringGeometry_data();
    void ringGeometry();
    void outsideImage_data();
    void outsideImage();
    void fixtureFindsEachPlantedProblem_data();
    void fixtureFindsEachPlantedProblem();
    void cleanCellsAreNotFlagged();
    void findingKeysAreStable();
    void resultDoesNotDependOnThreads();
    void onlyImagesRestrictsFindings();
    void disabledChecksAreSkipped();
    void cancelStopsTheRun();
    void outOfMemoryIsAnError();
    void exportJsonAndCsv();
    void exportWritesTheFileInPieces();
    void exportShortOfMemoryKeepsThePreviousFile();
    void realSample();
    void cliRoundTrip();

private:
    std::unique_ptr<AnnotationSet> m_set;
    std::unique_ptr<AnnotationSet> m_other;
    std::unique_ptr<NameSource> m_images;
    QcReport m_report;
};

void TestQc::initTestCase()
{
    const test::QcFixture fixture;
    m_set = load(fixture.json(), QStringLiteral("fixture.json"));
    m_other = load(test::QcFixture::otherSplitJson(), QStringLiteral("other.json"));
    QVERIFY(m_set && m_other);
    m_images = std::make_unique<NameSource>(fixture.presentImageNames());
    QcOptions options;
    options.otherSets = {m_other.get()};
    options.images = m_images.get();
    const auto report = QcRunner::run(*m_set, options);
    QVERIFY(report);
    m_report = *report;
}

void TestQc::ringGeometry_data()
{
    QTest::addColumn<std::vector<double>>("ring");
    QTest::addColumn<int>("distinct");
    QTest::addColumn<int>("intersections");

    QTest::newRow("square") << std::vector<double>{0, 0, 10, 0, 10, 10, 0, 10} << 3 << 0;
    QTest::newRow("closed square (last = first)") << std::vector<double>{0, 0, 10, 0, 10, 10, 0, 10, 0, 0} << 3 << 0;
    QTest::newRow("repeated consecutive vertices")
        << std::vector<double>{0, 0, 0, 0, 10, 0, 10, 10, 10, 10, 10, 10, 0, 10} << 3 << 0;
    QTest::newRow("bow tie") << std::vector<double>{0, 0, 10, 10, 10, 0, 0, 10} << 3 << 1;
    // The fold at (10, 15), and the edge leaving (10, 12) touches the edge going up through it.
    QTest::newRow("spike folding back") << std::vector<double>{0, 0, 10, 0, 10, 10, 10, 15, 10, 12, 0, 10} << 3 << 2;
    QTest::newRow("vertex visited twice (pinch)")
        << std::vector<double>{0, 0, 10, 0, 5, 5, 10, 10, 0, 10, 5, 5} << 3 << 4;   // 4 edge pairs meet at (5, 5)
    QTest::newRow("concave, no contact") << std::vector<double>{0, 0, 10, 0, 10, 10, 5, 3, 0, 10} << 3 << 0;
    QTest::newRow("decimal coordinates")
        << std::vector<double>{593.93, 273.39, 596.96, 275.21, 601.2, 277.63, 607.86, 272.79, 604.23, 260.68, 592.12, 264.31}
        << 3 << 0;
    QTest::newRow("two distinct points") << std::vector<double>{0, 0, 5, 5, 0, 0, 5, 5} << 2 << 0;
    QTest::newRow("one point") << std::vector<double>{3, 3, 3, 3, 3, 3} << 1 << 0;
    QTest::newRow("empty") << std::vector<double>{} << 0 << 0;
}

void TestQc::ringGeometry()
{
    QFETCH(std::vector<double>, ring);
    QFETCH(int, distinct);
    QFETCH(int, intersections);
    const RingAnalysis r = RingGeometry::analyse(ring, 704, 520);
    QCOMPARE(r.distinctVertices, distinct);
    QCOMPARE(r.selfIntersections, intersections);
    QCOMPARE(r.area, AnnotationStore::polygonArea(ring));
    if (intersections > 0)
        QVERIFY(r.intersectionX == r.intersectionX && r.intersectionY == r.intersectionY);
}

void TestQc::outsideImage_data()
{
    QTest::addColumn<std::vector<double>>("ring");
    QTest::addColumn<double>("outside");
    QTest::newRow("inside") << std::vector<double>{1, 1, 10, 1, 10, 10} << 0.0;
    QTest::newRow("exactly on x = width and y = height") << std::vector<double>{690, 500, 704, 500, 704, 520} << 0.0;
    QTest::newRow("exactly on 0") << std::vector<double>{0, 0, 10, 0, 0, 10} << 0.0;
    QTest::newRow("beyond the right edge") << std::vector<double>{690, 500, 704.5, 500, 700, 510} << 0.5;
    QTest::newRow("beyond the bottom edge") << std::vector<double>{10, 500, 20, 523, 30, 510} << 3.0;
    QTest::newRow("negative") << std::vector<double>{-2, 5, 10, 5, 10, 10} << 2.0;
}

void TestQc::outsideImage()
{
    QFETCH(std::vector<double>, ring);
    QFETCH(double, outside);
    QCOMPARE(RingGeometry::analyse(ring, 704, 520).outside, outside);
}

void TestQc::fixtureFindsEachPlantedProblem_data()
{
    using namespace test;
    QTest::addColumn<int>("check");
    QTest::addColumn<qint64>("imageId");
    QTest::addColumn<std::vector<qint64>>("annotationIds");
    const auto row = [](QcCheck c, qint64 image, std::vector<qint64> ids) {
        QTest::newRow(qPrintable(qcCheckId(c))) << int(c) << image << ids;
    };
    row(QcCheck::SelfIntersection, images::kMain, {planted::kSelfIntersection});
    row(QcCheck::DegenerateRing, images::kMain, {planted::kDegenerate});
    row(QcCheck::OddCoordinates, images::kMain, {planted::kOdd});
    row(QcCheck::OutsideImage, images::kMain, {planted::kOutside});
    row(QcCheck::AreaMismatch, images::kMain, {planted::kAreaField});
    row(QcCheck::BboxMismatch, images::kMain, {planted::kBboxField});
    row(QcCheck::NearDuplicate, images::kMain, {planted::kDuplicateA, planted::kDuplicateB});
    row(QcCheck::HeavyOverlap, images::kMain, {planted::kOverlapBig, planted::kOverlapSmall});
    row(QcCheck::AreaOutlier, images::kMain, {planted::kTiny});
    row(QcCheck::DuplicateFileName, images::kLater, {});
    row(QcCheck::SplitLeakage, images::kLeaked, {});
    row(QcCheck::SparseImage, images::kSparse, {});
    row(QcCheck::EmptyImage, images::kEmpty, {});
    row(QcCheck::ImageMissing, images::kMissing, {});
    row(QcCheck::OrphanAnnotation, planted::kOrphanImage, {planted::kOrphan});
}

void TestQc::fixtureFindsEachPlantedProblem()
{
    QFETCH(int, check);
    QFETCH(qint64, imageId);
    QFETCH(std::vector<qint64>, annotationIds);
    const auto found = findingsOf(m_report, QcCheck(check));
    QCOMPARE(int(found.size()), 1);
    QCOMPARE(m_report.count(QcCheck(check)), 1);
    const QcFinding& f = *found.front();
    QCOMPARE(f.imageId, imageId);
    QCOMPARE(f.annotationIds, annotationIds);
    QCOMPARE(f.severity, qcDefaultSeverity(QcCheck(check)));
    // Messages are specific: they name the image or the cells concerned.
    const QString subject = annotationIds.empty() ? QString::number(imageId) : QString::number(annotationIds.front());
    QVERIFY2(f.message.contains(subject), qPrintable(f.message));
}

void TestQc::cleanCellsAreNotFlagged()
{
    QCOMPARE(int(m_report.findings.size()), kQcCheckCount);
    std::set<qint64> flagged;
    for (const QcFinding& f : m_report.findings)
        flagged.insert(f.annotationIds.begin(), f.annotationIds.end());
    for (qint64 lookAlike : {test::planted::kRepeatedVertices, test::planted::kOnRightEdge,
                             test::planted::kTouchingA, test::planted::kTouchingB})
        QVERIFY2(!flagged.count(lookAlike), qPrintable(QString::number(lookAlike)));
    for (qint64 id : flagged)
        QVERIFY2(id >= 5000 && id < 6000, qPrintable(QString::number(id)));
    QCOMPARE(m_report.images, m_set->store.imageCount());
    QCOMPARE(m_report.annotations, qint64(m_set->store.liveAnnotationCount()) - 1);   // the orphan has no image
}

void TestQc::findingKeysAreStable()
{
    const auto dup = findingsOf(m_report, QcCheck::NearDuplicate);
    QCOMPARE(dup.front()->key(), QStringLiteral("near-duplicate/1/5007,5008"));
    const std::vector<qint64> reversed{5008, 5007};
    QCOMPARE(qcFindingKey(QcCheck::NearDuplicate, 1, reversed), dup.front()->key());
    QCOMPARE(findingsOf(m_report, QcCheck::EmptyImage).front()->key(), QStringLiteral("empty-image/4/"));
    for (int c = 0; c < kQcCheckCount; ++c)
        QCOMPARE(qcCheckFromId(qcCheckId(QcCheck(c))), std::optional<QcCheck>(QcCheck(c)));
    QVERIFY(!qcCheckFromId(u"no-such-check"));
    // The same problem found again after edits elsewhere keeps its key.
    QcOptions options;
    options.otherSets = {m_other.get()};
    const auto again = QcRunner::run(*m_set, options);
    QCOMPARE(findingsOf(*again, QcCheck::NearDuplicate).front()->key(), dup.front()->key());
}

void TestQc::resultDoesNotDependOnThreads()
{
    QcOptions options;
    options.otherSets = {m_other.get()};
    options.images = m_images.get();
    options.threads = 1;
    const auto one = QcRunner::run(*m_set, options);
    options.threads = 3;
    const auto three = QcRunner::run(*m_set, options);
    QVERIFY(one && three);
    QCOMPARE(one->findings.size(), m_report.findings.size());
    for (std::size_t i = 0; i < one->findings.size(); ++i) {
        const QcFinding &a = one->findings[i], &b = m_report.findings[i];
        QVERIFY2(a == b, qPrintable(a.message + QStringLiteral(" | ") + b.message + QStringLiteral(" | ") + QString::number(a.value) + QStringLiteral(" ")
                                    + QString::number(b.value) + QStringLiteral(" ") + QString::number(a.x) + QStringLiteral(" ") + QString::number(b.x)));
    }
    QCOMPARE(three->findings, m_report.findings);
}

void TestQc::onlyImagesRestrictsFindings()
{
    QcOptions options;
    options.otherSets = {m_other.get()};
    options.onlyImages = {m_set->store.imageIndex(test::images::kSparse)};
    const auto report = QcRunner::run(*m_set, options);
    QVERIFY(report);
    QCOMPARE(int(report->findings.size()), 1);
    QCOMPARE(report->findings.front().check, QcCheck::SparseImage);
    QCOMPARE(report->images, 1);
    QCOMPARE(report->annotations, qint64(3));
    // Dataset statistics still come from the whole set: the tiny cell is an outlier when its image is asked.
    options.onlyImages = {m_set->store.imageIndex(test::images::kMain)};
    const auto main = QcRunner::run(*m_set, options);
    QCOMPARE(main->count(QcCheck::AreaOutlier), 1);
    QCOMPARE(main->count(QcCheck::SparseImage), 0);
}

void TestQc::disabledChecksAreSkipped()
{
    QcOptions options;
    options.enabled.fill(false);
    options.enabled[std::size_t(QcCheck::EmptyImage)] = true;
    const auto report = QcRunner::run(*m_set, options);
    QCOMPARE(int(report->findings.size()), 1);
    QCOMPARE(report->findings.front().check, QcCheck::EmptyImage);
}

void TestQc::cancelStopsTheRun()
{
    std::atomic_bool cancel{true};
    QcOptions options;
    options.cancel = &cancel;
    QVERIFY(!QcRunner::run(*m_set, options));
    cancel = false;
    qint64 lastDone = -1, lastTotal = -1;
    options.progress = [&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    };
    QVERIFY(QcRunner::run(*m_set, options));
    QCOMPARE(lastDone, lastTotal);
    QCOMPARE(lastTotal, qint64(m_set->store.liveAnnotationCount()) - 1);
}

void TestQc::outOfMemoryIsAnError()
{
    // Before, the std::bad_alloc left QcRunner::run: livecell-cli qc aborted, and so did the application
    // when its findings dock re-checked edited images on the GUI thread.
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    QString error;
    const auto set = CocoReader::readFile(test::realValJson(), &error);
    QVERIFY2(set, qPrintable(error));
    QcOptions options;
    options.threads = 2;
    std::optional<QcReport> report;
    {
        test::AddressSpaceLimit limit(64 * 1024);
        QVERIFY(limit.active());
        report = QcRunner::run(*set, options, &error);
    }
    QVERIFY(!report);
    QCOMPARE(error, QStringLiteral("%1: not enough memory to run the quality checks on its %2 cells.")
                        .arg(test::realValJson(), QLocale().toString(1243)));
    // With the memory back, the same set is checked as ever.
    error.clear();
    report = QcRunner::run(*set, options, &error);
    QVERIFY(report);
    QVERIFY(error.isEmpty());
    QCOMPARE(report->annotations, qint64(1243));
    QCOMPARE(report->count(QcCheck::SelfIntersection), 12);
}

void TestQc::exportJsonAndCsv()
{
    const QString dismissedKey = findingsOf(m_report, QcCheck::HeavyOverlap).front()->key();
    const json j = json::parse(QcExport::toJson(m_report, QStringLiteral("fixture.json"), {dismissedKey}).toStdString());
    QCOMPARE(j["findings"].size(), std::size_t(kQcCheckCount));
    QCOMPARE(j["summary"]["near-duplicate"].get<int>(), 1);
    int dismissed = 0;
    for (const json& f : j["findings"]) {
        QVERIFY(f.contains("check") && f.contains("severity") && f.contains("image_id") && f.contains("annotation_ids")
                && f.contains("message"));
        dismissed += f.value("dismissed", false);
        if (f["check"] == "near-duplicate") {
            QCOMPARE(f["annotation_ids"], json({5007, 5008}));
            QVERIFY(f["value"].get<double>() >= 0.8);
        }
    }
    QCOMPARE(dismissed, 1);
    const QList<QByteArray> lines = QcExport::toCsv(m_report).trimmed().split('\n');
    QCOMPARE(lines.size(), kQcCheckCount + 1);
    QVERIFY(lines.front().startsWith("check,severity,image_id,annotation_ids"));
    QVERIFY(QcExport::toCsv(m_report).contains("near-duplicate,warning,1,5007 5008,"));
}

void TestQc::exportWritesTheFileInPieces()
{
    // A finding at a time, spelt as nlohmann's dump(1) of the whole document, which the format always was.
    const QString dismissedKey = findingsOf(m_report, QcCheck::HeavyOverlap).front()->key();
    const QByteArray bytes = QcExport::toJson(m_report, QStringLiteral("a \"quoted\"\nname.json"), {dismissedKey});
    QCOMPARE(bytes, QByteArray::fromStdString(json::parse(bytes.toStdString()).dump(1)) + '\n');
    QcReport none = m_report;
    none.findings.clear();
    const QByteArray empty = QcExport::toJson(none, QStringLiteral("fixture.json"));
    QCOMPARE(empty, QByteArray::fromStdString(json::parse(empty.toStdString()).dump(1)) + '\n');
    QVERIFY(empty.contains("\"findings\": [],"));
    // The files hold the same bytes.
    QTemporaryDir dir;
    QString error;
    const QString jsonPath = dir.filePath(QStringLiteral("findings.json")), csvPath = dir.filePath(QStringLiteral("f.csv"));
    QVERIFY2(QcExport::writeJson(jsonPath, m_report, QStringLiteral("a \"quoted\"\nname.json"), {dismissedKey}, &error),
             qPrintable(error));
    QCOMPARE(test::readAll(jsonPath), bytes);
    QVERIFY2(QcExport::writeCsv(csvPath, m_report, {dismissedKey}, &error), qPrintable(error));
    QCOMPARE(test::readAll(csvPath), QcExport::toCsv(m_report, {dismissedKey}));
    // A file that cannot be written is named.
    const QString nowhere = dir.filePath(QStringLiteral("missing/findings.json"));
    QVERIFY(!QcExport::writeJson(nowhere, m_report, QString(), {}, &error));
    QVERIFY2(error.startsWith(nowhere + QStringLiteral(": cannot write")), qPrintable(error));
}

void TestQc::exportShortOfMemoryKeepsThePreviousFile()
{
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("findings.json"));
    QVERIFY(test::writeAll(path, "previous"));
    QString error;
    bool written = true;
    {
        test::AddressSpaceLimit limit(64 * 1024);
        QVERIFY(limit.active());
        written = QcExport::writeJson(path, m_report, QStringLiteral("fixture.json"), {}, &error);
    }
    QVERIFY(!written);
    QCOMPARE(error, QStringLiteral("%1: not enough memory to write it; the previous file is unchanged").arg(path));
    QCOMPARE(test::readAll(path), QByteArray("previous"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("findings.json")});
    QVERIFY2(QcExport::writeCsv(path, m_report, {}, &error), qPrintable(error));   // with the memory back
}

void TestQc::realSample()
{
    QString error;
    const auto set = CocoReader::readFile(test::realValJson(), &error);
    QVERIFY2(set, qPrintable(error));
    const auto images = ImageSource::open(test::realImagesDir(), &error);
    QVERIFY2(images, qPrintable(error));
    QcOptions options;
    options.images = images.get();
    const auto report = QcRunner::run(*set, options);
    QVERIFY(report);
    for (int c = 0; c < kQcCheckCount; ++c)
        qInfo("%-20s %d", qPrintable(qcCheckId(QcCheck(c))), report->count(QcCheck(c)));
    // What the real 5-image sample (1,243 cells) holds, checked by hand: 12 outlines that fold back
    // on themselves or cross (e.g. 100657 runs down x = 0 and back up; 92987 crosses near (250.8, 12.5)).
    // Its many repeated consecutive vertices and vertices on x = 704 are not flagged.
    QCOMPARE(report->count(QcCheck::SelfIntersection), 12);
    QCOMPARE(report->count(QcCheck::OutsideImage), 0);
    QCOMPARE(report->count(QcCheck::DegenerateRing), 0);
    QCOMPARE(report->count(QcCheck::OddCoordinates), 0);
    // area and bbox are the ring's shoelace area and float extent in LIVECell: all consistent.
    QCOMPARE(report->count(QcCheck::AreaMismatch), 0);
    QCOMPARE(report->count(QcCheck::BboxMismatch), 0);
    // Two small contours lying entirely inside another cell (checked against a literal Python port of
    // pycocotools' rleFrPoly over every pair): 100645 in 100704, 1037379 in 1037359. No near-duplicates.
    QCOMPARE(report->count(QcCheck::NearDuplicate), 0);
    const auto heavy = findingsOf(*report, QcCheck::HeavyOverlap);
    QCOMPARE(int(heavy.size()), 2);
    QCOMPARE(heavy[0]->annotationIds, (std::vector<qint64>{100645, 100704}));
    QCOMPARE(heavy[1]->annotationIds, (std::vector<qint64>{1037359, 1037379}));
    // One MCF7 cell 9× the MCF7 median (z = 5.0).
    QCOMPARE(report->count(QcCheck::AreaOutlier), 1);
    QCOMPARE(findingsOf(*report, QcCheck::AreaOutlier).front()->annotationIds, std::vector<qint64>{513222});
    for (QcCheck c : {QcCheck::DuplicateFileName, QcCheck::SplitLeakage, QcCheck::SparseImage, QcCheck::EmptyImage,
                      QcCheck::ImageMissing, QcCheck::OrphanAnnotation})
        QCOMPARE(report->count(c), 0);
    QCOMPARE(report->annotations, qint64(1243));
}

void TestQc::cliRoundTrip()
{
    if (test::kThreadSanitizer)
        QSKIP("starting a process aborts inside clang 14's TSan runtime (see testutil.h)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const test::QcFixture fixture;
    const QString annotations = dir.filePath(QStringLiteral("fixture.json"));
    const QString other = dir.filePath(QStringLiteral("other.json"));
    QVERIFY(test::writeAll(annotations, fixture.json()));
    QVERIFY(test::writeAll(other, test::QcFixture::otherSplitJson()));
    QDir(dir.path()).mkdir(QStringLiteral("images"));
    for (const QString& name : fixture.presentImageNames())
        QVERIFY(test::writeAll(dir.filePath(QStringLiteral("images/") + name), "II*\0"));
    const QString report = dir.filePath(QStringLiteral("report.json"));
    const auto r = test::runCli({QStringLiteral("qc"), annotations, QStringLiteral("--images"),
                                 dir.filePath(QStringLiteral("images")), QStringLiteral("--other-split"), other,
                                 QStringLiteral("--out"), report, QStringLiteral("--csv"),
                                 dir.filePath(QStringLiteral("report.csv"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (int c = 0; c < kQcCheckCount; ++c) {
        const QRegularExpression line(QStringLiteral("\\n%1 +(info|warning|error) +1\\n").arg(qcCheckId(QcCheck(c))));
        QVERIFY2(line.match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
    }
    const json j = json::parse(test::readAll(report).toStdString());
    QCOMPARE(j["findings"].size(), std::size_t(kQcCheckCount));
    QCOMPARE(j["findings"][0]["check"], "self-intersection");
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("report.csv"))));

    const auto failing = test::runCli({QStringLiteral("qc"), annotations, QStringLiteral("--fail-on"), QStringLiteral("error")});
    QCOMPARE(failing.exitCode, 1);
    const auto missing = test::runCli({QStringLiteral("qc"), dir.filePath(QStringLiteral("nope.json"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("nope.json"));
    const auto badOption = test::runCli({QStringLiteral("qc"), annotations, QStringLiteral("--fail-on"), QStringLiteral("x")});
    QCOMPARE(badOption.exitCode, 2);
}

CURATOR_LIMITED_MEMORY_MAIN(TestQc)
#include "tst_qc.moc"
