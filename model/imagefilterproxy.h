#pragma once

#include "model/celltype.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace curator {

class ImageBrowserModel;

/**
 * Facet filters and text search over an ImageBrowserModel, sorted by ImageBrowserModel::SortRole.
 * Each facet is a set of hidden or allowed values; an empty facet filters nothing. A row is shown
 * when it passes every facet and contains every word of the search text (in its file name or
 * set label, case-insensitively).
 */
class ImageFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ImageFilterProxy(QObject* parent = nullptr);

    /** Must be an ImageBrowserModel. */
    void setSourceModel(QAbstractItemModel* model) override;

    /** Set indices to hide (-1: images no set annotates). */
    void setHiddenSets(const QSet<int>& sets);
    QSet<int> hiddenSets() const { return m_hiddenSets; }
    void setHiddenCellTypes(const QSet<CellType>& types);
    QSet<CellType> hiddenCellTypes() const { return m_hiddenTypes; }
    /** Wells to show, e.g. {"C7"}; empty shows all. */
    void setWells(const QSet<QString>& wells);
    QSet<QString> wells() const { return m_wells; }
    /** Time points to show, in minutes since the start of imaging; empty shows all. */
    void setTimePoints(const QSet<int>& minutes);
    QSet<int> timePoints() const { return m_timePoints; }
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    /** Clears every facet and the search. */
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    const ImageBrowserModel* m_browser = nullptr;
    QSet<int> m_hiddenSets;
    QSet<CellType> m_hiddenTypes;
    QSet<QString> m_wells;
    QSet<int> m_timePoints;
    QString m_search;
    QStringList m_words;
};

} // namespace curator
