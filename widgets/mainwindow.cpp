#include "widgets/mainwindow.h"

#include "model/celltablemodel.h"
#include "model/imagebrowsermodel.h"
#include "model/review/predictionreview.h"
#include "widgets/celltabledock.h"
#include "widgets/documentcontroller.h"
#include "widgets/findingsdock.h"
#include "widgets/imagebrowserdock.h"
#include "widgets/imagecanvas.h"
#include "widgets/modelreviewdock.h"
#include "widgets/reviewview.h"
#include "widgets/sampledataset.h"
#include "widgets/viewsettingsdock.h"

#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>

#include <algorithm>
#include <utility>

namespace curator {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_browserModel(new ImageBrowserModel(m_workspace, this))
    , m_cellModel(new CellTableModel(m_workspace, this))
    , m_canvas(new ImageCanvas(m_workspace))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_canvas);
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks);
    createDocks();
    createActions();
    createEditing();
    createMenus();
    createStatusBar();
    connectViews();
    createQcViews();
    createReview();
    resize(1280, 800);
    readSettings();
    updateTitle();
    // Keys go to the image first, not to the browser's search field (the first in the focus chain),
    // where the single-key shortcuts (N, R, F, X, the editing tools) would be typed as a filter.
    m_canvas->setFocus();
}

MainWindow::~MainWindow()
{
    m_predictionReview->stop();   // its worker reads the image source, which the workspace (destroyed first) owns
}

void MainWindow::createDocks()
{
    m_browser = new ImageBrowserDock(m_browserModel, this);
    m_cells = new CellTableDock(m_cellModel, this);
    m_settings = new ViewSettingsDock(m_workspace, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, m_cells);
    splitDockWidget(m_browser, m_cells, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, m_settings);
    resizeDocks({m_browser, m_settings}, {430, 240}, Qt::Horizontal);
    resizeDocks({m_browser, m_cells}, {430, 300}, Qt::Vertical);
}

void MainWindow::connectViews()
{
    connect(m_workspace, &Workspace::loadingStarted, this, &MainWindow::onLoadingStarted);
    connect(m_workspace, &Workspace::loadingProgress, this, &MainWindow::onLoadingProgress);
    connect(m_workspace, &Workspace::loadingFinished, this, &MainWindow::onLoadingFinished);
    connect(m_browserModel, &QAbstractItemModel::modelReset, this, [this] { m_timeLapse.rebuild(*m_browserModel); });
    connect(m_browser, &ImageBrowserDock::currentRowChanged, this, &MainWindow::showRow);

    connect(m_canvas, &ImageCanvas::selectedCellChanged, this, [this](CellKey cell) {
        if (m_reviewView && m_reviewView->currentIndex() != ReviewView::AnnotationsPage)
            return;   // the table and the readout follow the review page shown
        m_cells->setCurrentCell(cell);
        showCellInfo(cell.isValid() ? cell : m_canvas->hoveredCell());
    });
    // The table is rebuilt when its image's cells change (an edit, the model's predictions published, the
    // image shown again): its current row follows the selection of the page shown.
    connect(m_cellModel, &QAbstractItemModel::modelReset, this, [this] { m_cells->setCurrentCell(selectionShown()); });
    connect(m_cells, &CellTableDock::cellActivated, this, [this](CellKey cell) {
        // On the page shown: a review page's canvas when one covers the annotation canvas.
        if (m_reviewView)
            m_reviewView->selectCell(cell, true);
        else
            m_canvas->setSelectedCell(cell, true);
        showCellInfo(cell);
    });
    connect(m_canvas, &ImageCanvas::hoveredCellChanged, this, [this](CellKey cell) {
        showCellInfo(cell.isValid() ? cell : m_canvas->selectedCell());
    });
    connect(m_canvas, &ImageCanvas::cursorMoved, this, &MainWindow::showCursor);
    connect(m_canvas, &ImageCanvas::zoomChanged, this, &MainWindow::showZoom);
    connect(m_canvas, &ImageCanvas::imageChanged, this, &MainWindow::showZoom);

    connect(m_settings, &ViewSettingsDock::displaySettingsChanged, m_canvas, &ImageCanvas::setDisplaySettings);
    connect(m_settings, &ViewSettingsDock::overlayStyleChanged, m_canvas, &ImageCanvas::setOverlayStyle);
    connect(m_settings, &ViewSettingsDock::hiddenCellTypesChanged, m_canvas, &ImageCanvas::setHiddenCellTypes);
    connect(m_settings, &ViewSettingsDock::hiddenSetsChanged, m_canvas, &ImageCanvas::setHiddenSets);
    connect(m_settings, &ViewSettingsDock::overlayStyleChanged, this, [this](const OverlayStyle& style) {
        const QSignalBlocker b1(m_toggleCellsAction), b2(m_toggleFillAction);
        m_toggleCellsAction->setChecked(style.visible);
        m_toggleFillAction->setChecked(style.fill);
    });
}

