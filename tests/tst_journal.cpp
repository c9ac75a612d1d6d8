// No data loss: every edit is journaled as it happens; after a crash (simulated, and a real child
// process killed with SIGKILL) the journal restores exactly the unsaved state; a torn last record
// is ignored; a save killed half-way leaves the previous file intact.
#include "documentfixture.h"

#include "model/io/cellclipboard.h"
#include "model/peruserfile.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace curator;
using namespace curator::test;

namespace {
struct Checkpoint
{
    qint64 journalSize = 0;
    QByteArray coco;
    QByteArray review;
};

Checkpoint checkpoint(const Document& doc)
{
    return {QFileInfo(doc.journalPath()).size(), exported(doc), doc.review().toJson(doc.store())};
}

/** A mix of every kind of edit, undo and redo; a checkpoint after each call. */
std::vector<Checkpoint> editAndRecord(Document& doc)
{
    std::vector<Checkpoint> points{checkpoint(doc)};
    const auto step = [&](bool ok) {
        QVERIFY(ok);
        points.push_back(checkpoint(doc));
    };
    const qint64 a = cellOf(doc, 0, 0), b = cellOf(doc, 0, 1), c = cellOf(doc, 1, 2);
    doc.beginDrag();
    for (int i = 0; i < 4; ++i)
        step(doc.moveCells({a, b}, {0.75, -0.5}));
    doc.endDrag();
    step(doc.moveVertex(c, 0, 0, CellOutline::point(doc.store().ring(indexOf(doc, c), 0), 0) + QPointF(0.3, 0.3)));
    step(doc.addCell(2, QPolygonF(QList<QPointF>{{50, 50}, {70.25, 50}, {70.25, 66.5}})).has_value());
    step(doc.deleteCells({cellOf(doc, 3, 0)}));
    step(doc.pasteCells(3, {doc.store().rings(indexOf(doc, a)), doc.store().rings(indexOf(doc, c))}).size() == 2);
    doc.undoStack()->undo();
    step(true);
    doc.undoStack()->undo();
    step(true);
    doc.undoStack()->redo();
    step(true);
    const auto box = bboxOf(doc, cellOf(doc, 4, 1));
    step(doc.splitCell(cellOf(doc, 4, 1), QPolygonF(QList<QPointF>{{box[0] - 2, box[1] + box[3] / 2}, {box[0] + box[2] + 2, box[1] + box[3] / 2}})).has_value());
    step(doc.setImagesReviewed({0, 4}, true));
    step(doc.setImageNote(1, QStringLiteral("note with\nnewline and ünïcode")));
    step(doc.setCellsFlagged({b}, true));
    doc.beginMacro(QStringLiteral("batch"));
    const bool batch = doc.deleteCells({cellOf(doc, 2, 3)})
                    && doc.insertVertex(a, 0, 0, CellOutline::point(doc.store().ring(indexOf(doc, a), 0), 0) + QPointF(0.4, 0.1));
    doc.endMacro();
    step(batch);
    return points;
}

QByteArray syntheticCoco(int images, int cellsPerImage)
{
    QByteArray out = "{\"images\": [";
    for (int i = 0; i < images; ++i)
        out += (i ? ", " : "") + QByteArray("{\"id\": ") + QByteArray::number(i + 1)
             + ", \"width\": 704, \"height\": 520, \"file_name\": \"A172_Phase_C7_1_00d00h00m_" + QByteArray::number(i) + ".tif\"}";
    out += "], \"annotations\": [";
    for (int k = 0; k < images * cellsPerImage; ++k) {
        const int x = (k * 7) % 690, y = (k * 13) % 500;
        const QByteArray xs = QByteArray::number(x), ys = QByteArray::number(y), x2 = QByteArray::number(x + 10), y2 = QByteArray::number(y + 10);
        out += (k ? ", " : "") + QByteArray("{\"id\": ") + QByteArray::number(1000 + k) + ", \"image_id\": "
             + QByteArray::number(k % images + 1) + ", \"category_id\": 1, \"segmentation\": [[" + xs + ".5, " + ys + ".25, "
             + x2 + ".5, " + ys + ".25, " + x2 + ".5, " + y2 + ".25, " + xs + ".5, " + y2 + ".25]], \"area\": 100.0, \"bbox\": ["
             + xs + ".5, " + ys + ".25, 10.0, 10.0], \"iscrowd\": 0}";
    }
    return out + "], \"categories\": [{\"id\": 1, \"name\": \"cell\"}]}";
}

/** Starts livecell-cli @p args and waits until it prints @p line; the process runs on. */
bool startCliUntil(QProcess& process, const QStringList& args, const QByteArray& line)
{
    process.start(QStringLiteral(CURATOR_CLI), args);
    QByteArray seen;
    while (process.waitForReadyRead(120000)) {
        seen += process.readAllStandardOutput();
        if (seen.contains(line))
            return true;
    }
    qWarning("child said: %s / %s", seen.constData(), process.readAllStandardError().constData());
    return false;
}

void killHard(QProcess& process)
{
    process.kill(); // SIGKILL on Unix: no cleanup, no destructors
    process.waitForFinished();
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crashAfterEditsIsRestoredExactly();
    void recoveredSessionKeepsJournaling();
    void everyPrefixReplaysExactlyAndTornTailIsIgnored();
    void damagedRecordStopsReplay();
    void runningSessionIsNotOfferedForRecovery();
    void perUserJournalOfEarlierVersionsIsFound();
    void editsAfterSaveReplayOnTheSavedFile();
    void editsReplayOntoAFileChangedMeanwhile();
    void cellsOnImagesTheFileNoLongerHasAreLeftOut();
    void failedSaveKeepsEditsAndJournal();
    void saveAsMovesJournalAndSidecar();
    void cleanCloseLeavesNoJournal();
    void killedProcessIsRestoredExactly_data();
    void killedProcessIsRestoredExactly();
    void saveKilledHalfWayLeavesPreviousFile();
};

void TestJournal::crashAfterEditsIsRestoredExactly()
{
    QTemporaryDir dir;
    auto doc = journaledCopy(dir);
    QVERIFY(doc);
    const std::vector<Checkpoint> points = editAndRecord(*doc);
    QVERIFY(doc->isModified());
    const QString path = doc->path();
    doc.reset(); // unsaved edits: the journal stays, as after a crash
    auto restored = recovered(path);
    QVERIFY(restored);
    QVERIFY(restored->isModified());
    QVERIFY(exported(*restored) == points.back().coco);
    QCOMPARE(restored->review().toJson(restored->store()), points.back().review);
}

void TestJournal::recoveredSessionKeepsJournaling()
{
    QTemporaryDir dir;
    auto doc = journaledCopy(dir);
    QVERIFY(doc && doc->moveCells({cellOf(*doc, 0, 0)}, {4, 4}));
    const QString path = doc->path();
    doc.reset();
    auto second = recovered(path);
    QVERIFY(second && second->deleteCells({cellOf(*second, 1, 0)}));
    const QByteArray expected = exported(*second);
    second.reset(); // crashes again
    auto third = recovered(path);
    QVERIFY(third);
    QVERIFY(exported(*third) == expected);
    third->discardJournal();
    third.reset();
    QVERIFY(!Journal::findRecoverable(path));
}

void TestJournal::everyPrefixReplaysExactlyAndTornTailIsIgnored()
{
    QTemporaryDir dir;
    auto doc = journaledCopy(dir);
    QVERIFY(doc);
    const std::vector<Checkpoint> points = editAndRecord(*doc);
    const QString journalPath = doc->journalPath();
    const QByteArray journal = readAll(journalPath);
    doc.reset();
    for (std::size_t k = 0; k + 1 < points.size(); ++k) {
        // Cut the journal inside the record after checkpoint k: that record is torn.
        const qint64 cut = (points[k].journalSize + points[k + 1].journalSize) / 2;
        if (points[k + 1].journalSize == points[k].journalSize)
            continue; // the step changed nothing that is journaled
        const QString torn = dir.filePath(QStringLiteral("torn.journal"));
        QVERIFY(writeAll(torn, journal.left(cut)));
        QString error;
        const auto recovery = Journal::read(torn, &error);
        QVERIFY2(recovery, qPrintable(error));
        QCOMPARE(recovery->intactBytes, points[k].journalSize);
        QCOMPARE(recovery->ignoredLines, 1);
        auto fresh = CocoReader::readFile(dir.filePath(QStringLiteral("val.json")), &error);
        ReviewState review;
        QVERIFY(fresh);
        Journal::replay(*recovery, *fresh, review);
        QVERIFY2(exported(*fresh) == points[k].coco, qPrintable(QStringLiteral("prefix %1").arg(k)));
        QCOMPARE(review.toJson(fresh->store), points[k].review);
    }
}

void TestJournal::damagedRecordStopsReplay()
{
    QTemporaryDir dir;
    auto doc = journaledCopy(dir);
    QVERIFY(doc);
    QVERIFY(doc->moveCells({cellOf(*doc, 0, 0)}, {1, 0}));
    const qint64 firstEnd = QFileInfo(doc->journalPath()).size();
    QVERIFY(doc->moveCells({cellOf(*doc, 0, 0)}, {1, 0}));
    QVERIFY(doc->moveCells({cellOf(*doc, 0, 0)}, {1, 0}));
    const QString journalPath = doc->journalPath();
    doc.reset();
    QByteArray bytes = readAll(journalPath);
    bytes[firstEnd + 40] = bytes[firstEnd + 40] == '1' ? '2' : '1'; // bit rot inside record 2
    QVERIFY(writeAll(journalPath, bytes));
    QString error;
    const auto recovery = Journal::read(journalPath, &error);
    QVERIFY(recovery);
    QCOMPARE(int(recovery->records.size()), 1);
    QCOMPARE(recovery->ignoredLines, 2);
    QCOMPARE(recovery->intactBytes, firstEnd);
}

void TestJournal::runningSessionIsNotOfferedForRecovery()
{
    QTemporaryDir dir;
    auto doc = journaledCopy(dir);
    QVERIFY(doc && doc->moveCells({cellOf(*doc, 0, 0)}, {1, 0}));
    QVERIFY(!Journal::findRecoverable(doc->path())); // locked by this live session
    QVERIFY(!Journal::discard(doc->path()));
    const QString path = doc->path();
    doc.reset();
    QVERIFY(Journal::findRecoverable(path));
    QVERIFY(Journal::discard(path));
    QVERIFY(!Journal::findRecoverable(path));
}

void TestJournal::perUserJournalOfEarlierVersionsIsFound()
{
    // A per-user journal (the file's folder read-only) was named from the absolute path the file was
    // opened by; it is now named from the file's own path, links resolved. One an earlier version left
    // for the path through a link is still offered for the file, and discarded with it. (As root, no
    // folder is read-only: the journal written beside the file is moved to that name.)
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    auto doc = journaledCopy(dir);
    QVERIFY(doc && doc->moveCells({cellOf(*doc, 0, 0)}, {1, 0}));
    const QString journalPath = doc->journalPath();
    doc.reset();
    QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("linked"))));
    const QString linked = dir.filePath(QStringLiteral("linked/val.json"));
    const QStringList perUser = perUserFileCandidates(linked, QStringLiteral("journals"), QStringLiteral(".journal"));
    QCOMPARE(perUser.size(), 2);
    QCOMPARE(perUser.front(), perUserFileFor(dir.filePath(QStringLiteral("val.json")), QStringLiteral("journals"),
                                             QStringLiteral(".journal")));
    QVERIFY(QDir().mkpath(QFileInfo(perUser.back()).absolutePath()));
    QFile::remove(perUser.back());
    QVERIFY(QFile::rename(journalPath, perUser.back()));
    QString error;
    const auto recovery = Journal::findRecoverable(linked, &error);
    QVERIFY2(recovery, qPrintable(error));
    QCOMPARE(recovery->journalPath, perUser.back());
    QCOMPARE(int(recovery->records.size()), 1);
    QVERIFY(Journal::discard(linked));
    QVERIFY(!QFile::exists(perUser.back()));
    QStandardPaths::setTestModeEnabled(false);
}

