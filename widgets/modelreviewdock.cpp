#include "widgets/modelreviewdock.h"

#include "model/review/celltypesummarymodel.h"
#include "model/review/predictionreview.h"
#include "widgets/tablecolumns.h"
#include "widgets/tablecopy.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace curator {

ModelReviewDock::ModelReviewDock(PredictionReview* review, QWidget* parent)
    : QDockWidget(tr("Model Review"), parent)
    , m_review(review)
    , m_model(new CellTypeSummaryModel(review->evaluation(), this))
    , m_source(new QLabel)
    , m_inSample(new QLabel)
    , m_iou(new QComboBox)
    , m_summary(new QTableView)
    , m_cell(new QLabel)
    , m_accept(new QPushButton(tr("Accept Prediction")))
    , m_delete(new QPushButton(tr("Delete GT Cell")))
    , m_acceptAction(new QAction(tr("Acc&ept Prediction"), this))
    , m_deleteAction(new QAction(tr("Delete &Ground-Truth Cell"), this))
{
    setObjectName(QStringLiteral("modelReviewDock"));
    m_source->setObjectName(QStringLiteral("reviewSource"));
    m_source->setWordWrap(true);
    m_inSample->setObjectName(QStringLiteral("inSampleNote"));
    m_inSample->setWordWrap(true);
    m_inSample->setStyleSheet(QStringLiteral("color: #a05a00;"));
    m_inSample->hide();
    m_cell->setWordWrap(true);
    m_cell->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (double t : ReviewEvaluation::iouThresholds())
        m_iou->addItem(tr("IoU %1").arg(QLocale().toString(t, 'f', 2)), t);
    m_iou->setToolTip(tr("IoU a prediction needs with a ground-truth cell to count as a match"));
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(CellTypeSummaryModel::SortRole);
    m_summary->setModel(proxy);
    m_summary->setSortingEnabled(true);
    m_summary->sortByColumn(-1, Qt::AscendingOrder);
    m_summary->verticalHeader()->hide();
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->verticalHeader()->setDefaultSectionSize(m_summary->fontMetrics().height() + 6);
    m_summaryColumns = new TableColumns(m_summary);
    m_summary->setToolTip(tr("Double-click a cell type to list only its images in the image browser (\"All\": every image)"));
    connect(m_summary, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit cellTypeActivated(index.data(CellTypeSummaryModel::CellTypeRole));
    });
    new TableCopy(m_summary);

    auto* iouRow = new QHBoxLayout;
    iouRow->addWidget(new QLabel(tr("Match at")));
    iouRow->addWidget(m_iou, 1);
    m_accept->setToolTip(tr("Add the selected prediction to the ground truth as a new cell (undoable)"));
    m_delete->setToolTip(tr("Delete the selected ground-truth cell (undoable)"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_accept);
    actions->addWidget(m_delete);
    connect(m_accept, &QPushButton::clicked, this, [this] { emit acceptRequested(m_shown); });
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_shown); });
    m_acceptAction->setShortcut(QKeySequence(tr("A")));
    m_acceptAction->setStatusTip(m_accept->toolTip());
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setStatusTip(m_delete->toolTip());
    connect(m_acceptAction, &QAction::triggered, this, [this] { emit acceptRequested(m_shown); });
    connect(m_deleteAction, &QAction::triggered, this, [this] { emit deleteRequested(m_shown); });
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_source);
    layout->addWidget(m_inSample);
    layout->addLayout(iouRow);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_cell);
    layout->addLayout(actions);
    setWidget(body);

    ReviewEvaluation* evaluation = review->evaluation();
    connect(m_iou, &QComboBox::currentIndexChanged, this,
            [this, evaluation] { evaluation->setIouThreshold(m_iou->currentData().toDouble()); });
    connect(evaluation, &ReviewEvaluation::iouThresholdChanged, this, [this, evaluation] {
        const QSignalBlocker blocker(m_iou);
        m_iou->setCurrentIndex(evaluation->iouThresholdIndex());
    });
    connect(evaluation, &ReviewEvaluation::evaluated, this, &ModelReviewDock::updateSource);
    connect(evaluation, &ReviewEvaluation::classesChanged, this, [this] { showCell(m_shown); });
    connect(evaluation, &ReviewEvaluation::evaluationStarted, this, &ModelReviewDock::updateSource);
    connect(review->workspace(), &Workspace::aboutToReset, this, [this] { m_shown = {}; });
    connect(review->workspace(), &Workspace::reset, this, [this] {
        updateSource();
        showCell({});
    });
    // The table sizes its columns to their contents; the dock widens to show them all rather than
    // hiding AP75 and the counts behind a scroll bar (up to kMaxSummaryWidth, then it scrolls). Columns
    // the user hides (the header's context menu) give that width back to the image.
    connect(m_summaryColumns, &TableColumns::columnsChanged, this, &ModelReviewDock::giveBackHiddenWidth);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ModelReviewDock::fitSummaryWidth);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ModelReviewDock::fitSummaryWidth);
    updateSource();
    showCell({});
    fitSummaryWidth();
}

