#pragma once

#include "model/distributionlocator.h"
#include "model/nuclearcounts.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <atomic>
#include <vector>
#include <memory>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace curator {

class ImageSource;
class Workspace;

/**
 * LIVECell's nuclear count benchmark: label-free A549/A172 images with cell counts from a
 * fluorescent nuclear label. Browse the images with their counts, count cells with the model (the
 * bundled one unless setModel() chose another; Segmenter in a worker thread, progress, cancel) or take
 * counts from a loaded prediction set, and compare: a scatter plot of predicted vs fluorescence count
 * with R² (sklearn's r2_score) over the images with fewer than 1,600 cells, as the LIVECell paper
 * does. Exports PNG and CSV.
 */
class NuclearCountWindow : public QWidget
{
    Q_OBJECT

public:
    enum Column { FileColumn, FluorescenceColumn, PredictedColumn, UsedColumn, ColumnCount };

    explicit NuclearCountWindow(Workspace* workspace, QWidget* parent = nullptr);
    ~NuclearCountWindow() override;

    /** A LIVECell folder or its nuclear_count_benchmark/: lists its cell lines and opens the first. */
    bool openFolder(const QString& path, QString* error);
    /** One cell line: its counts JSON and images (zip or folder; may be empty: counts only), and
     *  optionally its fluorescent images (zip or folder), shown beside the label-free ones. */
    bool openBenchmark(const QString& countsJson, const QString& images, QString* error, const QString& fluorescent = {});
    /** Predicted counts per image file name (from any source); @p source names it in the chart. */
    void setPredictions(const QHash<QString, double>& predicted, const QString& source);
    /** Counts the live cells per image of workspace set @p set (a model-output dataset with images). */
    bool usePredictionSet(int set, QString* error);
    /** Cells scoring below this are not counted (model runs and prediction sets; cells without a score always count). */
    double minScore() const;
    void setMinScore(double score);

    /**
     * The model runModel() counts with: @p path (.onnx or sidecar) named @p name, as loaded with
     * Model ▸ Load Model…; the bundled one until then.
     */
    void setModel(const QString& path, const QString& name);
    QString modelPath() const { return m_modelPath; }
    /** Segments every benchmark image with the model (setModel()) in the background. */
    void runModel();
    void cancelModel();
    bool isRunning() const { return m_watcher.isRunning(); }
    void waitForModel();

    const NuclearCounts* counts() const { return m_counts ? &*m_counts : nullptr; }
    const CountComparison& comparison() const { return m_comparison; }
    QChart* chart() const;
    QTableView* table() const { return m_table; }
    /** The image shown for the current table row (null when none or unreadable). */
    QImage shownImage() const { return m_shown; }
    /** Show the fluorescent image of the current row instead of the label-free one (when there is one). */
    void setShowFluorescent(bool on);
    bool hasFluorescentImages() const { return m_fluorescent != nullptr; }
    /** The file shown for the current row (label-free or fluorescent), empty when none. */
    QString shownFile() const { return m_shownFile; }

    bool exportPng(const QString& path) const;
    /** file_name,fluorescence_count,predicted_count,in_r2 — one row per counted image. */
    bool exportCsv(const QString& path, QString* error) const;

signals:
    void statusMessage(const QString& text);

private:
    using ModelResult = QHash<QString, std::vector<double>>;   // image file name → its cells' scores
    void buildUi();
    void refillPredictionSets();
    void openCellLine(int index);
    void compare();
    void recount();
    void fillTable();
    void rebuildChart();
    void showImageOfRow(int row);
    void onModelFinished();
    void chooseFolder();
    void choosePng();
    void chooseCsv();

    /** How the chart and the status line name the model: "bundled model" or its name. */
    QString modelLabel() const;

    Workspace* m_workspace;
    QString m_modelPath;
    QString m_modelName;   // empty for the bundled model
    std::optional<NuclearCounts> m_counts;
    std::unique_ptr<ImageSource> m_images;
    std::unique_ptr<ImageSource> m_fluorescent;   // may be null
    QList<NuclearCountSet> m_cellLines;
    QString m_name;                         // cell line, e.g. "A549"
    QHash<QString, double> m_predicted;
    QString m_predictionSource;
    // Where m_predicted came from, so a new minimum score can count again: a model run's scores,
    // or a workspace set (index); neither for counts given by setPredictions().
    ModelResult m_modelScores;
    int m_predictionSet = -1;
    CountComparison m_comparison;
    QImage m_shown;
    QString m_shownFile;

    QFutureWatcher<ModelResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_modelError;

    QComboBox* m_cellLineCombo = nullptr;
    QComboBox* m_predictionCombo = nullptr;
    QDoubleSpinBox* m_minScore = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_useButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_exportPng = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_tableModel = nullptr;
    QLabel* m_preview = nullptr;
    QComboBox* m_channelCombo = nullptr;   // label-free or fluorescent preview
    QChartView* m_chartView = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace curator
