// The editing side of the workspace: a document per editable set that survives unrelated workspace
// changes, edits reaching the views through Workspace::annotationsChanged, and crash recovery
// offered when a file with a leftover journal is opened.
#include "documentfixture.h"

#include "model/documentmanager.h"
#include "model/peruserfile.h"
#include "model/reviewstate.h"
#include "model/workspace.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace curator;
using namespace curator::test;

namespace {
std::unique_ptr<AnnotationSet> load(const QString& path)
{
    QString error;
    auto set = CocoReader::readFile(path, &error);
    if (!set)
        qWarning("%s", qPrintable(error));
    return set;
}
} // namespace

class TestDocumentManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void editableSetsGetJournaledDocuments();
    void documentsSurviveAddingASet();
    void editsReachTheWorkspaceViews();
    void leftoverJournalIsOfferedAndRestored();
    void declinedRecoveryStartsClean();
    void declinedEditsOfARenamedFileGo();
    void saveAllSavesModifiedDocuments();
    void activeSetStaysWhenTheSameFilesAreOpenedAgain();
    void reviewMarksCarriedOverOrUnreadableAreTold();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestDocumentManager::init()
{
    m_path = m_dir.filePath(QStringLiteral("livecell_coco_val.json"));
    QFile::remove(m_path);
    Journal::discard(m_path);
    QVERIFY(QFile::copy(realValJson(), m_path));
}

void TestDocumentManager::editableSetsGetJournaledDocuments()
{
    Workspace workspace;
    DocumentManager manager(&workspace);
    QCOMPARE(manager.activeDocument(), nullptr);
    workspace.addSet(load(m_path));
    workspace.addSet(load(referenceEvalDir() + QStringLiteral("/real_val_results.json")));
    QVERIFY(manager.document(0));
    QVERIFY(manager.document(0)->isJournaling());
    QCOMPARE(manager.document(1), nullptr); // a results list is read-only
    QCOMPARE(manager.activeSet(), 0);
    QCOMPARE(manager.activeDocument(), manager.document(0));
}

void TestDocumentManager::documentsSurviveAddingASet()
{
    Workspace workspace;
    DocumentManager manager(&workspace);
    workspace.addSet(load(m_path));
    Document* doc = manager.document(0);
    QVERIFY(doc->deleteCells({cellOf(*doc, 0, 0)}));
    QSignalSpy documents(&manager, &DocumentManager::documentsChanged);
    QSignalSpy active(&manager, &DocumentManager::activeSetChanged);
    workspace.addSet(load(referenceEvalDir() + QStringLiteral("/real_val_results.json")));
    QCOMPARE(manager.document(0), doc);
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(manager.modifiedSets(), QList<int>{0});
    // The active document stayed: it is not announced again (the Quality Findings panel, which follows
    // it, switched to it from a file chosen in the panel and dropped the findings).
    QCOMPARE(documents.count(), 1);
    QCOMPARE(active.count(), 0);
    // The same file opened again is a new document, announced even at the same index.
    workspace.open({m_path});
    workspace.waitForLoaded();
    QCOMPARE(active.count(), 1);
    QCOMPARE(active.at(0).at(0).toInt(), 0);
}

void TestDocumentManager::editsReachTheWorkspaceViews()
{
    Workspace workspace;
    DocumentManager manager(&workspace);
    workspace.addSet(load(m_path));
    QSignalSpy spy(&workspace, &Workspace::annotationsChanged);
    Document* doc = manager.activeDocument();
    QVERIFY(doc->moveCells({cellOf(*doc, 2, 0)}, {1, 1}));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 0);
    QCOMPARE(spy.at(0).at(1).toInt(), 2);
    doc->undoStack()->undo();
    QCOMPARE(spy.count(), 2);
}

