// Review state: per image reviewed / flagged / note and per cell flags, undoable like any edit,
// navigable (next unreviewed / next flagged), summarised per cell type and split, and kept in a
// sidecar file, never in the COCO JSON.
#include "documentfixture.h"

#include "model/journal.h"
#include "model/peruserfile.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>


using namespace curator;
using namespace curator::test;

class TestReviewState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void imageReviewUndoRedo();
    void cellFlagUndoRedo();
    void nextUnreviewedAndFlaggedWrapAround();
    void progressPerCellTypeAndSplit();
    void sidecarRoundTripBesideTheFile();
    void sidecarErrorsNameTheFile();
    void dismissedFindingsSurviveReloadAndSave();
    void sidecarOutOfMemoryIsAnError();
    void sidecarGoesPerUserWhereTheFolderCannotTakeIt();
    void perUserMarksFollowTheFileToAnotherPath();
    void perUserSidecarOfEarlierVersionsIsRead();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
};

void TestReviewState::init()
{
    m_path = m_dir.filePath(QStringLiteral("livecell_coco_val.json"));
    QFile::remove(m_path);
    QFile::remove(ReviewState::sidecarPath(m_path));
    QVERIFY(QFile::copy(realValJson(), m_path));
    m_doc = openDocument(m_path);
    QVERIFY(m_doc);
}

void TestReviewState::imageReviewUndoRedo()
{
    const QByteArray coco = exported(*m_doc);
    QSignalSpy spy(m_doc.get(), &Document::reviewChanged);
    QVERIFY(m_doc->setImagesReviewed({0, 2}, true));
    QVERIFY(m_doc->setImagesFlagged({2}, true));
    QVERIFY(m_doc->setImageNote(2, QStringLiteral("debris in the lower left")));
    QVERIFY(m_doc->setImagesReviewed({0}, true)); // already reviewed: nothing pushed
    QCOMPARE(m_doc->undoStack()->count(), 3);
    QCOMPARE(spy.count(), 4); // images 0 and 2, then 2, then 2
    QCOMPARE(m_doc->imageReview(2), (ImageReview{true, true, QStringLiteral("debris in the lower left")}));
    QVERIFY(exported(*m_doc) == coco); // review state never touches the COCO export
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->imageReview(2), (ImageReview{true, false, {}}));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->review().isEmpty());
    QVERIFY(!m_doc->isModified());
    m_doc->undoStack()->redo();
    QVERIFY(m_doc->imageReview(0).reviewed && m_doc->imageReview(2).reviewed);
}

void TestReviewState::cellFlagUndoRedo()
{
    const qint64 a = cellOf(*m_doc, 1, 0), b = cellOf(*m_doc, 1, 1);
    QVERIFY(m_doc->setCellsFlagged({a, b}, true));
    QVERIFY(m_doc->isCellFlagged(a) && m_doc->isCellFlagged(b));
    QCOMPARE(m_doc->review().flaggedCellCount(m_doc->store(), 1), 2);
    QVERIFY(m_doc->setCellsFlagged({a}, false));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->isCellFlagged(a));
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->isCellFlagged(a) && !m_doc->isCellFlagged(b));
    QString error;
    QVERIFY(!m_doc->setCellsFlagged({123456789}, true, &error));
    QVERIFY(error.contains(QStringLiteral("123456789")));
}

void TestReviewState::nextUnreviewedAndFlaggedWrapAround()
{
    const int n = m_doc->store().imageCount();
    QCOMPARE(n, 5);
    QCOMPARE(m_doc->nextUnreviewedImage(-1), 0);
    QVERIFY(m_doc->setImagesReviewed({0, 1, 3}, true));
    QCOMPARE(m_doc->nextUnreviewedImage(0), 2);
    QCOMPARE(m_doc->nextUnreviewedImage(2), 4);
    QCOMPARE(m_doc->nextUnreviewedImage(4), 2); // wraps around
    QVERIFY(m_doc->setImagesReviewed({2, 4}, true));
    QCOMPARE(m_doc->nextUnreviewedImage(0), -1);
    QCOMPARE(m_doc->nextFlaggedImage(0), -1);
    QVERIFY(m_doc->setImagesFlagged({1}, true));
    QVERIFY(m_doc->setCellsFlagged({cellOf(*m_doc, 3, 4)}, true)); // a flagged cell flags its image too
    QCOMPARE(m_doc->nextFlaggedImage(1), 3);
    QCOMPARE(m_doc->nextFlaggedImage(3), 1);
    QVERIFY(m_doc->deleteCells({cellOf(*m_doc, 3, 4)}));  // ... unless it was deleted
    QCOMPARE(m_doc->nextFlaggedImage(1), 1);
}

