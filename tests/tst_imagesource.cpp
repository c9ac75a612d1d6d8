// Image sources: images.zip read in place (official nested and flat layouts) and plain folders, found
// by base name; missing names, decompression bombs and corrupt entries give errors, never crashes.
#include "model/io/folderimagesource.h"
#include "model/io/imagesource.h"
#include "model/io/tiffcodec.h"
#include "model/io/zipimagesource.h"
#include "model/io/zipwriter.h"
#include "model/livecellname.h"
#include "testutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <cstring>

using namespace curator;

namespace {

QStringList realNames()
{
    return QDir(test::realImagesDir()).entryList({QStringLiteral("*.tif")}, QDir::Files, QDir::Name);
}

/** images/livecell_{train_val,test}_images/<CellType>/<name> as in LIVECell's images.zip. */
QString officialEntry(const QString& name, bool test)
{
    const QString type = cellTypeName(LivecellName::parse(name).cellType);
    return QStringLiteral("images/%1/%2/%3")
        .arg(test ? QStringLiteral("livecell_test_images") : QStringLiteral("livecell_train_val_images"), type, name);
}

bool writeZip(const QString& path, const QList<QPair<QString, QByteArray>>& entries,
              ZipWriter::Method method = ZipWriter::Method::Deflate)
{
    ZipWriter zip;
    QString error;
    if (!zip.open(path, &error))
        return false;
    for (const auto& [name, bytes] : entries) {
        if (!zip.add(name, bytes, method, &error))
            return false;
    }
    return zip.close(&error);
}

/** Rewrites the uncompressed size that @p zip declares for @p name (local and central headers). */
int patchDeclaredSize(QByteArray& zip, const QByteArray& name, quint32 size)
{
    int patched = 0;
    auto u16 = [&](qsizetype at) { return int(uchar(zip[at]) | uchar(zip[at + 1]) << 8); };
    for (const auto& [signature, nameAt, lengthAt, sizeAt] :
         {std::tuple{QByteArray("PK\x03\x04", 4), 30, 26, 22}, std::tuple{QByteArray("PK\x01\x02", 4), 46, 28, 24}}) {
        for (qsizetype at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 4)) {
            if (u16(at + lengthAt) == name.size() && zip.mid(at + nameAt, name.size()) == name) {
                std::memcpy(zip.data() + at + sizeAt, &size, 4);
                ++patched;
            }
        }
    }
    return patched;
}

/** Writes a zip whose entry @p claiming holds 1,000 bytes but declares @p size, beside an honest
 *  1,000-byte entry @p honest. */
bool writeZipClaiming(const QString& path, const QString& claiming, quint32 size, const QString& honest)
{
    if (!writeZip(path, {{claiming, QByteArray(1000, 'x')}, {honest, QByteArray(1000, 'y')}}))
        return false;
    QByteArray bytes = test::readAll(path);
    return patchDeclaredSize(bytes, claiming.toUtf8(), size) == 2 && test::writeAll(path, bytes);
}

} // namespace

class TestImageSource : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void zipFindsImagesByBaseName_data();
    void zipFindsImagesByBaseName();
    void zipDuplicatesFirstWins();
    void zipSkipsMetadataAndOtherFiles();
    void folderIsScannedRecursively();
    void folderImagesAreStampedByTheirOwnFiles();
    void openChoosesZipOrFolder();
    void missingNameGivesError();
    void declaredSizeOverLimitRefused();
    void entryLargerThanDeclaredStops();
    void outOfMemoryGivesMessage();
    void corruptEntriesGiveErrors();
    void brokenArchiveFailsToOpen();
    void concurrentReadsReturnTheRightBytes();

private:
    QTemporaryDir m_dir;
    QHash<QString, QByteArray> m_real;   // base name → bytes
};

void TestImageSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString& name : realNames())
        m_real.insert(name, test::readAll(test::realImagesDir() + u'/' + name));
    QCOMPARE(m_real.size(), 37);
    QList<QPair<QString, QByteArray>> nested, flat;
    int i = 0;
    for (const QString& name : realNames()) {
        nested.append({officialEntry(name, i++ % 5 == 0), m_real.value(name)});
        flat.append({name, m_real.value(name)});
    }
    QVERIFY(writeZip(m_dir.filePath(QStringLiteral("nested.zip")), nested));
    QVERIFY(writeZip(m_dir.filePath(QStringLiteral("flat.zip")), flat, ZipWriter::Method::Store));
}

void TestImageSource::zipFindsImagesByBaseName_data()
{
    QTest::addColumn<QString>("zip");
    QTest::newRow("official nested layout") << QStringLiteral("nested.zip");
    QTest::newRow("flat layout") << QStringLiteral("flat.zip");
}

