// The main window's editing session on the real LIVECell val file: edits reach every view at once,
// Edit ▸ Undo/Redo and the History panel follow the active set, Save writes the file, the title
// marks unsaved edits, closing or opening other files asks first, and a crashed session's edits are
// offered back.
#include "actionlookup.h"
#include "editingfixture.h"

#include "model/imagebrowsermodel.h"
#include "model/io/cocowriter.h"
#include "model/reviewstate.h"
#include "widgets/documentcontroller.h"
#include "widgets/imagebrowserdock.h"
#include "widgets/saveprogress.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QStandardPaths>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

using namespace curator;
using namespace curator::test;

class TestDocumentController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    QString m_path;

    static int browserCount(MainWindow& window)
    {
        const int row = window.browser()->currentRow();
        return window.browser()->model()->row(row).cells;
    }

    /** Another program deletes annotation @p id from the file at @p path, writing it in place (same inode). */
    static bool deleteOnDisk(const QString& path, qint64 id)
    {
        QString error;
        auto set = CocoReader::readFile(path, &error);
        const int a = set ? set->store.annotationIndex(id) : -1;
        if (a < 0)
            return false;
        set->store.setDeleted(a, true);
        const auto bytes = CocoWriter::toBytes(*set, &error);
        set.reset();
        return bytes && writeAll(path, *bytes);
    }

    /** Waits for the load File ▸ Reload from Disk started and for the answers queued after it. */
    static void waitForReload(MainWindow& window)
    {
        window.workspace()->waitForLoaded();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void init() { m_path = copyRealVal(m_dataDir); }

    void editReachesEveryViewAndUndoRedoRestoresIt()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_path));
        const int image = shownImage(window);
        QVERIFY(image >= 0);
        const int cells = window.cellTable()->model()->rowCount();
        QVERIFY(cells > 10);
        QCOMPARE(window.canvas()->overlay().count(), cells);
        QVERIFY(!window.isWindowModified());
        QVERIFY(!window.documentController()->undoAction()->isEnabled());

        QVERIFY(window.documents()->activeDocument()->deleteCells({activeCell(window, image)}));
        QCOMPARE(window.cellTable()->model()->rowCount(), cells - 1);
        QCOMPARE(window.canvas()->overlay().count(), cells - 1);
        QCOMPARE(browserCount(window), cells - 1);
        QVERIFY(window.isWindowModified());
        QAction* undo = window.documentController()->undoAction();
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(QStringLiteral("Undo")), qPrintable(undo->text()));
        const QString edit = window.documents()->activeDocument()->undoStack()->undoText();
        QVERIFY(!edit.isEmpty());

        undo->trigger();
        QCOMPARE(window.cellTable()->model()->rowCount(), cells);
        QCOMPARE(window.canvas()->overlay().count(), cells);
        QCOMPARE(browserCount(window), cells);
        QVERIFY(!window.isWindowModified());
        // The status bar says what was undone (before, it kept saying what the edit had done).
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Undone: %1").arg(edit));

        window.documentController()->redoAction()->trigger();
        QCOMPARE(window.cellTable()->model()->rowCount(), cells - 1);
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Redone: %1").arg(edit));
    }

    void historyPanelListsTheEdits()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_path));
        const int image = shownImage(window);
        Document* doc = window.documents()->activeDocument();
        QVERIFY(doc->deleteCells({activeCell(window, image, 0)}));
        QVERIFY(doc->setCellsFlagged({activeCell(window, image, 0)}, true));
        auto* view = window.findChild<QUndoView*>();
        QVERIFY(view);
        // The empty state plus one row per edit.
        QCOMPARE(view->model()->rowCount(), 3);
        QVERIFY(window.documentController()->historyDock()->toggleViewAction());
        // Clicking the first row goes back to the file as opened.
        view->setCurrentIndex(view->model()->index(0, 0));
        QCOMPARE(doc->undoStack()->index(), 0);
        QVERIFY(!window.isWindowModified());
    }

    void saveWritesTheFileAndClearsTheMarker()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_path));
        const int before = liveCellsInFile(m_path);
        QVERIFY(window.documents()->activeDocument()->deleteCells({activeCell(window, shownImage(window))}));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("[*]")));
        window.documentController()->saveAction()->trigger();
        QVERIFY(!window.isWindowModified());
        QCOMPARE(liveCellsInFile(m_path), before - 1);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Saved")));
    }

    void saveSaysWhereReviewMarksWentPerUser()
    {
        // On a read-only dataset folder the review sidecar goes per user: the status bar says where.
        // (Root passes any permission: a folder where the sidecar would go stands in for the read-only one.)
        QStandardPaths::setTestModeEnabled(true);
        const QString beside = ReviewState::sidecarPath(m_path);
        const QString perUser = ReviewState::perUserSidecarPath(m_path);
        QFile::remove(perUser);
        QVERIFY(QDir().mkdir(beside));
        MainWindow window;
        QVERIFY(openAndWait(window, m_path));
        QVERIFY(window.documents()->activeDocument()->setImagesReviewed({0}, true));
        window.documentController()->saveAction()->trigger();
        QVERIFY(!window.isWindowModified());
        QVERIFY(QFileInfo(perUser).isFile());
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Saved; review marks kept in %1 (the annotation folder is read-only).")
                     .arg(QDir::toNativeSeparators(QFileInfo(perUser).absolutePath())));
        QVERIFY(QFile::remove(perUser) && QDir().rmdir(beside));
        QStandardPaths::setTestModeEnabled(false);
    }

    void saveProgressKeepsTheCancel()
    {
        // File > Save, Export and Model > Save Predictions As asked the dialog after reset(), which
        // clears wasCanceled(): a cancelled save raised "Cannot Save: Saving was cancelled." as a failure.
        QWidget parent;
        SaveProgress cancelled(QStringLiteral("Saving"), &parent);
        const auto report = cancelled.callback();
        QVERIFY(report(0, 10));
        cancelled.dialog()->cancel();
        QVERIFY(!report(5, 10));   // the writer stops
        QVERIFY(cancelled.finish());
        QVERIFY(!cancelled.dialog()->wasCanceled());   // what the callers read before
        SaveProgress finished(QStringLiteral("Saving"), &parent);
        QVERIFY(finished.callback()(10, 10));
        QVERIFY(!finished.finish());
    }

    void exportCopyLeavesTheOpenFileAlone()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_path));
        const int before = liveCellsInFile(m_path);
        QVERIFY(window.documents()->activeDocument()->deleteCells({activeCell(window, shownImage(window))}));
        const QString copy = m_dataDir.filePath(QStringLiteral("exported.json"));
        QVERIFY(window.documentController()->exportActive(copy));
        QCOMPARE(liveCellsInFile(copy), before - 1);
        QCOMPARE(liveCellsInFile(m_path), before);
        QVERIFY(window.isWindowModified());

        const QString renamed = m_dataDir.filePath(QStringLiteral("renamed.json"));
        QVERIFY(window.documentController()->saveActiveAs(renamed));
        QCOMPARE(window.documents()->activeDocument()->path(), renamed);
        QCOMPARE(liveCellsInFile(renamed), before - 1);
        QVERIFY(!window.isWindowModified());
    }

    void activeSetMenuListsEditableSets()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_path));
        QMenu* menu = window.documentController()->activeSetMenu();
        QCOMPARE(menu->actions().size(), 1);
        QVERIFY(menu->actions().first()->isChecked());
        QVERIFY(menu->actions().first()->text().contains(QStringLiteral("livecell_coco_val.json")));
    }

    void closingWithUnsavedEditsAsks()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_path));
        QVERIFY(window.documents()->activeDocument()->deleteCells({activeCell(window, shownImage(window))}));
        const QString journal = window.documents()->activeDocument()->journalPath();
        QVERIFY(QFile::exists(journal));

        QString question;
        answerNextQuestion(QMessageBox::Cancel, &question);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY2(question.contains(QStringLiteral("livecell_coco_val.json")), qPrintable(question));

        answerNextQuestion(QMessageBox::Discard);
        QVERIFY(window.close());
        QVERIFY(!QFile::exists(journal));
        QCOMPARE(liveCellsInFile(m_path), liveCellsInFile(realValJson()));
    }

    void closingCanSaveFirst()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_path));
        QVERIFY(window.documents()->activeDocument()->deleteCells({activeCell(window, shownImage(window))}));
        answerNextQuestion(QMessageBox::Save);
        QVERIFY(window.close());
        QCOMPARE(liveCellsInFile(m_path), liveCellsInFile(realValJson()) - 1);
    }

    void openingOtherFilesAsksFirst()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_path));
        QVERIFY(window.documents()->activeDocument()->deleteCells({activeCell(window, shownImage(window))}));
        answerNextQuestion(QMessageBox::Cancel);
        window.openPaths({m_path, realImagesDir()});
        QVERIFY(!window.workspace()->isLoading());
        QVERIFY(window.isWindowModified()); // nothing replaced, edits still there

        answerNextQuestion(QMessageBox::Discard);
        QVERIFY(openAndWait(window, m_path));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.documents()->pendingRecoveries().empty()); // discarded, not left as a journal
    }

    void refusedSaveOffersToReloadAndReapply()
    {
        // Another program rewrote the file while it was open with edits: saving refuses (its unedited
        // cells can no longer be copied from it), and before, the only way to keep the edits was to
        // quit and restore them at the next start. The refusal now offers to reload the file and
        // re-apply the edits to it, which keeps both the other program's change and the edits.
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_path));
        const int image = shownImage(window);
        const QString shown = window.canvas()->imageName();
        const qint64 mine = activeCell(window, image, 0), theirs = activeCell(window, image, 1);
        QVERIFY(window.documents()->activeDocument()->deleteCells({mine}));
        QVERIFY(deleteOnDisk(m_path, theirs));
        QVERIFY(window.documents()->activeDocument()->fileChangedOnDisk());

        window.documentController()->saveAction()->trigger();
        QVERIFY(window.isWindowModified());
        auto* prompt = window.findChild<QMessageBox*>(QStringLiteral("changedOnDiskPrompt"));
        QVERIFY(prompt);
        QVERIFY2(prompt->text().contains(QStringLiteral("changed on disk")), qPrintable(prompt->text()));
        prompt->findChild<QPushButton*>(QStringLiteral("reloadButton"))->click();
        waitForReload(window);

        const Document* doc = window.documents()->activeDocument();
        QVERIFY(doc);
        QVERIFY(!doc->fileChangedOnDisk());
        QVERIFY(!doc->store().isLive(doc->store().annotationIndex(mine)));   // the edit, re-applied
        QCOMPARE(doc->store().annotationIndex(theirs), -1);                  // the other program's change
        QVERIFY(window.isWindowModified());
        QVERIFY(doc->isJournaling());
        QCOMPARE(window.canvas()->imageName(), shown);
        QVERIFY(window.findChild<QMessageBox*>(QStringLiteral("recoveryPrompt")) == nullptr);   // not asked again
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Reloaded livecell_coco_val.json from disk and re-applied its unsaved edits."));

        QVERIFY(window.documentController()->saveAll());
        QCOMPARE(liveCellsInFile(m_path), liveCellsInFile(realValJson()) - 2);
    }

    void reloadFromDiskAsksAboutEdits()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_path));
        auto* reload = window.findChild<QAction*>(QStringLiteral("reloadAction"));
        QVERIFY(reload);
        QVERIFY(reload->isEnabled());
        const int image = shownImage(window);
        const qint64 mine = activeCell(window, image, 0);
        QVERIFY(window.documents()->activeDocument()->deleteCells({mine}));
        const QString journal = window.documents()->activeDocument()->journalPath();

        // Cancel: nothing happens.
        QString question;
        answerNextQuestion(QMessageBox::Cancel, &question);
        reload->trigger();
        QVERIFY2(question.contains(QStringLiteral("livecell_coco_val.json")), qPrintable(question));
        QVERIFY(!window.workspace()->isLoading());
        QVERIFY(window.isWindowModified());

        // Re-apply, with the file unchanged: the same edit, still unsaved.
        answerNextQuestionWith(QStringLiteral("reapplyButton"));
        reload->trigger();
        waitForReload(window);
        const Document* doc = window.documents()->activeDocument();
        QVERIFY(!doc->store().isLive(doc->store().annotationIndex(mine)));
        QVERIFY(window.isWindowModified());
        QCOMPARE(doc->journalPath(), journal);

        // Discard: the file as it is on disk, no edits, no journal left to offer.
        answerNextQuestionWith(QStringLiteral("discardButton"));
        reload->trigger();
        waitForReload(window);
        doc = window.documents()->activeDocument();
        QVERIFY(doc->store().isLive(doc->store().annotationIndex(mine)));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.documents()->pendingRecoveries().empty());
        QVERIFY(doc->isJournaling());
    }

    void reloadWithoutEditsShowsTheFileAsItIsNow()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_path));
        // Another annotated image than the one shown at first, to see that it stays shown.
        int row = 0;
        while (row < window.browser()->model()->rowCount()
               && (window.browser()->model()->row(row).cells <= 0 || row == window.browser()->currentRow()))
            ++row;
        QVERIFY(row < window.browser()->model()->rowCount());
        window.browser()->setCurrentRow(row);
        QTRY_COMPARE(window.canvas()->imageName(), window.browser()->model()->row(row).fileName);
        const QString shown = window.canvas()->imageName();
        const int image = shownImage(window);
        const int cells = window.cellTable()->model()->rowCount();
        QVERIFY(deleteOnDisk(m_path, activeCell(window, image, 0)));

        window.reloadFromDisk();   // no question: nothing to lose
        waitForReload(window);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Reloaded 1 annotation file(s) from disk")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(window.canvas()->imageName(), shown);
        QCOMPARE(window.cellTable()->model()->rowCount(), cells - 1);
        QVERIFY(!window.isWindowModified());
    }

    void reloadSaysWhichEditsItCouldNotReapply()
    {
        // A cell drawn on an image that another program then removed from the file cannot be re-applied
        // (it would be an annotation of no image): the user is told how many were left out.
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_path));
        Document* doc = window.documents()->activeDocument();
        const int image = shownImage(window);
        QVERIFY(doc->addCell(image, QPolygonF(QList<QPointF>{{5, 5}, {25, 5}, {25, 25}, {5, 25}})).has_value());
        QVERIFY(removeImageFromCoco(m_path, doc->store().image(image).id));
        answerNextQuestionWith(QStringLiteral("reapplyButton"));
        window.reloadFromDisk();
        waitForReload(window);
        const QMessageBox* told = shownBoxSaying(window, QStringLiteral("could not be restored"));
        QVERIFY(told);
        QVERIFY2(told->text().startsWith(QStringLiteral("1 edited cell(s) of livecell_coco_val.json")), qPrintable(told->text()));
    }

    void reloadSaysWhenAFileIsNoLongerOpened()
    {
        // A distribution folder whose edited file was renamed meanwhile: the reload opens it under its
        // new name, without the edits, which stay in the old name's journal (and the user is told).
        QTemporaryDir folder;
        QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("annotations/LIVECell")));
        const QString path = copyRealVal(folder, QStringLiteral("annotations/LIVECell/livecell_coco_val.json"));
        MainWindow window;
        window.show();
        window.openPaths({folder.path(), realImagesDir()});
        window.workspace()->waitForLoaded();
        QCoreApplication::processEvents();
        QVERIFY(window.documents()->activeDocument());
        QCOMPARE(window.documents()->activeDocument()->path(), path);
        QVERIFY(window.documents()->activeDocument()->deleteCells({activeCell(window, shownImage(window))}));
        QVERIFY(QFile::rename(path, QFileInfo(path).dir().filePath(QStringLiteral("livecell_coco_test.json"))));

        answerNextQuestionWith(QStringLiteral("reapplyButton"));
        window.reloadFromDisk();
        waitForReload(window);
        QVERIFY(window.documents()->activeDocument()->path().endsWith(QStringLiteral("livecell_coco_test.json")));
        QVERIFY(!window.isWindowModified());
        const QMessageBox* told = shownBoxSaying(window, QStringLiteral("was not opened again"));
        QVERIFY(told);
        QVERIFY2(told->text().contains(QDir::toNativeSeparators(path)), qPrintable(told->text()));
        QVERIFY(Journal::findRecoverable(path));   // the edits, for when it is opened again
        Journal::discard(path);
    }

    void crashedSessionIsOfferedAndRestored()
    {
        qint64 deleted = 0;
        {
            // A session that ends without saving or discarding, as a crash would.
            auto doc = Document::open(m_path, nullptr);
            QVERIFY(doc);
            QVERIFY(doc->startJournal(nullptr));
            deleted = doc->store().annotationId(int(doc->store().annotationsOfImage(0).front()));
            QVERIFY(doc->deleteCells({deleted}));
        }
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_path));
        auto* prompt = window.findChild<QMessageBox*>(QStringLiteral("recoveryPrompt"));
        QVERIFY(prompt);
        QVERIFY(prompt->isVisible());
        QVERIFY(prompt->text().contains(QStringLiteral("livecell_coco_val.json")));
        Document* doc = window.documents()->activeDocument();
        QVERIFY(doc->store().isLive(doc->store().annotationIndex(deleted)));

        prompt->findChild<QPushButton*>(QStringLiteral("restoreButton"))->click();
        QVERIFY(!doc->store().isLive(doc->store().annotationIndex(deleted)));
        QVERIFY(window.isWindowModified());
        QVERIFY(doc->isJournaling());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Restored")));
        // The restored edit is undoable, as in the session that made it.
        QAction* undo = window.documentController()->undoAction();
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().startsWith(QStringLiteral("&Undo Delete 1 cell")), qPrintable(undo->text()));
        undo->trigger();
        QVERIFY(doc->store().isLive(doc->store().annotationIndex(deleted)));
        QVERIFY(!window.isWindowModified());
    }

    void crashedSessionCanBeDiscarded()
    {
        {
            auto doc = Document::open(m_path, nullptr);
            QVERIFY(doc->startJournal(nullptr));
            QVERIFY(doc->deleteCells({doc->store().annotationId(int(doc->store().annotationsOfImage(0).front()))}));
        }
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_path));
        auto* prompt = window.findChild<QMessageBox*>(QStringLiteral("recoveryPrompt"));
        QVERIFY(prompt);
        prompt->findChild<QPushButton*>(QStringLiteral("discardButton"))->click();
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.documents()->activeDocument()->isJournaling());
        QVERIFY(!Journal::findRecoverable(m_path));
    }
};

QTEST_MAIN(TestDocumentController)
#include "tst_documentcontroller.moc"
