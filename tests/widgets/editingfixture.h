#pragma once
// Shared by the editing widget tests: a main window over a private copy of the real LIVECell val
// file and its images, and answering the questions it asks.
#include "testutil.h"

#include "model/celltablemodel.h"
#include "model/document.h"
#include "model/documentmanager.h"
#include "model/io/cocoreader.h"
#include "model/journal.h"
#include "widgets/celltabledock.h"
#include "widgets/imagecanvas.h"
#include "widgets/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace curator::test {

/** Keeps the user's settings and journals out of the tests. */
inline void isolateSettings(const QTemporaryDir& dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("curator-tests"));
}

/** Copies the real val file into @p dir (removing any journal and sidecar left there); returns the copy. */
inline QString copyRealVal(const QTemporaryDir& dir, const QString& name = QStringLiteral("livecell_coco_val.json"))
{
    const QString path = dir.filePath(name);
    Journal::discard(path);
    QFile::remove(path);
    QFile::remove(ReviewState::sidecarPath(path));
    if (!QFile::copy(realValJson(), path))
        qWarning("cannot copy %s", qPrintable(realValJson()));
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner);
    return path;
}

/** Opens @p json with the real images and waits until it is shown. */
inline bool openAndWait(MainWindow& window, const QString& json)
{
    window.openPaths({json, realImagesDir()});
    window.workspace()->waitForLoaded();
    QCoreApplication::processEvents();
    return window.workspace()->setCount() == 1 && window.documents()->activeDocument() != nullptr;
}

/** Live cells in a COCO file on disk. */
inline int liveCellsInFile(const QString& path)
{
    QString error;
    auto set = CocoReader::readFile(path, &error);
    return set ? set->store.liveAnnotationCount() : -1;
}

/**
 * Clicks the button @p pick chooses of the next modal message box as soon as it is shown (polling, so
 * that it works whoever opens the box and however deep the event loop is). @p seen receives the box's text.
 */
inline void answerNextQuestion(std::function<QAbstractButton*(QMessageBox*)> pick, QString* seen = nullptr)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, pick = std::move(pick), seen] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (seen)
            *seen = box->text();
        if (QAbstractButton* b = pick(box))
            b->click();
        timer->deleteLater();
    });
    timer->start();
}

/** Clicks standard button @p button of the next modal message box. */
inline void answerNextQuestion(QMessageBox::StandardButton button, QString* seen = nullptr)
{
    answerNextQuestion([button](QMessageBox* box) { return box->button(button); }, seen);
}

/** Clicks the button named @p buttonName (its object name) of the next modal message box. */
inline void answerNextQuestionWith(const QString& buttonName, QString* seen = nullptr)
{
    answerNextQuestion([buttonName](QMessageBox* box) { return box->findChild<QAbstractButton*>(buttonName); }, seen);
}

/** The id of the @p k-th live cell of image @p image of the active document. */
inline qint64 activeCell(MainWindow& window, int image, int k = 0)
{
    const Document* doc = window.documents()->activeDocument();
    return doc->store().annotationId(int(doc->store().annotationsOfImage(image).at(std::size_t(k))));
}

/** The image index (in the active set) of the image the canvas shows. */
inline int shownImage(MainWindow& window)
{
    const auto keys = window.workspace()->imagesNamed(window.canvas()->imageName());
    return keys.empty() ? -1 : keys.front().image;
}

} // namespace curator::test
