#include "widgets/reviewview.h"

#include "model/review/predictionreview.h"
#include "widgets/imagecanvas.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace curator {

namespace {

QLabel* caption(const QString& text = {})
{
    auto* label = new QLabel(text);
    label->setContentsMargins(6, 2, 6, 2);
    // Long set names must not make one side of the split wider than the other.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

QString swatch(const QColor& colour)
{
    return QStringLiteral("<span style=\"color:%1\">■</span>").arg(colour.name());
}

} // namespace

ReviewView::ReviewView(ImageCanvas* annotations, PredictionReview* review, QWidget* parent)
    : QTabWidget(parent)
    , m_annotations(annotations)
    , m_review(review)
{
    setObjectName(QStringLiteral("reviewView"));
    setDocumentMode(true);
    setTabPosition(QTabWidget::South);
    addTab(annotations, tr("Annotations"));
    addTab(createSideBySide(), tr("Ground Truth | Predictions"));
    addTab(createDifference(), tr("Difference"));
    setTabToolTip(SideBySidePage, tr("Ground truth and predictions side by side (one above the other where that "
                                     "shows the image larger); zoom and pan are linked"));
    setTabToolTip(DifferencePage, tr("Matched (TP), missed (FN) and spurious (FP) cells at the chosen IoU"));

    connect(annotations, &ImageCanvas::imageChanged, this, &ReviewView::markDirty);
    connect(this, &QTabWidget::currentChanged, this, [this] {
        sync();
        // Focus moves with the page (the hidden canvas would hand it on down the focus chain).
        const QWidget* focus = QApplication::focusWidget();
        if (!focus || isAncestorOf(focus))
            currentCanvas()->setFocus();
    });
    Workspace* workspace = review->workspace();
    // The selection goes with the sets it indexes (the walk goes on from where it was, by position).
    connect(workspace, &Workspace::aboutToReset, this, [this] { m_reviewSelected = {}; });
    connect(workspace, &Workspace::reset, this, &ReviewView::markDirty);
    connect(workspace, &Workspace::annotationsChanged, this, &ReviewView::markDirty);
    ReviewEvaluation* evaluation = review->evaluation();
    connect(evaluation, &ReviewEvaluation::classesChanged, this, &ReviewView::markDirty);
    connect(evaluation, &ReviewEvaluation::iouThresholdChanged, this, [this, evaluation] {
        for (QComboBox* box : std::as_const(m_iouBoxes)) {
            const QSignalBlocker blocker(box);
            box->setCurrentIndex(evaluation->iouThresholdIndex());
        }
    });
    connect(evaluation, &ReviewEvaluation::classesChanged, this, &ReviewView::updateMatchedCell);
    for (ImageCanvas* canvas : {m_groundTruth, m_prediction, m_difference}) {
        connect(canvas, &ImageCanvas::selectedCellChanged, this, [this, canvas](CellKey cell) {
            m_reviewSelected = cell;
            if (const int index = canvas->overlay().indexOf(cell); index >= 0) {
                // The walk over disagreements goes on from the cell last selected, however selected.
                m_walkImage = canvas->imageName();
                m_walkedTo = {canvas->overlay().bounds(index).topLeft(), cell};
            }
            updateMatchedCell();
            emit reviewCellSelected(cell);
        });
    }
}

void ReviewView::updateMatchedCell()
{
    const ReviewEvaluation* evaluation = m_review->evaluation();
    const CellKey match = m_reviewSelected.isValid() ? evaluation->bestMatch(m_reviewSelected).cell : CellKey{};
    // Each page draws it where it shows that cell: the difference page always, the side-by-side
    // page on the other side from the selection.
    for (ImageCanvas* canvas : {m_groundTruth, m_prediction, m_difference})
        canvas->setMatchedCell(match);
}

QComboBox* ReviewView::createIouBox()
{
    auto* box = new QComboBox;
    for (double t : ReviewEvaluation::iouThresholds())
        box->addItem(tr("IoU %1").arg(QLocale().toString(t, 'f', 2)), t);
    box->setToolTip(tr("IoU a prediction needs with a ground-truth cell to count as a match (COCO greedy matching)"));
    connect(box, &QComboBox::currentIndexChanged, this,
            [this, box] { m_review->evaluation()->setIouThreshold(box->currentData().toDouble()); });
    m_iouBoxes.append(box);
    return box;
}

QWidget* ReviewView::createSideBySide()
{
    Workspace* workspace = m_review->workspace();
    m_groundTruth = new ImageCanvas(workspace);
    m_prediction = new ImageCanvas(workspace);
    m_groundTruth->setObjectName(QStringLiteral("groundTruthCanvas"));
    m_prediction->setObjectName(QStringLiteral("predictionCanvas"));
    m_groundTruthLabel = caption();
    m_predictionLabel = caption();
    auto column = [](QLabel* label, ImageCanvas* canvas) {
        auto* w = new QWidget;
        auto* layout = new QVBoxLayout(w);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(label);
        layout->addWidget(canvas, 1);
        return w;
    };
    m_sideBySide = new QSplitter(Qt::Horizontal);
    m_sideBySide->addWidget(column(m_groundTruthLabel, m_groundTruth));
    m_sideBySide->addWidget(column(m_predictionLabel, m_prediction));
    m_sideBySide->setChildrenCollapsible(false);
    m_sideBySide->setStretchFactor(0, 1);
    m_sideBySide->setStretchFactor(1, 1);
    m_sideBySide->installEventFilter(this);
    link(m_groundTruth, m_prediction);
    link(m_prediction, m_groundTruth);
    return m_sideBySide;
}

Qt::Orientation ReviewView::sideBySideOrientation(QSize area, QSize image)
{
    if (area.isEmpty() || image.isEmpty())
        return Qt::Horizontal;
    const double w = area.width(), h = area.height(), iw = image.width(), ih = image.height();
    const double sideBySide = std::min(w / 2 / iw, h / ih);
    const double stacked = std::min(w / iw, h / 2 / ih);
    return stacked > sideBySide ? Qt::Vertical : Qt::Horizontal;
}

ImageCanvas* ReviewView::currentCanvas() const
{
    switch (currentIndex()) {
    case SideBySidePage: return m_groundTruth;
    case DifferencePage: return m_difference;
    default: return m_annotations;
    }
}

QList<CellKey> ReviewView::selectedCells() const
{
    switch (currentIndex()) {
    case SideBySidePage: return m_groundTruth->selectedCells() + m_prediction->selectedCells();
    case DifferencePage: return m_difference->selectedCells();
    default: return m_annotations->selectedCells();
    }
}

void ReviewView::selectCell(CellKey cell, bool centre)
{
    if (currentIndex() == AnnotationsPage) {
        m_annotations->setSelectedCell(cell, centre);
        return;
    }
    sync();
    ImageCanvas* target = canvasShowing(cell);
    for (ImageCanvas* canvas : {m_groundTruth, m_prediction, m_difference}) {
        if (canvas != target)
            canvas->setSelectedCell({});
    }
    // Clearing another canvas announced "nothing selected"; when the target already held the cell,
    // selecting it again announces nothing, so clear it first to have the cell announced.
    if (target->selectedCell() == cell && m_reviewSelected != cell)
        target->setSelectedCell({});
    target->setSelectedCell(cell, centre);
}

void ReviewView::setFlaggedCells(const QList<CellKey>& cells)
{
    for (ImageCanvas* canvas : {m_groundTruth, m_prediction, m_difference})
        canvas->setFlaggedCells(cells);
}

namespace {
/** @p a and @p b next to each other along @p orientation, with a dark 2-pixel gap. */
QImage joined(const QImage& a, const QImage& b, Qt::Orientation orientation)
{
    const int gap = 2;
    const bool across = orientation == Qt::Horizontal;
    const QSize size = across ? QSize(a.width() + gap + b.width(), std::max(a.height(), b.height()))
                              : QSize(std::max(a.width(), b.width()), a.height() + gap + b.height());
    QImage out(size, QImage::Format_RGB32);
    out.fill(QColor(40, 40, 40));
    QPainter painter(&out);
    painter.drawImage(0, 0, a);
    painter.drawImage(across ? a.width() + gap : 0, across ? 0 : a.height() + gap, b);
    return out;
}
} // namespace

QImage ReviewView::renderCurrentView()
{
    sync();
    if (currentIndex() == SideBySidePage)
        return joined(m_groundTruth->renderView(), m_prediction->renderView(), m_sideBySide->orientation());
    return currentCanvas()->renderView();
}

QImage ReviewView::renderCurrentImage(double scale)
{
    sync();
    if (currentIndex() == SideBySidePage)
        return joined(m_groundTruth->renderImage(scale), m_prediction->renderImage(scale), m_sideBySide->orientation());
    return currentCanvas()->renderImage(scale);
}

Qt::Orientation ReviewView::sideBySideOrientation() const
{
    return m_sideBySide->orientation();
}

void ReviewView::updateSideBySideOrientation()
{
    // Before an image is open, a LIVECell frame's shape (704 × 520) decides.
    const QSize image = m_annotations->rawImage().isNull() ? QSize(704, 520) : m_annotations->rawImage().size();
    const Qt::Orientation orientation = sideBySideOrientation(m_sideBySide->size(), image);
    if (orientation == m_sideBySide->orientation())
        return;
    m_sideBySide->setOrientation(orientation);
    const int extent = orientation == Qt::Horizontal ? m_sideBySide->width() : m_sideBySide->height();
    m_sideBySide->setSizes({extent / 2, extent - extent / 2});
}

bool ReviewView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_sideBySide && event->type() == QEvent::Resize)
        updateSideBySideOrientation();
    return QTabWidget::eventFilter(watched, event);
}

