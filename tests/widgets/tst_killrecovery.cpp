// The promise that matters most: edits made in the running application survive kill -9. The test
// starts the real livecell-curator process on a copy of the real LIVECell val file, edits through
// its --automation hook (the same document API and actions the GUI uses), kills it with SIGKILL,
// starts it again, answers the recovery prompt with "Restore" and checks that the restored state is
// byte for byte the state before the kill, and that undoing its steps leads back to the file.
#include "testutil.h"

#include "model/journal.h"
#include "model/reviewstate.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace curator;
using namespace curator::test;

namespace {

/** One running livecell-curator --automation process. */
class Curator
{
public:
    Curator(const QTemporaryDir& home, const QString& json)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(CURATOR_GUI), {QStringLiteral("--automation"), QStringLiteral("--lang"),
                                                      QStringLiteral("en"), json, realImagesDir()});
    }
    ~Curator()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    bool started() { return m_process.waitForStarted(30000); }

    /** Sends @p command and returns the answer line (without "\n"); empty on timeout. */
    QString send(const QString& command, int timeoutMs = 60000)
    {
        m_process.write(command.toUtf8() + '\n');
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine()) {
            if (timer.elapsed() > timeoutMs || !m_process.waitForReadyRead(int(timeoutMs - timer.elapsed()))) {
                qWarning("no answer to %s; stderr: %s", qPrintable(command), m_process.readAllStandardError().constData());
                return {};
            }
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    void killHard()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10000);
    }

    QProcess& process() { return m_process; }

private:
    QProcess m_process;
};

} // namespace

class TestKillRecovery : public QObject
{
    Q_OBJECT

private slots:
    void editsSurviveKillMinus9()
    {
        QTemporaryDir home;
        QTemporaryDir data;
        const QString json = data.filePath(QStringLiteral("livecell_coco_val.json"));
        QVERIFY(QFile::copy(realValJson(), json));
        QFile::setPermissions(json, QFile::permissions(json) | QFileDevice::WriteOwner);
        const QByteArray original = readAll(json);

        const QString before = data.filePath(QStringLiteral("before_kill.json"));
        {
            Curator app(home, json);
            QVERIFY(app.started());
            QVERIFY(app.send(QStringLiteral("wait-loaded")).startsWith(QStringLiteral("ok 1 ")));
            QCOMPARE(app.send(QStringLiteral("recovery")), QStringLiteral("ok none"));
            // Cell ids of the real file (image 0's first cells).
            QCOMPARE(app.send(QStringLiteral("delete-cells 512648")), QStringLiteral("ok"));
            QCOMPARE(app.send(QStringLiteral("move-cells 3.5 -2 512649 512650")), QStringLiteral("ok"));
            QCOMPARE(app.send(QStringLiteral("move-vertex 512651 0 0 525.0 318.25")), QStringLiteral("ok"));
            QVERIFY(app.send(QStringLiteral("add-cell 0 10 10 40 12 38 35 12 30")).startsWith(QStringLiteral("ok ")));
            QCOMPARE(app.send(QStringLiteral("flag-cells 512652")), QStringLiteral("ok"));
            QCOMPARE(app.send(QStringLiteral("review-image 1")), QStringLiteral("ok"));
            QCOMPARE(app.send(QStringLiteral("undo")), QStringLiteral("ok"));          // the review mark
            QCOMPARE(app.send(QStringLiteral("delete-cells 512653")), QStringLiteral("ok"));
            QCOMPARE(app.send(QStringLiteral("modified")), QStringLiteral("ok yes"));
            QCOMPARE(app.send(QStringLiteral("export ") + before), QStringLiteral("ok"));
            app.killHard();
            QCOMPARE(app.process().exitStatus(), QProcess::CrashExit);
        }
        QCOMPARE(readAll(json), original); // nothing was saved
        QVERIFY(readAll(before) != original);

        const QString after = data.filePath(QStringLiteral("after_restore.json"));
        const QString undone = data.filePath(QStringLiteral("after_undoing_all.json"));
        {
            Curator app(home, json);
            QVERIFY(app.started());
            QVERIFY(app.send(QStringLiteral("wait-loaded")).startsWith(QStringLiteral("ok 1 ")));
            const QString recovery = app.send(QStringLiteral("recovery"));
            QVERIFY2(recovery.startsWith(QStringLiteral("ok 0 ")), qPrintable(recovery));
            QCOMPARE(app.send(QStringLiteral("restore")), QStringLiteral("ok"));
            QCOMPARE(app.send(QStringLiteral("modified")), QStringLiteral("ok yes"));
            QCOMPARE(app.send(QStringLiteral("export ") + after), QStringLiteral("ok"));
            // Undoable as in the killed session: its six steps go back to the file as it is on disk.
            for (int step = 0; step < 6; ++step)
                QCOMPARE(app.send(QStringLiteral("undo")), QStringLiteral("ok"));
            QCOMPARE(app.send(QStringLiteral("undo")), QStringLiteral("error nothing to undo"));
            QCOMPARE(app.send(QStringLiteral("modified")), QStringLiteral("ok no"));
            QCOMPARE(app.send(QStringLiteral("export ") + undone), QStringLiteral("ok"));
            QCOMPARE(app.send(QStringLiteral("quit-discard")), QStringLiteral("ok"));
            QVERIFY(app.process().waitForFinished(30000));
        }
        QCOMPARE(readAll(undone), original);
        QCOMPARE(readAll(after), readAll(before));
        QCOMPARE(readAll(after + QStringLiteral(".review")), readAll(before + QStringLiteral(".review")));
        QVERIFY(readAll(after + QStringLiteral(".review")).contains("512652"));
        QVERIFY(!Journal::findRecoverable(json)); // discarded on the way out
    }
};

QTEST_GUILESS_MAIN(TestKillRecovery)
#include "tst_killrecovery.moc"
