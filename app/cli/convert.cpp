// livecell-cli convert: rewrite an annotation file, optionally changing the annotations' shape.
#include "app/cli/command.h"
#include "app/cli/common.h"
#include "model/io/cocowriter.h"

namespace curator::cli {
namespace {

int run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Rewrites a COCO annotation file. Everything is kept exactly (ids, key order, unknown fields, number "
        "spelling); --annotations-as changes 'annotations' between a list and an object keyed by id."));
    parser.addPositionalArgument(QStringLiteral("IN.json"), QStringLiteral("input file"));
    parser.addPositionalArgument(QStringLiteral("OUT.json"), QStringLiteral("output file (written atomically)"));
    const QCommandLineOption shape(QStringLiteral("annotations-as"),
                                   QStringLiteral("list or dict (default: the shape that was read)"),
                                   QStringLiteral("list|dict"));
    parser.addOption(shape);
    if (const int rc = processArguments(parser, args, 2, 2); rc >= 0)
        return rc;
    CocoWriter::Options options;
    if (parser.isSet(shape)) {
        const QString v = parser.value(shape);
        if (v != u"list" && v != u"dict") {
            err() << args[0] << ": --annotations-as must be 'list' or 'dict', not '" << v << "'\n";
            return 2;
        }
        options.annotationsShape = v == u"dict" ? CocoLayout::Shape::Dict : CocoLayout::Shape::List;
    }
    auto set = loadAnnotations(parser.positionalArguments()[0]);
    if (!set)
        return 2;
    QString error;
    if (!CocoWriter::writeFile(*set, parser.positionalArguments()[1], &error, options)) {
        err() << error << "\n";
        return 1;
    }
    return 0;
}

} // namespace

CURATOR_CLI_COMMAND(convert, "convert", "Rewrite an annotation file (list <-> dict), keeping every value", run);

} // namespace curator::cli
