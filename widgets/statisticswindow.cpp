#include "widgets/statisticswindow.h"

#include "model/io/savefile.h"
#include "model/stats/statsexport.h"
#include "model/workspace.h"
#include "widgets/tablecopy.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QCoreApplication>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <memory>
#include <new>

namespace curator {

namespace {

/** Splits in the order DatasetStats produced them. */
QStringList splitsOf(const DatasetStats& stats)
{
    QStringList splits;
    for (const StatsGroup& g : stats.groups()) {
        if (!splits.contains(g.split))
            splits.append(g.split);
    }
    return splits;
}

/** Cell types present in any split, in LIVECell's order. */
std::vector<CellType> typesOf(const DatasetStats& stats)
{
    std::vector<CellType> types;
    for (const StatsGroup& g : stats.groups()) {
        if (!g.allTypes && std::find(types.begin(), types.end(), g.cellType) == types.end())
            types.push_back(g.cellType);
    }
    std::sort(types.begin(), types.end(), [](CellType l, CellType r) {
        return (l == CellType::Unknown ? 99 : int(l)) < (r == CellType::Unknown ? 99 : int(r));
    });
    return types;
}

QStringList typeLabels(const std::vector<CellType>& types)
{
    QStringList labels;
    for (CellType t : types)
        labels.append(t == CellType::Unknown ? StatisticsWindow::tr("unknown") : cellTypeName(t));
    return labels;
}

QBoxSet* boxOf(const Distribution& d, const QString& label)
{
    auto* box = new QBoxSet(label);
    box->setValue(QBoxSet::LowerExtreme, d.quantile(0.05));
    box->setValue(QBoxSet::LowerQuartile, d.quantile(0.25));
    box->setValue(QBoxSet::Median, d.quantile(0.5));
    box->setValue(QBoxSet::UpperQuartile, d.quantile(0.75));
    box->setValue(QBoxSet::UpperExtreme, d.quantile(0.95));
    return box;
}

} // namespace

StatisticsWindow::StatisticsWindow(Workspace* workspace, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("statisticsWindow"));
    setWindowTitle(tr("Dataset Statistics"));
    buildUi();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        delete m_busy;
        showStats();
    });
    connect(m_workspace, &Workspace::aboutToReset, this, [this] { m_watcher.waitForFinished(); });
    connect(m_workspace, &Workspace::reset, this, [this] {
        m_stats.reset();
        if (isVisible())
            refresh();
        else
            m_dirty = true;
    });
    connect(m_workspace, &Workspace::annotationsChanged, this, [this] { m_dirty = true; });
    resize(1100, 700);
}

StatisticsWindow::~StatisticsWindow()
{
    m_watcher.waitForFinished();
}

void StatisticsWindow::buildUi()
{
    m_chartCombo = new QComboBox;
    m_chartCombo->addItem(tr("Images per cell type"), ImagesChart);
    m_chartCombo->addItem(tr("Cells per cell type"), CellsChart);
    m_chartCombo->addItem(tr("Cells per image (5, 25, 50, 75, 95 %)"), CellsPerImageChart);
    m_chartCombo->addItem(tr("Cell area, px² (5, 25, 50, 75, 95 %)"), CellAreaChart);
    m_chartCombo->addItem(tr("Cell area histogram"), AreaHistogramChart);
    m_splitLabel = new QLabel(tr("Split:"));
    m_splitCombo = new QComboBox;
    m_splitCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_splitCombo->setToolTip(tr("The split whose cell area histograms are shown"));
    auto* refreshButton = new QPushButton(tr("Refresh"));
    m_exportPng = new QPushButton(tr("Export Chart as PNG…"));
    m_exportCsv = new QPushButton(tr("Export Summary CSV…"));
    m_exportHistogram = new QPushButton(tr("Export Histograms CSV…"));

    m_chartView = new QChartView(new QChart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(500, 300);
    m_tableModel = new QStandardItemModel(this);
    m_table = new QTableView;
    new TableCopy(m_table);
    m_table->setModel(m_tableModel);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statisticsStatus"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Chart:")));
    top->addWidget(m_chartCombo, 1);
    top->addWidget(m_splitLabel);
    top->addWidget(m_splitCombo);
    top->addWidget(refreshButton);
    top->addWidget(m_exportPng);
    top->addWidget(m_exportCsv);
    top->addWidget(m_exportHistogram);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 160});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_chartCombo, &QComboBox::currentIndexChanged, this, &StatisticsWindow::rebuildChart);
    connect(m_splitCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (chartKind() == AreaHistogramChart)
            rebuildChart();
    });
    connect(refreshButton, &QPushButton::clicked, this, &StatisticsWindow::refresh);
    connect(m_exportPng, &QPushButton::clicked, this, &StatisticsWindow::choosePng);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseCsv(false); });
    connect(m_exportHistogram, &QPushButton::clicked, this, [this] { chooseCsv(true); });
}

void StatisticsWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty || !m_stats)
        refresh();
}