QWidget* ReviewView::createDifference()
{
    m_difference = new ImageCanvas(m_review->workspace());
    m_difference->setObjectName(QStringLiteral("differenceCanvas"));
    m_legend = caption();
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);   // with a score threshold the counts take a second line in a narrow window
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 6, 0);
    bar->addWidget(m_legend, 1);
    bar->addWidget(createIouBox());
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_difference, 1);
    return page;
}

void ReviewView::link(ImageCanvas* from, ImageCanvas* to)
{
    connect(from, &ImageCanvas::viewChanged, this, [this, from, to] {
        if (m_linking || from->imageName() != to->imageName())
            return;
        m_linking = true;
        if (from->isFitToWindow())
            to->fitToWindow();   // each side fits itself, so resizing keeps both fitted
        else
            to->setView(from->zoom(), from->viewOffset());
        m_linking = false;
    });
}

QColor ReviewView::classColour(ReviewEvaluation::CellClass c, bool prediction)
{
    switch (c) {
    case ReviewEvaluation::CellClass::TruePositive: return prediction ? QColor(150, 255, 170) : QColor(40, 210, 80);
    case ReviewEvaluation::CellClass::FalseNegative: return QColor(235, 30, 60);
    case ReviewEvaluation::CellClass::FalsePositive: return QColor(255, 215, 0);
    case ReviewEvaluation::CellClass::Ignored: return QColor(160, 160, 160);
    case ReviewEvaluation::CellClass::None: break;
    }
    return {};
}

