// Go ▸ Go to Id's lookup: what the user may type, and where an annotation id or an image id of the
// real val file (and of a results list imported beside it) leads.
#include "reviewfixture.h"
#include "testutil.h"

#include "model/idlookup.h"
#include "model/review/predictionreview.h"

#include <QtTest>

using namespace curator;

class TestIdLookup : public QObject
{
    Q_OBJECT

    test::ReviewSample m_sample;

private slots:
    void initTestCase() { m_sample.init(); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("image");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("imageWord");
        QTest::newRow("annotation") << "92945" << true << false << qint64(92945) << QString();
        QTest::newRow("spaces") << "  92945 " << true << false << qint64(92945) << QString();
        QTest::newRow("hash") << "#17" << true << false << qint64(17) << QString();
        QTest::newRow("zero") << "0" << true << false << qint64(0) << QString();
        QTest::newRow("image") << "image 512647" << true << true << qint64(512647) << QString();
        QTest::newRow("Image colon") << "Image: 512647" << true << true << qint64(512647) << QString();
        QTest::newRow("img joined") << "img512647" << true << true << qint64(512647) << QString();
        QTest::newRow("large") << "123456789012345678" << true << false << qint64(123456789012345678) << QString();
        QTest::newRow("translated word") << "Bild 512647" << true << true << qint64(512647) << QStringLiteral("Bild");
        QTest::newRow("translated, English too") << "image 5" << true << true << qint64(5) << QStringLiteral("Bild");
        QTest::newRow("word of another language") << "Bild 5" << false << false << qint64(0) << QString();
        QTest::newRow("word taken literally") << "x5" << false << false << qint64(0) << QStringLiteral(".");
        QTest::newRow("empty") << "" << false << false << qint64(0) << QString();
        QTest::newRow("negative") << "-5" << false << false << qint64(0) << QString();
        QTest::newRow("fraction") << "12.5" << false << false << qint64(0) << QString();
        QTest::newRow("word") << "cell 12" << false << false << qint64(0) << QString();
        QTest::newRow("too long") << "1234567890123456789012" << false << false << qint64(0) << QString();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, imageWord);
        const std::optional<IdQuery> query = parseIdQuery(text, imageWord);
        QCOMPARE(query.has_value(), valid);
        if (!valid)
            return;
        QFETCH(bool, image);
        QFETCH(qint64, id);
        QCOMPARE(query->kind == IdQuery::Image, image);
        QCOMPARE(query->id, id);
    }

    void findsAnnotationsAndImages()
    {
        Workspace workspace;
        m_sample.open(workspace);
        AnnotationStore& store = workspace.mutableSet(0).store;
        const int image = 2;
        const int a = int(store.annotationsOfImage(image).at(5));
        const qint64 id = store.annotationId(a);

        std::optional<IdTarget> found = findById(workspace, {IdQuery::Annotation, id}, 0);
        QVERIFY(found);
        QCOMPARE(found->cell, (CellKey{0, a}));
        QCOMPARE(found->image, (ImageKey{0, image}));
        QCOMPARE(found->fileName, store.image(image).fileName);

        found = findById(workspace, {IdQuery::Image, store.image(image).id}, 0);
        QVERIFY(found);
        QVERIFY(!found->cell.isValid());
        QCOMPARE(found->image, (ImageKey{0, image}));
        QCOMPARE(found->fileName, store.image(image).fileName);

        // An image id is not an annotation id, nor the other way round.
        QVERIFY(!findById(workspace, {IdQuery::Annotation, store.image(image).id}, 0));
        QVERIFY(!findById(workspace, {IdQuery::Image, id}, 0));

        // A deleted cell is gone.
        store.setDeleted(a, true);
        QVERIFY(!findById(workspace, {IdQuery::Annotation, id}, 0));
        store.setDeleted(a, false);
        QVERIFY(findById(workspace, {IdQuery::Annotation, id}, 0));
    }

    void predictionsLeadToTheGroundTruthsImage()
    {
        Workspace workspace;
        m_sample.open(workspace);
        PredictionReview review(&workspace);
        review.importResults(m_sample.results());
        review.waitForFinished();
        QCOMPARE(workspace.setCount(), 2);
        const AnnotationStore& results = workspace.set(1).store;
        QCOMPARE(results.imageCount(), 0);
        const int p = 0;
        const qint64 id = results.annotationId(p);
        QVERIFY(workspace.set(0).store.annotationIndex(id) < 0);   // results count from 1, LIVECell's ids do not

        const std::optional<IdTarget> found = findById(workspace, {IdQuery::Annotation, id}, 0);
        QVERIFY(found);
        QCOMPARE(found->cell, (CellKey{1, p}));
        const int gtImage = workspace.set(0).store.imageIndex(results.annotationImageId(p));
        QVERIFY(gtImage >= 0);
        QCOMPARE(found->image, (ImageKey{0, gtImage}));
        QCOMPARE(found->fileName, workspace.set(0).store.image(gtImage).fileName);

        // The preferred set is searched first, then the others.
        const qint64 gtId = workspace.set(0).store.annotationId(0);
        QCOMPARE(findById(workspace, {IdQuery::Annotation, gtId}, 1)->cell, (CellKey{0, 0}));
        QCOMPARE(findById(workspace, {IdQuery::Annotation, id}, 1)->cell, (CellKey{1, p}));
    }
};

QTEST_GUILESS_MAIN(TestIdLookup)
#include "tst_idlookup.moc"
