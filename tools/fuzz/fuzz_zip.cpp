// libFuzzer target: zip indexing and entry reading (the archive comes from a temporary file,
// since images.zip is always read in place).
#include "tools/fuzz/fuzztarget.h"
#include "model/io/zipimagesource.h"

#include <QFile>
#include <QTemporaryDir>


using namespace curator;

CURATOR_FUZZ_TARGET(zip)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.zip"));
    {
        QFile f(path);
        CURATOR_FUZZ_REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    QString error;
    auto source = ZipImageSource::open(path, &error, 1 << 20);
    if (!source) {
        CURATOR_FUZZ_REQUIRE(error.contains(path));
        return 0;
    }
    for (const QString& name : source->baseNames()) {
        const auto bytes = source->read(name, &error);
        CURATOR_FUZZ_REQUIRE(!bytes || bytes->size() <= (1 << 20)); // the entry-size guard must hold
    }
    return 0;
}
