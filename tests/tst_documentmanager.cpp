// The editing side of the workspace: a document per editable set that survives unrelated workspace
// changes, edits reaching the views through Workspace::annotationsChanged, and crash recovery
// offered when a file with a leftover journal is opened.
#include "documentfixture.h"

#include "model/documentmanager.h"
#include "model/workspace.h"

#include <QSignalSpy>
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
    void saveAllSavesModifiedDocuments();
    void activeSetStaysWhenTheSameFilesAreOpenedAgain();

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

QTEST_GUILESS_MAIN(TestDocumentManager)
#include "tst_documentmanager.moc"
