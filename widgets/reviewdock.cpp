#include "widgets/reviewdock.h"

#include "model/document.h"
#include "model/documentmanager.h"
#include "model/workspace.h"
#include "widgets/imagecanvas.h"
#include "widgets/tablecopy.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace curator {

namespace {

// Four narrow columns so the table fits the dock's usual width without scrolling sideways.
enum ProgressColumn { GroupColumn, ReviewedColumn, FlaggedColumn, FlaggedCellsColumn, ProgressColumnCount };

QTableWidgetItem* numberItem(int value)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ReviewDock::ReviewDock(Workspace* workspace, DocumentManager* documents, ImageCanvas* canvas, QWidget* parent)
    : QDockWidget(tr("Review"), parent)
    , m_workspace(workspace)
    , m_documents(documents)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("reviewDock"));
    createActions();
    setWidget(createContents());
    connect(documents, &DocumentManager::documentsChanged, this, [this] {
        for (int s = 0; s < m_workspace->setCount(); ++s) {
            if (Document* doc = m_documents->document(s))
                connect(doc, &Document::reviewChanged, this, &ReviewDock::refresh, Qt::UniqueConnection);
        }
        refresh();
    });
    connect(documents, &DocumentManager::activeSetChanged, this, &ReviewDock::refresh);
    connect(workspace, &Workspace::annotationsChanged, this, &ReviewDock::refresh);
    connect(canvas, &ImageCanvas::selectionChanged, this, &ReviewDock::refresh);
    refresh();
}

void ReviewDock::createActions()
{
    m_reviewed = new QAction(tr("Image &Reviewed"), this);
    m_reviewed->setCheckable(true);
    m_reviewed->setShortcut(QKeySequence(tr("R")));
    m_reviewed->setStatusTip(tr("Mark the image as reviewed in the active set"));
    m_flagImage = new QAction(tr("&Flag Image"), this);
    m_flagImage->setCheckable(true);
    m_flagImage->setShortcut(QKeySequence(tr("F")));
    m_flagImage->setStatusTip(tr("Flag the image for another look"));
    m_flagCells = new QAction(tr("Flag Selected &Cells"), this);
    m_flagCells->setShortcut(QKeySequence(tr("Shift+F")));
    m_flagCells->setStatusTip(tr("Flag the selected cells, or clear their flags when all are flagged"));
    m_nextUnreviewed = new QAction(tr("Next &Unreviewed Image"), this);
    m_nextUnreviewed->setShortcut(QKeySequence(tr("N")));
    m_nextFlagged = new QAction(tr("Next Fla&gged Image"), this);
    m_nextFlagged->setShortcut(QKeySequence(tr("Shift+N")));
    connect(m_reviewed, &QAction::triggered, this, &ReviewDock::setReviewed);
    connect(m_flagImage, &QAction::triggered, this, &ReviewDock::setFlagged);
    connect(m_flagCells, &QAction::triggered, this, &ReviewDock::toggleCellFlags);
    connect(m_nextUnreviewed, &QAction::triggered, this, [this] { goToNext(false); });
    connect(m_nextFlagged, &QAction::triggered, this, [this] { goToNext(true); });
}

QList<QAction*> ReviewDock::reviewActions() const
{
    return {m_reviewed, m_flagImage, m_flagCells, m_nextUnreviewed, m_nextFlagged};
}

QWidget* ReviewDock::createContents()
{
    auto* contents = new QWidget;
    auto* form = new QFormLayout;
    m_reviewedBox = new QCheckBox(tr("Reviewed"));
    m_flaggedBox = new QCheckBox(tr("Flagged"));
    m_note = new QLineEdit;
    m_note->setPlaceholderText(tr("Note on this image"));
    m_note->setClearButtonEnabled(true);
    m_cellFlags = new QLabel;
    auto* marks = new QHBoxLayout;
    marks->addWidget(m_reviewedBox);
    marks->addWidget(m_flaggedBox);
    marks->addStretch();
    form->addRow(tr("Image:"), marks);
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("Cells:"), m_cellFlags);
    connect(m_reviewedBox, &QCheckBox::clicked, this, &ReviewDock::setReviewed);
    connect(m_flaggedBox, &QCheckBox::clicked, this, &ReviewDock::setFlagged);
    connect(m_note, &QLineEdit::editingFinished, this, &ReviewDock::commitNote);

    m_progress = new QTableWidget(0, ProgressColumnCount);
    new TableCopy(m_progress);
    const QStringList headers{tr("Split, type"), tr("Reviewed"), tr("Flagged"), tr("Cells")};
    const QStringList tips{tr("Split and cell type of the images in this row"),
                           tr("Images marked reviewed, of all the row's images"),
                           tr("Images flagged for another look"),
                           tr("Cells flagged for another look")};
    for (int c = 0; c < ProgressColumnCount; ++c) {
        auto* header = new QTableWidgetItem(headers[c]);
        header->setToolTip(tips[c]);
        m_progress->setHorizontalHeaderItem(c, header);
    }
    m_progress->verticalHeader()->hide();
    m_progress->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress->setSelectionMode(QAbstractItemView::NoSelection);
    m_progress->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_progress->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(contents);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Progress of the active set:")));
    layout->addWidget(m_progress, 1);
    return contents;
}

void ReviewDock::setImage(const QString& fileName)
{
    if (m_note->hasFocus())
        commitNote();
    m_fileName = fileName;
    refresh();
}

int ReviewDock::imageIndex() const
{
    for (const ImageKey& key : m_workspace->imagesNamed(m_fileName)) {
        if (key.set == m_documents->activeSet())
            return key.image;
    }
    return -1;
}

