// saveFile: the one atomic "write these bytes" that the exporters and windows share.
#include "model/io/savefile.h"
#include "testutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace curator;

class TestSaveFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndReplaces();
    void failureNamesTheFileAndKeepsThePrevious();
};

void TestSaveFile::writesAndReplaces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY2(saveFile(path, QByteArray("a,b\n1,2\n"), &error), qPrintable(error));
    QCOMPARE(test::readAll(path), QByteArray("a,b\n1,2\n"));
    QVERIFY2(saveFile(path, QByteArray("x\n"), &error), qPrintable(error));
    QCOMPARE(test::readAll(path), QByteArray("x\n"));
    QVERIFY(saveFile(path, QByteArray(), nullptr));
    QCOMPARE(QFileInfo(path).size(), 0);
    // No temporary file is left beside the result.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.csv")});
}

void TestSaveFile::failureNamesTheFileAndKeepsThePrevious()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder that does not exist: nothing is created and the message names the path.
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/out.json"));
    QString error;
    QVERIFY(!saveFile(missing, QByteArray("{}"), &error));
    QVERIFY2(error.startsWith(missing + QStringLiteral(": cannot write (")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!saveFile(missing, QByteArray("{}"), nullptr)); // no message wanted: still no crash

    // A path that is a folder: it fails and the folder (with what it holds) is untouched.
    const QString folder = dir.filePath(QStringLiteral("results"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::writeAll(folder + QStringLiteral("/kept.txt"), "kept"));
    error.clear();
    QVERIFY(!saveFile(folder, QByteArray("{}"), &error));
    QVERIFY2(error.contains(folder), qPrintable(error));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(test::readAll(folder + QStringLiteral("/kept.txt")), QByteArray("kept"));
}

QTEST_GUILESS_MAIN(TestSaveFile)
#include "tst_savefile.moc"
