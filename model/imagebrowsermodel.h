#pragma once

#include "model/workspace.h"

#include <QAbstractTableModel>

#include <vector>

namespace curator {

class ReviewEvaluation;

/**
 * A flat table of every image of every loaded annotation set, followed by the images of the image
 * source that no set annotates. One row per (set, image): a file in both train and val has two
 * rows. Rows are rebuilt on Workspace::reset() and their cell counts updated on
 * Workspace::annotationsChanged(). DisplayRole is formatted text, SortRole the raw value.
 */
class ImageBrowserModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, CellTypeColumn, SetColumn, WellColumn, TimeColumn, CellsColumn,
        // Model review (see setReview()): empty until the image's predictions are evaluated.
        ApColumn, F1Column, TruePositiveColumn, FalsePositiveColumn, FalseNegativeColumn, PredictedColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        SetIndexRole,      ///< int: index of the annotation set, -1 for unannotated images
        ImageIndexRole,    ///< int: index in the set's store (or in Workspace::unannotatedImages())
        CellTypeRole,      ///< int: CellType
        SeriesKeyRole,     ///< QString: LivecellName::seriesKey(), empty when the name does not parse
        MinutesRole,       ///< int: time point in minutes, -1 when unknown
        FileNameRole,      ///< QString: base name
    };

    /** Everything a row shows, kept flat so that filtering 5,000+ rows is a loop over structs. */
    struct Row
    {
        ImageKey key;
        QString fileName;
        LivecellName name;
        int cells = 0;
    };

    explicit ImageBrowserModel(Workspace* workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Row& row(int r) const { return m_rows[std::size_t(r)]; }
    /** The row of @p key, -1 if none. */
    int rowOf(ImageKey key) const;
    /** The first row showing @p fileName, preferring set @p preferredSet; -1 if none. */
    int rowOfFile(const QString& fileName, int preferredSet = -1) const;
    /** Label of a set as shown in the Set column ("val", "A172 train", "unannotated"). */
    QString setLabel(int set) const;
    const Workspace* workspace() const { return m_workspace; }
    /** Fills the review columns from @p review (per-image AP, F1, TP/FP/FN at its IoU, predicted cells). */
    void setReview(const ReviewEvaluation* review);
    /** Whether the review columns have anything to show: a review with predictions (headerDataChanged() tells when this may change). */
    bool hasPredictions() const;

private:
    void rebuild();
    void updateCount(int set, int image);
    QVariant display(const Row& r, int column) const;
    QVariant sortValue(const Row& r, int column) const;

    void reviewChanged();

    Workspace* m_workspace;
    const ReviewEvaluation* m_review = nullptr;
    std::vector<Row> m_rows;
    std::vector<int> m_setOffset;   // first row of each set; unannotated rows follow the last set
};

/** "2d 16h" for 3,840 minutes; "" when unknown. Shared by views that show time points. */
QString formatTimePoint(int minutes);

} // namespace curator
