#pragma once

#include <QObject>
#include <QStringList>

class QSocketNotifier;
class QTextStream;

namespace curator {

class MainWindow;

/**
 * A line-based remote control for tests that drive the real application process (the kill -9
 * recovery test), enabled by the hidden `livecell-curator --automation` option. Commands arrive on
 * standard input, one per line; each is answered on standard output with one line starting with
 * "ok" or "error". Edits go through the same document API and actions the GUI uses:
 *
 *   wait-loaded                      answers once the opened files are shown ("ok <sets> <cells>")
 *   delete-cells ID…                 move-cells DX DY ID…         add-cell IMAGE X1 Y1 X2 Y2 …
 *   move-vertex ID RING VERTEX X Y   flag-cells ID…               review-image IMAGE
 *   undo | redo                      the Edit menu's actions
 *   recovery                         "ok <set> <summary>" for each pending recovery, or "ok none"
 *   restore | discard                answers the recovery prompt as its buttons do
 *   export PATH                      writes the active set (with edits) and PATH.review (review state)
 *   modified                         "ok yes" / "ok no"
 *   save | quit-discard
 */
class Automation : public QObject
{
    Q_OBJECT

public:
    /** Reads commands from file descriptor @p fd (standard input by default). */
    explicit Automation(MainWindow* window, int fd = 0);

    /** Runs one command line; returns the answer (also what is written to standard output). */
    QString execute(const QString& line);

private:
    void readAvailable();
    QString run(const QString& command, QStringList args);
    QString edit(const QString& command, const QStringList& args);
    QString answerRecovery(bool restore);
    QString exportActive(const QString& path);
    void reply(const QString& text);

    MainWindow* m_window;
    QSocketNotifier* m_notifier = nullptr;
    int m_fd = 0;
    QByteArray m_buffer;
    bool m_waitingForLoad = false;
};

} // namespace curator
