#pragma once

#include "model/workspace.h"
#include "widgets/overlaystyle.h"
#include "widgets/predictionstyle.h"

#include <QHash>
#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QSize>

#include <vector>

class QPainter;
class QTransform;

namespace curator {

/**
 * The cells of one image ready to paint and hit-test: polygons in image coordinates, their
 * bounds, cell types, colours and visibility, plus a uniform grid (32 px buckets) so that finding
 * the cell under the cursor looks at a handful of candidates instead of 3,000 polygons.
 * Built once per image switch; restyling or hiding cells does not rebuild the geometry.
 */
class CellOverlay
{
public:
    /** Collects every layer of @p fileName (see Workspace::layersFor()) over an image of @p size. */
    void build(const Workspace& workspace, const QString& fileName, QSize size);
    void clear();

    int count() const { return int(m_cells.size()); }
    int visibleCount() const { return m_visibleCount; }
    CellKey cell(int i) const { return m_cells[std::size_t(i)].key; }
    /** Index of @p key in this overlay, -1 when it is not on this image. */
    int indexOf(CellKey key) const;
    QRectF bounds(int i) const { return m_cells[std::size_t(i)].bounds; }
    CellType cellType(int i) const { return m_cells[std::size_t(i)].type; }
    bool isVisible(int i) const { return m_cells[std::size_t(i)].visible; }
    QColor colour(int i) const { return QColor::fromRgb(m_cells[std::size_t(i)].colour); }

    /** Hides cells of the given cell types and annotation sets (and predictions as setPredictionStyle() says). */
    void setHidden(const QSet<CellType>& types, const QSet<int>& sets);
    /**
     * The display filters' rule, shared with every list of cells that follows them: a cell of @p type
     * in set @p set is drawn unless its type or set is hidden; a prediction also needs the predictions
     * layer on and a score (NaN counts as 1) of at least its threshold.
     */
    static bool isShown(CellType type, int set, bool prediction, double score, const QSet<CellType>& hiddenTypes,
                        const QSet<int>& hiddenSets, const PredictionStyle& predictions);
    /** Recomputes colours for @p mode; predictions take their style's colour, then overrides apply. */
    void setColourMode(const Workspace& workspace, OverlayStyle::ColourMode mode);
    /** Visibility, colour and score threshold of predictions; call setHidden() and setColourMode() after. */
    void setPredictionStyle(const PredictionStyle& style) { m_predictionStyle = style; }
    /** Colours that replace the mode's, keyed by (set << 32 | annotation); kept across build(). */
    void setColourOverrides(const QHash<qint64, QRgb>& colours) { m_overrides = colours; }
    bool isPrediction(int i) const { return m_cells[std::size_t(i)].prediction; }

    /** The smallest visible cell containing @p imagePoint, -1 when none. */
    int cellAt(QPointF imagePoint) const;

    /**
     * Paints every visible cell intersecting @p visibleImageRect into @p target (Format_RGB32),
     * fills first, then outlines. @p imageToDevice maps image to device pixels and must be a scale
     * plus translation (the canvas never rotates). One-pixel outlines and fills go through
     * OverlayRasterizer; wider outlines through QPainter.
     */
    void paint(QImage& target, const QTransform& imageToDevice, const QRectF& visibleImageRect,
               const OverlayStyle& style) const;
    /** Paints cell @p i with the painter's current pen and brush. */
    void paintCell(QPainter& painter, const QTransform& imageToDevice, int i) const;

private:
    struct Cell
    {
        CellKey key;
        quint32 firstRing = 0;
        quint32 ringCount = 0;
        QRectF bounds;
        double area = 0;
        CellType type = CellType::Unknown;
        QRgb colour = 0;
        double score = 0;
        bool visible = true;
        bool prediction = false;
    };
    void addCell(const Workspace& workspace, CellKey key, int imageHeight, int imageWidth);
    void buildGrid();
    void mapRing(const QPolygonF& ring, const QTransform& t) const;
    void paintWideOutlines(QImage& target, const QTransform& t, const QRectF& visible, const OverlayStyle& style) const;

    static constexpr int kBucket = 32;
    std::vector<Cell> m_cells;
    std::vector<QPolygonF> m_rings;
    QHash<qint64, int> m_indexOf;
    QSize m_size;
    int m_gridColumns = 0;
    int m_gridRows = 0;
    std::vector<quint32> m_gridStart;   // CSR: bucket b holds m_gridItems[start[b] … start[b+1])
    std::vector<quint32> m_gridItems;
    int m_visibleCount = 0;
    PredictionStyle m_predictionStyle;
    QHash<qint64, QRgb> m_overrides;
    mutable QPolygonF m_scratch;         // reused by paint() to avoid an allocation per cell
};

} // namespace curator
