// Replays the fuzz seed corpora (tests/fuzz/corpus/<target>/) and every saved fuzzer crash
// (tests/data/regressions/<target>/) through the libFuzzer targets' own code (tools/fuzz), compiled
// here with CURATOR_FUZZ_REPLAY so a broken property fails the test instead of aborting.
#include "tools/fuzz/fuzztarget.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace curator;

namespace {
const QString kCorpus = QStringLiteral(CURATOR_SOURCE_DIR "/tests/fuzz/corpus");
const QString kRegressions = QStringLiteral(CURATOR_SOURCE_DIR "/tests/data/regressions");

QStringList subfolders(const QString& dir)
{
    return QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList filesIn(const QString& dir)
{
    QStringList paths;
    const QDir d(dir);
    for (const QString& name : d.entryList(QDir::Files, QDir::Name))
        paths << d.filePath(name);
    return paths;
}
} // namespace

class TestRegressions : public QObject
{
    Q_OBJECT

private slots:
    void everyParserHasATargetAndSeeds()
    {
        QStringList names;
        for (const auto& [name, target] : fuzz::targets())
            names << QString::fromStdString(name);
        // Every parser of outside data (issue #8's list) is fuzzed.
        QCOMPARE(names, QStringList({"clipboard", "coco", "counts", "filename", "journal", "results", "rle", "sidecar", "tiff", "zip"}));
        for (const QString& name : names)
            QVERIFY2(!filesIn(kCorpus + u'/' + name).isEmpty(), qPrintable(name + QStringLiteral(" has no seed")));
        for (const QString& folder : subfolders(kCorpus) + subfolders(kRegressions))
            QVERIFY2(names.contains(folder), qPrintable(folder + QStringLiteral(" names no fuzz target")));
    }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const QString& root : {kCorpus, kRegressions})
            for (const QString& target : subfolders(root))
                for (const QString& path : filesIn(root + u'/' + target))
                    QTest::newRow(qPrintable(QDir(CURATOR_SOURCE_DIR).relativeFilePath(path))) << target << path;
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        const auto it = fuzz::targets().find(target.toStdString());
        QVERIFY(it != fuzz::targets().end());
        try {
            it->second(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
        } catch (const fuzz::FuzzViolation& e) {
            QFAIL(qPrintable(path + QStringLiteral(": ") + QString::fromStdString(e.what())));
        }
    }
};

QTEST_GUILESS_MAIN(TestRegressions)
#include "tst_regressions.moc"
