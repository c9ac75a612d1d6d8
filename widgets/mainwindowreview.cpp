// MainWindow: the model review (predictions layer, side-by-side and difference views, Model menu).
#include "widgets/mainwindow.h"

#include "model/celltablemodel.h"
#include "model/documentmanager.h"
#include "model/imagebrowsermodel.h"
#include "model/imagefilterproxy.h"
#include "model/review/predictionreview.h"
#include "widgets/celltabledock.h"
#include "widgets/imagebrowserdock.h"
#include "widgets/imagecanvas.h"
#include "widgets/modelinfo.h"
#include "widgets/modelreviewdock.h"
#include "widgets/predictionstylebox.h"
#include "widgets/reviewdock.h"
#include "widgets/reviewview.h"
#include "widgets/saveprogress.h"
#include "widgets/tools/edittools.h"
#include "widgets/viewsettingsdock.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

namespace curator {

void MainWindow::createReview()
{
    m_predictionReview = new PredictionReview(m_workspace, this);
    takeCentralWidget();   // the canvas becomes the review view's first page
    m_reviewView = new ReviewView(m_canvas, m_predictionReview);
    setCentralWidget(m_reviewView);
    m_modelReviewDock = new ModelReviewDock(m_predictionReview, this);
    addDockWidget(Qt::RightDockWidgetArea, m_modelReviewDock);
    m_predictionStyle = new PredictionStyleBox;
    m_settings->addGroup(m_predictionStyle);
    m_browserModel->setReview(m_predictionReview->evaluation());
    m_cellModel->setReview(m_predictionReview->evaluation());
    const QString sample = QStringLiteral("0.000");
    for (int c = ImageBrowserModel::ApColumn; c < ImageBrowserModel::ColumnCount; ++c)
        fitColumn(m_browser->view(), c, sample);

    auto* progress = new QProgressBar;
    progress->setObjectName(QStringLiteral("runProgress"));
    progress->setMaximumWidth(160);
    auto* cancel = new QToolButton;
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Stop the model run; images done so far are kept"));
    connect(cancel, &QToolButton::clicked, m_predictionReview, &PredictionReview::cancel);
    m_runProgress = new QWidget;
    auto* row = new QHBoxLayout(m_runProgress);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Model:")));
    row->addWidget(progress);
    row->addWidget(cancel);
    m_runProgress->hide();
    statusBar()->addPermanentWidget(m_runProgress);

    QMenu* model = new QMenu(tr("&Model"), this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), model);
    createReviewActions(model);
    for (QAction* a : m_viewMenu->actions()) {
        if (a->menu() && a->menu()->title() == tr("&Panels"))
            a->menu()->addAction(m_modelReviewDock->toggleViewAction());
    }
    connectReview();
    QSettings settings;
    m_predictionStyle->restore(settings);
}

void MainWindow::createReviewActions(QMenu* menu)
{
    QAction* import = menu->addAction(tr("&Import detectron2 Results…"), this, &MainWindow::chooseResults);
    import->setStatusTip(tr("Compare a results file (coco_instances_results.json) with the open ground truth"));
    QAction* save = menu->addAction(tr("Save &Predictions As…"), this, &MainWindow::chooseSavePredictions);
    save->setStatusTip(tr("Write the predictions as a detectron2 results file, for livecell-cli eval, pycocotools "
                          "or importing here later"));
    connect(menu, &QMenu::aboutToShow, save, [this, save] { save->setEnabled(m_predictionReview->hasPredictions()); });
    menu->addAction(tr("&Load Model…"), this, &MainWindow::chooseModel)
        ->setStatusTip(tr("Use another ONNX segmentation model with its JSON sidecar"));
    menu->addAction(tr("About the &Model…"), this, &MainWindow::showModelInfo)
        ->setStatusTip(tr("What the model learnt from, how well it does on images it never saw, and its licence"));
    menu->addSeparator();
    QAction* current = menu->addAction(tr("Run on &Current Image"), this, [this] { runModel(RunScope::CurrentImage); });
    current->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    menu->addAction(tr("Run on &Filtered Images"), this, [this] { runModel(RunScope::FilteredImages); })
        ->setStatusTip(tr("Segment every image the image browser shows with its current filters"));
    menu->addAction(tr("Run on &All Images"), this, [this] { runModel(RunScope::AllImages); });
    menu->addSeparator();
    QAction* difference = menu->addAction(tr("Show &Difference"), this,
                                          [this] { m_reviewView->setCurrentIndex(ReviewView::DifferencePage); });
    difference->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    menu->addAction(tr("Show &Side by Side"), this, [this] { m_reviewView->setCurrentIndex(ReviewView::SideBySidePage); });
    menu->addAction(tr("Show A&nnotations"), this, [this] { m_reviewView->setCurrentIndex(ReviewView::AnnotationsPage); });
    menu->addSeparator();
    QAction* next = menu->addAction(tr("Ne&xt Missed or Spurious Cell"), this, [this] { goToDisagreement(1); });
    next->setShortcut(QKeySequence(tr("X")));
    next->setStatusTip(tr("Select and centre the next cell the model missed (FN) or made up (FP), image after image"));
    QAction* previous = menu->addAction(tr("Pre&vious Missed or Spurious Cell"), this, [this] { goToDisagreement(-1); });
    previous->setShortcut(QKeySequence(tr("Shift+X")));
    menu->addAction(m_modelReviewDock->acceptAction());
    menu->addAction(m_modelReviewDock->deleteAction());
}