void TestDocumentManager::leftoverJournalIsOfferedAndRestored()
{
    QByteArray expected;
    {
        Workspace workspace;
        DocumentManager manager(&workspace);
        workspace.addSet(load(m_path));
        Document* doc = manager.activeDocument();
        QVERIFY(doc->deleteCells({cellOf(*doc, 1, 0)}) && doc->setImagesFlagged({3}, true));
        expected = exported(*doc);
    } // the session ends without saving: its journal stays, as after a crash
    Workspace workspace;
    DocumentManager manager(&workspace);
    QSignalSpy offered(&manager, &DocumentManager::recoveryAvailable);
    workspace.addSet(load(m_path));
    QCOMPARE(offered.count(), 1);
    QCOMPARE(offered.at(0).at(0).toInt(), 0);
    QVERIFY(offered.at(0).at(1).toString().contains(QStringLiteral("2 unsaved change")));
    QCOMPARE(int(manager.pendingRecoveries().size()), 1);
    QVERIFY(!manager.document(0)->isJournaling());
    QString error;
    QVERIFY2(manager.resolveRecovery(0, true, &error), qPrintable(error));
    QVERIFY(manager.pendingRecoveries().empty());
    Document* doc = manager.document(0);
    QVERIFY(doc->isJournaling() && doc->isModified());
    QVERIFY(exported(*doc) == expected);
    QVERIFY(doc->imageReview(3).flagged);
}

void TestDocumentManager::declinedRecoveryStartsClean()
{
    {
        Workspace workspace;
        DocumentManager manager(&workspace);
        workspace.addSet(load(m_path));
        QVERIFY(manager.activeDocument()->deleteCells({cellOf(*manager.activeDocument(), 1, 0)}));
    }
    Workspace workspace;
    DocumentManager manager(&workspace);
    workspace.addSet(load(m_path));
    QString error;
    QVERIFY(manager.resolveRecovery(0, false, &error));
    QVERIFY(!manager.document(0)->isModified());
    QVERIFY(manager.document(0)->isJournaling());
    QVERIFY(exported(*manager.document(0)) == readAll(realValJson()));
    QVERIFY(!manager.resolveRecovery(0, true, &error)); // nothing left to restore
}

void TestDocumentManager::declinedEditsOfARenamedFileGo()
{
    // The file renamed after the session ended without saving: its edits are offered (tst_movedjournal), and
    // declining them deletes the journal they were in, which is not the renamed file's own.
    QString journalPath;
    {
        Workspace workspace;
        DocumentManager manager(&workspace);
        workspace.addSet(load(m_path));
        QVERIFY(manager.activeDocument()->deleteCells({cellOf(*manager.activeDocument(), 1, 0)}));
        journalPath = manager.activeDocument()->journalPath();
    }
    const QString renamed = m_dir.filePath(QStringLiteral("renamed.json"));
    QFile::remove(renamed);
    QVERIFY(QFile::rename(m_path, renamed));
    Workspace workspace;
    DocumentManager manager(&workspace);
    QSignalSpy offered(&manager, &DocumentManager::recoveryAvailable);
    workspace.addSet(load(renamed));
    QCOMPARE(offered.count(), 1);
    const QString summary = offered.at(0).at(1).toString();
    QVERIFY2(summary.contains(QStringLiteral("1 unsaved change(s) to renamed.json")), qPrintable(summary));
    QVERIFY2(summary.contains(QDir::toNativeSeparators(m_path)), qPrintable(summary));
    QString error;
    QVERIFY2(manager.resolveRecovery(0, false, &error), qPrintable(error));
    QVERIFY(!QFile::exists(journalPath));
    QVERIFY(manager.document(0)->isJournaling());
    QCOMPARE(manager.document(0)->journalPath(), Journal::pathFor(renamed));
    QVERIFY(!manager.document(0)->isModified());
}

