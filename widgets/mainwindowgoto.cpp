// MainWindow: Go ▸ Go to Id, from an annotation or image id (as evaluation CSVs, quality reports and
// notebooks give them) to the cell on screen.
#include "widgets/mainwindow.h"

#include "model/documentmanager.h"
#include "model/idlookup.h"
#include "model/imagebrowsermodel.h"
#include "widgets/imagebrowserdock.h"
#include "widgets/imagecanvas.h"
#include "widgets/reviewview.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QStatusBar>

namespace curator {

void MainWindow::createGoToId(QMenu* go)
{
    m_goToIdAction = new QAction(tr("&Go to Id…"), this);
    m_goToIdAction->setShortcut(QKeySequence(tr("Ctrl+G")));
    m_goToIdAction->setStatusTip(tr("Show the cell with a COCO annotation id, or an image by its id (\"image 1234\")"));
    connect(m_goToIdAction, &QAction::triggered, this, &MainWindow::chooseId);
    go->addAction(m_goToIdAction);
}

void MainWindow::chooseId()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Go to Id"), tr("Annotation id, or \"image\" and an image id:"),
                                               QLineEdit::Normal, m_lastIdText, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    m_lastIdText = text.trimmed();
    goToId(text);
}

bool MainWindow::goToId(const QString& text)
{
    constexpr int kTimeout = 8000;
    const std::optional<IdQuery> query = parseIdQuery(text, tr("image", "typed before an image id in Go to Id"));
    if (!query) {
        statusBar()->showMessage(tr("\"%1\" is not an id: type a whole number, or \"image\" and one.").arg(text.trimmed()), kTimeout);
        return false;
    }
    const QString id = QString::number(query->id);
    const std::optional<IdTarget> target = findById(*m_workspace, *query, documents()->activeSet());
    if (!target) {
        statusBar()->showMessage(query->kind == IdQuery::Image ? tr("No open set has an image with id %1.").arg(id)
                                                               : tr("No open set has a cell with annotation id %1.").arg(id),
                                 kTimeout);
        return false;
    }
    if (!target->image.isValid()) {
        const AnnotationStore& store = m_workspace->set(target->cell.set).store;
        statusBar()->showMessage(tr("Cell %1 of %2 is on image id %3, which no open set lists.")
                                     .arg(id, m_workspace->set(target->cell.set).info.label())
                                     .arg(store.annotationImageId(target->cell.annotation)),
                                 kTimeout);
        return false;
    }
    const int row = m_browserModel->rowOfFile(target->fileName, target->image.set);
    if (row >= 0 && row != m_browser->currentRow())
        m_browser->setCurrentRow(row);
    if (!target->cell.isValid()) {
        statusBar()->showMessage(tr("Image %1: %2").arg(id, target->fileName), kTimeout);
        return true;
    }
    // As for a quality finding: close enough to see the cell (a small one is a few pixels at fit zoom).
    if (ImageCanvas* canvas = m_reviewView->currentCanvas(); canvas->zoom() < 2.0)
        canvas->setZoom(2.0);
    m_reviewView->selectCell(target->cell, true);
    const QString set = m_workspace->set(target->cell.set).info.label();
    if (!m_reviewView->selectedCells().contains(target->cell)) {
        statusBar()->showMessage(tr("Cell %1 of %2 is on %3, but the display filters or the page shown hide it.")
                                     .arg(id, set, target->fileName),
                                 kTimeout);
        return false;
    }
    statusBar()->showMessage(tr("Cell %1 of %2 on %3").arg(id, set, target->fileName), kTimeout);
    return true;
}

} // namespace curator