bool MainWindow::goToDisagreement(int step)
{
    const ReviewEvaluation* evaluation = m_predictionReview->evaluation();
    if (!evaluation->hasResult()) {
        statusBar()->showMessage(tr("No evaluated predictions: run the model or import results first (Model menu)."), 8000);
        return false;
    }
    if (m_reviewView->currentIndex() == ReviewView::AnnotationsPage)
        m_reviewView->setCurrentIndex(ReviewView::DifferencePage);
    DisagreementPosition where;
    if (m_reviewView->selectDisagreement(step, false, &where)) {
        showDisagreementPosition(where, {});
        return true;
    }
    // On to the next image (in the browser's order and filters) with a missed or spurious cell,
    // wrapping round at the end as a search does; the current image last.
    const ImageFilterProxy* proxy = m_browser->proxy();
    const int rows = proxy->rowCount();
    const QModelIndex current = proxy->mapFromSource(m_browserModel->index(m_browser->currentRow(), 0));
    const int from = current.isValid() ? current.row() : (step > 0 ? rows - 1 : 0);
    for (int k = 1; k <= rows; ++k) {
        const int r = ((from + step * k) % rows + rows) % rows;
        const int source = proxy->mapToSource(proxy->index(r, 0)).row();
        const auto count = [&](int column) {
            return m_browserModel->data(m_browserModel->index(source, column), ImageBrowserModel::SortRole).toInt();
        };
        if (count(ImageBrowserModel::FalseNegativeColumn) + count(ImageBrowserModel::FalsePositiveColumn) <= 0)
            continue;
        m_browser->setCurrentRow(source);
        if (m_reviewView->selectDisagreement(step, true, &where)) {
            const bool wrapped = step > 0 ? r <= from : r >= from;
            showDisagreementPosition(where, !wrapped ? QString()
                                            : step > 0 ? tr("Continued from the first image.")
                                                       : tr("Continued from the last image."));
            return true;
        }
    }
    statusBar()->showMessage(tr("No missed or spurious cell in the images shown."), 8000);
    return false;
}

void MainWindow::showDisagreementPosition(const DisagreementPosition& where, const QString& prefix)
{
    QString position = tr("Missed or spurious cell %1 of %2 on this image.").arg(where.index + 1).arg(where.count);
    if (where.hidden > 0)
        position += QLatin1Char(' ')
                    + tr("%n more hidden by the display filters (cell types, annotation sets, predictions layer).", nullptr, where.hidden);
    statusBar()->showMessage(prefix.isEmpty() ? position : prefix + QLatin1Char(' ') + position, 8000);
}

