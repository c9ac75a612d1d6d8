// livecell-cli: headless tools over LIVECell annotation files and images.
#include "app/cli/command.h"

#include <QCoreApplication>
#include <QTranslator>

#include <algorithm>
#include <exception>
#include <new>

namespace curator::cli {

namespace {
std::vector<Command>& registry()
{
    static std::vector<Command> all;
    return all;
}

void printUsage(QTextStream& s)
{
    s << "Usage: livecell-cli <command> [options]\n\n"
      << "Headless tools for the LIVECell dataset (COCO JSON annotations, images.zip).\n\nCommands:\n";
    auto all = commands();
    std::sort(all.begin(), all.end(), [](const Command& a, const Command& b) {
        return qstrcmp(a.name, b.name) < 0;
    });
    qsizetype width = 0;
    for (const Command& c : all)
        width = std::max(width, qsizetype(qstrlen(c.name)));
    for (const Command& c : all)
        s << "  " << QString::fromLatin1(c.name).leftJustified(width) << "  " << c.summary << "\n";
    s << "\nRun 'livecell-cli <command> --help' for a command's options.\n"
      << "Exit code 3: the command ran out of memory where no input was to blame, or met an internal error.\n";
}

/**
 * Runs @p command; what it did not handle itself ends it with a message instead of an abort: running out
 * of memory where no file or image is to blame, or an error of the program's own. Exit code 3.
 */
int runCommand(const Command& command, const QStringList& args)
{
    try {
        return command.run(args);
    } catch (const std::bad_alloc&) {
        out().flush();
        err() << args[0] << ": not enough memory to finish\n";
    } catch (const std::exception& e) {
        out().flush();
        err() << args[0] << ": internal error (" << e.what() << "); please report it\n";
    }
    return 3;
}
} // namespace

const std::vector<Command>& commands() { return registry(); }

Registration::Registration(Command command) { registry().push_back(command); }

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace curator::cli

int main(int argc, char* argv[])
{
    using namespace curator::cli;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("livecell-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // The command line speaks English only, with its plural forms: "1 image", not "1 image(s)".
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/curator_en.qm")))
        QCoreApplication::installTranslator(&plurals);
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == u"--help" || args[1] == u"-h" || args[1] == u"help") {
        printUsage(args.size() < 2 ? err() : out());
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == u"--version") {
        out() << "livecell-cli " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    for (const Command& c : commands()) {
        if (args[1] == QLatin1String(c.name)) {
            args[0] = QStringLiteral("livecell-cli %1").arg(QLatin1String(c.name));
            args.removeAt(1);
            const int rc = runCommand(c, args);
            out().flush();
            err().flush();
            return rc;
        }
    }
    err() << "livecell-cli: unknown command '" << args[1] << "'\n\n";
    printUsage(err());
    return 2;
}