void StatisticsWindow::refresh()
{
    if (isComputing())
        return;
    m_dirty = false;
    std::vector<const AnnotationSet*> sets;
    qint64 cells = 0;
    for (int s = 0; s < m_workspace->setCount(); ++s) {
        const AnnotationSet& set = m_workspace->set(s);
        if (!set.layout.bareResultsList && set.info.kind != SetKind::Results) {
            sets.push_back(&set);
            cells += set.store.liveAnnotationCount();
        }
    }
    // The worker must not read a set that an edit changes: small sets are copied (milliseconds),
    // large ones are read in place while a window-modal dialog on the main window holds edits back.
    std::shared_ptr<std::vector<AnnotationSet>> copies;
    try {
        copies = std::make_shared<std::vector<AnnotationSet>>();
        if (cells <= kCopyUpTo) {
            copies->reserve(sets.size());
            for (const AnnotationSet*& set : sets)
                set = &copies->emplace_back(*set);
        }
    } catch (const std::bad_alloc&) {
        // Said as the worker says it (DatasetStats::compute); figures shown before stay; showing again retries.
        m_status->setText(DatasetStats::outOfMemoryMessage(cells));
        m_dirty = true;
        return;
    }
    if (cells > kCopyUpTo && parentWidget()) {
        m_busy = new QProgressDialog(tr("Computing statistics…"), QString(), 0, 0, parentWidget());
        m_busy->setWindowModality(Qt::WindowModal);
        m_busy->setMinimumDuration(0);
        m_busy->show();
    }
    m_status->setText(tr("Computing statistics…"));
    m_pending = true;
    m_watcher.setFuture(QtConcurrent::run([sets, copies] {
        Computed computed;
        computed.stats = DatasetStats::compute(sets, {}, &computed.error);
        return computed;
    }));
}

void StatisticsWindow::waitForStats()
{
    while (m_pending) {   // reset by showStats()
        m_watcher.waitForFinished();
        QCoreApplication::processEvents();
    }
}

void StatisticsWindow::showStats()
{
    m_pending = false;
    Computed computed = m_watcher.result();
    if (!computed.stats) {
        m_status->setText(computed.error);   // figures shown before, if any, stay; showing again retries
        m_dirty = true;
        return;
    }
    m_stats = std::move(computed.stats);
    qint64 cells = 0;
    int images = 0;
    for (const StatsGroup& g : m_stats->groups()) {
        if (g.allTypes) {
            cells += g.cells;
            images += g.images;
        }
    }
    m_status->setText(tr("%n split(s): %L1 images, %L2 cells.", nullptr, int(splitsOf(*m_stats).size())).arg(images).arg(cells));
    {
        const QSignalBlocker blocker(m_splitCombo);   // rebuildChart() below draws once
        const QString kept = m_splitCombo->currentText();
        m_splitCombo->clear();
        m_splitCombo->addItems(splitsOf(*m_stats));
        m_splitCombo->setCurrentIndex(std::max(0, m_splitCombo->findText(kept)));
    }
    fillTable();
    rebuildChart();
}

StatisticsWindow::Chart StatisticsWindow::chartKind() const
{
    return Chart(m_chartCombo->currentData().toInt());
}

QString StatisticsWindow::histogramSplit() const
{
    return m_splitCombo->currentText();
}

void StatisticsWindow::setHistogramSplit(const QString& split)
{
    m_splitCombo->setCurrentIndex(m_splitCombo->findText(split));
}

void StatisticsWindow::setChartKind(Chart chart)
{
    m_chartCombo->setCurrentIndex(m_chartCombo->findData(int(chart)));
}

QChart* StatisticsWindow::chart() const
{
    return m_chartView->chart();
}

void StatisticsWindow::fillTable()
{
    m_tableModel->clear();
    m_tableModel->setHorizontalHeaderLabels({tr("Split"), tr("Cell type"), tr("Images"), tr("Cells"),
                                             tr("Cells per image (median)"), tr("Cell area (median, px²)")});
    const auto number = [](double v, int decimals) {
        auto* item = new QStandardItem(std::isnan(v) ? QString() : QLocale().toString(v, 'f', decimals));
        item->setData(v, Qt::UserRole + 1);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (const StatsGroup& g : m_stats->groups()) {
        m_tableModel->appendRow({new QStandardItem(g.split),
                                 new QStandardItem(g.allTypes ? tr("all") : g.cellType == CellType::Unknown ? tr("unknown") : cellTypeName(g.cellType)),
                                 number(g.images, 0), number(double(g.cells), 0),
                                 number(g.cellsPerImage.quantile(0.5), 1), number(g.cellArea.quantile(0.5), 1)});
    }
    m_table->resizeColumnsToContents();
}

void StatisticsWindow::rebuildChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(m_chartCombo->currentText());
    const bool histogram = chartKind() == AreaHistogramChart;
    m_splitLabel->setVisible(histogram);
    m_splitCombo->setVisible(histogram);
    if (m_stats) {
        const Chart kind = chartKind();
        if (kind == ImagesChart || kind == CellsChart)
            addBars(chart, kind);
        else if (kind == CellsPerImageChart || kind == CellAreaChart)
            addBoxes(chart, kind);
        else
            addAreaHistograms(chart);
    }
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    const bool any = m_stats.has_value();
    m_exportPng->setEnabled(any);
    m_exportCsv->setEnabled(any);
    m_exportHistogram->setEnabled(any);
}

