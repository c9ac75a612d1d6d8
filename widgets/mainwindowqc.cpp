// MainWindow: the quality-control findings dock, dataset statistics and the nuclear count benchmark.
#include "widgets/mainwindow.h"

#include "model/documentmanager.h"
#include "model/imagebrowsermodel.h"
#include "model/review/predictionreview.h"
#include "model/segmentation/segmenter.h"
#include "widgets/celltabledock.h"
#include "widgets/findingsdock.h"
#include "widgets/imagebrowserdock.h"
#include "widgets/imagecanvas.h"
#include "widgets/nuclearcountwindow.h"
#include "widgets/reviewview.h"
#include "widgets/statisticswindow.h"

#include <QAction>
#include <QFileInfo>
#include <QMenuBar>
#include <QStatusBar>

#include <utility>

namespace curator {

void MainWindow::createQcViews()
{
    m_findings = new FindingsDock(m_workspace, this);
    m_findings->setDocumentManager(documents());
    // The panel follows the active annotation set, which follows the image shown, unless that would drop the findings
    // of its file or a check under way (browsing an image of another split): Run Quality Checks takes it along.
    connect(documents(), &DocumentManager::activeSetChanged, m_findings, [this](int set) {
        if (!m_findings->hasFindings() && !m_findings->isRunning())
            m_findings->setActiveSet(set);
    });
    addDockWidget(Qt::LeftDockWidgetArea, m_findings);
    tabifyDockWidget(m_cells, m_findings);
    m_cells->raise();

    connect(m_findings, &FindingsDock::statusMessage, this, [this](const QString& text) {
        // Checks run again after a reload: their line keeps the reload's in front rather than replacing it.
        const QString before = std::exchange(m_lineBeforeChecks, QString());
        statusBar()->showMessage(before.isEmpty() ? text : before + u' ' + text, 8000);
    });
    connect(m_findings, &FindingsDock::findingActivated, this, [this](ImageKey image, const QList<CellKey>& cells) {
        if (!image.isValid()) {
            statusBar()->showMessage(tr("This finding is not about an image that is loaded."), 5000);
            return;
        }
        const int row = m_browserModel->rowOfFile(m_workspace->fileName(image), image.set);
        if (row >= 0 && row != m_browser->currentRow())
            m_browser->setCurrentRow(row);
        if (!cells.isEmpty()) {
            // A finding is about annotations, fixed with the editing tools: show it on their page.
            m_reviewView->setCurrentIndex(ReviewView::AnnotationsPage);
            // Problems such as self-intersections are a few pixels wide: get close enough to see them.
            if (m_canvas->zoom() < 2.0)
                m_canvas->setZoom(2.0);
            m_canvas->setSelectedCell(cells.first(), true);
        }
    });

    auto* runAction = new QAction(tr("&Run Quality Checks"), this);
    runAction->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    runAction->setStatusTip(tr("Look for self-intersections, near-duplicates, outliers, leakage and other problems"));
    connect(runAction, &QAction::triggered, this, [this] {
        m_findings->show();
        m_findings->raise();
        m_findings->setActiveSet(documents()->activeSet());   // the file of the image shown, as the menu says
        m_findings->runChecks();
    });
    auto* statsAction = new QAction(tr("Dataset &Statistics…"), this);
    statsAction->setStatusTip(tr("Images, cells, cells per image and cell areas per cell type and split, as charts"));
    connect(statsAction, &QAction::triggered, this, [this] {
        if (!m_statistics)
            m_statistics = new StatisticsWindow(m_workspace, this);
        m_statistics->show();
        m_statistics->raise();
        m_statistics->activateWindow();
    });
    auto* nuclearAction = new QAction(tr("&Nuclear Count Benchmark…"), this);
    nuclearAction->setStatusTip(tr("Compare predicted cell counts with fluorescence-based nuclear counts (A549, A172)"));
    connect(nuclearAction, &QAction::triggered, this, [this] {
        if (!m_nuclear) {
            m_nuclear = new NuclearCountWindow(m_workspace, this);
            connect(m_nuclear, &NuclearCountWindow::statusMessage, this, [this](const QString& t) { statusBar()->showMessage(t, 8000); });
            // It counts with the model of Model ▸ Load Model… (the bundled one until another is loaded).
            const auto passModel = [this] {
                const QString path = m_predictionReview->modelPath();
                if (!path.isEmpty())
                    m_nuclear->setModel(path, path == bundledModelPath() ? QString() : m_predictionReview->modelName());
            };
            passModel();
            connect(m_predictionReview, &PredictionReview::modelLoaded, m_nuclear, passModel);
            // A distribution folder that is open already names the benchmark.
            for (const QString& path : m_workspace->openedPaths()) {
                QString ignored;
                if (QFileInfo(path).isDir() && m_nuclear->openFolder(path, &ignored))
                    break;
            }
        }
        m_nuclear->show();
        m_nuclear->raise();
        m_nuclear->activateWindow();
    });
    QMenu* quality = new QMenu(tr("&Quality"), this);
    quality->addAction(m_findings->toggleViewAction());
    quality->addAction(runAction);
    quality->addSeparator();
    quality->addAction(statsAction);
    quality->addAction(nuclearAction);
    menuBar()->insertMenu(menuBar()->actions().constLast(), quality);
}

} // namespace curator
