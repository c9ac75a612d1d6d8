#include "model/io/savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <new>

namespace curator {

bool saveFileInChunks(const QString& path, const std::function<bool(const WriteChunk&)>& produce, QString* error)
{
    QSaveFile file(path);
    bool written = file.open(QIODevice::WriteOnly);
    if (written) {
        const WriteChunk write = [&file, &written](QByteArrayView chunk) {
            written = written && file.write(chunk.data(), chunk.size()) == chunk.size();
            return written;
        };
        try {
            written = produce(write) && written;
        } catch (const std::bad_alloc&) {
            file.cancelWriting();
            if (error)
                *error = QCoreApplication::translate("curator::SaveFile",
                                                     "%1: not enough memory to write it; the previous file is unchanged")
                             .arg(path);
            return false;
        }
    }
    if (written && file.commit())
        return true;
    file.cancelWriting();
    if (error)
        *error = QCoreApplication::translate("curator::SaveFile", "%1: cannot write (%2)").arg(path, file.errorString());
    return false;
}

bool saveFile(const QString& path, const QByteArray& bytes, QString* error)
{
    return saveFileInChunks(path, [&bytes](const WriteChunk& write) { return write(bytes); }, error);
}

} // namespace curator
