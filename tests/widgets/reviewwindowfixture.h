#pragma once
// The main window with the real sample's val file open and the review fixture's results imported:
// shared by the review's widget tests.
#include "../reviewfixture.h"
#include "../testutil.h"

#include "model/review/predictionreview.h"
#include "widgets/imagebrowserdock.h"
#include "widgets/imagecanvas.h"
#include "widgets/mainwindow.h"
#include "model/imagebrowsermodel.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

namespace curator::test {

class ReviewWindowFixture
{
public:
    /** Call from initTestCase(): private settings, a copy of the val file, the fixture results. */
    void init()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("curator-tests"));
        m_sample.init();
    }

    /** A 1280 × 800 window with the copy open, its first image shown and the fixture results imported. */
    void prepare(MainWindow& window) const
    {
        window.resize(1280, 800);
        window.show();
        window.openPaths({groundTruth(), realImagesDir()});
        window.workspace()->waitForLoaded();
        const QString first = window.workspace()->set(0).store.image(0).fileName;
        window.browser()->setCurrentRow(window.browser()->model()->rowOfFile(first));
        QCOMPARE(window.canvas()->imageName(), first);
        window.importResults(results());
        window.predictionReview()->waitForFinished();
        window.predictionReview()->waitForEvaluation();
        QCoreApplication::processEvents();
        QCOMPARE(window.canvas()->imageName(), first);   // importing keeps the image on screen
    }

    /** The copy of the real val file: edits journal beside it, never in shared/. */
    const QString& groundTruth() const { return m_sample.groundTruth(); }
    const QString& results() const { return m_sample.results(); }

private:
    QTemporaryDir m_settingsDir;
    ReviewSample m_sample;
};

} // namespace curator::test
