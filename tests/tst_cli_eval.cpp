// livecell-cli eval: the summary layout, JSON/CSV outputs and error handling.
#include "testutil.h"

#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace curator;

namespace {

QString ref(const QString& name) { return test::referenceEvalDir() + u'/' + name; }

nlohmann::json readJson(const QString& path) { return nlohmann::json::parse(test::readAll(path).toStdString()); }

} // namespace

class TestCliEval : public QObject
{
    Q_OBJECT
private slots:
    void summaryLayout();
    void jsonMatchesReference_data();
    void jsonMatchesReference();
    void perImageAndMatchesCsv();
    void perCellTypeTable();
    void unknownImagesWarn();
    void errors();
};

void TestCliEval::summaryLayout()
{
    const auto r = test::runCli({QStringLiteral("eval"), ref(QStringLiteral("real_val_gt.json")),
                                 ref(QStringLiteral("real_val_results.json"))});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 12);
    QCOMPARE(lines[0], QStringLiteral(" Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=2000 ] = 0.543"));
    QCOMPARE(lines[1], QStringLiteral(" Average Precision  (AP) @[ IoU=0.50      | area=   all | maxDets=2000 ] = 0.818"));
    QCOMPARE(lines[3], QStringLiteral(" Average Precision  (AP) @[ IoU=0.50:0.95 | area= small | maxDets=2000 ] = 0.528"));
    QCOMPARE(lines[6], QStringLiteral(" Average Recall     (AR) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = 0.259"));
    QCOMPARE(lines[10], QStringLiteral(" Average Recall     (AR) @[ IoU=0.50:0.95 | area=medium | maxDets=2000 ] = 0.698"));

    const auto coco = test::runCli({QStringLiteral("eval"), ref(QStringLiteral("synthetic_dense_gt.json")),
                                    ref(QStringLiteral("synthetic_dense_results.json")), QStringLiteral("--protocol"),
                                    QStringLiteral("coco")});
    QCOMPARE(coco.exitCode, 0);
    const QStringList c = QString::fromUtf8(coco.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(c.size(), 12);
    QCOMPARE(c[5], QStringLiteral(" Average Precision  (AP) @[ IoU=0.50:0.95 | area= large | maxDets=100 ] = -1.000"));
    QCOMPARE(c[6], QStringLiteral(" Average Recall     (AR) @[ IoU=0.50:0.95 | area=   all | maxDets=  1 ] = 0.001"));
}

void TestCliEval::jsonMatchesReference_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("protocol");
    for (const char* name : {"real_val", "synthetic_dense"}) {
        for (const char* protocol : {"livecell", "coco"})
            QTest::addRow("%s %s", name, protocol) << QString::fromLatin1(name) << QString::fromLatin1(protocol);
    }
}

void TestCliEval::jsonMatchesReference()
{
    QFETCH(QString, name);
    QFETCH(QString, protocol);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("eval.json"));
    const auto r = test::runCli({QStringLiteral("eval"), ref(name + QStringLiteral("_gt.json")),
                                 ref(name + QStringLiteral("_results.json")), QStringLiteral("--protocol"), protocol,
                                 QStringLiteral("--json"), out});
    QCOMPARE(r.exitCode, 0);
    const auto got = readJson(out);
    const auto expected = readJson(ref(name + QStringLiteral("_expected.json")));
    const std::string p = protocol.toStdString();
    QCOMPARE(got.at("protocol").get<std::string>(), p);
    for (const auto& [key, value] : expected.at(p).items())
        QVERIFY2(std::abs(got.at(p).at(key).get<double>() - value.get<double>()) <= 1e-9, key.c_str());
    const auto& shape = got.at("precision").at("shape");
    QCOMPARE(shape.size(), std::size_t(5));
    QCOMPARE(got.at("precision").at("data").size(),
             shape[0].get<std::size_t>() * shape[1].get<std::size_t>() * shape[2].get<std::size_t>()
                 * shape[3].get<std::size_t>() * shape[4].get<std::size_t>());
}