void ReviewDock::refresh()
{
    const Document* doc = m_documents->activeDocument();
    const int image = imageIndex();
    const bool editable = doc && image >= 0;
    const ImageReview review = editable ? doc->imageReview(image) : ImageReview();
    m_updating = true;
    m_reviewed->setChecked(review.reviewed);
    m_flagImage->setChecked(review.flagged);
    m_reviewedBox->setChecked(review.reviewed);
    m_flaggedBox->setChecked(review.flagged);
    if (!m_note->hasFocus())
        m_note->setText(review.note);
    m_updating = false;
    for (QWidget* w : std::initializer_list<QWidget*>{m_reviewedBox, m_flaggedBox, m_note})
        w->setEnabled(editable);
    m_reviewed->setEnabled(editable);
    m_flagImage->setEnabled(editable);
    m_flagCells->setEnabled(doc != nullptr);
    m_nextUnreviewed->setEnabled(doc != nullptr);
    m_nextFlagged->setEnabled(doc != nullptr);
    const int flaggedCells = editable ? doc->review().flaggedCellCount(doc->store(), image) : 0;
    m_cellFlags->setText(tr("%n flagged on this image", nullptr, flaggedCells));
    QList<CellKey> flagged;
    if (editable && flaggedCells > 0) {
        for (quint32 a : doc->store().annotationsOfImage(image)) {
            if (doc->review().isCellFlagged(doc->store().annotationId(int(a))))
                flagged.append({m_documents->activeSet(), int(a)});
        }
    }
    m_canvas->setFlaggedCells(flagged);
    emit flaggedCellsChanged(flagged);
    refreshProgress();
}

void ReviewDock::refreshProgress()
{
    const Document* doc = m_documents->activeDocument();
    const QList<ReviewProgress> rows = doc ? doc->reviewProgress() : QList<ReviewProgress>();
    m_progress->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const ReviewProgress& p = rows[r];
        auto* group = new QTableWidgetItem(tr("%1 %2").arg(splitName(p.split), cellTypeName(p.cellType)));
        group->setToolTip(tr("%1 images of %2 in the %3 split")
                              .arg(p.images).arg(cellTypeName(p.cellType), splitName(p.split)));
        m_progress->setItem(r, GroupColumn, group);
        auto* reviewed = new QTableWidgetItem(tr("%1 / %2").arg(p.reviewedImages).arg(p.images));
        reviewed->setToolTip(tr("%1 %").arg(p.images ? 100.0 * p.reviewedImages / p.images : 0.0, 0, 'f', 0));
        reviewed->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_progress->setItem(r, ReviewedColumn, reviewed);
        m_progress->setItem(r, FlaggedColumn, numberItem(p.flaggedImages));
        m_progress->setItem(r, FlaggedCellsColumn, numberItem(p.flaggedCells));
    }
    // The dock widens to the table (it is narrow) instead of hiding columns behind a scroll bar.
    m_progress->resizeColumnsToContents();
    m_progress->setMinimumWidth(rows.isEmpty() ? 0
                                               : m_progress->horizontalHeader()->length() + 2 * m_progress->frameWidth()
                                                     + m_progress->verticalScrollBar()->sizeHint().width());
}

void ReviewDock::setReviewed(bool on)
{
    if (m_updating)
        return;
    QString error;
    Document* doc = m_documents->activeDocument();
    report(doc && doc->setImagesReviewed({imageIndex()}, on, &error), error);
}

void ReviewDock::setFlagged(bool on)
{
    if (m_updating)
        return;
    QString error;
    Document* doc = m_documents->activeDocument();
    report(doc && doc->setImagesFlagged({imageIndex()}, on, &error), error);
}

void ReviewDock::commitNote()
{
    Document* doc = m_documents->activeDocument();
    const int image = imageIndex();
    if (m_updating || !doc || image < 0 || doc->imageReview(image).note == m_note->text())
        return;
    QString error;
    report(doc->setImageNote(image, m_note->text(), &error), error);
}

void ReviewDock::toggleCellFlags()
{
    Document* doc = m_documents->activeDocument();
    QList<qint64> ids;
    for (const CellKey& cell : m_selection ? m_selection() : m_canvas->selectedCells()) {
        if (doc && cell.set == m_documents->activeSet())
            ids.append(doc->store().annotationId(cell.annotation));
    }
    if (ids.isEmpty()) {
        emit statusMessage(tr("Select cells of the active set to flag them."));
        return;
    }
    const bool allFlagged = std::all_of(ids.begin(), ids.end(), [doc](qint64 id) { return doc->isCellFlagged(id); });
    QString error;
    report(doc->setCellsFlagged(ids, !allFlagged, &error), error);
    if (error.isEmpty())
        emit statusMessage(allFlagged ? tr("Cleared the flag of %n cell(s).", nullptr, int(ids.size()))
                                      : tr("Flagged %n cell(s).", nullptr, int(ids.size())));
}

void ReviewDock::goToNext(bool flagged)
{
    const Document* doc = m_documents->activeDocument();
    if (!doc)
        return;
    const int from = imageIndex();
    const int next = flagged ? doc->nextFlaggedImage(from) : doc->nextUnreviewedImage(from);
    if (next < 0) {
        emit statusMessage(flagged ? tr("No image of the active set is flagged or has flagged cells.")
                                   : tr("Every image of the active set is reviewed."));
        return;
    }
    emit showImageRequested(m_documents->activeSet(), next);
}

void ReviewDock::report(bool ok, const QString& error)
{
    if (!ok && !error.isEmpty())
        emit statusMessage(error);
    if (!ok)
        refresh();
}

} // namespace curator
