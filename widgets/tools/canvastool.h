#pragma once

#include "model/workspace.h"

#include <QCursor>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPolygonF>

#include <optional>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace curator {

class Document;
class DocumentManager;
class ImageCanvas;

/**
 * One editing tool of the canvas (select, vertices, draw, split). The canvas hands it left-button
 * mouse input and key presses first; a handler returns true when it used the event. Tools edit
 * only through the active Document's API (one undoable command per edit) and explain every
 * refusal in the status bar; the views refresh through Workspace::annotationsChanged().
 *
 * Cells are editable when they belong to the active annotation set and are polygons; the helpers
 * below find them, their vertices and edges in widget coordinates, and snap new points to nearby
 * vertices of other cells (within kSnapPixels on screen) and into the image.
 */
class CanvasTool : public QObject
{
    Q_OBJECT

public:
    static constexpr double kSnapPixels = 7.0;
    static constexpr double kHandlePixels = 6.0;

    CanvasTool(ImageCanvas* canvas, DocumentManager* documents, QObject* parent = nullptr);

    virtual bool mousePress(QMouseEvent*) { return false; }
    virtual bool mouseMove(QMouseEvent*) { return false; }
    virtual bool mouseRelease(QMouseEvent*) { return false; }
    virtual bool mouseDoubleClick(QMouseEvent*) { return false; }
    virtual bool keyPress(QKeyEvent*) { return false; }
    /** Draws the tool's feedback (handles, rubber band, the line being drawn) in widget coordinates. */
    virtual void paint(QPainter&) const {}
    /** Drops whatever is half done (a drawing, a drag); called on tool and image changes. */
    virtual void cancel() {}
    /**
     * Whether what is half done may outlive a reset of the workspace (a model run, an import or a
     * reload ends with one) when the same image is shown again after it: true where it holds nothing
     * but image coordinates, no cells (their indices go with the reset).
     */
    virtual bool outlivesReset() const { return false; }
    /** Edit ▸ Delete while this tool is active: true when the tool deleted something of its own. */
    virtual bool deleteRequested() { return false; }
    virtual QCursor cursor() const { return Qt::ArrowCursor; }

    // ---- shared by the tools
    ImageCanvas* canvas() const { return m_canvas; }
    /** The active document, nullptr when no set is editable. */
    Document* document() const;
    int activeSet() const;
    /** Index (in the active set) of the image the canvas shows, -1 when that set does not have it. */
    int imageIndex() const;
    /** imageIndex() when new cells can be added to it; else nullopt, refused with the reason. */
    std::optional<int> editableImage() const;
    /** The COCO id of @p cell if it can be edited (active set, polygon); else nullopt and @p why. */
    std::optional<qint64> editableId(CellKey cell, QString* why = nullptr) const;
    /** Ids of the selected cells that can be edited; refuses (status message) when some cannot. */
    std::optional<QList<qint64>> selectedIds() const;
    /** Shows @p message in the status bar; returns false (for `return refuse(…)`). */
    bool refuse(const QString& message) const;

    struct VertexHit
    {
        CellKey cell;
        int ring = 0;
        int vertex = 0;
        QPointF position;  ///< image coordinates
    };
    /** The vertex of a selected editable cell within kHandlePixels of @p widgetPos. */
    std::optional<VertexHit> vertexAt(QPointF widgetPos) const;
    /** The edge of a selected editable cell within kHandlePixels; vertex = the edge's first vertex, position = the nearest point. */
    std::optional<VertexHit> edgeAt(QPointF widgetPos) const;
    /** @p widgetPos in image coordinates, snapped to a vertex of another cell nearby and clamped to the image. */
    QPointF snappedImagePoint(QPointF widgetPos, CellKey exclude = {}) const;
    /** The rings of @p cell as polygons in image coordinates. */
    QList<QPolygonF> ringsOf(CellKey cell) const;
    /** The cell under @p widgetPos, invalid when none. */
    CellKey cellAt(QPointF widgetPos) const;
    /** Draws a square vertex handle at @p imagePoint. */
    void paintHandle(QPainter& painter, QPointF imagePoint, bool active) const;

private:
    ImageCanvas* m_canvas;
    DocumentManager* m_documents;
};

} // namespace curator
