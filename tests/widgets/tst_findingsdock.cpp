// The QC findings dock: a run over the planted-problem fixture lists every check with its count,
// choosing a finding shows its image with the cell selected, dismissals are kept in the review
// sidecar across sessions, and an edit that fixes a problem drops its finding.
#include "actionlookup.h"
#include "qcfixture.h"
#include "testutil.h"
#include "editingfixture.h"
#include "viewerfixtures.h"

#include "model/documentmanager.h"
#include "model/io/cocoreader.h"
#include "model/qc/qcfindingsfilter.h"
#include "model/qc/qcfindingsmodel.h"
#include "model/reviewstate.h"
#include "widgets/celltabledock.h"
#include "model/imagebrowsermodel.h"
#include "widgets/findingsdock.h"
#include "widgets/imagebrowserdock.h"
#include "widgets/imagecanvas.h"
#include "widgets/mainwindow.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <atomic>
#include <new>

using namespace curator;
using namespace curator::test;

namespace {

/** The fixture's images, in a source that runs out of memory when asked whether it holds one. */
class ShortOfMemorySource : public MemoryImageSource
{
public:
    bool contains(const QString& name) const override
    {
        if (shortOfMemory)
            throw std::bad_alloc();
        return MemoryImageSource::contains(name);
    }
    std::atomic_bool shortOfMemory{false};
};

} // namespace

