// MainWindow: the editing side (documents, history, edit tools, review, mask export), kept apart
// from the viewer code.
#include "widgets/mainwindow.h"

#include "model/documentmanager.h"
#include "model/imagebrowsermodel.h"
#include "widgets/documentcontroller.h"
#include "widgets/imagebrowserdock.h"
#include "widgets/imagecanvas.h"
#include "widgets/maskexportcontroller.h"
#include "widgets/reviewdock.h"
#include "widgets/tools/cellclipboardactions.h"
#include "widgets/tools/edittools.h"
#include "widgets/viewsettingsdock.h"

#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QToolBar>

namespace curator {

DocumentManager* MainWindow::documents() const
{
    return m_documents->manager();
}

void MainWindow::createEditing()
{
    m_documents = new DocumentController(m_workspace, this);
    m_tools = new EditTools(m_canvas, documents(), this);
    m_review = new ReviewDock(m_workspace, documents(), m_canvas, this);
    m_maskExport = new MaskExportController(m_workspace, documents(), this);

    addDockWidget(Qt::RightDockWidgetArea, m_review);
    splitDockWidget(m_settings, m_review, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, m_documents->historyDock());
    tabifyDockWidget(m_review, m_documents->historyDock());
    m_review->raise();
    addToolBar(Qt::TopToolBarArea, m_tools->createToolBar(this));

    auto status = [this](const QString& text) { statusBar()->showMessage(text, 8000); };
    connect(m_documents, &DocumentController::statusMessage, this,
            [this](const QString& text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(m_documents, &DocumentController::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_documents, &DocumentController::reloadRequested, this, &MainWindow::reopen);
    connect(documents(), &DocumentManager::documentsChanged, this,
            [this] { setWindowModified(documents()->hasUnsavedChanges()); });
    connect(m_canvas, &ImageCanvas::statusMessage, this, status);
    connect(m_review, &ReviewDock::statusMessage, this, status);
    connect(m_browser, &ImageBrowserDock::currentRowChanged, m_review, [this](int row) {
        m_review->setImage(row >= 0 && row < m_browser->model()->rowCount() ? m_browser->model()->row(row).fileName : QString());
    });
    connect(m_review, &ReviewDock::showImageRequested, this, [this](int set, int image) {
        m_browser->setCurrentRow(m_browser->model()->rowOf({set, image}));
    });
    connect(m_maskExport, &MaskExportController::finished, this, [this](bool ok, const QString& message) {
        statusBar()->showMessage(message.section(u'\n', 0, 0), 8000);
        if (!ok && !message.isEmpty())
            QMessageBox::warning(this, tr("Export Masks"), message);
    });
}

QString MainWindow::followImageSet(int row)
{
    // By value: the review's reaction to another active set must not leave a reference to a row behind.
    const int set = m_browserModel->row(row).key.set;
    DocumentManager* manager = documents();
    const int active = manager->activeSet();
    if (set < 0 || set == active || !manager->document(set))
        return {};   // unannotated, or in the active set already, or a read-only set
    if (active >= 0 && m_workspace->imageNamed(active, m_browserModel->row(row).fileName) >= 0)
        return {};   // the active set has this image too (a cell type's split and the LIVECell-wide one): it stays
    const QString label = m_browserModel->setLabel(set);
    manager->setActiveSet(set);
    return tr("Edits and the model review now go to %1, the set this image is in.").arg(label);
}

void MainWindow::addEditingMenus(QMenu* file)
{
    file->addAction(m_documents->saveAction());
    file->addAction(m_documents->saveAsAction());
    file->addAction(m_documents->exportAction());
    file->addAction(m_maskExport->action());

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_documents->undoAction());
    edit->addAction(m_documents->redoAction());
    edit->addSeparator();
    edit->addAction(m_tools->clipboard()->selectAllAction());
    edit->addAction(m_tools->clipboard()->copyAction());
    edit->addAction(m_tools->clipboard()->pasteAction());
    edit->addSeparator();
    edit->addActions(m_tools->toolActions());
    edit->addSeparator();
    edit->addAction(m_tools->mergeAction());
    edit->addAction(m_tools->deleteAction());
    edit->addSeparator();
    edit->addMenu(m_documents->activeSetMenu());

    QMenu* review = menuBar()->addMenu(tr("&Review"));
    review->addActions(m_review->reviewActions());
}

void MainWindow::addEditingPanels(QMenu* panels)
{
    panels->addAction(m_review->toggleViewAction());
    panels->addAction(m_documents->historyDock()->toggleViewAction());
}

} // namespace curator
