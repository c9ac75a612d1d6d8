#pragma once

#include "model/review/reviewevaluation.h"
#include "model/workspace.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace curator {

/**
 * The cells drawn on one image: every live annotation of every set that annotates it (see
 * Workspace::layersFor()). Refreshed when the workspace resets or reports a change to that image.
 * DisplayRole is formatted text, SortRole the raw value.
 */
class CellTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn, SetColumn, AreaColumn, VerticesColumn, BBoxColumn, ScoreColumn,
        MatchColumn, MatchIouColumn,   ///< with a model review: TP / FN / FP / ignored and the match's IoU
        FlagsColumn, ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        SetIndexRole,         ///< int
        AnnotationIndexRole,  ///< int: index in the set's store
    };

    explicit CellTableModel(Workspace* workspace, QObject* parent = nullptr);

    /** Shows the cells of the image file @p baseName (empty: none). */
    void setImage(const QString& baseName);
    QString image() const { return m_image; }
    Workspace* workspace() const { return m_workspace; }
    /**
     * Fills the Match and IoU columns from @p review (how each cell fared at its IoU and score
     * thresholds), refreshed with its evaluations; empty for cells it did not evaluate.
     */
    void setReview(const ReviewEvaluation* review);
    /** Whether the Match and IoU columns have anything to show: a review with predictions (headerDataChanged() tells when this may change). */
    bool hasMatches() const;
    /** Number of loaded annotation sets (a column is only worth showing with two or more). */
    int setCount() const { return m_workspace->setCount(); }

    CellKey cell(int row) const { return m_cells[std::size_t(row)]; }
    /** Row of @p cell, -1 when it is not on this image. */
    int rowOf(CellKey cell) const { return m_rowOf.value(key(cell), -1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Short words for an annotation's notable properties ("crowd", "edited", "RLE", …). */
    static QStringList flagWords(const AnnotationStore& store, int annotation);
    /** "TP", "FN", "FP" or "ignored"; empty for a cell the review did not classify. */
    static QString matchWord(ReviewEvaluation::CellClass cls);
    /** Whether the cell is given as a run-length mask (no vertices). */
    static bool isMask(const AnnotationStore& store, int annotation);
    /** The cell's area: its "area" field, or for a mask without one (detectron2 results) the mask's. */
    static double area(const AnnotationStore& store, int annotation);

private:
    /** The review's key (ReviewEvaluation::cellHash()), which m_matches and m_rowOf both use. */
    static qint64 key(CellKey c) { return ReviewEvaluation::cellHash(c); }
    void rebuild();
    void onAnnotationsChanged(int set, int image);
    void fetchMatches();
    void updateMatches();
    QVariant display(CellKey c, int column) const;
    QVariant sortValue(CellKey c, int column) const;

    Workspace* m_workspace;
    QString m_image;
    std::vector<CellKey> m_cells;
    QHash<qint64, int> m_rowOf;
    const ReviewEvaluation* m_review = nullptr;
    QHash<qint64, ReviewEvaluation::CellMatch> m_matches;   // of the cells on m_image
};

} // namespace curator