void ReviewView::markDirty()
{
    m_dirty = true;
    if (currentIndex() != AnnotationsPage)
        sync();
}

void ReviewView::sync()
{
    if (!m_dirty || currentIndex() == AnnotationsPage)
        return;
    m_dirty = false;
    const QString name = m_annotations->imageName();
    updateLayers();
    for (ImageCanvas* canvas : {m_groundTruth, m_prediction, m_difference}) {
        const CellKey selected = canvas->selectedCell();
        if (name.isEmpty())
            canvas->clearImage();
        else if (canvas->imageName() != name || canvas->rawImage().cacheKey() != m_annotations->rawImage().cacheKey())
            canvas->setImageData(name, m_annotations->rawImage());
        else
            canvas->setHiddenSets(canvas->hiddenSets());
        if (selected.isValid())   // else keep what the canvas gave back after a reset, if anything
            canvas->setSelectedCell(selected);
    }
    updateSideBySideOrientation();
    if (!name.isEmpty() && !m_groundTruth->isFitToWindow())
        m_prediction->setView(m_groundTruth->zoom(), m_groundTruth->viewOffset());
    updateDifference();
}

void ReviewView::updateLayers()
{
    const Workspace* workspace = m_review->workspace();
    const int gt = m_review->groundTruthSet();
    const int dt = m_review->predictionSet();
    QSet<int> notGt = m_userHiddenSets, notDt = m_userHiddenSets, neither = m_userHiddenSets;
    for (int s = 0; s < workspace->setCount(); ++s) {
        if (s != gt)
            notGt.insert(s);
        if (s != dt)
            notDt.insert(s);
        if (s != gt && s != dt)
            neither.insert(s);
    }
    m_groundTruth->setHiddenSets(notGt);
    m_prediction->setHiddenSets(notDt);
    m_difference->setHiddenSets(neither);
    m_groundTruthLabel->setText(gt < 0 ? tr("Ground truth: none open")
                                       : tr("Ground truth: %1").arg(workspace->set(gt).info.label()));
    m_predictionLabel->setText(dt < 0 ? tr("Predictions: none yet (Model ▸ Run or Import)")
                                      : tr("Predictions: %1").arg(workspace->set(dt).info.label()));
}

