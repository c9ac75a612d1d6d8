// livecell-curator: the desktop application. Parses the command line, installs the translation
// and opens what was given (or the bundled sample); everything else lives in widgets/.
#include "widgets/automation.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

namespace {

/** Installs the application's and Qt's own translation for @p language ("de", "de_DE", …). */
void installTranslations(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // English plural forms first; a translation installed later takes precedence over it.
    auto* plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/curator_en.qm")))
        QApplication::installTranslator(plurals);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("curator"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    QLocale::setDefault(locale);
}

/** The value of --lang before QApplication exists, so that --help is translated too. */
QString languageArgument(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LIVECell Curator"));
    QApplication::setOrganizationName(QStringLiteral("LIVECell Curator"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    installTranslations(app, languageArgument(argc, argv));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse, curate and evaluate the LIVECell dataset. Without PATH, opens the bundled sample."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"), QApplication::translate("main", "User interface language, e.g. de or en."),
                      QApplication::translate("main", "language")});
    parser.addOption({QStringLiteral("no-sample"), QApplication::translate("main", "Start empty instead of opening the sample.")});
    // Hidden: lets tests drive this process through standard input (see widgets/automation.h).
    QCommandLineOption automation(QStringLiteral("automation"));
    automation.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(automation);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QApplication::translate("main", "A distribution folder, an images.zip with annotation files, or a COCO JSON file."),
                                 QStringLiteral("[PATH…]"));
    parser.process(app);

    curator::MainWindow window;
    window.show();
    if (parser.isSet(automation))
        new curator::Automation(&window);
    const QStringList paths = parser.positionalArguments();
    // Open once the event loop runs, so the window appears before the (background) loading starts.
    QTimer::singleShot(0, &window, [&window, paths, &parser] {
        if (!paths.isEmpty())
            window.openPaths(paths);
        else if (!parser.isSet(QStringLiteral("no-sample")))
            window.openSample();
    });
    return app.exec();
}
