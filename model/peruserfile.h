#pragma once

#include <QString>

namespace curator {

/**
 * Where a file that belongs beside an annotation file (its recovery journal, its review sidecar) goes
 * when the annotation file's folder cannot take it (a read-only dataset share): a per-user folder,
 * QStandardPaths::AppLocalDataLocation/<folder>/, under a name made from the annotation file's
 * absolute path (SHA-1), so that each annotation file has its own.
 */
QString perUserFileFor(const QString& annotationPath, const QString& folder, const QString& suffix);

} // namespace curator
