#pragma once
// Shared by the CLI commands: loading with progress on stderr, parsing options.

#include "model/annotationset.h"
#include "model/io/imagesource.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>

namespace curator::cli {

/** Loads an annotation file, printing progress to stderr when it is large; nullptr after printing the error. */
std::unique_ptr<AnnotationSet> loadAnnotations(const QString& path, bool quiet = false);

/** Opens --images when given; nullptr (after printing) on failure. @p failed tells them apart. */
std::unique_ptr<ImageSource> openImages(const QString& path, bool& failed);

/**
 * Processes @p parser against @p args: handles --help, reports unknown options and a wrong number of
 * positional arguments on stderr. Returns -1 to continue, or the exit code to return.
 */
int processArguments(QCommandLineParser& parser, const QStringList& args, int minPositional, int maxPositional);

/** Base names of images in @p set that @p source does not contain. */
QStringList missingImages(const AnnotationSet& set, const ImageSource& source);

} // namespace curator::cli