void MainWindow::createStatusBar()
{
    m_cellLabel = new QLabel;
    m_cellLabel->setObjectName(QStringLiteral("cellLabel"));
    m_cursorLabel = new QLabel;
    m_cursorLabel->setObjectName(QStringLiteral("cursorLabel"));
    m_zoomLabel = new QLabel;
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_cellLabel->setMinimumWidth(22 * em);
    m_cursorLabel->setMinimumWidth(11 * em);
    m_zoomLabel->setMinimumWidth(4 * em);
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_cellLabel);
    statusBar()->addPermanentWidget(m_cursorLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
}

// ---- opening

void MainWindow::openPaths(const QStringList& paths)
{
    if (paths.isEmpty() || m_workspace->isLoading())
        return;
    if (!m_documents->maybeSave(DocumentController::Purpose::Replace))
        return;
    m_loadingPaths = paths;
    // As after a reload: the model's predictions of the images opened again come back from its cache.
    m_reshowModel = m_predictionReview->predictionsAreTheModels();
    m_workspace->open(paths);
}

void MainWindow::openSample()
{
    QString error;
    const QString folder = SampleDataset::location(&error);
    if (folder.isEmpty()) {
        showMessage(QMessageBox::Warning, tr("Sample dataset"), error);
        return;
    }
    openPaths({folder});
}

void MainWindow::reloadFromDisk()
{
    if (m_workspace->openedPaths().isEmpty() || m_workspace->isLoading() || !m_documents->prepareReload())
        return;
    reopen();
}

void MainWindow::reopen()
{
    if (m_workspace->openedPaths().isEmpty() || m_workspace->isLoading())
        return;
    m_pendingImage = m_canvas->imageName();
    m_loadingPaths = m_workspace->openedPaths();
    m_reloading = true;
    // The model's predictions come back from its cache; results imported with Model ▸ Import are not
    // among the files opened: they are imported again.
    m_reshowModel = m_predictionReview->predictionsAreTheModels();
    m_recheck = m_findings->hasFindings() || m_findings->isRunning();   // findings of the file as it is now
    m_reimport.clear();
    if (const int dt = m_predictionReview->predictionSet(); dt >= 0 && !m_predictionReview->predictionsAreTheModels()) {
        const QString path = m_workspace->set(dt).info.path;
        const bool opened = std::any_of(m_loadingPaths.begin(), m_loadingPaths.end(), [&path](const QString& p) {
            return QFileInfo(p).absoluteFilePath() == QFileInfo(path).absoluteFilePath();
        });
        if (!opened)
            m_reimport = path;
    }
    m_workspace->open(m_loadingPaths);
}