void TestImageSource::zipFindsImagesByBaseName()
{
    QFETCH(QString, zip);
    QString error;
    const auto source = ZipImageSource::open(m_dir.filePath(zip), &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->count(), 37);
    QCOMPARE(source->duplicateCount(), 0);
    QStringList names = source->baseNames();
    names.sort();
    QCOMPARE(names, realNames());
    for (const QString& name : realNames()) {
        QVERIFY(source->contains(name));
        const auto bytes = source->read(name, &error);
        QVERIFY2(bytes, qPrintable(error));
        QVERIFY(*bytes == m_real.value(name));
    }
    const auto image = TiffCodec::decode(*source->read(realNames().first(), &error), zip, &error);
    QVERIFY(image && image->size() == QSize(704, 520));
    const QString second = realNames().at(1); // the first went to livecell_test_images
    QCOMPARE(source->entryPath(second), zip == u"nested.zip" ? officialEntry(second, false) : second);
}

void TestImageSource::zipDuplicatesFirstWins()
{
    const QString name = QStringLiteral("A172_Phase_C7_1_02d16h00m_2.tif");
    const QString path = m_dir.filePath(QStringLiteral("dup.zip"));
    QVERIFY(writeZip(path, {{QStringLiteral("images/livecell_train_val_images/A172/") + name, "first"},
                            {QStringLiteral("images/livecell_test_images/A172/") + name, "second"},
                            {name, "third"}}));
    QString error;
    const auto source = ZipImageSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->count(), 1);
    QCOMPARE(source->duplicateCount(), 2);
    QCOMPARE(*source->read(name, &error), QByteArray("first"));
}

void TestImageSource::zipSkipsMetadataAndOtherFiles()
{
    const QString path = m_dir.filePath(QStringLiteral("mac.zip"));
    QVERIFY(writeZip(path, {{QStringLiteral("images/"), QByteArray()},
                            {QStringLiteral("images/x/A.tif"), "a"},
                            {QStringLiteral("__MACOSX/images/x/._A.tif"), "resource fork"},
                            {QStringLiteral("images/x/._B.tif"), "resource fork"},
                            {QStringLiteral("images/readme.txt"), "text"},
                            {QStringLiteral("images/C.PNG"), "c"},
                            {QStringLiteral("images/D.tiff"), "d"}}));
    QString error;
    const auto source = ZipImageSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->baseNames(), QStringList({QStringLiteral("A.tif"), QStringLiteral("C.PNG"), QStringLiteral("D.tiff")}));
    QCOMPARE(source->duplicateCount(), 0);
}

void TestImageSource::folderIsScannedRecursively()
{
    QString error;
    const auto real = FolderImageSource::open(test::realImagesDir(), &error);
    QVERIFY2(real, qPrintable(error));
    QCOMPARE(real->count(), 37);
    QVERIFY(*real->read(realNames().last(), &error) == m_real.value(realNames().last()));

    const QString root = m_dir.filePath(QStringLiteral("folder"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/a/deep/er")) && QDir().mkpath(root + QStringLiteral("/b")));
    QVERIFY(test::writeAll(root + QStringLiteral("/a/deep/er/X.tif"), "deep"));
    QVERIFY(test::writeAll(root + QStringLiteral("/b/X.tif"), "shadowed"));
    QVERIFY(test::writeAll(root + QStringLiteral("/b/Y.TIFF"), "y"));
    QVERIFY(test::writeAll(root + QStringLiteral("/Z.png"), "z"));
    QVERIFY(test::writeAll(root + QStringLiteral("/notes.json"), "{}"));
    QVERIFY(test::writeAll(root + QStringLiteral("/._Z.png"), "mac"));
    const auto folder = FolderImageSource::open(root, &error);
    QVERIFY2(folder, qPrintable(error));
    QStringList names = folder->baseNames();
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("X.tif"), QStringLiteral("Y.TIFF"), QStringLiteral("Z.png")}));
    QCOMPARE(folder->duplicateCount(), 1);
    QCOMPARE(*folder->read(QStringLiteral("X.tif"), &error), QByteArray("deep")); // "a/…" sorts first
}

