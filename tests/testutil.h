#pragma once
// Helpers shared by tests: where the real LIVECell sample lives, running the CLI, temp fixtures.
#include "model/sanitizers.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace curator::test {

/**
 * True in a ThreadSanitizer build. clang 14's TSan runtime aborts in the child of the clone() that
 * QProcess uses (CHECK failed: tsan_rtl.cpp:234 in ForkAfter), so tests that start processes skip
 * under TSan; the ordinary and the ASan runs still execute them.
 */
inline constexpr bool kThreadSanitizer = curator::kThreadSanitizer;

/** ../shared/realdata/livecell/ */
QString realDataDir();
/** The real 5-image val JSON (1,243 cells). */
QString realValJson();
/** Folder with the 37 real .tif files, stored flat. */
QString realImagesDir();
/** ../shared/reference/eval/ */
QString referenceEvalDir();

QByteArray readAll(const QString& path);
bool writeAll(const QString& path, const QByteArray& bytes);
/**
 * As another program would: writes to @p target the COCO file @p source with its images under the ids
 * @p newIds gives them, their annotations following (-1: the image and its annotations go). False when
 * the file has none of those images.
 */
bool rewriteImageIds(const QString& source, const QString& target, const QHash<qint64, qint64>& newIds);
/** Removes image @p imageId and its annotations from the COCO file at @p path, in place (rewriteImageIds()). */
bool removeImageFromCoco(const QString& path, qint64 imageId);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
/** Runs build/bin/livecell-cli with @p args (timeout 5 minutes). */
ProcessResult runCli(const QStringList& args, const QString& workingDir = {});

/** This process's address space in use (VmSize), in bytes; 0 where unknown. */
qint64 addressSpaceInUse();

/** The address space a new std::thread's stack takes (the default pthread stack size). */
qint64 threadStackBytes();

/**
 * Lowers this process's address-space limit (RLIMIT_AS) to what it uses now plus @p headroom bytes
 * for as long as it lives, so that larger allocations fail as on a machine short of memory. Not for
 * sanitizer builds: ASan and TSan reserve address space and handle failed allocations themselves
 * (tests using it start with CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT()).
 */
class AddressSpaceLimit
{
public:
    static constexpr bool kUsable = !kAddressSanitizer && !kThreadSanitizer;

    explicit AddressSpaceLimit(qint64 headroom);
    ~AddressSpaceLimit();
    AddressSpaceLimit(const AddressSpaceLimit&) = delete;
    AddressSpaceLimit& operator=(const AddressSpaceLimit&) = delete;
    /** False when the limit could not be set (then nothing changed). */
    bool active() const { return m_active; }

private:
    qint64 m_oldSoft = 0;
    bool m_active = false;
};

/**
 * Makes glibc take every block of 128 KB or more from the system. Otherwise it raises that threshold
 * once a large block is freed and serves the next from memory earlier tests left free, within
 * whatever AddressSpaceLimit is set. All threads also share one heap: a thread of its own gets a heap
 * of 64 MB reserved address space, which outlives the thread, and a failed allocation is retried there,
 * so an earlier test's worker threads left room that no limit counted. Call first thing in main
 * (CURATOR_LIMITED_MEMORY_MAIN).
 */
void takeLargeBlocksFromTheSystem();

} // namespace curator::test

/**
 * The main() of tests whose AddressSpaceLimit must hold whatever ran before them, with an @p Application
 * (QCoreApplication; QApplication for widget tests, which include it).
 */
#define CURATOR_LIMITED_MEMORY_MAIN_WITH(TestObject, Application)                                        \
    int main(int argc, char** argv)                                                                      \
    {                                                                                                    \
        ::curator::test::takeLargeBlocksFromTheSystem();                                                 \
        Application app(argc, argv);                                                                     \
        TestObject test;                                                                                 \
        return QTest::qExec(&test, argc, argv);                                                          \
    }
/** QTEST_GUILESS_MAIN for tests whose AddressSpaceLimit must hold whatever ran before them. */
#define CURATOR_LIMITED_MEMORY_MAIN(TestObject) CURATOR_LIMITED_MEMORY_MAIN_WITH(TestObject, QCoreApplication)

/** Skips the calling test function where test::AddressSpaceLimit cannot work (sanitizer builds). */
#define CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT()                                                       \
    do {                                                                                                 \
        if (!::curator::test::AddressSpaceLimit::kUsable)                                                \
            QSKIP("sanitizers reserve address space and handle failed allocations themselves");          \
    } while (false)
