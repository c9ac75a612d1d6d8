#include "widgets/automation.h"

#include "model/document.h"
#include "model/documentmanager.h"
#include "widgets/documentcontroller.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSocketNotifier>
#include <QStatusBar>

#include <unistd.h>

namespace curator {

namespace {

QList<qint64> idsFrom(const QStringList& args, int first, bool* ok)
{
    QList<qint64> ids;
    *ok = args.size() > first;
    for (int i = first; i < args.size() && *ok; ++i)
        ids.append(args[i].toLongLong(ok));
    return ids;
}

QString result(bool ok, const QString& error)
{
    return ok ? QStringLiteral("ok") : QStringLiteral("error ") + (error.isEmpty() ? QStringLiteral("refused") : error);
}

} // namespace

Automation::Automation(MainWindow* window, int fd)
    : QObject(window)
    , m_window(window)
    , m_fd(fd)
{
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Automation::readAvailable);
    connect(window->workspace(), &Workspace::loadingFinished, this, [this](bool ok, const QString& message) {
        if (!m_waitingForLoad)
            return;
        m_waitingForLoad = false;
        // Let the window show the first image and the recovery prompt appear first.
        QMetaObject::invokeMethod(this, [this, ok, message] {
            reply(ok ? execute(QStringLiteral("wait-loaded")) : QStringLiteral("error ") + message);
        }, Qt::QueuedConnection);
    });
}

void Automation::readAvailable()
{
    char chunk[4096];
    const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
    if (n <= 0) {
        m_notifier->setEnabled(false); // the driver closed its end
        return;
    }
    m_buffer.append(chunk, n);
    for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
        const QString line = QString::fromUtf8(m_buffer.left(end)).trimmed();
        m_buffer.remove(0, end + 1);
        if (line.isEmpty())
            continue;
        const QString answer = execute(line);
        if (!answer.isEmpty())
            reply(answer);
    }
}

QString Automation::execute(const QString& line)
{
    QStringList args = line.split(u' ', Qt::SkipEmptyParts);
    const QString command = args.takeFirst();
    return run(command, args);
}

QString Automation::run(const QString& command, QStringList args)
{
    DocumentController* controller = m_window->documentController();
    Workspace* workspace = m_window->workspace();
    if (command == QLatin1String("wait-loaded")) {
        if (workspace->isLoading() || workspace->setCount() == 0) {
            m_waitingForLoad = true;
            return {}; // answered by loadingFinished
        }
        int cells = 0;
        for (int s = 0; s < workspace->setCount(); ++s)
            cells += workspace->set(s).store.liveAnnotationCount();
        return QStringLiteral("ok %1 %2").arg(workspace->setCount()).arg(cells);
    }
    if (command == QLatin1String("undo") || command == QLatin1String("redo")) {
        QAction* action = command == QLatin1String("undo") ? controller->undoAction() : controller->redoAction();
        if (!action->isEnabled())
            return QStringLiteral("error nothing to %1").arg(command);
        action->trigger();
        return QStringLiteral("ok");
    }
    if (command == QLatin1String("recovery")) {
        QStringList lines;
        for (const auto& p : m_window->documents()->pendingRecoveries())
            lines.append(QStringLiteral("%1 %2").arg(p.set).arg(p.recovery.summary()));
        return QStringLiteral("ok ") + (lines.isEmpty() ? QStringLiteral("none") : lines.join(QStringLiteral("; ")));
    }
    if (command == QLatin1String("restore") || command == QLatin1String("discard"))
        return answerRecovery(command == QLatin1String("restore"));
    if (command == QLatin1String("modified"))
        return m_window->isWindowModified() ? QStringLiteral("ok yes") : QStringLiteral("ok no");
    if (command == QLatin1String("export") && args.size() == 1)
        return exportActive(args.first());
    if (command == QLatin1String("save"))
        return result(controller->saveAll(), m_window->statusBar()->currentMessage());
    if (command == QLatin1String("quit-discard")) {
        for (int s : m_window->documents()->modifiedSets())
            m_window->documents()->document(s)->discardJournal();
        reply(QStringLiteral("ok"));
        QCoreApplication::exit(0);
        return {};
    }
    return edit(command, args);
}

QString Automation::edit(const QString& command, const QStringList& args)
{
    Document* doc = m_window->documents()->activeDocument();
    if (!doc)
        return QStringLiteral("error no editable set");
    bool ok = true;
    QString error;
    if (command == QLatin1String("delete-cells")) {
        const QList<qint64> ids = idsFrom(args, 0, &ok);
        return ok ? result(doc->deleteCells(ids, &error), error) : QStringLiteral("error usage: delete-cells ID…");
    }
    if (command == QLatin1String("flag-cells")) {
        const QList<qint64> ids = idsFrom(args, 0, &ok);
        return ok ? result(doc->setCellsFlagged(ids, true, &error), error) : QStringLiteral("error usage: flag-cells ID…");
    }
    if (command == QLatin1String("move-cells") && args.size() >= 3) {
        const QPointF delta(args[0].toDouble(), args[1].toDouble());
        const QList<qint64> ids = idsFrom(args, 2, &ok);
        return ok ? result(doc->moveCells(ids, delta, &error), error) : QStringLiteral("error usage: move-cells DX DY ID…");
    }
    if (command == QLatin1String("move-vertex") && args.size() == 5) {
        return result(doc->moveVertex(args[0].toLongLong(), args[1].toInt(), args[2].toInt(),
                                      QPointF(args[3].toDouble(), args[4].toDouble()), &error),
                      error);
    }
    if (command == QLatin1String("add-cell") && args.size() >= 7 && args.size() % 2 == 1) {
        QPolygonF polygon;
        for (int i = 1; i + 1 < args.size(); i += 2)
            polygon.append(QPointF(args[i].toDouble(), args[i + 1].toDouble()));
        const auto id = doc->addCell(args[0].toInt(), polygon, &error);
        return id ? QStringLiteral("ok %1").arg(*id) : result(false, error);
    }
    if (command == QLatin1String("review-image") && args.size() == 1)
        return result(doc->setImagesReviewed({args[0].toInt()}, true, &error), error);
    return QStringLiteral("error unknown command: %1").arg(command);
}

QString Automation::answerRecovery(bool restore)
{
    auto* prompt = m_window->findChild<QMessageBox*>(QStringLiteral("recoveryPrompt"));
    if (!prompt)
        return QStringLiteral("error no recovery prompt");
    auto* button = prompt->findChild<QPushButton*>(restore ? QStringLiteral("restoreButton") : QStringLiteral("discardButton"));
    button->click();
    return QStringLiteral("ok");
}

QString Automation::exportActive(const QString& path)
{
    Document* doc = m_window->documents()->activeDocument();
    if (!doc)
        return QStringLiteral("error no editable set");
    QString error;
    if (!doc->exportCopy(path, &error))
        return result(false, error);
    QFile review(path + QStringLiteral(".review"));
    if (!review.open(QIODevice::WriteOnly) || review.write(doc->review().toJson(doc->store())) < 0)
        return QStringLiteral("error cannot write %1").arg(review.fileName());
    return QStringLiteral("ok");
}

void Automation::reply(const QString& text)
{
    const QByteArray bytes = text.toUtf8().replace('\n', ' ') + '\n';
    // Unbuffered: the driver may kill the process right after reading the answer.
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + written, size_t(bytes.size() - written));
        if (n <= 0)
            return;
        written += n;
    }
}

} // namespace curator
