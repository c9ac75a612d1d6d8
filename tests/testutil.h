#pragma once
// Helpers shared by tests: where the real LIVECell sample lives, running the CLI, temp fixtures.
#include "model/sanitizers.h"

#include <QByteArray>
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

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
/** Runs build/bin/livecell-cli with @p args (timeout 5 minutes). */
ProcessResult runCli(const QStringList& args, const QString& workingDir = {});

} // namespace curator::test