void TestImageSource::folderImagesAreStampedByTheirOwnFiles()
{
    // What tells the model's cache an image was rewritten in place (PredictionCache::Image::file).
    const QString root = m_dir.filePath(QStringLiteral("stamped"));
    QVERIFY(QDir().mkpath(root));
    QVERIFY(test::writeAll(root + QStringLiteral("/A.tif"), "first"));
    QString error;
    const auto folder = FolderImageSource::open(root, &error);
    QVERIFY2(folder, qPrintable(error));
    const ImageFileStamp first = folder->fileStamp(QStringLiteral("A.tif"));
    QCOMPARE(first.size, 5);
    QCOMPARE(first, folder->fileStamp(QStringLiteral("A.tif")));   // unchanged: the same stamp
    QFile file(root + QStringLiteral("/A.tif"));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QFileInfo(file).lastModified().addSecs(1), QFileDevice::FileModificationTime));
    file.close();
    QVERIFY(folder->fileStamp(QStringLiteral("A.tif")) != first);   // touched, same bytes: changed
    QVERIFY(file.remove());
    QCOMPARE(folder->fileStamp(QStringLiteral("A.tif")).size, -1);   // gone
    QCOMPARE(folder->fileStamp(QStringLiteral("unknown.tif")).size, -1);
    // In a zip the images have no file of their own: the zip's identity tells a rewrite.
    const auto zip = ZipImageSource::open(m_dir.filePath(QStringLiteral("flat.zip")), &error);
    QVERIFY2(zip, qPrintable(error));
    QCOMPARE(zip->fileStamp(realNames().first()), ImageFileStamp());
}

void TestImageSource::openChoosesZipOrFolder()
{
    QString error;
    auto zip = ImageSource::open(m_dir.filePath(QStringLiteral("nested.zip")), &error);
    QVERIFY2(zip && dynamic_cast<ZipImageSource*>(zip.get()), qPrintable(error));
    auto folder = ImageSource::open(test::realImagesDir(), &error);
    QVERIFY2(folder && dynamic_cast<FolderImageSource*>(folder.get()), qPrintable(error));
    QCOMPARE(folder->count(), 37);

    const QString disguised = m_dir.filePath(QStringLiteral("images.bin"));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("flat.zip")), disguised));
    auto byMagic = ImageSource::open(disguised, &error);
    QVERIFY2(byMagic && byMagic->count() == 37, qPrintable(error));

    const QString missing = m_dir.filePath(QStringLiteral("nowhere.zip"));
    QVERIFY(!ImageSource::open(missing, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(test::writeAll(text, "not images"));
    QVERIFY(!ImageSource::open(text, &error));
    QVERIFY2(error.contains(text), qPrintable(error));
}

void TestImageSource::missingNameGivesError()
{
    QString error;
    for (const QString& path : {m_dir.filePath(QStringLiteral("nested.zip")), test::realImagesDir()}) {
        const auto source = ImageSource::open(path, &error);
        QVERIFY(source);
        QVERIFY(!source->contains(QStringLiteral("A172_Phase_Z9_9_09d09h00m_9.tif")));
        QVERIFY(!source->read(QStringLiteral("A172_Phase_Z9_9_09d09h00m_9.tif"), &error));
        QVERIFY2(error.contains(u"A172_Phase_Z9_9_09d09h00m_9.tif") && error.contains(QFileInfo(path).fileName()),
                 qPrintable(error));
    }
}

void TestImageSource::declaredSizeOverLimitRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("claims.zip"));
    QVERIFY(writeZipClaiming(path, QStringLiteral("images/big.tif"), 1u << 30, QStringLiteral("images/ok.tif")));
    QString error;
    const auto source = ZipImageSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(!source->read(QStringLiteral("big.tif"), &error));
    QVERIFY2(error.contains(u"images/big.tif") && error.contains(u"claims.zip") && error.contains(u"limit"),
             qPrintable(error));
    QCOMPARE(source->read(QStringLiteral("ok.tif"), &error)->size(), 1000);

    // A real bomb: 8 MiB of zeros deflate to a few KiB; with a 1 MiB limit it is never inflated.
    const QString bomb = m_dir.filePath(QStringLiteral("bomb.zip"));
    QVERIFY(writeZip(bomb, {{QStringLiteral("zeros.tif"), QByteArray(8 << 20, '\0')}}));
    QVERIFY(QFileInfo(bomb).size() < 100000);
    const auto limited = ZipImageSource::open(bomb, &error, 1 << 20);
    QVERIFY(limited && !limited->read(QStringLiteral("zeros.tif"), &error));
    QVERIFY2(error.contains(u"zeros.tif"), qPrintable(error));
}

void TestImageSource::entryLargerThanDeclaredStops()
{
    const QString path = m_dir.filePath(QStringLiteral("liar.zip"));
    QVERIFY(writeZip(path, {{QStringLiteral("zeros.tif"), QByteArray(4 << 20, '\0')}}));
    QByteArray bytes = test::readAll(path);
    QCOMPARE(patchDeclaredSize(bytes, "zeros.tif", 1000), 2);
    QVERIFY(test::writeAll(path, bytes));
    QString error;
    const auto source = ZipImageSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(!source->read(QStringLiteral("zeros.tif"), &error));
    QVERIFY2(error.contains(u"zeros.tif") && error.contains(u"1000"), qPrintable(error));
}

