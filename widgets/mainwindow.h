#pragma once

#include "model/timelapse.h"
#include "model/workspace.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QProgressDialog;
class QSettings;

namespace curator {

class CellTableDock;
class CellTableModel;
class DocumentController;
class DocumentManager;
class EditTools;
class MaskExportController;
class ReviewDock;
class FindingsDock;
class StatisticsWindow;
class NuclearCountWindow;
class ImageBrowserDock;
class ImageBrowserModel;
class ImageCanvas;
class PredictionReview;
class PredictionStyleBox;
class ModelReviewDock;
class ReviewView;
struct DisagreementPosition;
class ViewSettingsDock;

/**
 * The viewer's main window: the canvas in the middle, the image browser and cell table on the
 * left, display choices on the right. Opens distribution folders, images.zip + annotation files or
 * single JSON files (File ▸ Open, recent files, drag and drop) without blocking; remembers window
 * layout, display choices and recent files in QSettings.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Workspace* workspace() const { return m_workspace; }
    ImageCanvas* canvas() const { return m_canvas; }
    ImageBrowserDock* browser() const { return m_browser; }
    CellTableDock* cellTable() const { return m_cells; }
    ViewSettingsDock* viewSettings() const { return m_settings; }
    /** The documents of the workspace's editable sets: push edits on activeDocument(). */
    DocumentManager* documents() const;
    /** Undo/redo, saving, history and recovery around documents(). */
    DocumentController* documentController() const { return m_documents; }
    /** The canvas's editing tools and the Delete / Merge actions. */
    EditTools* editTools() const { return m_tools; }
    ReviewDock* review() const { return m_review; }
    MaskExportController* maskExport() const { return m_maskExport; }
    FindingsDock* findings() const { return m_findings; }
    /** The statistics window, created on first use (nullptr until then). */
    StatisticsWindow* statistics() const { return m_statistics; }
    PredictionReview* predictionReview() const { return m_predictionReview; }
    ReviewView* reviewView() const { return m_reviewView; }
    ModelReviewDock* modelReviewDock() const { return m_modelReviewDock; }
    PredictionStyleBox* predictionStyleBox() const { return m_predictionStyle; }

    enum class RunScope { CurrentImage, FilteredImages, AllImages };
    /** Runs the model on @p scope in the background (Model menu); false with a message when it cannot start. */
    bool runModel(RunScope scope);
    /** Imports a detectron2 results file as the predictions, in the background. */
    void importResults(const QString& path);
    /** Model ▸ About the Model…'s text (rich text) for the loaded model, loading the bundled one if none is; empty on failure. */
    QString modelInfo();
    /** Writes the predictions to @p path as a detectron2 results file (Model ▸ Save Predictions As…), with progress. */
    bool savePredictions(const QString& path);
    /** Adds prediction @p prediction to the ground truth as a new cell, undoable on the ground truth's document. */
    bool acceptPrediction(CellKey prediction);
    /**
     * Selects the next (@p step 1) or previous (-1) missed or spurious cell on a review page (the
     * difference page unless the side-by-side one is showing), going on to the next image of the
     * browser's order that has any; false with a status message when there is none.
     */
    bool goToDisagreement(int step);
    /** Deletes ground-truth cell @p cell, undoable on its document. */
    bool deleteGroundTruthCell(CellKey cell);

