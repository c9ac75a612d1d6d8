#include "testutil.h"

#include <QDir>
#include <QFile>
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

bool removeImageFromCoco(const QString& path, qint64 imageId)
{
    QJsonObject coco = QJsonDocument::fromJson(readAll(path)).object();
    const auto keep = [imageId](const QJsonValue& v, const char* key) {
        return v.toObject().value(QLatin1String(key)).toInteger() != imageId;
    };
    QJsonArray images, annotations;
    for (const QJsonValue image : coco.value(QStringLiteral("images")).toArray())
        if (keep(image, "id"))
            images.append(image);
    const QJsonValue all = coco.value(QStringLiteral("annotations"));
    const QJsonArray list = all.isArray() ? all.toArray() : QJsonArray::fromVariantList(all.toObject().toVariantMap().values());
    for (const QJsonValue a : list)
        if (keep(a, "image_id"))
            annotations.append(a);
    if (images.size() == coco.value(QStringLiteral("images")).toArray().size())
        return false;
    coco.insert(QStringLiteral("images"), images);
    coco.insert(QStringLiteral("annotations"), annotations);
    return writeAll(path, QJsonDocument(coco).toJson(QJsonDocument::Compact));
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

void takeLargeBlocksFromTheSystem() { mallopt(M_MMAP_THRESHOLD, 128 * 1024); }

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
