// libFuzzer target: zip indexing and entry reading (the archive comes from a temporary file,
// since images.zip is always read in place).
#include "model/io/zipimagesource.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

using namespace curator;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.zip"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    QString error;
    auto source = ZipImageSource::open(path, &error, 1 << 20);
    if (!source) {
        if (!error.contains(path))
            std::abort();
        return 0;
    }
    for (const QString& name : source->baseNames()) {
        const auto bytes = source->read(name, &error);
        if (bytes && bytes->size() > (1 << 20))
            std::abort(); // the entry-size guard must hold
    }
    return 0;
}
