#pragma once

#include "model/displaypresets.h"
#include "model/workspace.h"
#include "widgets/celloverlay.h"
#include "widgets/overlaystyle.h"

#include <QImage>
#include <QSet>
#include <QWidget>

#include <array>
#include <optional>

namespace curator {

class CanvasTool;

/**
 * Shows one image with the cells of every set that annotates it. Zoom to the cursor with the
 * wheel, pan by dragging or with the arrow keys, fit or 1:1, pixel-sharp (nearest neighbour) from
 * 2× up, and a minimap while the image does not fit.
 *
 * Speed: the display image and the overlay are rendered once into a view-sized layer that is
 * re-made only when the view, the style or the data change; hover and selection repaint only the
 * highlighted cells' rectangles over that layer. Hit-testing goes through CellOverlay's grid.
 */
class ImageCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit ImageCanvas(Workspace* workspace, QWidget* parent = nullptr);

    /** Loads @p baseName from the workspace's image source and shows it with its cells. False and an
     *  on-canvas message when the image cannot be read (the cells are still shown over a blank). */
    bool setImage(const QString& baseName);
    /** Shows @p image as @p baseName without reading the image source (tests, benchmarks). */
    void setImageData(const QString& baseName, const QImage& image);
    void clearImage();
    QString imageName() const { return m_name; }
    /** The decoded image as stored (8-bit grey), before any display preset. */
    const QImage& rawImage() const { return m_raw; }
    QString errorText() const { return m_error; }

    void setDisplaySettings(const DisplaySettings& settings);
    const DisplaySettings& displaySettings() const { return m_settings; }
    void setOverlayStyle(const OverlayStyle& style);
    const OverlayStyle& overlayStyle() const { return m_style; }
    /** Cells of these types and sets are neither drawn nor hit. */
    void setHiddenCellTypes(const QSet<CellType>& types);
    void setHiddenSets(const QSet<int>& sets);
    const QSet<int>& hiddenSets() const { return m_hiddenSets; }
    /** How predictions (cells of results lists) are drawn. */
    void setPredictionStyle(const PredictionStyle& style);
    const PredictionStyle& predictionStyle() const { return m_predictionStyle; }
    /** Colours that replace the colour mode's for some cells, keyed by (set << 32 | annotation). */
    void setColourOverrides(const QHash<qint64, QRgb>& colours);
    const CellOverlay& overlay() const { return m_overlay; }

    // ---- view
    double zoom() const { return m_scale; }
    bool isFitToWindow() const { return m_fit; }
    /** Sets the scale (1 = one image pixel per screen pixel), keeping @p anchor (widget coordinates) fixed. */
    void setZoom(double scale, QPointF anchor);
    void setZoom(double scale) { setZoom(scale, rect().center()); }
    void fitToWindow();
    void zoomIn() { setZoom(m_scale * 1.25); }
    void zoomOut() { setZoom(m_scale / 1.25); }
    void centreOn(QPointF imagePoint);
    /** Widget position of the image's top-left corner. */
    QPointF viewOffset() const { return m_offset; }
    /** Shows the image at @p scale with its top-left corner at @p offset (linked views). */
    void setView(double scale, QPointF offset);
    QPointF mapToImage(QPointF widgetPoint) const;
    QPointF mapFromImage(QPointF imagePoint) const;

    // ---- cells
    CellKey hoveredCell() const;
    CellKey selectedCell() const;
    /** Selects @p cell (invalid: none), optionally centring it. Emits selectedCellChanged() on change. */
    void setSelectedCell(CellKey cell, bool centre = false);
    /** Every selected cell, selectedCell() first; the editing tools act on these. */
    const QList<CellKey>& selectedCells() const { return m_selection; }
    /** Replaces the selection (cells not on this image are dropped); the first becomes selectedCell(). */
    void setSelectedCells(const QList<CellKey>& cells);
    bool isSelected(CellKey cell) const { return m_selection.contains(cell); }
    /** Cells drawn with the review flag's black and white dashed outline (those not on this image are ignored). */
    void setFlaggedCells(const QList<CellKey>& cells);
    const QList<CellKey>& flaggedCells() const { return m_flagged; }
    /**
     * Outlines @p cell (invalid: none) in dashed cyan, apart from the selection: the review pages
     * show the selected cell's best match this way. Drawn only while the cell is visible here.
     */
    void setMatchedCell(CellKey cell);
    CellKey matchedCell() const { return m_matched; }

