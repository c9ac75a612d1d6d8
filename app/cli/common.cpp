#include "app/cli/common.h"

#include "app/cli/command.h"
#include "model/io/cocoreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace curator::cli {

std::unique_ptr<AnnotationSet> loadAnnotations(const QString& path, bool quiet)
{
    CocoReader::Options options;
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    options.progress = [&](qint64 done, qint64 total) {
        if (quiet || total < (64 << 20) || timer.elapsed() < 500)
            return true;
        const int percent = int(done * 100 / std::max<qint64>(total, 1));
        if (percent / 10 != lastPercent / 10) {
            err() << "loading " << path << ": " << percent << "%\n";
            err().flush();
            lastPercent = percent;
        }
        return true;
    };
    QString error;
    auto set = CocoReader::readFile(path, &error, options);
    if (!set)
        err() << error << "\n";
    return set;
}

std::unique_ptr<ImageSource> openImages(const QString& path, bool& failed)
{
    failed = false;
    if (path.isEmpty())
        return nullptr;
    QString error;
    auto source = ImageSource::open(path, &error);
    if (!source) {
        err() << error << "\n";
        failed = true;
    }
    return source;
}

namespace {
/**
 * The parser's help with the command's own name ("livecell-cli eval") in its usage line: Qt writes the
 * program's path there, which would leave the command out of a line users copy.
 */
QString helpText(const QCommandLineParser& parser, const QString& command)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < text.indexOf(u'\n'))
        text.replace(at, program.size(), command);
    return text;
}
} // namespace

int processArguments(QCommandLineParser& parser, const QStringList& args, int minPositional, int maxPositional)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        err() << args.value(0) << ": " << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(help)) {
        out() << helpText(parser, args.value(0));
        return 0;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        err() << args.value(0) << ": wrong number of arguments\n\n" << helpText(parser, args.value(0));
        return 2;
    }
    return -1;
}

QStringList missingImages(const AnnotationSet& set, const ImageSource& source)
{
    QStringList missing;
    for (int i = 0; i < set.store.imageCount(); ++i) {
        const QString& name = set.store.image(i).fileName;
        if (!source.contains(name))
            missing.append(name);
    }
    return missing;
}

} // namespace curator::cli
