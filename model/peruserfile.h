#pragma once

#include <QString>
#include <QStringList>

namespace curator {

/**
 * Where a file that belongs beside an annotation file (its recovery journal, its review sidecar) goes
 * when the annotation file's folder cannot take it (a read-only dataset share): a per-user folder,
 * QStandardPaths::AppLocalDataLocation/<folder>/, under a name made (SHA-1) from the annotation file's
 * canonical path (links resolved: the same file reached through a link or by its own path has one),
 * or its absolute path where the file does not exist, so that each annotation file has its own.
 */
QString perUserFileFor(const QString& annotationPath, const QString& folder, const QString& suffix);

/**
 * Where the per-user file of @p annotationPath may already be: perUserFileFor(), then the name made
 * from its absolute path where that differs (how versions before this one named every such file).
 */
QStringList perUserFileCandidates(const QString& annotationPath, const QString& folder, const QString& suffix);

/** Every per-user file in @p folder whose name ends in @p suffix, the most recently written first. */
QStringList perUserFiles(const QString& folder, const QString& suffix);

} // namespace curator
