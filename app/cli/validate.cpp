// livecell-cli validate: exit 0 when clean, 1 with findings, 2 when unreadable.
#include "app/cli/command.h"
#include "app/cli/common.h"

namespace curator::cli {
namespace {

int run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks an annotation file. Exit status: 0 clean, 1 findings (printed one per line), 2 unreadable."));
    parser.addPositionalArgument(QStringLiteral("ANNOTATIONS.json"), QStringLiteral("COCO annotation file"));
    const QCommandLineOption images(QStringLiteral("images"),
                                    QStringLiteral("images.zip or image folder: also report images missing from it"),
                                    QStringLiteral("ZIP|DIR"));
    parser.addOption(images);
    if (const int rc = processArguments(parser, args, 1, 1); rc >= 0)
        return rc;
    const QString path = parser.positionalArguments()[0];
    auto set = loadAnnotations(path);
    if (!set)
        return 2;
    bool failed = false;
    auto source = openImages(parser.value(images), failed);
    if (failed)
        return 2;
    int findings = 0;
    for (const Diagnostic& d : set->diagnostics) {
        out() << path << ": " << (d.severity == Diagnostic::Severity::Error ? "error" : "warning") << ": ["
              << diagnosticCodeName(d.code) << "] " << d.message << "\n";
        ++findings;
    }
    if (source) {
        for (const QString& name : missingImages(*set, *source)) {
            out() << path << ": warning: [" << diagnosticCodeName(Diagnostic::Code::ImageMissingFromSource) << "] "
                  << name << " is not in " << source->path() << "\n";
            ++findings;
        }
    }
    if (findings == 0)
        out() << path << ": OK (" << set->store.imageCount() << " images, " << set->store.liveAnnotationCount()
              << " annotations)\n";
    return findings == 0 ? 0 : 1;
}

} // namespace

CURATOR_CLI_COMMAND(validate, "validate", "Check an annotation file (exit 0 clean, 1 findings, 2 unreadable)", run);

} // namespace curator::cli
