// EvalLoader: both files of an evaluation read at once, progress over both, a message naming the file
// that failed, and both read on the calling thread where no second thread can start.
#include "testutil.h"

#include "model/eval/evalloader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace curator;

class TestEvalLoader : public QObject
{
    Q_OBJECT
private slots:
    // First: glibc keeps the stacks of finished threads for new ones, which would start within the limit.
    void withoutASecondThread();
    void readsBothWithProgress();
    void messageNamesTheFailingFile_data();
    void messageNamesTheFailingFile();

private:
    static QString gt() { return test::referenceEvalDir() + QStringLiteral("/real_val_gt.json"); }
    static QString results() { return test::referenceEvalDir() + QStringLiteral("/real_val_results.json"); }
};

void TestEvalLoader::readsBothWithProgress()
{
    EvalLoader::Options options;
    qint64 last = 0, total = 0;
    bool ascending = true;
    options.progress = [&](qint64 done, qint64 of) {   // serialised by the loader
        ascending = ascending && done >= last;
        last = done;
        total = of;
    };
    QString error;
    const auto sources = EvalLoader::load(gt(), results(), &error, options);
    QVERIFY2(sources, qPrintable(error));
    QVERIFY(sources->groundTruth->store.imageCount() > 0);
    QVERIFY(sources->groundTruth->store.annotationCount() > 0);
    QCOMPARE(sources->predictions->store.imageCount(), 0);   // a results list
    QVERIFY(sources->predictions->store.annotationCount() > 0);
    QCOMPARE(total, QFileInfo(gt()).size() + QFileInfo(results()).size());
    QVERIFY(ascending);
    QCOMPARE(last, total);
}

void TestEvalLoader::messageNamesTheFailingFile_data()
{
    QTest::addColumn<bool>("groundTruthFails");
    QTest::newRow("ground truth") << true;
    QTest::newRow("predictions") << false;
}

void TestEvalLoader::messageNamesTheFailingFile()
{
    QFETCH(bool, groundTruthFails);
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(test::writeAll(broken, "[{\"image_id\": 1, \"score\": "));
    QString error;
    const auto sources = groundTruthFails ? EvalLoader::load(broken, results(), &error)
                                          : EvalLoader::load(gt(), broken, &error);
    QVERIFY(!sources);
    QVERIFY2(error.contains(broken), qPrintable(error));
}

void TestEvalLoader::withoutASecondThread()
{
    // The second file used to be read on a std::thread of its own, whose failure to start threw
    // std::system_error out of the loader (an uncaught exception in livecell-cli eval).
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    QString error;
    std::optional<EvalSources> sources;
    {
        test::AddressSpaceLimit limit(test::threadStackBytes() / 2);   // the files fit, a thread's stack does not
        QVERIFY(limit.active());
        sources = EvalLoader::load(gt(), results(), &error);
    }
    QVERIFY2(sources, qPrintable(error));
    QVERIFY(sources->groundTruth->store.annotationCount() > 0);
    QVERIFY(sources->predictions->store.annotationCount() > 0);
}

CURATOR_LIMITED_MEMORY_MAIN(TestEvalLoader)
#include "tst_evalloader.moc"
