// livecell-cli info / validate / convert as a user runs them: exit codes, messages, outputs.
#include "testutil.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace curator;
using nlohmann::json;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void unknownCommandFails();
    void infoCountsPerCellType();
    void infoCountsMissingImagesInEnglish();
    void validateExitCodes();
    void convertListDictList();
};

void TestCli::helpOnEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    const auto r = test::runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    // Every command listed in the usage text answers --help with its own options.
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n');
    bool inCommands = false;
    QSet<qsizetype> summaryColumns;
    for (const QString& line : lines) {
        if (line.startsWith(QStringLiteral("Commands:"))) {
            inCommands = true;
            continue;
        }
        if (inCommands && line.startsWith(QStringLiteral("  "))) {
            const QString name = line.trimmed().section(u' ', 0, 0);
            QTest::newRow(qPrintable(name)) << name;
            // At least two spaces after the longest name, every summary starting in the same column.
            const qsizetype summary = line.indexOf(QRegularExpression(QStringLiteral("\\S")), 2 + name.size());
            QVERIFY2(summary >= 2 + name.size() + 2, qPrintable(line));
            summaryColumns.insert(summary);
        } else if (inCommands && line.trimmed().isEmpty()) {
            inCommands = false;
        }
    }
    QCOMPARE(summaryColumns.size(), 1);
}

void TestCli::helpOnEveryCommand()
{
    QFETCH(QString, command);
    const auto r = test::runCli({command, QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Usage:") && r.out.contains("--help"), r.out.constData());
    // The usage line names the command, not the binary's path alone, so that it can be copied as it is.
    const QByteArray usage = r.out.left(r.out.indexOf('\n'));
    QVERIFY2(usage.startsWith("Usage: livecell-cli " + command.toUtf8() + " [options]"), usage.constData());
}

void TestCli::unknownCommandFails()
{
    const auto r = test::runCli({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unknown command 'frobnicate'"));
}

void TestCli::infoCountsPerCellType()
{
    const auto r = test::runCli({QStringLiteral("info"), test::realValJson(), QStringLiteral("--images"),
                                 test::realImagesDir(), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const json j = json::parse(r.out.toStdString());
    QCOMPARE(j["images"], 5);
    QCOMPARE(j["annotations"], 1243);
    QCOMPARE(j["cell_types"]["MCF7"]["images"], 2);
    QCOMPARE(j["cell_types"]["MCF7"]["cells"].get<int>() + j["cell_types"]["BT474"]["cells"].get<int>()
                 + j["cell_types"]["Huh7"]["cells"].get<int>(),
             1243);
    QCOMPARE(j["missing_images"].size(), std::size_t(0));
}

void TestCli::infoCountsMissingImagesInEnglish()
{
    // The command line loads the English plural forms: "1 image ... is", "2 images ... are", never "image(s)".
    const json val = json::parse(test::readAll(test::realValJson()).toStdString());
    QCOMPARE(val["images"].size(), std::size_t(5));
    for (const int kept : {4, 3}) {
        QTemporaryDir dir;
        for (int i = 0; i < kept; ++i) {
            const QString name = QString::fromStdString(val["images"][i]["file_name"].get<std::string>());
            QVERIFY(QFile::copy(test::realImagesDir() + u'/' + name, dir.filePath(name)));
        }
        const auto r =
            test::runCli({QStringLiteral("info"), test::realValJson(), QStringLiteral("--images"), dir.path()});
        QCOMPARE(r.exitCode, 0);
        const QByteArray expected = kept == 4 ? "Missing:       1 image of this file is not in the source\n"
                                              : "Missing:       2 images of this file are not in the source\n";
        QVERIFY2(r.out.contains(expected), r.out.constData());
    }
}

void TestCli::validateExitCodes()
{
    QCOMPARE(test::runCli({QStringLiteral("validate"), test::realValJson()}).exitCode, 0);

    QTemporaryDir dir;
    const QString truncated = dir.filePath(QStringLiteral("truncated.json"));
    QVERIFY(test::writeAll(truncated, test::readAll(test::realValJson()).left(5000)));
    const auto bad = test::runCli({QStringLiteral("validate"), truncated});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("truncated.json") && bad.err.contains("byte 5000"), bad.err.constData());

    const QString findings = dir.filePath(QStringLiteral("findings.json"));
    QVERIFY(test::writeAll(findings, R"({"images": [{"id": 1, "width": 704, "height": 520, "file_name": "x.tif"}],
        "annotations": [{"id": 2, "image_id": 3, "category_id": 1, "segmentation": [[0, 0, 1, 1]]}]})"));
    const auto f = test::runCli({QStringLiteral("validate"), findings, QStringLiteral("--images"), test::realImagesDir()});
    QCOMPARE(f.exitCode, 1);
    QVERIFY(f.out.contains("unknown-image-id"));
    QVERIFY(f.out.contains("degenerate-ring"));
    QVERIFY(f.out.contains("x.tif is not in"));

    QCOMPARE(test::runCli({QStringLiteral("validate"), dir.filePath(QStringLiteral("absent.json"))}).exitCode, 2);
}

void TestCli::convertListDictList()
{
    QTemporaryDir dir;
    const QString dict = dir.filePath(QStringLiteral("dict.json"));
    const QString list = dir.filePath(QStringLiteral("list.json"));
    QCOMPARE(test::runCli({QStringLiteral("convert"), test::realValJson(), dict, QStringLiteral("--annotations-as"),
                           QStringLiteral("dict")}).exitCode, 0);
    QVERIFY(json::parse(test::readAll(dict).toStdString())["annotations"].is_object());
    QCOMPARE(test::runCli({QStringLiteral("convert"), dict, list, QStringLiteral("--annotations-as"),
                           QStringLiteral("list")}).exitCode, 0);
    QVERIFY(test::readAll(list) == test::readAll(test::realValJson()));
    const auto wrong = test::runCli({QStringLiteral("convert"), test::realValJson(), list,
                                     QStringLiteral("--annotations-as"), QStringLiteral("tree")});
    QCOMPARE(wrong.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
