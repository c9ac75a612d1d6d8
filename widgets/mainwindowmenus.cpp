// MainWindow: actions, menus, recent files, file dialogs, export and the About box.
#include "widgets/mainwindow.h"

#include "widgets/celltabledock.h"
#include "widgets/imagebrowserdock.h"
#include "widgets/imagecanvas.h"
#include "widgets/reviewview.h"
#include "widgets/sampledataset.h"
#include "widgets/viewsettingsdock.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace curator {

namespace {

constexpr int kMaxRecent = 10;
const QString kRecentKey = QStringLiteral("recentFiles");
const QString kLastDirKey = QStringLiteral("session/lastDirectory");

QAction* action(QObject* parent, const QString& text, const QKeySequence& shortcut = {})
{
    auto* a = new QAction(text, parent);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    return a;
}

} // namespace

QString MainWindow::lastDirectory()
{
    return QSettings().value(kLastDirKey, QDir::homePath()).toString();
}

void MainWindow::createActions()
{
    m_openAction = action(this, tr("&Open Files…"), QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open annotation files (.json) and an images.zip"));
    m_openFolderAction = action(this, tr("Open &Folder…"), QKeySequence(tr("Ctrl+Shift+O")));
    m_openFolderAction->setStatusTip(tr("Open a LIVECell distribution folder or a folder of images"));
    m_openSampleAction = action(this, tr("Open Sam&ple Dataset"));
    m_reloadAction = action(this, tr("Re&load from Disk"));
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setStatusTip(tr("Open the same files again as they are on disk now (unsaved edits can be re-applied)"));
    m_reloadAction->setEnabled(false);
    m_exportViewAction = action(this, tr("&Export View as PNG…"), QKeySequence(tr("Ctrl+E")));
    m_exportImageAction = action(this, tr("Export Whole &Image with Cells as PNG…"), QKeySequence(tr("Ctrl+Shift+E")));
    m_quitAction = action(this, tr("&Quit"), QKeySequence::Quit);
    m_fitAction = action(this, tr("&Fit to Window"), QKeySequence(tr("Ctrl+0")));
    m_actualSizeAction = action(this, tr("&Actual Size (1:1)"), QKeySequence(tr("Ctrl+1")));
    m_zoomInAction = action(this, tr("Zoom &In"), QKeySequence::ZoomIn);
    m_zoomOutAction = action(this, tr("Zoom &Out"), QKeySequence::ZoomOut);
    m_toggleCellsAction = action(this, tr("Show &Cells"), QKeySequence(tr("C")));
    m_toggleCellsAction->setCheckable(true);
    m_toggleFillAction = action(this, tr("Fill C&ells"), QKeySequence(tr("Shift+C")));
    m_toggleFillAction->setCheckable(true);
    m_previousImageAction = action(this, tr("&Previous Image"), QKeySequence(Qt::Key_PageUp));
    m_nextImageAction = action(this, tr("&Next Image"), QKeySequence(Qt::Key_PageDown));
    m_previousTimeAction = action(this, tr("Previous &Time Point"), QKeySequence(tr("Ctrl+PgUp")));
    m_nextTimeAction = action(this, tr("Next T&ime Point"), QKeySequence(tr("Ctrl+PgDown")));
    m_previousTimeAction->setStatusTip(tr("The same well, position and crop 4 hours earlier (or the nearest earlier time point)"));
    m_nextTimeAction->setStatusTip(tr("The same well, position and crop 4 hours later (or the nearest later time point)"));
    m_aboutAction = action(this, tr("&About LIVECell Curator"));
    m_aboutQtAction = action(this, tr("About &Qt"));
    connectActions();
}

void MainWindow::connectActions()
{
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFiles);
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::chooseFolder);
    connect(m_openSampleAction, &QAction::triggered, this, &MainWindow::openSample);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reloadFromDisk);
    connect(m_workspace, &Workspace::reset, this, [this] { m_reloadAction->setEnabled(!m_workspace->openedPaths().isEmpty()); });
    connect(m_exportViewAction, &QAction::triggered, this, &MainWindow::chooseExportView);
    connect(m_exportImageAction, &QAction::triggered, this, &MainWindow::chooseExportImage);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    // The zoom actions act on the page shown (the review pages' canvases included).
    connect(m_fitAction, &QAction::triggered, this, [this] { viewCanvas()->fitToWindow(); });
    connect(m_actualSizeAction, &QAction::triggered, this, [this] { viewCanvas()->setZoom(1.0); });
    connect(m_zoomInAction, &QAction::triggered, this, [this] { viewCanvas()->zoomIn(); });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { viewCanvas()->zoomOut(); });
    connect(m_toggleCellsAction, &QAction::toggled, this, [this](bool on) {
        OverlayStyle style = m_settings->overlayStyle();
        style.visible = on;
        m_settings->setOverlayStyle(style);
    });
    connect(m_toggleFillAction, &QAction::toggled, this, [this](bool on) {
        OverlayStyle style = m_settings->overlayStyle();
        style.fill = on;
        m_settings->setOverlayStyle(style);
    });
    connect(m_previousImageAction, &QAction::triggered, this, [this] { m_browser->step(-1); });
    connect(m_nextImageAction, &QAction::triggered, this, [this] { m_browser->step(+1); });
    connect(m_previousTimeAction, &QAction::triggered, this, [this] { stepTimePoint(-1); });
    connect(m_nextTimeAction, &QAction::triggered, this, [this] { stepTimePoint(+1); });
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    const OverlayStyle style = m_settings->overlayStyle();
    m_toggleCellsAction->setChecked(style.visible);
    m_toggleFillAction->setChecked(style.fill);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_openFolderAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_openSampleAction);
    file->addAction(m_reloadAction);
    file->addSeparator();
    addEditingMenus(file);
    file->addSeparator();
    file->addAction(m_exportViewAction);
    file->addAction(m_exportImageAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_fitAction);
    m_viewMenu->addAction(m_actualSizeAction);
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_toggleCellsAction);
    m_viewMenu->addAction(m_toggleFillAction);
    m_viewMenu->addSeparator();
    QMenu* panels = m_viewMenu->addMenu(tr("&Panels"));
    panels->addAction(m_browser->toggleViewAction());
    panels->addAction(m_cells->toggleViewAction());
    panels->addAction(m_settings->toggleViewAction());
    addEditingPanels(panels);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_previousImageAction);
    go->addAction(m_nextImageAction);
    go->addSeparator();
    go->addAction(m_previousTimeAction);
    go->addAction(m_nextTimeAction);
    go->addSeparator();
    createGoToId(go);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