void TestReviewState::progressPerCellTypeAndSplit()
{
    QVERIFY(m_doc->setImagesReviewed({0, 1}, true));
    QVERIFY(m_doc->setImagesFlagged({1}, true));
    const QList<ReviewProgress> rows = m_doc->reviewProgress();
    int images = 0, reviewed = 0, flagged = 0, cells = 0;
    for (const ReviewProgress& row : rows) {
        QCOMPARE(row.split, Split::Val);
        QVERIFY(row.cellType != CellType::Unknown);
        images += row.images;
        reviewed += row.reviewedImages;
        flagged += row.flaggedImages;
        cells += row.cells;
    }
    QCOMPARE(images, 5);
    QCOMPARE(reviewed, 2);
    QCOMPARE(flagged, 1);
    QCOMPARE(cells, 1243);
    const CellType first = m_doc->store().image(0).name.cellType;
    const auto row = std::find_if(rows.begin(), rows.end(), [first](const ReviewProgress& r) { return r.cellType == first; });
    QVERIFY(row != rows.end() && row->reviewedImages >= 1);
}

void TestReviewState::sidecarRoundTripBesideTheFile()
{
    const qint64 flaggedCell = cellOf(*m_doc, 0, 2), deletedCell = cellOf(*m_doc, 0, 3);
    QVERIFY(m_doc->setImagesReviewed({3}, true));
    QVERIFY(m_doc->setImageNote(4, QStringLiteral("Ünïcode, \"quotes\"\nand a second line")));
    QVERIFY(m_doc->setCellsFlagged({flaggedCell, deletedCell}, true));
    QVERIFY(m_doc->deleteCells({deletedCell}));
    QString error;
    QVERIFY2(m_doc->save(&error), qPrintable(error));
    const QString sidecar = ReviewState::sidecarPath(m_path);
    QCOMPARE(sidecar, m_path + QStringLiteral(".review"));
    QVERIFY(QFile::exists(sidecar));
    QVERIFY(!readAll(m_path).contains("reviewed"));
    auto reread = ReviewState::load(m_path, &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(reread->image(m_doc->store().image(3).id).reviewed, true);
    QCOMPARE(reread->image(m_doc->store().image(4).id).note, QStringLiteral("Ünïcode, \"quotes\"\nand a second line"));
    QVERIFY(reread->isCellFlagged(flaggedCell));
    QVERIFY(!reread->isCellFlagged(deletedCell)); // the cell is gone from the saved file
    QVERIFY(readAll(sidecar).contains(m_doc->store().image(3).fileName.toUtf8()));
    auto again = openDocument(m_path);
    QVERIFY(again);
    QCOMPARE(again->imageReview(4).note, m_doc->imageReview(4).note);
}

void TestReviewState::sidecarErrorsNameTheFile()
{
    QVERIFY(writeAll(ReviewState::sidecarPath(m_path), "{\"format\": \"something else\"}"));
    QString error;
    QVERIFY(!ReviewState::load(m_path, &error));
    QVERIFY(error.contains(QStringLiteral(".review")) && error.contains(QStringLiteral("not a review file")));
    QVERIFY(writeAll(ReviewState::sidecarPath(m_path), "{\"format\": "));
    QVERIFY(!ReviewState::load(m_path, &error));
    QVERIFY(error.contains(QStringLiteral("byte")));
}

void TestReviewState::dismissedFindingsSurviveReloadAndSave()
{
    const QString key = QStringLiteral("near-duplicate/1/5007,5008");
    const QString other = QStringLiteral("empty-image/4/");
    const QString sidecar = ReviewState::sidecarPath(m_path);
    QVERIFY(m_doc->setImagesReviewed({1}, true));
    QString error;
    QVERIFY2(m_doc->save(&error), qPrintable(error));
    const QByteArray before = readAll(sidecar);
    QVERIFY(!before.contains("dismissedFindings")); // no field until something is dismissed

    QVERIFY2(m_doc->setFindingsDismissed({key, other}, true, &error), qPrintable(error));
    QVERIFY(m_doc->setFindingsDismissed({other}, false, &error));
    QVERIFY(!m_doc->isModified()); // a dismissal is not an unsaved edit: it is on disk already
    auto reread = ReviewState::load(m_path, &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(reread->dismissedFindings(), QSet<QString>{key});
    QVERIFY(reread->image(m_doc->store().image(1).id).reviewed); // the rest of the sidecar is kept

    QVERIFY(m_doc->setCellsFlagged({cellOf(*m_doc, 0, 1)}, true));
    QVERIFY2(m_doc->save(&error), qPrintable(error)); // a later save keeps the dismissal
    auto again = openDocument(m_path);
    QVERIFY(again);
    QVERIFY(again->review().isFindingDismissed(key));
    QVERIFY(!again->review().isFindingDismissed(other));

    // Without a document: only the dismissals change on disk.
    QVERIFY(ReviewState::saveDismissedFindings(m_path, m_doc->store(), {}, &error));
    reread = ReviewState::load(m_path, &error);
    QVERIFY(reread && reread->dismissedFindings().isEmpty());
    QVERIFY(reread->isCellFlagged(cellOf(*m_doc, 0, 1)));
}

void TestReviewState::sidecarOutOfMemoryIsAnError()
{
    // Before, the std::bad_alloc left ReviewState::save, after the save had written the annotations and
    // removed the journal: the application ended, the review state unsaved.
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    ReviewState state;
    ImageReview review;
    review.note = QString(4 << 20, u'n');   // a note whose JSON text is larger than the headroom
    state.setImage(m_doc->store().image(0).id, review);
    const QString sidecar = ReviewState::sidecarPath(m_path);
    QVERIFY(writeAll(sidecar, "{\"previous\": true}"));
    QString error;
    bool saved = true;
    {
        AddressSpaceLimit limit(1 << 20);
        QVERIFY(limit.active());
        saved = state.save(m_path, m_doc->store(), &error);
    }
    QVERIFY(!saved);
    QCOMPARE(error, QStringLiteral("%1: not enough memory to save the review state").arg(sidecar));
    QCOMPARE(readAll(sidecar), QByteArray("{\"previous\": true}"));
    QVERIFY2(state.save(m_path, m_doc->store(), &error), qPrintable(error));   // with the memory back
    QCOMPARE(ReviewState::load(m_path, &error)->image(m_doc->store().image(0).id).note, review.note);
}

void TestReviewState::sidecarGoesPerUserWhereTheFolderCannotTakeIt()
{
    // A reviewer of a read-only dataset share: before, File > Save failed and the marks could not be
    // kept. (The tests run as root, whom no folder permission stops; a folder standing where the
    // sidecar would go makes its save fail in the same way.)
    QStandardPaths::setTestModeEnabled(true);   // the per-user folder under ~/.qttest
    const QString beside = ReviewState::sidecarPath(m_path);
    const QString perUser = ReviewState::perUserSidecarPath(m_path);
    QVERIFY(!perUser.startsWith(m_dir.path()));
    QDir(perUser).removeRecursively();   // what a failed run may have left
    QFile::remove(perUser);
    QVERIFY(QDir().mkdir(beside));
    QVERIFY(m_doc->startJournal(nullptr));
    QVERIFY(m_doc->setImagesReviewed({2}, true));
    QString error;
    QVERIFY2(m_doc->save(&error), qPrintable(error));
    QVERIFY(!m_doc->isModified());
    QVERIFY(QFileInfo(perUser).isFile());
    auto reread = ReviewState::load(m_path, &error);
    QVERIFY2(reread, qPrintable(error));
    QVERIFY(reread->image(m_doc->store().image(2).id).reviewed);
    auto reopened = openDocument(m_path);
    QVERIFY(reopened && reopened->imageReview(2).reviewed);

    // Once the folder takes it again, the sidecar goes beside the file and the per-user copy goes.
    QVERIFY(QDir().rmdir(beside));
    QVERIFY(m_doc->setImagesFlagged({2}, true));
    QVERIFY2(m_doc->save(&error), qPrintable(error));
    QVERIFY(QFileInfo(beside).isFile());
    QVERIFY(!QFile::exists(perUser));
    QCOMPARE(ReviewState::load(m_path, &error)->image(m_doc->store().image(2).id), (ImageReview{true, true, {}}));

    // Where neither can be written, the message names both places.
    QVERIFY(QFile::remove(beside) && QDir().mkdir(beside));
    QVERIFY(QDir().mkpath(perUser));
    QVERIFY(m_doc->setImageNote(2, QStringLiteral("clumps")));
    QVERIFY(!m_doc->save(&error));
    QVERIFY2(error.startsWith(beside + QStringLiteral(": cannot save the review state")) && error.contains(perUser),
             qPrintable(error));
    QVERIFY(m_doc->isModified());
    const auto journal = Journal::read(Journal::pathFor(m_path), &error);   // the unsaved note is still journaled
    QVERIFY2(journal && !journal->records.empty(), qPrintable(error));
    QCOMPARE(journal->records.back().images.size(), std::size_t(1));
    QCOMPARE(journal->records.back().images.front().review.note, QStringLiteral("clumps"));
    QVERIFY(QDir().rmdir(perUser) && QDir().rmdir(beside));
    QStandardPaths::setTestModeEnabled(false);
}

namespace {
/** The per-user sidecars of this test run (QStandardPaths test mode), none left from an earlier run. */
void startWithNoPerUserSidecars()
{
    QStandardPaths::setTestModeEnabled(true);
    for (const QString& path : perUserFiles(QStringLiteral("reviews"), QStringLiteral(".review")))
        QFile::remove(path);
}
} // namespace

void TestReviewState::perUserMarksFollowTheFileToAnotherPath()
{
    // Before, a reviewer's marks on a read-only share were kept under the file's absolute path alone:
    // the share mounted elsewhere, reached through a link or copied, and they were gone.
    startWithNoPerUserSidecars();
    const QString beside = ReviewState::sidecarPath(m_path);
    QVERIFY(QDir().mkdir(beside));   // the folder cannot take the sidecar (see above)
    QVERIFY(m_doc->setImagesReviewed({2}, true));
    QVERIFY(m_doc->setImageNote(0, QStringLiteral("halo")));
    QString error;
    QVERIFY2(m_doc->save(&error), qPrintable(error));
    QVERIFY(QFileInfo(ReviewState::perUserSidecarPath(m_path)).isFile());
    const qint64 image2 = m_doc->store().image(2).id, image0 = m_doc->store().image(0).id;

    // The same file through a link to its folder: the same per-user sidecar, nothing carried over.
    const QString linked = m_dir.filePath(QStringLiteral("linked/livecell_coco_val.json"));
    QFile::remove(m_dir.filePath(QStringLiteral("linked")));   // what a failed run may have left
    QVERIFY(QFile::link(m_dir.path(), m_dir.filePath(QStringLiteral("linked"))));
    QCOMPARE(ReviewState::perUserSidecarPath(linked), ReviewState::perUserSidecarPath(m_path));
    auto viaLink = ReviewState::load(linked, &error);
    QVERIFY2(viaLink, qPrintable(error));
    QVERIFY(viaLink->image(image2).reviewed && viaLink->carriedFrom().isEmpty());

    // A copy of the file elsewhere (the share mounted at another place): its marks come along, named.
    QTemporaryDir elsewhere;
    const QString moved = elsewhere.filePath(QStringLiteral("livecell_coco_val.json"));
    QVERIFY(QFile::copy(m_path, moved));
    auto carried = ReviewState::load(moved, &error);
    QVERIFY2(carried, qPrintable(error));
    QCOMPARE(carried->image(image2), (ImageReview{true, false, {}}));
    QCOMPARE(carried->image(image0).note, QStringLiteral("halo"));
    QCOMPARE(carried->carriedFrom(), QFileInfo(m_path).absoluteFilePath());

    // Emptied there and saved, they stay empty there: not carried over again from the first path.
    auto doc = openDocument(moved);
    QVERIFY(doc && doc->imageReview(2).reviewed);
    QVERIFY(doc->setImagesReviewed({2}, false) && doc->setImageNote(0, {}));
    QVERIFY(doc->review().isEmpty());
    QVERIFY2(doc->save(&error), qPrintable(error));
    auto emptied = ReviewState::load(moved, &error);
    QVERIFY2(emptied, qPrintable(error));
    QVERIFY(emptied->isEmpty() && emptied->carriedFrom().isEmpty());
    QVERIFY(ReviewState::load(m_path, &error)->image(image2).reviewed);   // the first path keeps its own

    // A file of other content (one byte more) at another path gets none of them.
    const QString other = elsewhere.filePath(QStringLiteral("other.json"));
    QByteArray bytes = readAll(m_path);
    QVERIFY(writeAll(other, bytes.append('\n')));
    auto none = ReviewState::load(other, &error);
    QVERIFY2(none && none->isEmpty() && none->carriedFrom().isEmpty(), qPrintable(error));
    QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("linked"))) && QDir().rmdir(beside));
    QStandardPaths::setTestModeEnabled(false);
}

