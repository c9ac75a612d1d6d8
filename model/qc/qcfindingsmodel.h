#pragma once

#include "model/qc/qcrunner.h"

#include <QAbstractItemModel>
#include <QSet>

#include <array>
#include <vector>

namespace curator {

class AnnotationStore;

/**
 * The findings of a QC run as a two-level tree: one top-level row per check (in QcCheck order, all
 * kQcCheckCount of them, empty ones included: QcFindingsFilter hides those), its findings below,
 * ordered by image id then annotation ids like QcReport. Dismissed findings stay in the tree,
 * marked by DismissedRole; group rows count only the findings that are not dismissed.
 *
 * Holds copies (finding and image file name), so it never points into an annotation set.
 * replaceImages() swaps the findings of some images in place, emitting row removals and
 * insertions only, so views keep their selection and expansion after an edit.
 */
class QcFindingsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { FindingColumn, SeverityColumn, ImageColumn, CellsColumn, ValueColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,   ///< raw value: severity number, image id, first cell id, value
        KeyRole,                       ///< QString: QcFinding::key(); empty on group rows
        DismissedRole,                 ///< bool
        CheckRole,                     ///< int (QcCheck), on group and finding rows
        IsGroupRole,                   ///< bool
    };

    explicit QcFindingsModel(QObject* parent = nullptr);

    /** Replaces every finding; @p store (may be null) gives image file names. */
    void setReport(const QcReport& report, const AnnotationStore* store);
    void clear();
    /**
     * Replaces the findings about @p imageIds (QcFinding::imageId) with those in @p findings, which
     * come from a run restricted to those images (QcOptions::onlyImages). OrphanAnnotation findings
     * are left alone (only full runs produce them).
     */
    void replaceImages(const QSet<qint64>& imageIds, const std::vector<QcFinding>& findings, const AnnotationStore* store);

    /** Keys of dismissed findings; findings not (yet) present are remembered too. */
    void setDismissedKeys(const QSet<QString>& keys);
    const QSet<QString>& dismissedKeys() const { return m_dismissed; }
    void setDismissed(const QString& key, bool dismissed);

    /** The finding at @p index, nullptr for a group row or an invalid index. */
    const QcFinding* finding(const QModelIndex& index) const;
    /** The file name shown for the finding at @p index (empty for a group row or an unknown image). */
    QString fileName(const QModelIndex& index) const;
    QModelIndex groupIndex(QcCheck check, int column = 0) const;
    /** The finding with @p key, invalid when there is none. */
    QModelIndex indexOfKey(const QString& key, int column = 0) const;

    /** Findings of @p check that are not dismissed. */
    int activeCount(QcCheck check) const;
    int activeCount() const;
    int dismissedCount() const;
    /** Images with at least one finding that is not dismissed (orphan annotations have none). */
    int activeImageCount() const;
    int findingCount() const;
    /** The findings as a report (for export): current findings and counts, run figures of the last full run. */
    QcReport report() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QcFinding finding;
        QString key;
        QString fileName;
    };
    using Group = std::vector<Row>;

    static Row makeRow(const QcFinding& finding, const AnnotationStore* store);
    QVariant groupData(int check, int column, int role) const;
    QVariant findingData(const Row& row, int column, int role) const;
    void emitGroupChanged(int check);

    std::array<Group, kQcCheckCount> m_groups;
    QSet<QString> m_dismissed;
    QcReport m_lastRun;     // figures of the last full run (findings moved out)
};

} // namespace curator