void TestJournal::editsAfterSaveReplayOnTheSavedFile()
{
    QTemporaryDir dir;
    auto doc = journaledCopy(dir);
    QVERIFY(doc);
    const qint64 moved = cellOf(*doc, 0, 0), deleted = cellOf(*doc, 0, 1);
    QVERIFY(doc->moveCells({moved}, {2, 2}));
    QVERIFY(doc->deleteCells({deleted}));
    QString error;
    QVERIFY2(doc->save(&error), qPrintable(error));
    const auto afterSave = Journal::read(doc->journalPath(), &error);
    QVERIFY(afterSave && afterSave->records.empty() && afterSave->baseMatches); // a fresh journal against the saved file
    // After the save: edit the saved-edited cell again, undo a pre-save edit, add a cell.
    QVERIFY(doc->moveCells({moved}, {-1, 0}));
    QVERIFY(doc->addCell(1, QPolygonF(QList<QPointF>{{5, 5}, {25, 5}, {25, 25}, {5, 25}})));
    const QByteArray expected = exported(*doc);
    const QString path = doc->path();
    doc.reset();
    auto restored = recovered(path);
    QVERIFY(restored);
    QVERIFY(exported(*restored) == expected);
}

void TestJournal::editsReplayOntoAFileChangedMeanwhile()
{
    // File > Reload from Disk re-applies a session's edits, by id, to the file as another program
    // left it. A cell that program deleted, which the session edited and then took back ("as in the
    // file"), stays deleted: before, the first record re-added it and the second left it there.
    QTemporaryDir dir;
    auto doc = journaledCopy(dir);
    QVERIFY(doc);
    const qint64 undone = cellOf(*doc, 0, 0), kept = cellOf(*doc, 0, 1), gone = cellOf(*doc, 0, 2);
    QVERIFY(doc->moveCells({undone}, {2, 2}));
    doc->undoStack()->undo();
    QVERIFY(doc->moveCells({kept}, {3, 0}));
    const auto movedRings = doc->store().rings(indexOf(*doc, kept));
    const QString path = doc->path();
    doc.reset();   // unsaved edits: the journal stays
    {
        QString error;
        auto set = CocoReader::readFile(path, &error);
        QVERIFY2(set, qPrintable(error));
        set->store.setDeleted(set->store.annotationIndex(undone), true);
        set->store.setDeleted(set->store.annotationIndex(gone), true);
        const auto bytes = CocoWriter::toBytes(*set, &error);
        set.reset();
        QVERIFY(bytes && writeAll(path, *bytes));
    }
    QString error;
    const auto recovery = Journal::findRecoverable(path, &error);
    QVERIFY2(recovery, qPrintable(error));
    QVERIFY(!recovery->baseMatches);
    auto reloaded = openDocument(path);
    QVERIFY(reloaded);
    QVERIFY2(reloaded->recover(*recovery, &error), qPrintable(error));
    const AnnotationStore& store = reloaded->store();
    const auto live = [&store](qint64 id) {
        const int a = store.annotationIndex(id);
        return a >= 0 && store.isLive(a);
    };
    QVERIFY(!live(undone));
    QVERIFY(!live(gone));
    QVERIFY(live(kept));
    QVERIFY(store.rings(store.annotationIndex(kept)) == movedRings);
    QVERIFY(reloaded->isModified());
    // Undoable: the move taken back went with the move after it, as in the session; undoing that
    // one leaves the file as it is on disk now.
    QCOMPARE(reloaded->undoStack()->count(), 1);
    reloaded->undoStack()->undo();
    QVERIFY(!reloaded->isModified());
    QVERIFY(exported(*reloaded) == readAll(path));
}

