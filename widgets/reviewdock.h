#pragma once

#include "model/workspace.h"

#include <QDockWidget>

#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace curator {

class Document;
class DocumentManager;
class ImageCanvas;

/**
 * Review of the active annotation set: for the image shown, "reviewed" and "flagged" marks and a
 * note; flags on the selected cells; "next unreviewed" and "next flagged" navigation; and the
 * progress per split and cell type. Every change is an undoable document command, saved with the
 * document into the review sidecar beside the annotation file (ReviewState::sidecarPath()).
 */
class ReviewDock : public QDockWidget
{
    Q_OBJECT

public:
    ReviewDock(Workspace* workspace, DocumentManager* documents, ImageCanvas* canvas, QWidget* parent = nullptr);

    QAction* reviewedAction() const { return m_reviewed; }
    QAction* flagImageAction() const { return m_flagImage; }
    QAction* flagCellsAction() const { return m_flagCells; }
    QAction* nextUnreviewedAction() const { return m_nextUnreviewed; }
    QAction* nextFlaggedAction() const { return m_nextFlagged; }
    QList<QAction*> reviewActions() const;
    QTableWidget* progressTable() const { return m_progress; }
    QLineEdit* noteEdit() const { return m_note; }

    /** The image the canvas shows changed. */
    void setImage(const QString& fileName);
    /**
     * Where "Flag Selected Cells" takes the selection from (default: the canvas's): the main window
     * points it at the central page shown, so that a review page's selection is the one flagged.
     */
    void setSelectionSource(std::function<QList<CellKey>()> source) { m_selection = std::move(source); }

signals:
    /** Navigation wants image @p imageIndex of set @p set shown. */
    void showImageRequested(int set, int imageIndex);
    void statusMessage(const QString& text);
    /** The flagged cells of the image shown changed (drawn on the canvas; other views may draw them too). */
    void flaggedCellsChanged(const QList<curator::CellKey>& cells);

private:
    void createActions();
    QWidget* createContents();
    void refresh();
    void refreshProgress();
    int imageIndex() const;
    void setReviewed(bool on);
    void setFlagged(bool on);
    void commitNote();
    void toggleCellFlags();
    void goToNext(bool flagged);
    void report(bool ok, const QString& error);

    Workspace* m_workspace;
    DocumentManager* m_documents;
    ImageCanvas* m_canvas;
    std::function<QList<CellKey>()> m_selection;
    QString m_fileName;
    QAction* m_reviewed = nullptr;
    QAction* m_flagImage = nullptr;
    QAction* m_flagCells = nullptr;
    QAction* m_nextUnreviewed = nullptr;
    QAction* m_nextFlagged = nullptr;
    QCheckBox* m_reviewedBox = nullptr;
    QCheckBox* m_flaggedBox = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_cellFlags = nullptr;
    QTableWidget* m_progress = nullptr;
    bool m_updating = false;
};

} // namespace curator
