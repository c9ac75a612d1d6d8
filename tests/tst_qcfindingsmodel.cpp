// The findings worklist's item model: one group per check with its findings below, counts that
// leave out dismissed findings, a filter that hides empty groups and dismissed findings, and
// in-place replacement of one image's findings after an edit.
#include "qcfixture.h"

#include "model/io/cocoreader.h"
#include "model/io/imagesource.h"
#include "model/qc/qcfindingsfilter.h"
#include "model/qc/qcfindingsmodel.h"
#include "model/qc/qcrunner.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace curator;
using curator::test::NameSource;

class TestQcFindingsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groupsHoldOneFindingPerPlantedProblem();
    void dismissedFindingsLeaveTheCounts();
    void filterHidesEmptyGroupsAndDismissed();
    void sortingBySeverityPutsErrorsFirst();
    void replaceImagesKeepsOtherFindings();

private:
    std::unique_ptr<AnnotationSet> m_set;
    std::unique_ptr<AnnotationSet> m_other;
    QcReport m_report;
};

void TestQcFindingsModel::initTestCase()
{
    QString error;
    m_set = CocoReader::readBytes(test::QcFixture().json(), QStringLiteral("fixture.json"), &error);
    QVERIFY2(m_set, qPrintable(error));
    m_other = CocoReader::readBytes(test::QcFixture::otherSplitJson(), QStringLiteral("other.json"), &error);
    QVERIFY2(m_other, qPrintable(error));
    const NameSource images(test::QcFixture().presentImageNames());
    QcOptions options;
    options.otherSets = {m_other.get()};
    options.images = &images;
    const auto report = QcRunner::run(*m_set, options);
    QVERIFY(report);
    m_report = *report;
}

void TestQcFindingsModel::groupsHoldOneFindingPerPlantedProblem()
{
    QcFindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(m_report, &m_set->store);
    QCOMPARE(model.rowCount(), kQcCheckCount);
    const QModelIndex dup = model.groupIndex(QcCheck::NearDuplicate);
    QCOMPARE(model.rowCount(dup), 1);
    QCOMPARE(dup.data().toString(), qcCheckTitle(QcCheck::NearDuplicate) + QStringLiteral(" (1)"));
    const QModelIndex finding = model.index(0, QcFindingsModel::CellsColumn, dup);
    QCOMPARE(finding.data().toString(), QStringLiteral("5007, 5008"));
    QCOMPARE(finding.siblingAtColumn(QcFindingsModel::ImageColumn).data().toString(),
             QStringLiteral("A172_Phase_C7_1_02d16h00m_2.tif"));
    QCOMPARE(finding.data(QcFindingsModel::KeyRole).toString(), QStringLiteral("near-duplicate/1/5007,5008"));
    QVERIFY(!finding.siblingAtColumn(QcFindingsModel::ValueColumn).data().toString().isEmpty()); // the IoU
    QCOMPARE(model.finding(finding)->annotationIds, (std::vector<qint64>{5007, 5008}));
    QCOMPARE(model.activeCount(), kQcCheckCount);
    QCOMPARE(model.activeImageCount(), 6);   // images 1, 2, 3, 4, 6, 7; the orphan has none
    // The orphan's image is unknown: it says so instead of showing an empty cell.
    const QModelIndex orphan = model.index(0, QcFindingsModel::ImageColumn, model.groupIndex(QcCheck::OrphanAnnotation));
    QVERIFY(orphan.data().toString().contains(QStringLiteral("999999")));
}

