#pragma once

#include "model/workspace.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace curator {

class ImageBrowserModel;
class ImageFilterProxy;
class TableColumns;

/** Makes @p column of @p view as wide as its header and @p sample text need. */
void fitColumn(QTableView* view, int column, const QString& sample);

/**
 * The image browser: every image of every loaded set in a sortable table, with facet filters
 * (annotation set, cell type, well, time point) and a text search above it. Reports the current
 * image; previous/next follow the table's current sort and filter.
 */
class ImageBrowserDock : public QDockWidget
{
    Q_OBJECT

public:
    ImageBrowserDock(ImageBrowserModel* model, QWidget* parent = nullptr);

    ImageBrowserModel* model() const { return m_model; }
    ImageFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    TableColumns* columns() const { return m_columns; }

    /** Source row of the current image, -1 when none. */
    int currentRow() const;
    /** Makes source row @p row current (clearing filters that hide it). */
    void setCurrentRow(int row);
    /** Moves to the previous (-1) or next (+1) visible row; false at either end. */
    bool step(int direction);
    /** Source row of the first visible image with at least one cell, -1 when none. */
    int firstAnnotatedRow() const;

    /** Shows only images of cell type @p type (its facet chosen), or of every type when @p type is invalid (an int(CellType)). */
    void setCellTypeFilter(const QVariant& type);
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    /** The current image changed; @p row is a source row of the model, -1 for none. */
    void currentRowChanged(int row);

private:
    void configureView();
    QWidget* createFilterBar();
    void refillFacets();
    void applyFacets();
    void updateCountLabel();

    ImageBrowserModel* m_model;
    ImageFilterProxy* m_proxy;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_setFacet;
    QComboBox* m_typeFacet;
    QComboBox* m_wellFacet;
    QComboBox* m_timeFacet;
    QLabel* m_count;
    TableColumns* m_columns = nullptr;
};

} // namespace curator
