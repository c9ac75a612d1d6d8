// Review state: per image reviewed / flagged / note and per cell flags, undoable like any edit,
// navigable (next unreviewed / next flagged), summarised per cell type and split, and kept in a
// sidecar file, never in the COCO JSON.
#include "documentfixture.h"

#include "model/journal.h"

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

CURATOR_LIMITED_MEMORY_MAIN(TestReviewState)
#include "tst_reviewstate.moc"