void ModelReviewDock::fitSummaryWidth()
{
    constexpr int kMaxSummaryWidth = 560;
    if (m_model->rowCount() == 0) {
        // Nothing to show (yet, or any more): leave the dock narrow so the image keeps the window's width.
        m_summary->setMinimumWidth(0);
        if (m_narrowWidth > 0)
            resizeDockLater(m_narrowWidth);
        m_narrowWidth = 0;
        return;
    }
    if (m_narrowWidth == 0)
        m_narrowWidth = width();
    m_summary->resizeColumnsToContents();
    const int needed = m_summary->horizontalHeader()->length() + 2 * m_summary->frameWidth()
        + m_summary->verticalScrollBar()->sizeHint().width();
    m_summary->setMinimumWidth(std::min(needed, kMaxSummaryWidth));
}

void ModelReviewDock::giveBackHiddenWidth()
{
    // A lower minimum alone leaves the dock as wide as it was: hand the width the user's hidden columns
    // freed back to the image, once the dock's layout has taken in the new minimum (several changes in a
    // row add up). New figures after an edit never move the dock.
    const int before = m_summary->minimumWidth();
    fitSummaryWidth();
    const int after = m_summary->minimumWidth();
    if (after < before)
        resizeDockLater((m_dockWidth > 0 ? m_dockWidth : width()) - (before - after));
}

void ModelReviewDock::resizeDockLater(int width)
{
    auto* window = qobject_cast<QMainWindow*>(parentWidget());
    if (!window || isFloating() || !isVisible())
        return;
    const bool scheduled = m_dockWidth > 0;
    m_dockWidth = width;
    if (!scheduled)
        QTimer::singleShot(0, this, [this, window] {
            window->resizeDocks({this}, {m_dockWidth}, Qt::Horizontal);
            m_dockWidth = 0;
        });
}

QByteArray ModelReviewDock::saveHeaderState() const
{
    return m_summaryColumns->saveState();
}

void ModelReviewDock::restoreHeaderState(const QByteArray& state)
{
    m_summaryColumns->restoreState(state);
}

void ModelReviewDock::updateSource()
{
    const Workspace* workspace = m_review->workspace();
    const int gt = m_review->groundTruthSet(), dt = m_review->predictionSet();
    updateInSampleNote();
    if (dt < 0) {
        m_source->setText(tr("No predictions yet. Run the model (Model ▸ Run on Current Image) or import a "
                             "detectron2 results file."));
        return;
    }
    QString text = tr("Predictions %1 against ground truth %2.")
                       .arg(workspace->set(dt).info.label(), gt < 0 ? tr("(none)") : workspace->set(gt).info.label());
    if (m_review->evaluation()->isRunning())
        text += QLatin1Char(' ') + tr("Evaluating…");
    else if (const QString failure = m_review->evaluation()->errorString(); !failure.isEmpty())
        text += QLatin1Char(' ') + tr("No figures: %1").arg(failure);
    m_source->setText(text);
}