void MainWindow::onLoadingStarted()
{
    statusBar()->showMessage(tr("Loading…"));
    m_progress = new QProgressDialog(tr("Loading annotations…"), tr("Cancel"), 0, 1000, this);
    m_progress->setWindowTitle(tr("Opening"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_workspace, &Workspace::cancelLoading);
}

void MainWindow::onLoadingProgress(int permille, const QString& what)
{
    if (!m_progress)
        return;
    m_progress->setValue(permille);
    if (!what.isEmpty())
        m_progress->setLabelText(tr("Reading %1…").arg(what));
}

void MainWindow::onLoadingFinished(bool ok, const QString& message)
{
    if (m_progress)
        m_progress->deleteLater();
    const QString reimport = std::exchange(m_reimport, QString());
    const bool reloaded = std::exchange(m_reloading, false);
    const bool reshowModel = std::exchange(m_reshowModel, false);
    const bool recheck = std::exchange(m_recheck, false);
    if (!ok) {
        statusBar()->showMessage(message, 8000);
        if (message != Workspace::cancelledMessage() && !message.isEmpty())
            showMessage(QMessageBox::Warning, tr("Cannot open"), message);
        return;
    }
    addRecent(m_loadingPaths);
    int cells = 0;
    for (int s = 0; s < m_workspace->setCount(); ++s)
        cells += m_workspace->set(s).store.liveAnnotationCount();
    QString line =
        (reloaded ? tr("Reloaded %n annotation file(s) from disk: %L1 images, %L2 cells.", nullptr, m_workspace->setCount())
                  : tr("Opened %n annotation file(s): %L1 images, %L2 cells.", nullptr, m_workspace->setCount()))
            .arg(m_browserModel->rowCount())
            .arg(cells);
    const QStringList notices = m_documents->takeOpenNotices();   // e.g. review marks from another path
    if (!notices.isEmpty())
        line = notices.join(u' ') + u' ' + line;   // in front: a long path would push it out of sight
    statusBar()->showMessage(line, notices.isEmpty() ? 8000 : 20000);
    if (!message.isEmpty())
        showMessage(QMessageBox::Information, tr("Opened with warnings"), message);
    int row = m_pendingImage.isEmpty() ? -1 : m_browserModel->rowOfFile(m_pendingImage);
    m_pendingImage.clear();
    if (row < 0)
        row = m_browser->firstAnnotatedRow();
    if (row >= 0)
        m_browser->setCurrentRow(row);
    else
        m_browser->step(+1);
    updateTitle();
    if (const QString shown = m_canvas->imageName(); reshowModel && m_predictionReview->showCachedPredictions())
        reshowImage(shown);   // adding the predictions set reset the views
    // Checks that run (there is a set to check) end with a line of their own, which keeps this one in front.
    m_lineBeforeChecks = recheck && m_findings->activeSet() >= 0 ? line : QString();
    if (recheck)
        m_findings->runChecks();
    if (!reimport.isEmpty())
        m_predictionReview->importResults(reimport);   // after the image is shown, which importing keeps
}

void MainWindow::showMessage(int icon, const QString& title, const QString& text)
{
    // Not modal: loading ends in a queued signal, and a nested event loop there would let the
    // next load start underneath the message.
    auto* box = new QMessageBox(QMessageBox::Icon(icon), title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

// ---- navigation

void MainWindow::showRow(int row)
{
    if (row < 0 || row >= m_browserModel->rowCount()) {
        m_canvas->clearImage();
        m_cellModel->setImage({});
        updateTitle();
        return;
    }
    const QString followed = followImageSet(row);
    const QString name = m_browserModel->row(row).fileName;
    m_canvas->setImage(name);
    m_cellModel->setImage(name);
    QStringList notes;
    const std::vector<int> times = m_timeLapse.timePoints(row);
    if (times.size() > 1) {
        const int minutes = m_browserModel->row(row).name.minutes;
        const auto at = std::find(times.begin(), times.end(), minutes) - times.begin();
        notes.append(tr("Time point %1 of %2 in this series (%3).")
                         .arg(at + 1).arg(times.size()).arg(formatTimePoint(minutes)));
    }
    if (!followed.isEmpty())
        notes.append(followed);
    if (!m_canvas->errorText().isEmpty())
        statusBar()->showMessage(m_canvas->errorText(), 8000);
    else if (!notes.isEmpty())
        statusBar()->showMessage(notes.join(u' '), 6000);
    showCellInfo(selectionShown());   // the same image shown again after a reset keeps its selection
    updateTitle();
}

bool MainWindow::stepTimePoint(int direction)
{
    const int row = m_browser->currentRow();
    const int target = m_timeLapse.neighbour(row, direction < 0 ? TimeLapse::Previous : TimeLapse::Next);
    if (target < 0) {
        statusBar()->showMessage(direction < 0 ? tr("No earlier time point of this well, position and crop is loaded.")
                                               : tr("No later time point of this well, position and crop is loaded."),
                                 5000);
        return false;
    }
    m_browser->setCurrentRow(target);
    return true;
}

CellKey MainWindow::selectionShown() const
{
    return m_reviewView ? m_reviewView->selectedCells().value(0) : m_canvas->selectedCell();
}

void MainWindow::showCellInfo(CellKey cell)
{
    if (!cell.isValid()) {
        m_cellLabel->clear();
        return;
    }
    const AnnotationStore& store = m_workspace->set(cell.set).store;
    const qint64 id = store.annotationId(cell.annotation);
    const double area = CellTableModel::area(store, cell.annotation);
    // A predicted cell given as a run-length mask has no vertices.
    m_cellLabel->setText(CellTableModel::isMask(store, cell.annotation)
                             ? tr("Cell %1 · %L2 px² · mask").arg(id).arg(area, 0, 'f', 1)
                             : tr("Cell %1 · %L2 px² · %n vertices", nullptr, int(store.vertexCount(cell.annotation)))
                                   .arg(id)
                                   .arg(area, 0, 'f', 1));
}

void MainWindow::showCursor(QPoint pixel, int value)
{
    m_cursorLabel->setText(value < 0 ? QString() : tr("x %1, y %2: %3").arg(pixel.x()).arg(pixel.y()).arg(value));
}

void MainWindow::updateTitle()
{
    const QString image = m_canvas->imageName();
    // "[*]" is where Qt shows the unsaved-edits marker (setWindowModified()).
    setWindowTitle(image.isEmpty() ? QStringLiteral("[*]") + tr("LIVECell Curator")
                                   : tr("%1 — LIVECell Curator").arg(image + QStringLiteral("[*]")));
}

// ---- window

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_documents->maybeSave(DocumentController::Purpose::Close)) {
        event->ignore();
        return;
    }
    if (m_workspace->isLoading()) {
        m_workspace->cancelLoading();
        m_workspace->waitForLoaded();
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // "browserHeader" held the Image column stretched to whatever the other columns left (a few
    // characters at 1280x800); a new key lets the fitted width take over once.
    m_browser->restoreHeaderState(settings.value(QStringLiteral("window/browserColumns")).toByteArray());
    m_cells->restoreHeaderState(settings.value(QStringLiteral("window/cellHeader")).toByteArray());
    m_modelReviewDock->restoreHeaderState(settings.value(QStringLiteral("window/summaryColumns")).toByteArray());
    m_settings->restore(settings);
    m_pendingImage = settings.value(QStringLiteral("session/image")).toString();
    updateRecentMenu();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/browserColumns"), m_browser->saveHeaderState());
    settings.remove(QStringLiteral("window/browserHeader"));
    settings.setValue(QStringLiteral("window/cellHeader"), m_cells->saveHeaderState());
    settings.setValue(QStringLiteral("window/summaryColumns"), m_modelReviewDock->saveHeaderState());
    settings.setValue(QStringLiteral("session/image"), m_canvas->imageName());
    m_settings->save(settings);
    writeReviewSettings(settings);
}

} // namespace curator