void MainWindow::connectReview()
{
    connect(m_settings, &ViewSettingsDock::displaySettingsChanged, m_reviewView, &ReviewView::setDisplaySettings);
    connect(m_settings, &ViewSettingsDock::overlayStyleChanged, m_reviewView, &ReviewView::setOverlayStyle);
    connect(m_settings, &ViewSettingsDock::hiddenCellTypesChanged, m_reviewView, &ReviewView::setHiddenCellTypes);
    connect(m_settings, &ViewSettingsDock::hiddenSetsChanged, m_reviewView, &ReviewView::setHiddenSets);
    connect(m_predictionStyle, &PredictionStyleBox::styleChanged, m_canvas, &ImageCanvas::setPredictionStyle);
    connect(m_predictionStyle, &PredictionStyleBox::styleChanged, m_reviewView, &ReviewView::setPredictionStyle);
    // The score threshold is the operating point of the review's TP / FP / FN, as it is what is drawn.
    connect(m_predictionStyle, &PredictionStyleBox::styleChanged, m_predictionReview->evaluation(),
            [evaluation = m_predictionReview->evaluation()](const PredictionStyle& style) {
                evaluation->setScoreThreshold(style.minScore);
            });
    // The Cells table lists what the display filters show, as the canvases draw it.
    const auto filterCells = [this] {
        m_cells->setDisplayFilter(m_settings->hiddenCellTypes(), m_settings->hiddenSets(), m_predictionStyle->style());
    };
    connect(m_settings, &ViewSettingsDock::hiddenCellTypesChanged, m_cells, filterCells);
    connect(m_settings, &ViewSettingsDock::hiddenSetsChanged, m_cells, filterCells);
    connect(m_predictionStyle, &PredictionStyleBox::styleChanged, m_cells, filterCells);
    filterCells();
    m_reviewView->setDisplaySettings(m_settings->displaySettings());
    m_reviewView->setOverlayStyle(m_settings->overlayStyle());
    m_reviewView->setHiddenCellTypes(m_settings->hiddenCellTypes());
    m_reviewView->setHiddenSets(m_settings->hiddenSets());

    connect(m_modelReviewDock, &ModelReviewDock::acceptRequested, this, &MainWindow::acceptPrediction);
    connect(m_modelReviewDock, &ModelReviewDock::deleteRequested, this, &MainWindow::deleteGroundTruthCell);
    connect(m_modelReviewDock, &ModelReviewDock::cellTypeActivated, m_browser, &ImageBrowserDock::setCellTypeFilter);
    connect(m_reviewView, &ReviewView::reviewCellSelected, m_modelReviewDock, &ModelReviewDock::showCell);
    for (ImageCanvas* canvas : {m_reviewView->groundTruthCanvas(), m_reviewView->differenceCanvas()}) {
        connect(canvas, &ImageCanvas::zoomChanged, this, &MainWindow::showZoom);
        connect(canvas, &ImageCanvas::imageChanged, this, &MainWindow::showZoom);
    }
    // The status bar's cell and pixel readouts follow the review pages' canvases as they do the annotation page's.
    for (ImageCanvas* canvas : {m_reviewView->groundTruthCanvas(), m_reviewView->predictionCanvas(), m_reviewView->differenceCanvas()}) {
        connect(canvas, &ImageCanvas::hoveredCellChanged, this, [this, canvas](CellKey cell) {
            showCellInfo(cell.isValid() ? cell : canvas->selectedCell());
        });
        connect(canvas, &ImageCanvas::selectedCellChanged, this, [this](CellKey cell) { showCellInfo(cell); });
        connect(canvas, &ImageCanvas::cursorMoved, this, &MainWindow::showCursor);
    }
    connect(m_reviewView, &QTabWidget::currentChanged, this, &MainWindow::showZoom);
    // The review pages' selection is the one flagged (Shift+F) and shown in the Cells table, and they draw the flags.
    m_review->setSelectionSource([this] { return m_reviewView->selectedCells(); });
    connect(m_review, &ReviewDock::flaggedCellsChanged, m_reviewView, &ReviewView::setFlaggedCells);
    m_reviewView->setFlaggedCells(m_canvas->flaggedCells());
    connect(m_reviewView, &ReviewView::reviewCellSelected, m_cells, &CellTableDock::setCurrentCell);
    // Editing happens on the annotation page; on a review page A and Delete act on the cell selected there.
    connect(m_reviewView, &QTabWidget::currentChanged, this, [this](int page) {
        m_tools->setEditingEnabled(page == ReviewView::AnnotationsPage);
        m_modelReviewDock->setKeysActive(page != ReviewView::AnnotationsPage);
        // Each page keeps its own selection: the table, the readout and the dock show the one of the page shown.
        const CellKey selected = selectionShown();
        m_cells->setCurrentCell(selected);
        showCellInfo(selected);
        m_modelReviewDock->showCell(selected);
    });
    connect(m_canvas, &ImageCanvas::selectedCellChanged, this, [this](CellKey cell) {
        if (m_reviewView->currentIndex() == ReviewView::AnnotationsPage)   // else the review page's selection counts
            m_modelReviewDock->showCell(cell);
    });
    // The review compares with the active annotation set: the set accepted predictions go into.
    connect(documents(), &DocumentManager::activeSetChanged, m_predictionReview, &PredictionReview::setGroundTruthSet);
    m_predictionReview->setGroundTruthSet(documents()->activeSet());
    connect(m_predictionReview, &PredictionReview::runStarted, this, [this](int images) { showRunProgress(0, images); });
    connect(m_predictionReview, &PredictionReview::runProgress, this, &MainWindow::showRunProgress);
    connect(m_predictionReview, &PredictionReview::runFinished, this, &MainWindow::onRunFinished);
    connect(m_predictionReview, &PredictionReview::publishFailed, this, [this](const QString& message) {
        statusBar()->showMessage(message, 8000);
        showMessage(QMessageBox::Warning, tr("Model Review"), message);
    });
    connect(m_predictionReview, &PredictionReview::importStarted, this, [this] {
        statusBar()->showMessage(tr("Importing results…"));
        m_importImage = m_canvas->imageName();
    });
    connect(m_predictionReview, &PredictionReview::importFinished, this, [this](bool ok, const QString& message) {
        if (!ok) {
            statusBar()->clearMessage();
            showMessage(QMessageBox::Warning, tr("Cannot import results"), message);
        } else {
            // Several sets open: the results are compared with the one that holds their images.
            QString line = message;
            QString image = m_importImage;
            if (const int holding = m_predictionReview->setHoldingThePredictions();
                holding >= 0 && holding != m_predictionReview->groundTruthSet() && documents()->document(holding)) {
                documents()->setActiveSet(holding);
                line += u' ' + tr("Compared with %1, which holds their images.").arg(m_browserModel->setLabel(holding));
                if (m_workspace->imageNamed(holding, image) < 0)
                    image = firstImageOfPredictions(holding);   // the image shown is not one of them
            }
            reshowImage(image);
            statusBar()->showMessage(line, 8000);
        }
        m_importImage.clear();
    });
}