// ---- recent files: each entry is the list of paths opened together

void MainWindow::addRecent(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    QStringList absolute;
    for (const QString& p : paths)
        absolute.append(QFileInfo(p).absoluteFilePath());
    QSettings settings;
    QVariantList recent = settings.value(kRecentKey).toList();
    recent.removeAll(QVariant(absolute));
    recent.prepend(QVariant(absolute));
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    // File dialogs start where the user's own files were last opened from, not in the sample's cache folder.
    const QString sample = QDir(SampleDataset::root()).absolutePath();
    if (absolute.first() != sample && !absolute.first().startsWith(sample + QLatin1Char('/')))
        settings.setValue(kLastDirKey, QFileInfo(absolute.first()).absolutePath());
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QVariantList recent = QSettings().value(kRecentKey).toList();
    for (int i = 0; i < recent.size(); ++i) {
        const QStringList paths = recent[i].toStringList();
        if (paths.isEmpty())
            continue;
        QString text = QFileInfo(paths.first()).fileName();
        if (paths.size() > 1)
            text = tr("%1 and %n more", nullptr, int(paths.size() - 1)).arg(text);
        QAction* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1 < 10 ? QString::number(i + 1) : QString(), text));
        a->setToolTip(paths.join(u'\n'));
        a->setStatusTip(QDir::toNativeSeparators(paths.join(QStringLiteral(", "))));
        connect(a, &QAction::triggered, this, [this, paths] { openPaths(paths); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
            QSettings().remove(kRecentKey);
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

// ---- dialogs

void MainWindow::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Annotations and Images"), lastDirectory(),
        tr("LIVECell files (*.json *.zip);;COCO annotations (*.json);;Image archives (*.zip);;All files (*)"));
    openPaths(paths);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open LIVECell Folder"), lastDirectory());
    if (!folder.isEmpty())
        openPaths({folder});
}

ImageCanvas* MainWindow::viewCanvas() const
{
    return m_reviewView ? m_reviewView->currentCanvas() : m_canvas;
}

void MainWindow::showZoom()
{
    // With no image there is nothing to be zoomed: the canvas fits an empty 1 px area (6,400 %) then.
    const ImageCanvas* canvas = viewCanvas();
    m_zoomLabel->setText(canvas->imageName().isEmpty() ? QString()
                                                        : tr("%L1 %").arg(canvas->zoom() * 100, 0, 'f', 0));
}

bool MainWindow::exportView(const QString& path)
{
    return (m_reviewView ? m_reviewView->renderCurrentView() : m_canvas->renderView()).save(path, "PNG");
}

void MainWindow::chooseExportView()
{
    const QString base = QFileInfo(m_canvas->imageName()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export View"),
                                                      QDir(lastDirectory()).filePath(base + QStringLiteral("_view.png")),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (exportView(path))
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(this, tr("Export View"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::chooseExportImage()
{
    const QString base = QFileInfo(m_canvas->imageName()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Image with Cells"),
                                                      QDir(lastDirectory()).filePath(base + QStringLiteral("_cells.png")),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    // Twice the native resolution keeps outlines thin relative to the cells.
    if ((m_reviewView ? m_reviewView->renderCurrentImage(2.0) : m_canvas->renderImage(2.0)).save(path, "PNG"))
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(this, tr("Export Image"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LIVECell Curator"),
                       tr("<h3>LIVECell Curator %1</h3>"
                          "<p>A desktop application to browse, curate and evaluate the LIVECell "
                          "label-free live-cell segmentation dataset.</p>")
                               .arg(QApplication::applicationVersion())
                           + QStringLiteral("<p>") + SampleDataset::attribution() + QStringLiteral("</p>"));
}

} // namespace curator
