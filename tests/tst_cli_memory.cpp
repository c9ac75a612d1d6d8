// livecell-cli short of memory: every command, run under address-space limits from what the program
// needs to start to what the command needs to finish, ends with an exit code and a message, never an
// abort or a hang.
#include "testutil.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>


using namespace curator;

namespace {

constexpr qint64 kMiB = 1024;   // ulimit -v counts KiB
constexpr int kTimeoutMs = 60 * 1000;

struct Outcome
{
    bool crashed = false;   // a signal (abort, segmentation fault) or the timeout
    int exitCode = -1;
    QByteArray output;      // stderr and stdout together
};

/** livecell-cli @p args with its address space limited to @p limitKiB (ulimit -v; 0: unlimited) from the start. */
Outcome runLimited(qint64 limitKiB, const QStringList& args, const QString& workingDir)
{
    const QString limit = limitKiB > 0 ? QString::number(limitKiB) : QStringLiteral("unlimited");
    QProcess p;
    p.setWorkingDirectory(workingDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), QStringLiteral("ulimit -v %1 && exec \"$@\"").arg(limit),
                                                   QStringLiteral("sh"), QStringLiteral(CURATOR_CLI)}
                                           + args);
    Outcome o;
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        o.crashed = true;
        o.output = "timeout (a hang)\n" + p.readAll();
        return o;
    }
    o.crashed = p.exitStatus() != QProcess::NormalExit;
    o.exitCode = p.exitCode();
    o.output = p.readAll();
    return o;
}

/** The smallest limit in (@p low, @p high] at which @p ok holds, assuming it holds from there up. */
template<typename Ok> qint64 smallestLimit(qint64 low, qint64 high, Ok ok)
{
    while (high - low > 2 * kMiB) {
        const qint64 mid = (low + high) / 2;
        (ok(mid) ? high : low) = mid;
    }
    return high;
}

} // namespace

class TestCliMemory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyCommandEndsWithAMessage_data();
    void everyCommandEndsWithAMessage();

private:
    QTemporaryDir m_dir;
    qint64 m_startLimit = 0;   // what livecell-cli --version needs
};

void TestCliMemory::initTestCase()
{
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    if (test::kThreadSanitizer)
        QSKIP("TSan cannot start processes (see testutil.h)");
    QVERIFY(m_dir.isValid());
    // Large enough that writing the findings or the masks takes memory of its own (12,000 cells).
    const auto synth = test::runCli({QStringLiteral("synth"), m_dir.filePath(QStringLiteral("data")),
                                     QStringLiteral("--images"), QStringLiteral("8"),
                                     QStringLiteral("--cells-per-image"), QStringLiteral("1500")});
    QVERIFY2(synth.exitCode == 0, synth.err.constData());
    // The model's predictions on those images, to evaluate; and two images of their own for the model's
    // runs under the limits, which take a second an image.
    const auto segment = test::runCli({QStringLiteral("segment"), QStringLiteral("--images"),
                                       m_dir.filePath(QStringLiteral("data/images.zip")), QStringLiteral("--out"),
                                       m_dir.filePath(QStringLiteral("results.json"))});
    QVERIFY2(segment.exitCode == 0, segment.err.constData());
    const auto two = test::runCli({QStringLiteral("synth"), m_dir.filePath(QStringLiteral("two")),
                                   QStringLiteral("--images"), QStringLiteral("2"), QStringLiteral("--cells-per-image"),
                                   QStringLiteral("100")});
    QVERIFY2(two.exitCode == 0, two.err.constData());
    m_startLimit = smallestLimit(0, 4096 * kMiB, [this](qint64 limit) {
        const Outcome o = runLimited(limit, {QStringLiteral("--version")}, m_dir.path());
        return !o.crashed && o.exitCode == 0;
    });
    qInfo("livecell-cli starts in %lld MiB of address space", m_startLimit / kMiB);
}

