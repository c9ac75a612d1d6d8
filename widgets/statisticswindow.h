#pragma once

#include "model/stats/datasetstats.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QWidget>

#include <optional>

class QAbstractAxis;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace curator {

class Workspace;

/**
 * Dataset statistics of every loaded annotation file (results lists excluded), per split and cell
 * type (DatasetStats, computed in a worker thread): a summary table and a chart of images or cells
 * per cell type (bars, one set per split), or of the distributions of cells per image and cell area
 * (box plots from the quantiles: whiskers 5 % and 95 %, box 25–75 %, line at the median; or the
 * area histogram). Exports the chart as PNG and the numbers as CSV (StatsExport).
 */
class StatisticsWindow : public QWidget
{
    Q_OBJECT

public:
    enum Chart { ImagesChart, CellsChart, CellsPerImageChart, CellAreaChart, AreaHistogramChart, ChartCount };

    explicit StatisticsWindow(Workspace* workspace, QWidget* parent = nullptr);
    ~StatisticsWindow() override;

    /** Recomputes from the workspace's current sets in the background. */
    void refresh();
    bool isComputing() const { return m_watcher.isRunning(); }
    /** Blocks until the running computation is shown (tests). */
    void waitForStats();
    const std::optional<DatasetStats>& stats() const { return m_stats; }

    Chart chartKind() const;
    void setChartKind(Chart chart);
    QChart* chart() const;
    QTableView* table() const { return m_table; }
    /** The split whose area histograms the histogram chart shows (one split at a time). */
    QString histogramSplit() const;
    void setHistogramSplit(const QString& split);
    QComboBox* histogramSplitBox() const { return m_splitCombo; }

    bool exportPng(const QString& path) const;
    /** Summary CSV (one row per split and cell type); @p histogram: the histogram CSV instead. */
    bool exportCsv(const QString& path, bool histogram, QString* error) const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void showStats();
    void rebuildChart();
    void addBars(QChart* chart, Chart kind) const;
    void addBoxes(QChart* chart, Chart kind) const;
    void addAreaHistograms(QChart* chart) const;
    static void attachCategoryAxes(QChart* chart, const QStringList& categories, QAbstractAxis* values);
    void fillTable();
    void choosePng();
    void chooseCsv(bool histogram);

    Workspace* m_workspace;
    std::optional<DatasetStats> m_stats;
    /** What the worker hands back: the figures, or why there are none. */
    struct Computed
    {
        std::optional<DatasetStats> stats;
        QString error;
    };
    QFutureWatcher<Computed> m_watcher;
    bool m_dirty = false;
    bool m_pending = false;
    static constexpr qint64 kCopyUpTo = 20000;   // cells; larger workspaces are read in place
    QPointer<QProgressDialog> m_busy;            // holds edits back while a large computation runs   // a computation whose result is not shown yet

    QComboBox* m_chartCombo = nullptr;
    QLabel* m_splitLabel = nullptr;
    QComboBox* m_splitCombo = nullptr;   // the histogram's split
    QPushButton* m_exportPng = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportHistogram = nullptr;
    QChartView* m_chartView = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_tableModel = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace curator