void TestImageSource::outOfMemoryGivesMessage()
{
    // An image file within the 256 MiB limit but larger than the memory left must give a message,
    // not end the application, and the zip must stay usable (its handle goes back to the pool).
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    const QString zipPath = m_dir.filePath(QStringLiteral("large-entry.zip"));
    QVERIFY(writeZipClaiming(zipPath, QStringLiteral("large.tif"), 200u << 20, QStringLiteral("ok.tif")));
    QTemporaryDir folder;
    QFile sparse(folder.filePath(QStringLiteral("large.tif"))); // 200 MiB that take no disk space
    QVERIFY(sparse.open(QIODevice::WriteOnly) && sparse.resize(200 << 20));
    sparse.close();
    QString error;
    const auto zip = ImageSource::open(zipPath, &error);
    const auto dir = ImageSource::open(folder.path(), &error);
    QVERIFY2(zip && dir, qPrintable(error));
    QString zipError, dirError;
    std::optional<QByteArray> fromZip, fromDir;
    {
        test::AddressSpaceLimit limit(48 << 20);
        QVERIFY(limit.active());
        for (int i = 0; i < ZipImageSource::kMaxHandles + 1; ++i) // more reads than the pool has handles
            fromZip = zip->read(QStringLiteral("large.tif"), &zipError);
        fromDir = dir->read(QStringLiteral("large.tif"), &dirError);
    }
    QVERIFY(!fromZip && !fromDir);
    const QString size = QLocale().toString(200 << 20);
    QCOMPARE(zipError, QStringLiteral("%1: entry large.tif cannot be read: not enough memory for its %2 bytes")
                           .arg(zipPath, size));
    QCOMPARE(dirError, QStringLiteral("Cannot read %1: not enough memory for its %2 bytes")
                           .arg(QDir(folder.path()).filePath(QStringLiteral("large.tif")), size));
    const auto ok = zip->read(QStringLiteral("ok.tif"), &error);
    QVERIFY2(ok && ok->size() == 1000, qPrintable(error));
}

void TestImageSource::corruptEntriesGiveErrors()
{
    const QByteArray tiff = m_real.value(realNames().first());
    for (const ZipWriter::Method method : {ZipWriter::Method::Store, ZipWriter::Method::Deflate}) {
        const QString path = m_dir.filePath(QStringLiteral("corrupt%1.zip").arg(int(method)));
        QVERIFY(writeZip(path, {{QStringLiteral("images/a/bad.tif"), tiff}}, method));
        QByteArray bytes = test::readAll(path);
        for (int i = 0; i < 64; ++i)
            bytes[200 + i * 7] = char(bytes[200 + i * 7] ^ 0x5a); // inside the entry's data
        QVERIFY(test::writeAll(path, bytes));
        QString error;
        const auto source = ZipImageSource::open(path, &error);
        QVERIFY2(source, qPrintable(error));
        QVERIFY(!source->read(QStringLiteral("bad.tif"), &error));
        QVERIFY2(error.contains(u"images/a/bad.tif") && error.contains(QFileInfo(path).fileName()),
                 qPrintable(error));
    }
}

void TestImageSource::brokenArchiveFailsToOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("cut.zip"));
    const QByteArray whole = test::readAll(m_dir.filePath(QStringLiteral("flat.zip")));
    QVERIFY(test::writeAll(path, whole.left(whole.size() / 2)));
    QString error;
    QVERIFY(!ImageSource::open(path, &error));
    QVERIFY2(error.contains(u"cut.zip"), qPrintable(error));
}

void TestImageSource::concurrentReadsReturnTheRightBytes()
{
    QString error;
    const auto source = ImageSource::open(m_dir.filePath(QStringLiteral("nested.zip")), &error);
    QVERIFY(source);
    QStringList jobs;
    for (int i = 0; i < 8; ++i)
        jobs += realNames();
    const ImageSource* s = source.get();
    const QList<bool> ok = QtConcurrent::blockingMapped(jobs, [this, s](const QString& name) {
        QString e;
        const auto bytes = s->read(name, &e);
        return bytes && *bytes == m_real.value(name);
    });
    QVERIFY(!ok.contains(false));
}

CURATOR_LIMITED_MEMORY_MAIN(TestImageSource)
#include "tst_imagesource.moc"