void TestCliMemory::everyCommandEndsWithAMessage_data()
{
    QTest::addColumn<QStringList>("args");
    const QString gt = QStringLiteral("data/annotations/LIVECell/livecell_coco_val.json");
    const QString zip = QStringLiteral("data/images.zip");
    QTest::newRow("info") << QStringList{QStringLiteral("info"), gt, QStringLiteral("--images"), zip};
    QTest::newRow("validate") << QStringList{QStringLiteral("validate"), gt, QStringLiteral("--images"), zip};
    QTest::newRow("stats") << QStringList{QStringLiteral("stats"), gt};
    QTest::newRow("convert") << QStringList{QStringLiteral("convert"), gt, QStringLiteral("out/dict.json"),
                                            QStringLiteral("--annotations-as"), QStringLiteral("dict")};
    QTest::newRow("qc") << QStringList{QStringLiteral("qc"), gt, QStringLiteral("--images"), zip,
                                       QStringLiteral("--out"), QStringLiteral("out/qc.json"), QStringLiteral("--csv"),
                                       QStringLiteral("out/qc.csv")};
    QTest::newRow("masks") << QStringList{QStringLiteral("masks"), gt, QStringLiteral("--images"), zip,
                                          QStringLiteral("--out"), QStringLiteral("out/masks")};
    QTest::newRow("eval") << QStringList{QStringLiteral("eval"), gt, QStringLiteral("results.json"),
                                         QStringLiteral("--per-image"), QStringLiteral("out/per-image.csv")};
    QTest::newRow("synth") << QStringList{QStringLiteral("synth"), QStringLiteral("out/synth"), QStringLiteral("--images"),
                                          QStringLiteral("3"), QStringLiteral("--cells-per-image"), QStringLiteral("300")};
    QTest::newRow("segment") << QStringList{QStringLiteral("segment"), QStringLiteral("--images"),
                                            QStringLiteral("two/images.zip"), QStringLiteral("--out"),
                                            QStringLiteral("out/segment.json")};
}

void TestCliMemory::everyCommandEndsWithAMessage()
{
    QFETCH(QStringList, args);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
    const Outcome unlimited = runLimited(0, args, m_dir.path());
    QVERIFY2(!unlimited.crashed && unlimited.exitCode == 0, unlimited.output.constData());
    QString crash;
    const qint64 enough = smallestLimit(m_startLimit, 4096 * kMiB, [&](qint64 limit) {
        const Outcome o = runLimited(limit, args, m_dir.path());
        if (o.crashed && crash.isEmpty())
            crash = QStringLiteral("under %1 KiB: %2").arg(limit).arg(QString::fromLocal8Bit(o.output));
        return !o.crashed && o.exitCode == 0;
    });
    QVERIFY2(crash.isEmpty(), qPrintable(crash));
    QVERIFY(enough > m_startLimit);
    // Every 1/12 of the way from starting to finishing, wherever memory runs out then.
    constexpr int kSteps = 12;
    int failed = 0;
    for (int step = 0; step < kSteps; ++step) {
        const qint64 limit = m_startLimit + (enough - m_startLimit) * step / kSteps;
        const Outcome o = runLimited(limit, args, m_dir.path());
        const QString where = QStringLiteral("under %1 KiB: %2").arg(limit).arg(QString::fromLocal8Bit(o.output));
        QVERIFY2(!o.crashed, qPrintable(where));
        QVERIFY2(!o.output.contains("terminate called"), qPrintable(where));
        QVERIFY2(o.exitCode >= 0 && o.exitCode <= 3, qPrintable(where));
        if (o.exitCode != 0) {
            QVERIFY2(!o.output.trimmed().isEmpty(), qPrintable(where));
            ++failed;
        }
    }
    QVERIFY(failed > 0);   // the limits did bite
    qInfo("%s: %d of %d limits ran out of memory; %lld MiB were enough", QTest::currentDataTag(), failed, kSteps,
          enough / kMiB);
}

QTEST_GUILESS_MAIN(TestCliMemory)
#include "tst_cli_memory.moc"