void TestJournal::cellsOnImagesTheFileNoLongerHasAreLeftOut()
{
    // Another program removed an image (and its cells) from the file while the session drew a cell on
    // it: re-applying the edits re-added that cell with image_id -1 (an annotation of no image, written
    // into the saved file). It is now left out, and counted, so that the user can be told.
    QTemporaryDir dir;
    auto doc = journaledCopy(dir);
    QVERIFY(doc);
    const qint64 removedImage = doc->store().image(1).id;
    const auto drawn = doc->addCell(1, QPolygonF(QList<QPointF>{{5, 5}, {25, 5}, {25, 25}, {5, 25}}));
    QVERIFY(drawn.has_value());
    // A cell drawn there and taken back again is no loss to report.
    QVERIFY(doc->addCell(1, QPolygonF(QList<QPointF>{{45, 5}, {65, 5}, {65, 25}, {45, 25}})).has_value());
    doc->undoStack()->undo();
    QVERIFY(doc->moveCells({cellOf(*doc, 0, 0)}, {2, 2}));
    const QString path = doc->path();
    doc.reset();
    QVERIFY(removeImageFromCoco(path, removedImage));

    QString error;
    const auto recovery = Journal::findRecoverable(path, &error);
    QVERIFY2(recovery, qPrintable(error));
    auto reloaded = openDocument(path);
    QVERIFY(reloaded);
    QVERIFY2(reloaded->recover(*recovery, &error), qPrintable(error));
    QCOMPARE(reloaded->recoveredCellsLeftOut(), 1);
    QCOMPARE(reloaded->store().annotationIndex(*drawn), -1);
    QVERIFY(reloaded->isModified());   // the move on the image still there was re-applied
    QCOMPARE(reloaded->undoStack()->count(), 1);   // no undo step for the cells left out
    QVERIFY(!exported(*reloaded).contains("\"image_id\":-1") && !exported(*reloaded).contains("\"image_id\": -1"));
}