void ModelReviewDock::updateInSampleNote()
{
    // Scores on the images a model learnt from say little of how it does on new ones: say so where they are shown.
    const QStringList trained = m_review->predictionsAreTheModels() ? m_review->segmentedTrainingImages() : QStringList();
    if (trained.isEmpty()) {
        m_inSample->hide();
        return;
    }
    const ModelSidecar* sidecar = m_review->modelSidecar();
    QString text = tr("%1 learnt from %n of the images segmented: its scores there are in-sample and overstate "
                      "how it does on new images.", nullptr, int(trained.size()))
                       .arg(sidecar->name());
    if (const double ap = sidecar->heldOutAp(); ap >= 0)
        text += QLatin1Char(' ') + tr("On images it never saw it scores mask AP %1.").arg(QLocale().toString(ap, 'f', 3));
    m_inSample->setText(text);
    m_inSample->setToolTip(trained.join(QLatin1Char('\n')));
    m_inSample->show();
}

void ModelReviewDock::showCell(CellKey cell)
{
    m_shown = cell;
    m_cell->setText(cellText());
    const bool valid = cell.isValid() && cell.set < m_review->workspace()->setCount();
    m_accept->setEnabled(valid && cell.set == m_review->evaluation()->predictionSet());
    m_delete->setEnabled(valid && cell.set == m_review->evaluation()->groundTruthSet()
                         && m_review->workspace()->set(cell.set).store.isLive(cell.annotation));
    m_acceptAction->setEnabled(m_keysActive && m_accept->isEnabled());
    m_deleteAction->setEnabled(m_keysActive && m_delete->isEnabled());
}

void ModelReviewDock::setKeysActive(bool active)
{
    m_keysActive = active;
    showCell(m_shown);
}

QString ModelReviewDock::cellText() const
{
    const CellKey cell = m_shown;
    const ReviewEvaluation* evaluation = m_review->evaluation();
    const Workspace* workspace = m_review->workspace();
    if (!cell.isValid() || cell.set >= workspace->setCount())
        return tr("Click a cell in the Difference or Ground Truth | Predictions view to see its best match "
                  "(outlined in dashed cyan).");
    const bool prediction = cell.set == evaluation->predictionSet();
    if (evaluation->predictionSet() < 0)
        return tr("Cell %1 has no predictions to be compared with yet.")
            .arg(workspace->set(cell.set).store.annotationId(cell.annotation));
    if (!prediction && cell.set != evaluation->groundTruthSet())
        return tr("This cell is not part of the evaluation.");
    const qint64 id = workspace->set(cell.set).store.annotationId(cell.annotation);
    QString what;
    switch (evaluation->classify(cell)) {
    case ReviewEvaluation::CellClass::TruePositive:
        what = prediction ? tr("Prediction %1 is matched (TP).") : tr("Cell %1 is matched (TP).");
        break;
    case ReviewEvaluation::CellClass::FalseNegative: what = tr("Cell %1 is missed (FN)."); break;
    case ReviewEvaluation::CellClass::FalsePositive: what = tr("Prediction %1 is spurious (FP)."); break;
    case ReviewEvaluation::CellClass::Ignored: what = tr("Prediction %1 matches a crowd region (ignored)."); break;
    case ReviewEvaluation::CellClass::None:
        if (prediction && workspace->set(cell.set).store.score(cell.annotation) < evaluation->scoreThreshold())
            what = tr("Prediction %1 scores under the score threshold and is left out of the matching.");
        else
            what = prediction ? tr("Prediction %1 was not evaluated.") : tr("Cell %1 was not evaluated.");
        break;
    }
    what = what.arg(id);
    const ReviewEvaluation::BestMatch best = evaluation->bestMatch(cell);
    if (!best.cell.isValid())
        return what + QLatin1Char(' ') + (prediction ? tr("No ground-truth cell overlaps it.") : tr("No prediction overlaps it."));
    const qint64 bestId = workspace->set(best.cell.set).store.annotationId(best.cell.annotation);
    return what + QLatin1Char(' ')
           + (prediction ? tr("Best ground-truth match: cell %1, IoU %2.") : tr("Best prediction: %1, IoU %2."))
                 .arg(bestId)
                 .arg(QLocale().toString(best.iou, 'f', 3));
}

} // namespace curator