    /** Loads @p paths in the background, replacing what is open once loading succeeds. */
    void openPaths(const QStringList& paths);
    /** Opens the bundled LIVECell sample. */
    void openSample();
    /**
     * File ▸ Reload from Disk: opens the same files again as they are on disk now, keeping the image
     * shown; unsaved edits are re-applied or discarded as the user chooses (DocumentController::prepareReload()).
     */
    void reloadFromDisk();
    /** Shows source row @p row of the image browser. */
    void showRow(int row);
    /**
     * Go ▸ Go to Id: shows the image of annotation or image id @p text (parseIdQuery()'s forms) and
     * selects the cell on the page shown; false with a status message naming what was not found.
     */
    bool goToId(const QString& text);
    /** Goes to the previous (-1) or next (+1) time point of the current image's series. */
    bool stepTimePoint(int direction);
    /** Writes the current view (image, cells, selection) to @p path as PNG. */
    bool exportView(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    /** The canvas of the central page shown (the View menu's zoom and the zoom label follow it). */
    ImageCanvas* viewCanvas() const;
    void showZoom();
    /** "Missed or spurious cell i of n on this image.", after @p prefix, in the status bar. */
    void showDisagreementPosition(const DisagreementPosition& where, const QString& prefix);
    void createDocks();
    void createActions();
    void connectActions();
    void createMenus();
    void createStatusBar();
    void createEditing();
    /** Adds Save…, Export Masks… to @p file and the Edit and Review menus to the menu bar. */
    void addEditingMenus(QMenu* file);
    void addEditingPanels(QMenu* panels);
    /**
     * Makes the set of browser row @p row the active annotation set (where edits go and what the model review compares
     * with) unless the active set has that image too; the status line to show, empty where nothing changed.
     */
    QString followImageSet(int row);
    void connectViews();
    /** Quality control, statistics and the nuclear count benchmark (mainwindowqc.cpp). */
    void createQcViews();
    void createGoToId(QMenu* go);
    void chooseId();
    void readSettings();
    void writeSettings() const;

    void onLoadingStarted();
    /** Loads the files open now again, showing the same image afterwards. */
    void reopen();
    void onLoadingProgress(int permille, const QString& what);
    void onLoadingFinished(bool ok, const QString& message);
    void addRecent(const QStringList& paths);
    void updateRecentMenu();
    /** The folder files were last opened from (home at first): where file dialogs start. */
    static QString lastDirectory();
    void chooseFiles();
    void chooseFolder();
    void chooseExportView();
    void chooseExportImage();
    void showAbout();
    void showCellInfo(CellKey cell);
    /** The selected cell of the page shown (the annotation page's, or a review page's). */
    CellKey selectionShown() const;
    void showCursor(QPoint pixel, int value);
    void updateTitle();
    /** A non-modal message box; @p icon is a QMessageBox::Icon. */
    void showMessage(int icon, const QString& title, const QString& text);
    // Model review (mainwindowreview.cpp)
    void createReview();
    void createReviewActions(QMenu* menu);
    void connectReview();
    void chooseModel();
    void chooseResults();
    void chooseSavePredictions();
    void showModelInfo();
    void showRunProgress(int done, int total);
    void onRunFinished(bool ok, const QString& message);
    void reshowImage(const QString& name);
    /** The file name of the first image of set @p set that a prediction under review is on; empty where none is. */
    QString firstImageOfPredictions(int set) const;
    void writeReviewSettings(QSettings& settings) const;

    Workspace* m_workspace;
    ImageBrowserModel* m_browserModel;
    CellTableModel* m_cellModel;
    TimeLapse m_timeLapse;
    ImageCanvas* m_canvas;
    ImageBrowserDock* m_browser = nullptr;
    CellTableDock* m_cells = nullptr;
    ViewSettingsDock* m_settings = nullptr;
    DocumentController* m_documents = nullptr;
    EditTools* m_tools = nullptr;
    ReviewDock* m_review = nullptr;
    MaskExportController* m_maskExport = nullptr;
    FindingsDock* m_findings = nullptr;
    StatisticsWindow* m_statistics = nullptr;
    NuclearCountWindow* m_nuclear = nullptr;
    QPointer<QProgressDialog> m_progress;
    QStringList m_loadingPaths;
    QString m_pendingImage;          // image to show once the current load finishes
    QString m_reimport;              // results file to import again once the reload finishes
    bool m_reshowModel = false;      // the model's predictions were under review when the reload began
    bool m_recheck = false;          // and the quality checks had findings (or were running)
    QString m_lineBeforeChecks;      // the reload's status line, kept in front of the checks' own when they end
    bool m_reloading = false;        // the load under way is File ▸ Reload from Disk

    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_openFolderAction = nullptr;
    QAction* m_openSampleAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_exportViewAction = nullptr;
    QAction* m_exportImageAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_fitAction = nullptr;
    QAction* m_actualSizeAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_toggleCellsAction = nullptr;
    QAction* m_toggleFillAction = nullptr;
    QAction* m_previousImageAction = nullptr;
    QAction* m_nextImageAction = nullptr;
    QAction* m_previousTimeAction = nullptr;
    QAction* m_nextTimeAction = nullptr;
    QAction* m_goToIdAction = nullptr;
    QString m_lastIdText;   ///< Go to Id's last entry, offered again
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;

    PredictionReview* m_predictionReview = nullptr;
    ReviewView* m_reviewView = nullptr;
    ModelReviewDock* m_modelReviewDock = nullptr;
    PredictionStyleBox* m_predictionStyle = nullptr;
    QWidget* m_runProgress = nullptr;
    QString m_importImage;           // image shown when an import started

    QLabel* m_cellLabel = nullptr;
    QLabel* m_cursorLabel = nullptr;
    QLabel* m_zoomLabel = nullptr;
};

} // namespace curator