void TestJournal::failedSaveKeepsEditsAndJournal()
{
    QTemporaryDir dir;
    auto doc = journaledCopy(dir);
    QVERIFY(doc && doc->moveCells({cellOf(*doc, 0, 0)}, {2, 2}));
    QString error;
    QVERIFY(!doc->saveAs(dir.filePath(QStringLiteral("missing/folder/val.json")), &error));
    QVERIFY(error.contains(QStringLiteral("missing/folder")));
    QVERIFY(doc->isModified());
    QCOMPARE(doc->path(), dir.filePath(QStringLiteral("val.json")));
    QVERIFY(QFileInfo(doc->journalPath()).size() > 0);
    QVERIFY(readAll(doc->path()) == readAll(realValJson()));
}

void TestJournal::saveAsMovesJournalAndSidecar()
{
    QTemporaryDir dir;
    auto doc = journaledCopy(dir);
    QVERIFY(doc && doc->setImagesReviewed({0}, true) && doc->moveCells({cellOf(*doc, 0, 0)}, {1, 1}));
    const QString oldPath = doc->path(), newPath = dir.filePath(QStringLiteral("curated.json"));
    QString error;
    QVERIFY(doc->exportCopy(dir.filePath(QStringLiteral("copy.json")), &error));
    QVERIFY(doc->isModified() && doc->path() == oldPath); // exporting a copy changes nothing
    QVERIFY2(doc->saveAs(newPath, &error), qPrintable(error));
    QCOMPARE(doc->path(), newPath);
    QCOMPARE(doc->journalPath(), Journal::pathFor(newPath));
    QVERIFY(!QFile::exists(Journal::pathFor(oldPath)));
    QVERIFY(QFile::exists(ReviewState::sidecarPath(newPath)));
    QVERIFY(readAll(oldPath) == readAll(realValJson()));
    QVERIFY(readAll(newPath) == readAll(dir.filePath(QStringLiteral("copy.json"))));
    QVERIFY(doc->deleteCells({cellOf(*doc, 1, 0)}));
    const QByteArray expected = exported(*doc);
    doc.reset();
    auto restored = recovered(newPath);
    QVERIFY(restored && exported(*restored) == expected);
}