bool MainWindow::runModel(RunScope scope)
{
    QStringList names;
    if (scope == RunScope::CurrentImage) {
        if (!m_canvas->imageName().isEmpty())
            names.append(m_canvas->imageName());
    } else {
        const ImageFilterProxy* proxy = m_browser->proxy();
        const int rows = scope == RunScope::AllImages ? m_browserModel->rowCount() : proxy->rowCount();
        for (int r = 0; r < rows; ++r) {
            const int source = scope == RunScope::AllImages ? r : proxy->mapToSource(proxy->index(r, 0)).row();
            const QString& name = m_browserModel->row(source).fileName;
            if (!names.contains(name))
                names.append(name);
        }
    }
    if (names.isEmpty()) {
        showMessage(QMessageBox::Information, tr("Run Model"), tr("No image is shown or listed to run the model on."));
        return false;
    }
    const QString current = m_canvas->imageName();
    const int sets = m_workspace->setCount();
    QString error;
    const bool started = m_predictionReview->run(names, &error);
    if (m_workspace->setCount() != sets)
        reshowImage(current);   // adding the predictions set reset the views
    if (!started)
        showMessage(QMessageBox::Warning, tr("Run Model"), error);
    return started;
}

bool MainWindow::acceptPrediction(CellKey prediction)
{
    const int gt = m_predictionReview->groundTruthSet();
    Document* document = documents()->document(gt);
    if (!document || prediction.set != m_predictionReview->predictionSet())
        return false;
    const AnnotationStore& predictions = m_workspace->set(prediction.set).store;
    const int image = m_workspace->set(gt).store.imageIndex(predictions.annotationImageId(prediction.annotation));
    QString error;
    if (image < 0) {
        error = tr("The prediction's image (id %1) is not in the ground truth.").arg(predictions.annotationImageId(prediction.annotation));
    } else if (const std::optional<qint64> id = document->acceptPrediction(image, predictions, prediction.annotation, &error)) {
        statusBar()->showMessage(tr("Added the prediction to the ground truth as cell %1.").arg(*id), 6000);
        return true;
    }
    showMessage(QMessageBox::Warning, tr("Accept Prediction"), error);
    return false;
}

bool MainWindow::deleteGroundTruthCell(CellKey cell)
{
    Document* document = documents()->document(cell.set);
    if (!document || cell.set != m_predictionReview->groundTruthSet())
        return false;
    const qint64 id = m_workspace->set(cell.set).store.annotationId(cell.annotation);
    QString error;
    if (!document->deleteCells({id}, &error)) {
        showMessage(QMessageBox::Warning, tr("Delete GT Cell"), error);
        return false;
    }
    statusBar()->showMessage(tr("Deleted cell %1 from the ground truth.").arg(id), 6000);
    return true;
}