void TestQcFindingsModel::dismissedFindingsLeaveTheCounts()
{
    QcFindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDismissedKeys({QStringLiteral("empty-image/4/")}); // remembered before the findings exist
    model.setReport(m_report, &m_set->store);
    QCOMPARE(model.activeCount(QcCheck::EmptyImage), 0);
    QCOMPARE(model.dismissedCount(), 1);
    QCOMPARE(model.activeImageCount(), 5);   // the empty image has nothing else
    QVERIFY(model.groupIndex(QcCheck::EmptyImage).data().toString().contains(QStringLiteral("1 dismissed")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDismissed(QStringLiteral("near-duplicate/1/5007,5008"), true);
    QVERIFY(changed.count() >= 2); // the finding and its group's count
    QCOMPARE(model.activeCount(), kQcCheckCount - 2);
    model.setDismissed(QStringLiteral("near-duplicate/1/5007,5008"), false);
    QCOMPARE(model.activeCount(QcCheck::NearDuplicate), 1);
}

void TestQcFindingsModel::filterHidesEmptyGroupsAndDismissed()
{
    QcFindingsModel model;
    QcFindingsFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(filter.rowCount(), 0); // no run yet: no empty groups either
    model.setReport(m_report, &m_set->store);
    QCOMPARE(filter.rowCount(), kQcCheckCount);
    model.setDismissed(QStringLiteral("empty-image/4/"), true);
    QCOMPARE(filter.rowCount(), kQcCheckCount - 1);
    filter.setShowDismissed(true);
    QCOMPARE(filter.rowCount(), kQcCheckCount);
}

void TestQcFindingsModel::sortingBySeverityPutsErrorsFirst()
{
    QcFindingsModel model;
    QcFindingsFilter filter;
    filter.setSourceModel(&model);
    model.setReport(m_report, &m_set->store);
    filter.sort(QcFindingsModel::SeverityColumn, Qt::DescendingOrder);
    int previous = int(QcSeverity::Error);
    for (int r = 0; r < filter.rowCount(); ++r) {
        const int severity = int(qcDefaultSeverity(QcCheck(filter.index(r, 0).data(QcFindingsModel::CheckRole).toInt())));
        QVERIFY(severity <= previous);
        previous = severity;
    }
    QCOMPARE(filter.index(0, QcFindingsModel::SeverityColumn).data().toString(), qcSeverityTitle(QcSeverity::Error));
    QCOMPARE(filter.index(filter.rowCount() - 1, QcFindingsModel::SeverityColumn).data().toString(),
             qcSeverityTitle(QcSeverity::Info));
}

void TestQcFindingsModel::replaceImagesKeepsOtherFindings()
{
    QcFindingsModel model;
    QcFindingsFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(m_report, &m_set->store);
    // Image 1 re-checked after an edit that fixed the near-duplicate and added a new outside vertex.
    std::vector<QcFinding> image1;
    for (const QcFinding& f : m_report.findings) {
        if (f.imageId == test::images::kMain && f.check != QcCheck::NearDuplicate)
            image1.push_back(f);
    }
    QcFinding extra;
    extra.check = QcCheck::OutsideImage;
    extra.imageId = test::images::kMain;
    extra.annotationIds = {4000};
    extra.message = QStringLiteral("moved outside");
    image1.push_back(extra);
    const QPersistentModelIndex empty = model.index(0, 0, model.groupIndex(QcCheck::EmptyImage));
    model.replaceImages({test::images::kMain}, image1, &m_set->store);
    QCOMPARE(model.rowCount(model.groupIndex(QcCheck::NearDuplicate)), 0);
    QCOMPARE(model.rowCount(model.groupIndex(QcCheck::OutsideImage)), 2);
    QCOMPARE(model.index(0, QcFindingsModel::CellsColumn, model.groupIndex(QcCheck::OutsideImage)).data().toString(),
             QStringLiteral("4000")); // sorted by cell id within the image
    QVERIFY(empty.isValid()); // other images' findings were not touched
    QCOMPARE(model.activeCount(), kQcCheckCount);
    QCOMPARE(filter.rowCount(), kQcCheckCount - 1); // the near-duplicate group disappeared
    QCOMPARE(model.activeCount(QcCheck::OrphanAnnotation), 1);
}

QTEST_GUILESS_MAIN(TestQcFindingsModel)
#include "tst_qcfindingsmodel.moc"
