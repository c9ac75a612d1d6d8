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
        m_groundTruth = m_dir.filePath(QStringLiteral("livecell_coco_val.json"));
        QVERIFY(QFile::copy(realValJson(), m_groundTruth));
        Workspace workspace;
        workspace.open({m_groundTruth, realImagesDir()});
        workspace.waitForLoaded();
        m_results = m_dir.filePath(QStringLiteral("fixture_results.json"));
        QVERIFY(writeAll(m_results, fixtureResults(workspace.set(0).store, 0)));
    }

    /** A 1280 × 800 window with the copy open, its first image shown and the fixture results imported. */
    void prepare(MainWindow& window) const
    {
        window.resize(1280, 800);
        window.show();
        window.openPaths({m_groundTruth, realImagesDir()});
        window.workspace()->waitForLoaded();
        const QString first = window.workspace()->set(0).store.image(0).fileName;
        window.browser()->setCurrentRow(window.browser()->model()->rowOfFile(first));
        QCOMPARE(window.canvas()->imageName(), first);
        window.importResults(m_results);
        window.predictionReview()->waitForFinished();
        window.predictionReview()->waitForEvaluation();
        QCoreApplication::processEvents();
        QCOMPARE(window.canvas()->imageName(), first);   // importing keeps the image on screen
    }

    /** The copy of the real val file: edits journal beside it, never in shared/. */
    const QString& groundTruth() const { return m_groundTruth; }
    const QString& results() const { return m_results; }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_groundTruth;
    QString m_results;
};

} // namespace curator::test