void ReviewView::updateDifference()
{
    const ReviewEvaluation* evaluation = m_review->evaluation();
    QHash<qint64, QRgb> colours;
    int gtImage = -1;
    const int gt = m_review->groundTruthSet();
    for (const ImageKey& key : m_review->workspace()->imagesNamed(m_annotations->imageName())) {
        if (key.set == gt)
            gtImage = key.image;
    }
    const ImageMatches* matches = gtImage >= 0 ? evaluation->matches(gtImage) : nullptr;
    if (matches) {
        const QHash<qint64, ReviewEvaluation::CellClass> classes = evaluation->classesOf(gtImage);
        for (auto it = classes.cbegin(); it != classes.cend(); ++it)
            colours.insert(it.key(), classColour(it.value(), int(it.key() >> 32) != gt).rgb());
    }
    m_difference->setColourOverrides(colours);
    if (!matches) {
        m_legend->setText(evaluation->isRunning() ? tr("Evaluating…")
                                                  : tr("This image has no evaluated predictions: run the model or import results (Model menu)."));
        return;
    }
    m_legend->setText(legendText());
}

QString ReviewView::legendText() const
{
    int gtImage = -1;
    const int gt = m_review->groundTruthSet();
    for (const ImageKey& key : m_review->workspace()->imagesNamed(m_annotations->imageName())) {
        if (key.set == gt)
            gtImage = key.image;
    }
    const ImageMatches* m = gtImage >= 0 ? m_review->evaluation()->matches(gtImage) : nullptr;
    if (!m)
        return {};
    const double minScore = m_review->evaluation()->scoreThreshold();
    using C = ReviewEvaluation::CellClass;
    return tr("%1 matched (TP) %L2 &nbsp; %3 missed (FN) %L4 &nbsp; %5 spurious (FP) %L6 &nbsp; F1 %7")
        .arg(swatch(classColour(C::TruePositive, false)))
        .arg(m->tp())
        .arg(swatch(classColour(C::FalseNegative, false)))
        .arg(m->fn())
        .arg(swatch(classColour(C::FalsePositive, true)))
        .arg(m->fp())
        .arg(QLocale().toString(m->f1(), 'f', 3))
        + (minScore > 0 ? QStringLiteral(" &nbsp; ") + tr("(predictions scoring at least %1)").arg(QLocale().toString(minScore, 'f', 2))
                        : QString());
}

void ReviewView::setDisplaySettings(const DisplaySettings& settings)
{
    for (ImageCanvas* canvas : {m_groundTruth, m_prediction, m_difference})
        canvas->setDisplaySettings(settings);
}

void ReviewView::setOverlayStyle(const OverlayStyle& style)
{
    for (ImageCanvas* canvas : {m_groundTruth, m_prediction, m_difference})
        canvas->setOverlayStyle(style);
}

void ReviewView::setHiddenCellTypes(const QSet<CellType>& types)
{
    for (ImageCanvas* canvas : {m_groundTruth, m_prediction, m_difference})
        canvas->setHiddenCellTypes(types);
}

void ReviewView::setHiddenSets(const QSet<int>& sets)
{
    m_userHiddenSets = sets;
    markDirty();
}

void ReviewView::setPredictionStyle(const PredictionStyle& style)
{
    for (ImageCanvas* canvas : {m_groundTruth, m_prediction, m_difference})
        canvas->setPredictionStyle(style);
}

} // namespace curator
