// A file moved or renamed after a session ended without saving still gets its unsaved edits back: its journal is
// found by the file's content where the file it names is gone (beside the file, or in the per-user folder), offered
// with where the edits were made, moved to the file's own journal when restored, and deleted when declined. A copy
// of a file that is still there does not take that file's edits.
#include "documentfixture.h"
#include "model/peruserfile.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace curator;
using namespace curator::test;

namespace {

/** A session that ended with unsaved edits (as after a crash): its file, the file's journal, what the edits made. */
struct Crash
{
    QString file;
    QString journal;
    QByteArray edited;
};

/** Edits made in a copy of the sample in @p dir (val.json), left unsaved; edited is empty where that failed. */
Crash crashWithEdits(const QTemporaryDir& dir)
{
    auto doc = journaledCopy(dir);
    if (!doc || !doc->moveCells({cellOf(*doc, 0, 0)}, {2, 1}) || !doc->deleteCells({cellOf(*doc, 1, 0)}))
        return {};
    return {doc->path(), doc->journalPath(), exported(*doc)};   // the document goes unsaved: its journal stays
}

} // namespace

class TestMovedJournal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void renamedFileGetsItsEditsBack();
    void fileMovedFromAReadOnlyFolderGetsItsEditsBack();
    void declinedEditsOfAMovedFileAreDeleted();
    void anotherFileTakesNoEdits_data();
    void anotherFileTakesNoEdits();
};

void TestMovedJournal::renamedFileGetsItsEditsBack()
{
    QTemporaryDir dir;
    const auto [old, journalPath, edited] = crashWithEdits(dir);
    QVERIFY(!edited.isEmpty());
    const QString renamed = dir.filePath(QStringLiteral("renamed.json"));
    QVERIFY(QFile::rename(old, renamed));

    QString error;
    const auto recovery = Journal::findRecoverable(renamed, &error);
    QVERIFY2(recovery, qPrintable(error));
    QCOMPARE(recovery->journalPath, journalPath);
    QCOMPARE(recovery->movedFrom, QFileInfo(old).absoluteFilePath());
    QCOMPARE(recovery->annotationPath, QFileInfo(renamed).absoluteFilePath());
    QCOMPARE(int(recovery->records.size()), 2);
    QVERIFY2(recovery->summary().contains(QStringLiteral("2 unsaved change(s) to renamed.json")),
             qPrintable(recovery->summary()));
    QVERIFY2(recovery->summary().contains(QDir::toNativeSeparators(old)), qPrintable(recovery->summary()));

    auto doc = openDocument(renamed);
    QVERIFY(doc);
    QVERIFY2(doc->recover(*recovery, &error), qPrintable(error));
    QVERIFY(exported(*doc) == edited);
    // The journal is the renamed file's own now, with the same records; the old one is gone.
    QVERIFY(!QFile::exists(journalPath));
    QCOMPARE(doc->journalPath(), Journal::pathFor(renamed));
    QVERIFY(doc->deleteCells({cellOf(*doc, 2, 0)}));
    const QByteArray again = exported(*doc);
    doc.reset();   // a second crash
    const auto second = Journal::findRecoverable(renamed, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->movedFrom.isEmpty());
    QCOMPARE(int(second->records.size()), 3);
    auto restored = recovered(renamed);
    QVERIFY(restored);
    QVERIFY(exported(*restored) == again);
    // Edit ▸ Undo takes the restored edits back one by one, down to the file as it is on disk.
    QCOMPARE(restored->undoStack()->index(), 3);
    restored->discardJournal();
}

void TestMovedJournal::fileMovedFromAReadOnlyFolderGetsItsEditsBack()
{
    // The journal of a file in a folder the user cannot write is in the per-user folder, named from the file's
    // path. (As root every folder is writable: the journal written beside the file is moved to that name.)
    QTemporaryDir dir;
    const auto [old, journalPath, edited] = crashWithEdits(dir);
    QVERIFY(!edited.isEmpty());
    const QString perUser = perUserFileFor(old, QStringLiteral("journals"), QStringLiteral(".journal"));
    QVERIFY(QDir().mkpath(QFileInfo(perUser).absolutePath()));
    QFile::remove(perUser);
    QVERIFY(QFile::rename(journalPath, perUser));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("elsewhere")));
    const QString moved = dir.filePath(QStringLiteral("elsewhere/val.json"));
    QVERIFY(QFile::rename(old, moved));

    auto doc = openDocument(moved);
    QString error;
    const auto recovery = Journal::findRecoverable(moved, &error);
    QVERIFY2(recovery, qPrintable(error));
    QCOMPARE(recovery->journalPath, perUser);
    QVERIFY(doc && doc->recover(*recovery, &error));
    QVERIFY(exported(*doc) == edited);
    QVERIFY(!QFile::exists(perUser));
    doc->discardJournal();
}

void TestMovedJournal::declinedEditsOfAMovedFileAreDeleted()
{
    QTemporaryDir dir;
    const Crash crash = crashWithEdits(dir);
    QVERIFY(!crash.edited.isEmpty());
    const QString& journalPath = crash.journal;
    const QString renamed = dir.filePath(QStringLiteral("renamed.json"));
    QVERIFY(QFile::rename(crash.file, renamed));
    const auto recovery = Journal::findRecoverable(renamed);
    QVERIFY(recovery);
    QVERIFY(Journal::discard(*recovery));
    QVERIFY(!QFile::exists(journalPath));
    QVERIFY(!Journal::findRecoverable(renamed));
}

void TestMovedJournal::anotherFileTakesNoEdits_data()
{
    QTest::addColumn<bool>("sameContent");
    // A copy of the edited file, which is still there: the edits are that file's (opening it still offers them).
    QTest::newRow("copy of a file still there") << true;
    // Another file in the folder, after the edited one was removed: its content differs.
    QTest::newRow("other content, the edited file gone") << false;
}

void TestMovedJournal::anotherFileTakesNoEdits()
{
    QFETCH(bool, sameContent);
    QTemporaryDir dir;
    const Crash crash = crashWithEdits(dir);
    QVERIFY(!crash.edited.isEmpty());
    const QString& original = crash.file;
    const QString& journalPath = crash.journal;
    const QString other = dir.filePath(QStringLiteral("other.json"));
    QByteArray content = readAll(original);
    if (!sameContent)
        content.replace("\"images\"", "\"images\" ");
    QVERIFY(writeAll(other, content));
    if (!sameContent)
        QVERIFY(QFile::remove(original));
    QVERIFY(!Journal::findRecoverable(other));
    QVERIFY(QFile::exists(journalPath));
    if (sameContent) {
        const auto own = Journal::findRecoverable(original);
        QVERIFY(own && own->movedFrom.isEmpty());
        QCOMPARE(own->journalPath, journalPath);
    }
}

QTEST_GUILESS_MAIN(TestMovedJournal)

#include "tst_movedjournal.moc"
