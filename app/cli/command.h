#pragma once

#include <QStringList>
#include <QTextStream>

#include <vector>

namespace curator::cli {

/**
 * One `livecell-cli` sub-command. @p run receives the arguments with the program and command name
 * first (ready for QCommandLineParser::process) and returns the exit code.
 */
struct Command
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList& args);
};

const std::vector<Command>& commands();

/** Registers a command at static-initialisation time; one per app/cli/<name>.cpp. */
struct Registration
{
    explicit Registration(Command command);
};

QTextStream& out();
QTextStream& err();

} // namespace curator::cli

#define CURATOR_CLI_COMMAND(ident, name, summary, fn) \
    static const ::curator::cli::Registration s_register_##ident({name, summary, fn})
