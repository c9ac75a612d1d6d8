#pragma once

#include "model/review/reviewevaluation.h"
#include "model/workspace.h"
#include "widgets/overlaystyle.h"
#include "widgets/predictionstyle.h"

#include <QPointF>
#include <QSet>
#include <QTabWidget>

#include <tuple>
#include <vector>

class QComboBox;
class QLabel;
class QSplitter;

namespace curator {

class ImageCanvas;
class PredictionReview;
struct DisplaySettings;

/** Where ReviewView::selectDisagreement() went: which of the page's disagreements, of how many. */
struct DisagreementPosition
{
    int index = -1;   ///< in ReviewView::disagreements()
    int count = 0;    ///< ReviewView::disagreements().size()
    int hidden = 0;   ///< the image's disagreements the page hides
};

/**
 * The central area: the annotation canvas, a side-by-side page (ground truth | predictions, zoom
 * and pan linked both ways; one above the other where the area is tall enough that this shows the
 * image larger) and a difference page that colours cells by the evaluator's matching
 * at the chosen IoU: matched (TP) green, missed ground truth (FN) red, spurious predictions (FP)
 * yellow; a cell selected on a review page has its best match outlined in dashed cyan. The review
 * pages follow the annotation canvas's image and the view settings; they are brought up to date when
 * shown, so browsing with them hidden costs nothing.
 */
class ReviewView : public QTabWidget
{
    Q_OBJECT

public:
    enum Page { AnnotationsPage, SideBySidePage, DifferencePage };

    ReviewView(ImageCanvas* annotations, PredictionReview* review, QWidget* parent = nullptr);

    ImageCanvas* groundTruthCanvas() const { return m_groundTruth; }
    ImageCanvas* predictionCanvas() const { return m_prediction; }
    ImageCanvas* differenceCanvas() const { return m_difference; }
    /**
     * The canvas the View menu's zoom acts on for the page shown: the annotation canvas, the
     * ground-truth side (the other follows it) or the difference canvas.
     */
    ImageCanvas* currentCanvas() const;
    /** The cells selected on the page shown (both sides of the side-by-side page). */
    QList<CellKey> selectedCells() const;
    /**
     * Selects @p cell on the page shown (on the side-by-side page, on the side that draws it),
     * optionally centring it; the other canvases of the page lose their selection.
     */
    void selectCell(CellKey cell, bool centre);
    /** Cells drawn with the review flag's outline on the review pages too. */
    void setFlaggedCells(const QList<CellKey>& cells);
    /** The page as shown, for export: one canvas's view, or on the side-by-side page both in their layout. */
    QImage renderCurrentView();
    /** The whole image with the page's cells at @p scale (both sides in the page's layout on the side-by-side page). */
    QImage renderCurrentImage(double scale);
    /** The colour the difference page gives to cells of class @p c. */
    static QColor classColour(ReviewEvaluation::CellClass c, bool prediction);
    /**
     * How the side-by-side page splits an area of size @p area between two fitted copies of an image
     * of size @p image: Qt::Horizontal (side by side) unless one above the other shows it larger.
     */
    static Qt::Orientation sideBySideOrientation(QSize area, QSize image);
    /** The side-by-side page's current split. */
    Qt::Orientation sideBySideOrientation() const;
    /**
     * The current image's missed (FN) and spurious (FP) cells at the chosen IoU that the current
     * review page shows (hidden cell types and predictions under the score threshold left out, and
     * counted in @p hidden), top to bottom, then left to right.
     */
    QList<CellKey> disagreements(int* hidden = nullptr);
    /**
     * Selects and centres, on the current review page (on the side-by-side page, on the side that
     * shows it), the disagreement after (@p step 1) or before (-1) the cell last selected on this
     * image, by position when that cell is no disagreement (any more); the first (or last) when
     * nothing was selected on this image or @p fromEnd. False when there is none further; else
     * @p where (if given) tells which one of how many it is.
     */
    bool selectDisagreement(int step, bool fromEnd = false, DisagreementPosition* where = nullptr);
    /** Text of the difference page's legend (counts at the current IoU). */
    QString legendText() const;

    void setDisplaySettings(const DisplaySettings& settings);
    void setOverlayStyle(const OverlayStyle& style);
    void setHiddenCellTypes(const QSet<CellType>& types);
    void setHiddenSets(const QSet<int>& sets);
    void setPredictionStyle(const PredictionStyle& style);

signals:
    /** A cell was selected on a review page (invalid: none). */
    void reviewCellSelected(curator::CellKey cell);

private:
    /** A missed or spurious cell and the top-left of its box, ordered top to bottom, then left to right. */
    struct Disagreement
    {
        QPointF at;
        CellKey cell;
        bool operator<(const Disagreement& o) const
        {
            return std::make_tuple(at.y(), at.x(), cell.set, cell.annotation)
                   < std::make_tuple(o.at.y(), o.at.x(), o.cell.set, o.cell.annotation);
        }
    };
    std::vector<Disagreement> findDisagreements(int* hidden = nullptr);
    QWidget* createSideBySide();
    QWidget* createDifference();
    QComboBox* createIouBox();
    void link(ImageCanvas* from, ImageCanvas* to);
    void markDirty();
    void sync();
    void updateLayers();
    void updateDifference();
    void updateSideBySideOrientation();
    void updateMatchedCell();
    /** The canvas of the current review page on which @p cell is drawn. */
    ImageCanvas* canvasShowing(CellKey cell) const;
    bool eventFilter(QObject* watched, QEvent* event) override;

    ImageCanvas* m_annotations;
    PredictionReview* m_review;
    ImageCanvas* m_groundTruth = nullptr;
    ImageCanvas* m_prediction = nullptr;
    ImageCanvas* m_difference = nullptr;
    QSplitter* m_sideBySide = nullptr;
    QLabel* m_groundTruthLabel = nullptr;
    QLabel* m_predictionLabel = nullptr;
    QLabel* m_legend = nullptr;
    QList<QComboBox*> m_iouBoxes;
    QSet<int> m_userHiddenSets;
    QString m_walkImage;         ///< the image of the cell last selected on a review page
    Disagreement m_walkedTo;     ///< and that cell, for the walk to go on from where it was
    CellKey m_reviewSelected;   ///< the cell last selected on a review page; its best match is outlined
    bool m_dirty = true;
    bool m_linking = false;
};

} // namespace curator