void TestDocumentManager::saveAllSavesModifiedDocuments()
{
    Workspace workspace;
    DocumentManager manager(&workspace);
    QSignalSpy modified(&manager, &DocumentManager::modifiedChanged);
    workspace.addSet(load(m_path));
    QVERIFY(manager.activeDocument()->moveCells({cellOf(*manager.activeDocument(), 0, 0)}, {2, 0}));
    QVERIFY(manager.hasUnsavedChanges());
    QCOMPARE(modified.last().at(0).toBool(), true);
    QString error;
    QVERIFY2(manager.saveAll(&error), qPrintable(error));
    QVERIFY(!manager.hasUnsavedChanges());
    QCOMPARE(modified.last().at(0).toBool(), false);
    QVERIFY(readAll(m_path) == exported(*manager.activeDocument()));
}

void TestDocumentManager::activeSetStaysWhenTheSameFilesAreOpenedAgain()
{
    // File > Reload from Disk opens the same files again: every document is new, and edits went on
    // going to the first editable set, whichever the user had chosen.
    const QString second = m_dir.filePath(QStringLiteral("livecell_coco_test.json"));
    QFile::remove(second);
    Journal::discard(second);
    QVERIFY(QFile::copy(realValJson(), second));
    Workspace workspace;
    DocumentManager manager(&workspace);
    workspace.open({m_path, second, realImagesDir()});
    workspace.waitForLoaded();
    QCOMPARE(workspace.setCount(), 2);
    const int chosen = manager.document(0)->path() == second ? 0 : 1;
    manager.setActiveSet(chosen);
    QCOMPARE(manager.activeDocument()->path(), second);
    workspace.open(workspace.openedPaths());
    workspace.waitForLoaded();
    QVERIFY(manager.activeDocument());
    QCOMPARE(manager.activeDocument()->path(), second);
}

void TestDocumentManager::reviewMarksCarriedOverOrUnreadableAreTold()
{
    // Marks kept per user for this file at another path come with it, and the user is told from where;
    // a sidecar that cannot be read is told as such (before, under "Unsaved edits are not protected").
    QStandardPaths::setTestModeEnabled(true);
    for (const QString& path : perUserFiles(QStringLiteral("reviews"), QStringLiteral(".review")))
        QFile::remove(path);
    QTemporaryDir share;
    const QString onShare = share.filePath(QStringLiteral("livecell_coco_val.json"));
    QVERIFY(QFile::copy(m_path, onShare));
    {
        auto doc = openDocument(onShare);
        QVERIFY(doc && doc->setImagesReviewed({1}, true));
        QVERIFY(QDir().mkdir(ReviewState::sidecarPath(onShare)));   // the share's folder cannot take it
        QString error;
        QVERIFY2(doc->save(&error), qPrintable(error));
    }
    Workspace workspace;
    DocumentManager manager(&workspace);
    QSignalSpy carried(&manager, &DocumentManager::reviewStateCarriedOver);
    QSignalSpy failed(&manager, &DocumentManager::reviewStateFailed);
    workspace.addSet(load(m_path));
    QCOMPARE(carried.count(), 1);
    QCOMPARE(carried.front().at(1).toString(), m_path);
    QCOMPARE(carried.front().at(2).toString(), QFileInfo(onShare).absoluteFilePath());
    QVERIFY(manager.document(0)->imageReview(1).reviewed);
    QCOMPARE(failed.count(), 0);

    QTemporaryDir other;
    const QString damaged = other.filePath(QStringLiteral("livecell_coco_val.json"));
    QVERIFY(QFile::copy(realValJson(), damaged) && writeAll(ReviewState::sidecarPath(damaged), "{\"format\": 1"));
    workspace.addSet(load(damaged));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.front().at(1).toString();
    QVERIFY2(message.startsWith(ReviewState::sidecarPath(damaged) + QStringLiteral(": not valid JSON")),
             qPrintable(message));
    QCOMPARE(carried.count(), 1);
    QStandardPaths::setTestModeEnabled(false);
}

QTEST_GUILESS_MAIN(TestDocumentManager)
#include "tst_documentmanager.moc"