void TestCliEval::perImageAndMatchesCsv()
{
    QTemporaryDir dir;
    const QString perImage = dir.filePath(QStringLiteral("images.csv"));
    const QString matches = dir.filePath(QStringLiteral("matches.csv"));
    const auto r = test::runCli({QStringLiteral("eval"), ref(QStringLiteral("real_val_gt.json")),
                                 ref(QStringLiteral("real_val_results.json")), QStringLiteral("--per-image"), perImage,
                                 QStringLiteral("--matches"), matches});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> rows = test::readAll(perImage).trimmed().split('\n');
    QCOMPARE(rows.size(), 6);
    QVERIFY(rows[0].startsWith("image_id,file_name,cell_type,gt,crowd,predictions,not_evaluated,AP,tp50"));
    QVERIFY(rows[1].startsWith("92944,BT474_Phase_B3_2_02d12h00m_3.tif,BT474,"));
    int gt = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QList<QByteArray> f = rows[i].split(',');
        gt += f[3].toInt();
        QCOMPARE(f[8].toInt() + f[10].toInt(), f[3].toInt() - f[4].toInt()); // tp50 + fn50 = regular cells
    }
    QCOMPARE(gt, 1243);
    const QByteArray m = test::readAll(matches);
    QVERIFY(m.startsWith("image_id,iou_threshold,kind,prediction_index,gt_id,iou\n"));
    QVERIFY(m.contains(",0.50,tp,"));
    QVERIFY(m.contains(",0.75,fn,,"));

    // At an operating point: the same matches among the predictions kept, the rest of the cells missed.
    const QString scoredMatches = dir.filePath(QStringLiteral("matches_scored.csv"));
    const auto scored = test::runCli({QStringLiteral("eval"), ref(QStringLiteral("real_val_gt.json")),
                                      ref(QStringLiteral("real_val_results.json")), QStringLiteral("--matches"),
                                      scoredMatches, QStringLiteral("--min-score"), QStringLiteral("0.7")});
    QCOMPARE(scored.exitCode, 0);
    QCOMPARE(scored.out, r.out);   // AP ranks every prediction, whatever the operating point
    const auto count = [](const QByteArray& csv, const QByteArray& kind) { return csv.count("," + kind + ","); };
    const QByteArray s = test::readAll(scoredMatches);
    QVERIFY(count(s, "tp") < count(m, "tp"));
    QVERIFY(count(s, "fp") < count(m, "fp"));
    QCOMPARE(count(s, "tp") + count(s, "fn"), count(m, "tp") + count(m, "fn"));   // every cell, matched or missed
    for (const QByteArray& line : s.split('\n')) {
        if (line.contains(",tp,"))
            QVERIFY2(m.contains(line), line.constData());   // each match kept is one of before
    }
}

void TestCliEval::perCellTypeTable()
{
    const auto r = test::runCli({QStringLiteral("eval"), ref(QStringLiteral("real_val_gt.json")),
                                 ref(QStringLiteral("real_val_results.json")), QStringLiteral("--per-cell-type")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    for (const char* type : {"BT474 ", "Huh7 ", "MCF7 "})
        QVERIFY2(text.contains(QLatin1String("\n") + QLatin1String(type)), type);
    QVERIFY(text.contains(QStringLiteral("AR_large@2000")));
}

void TestCliEval::unknownImagesWarn()
{
    QTemporaryDir dir;
    const QString results = dir.filePath(QStringLiteral("results.json"));
    QVERIFY(test::writeAll(results, R"([
        {"image_id": 512647, "category_id": 1, "score": 0.9, "segmentation": {"size": [520, 704], "counts": "`\\]95R`04M3L2O1O00010O00N0EX@;h?DZ@7NKk?6210N2Mbo_1"}},
        {"image_id": 4242, "category_id": 1, "score": 0.8, "segmentation": {"size": [520, 704], "counts": "`\\]95R`04M3L2O1O00010O00N0EX@;h?DZ@7NKk?6210N2Mbo_1"}}
    ])"));
    const auto r = test::runCli({QStringLiteral("eval"), ref(QStringLiteral("real_val_gt.json")), results});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("1 prediction refers to an image id that is not in the ground truth (4242); it was "
                            "ignored."),
             r.err.constData());
    QCOMPARE(QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts).size(), 12);
}

void TestCliEval::errors()
{
    const QString gt = ref(QStringLiteral("real_val_gt.json"));
    const auto help = test::runCli({QStringLiteral("eval"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--protocol"));
    QVERIFY(help.out.contains("--per-cell-type"));
    QCOMPARE(test::runCli({QStringLiteral("eval"), gt}).exitCode, 2);
    QCOMPARE(test::runCli({QStringLiteral("eval"), gt, gt, QStringLiteral("--protocol"), QStringLiteral("voc")}).exitCode, 2);
    const auto badScore = test::runCli({QStringLiteral("eval"), gt, gt, QStringLiteral("--min-score"), QStringLiteral("high")});
    QCOMPARE(badScore.exitCode, 2);
    QVERIFY2(badScore.err.contains("--min-score") && badScore.err.contains("high"), badScore.err.constData());
    const auto missing = test::runCli({QStringLiteral("eval"), gt, QStringLiteral("/nonexistent/results.json")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("/nonexistent/results.json"));
}

QTEST_GUILESS_MAIN(TestCliEval)
#include "tst_cli_eval.moc"