class TestFindingsDock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_path;

    /** Loads the fixture (val) and the other split (train) with an image source lacking one image. */
    void fill(Workspace& workspace)
    {
        QString error;
        auto set = CocoReader::readFile(m_path, &error);
        QVERIFY2(set, qPrintable(error));
        workspace.addSet(std::move(set));
        workspace.addSet(CocoReader::readBytes(QcFixture::otherSplitJson(), m_dir.filePath(QStringLiteral("livecell_coco_train.json")), &error));
        auto source = std::make_unique<MemoryImageSource>();
        for (const QString& name : QcFixture().presentImageNames())
            source->add(name, gradientImage());
        workspace.setImageSource(std::move(source));
    }

    static QModelIndex findingIndex(FindingsDock& dock, QcCheck check)
    {
        QAbstractItemModel* m = dock.view()->model();
        for (int g = 0; g < m->rowCount(); ++g) {
            const QModelIndex group = m->index(g, 0);
            if (group.data(QcFindingsModel::CheckRole).toInt() == int(check) && m->rowCount(group) > 0)
                return m->index(0, 0, group);
        }
        return {};
    }

    /** An empty results list, as a model run or Model > Import adds one. */
    static std::unique_ptr<AnnotationSet> resultsSet()
    {
        auto set = std::make_unique<AnnotationSet>();
        set->info.kind = SetKind::Results;
        set->info.path = QStringLiteral("model.json");
        set->layout.bareResultsList = true;
        return set;
    }

    /** Opens the fixture and, beside it, a train split (QcFixture::otherSplitJson()) in @p window. */
    void openWithOtherSplit(MainWindow& window)
    {
        const QString train = m_dir.filePath(QStringLiteral("annotations/LIVECell/livecell_coco_train.json"));
        QVERIFY(writeAll(train, QcFixture::otherSplitJson()));
        window.openPaths({m_path, train});
        window.workspace()->waitForLoaded();
        QCOMPARE(window.workspace()->setCount(), 2);
    }

    static void runAndWait(FindingsDock& dock)
    {
        dock.runChecks();
        dock.waitForChecks();
        QVERIFY(!dock.isRunning());
        QVERIFY(dock.model()->findingCount() > 0);
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("curator-tests"));
        QDir(m_dir.path()).mkpath(QStringLiteral("annotations/LIVECell"));
        m_path = m_dir.filePath(QStringLiteral("annotations/LIVECell/livecell_coco_val.json"));
    }

    void init()
    {
        QFile::remove(ReviewState::sidecarPath(m_path));
        QVERIFY(writeAll(m_path, QcFixture().json()));
    }

    void listsEveryCheckWithItsCount()
    {
        Workspace workspace;
        FindingsDock dock(&workspace);
        QVERIFY(dock.summaryText().contains(QStringLiteral("Open")));
        fill(workspace);
        QCOMPARE(dock.activeSet(), 0);   // the fixture, not the other split
        QVERIFY(dock.summaryText().contains(QStringLiteral("Run Checks")));
        QString status;
        connect(&dock, &FindingsDock::statusMessage, this, [&status](const QString& m) { status = m; });
        runAndWait(dock);
        // The run's time as it is: a run of milliseconds does not read "0.0 s" ("finding(s)": no
        // translator is installed here).
        static const QRegularExpression said(QStringLiteral("^Quality checks: 15 finding\\S* in ([0-9.e-]+) s\\.$"));
        const QRegularExpressionMatch m = said.match(status);
        QVERIFY2(m.hasMatch(), qPrintable(status));
        QVERIFY2(m.captured(1).toDouble() > 0, qPrintable(status));
        QAbstractItemModel* shown = dock.view()->model();
        QCOMPARE(shown->rowCount(), kQcCheckCount);   // one planted problem per check
        for (int g = 0; g < shown->rowCount(); ++g) {
            QCOMPARE(shown->rowCount(shown->index(g, 0)), 1);
            QVERIFY2(shown->index(g, 0).data().toString().endsWith(QStringLiteral("(1)")),
                     qPrintable(shown->index(g, 0).data().toString()));
        }
        // Sorted by severity: errors on top, information last.
        QCOMPARE(shown->index(0, QcFindingsModel::SeverityColumn).data().toString(), qcSeverityTitle(QcSeverity::Error));
        QCOMPARE(shown->index(shown->rowCount() - 1, QcFindingsModel::SeverityColumn).data().toString(),
                 qcSeverityTitle(QcSeverity::Info));
        QVERIFY2(dock.summaryText().startsWith(QStringLiteral("15 finding")), qPrintable(dock.summaryText()));
        const QModelIndex leak = findingIndex(dock, QcCheck::SplitLeakage);
        QCOMPARE(leak.siblingAtColumn(QcFindingsModel::ImageColumn).data().toString(), QLatin1String(kLeakedName));
    }

    void choosingAFindingSelectsItsCell()
    {
        QVERIFY(writeAll(m_path, QcFixture().json()));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fill(*window.workspace());
        FindingsDock* dock = window.findings();
        QVERIFY(dock);
        runAndWait(*dock);
        const QModelIndex outside = findingIndex(*dock, QcCheck::OutsideImage);
        QVERIFY(outside.isValid());
        dock->view()->setCurrentIndex(outside);
        emit dock->view()->activated(outside);
        QCOMPARE(window.canvas()->imageName(), QStringLiteral("A172_Phase_C7_1_02d16h00m_2.tif"));
        const CellKey selected = window.canvas()->selectedCell();
        QVERIFY(selected.isValid());
        QCOMPARE(window.workspace()->set(selected.set).store.annotationId(selected.annotation), planted::kOutside);
        QCOMPARE(window.cellTable()->currentCell(), selected);
        // An image-level finding shows its image.
        const QModelIndex sparse = findingIndex(*dock, QcCheck::SparseImage);
        emit dock->view()->activated(sparse);
        QCOMPARE(window.canvas()->imageName(), QStringLiteral("A172_Phase_C7_1_02d20h00m_2.tif"));
    }

    void dismissalSurvivesReloadingTheSidecar()
    {
        {
            Workspace workspace;
            FindingsDock dock(&workspace);
            fill(workspace);
            runAndWait(dock);
            const QModelIndex dup = findingIndex(dock, QcCheck::NearDuplicate);
            dock.view()->selectionModel()->select(dup, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            dock.dismissSelected();
            QCOMPARE(dock.view()->model()->rowCount(), kQcCheckCount - 1);   // hidden from the worklist
            QVERIFY2(dock.summaryText().startsWith(QStringLiteral("14 finding")) && dock.summaryText().contains(QStringLiteral("1 dismissed")),
                     qPrintable(dock.summaryText()));
        }
        QVERIFY(readAll(ReviewState::sidecarPath(m_path)).contains("near-duplicate/1/5007,5008"));

        Workspace workspace;   // a new session
        FindingsDock dock(&workspace);
        fill(workspace);
        runAndWait(dock);
        QCOMPARE(dock.view()->model()->rowCount(), kQcCheckCount - 1);
        QVERIFY(!findingIndex(dock, QcCheck::NearDuplicate).isValid());
        dock.setShowDismissed(true);
        const QModelIndex dup = findingIndex(dock, QcCheck::NearDuplicate);
        QVERIFY(dup.isValid());
        QVERIFY(dup.data(QcFindingsModel::DismissedRole).toBool());
        dock.view()->selectionModel()->select(dup, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        dock.dismissSelected(false);   // restore
        dock.setShowDismissed(false);
        QCOMPARE(dock.view()->model()->rowCount(), kQcCheckCount);
        auto review = ReviewState::load(m_path, nullptr);
        QVERIFY(review && review->dismissedFindings().isEmpty());
    }

    void editThatFixesAProblemDropsItsFinding()
    {
        Workspace workspace;
        DocumentManager documents(&workspace);
        FindingsDock dock(&workspace);
        dock.setDocumentManager(&documents);
        fill(workspace);
        runAndWait(dock);
        Document* doc = documents.document(0);
        QVERIFY(doc);
        QVERIFY(doc->deleteCells({planted::kDuplicateB}));
        dock.flushPendingRefresh();
        QVERIFY(!findingIndex(dock, QcCheck::NearDuplicate).isValid());
        QCOMPARE(dock.model()->activeCount(QcCheck::NearDuplicate), 0);
        QCOMPARE(dock.view()->model()->rowCount(), kQcCheckCount - 1);
        QVERIFY2(dock.summaryText().startsWith(QStringLiteral("14 finding")), qPrintable(dock.summaryText()));
        QCOMPARE(dock.model()->activeCount(QcCheck::EmptyImage), 1);   // other images untouched
        doc->undoStack()->undo();
        dock.flushPendingRefresh();
        QCOMPARE(dock.model()->activeCount(QcCheck::NearDuplicate), 1);
        // Dismissing goes through the document, so saving it keeps the dismissal.
        dock.view()->selectionModel()->select(findingIndex(dock, QcCheck::EmptyImage),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        dock.dismissSelected();
        QVERIFY(doc->review().isFindingDismissed(QStringLiteral("empty-image/4/")));
        QString error;
        QVERIFY2(doc->save(&error), qPrintable(error));
        auto review = ReviewState::load(m_path, nullptr);
        QVERIFY(review && review->isFindingDismissed(QStringLiteral("empty-image/4/")));
    }

    void outOfMemoryIsShownAndTheFindingsKept()
    {
        // Out of memory in a run: the background run's std::bad_alloc ended the application when its
        // result was read, and so did the GUI thread's re-check of edited images. The image source
        // below runs out of memory on demand, in the image checks, wherever the run happens.
        Workspace workspace;
        DocumentManager documents(&workspace);
        FindingsDock dock(&workspace);
        dock.setDocumentManager(&documents);
        fill(workspace);
        auto source = std::make_unique<ShortOfMemorySource>();
        for (const QString& name : QcFixture().presentImageNames())
            source->add(name, gradientImage());
        std::atomic_bool& shortOfMemory = source->shortOfMemory;
        workspace.setImageSource(std::move(source));
        const auto said = [&] {
            return QStringLiteral("%1: not enough memory to run the quality checks on its %2 cells.")
                .arg(m_path, QLocale().toString(workspace.set(0).store.liveAnnotationCount()));
        };
        QString shown, status;
        connect(&dock, &FindingsDock::statusMessage, this, [&status](const QString& m) { status = m; });

        shortOfMemory = true;
        answerNextQuestion(QMessageBox::Ok, &shown);
        dock.runChecks();
        dock.waitForChecks();
        QCOMPARE(shown, said());
        QCOMPARE(status, said());
        QCOMPARE(dock.model()->findingCount(), 0);
        QVERIFY2(dock.summaryText().contains(QStringLiteral("Run Checks")), qPrintable(dock.summaryText()));

        shortOfMemory = false;
        runAndWait(dock);
        QCOMPARE(dock.model()->activeCount(QcCheck::NearDuplicate), 1);
        Document* doc = documents.document(0);
        QVERIFY(doc);
        QVERIFY(doc->deleteCells({planted::kDuplicateB}));
        shortOfMemory = true;
        status.clear();
        dock.flushPendingRefresh();
        QCOMPARE(status, said());
        QCOMPARE(dock.model()->activeCount(QcCheck::NearDuplicate), 1);   // the earlier findings kept
        // The next edit's refresh, of another image, checks the first edit's image again.
        shortOfMemory = false;
        const AnnotationStore& store = doc->store();
        int later = 0;
        while (store.image(later).id != images::kLater)
            ++later;
        QVERIFY(doc->deleteCells({store.annotationId(int(store.annotationsOfImage(later).front()))}));
        dock.flushPendingRefresh();
        QCOMPARE(dock.model()->activeCount(QcCheck::NearDuplicate), 0);
    }

    void exportsCsvAndJson()
    {
        Workspace workspace;
        FindingsDock dock(&workspace);
        fill(workspace);
        runAndWait(dock);
        dock.model()->setDismissed(QStringLiteral("empty-image/4/"), true);
        QString error;
        const QString csv = m_dir.filePath(QStringLiteral("qc.csv")), json = m_dir.filePath(QStringLiteral("qc.json"));
        QVERIFY2(dock.exportCsv(csv, &error), qPrintable(error));
        QVERIFY2(dock.exportJson(json, &error), qPrintable(error));
        const QList<QByteArray> lines = readAll(csv).trimmed().split('\n');
        QCOMPARE(lines.size(), kQcCheckCount + 1);
        QVERIFY(lines.first().startsWith("check,severity,image_id"));
        QVERIFY(readAll(json).contains("\"near-duplicate\""));
        QVERIFY(readAll(json).contains("\"dismissed\": true"));
    }

    void findingsStayWhenResultsAreAdded()
    {
        // Running the model or importing results adds a set and leaves the checked file as it was: its
        // findings stay (before, they went, and Run Checks had to be pressed again), and a run that the
        // addition interrupts starts again once it has ended.
        Workspace workspace;
        FindingsDock dock(&workspace);
        fill(workspace);
        runAndWait(dock);
        const int set = dock.activeSet();
        const int findings = dock.model()->findingCount();
        const QString summary = dock.summaryText();
        workspace.addSet(resultsSet());
        QCOMPARE(dock.activeSet(), set);
        QCOMPARE(dock.model()->findingCount(), findings);
        QCOMPARE(dock.summaryText(), summary);

        // A run under way (its worker done or not, its findings not taken in yet) ends with the findings.
        dock.runChecks();
        workspace.addSet(resultsSet());
        dock.waitForChecks();
        QCOMPARE(dock.activeSet(), set);
        QCOMPARE(dock.model()->findingCount(), findings);
        QCOMPARE(dock.summaryText(), summary);
    }

    void fileChosenInThePanelStaysWhenResultsAreAdded()
    {
        // The panel follows the active annotation set, which was announced again whenever a set was added:
        // a file chosen in the panel instead lost its findings to the active one.
        MainWindow window;
        openWithOtherSplit(window);
        if (QTest::currentTestFailed())
            return;
        FindingsDock* dock = window.findings();
        const int other = 1 - window.documents()->activeSet();
        dock->setActiveSet(other);
        runAndWait(*dock);
        const int findings = dock->model()->findingCount();
        window.workspace()->addSet(resultsSet());
        QCOMPARE(dock->activeSet(), other);
        QCOMPARE(dock->model()->findingCount(), findings);
    }

    void findingsStayWhenAnotherSplitsImageIsShown()
    {
        // Showing an image of another file makes that file the active set; the panel keeps the findings of its own
        // (they went before, as when the active set was chosen in the menu), and Run Quality Checks takes it along.
        MainWindow window;
        openWithOtherSplit(window);
        if (QTest::currentTestFailed())
            return;
        FindingsDock* dock = window.findings();
        const int checked = dock->activeSet(), other = 1 - checked;
        QCOMPARE(window.documents()->activeSet(), checked);
        runAndWait(*dock);
        const int findings = dock->model()->findingCount();
        QVERIFY(findings > 0);
        const QString trainOnly = QStringLiteral("SkBr3_Phase_E3_1_02d20h00m_2.tif");
        window.browser()->setCurrentRow(window.browser()->model()->rowOfFile(trainOnly, other));
        QCOMPARE(window.documents()->activeSet(), other);
        QCOMPARE(dock->activeSet(), checked);
        QCOMPARE(dock->model()->findingCount(), findings);
        QAction* run = test::actionTexted(test::menuTitled(window, QStringLiteral("&Quality")),
                                          QStringLiteral("&Run Quality Checks"));
        QVERIFY(run);
        run->trigger();
        dock->waitForChecks();
        QCOMPARE(dock->activeSet(), other);
        QVERIFY(dock->hasFindings());
    }

    void reloadChecksTheFileAgain()
    {
        // File > Reload from Disk: the findings shown are of the file as it is on disk now.
        MainWindow window;
        window.openPaths({m_path});
        window.workspace()->waitForLoaded();
        FindingsDock* dock = window.findings();
        runAndWait(*dock);
        const int findings = dock->model()->findingCount();
        QJsonObject coco = QJsonDocument::fromJson(readAll(m_path)).object();
        QJsonArray annotations = coco.value(QStringLiteral("annotations")).toArray();
        annotations.append(annotations.first());   // another program duplicates a cell
        coco.insert(QStringLiteral("annotations"), annotations);
        QVERIFY(writeAll(m_path, QJsonDocument(coco).toJson()));
        window.reloadFromDisk();
        window.workspace()->waitForLoaded();
        QCoreApplication::processEvents();
        dock->waitForChecks();
        QCOMPARE(window.workspace()->set(dock->activeSet()).info.path, m_path);
        QVERIFY2(dock->model()->findingCount() > findings, qPrintable(dock->summaryText()));
        // The checks' status line comes after the reload's, which it replaced before.
        const QString line = window.statusBar()->currentMessage();
        QVERIFY2(line.startsWith(QStringLiteral("Reloaded 1 annotation file(s) from disk: ")) && line.contains(QStringLiteral(". Quality checks: ")),
                 qPrintable(line));
        // A later run of the checks has its own line alone.
        runAndWait(*dock);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Quality checks: ")),
                 qPrintable(window.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestFindingsDock)
#include "tst_findingsdock.moc"
