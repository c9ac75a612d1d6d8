#include "widgets/sampledataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace curator {

namespace {

const QString kResourceRoot = QStringLiteral(":/curator/sample");

bool extractOne(const QString& resource, const QString& target, QString* error)
{
    QFile in(resource);
    QFileInfo existing(target);
    if (existing.isFile() && existing.size() == in.size())
        return true;
    QDir().mkpath(existing.absolutePath());
    QSaveFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) || out.write(in.readAll()) != in.size()
        || !out.commit()) {
        if (error)
            *error = QCoreApplication::translate("curator::SampleDataset", "Could not extract the sample dataset to %1: %2")
                         .arg(QDir::toNativeSeparators(target), out.errorString());
        return false;
    }
    return true;
}

} // namespace

QString SampleDataset::root()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (base.isEmpty())
        base = QDir::tempPath() + QStringLiteral("/livecell-curator");
    return base + QStringLiteral("/sample-livecell-val");
}

QString SampleDataset::location(QString* error)
{
    const QString root = SampleDataset::root();
    QDirIterator it(kResourceRoot, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString resource = it.next();
        if (!extractOne(resource, root + resource.mid(kResourceRoot.size()), error))
            return {};
        ++files;
    }
    if (files == 0) {
        if (error)
            *error = QCoreApplication::translate("curator::SampleDataset", "This build contains no sample dataset.");
        return {};
    }
    return root;
}

QString SampleDataset::attribution()
{
    return QCoreApplication::translate("curator::SampleDataset", "The bundled sample is part of the <b>LIVECell</b> dataset: Edlund, C. et al. "
              "“LIVECell—A large-scale dataset for label-free live cell segmentation”, "
              "<i>Nature Methods</i> 18, 1038–1045 (2021), "
              "<a href=\"https://github.com/sartorius-research/LIVECell\">github.com/sartorius-research/LIVECell</a>. "
              "Licensed under <a href=\"https://creativecommons.org/licenses/by-nc/4.0/\">CC BY-NC 4.0</a> "
              "(non-commercial use, attribution required).");
}

} // namespace curator
