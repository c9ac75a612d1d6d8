#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace curator::test {

QString realDataDir() { return QDir::cleanPath(QStringLiteral(CURATOR_SHARED_DIR "/realdata/livecell")); }

QString realValJson()
{
    return realDataDir() + QStringLiteral("/oasisartisan_1pct_subset/dataset/livecell_coco_val.json");
}

QString realImagesDir()
{
    return realDataDir() + QStringLiteral("/oasisartisan_1pct_subset/dataset/images/livecell_train_val_images");
}

QString referenceEvalDir() { return QDir::cleanPath(QStringLiteral(CURATOR_SHARED_DIR "/reference/eval")); }

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

ProcessResult runCli(const QStringList& args, const QString& workingDir)
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(CURATOR_CLI), args);
    ProcessResult r;
    if (!p.waitForFinished(5 * 60 * 1000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timeout";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace curator::test