void TestJournal::cleanCloseLeavesNoJournal()
{
    QTemporaryDir dir;
    auto doc = journaledCopy(dir);
    QVERIFY(doc && doc->moveCells({cellOf(*doc, 0, 0)}, {1, 1}));
    doc->undoStack()->undo(); // back to the saved state
    const QString journal = doc->journalPath();
    QVERIFY(QFile::exists(journal));
    doc.reset();
    QVERIFY(!QFile::exists(journal));
    QVERIFY(!QFile::exists(journal + QStringLiteral(".lock")));
}

void TestJournal::killedProcessIsRestoredExactly_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("edits");
    QTest::newRow("seed 1, 40 edits") << 1 << 40;
    QTest::newRow("seed 7, 120 edits") << 7 << 120;
    QTest::newRow("seed 42, 250 edits") << 42 << 250;
}

void TestJournal::killedProcessIsRestoredExactly()
{
    QFETCH(int, seed);
    QFETCH(int, edits);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("livecell_coco_val.json"));
    const QString expected = dir.filePath(QStringLiteral("expected.json"));
    QVERIFY(QFile::copy(realValJson(), path));
    QProcess child;
    QVERIFY(startCliUntil(child, {QStringLiteral("edit-session"), path, QStringLiteral("--edits"), QString::number(edits),
                                  QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--expect"), expected,
                                  QStringLiteral("--wait"), QStringLiteral("300")},
                          "ready"));
    QCOMPARE(child.state(), QProcess::Running);
    killHard(child);
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(readAll(path) == readAll(realValJson())); // the child never saved
    auto restored = recovered(path);
    QVERIFY(restored);
    const QByteArray expectedCoco = readAll(expected);
    QVERIFY(expectedCoco != readAll(realValJson()));
    QVERIFY2(exported(*restored) == expectedCoco, "restored state differs from the killed session's");
    QCOMPARE(restored->review().toJson(restored->store()), readAll(expected + QStringLiteral(".review")));
}

void TestJournal::saveKilledHalfWayLeavesPreviousFile()
{
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.json"));
    const QString target = dir.filePath(QStringLiteral("target.json"));
    QVERIFY(writeAll(big, syntheticCoco(20, 7000))); // 140,000 cells, ~20 MB
    QVERIFY(QFile::copy(realValJson(), target));
    const QByteArray previous = readAll(target);
    QProcess child;
    QVERIFY(startCliUntil(child, {QStringLiteral("edit-session"), big, QStringLiteral("--edits"), QStringLiteral("20"),
                                  QStringLiteral("--hang-in-save"), target},
                          "saving"));
    killHard(child); // half-way: more than 65,536 cells were written to the temporary file
    QVERIFY(readAll(target) == previous);
    QString error;
    auto reread = CocoReader::readFile(target, &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(reread->store.annotationCount(), 1243);
    // The edits made before the interrupted save are still recoverable for the file being edited.
    const auto recovery = Journal::findRecoverable(big, &error);
    QVERIFY(recovery && recovery->baseMatches);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