void StatisticsWindow::addBars(QChart* chart, Chart kind) const
{
    const std::vector<CellType> types = typesOf(*m_stats);
    auto* series = new QBarSeries;
    for (const QString& split : splitsOf(*m_stats)) {
        auto* set = new QBarSet(split);
        for (CellType t : types) {
            const StatsGroup* g = m_stats->find(split, t);
            *set << (g ? (kind == ImagesChart ? double(g->images) : double(g->cells)) : 0.0);
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(kind == ImagesChart ? tr("Images") : tr("Cells"));
    attachCategoryAxes(chart, typeLabels(types), axis);
}

void StatisticsWindow::addBoxes(QChart* chart, Chart kind) const
{
    const std::vector<CellType> types = typesOf(*m_stats);
    for (const QString& split : splitsOf(*m_stats)) {
        auto* series = new QBoxPlotSeries;
        series->setName(split);
        for (CellType t : types) {
            const StatsGroup* g = m_stats->find(split, t);
            const QString label = t == CellType::Unknown ? tr("unknown") : cellTypeName(t);
            series->append(g ? boxOf(kind == CellsPerImageChart ? g->cellsPerImage : g->cellArea, label)
                             : new QBoxSet(label));
        }
        chart->addSeries(series);
    }
    QAbstractAxis* values = nullptr;
    if (kind == CellAreaChart) {
        auto* axis = new QLogValueAxis;
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setTitleText(tr("Cell area (px²)"));
        values = axis;
    } else {
        auto* axis = new QValueAxis;
        axis->setLabelFormat(QStringLiteral("%d"));
        axis->setTitleText(tr("Cells per image"));
        values = axis;
    }
    attachCategoryAxes(chart, typeLabels(types), values);
}

void StatisticsWindow::attachCategoryAxes(QChart* chart, const QStringList& categories, QAbstractAxis* values)
{
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(values);
    }
    if (auto* linear = qobject_cast<QValueAxis*>(values)) {
        linear->setMin(0);
        linear->applyNiceNumbers();
        if (linear->max() <= 10)   // whole numbers: one tick per unit, never "0, 0, 1, 1, 2"
            linear->setTickCount(int(linear->max()) + 1);
    }
}

void StatisticsWindow::addAreaHistograms(QChart* chart) const
{
    // The chosen split's histograms: one line per cell type, the fraction of its cells per bin.
    const QString split = histogramSplit();
    chart->setTitle(tr("Cell area histogram (%1)").arg(split));
    double highest = 0;
    for (CellType t : typesOf(*m_stats)) {
        const StatsGroup* g = m_stats->find(split, t);
        if (!g || g->cellArea.count == 0)
            continue;
        auto* line = new QLineSeries;
        line->setName(t == CellType::Unknown ? tr("unknown") : cellTypeName(t));
        const Distribution& d = g->cellArea;
        for (std::size_t b = 0; b < d.counts.size(); ++b) {
            const double fraction = double(d.counts[b]) / double(d.count);
            line->append(std::sqrt(d.edges[b] * d.edges[b + 1]), fraction);
            highest = std::max(highest, fraction);
        }
        chart->addSeries(line);
    }
    auto* x = new QLogValueAxis;
    x->setLabelFormat(QStringLiteral("%g"));
    x->setTitleText(tr("Cell area (px²)"));
    x->setRange(10, 1e5);
    auto* y = new QValueAxis;
    y->setTitleText(tr("Fraction of cells"));
    y->setRange(0, highest > 0 ? highest * 1.05 : 1);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

bool StatisticsWindow::exportPng(const QString& path) const
{
    return m_chartView->grab().save(path, "PNG");
}

bool StatisticsWindow::exportCsv(const QString& path, bool histogram, QString* error) const
{
    if (!m_stats) {
        if (error)
            *error = tr("No statistics to export yet.");
        return false;
    }
    // Made inside the save, which says where memory runs out.
    return saveFileInChunks(
        path,
        [this, histogram](const WriteChunk& write) {
            return write(histogram ? StatsExport::histogramCsv(*m_stats) : StatsExport::summaryCsv(*m_stats));
        },
        error);
}

void StatisticsWindow::choosePng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), QDir::home().filePath(QStringLiteral("livecell_stats.png")),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        QMessageBox::warning(this, tr("Export Chart"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

void StatisticsWindow::chooseCsv(bool histogram)
{
    const QString name = histogram ? QStringLiteral("livecell_stats_histograms.csv") : QStringLiteral("livecell_stats.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Statistics"), QDir::home().filePath(name),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, histogram, &error))
        QMessageBox::warning(this, tr("Export Statistics"), error);
}

} // namespace curator