    // ---- editing
    /** Left-button and key input goes to @p tool first (nullptr: browsing only). Not owned. */
    void setTool(CanvasTool* tool);
    CanvasTool* tool() const { return m_tool; }
    /** Reports @p text for the status bar (statusMessage()); tools explain refusals this way. */
    void showStatus(const QString& text);
    Workspace* workspace() const { return m_workspace; }
    /** Maps image to widget coordinates. */
    QTransform imageTransform() const;

    /** The view as shown (image, overlay and selection; no minimap), at widget size. */
    QImage renderView();
    /** The whole image with its overlay at @p scale image pixels per output pixel. */
    QImage renderImage(double scale = 1.0) const;

    /** Re-makes the cached layer on the next paint (the benchmark uses this to time a full repaint). */
    void invalidateLayer();

signals:
    void hoveredCellChanged(curator::CellKey cell);
    void selectedCellChanged(curator::CellKey cell);
    /** The image pixel under the cursor and its stored grey value; value -1 outside the image. */
    void cursorMoved(QPoint pixel, int value);
    void zoomChanged(double scale);
    /** The set of selected cells changed (also when only cells besides selectedCell() did). */
    void selectionChanged();
    void statusMessage(const QString& text);
    /** Zoom or position changed (by the user or by a call). */
    void viewChanged();
    /** Another image is shown (empty: none). */
    void imageChanged(const QString& baseName);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool dispatchToTool(QEvent* event);
    QRectF visibleImageRect() const;
    void rebuildLayer();
    /** Draws the display image and the cells into @p target; @p t maps image to logical pixels. */
    void paintImageAndOverlay(QImage& target, const QTransform& t, const QRectF& visible) const;
    void paintHighlights(QPainter& painter) const;
    void paintMessage(QPainter& painter) const;
    void refreshDisplay();
    void refreshOverlay();
    void setHover(int index);
    /** Hover and pixel readout for where the pointer is, after what is under it changed. */
    void updatePointer();
    QRect highlightRect(int index) const;
    void setOffset(QPointF offset);
    void clampOffset();
    struct KeptCell;
    struct KeptView;
    /** Keeps what the view shows before the workspace resets (m_kept). */
    void keepView();
    /** The cells of @p kept's selection in the sets now loaded (those still there). */
    QList<CellKey> keptSelection(const KeptView& kept, QList<KeptCell>* missing) const;
    bool hasMinimap() const;
    QRect minimapRect() const;
    void paintMinimap(QPainter& painter) const;
    void centreFromMinimap(QPoint widgetPoint);

    Workspace* m_workspace;
    QString m_name;
    QImage m_raw;
    QImage m_display;
    QImage m_thumbnail;
    QString m_error;
    DisplaySettings m_settings;
    OverlayStyle m_style;
    QSet<CellType> m_hiddenTypes;
    QSet<int> m_hiddenSets;
    PredictionStyle m_predictionStyle;
    CellOverlay m_overlay;

    double m_scale = 1.0;
    QPointF m_offset;     // widget position of the image's top-left corner
    bool m_fit = true;
    int m_hover = -1;
    std::optional<QPointF> m_pointer;   // where the mouse is over the canvas, if it is
    int m_selected = -1;
    QList<CellKey> m_selection;   // m_selected's key first
    QList<CellKey> m_flagged;     // review flags, drawn over the overlay
    CellKey m_matched;            // the selected cell's best match on a review page
    CanvasTool* m_tool = nullptr;
    /**
     * What a workspace reset took from the view, given back if the next image shown is the same one (the
     * main window shows it again after a model run, an import or a reload): its size, so zoom and position
     * stay, and the selected cells (keys index sets that may be gone): those of annotation files by file
     * and id, predictions, which are numbered afresh, by file, image id, box and score.
     */
    struct KeptCell
    {
        QString path;
        bool prediction = false;        // of a results list
        qint64 id = 0;                  // annotation files
        qint64 imageId = 0;             // results lists
        std::array<double, 4> bbox{};
        double score = 0;
    };
    struct KeptView
    {
        QString name;
        QSize size;
        QList<KeptCell> selection;
    };
    KeptView m_kept;
    KeptView m_unresolved;   // kept cells not there when the image came back (predictions added after the files)

    QImage m_layer;
    bool m_layerValid = false;
    mutable QImage m_scaled;                          // m_display at the current zoom, below 2×
    mutable std::pair<qint64, double> m_scaledFor{};  // (m_display.cacheKey(), device scale)

    enum class Drag { None, Pending, Pan, Minimap, Tool };
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    QPointF m_pressOffset;
};

} // namespace curator