QString MainWindow::firstImageOfPredictions(int set) const
{
    const int dt = m_predictionReview->predictionSet();
    if (dt < 0 || set < 0)
        return {};
    const AnnotationStore& predictions = m_workspace->set(dt).store;
    const AnnotationStore& images = m_workspace->set(set).store;
    for (int p = 0; p < predictions.annotationCount(); ++p) {
        if (const int image = images.imageIndex(predictions.annotationImageId(p)); image >= 0)
            return images.image(image).fileName;
    }
    return {};
}

void MainWindow::reshowImage(const QString& name)
{
    const int row = name.isEmpty() ? -1 : m_browserModel->rowOfFile(name, m_predictionReview->groundTruthSet());
    if (row >= 0)
        m_browser->setCurrentRow(row);
}

void MainWindow::showRunProgress(int done, int total)
{
    auto* bar = m_runProgress->findChild<QProgressBar*>();
    bar->setRange(0, std::max(1, total));
    bar->setValue(done);
    bar->setFormat(tr("%1 of %2").arg(done).arg(total));
    m_runProgress->show();
}

void MainWindow::onRunFinished(bool ok, const QString& message)
{
    m_runProgress->hide();
    if (!ok && !m_predictionReview->wasCancelled())
        showMessage(QMessageBox::Warning, tr("Run Model"), message);
    statusBar()->showMessage(message.isEmpty() ? tr("Model %1: %n image(s) segmented.", nullptr, m_predictionReview->cache().imageCount())
                                                     .arg(m_predictionReview->modelName())
                                               : message,
                             8000);
}

void MainWindow::chooseModel()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Segmentation Model"), QDir::homePath(),
                                                      tr("ONNX models and sidecars (*.onnx *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_predictionReview->loadModel(path, &error)) {
        showMessage(QMessageBox::Warning, tr("Load Model"), error);
        return;
    }
    statusBar()->showMessage(tr("Loaded model %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

QString MainWindow::modelInfo()
{
    QString error;
    if (!m_predictionReview->ensureModel(&error)) {
        showMessage(QMessageBox::Warning, tr("About the Model"), error);
        return {};
    }
    return modelInfoHtml(*m_predictionReview->modelSidecar());
}

void MainWindow::showModelInfo()
{
    if (const QString html = modelInfo(); !html.isEmpty())
        QMessageBox::about(this, tr("About the Model"), html);
}

void MainWindow::chooseResults()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import detectron2 Results"), lastDirectory(),
                                                      tr("Results files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importResults(path);
}

void MainWindow::importResults(const QString& path)
{
    m_predictionReview->importResults(path);
}

void MainWindow::chooseSavePredictions()
{
    const int dt = m_predictionReview->predictionSet();
    if (dt < 0)
        return;
    // An imported file's own path; the model's results named after the model, where files were last opened from.
    QString suggestion = m_workspace->set(dt).info.path;
    if (QFileInfo(suggestion).isRelative())
        suggestion = QDir(lastDirectory()).filePath(m_predictionReview->modelName() + QStringLiteral("_results.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Predictions As"), suggestion,
                                                      tr("Results files (*.json);;All files (*)"));
    if (!path.isEmpty())
        savePredictions(path);
}

bool MainWindow::savePredictions(const QString& path)
{
    SaveProgress progress(tr("Saving predictions…"), this);
    QString error;
    const bool ok = m_predictionReview->savePredictions(path, &error, progress.callback());
    if (const bool cancelled = progress.finish(); !ok) {
        if (!cancelled)
            showMessage(QMessageBox::Warning, tr("Save Predictions"), error);
        statusBar()->showMessage(cancelled ? tr("Saving was cancelled; the file is unchanged.") : error, 8000);
        return false;
    }
    const auto [cells, images] = m_predictionReview->predictionCounts();
    QString message = tr("Saved %n prediction(s)", nullptr, cells) + QLatin1Char(' ')
                      + tr("on %n image(s) to %1.", nullptr, images).arg(QDir::toNativeSeparators(path));
    if (m_predictionReview->isBusy())
        message += QLatin1Char(' ') + tr("The model is still running: images it finishes later are not in the file.");
    statusBar()->showMessage(message, 8000);
    return true;
}

void MainWindow::writeReviewSettings(QSettings& settings) const
{
    m_predictionStyle->save(settings);
}

} // namespace curator
