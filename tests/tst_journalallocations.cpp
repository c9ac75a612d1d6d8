// Reading a recovery journal with every allocation made to fail in turn (failingallocation.h): a journal is never
// taken as shorter than it is, or as none, for want of memory. Either would lose edits: a recovery cut short is
// continued from its last whole record (the journal is cut there), and a file opened with no recovery found starts
// its journal afresh. Before, a record that could not be parsed for want of memory counted as damaged. Opening a
// file whose journal does not fit in the memory left keeps the journal for later.
#include "documentfixture.h"
#include "failingallocation.h"

#include "model/documentmanager.h"
#include "model/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>
#include <optional>

using namespace curator;
using namespace curator::test;

class TestJournalAllocations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { CURATOR_SKIP_WITHOUT_FAILING_NEW(); }
    void recordThatCannotBeReadIsNotDamaged();
    void journalIsReadWholeOrNotAtAll();
    void openingKeepsAJournalItCannotRead();

private:
    QTemporaryDir m_dir;
    QString m_path;      // an annotation file whose session ended with unsaved edits
    QString m_journal;   // their journal
    QByteArray m_journalBytes;
    int m_records = 0;
};

void TestJournalAllocations::initTestCase()
{
    auto doc = journaledCopy(m_dir);
    QVERIFY(doc);
    QVERIFY(doc->moveCells({cellOf(*doc, 0, 0), cellOf(*doc, 0, 1)}, {2, 1}));
    QVERIFY(doc->deleteCells({cellOf(*doc, 1, 0)}));
    QVERIFY(doc->setImageNote(2, QStringLiteral("checked")));
    QVERIFY(doc->setCellsFlagged({cellOf(*doc, 3, 0)}, true));
    m_path = doc->path();
    m_journal = doc->journalPath();
    doc.reset();   // unsaved: the journal stays
    m_journalBytes = readAll(m_journal);
    const auto recovery = Journal::findRecoverable(m_path);
    QVERIFY(recovery);
    m_records = int(recovery->records.size());
    QCOMPARE(m_records, 4);
}

void TestJournalAllocations::recordThatCannotBeReadIsNotDamaged()
{
    const QList<QByteArray> lines = m_journalBytes.split('\n');
    const QByteArray record = lines.at(1).sliced(9);   // after the header, its checksum taken off
    QVERIFY(JournalRecord::fromJson(record));
    long failures = 0;
    for (long n = 0;; ++n) {
        if (!throwsBadAlloc(n, [&] { QVERIFY(JournalRecord::fromJson(record)); }))
            break;
        ++failures;
    }
    QVERIFY2(failures > 10, qPrintable(QString::number(failures)));
}

void TestJournalAllocations::journalIsReadWholeOrNotAtAll()
{
    long failures = 0;
    for (long n = 0;; ++n) {
        std::optional<JournalRecovery> recovery;
        bool reached = false;
        try {
            const FailingAllocation failing(n);
            recovery = Journal::findRecoverable(m_path);
            reached = failing.reached();
        } catch (const std::bad_alloc&) {
            ++failures;   // said so: the caller keeps the journal
            continue;
        }
        QVERIFY2(recovery, qPrintable(QStringLiteral("allocation %1 failed: no recovery").arg(n)));
        QVERIFY2(int(recovery->records.size()) == m_records,
                 qPrintable(QStringLiteral("allocation %1 failed: %2 records").arg(n).arg(recovery->records.size())));
        if (!reached)
            break;
    }
    QVERIFY2(failures > 20, qPrintable(QString::number(failures)));
    QCOMPARE(readAll(m_journal), m_journalBytes);
}

void TestJournalAllocations::openingKeepsAJournalItCannotRead()
{
    // The file opened (its set added to the workspace, which makes its document) where its journal does not fit in
    // the memory left: the user is told, the journal stays as it was and is offered once there is memory again.
    // (Not swept allocation by allocation: making the document reaches QObject::connect, which Qt 6.4 cannot
    // leave cleanly where an allocation in it fails.)
    CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("val.json"));
    QVERIFY(QFile::copy(m_path, path));
    const QString journal = Journal::pathFor(path);
    QVERIFY(QFile::copy(m_journal, journal));
    QVERIFY(QFile::resize(journal, qint64(256) << 20));   // a torn tail of zeros: sparse, read as a block
    const QByteArray head = readAll(journal).first(m_journalBytes.size());
    QCOMPARE(head, m_journalBytes);
    QString error;
    auto set = CocoReader::readFile(path, &error);
    QVERIFY2(set, qPrintable(error));
    {
        Workspace workspace;
        DocumentManager manager(&workspace);
        QSignalSpy failed(&manager, &DocumentManager::journalFailed);
        {
            AddressSpaceLimit limit(qint64(64) << 20);
            QVERIFY(limit.active());
            workspace.addSet(std::move(set));
        }
        QCOMPARE(failed.count(), 1);
        const QString message = failed.at(0).at(1).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Not enough memory to read the recovery journal of ")),
                 qPrintable(message));
        QVERIFY(manager.pendingRecoveries().empty());
        QVERIFY(manager.document(0) && !manager.document(0)->isJournaling());
    }
    QCOMPARE(QFileInfo(journal).size(), qint64(256) << 20);
    QCOMPARE(readAll(journal).first(m_journalBytes.size()), m_journalBytes);
    // With the memory back, the edits are offered whole.
    Workspace workspace;
    DocumentManager manager(&workspace);
    workspace.addSet(CocoReader::readFile(path, &error));
    QCOMPARE(int(manager.pendingRecoveries().size()), 1);
    QCOMPARE(int(manager.pendingRecoveries().front().recovery.records.size()), m_records);
}

CURATOR_LIMITED_MEMORY_MAIN(TestJournalAllocations)

#include "tst_journalallocations.moc"
