#include "model/io/savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <new>

namespace curator {

bool notEnoughMemoryToSave(const QString& path, QString* error)
{
    if (error)
        *error = QCoreApplication::translate("curator::SaveFile",
                                             "%1: not enough memory to write it; the previous file is unchanged")
                     .arg(path);
    return false;
}

bool writeFileInChunks(const QString& path, const std::function<bool(const WriteChunk&)>& produce, QString* error)
{
    try {
        QSaveFile file(path);   // gone without a commit, it leaves the previous file as it was
        bool written = file.open(QIODevice::WriteOnly);
        if (written) {
            const WriteChunk write = [&file, &written](QByteArrayView chunk) {
                written = written && file.write(chunk.data(), chunk.size()) == chunk.size();
                return written;
            };
            written = produce(write) && written;
        }
        if (written && file.commit())
            return true;
        file.cancelWriting();
        if (error)
            *error = QCoreApplication::translate("curator::SaveFile", "%1: cannot write (%2)")
                         .arg(path, file.errorString());
        return false;
    } catch (const std::bad_alloc&) {
        return notEnoughMemoryToSave(path, error);
    }
}

bool saveFile(const QString& path, const QByteArray& bytes, QString* error)
{
    return saveFileInChunks(path, [&bytes](const WriteChunk& write) { return write(bytes); }, error);
}

} // namespace curator
