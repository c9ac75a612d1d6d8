#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <malloc.h>
#include <pthread.h>
#include <sys/resource.h>

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

bool rewriteImageIds(const QString& source, const QString& target, const QHash<qint64, qint64>& newIds)
{
    QJsonObject coco = QJsonDocument::fromJson(readAll(source)).object();
    bool found = false;
    // Each item under its new id (its own where it has none), or left out at -1.
    const auto rewritten = [&](const QJsonArray& items, const QString& key, bool images) {
        QJsonArray out;
        for (const QJsonValue v : items) {
            QJsonObject item = v.toObject();
            const qint64 id = item.value(key).toInteger();
            found = found || (images && newIds.contains(id));
            const qint64 now = newIds.value(id, id);
            if (now < 0)
                continue;
            item.insert(key, now);
            out.append(item);
        }
        return out;
    };
    const QJsonValue all = coco.value(QStringLiteral("annotations"));
    const QJsonArray list = all.isArray() ? all.toArray() : QJsonArray::fromVariantList(all.toObject().toVariantMap().values());
    coco.insert(QStringLiteral("images"), rewritten(coco.value(QStringLiteral("images")).toArray(), QStringLiteral("id"), true));
    coco.insert(QStringLiteral("annotations"), rewritten(list, QStringLiteral("image_id"), false));
    return found && writeAll(target, QJsonDocument(coco).toJson(QJsonDocument::Compact));
}

bool removeImageFromCoco(const QString& path, qint64 imageId)
{
    return rewriteImageIds(path, path, {{imageId, -1}});
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

qint64 addressSpaceInUse()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmSize:"))
            return line.mid(7).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

qint64 threadStackBytes()
{
    std::size_t bytes = 8 << 20;   // glibc's usual default
    if (pthread_attr_t attr; pthread_getattr_default_np(&attr) == 0) {
        pthread_attr_getstacksize(&attr, &bytes);
        pthread_attr_destroy(&attr);
    }
    return qint64(bytes);
}

void takeLargeBlocksFromTheSystem()
{
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    mallopt(M_ARENA_MAX, 1);
}

AddressSpaceLimit::AddressSpaceLimit(qint64 headroom)
{
    rlimit limit{};
    const qint64 used = addressSpaceInUse();
    if (used <= 0 || getrlimit(RLIMIT_AS, &limit) != 0)
        return;
    m_oldSoft = qint64(limit.rlim_cur);
    limit.rlim_cur = rlim_t(used + headroom);
    m_active = setrlimit(RLIMIT_AS, &limit) == 0;
}

AddressSpaceLimit::~AddressSpaceLimit()
{
    rlimit limit{};
    if (m_active && getrlimit(RLIMIT_AS, &limit) == 0) {
        limit.rlim_cur = rlim_t(m_oldSoft);
        setrlimit(RLIMIT_AS, &limit);
    }
}

} // namespace curator::test