void TestReviewState::perUserSidecarOfEarlierVersionsIsRead()
{
    // Earlier versions named the per-user sidecar from the absolute path the file was opened by; opened
    // through a link, that differs from the name now made from the file's own path. It is still read,
    // and the next save replaces it.
    startWithNoPerUserSidecars();
    QFile::remove(m_dir.filePath(QStringLiteral("linked")));   // what a failed run may have left
    QVERIFY(QFile::link(m_dir.path(), m_dir.filePath(QStringLiteral("linked"))));
    const QString linked = m_dir.filePath(QStringLiteral("linked/livecell_coco_val.json"));
    const QStringList candidates = perUserFileCandidates(linked, QStringLiteral("reviews"), QStringLiteral(".review"));
    QCOMPARE(candidates.size(), 2);
    QCOMPARE(candidates.front(), ReviewState::perUserSidecarPath(m_path));
    ReviewState earlier;
    earlier.setImage(m_doc->store().image(1).id, {true, true, QStringLiteral("from before")});
    QVERIFY(QDir().mkpath(QFileInfo(candidates.back()).absolutePath()));
    QVERIFY(writeAll(candidates.back(), earlier.toJson(m_doc->store())));
    auto doc = openDocument(linked);
    QVERIFY(doc);
    QCOMPARE(doc->imageReview(1).note, QStringLiteral("from before"));
    QVERIFY(doc->review().carriedFrom().isEmpty());

    const QString beside = ReviewState::sidecarPath(linked);
    QVERIFY(QDir().mkdir(beside));
    QVERIFY(doc->setImageNote(1, QStringLiteral("now")));
    QString error;
    QVERIFY2(doc->save(&error), qPrintable(error));
    QVERIFY(QFileInfo(candidates.front()).isFile());
    QVERIFY(!QFile::exists(candidates.back()));
    QCOMPARE(ReviewState::load(m_path, &error)->image(m_doc->store().image(1).id).note, QStringLiteral("now"));
    QVERIFY(QDir().rmdir(beside) && QFile::remove(m_dir.filePath(QStringLiteral("linked"))));
    QStandardPaths::setTestModeEnabled(false);
}

CURATOR_LIMITED_MEMORY_MAIN(TestReviewState)
#include "tst_reviewstate.moc"
