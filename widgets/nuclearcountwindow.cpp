#include "widgets/nuclearcountwindow.h"

#include "model/io/csv.h"
#include "model/io/imagesource.h"
#include "model/io/savefile.h"
#include "model/segmentation/segmenter.h"
#include "model/workspace.h"
#include "widgets/tablecopy.h"

#include <QChart>
#include <QCoreApplication>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace curator {

namespace {

QStandardItem* numberItem(double v)
{
    auto* item = new QStandardItem(std::isnan(v) ? QString() : QLocale().toString(v, 'f', 0));
    item->setData(std::isnan(v) ? -1.0 : v, Qt::UserRole + 1);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

NuclearCountWindow::NuclearCountWindow(Workspace* workspace, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_modelPath(bundledModelPath())
{
    setObjectName(QStringLiteral("nuclearCountWindow"));
    setWindowTitle(tr("Nuclear Count Benchmark"));
    buildUi();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &NuclearCountWindow::onModelFinished);
    connect(m_workspace, &Workspace::reset, this, &NuclearCountWindow::refillPredictionSets);
    refillPredictionSets();
    compare();
    resize(1200, 750);
}

NuclearCountWindow::~NuclearCountWindow()
{
    cancelModel();
    m_watcher.waitForFinished();
}

void NuclearCountWindow::buildUi()
{
    auto* openButton = new QPushButton(tr("Open Benchmark…"));
    openButton->setToolTip(tr("A LIVECell folder or its nuclear_count_benchmark folder"));
    m_cellLineCombo = new QComboBox;
    m_runButton = new QPushButton(tr("Count with Model"));
    m_runButton->setToolTip(tr("Segment every benchmark image with the model (the bundled one unless Model ▸ Load Model… "
                                 "chose another) and count its cells"));
    m_predictionCombo = new QComboBox;
    m_predictionCombo->setToolTip(tr("A loaded annotation file of model output whose images are the benchmark's"));
    m_useButton = new QPushButton(tr("Use Predictions"));
    m_minScore = new QDoubleSpinBox;
    m_minScore->setRange(0, 1);
    m_minScore->setSingleStep(0.05);
    m_minScore->setDecimals(2);
    m_minScore->setToolTip(tr("Cells scoring below this are not counted (model output with scores only)"));
    m_progress = new QProgressBar;
    m_progress->setTextVisible(true);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_exportPng = new QPushButton(tr("Export Plot as PNG…"));
    m_exportCsv = new QPushButton(tr("Export CSV…"));

    m_tableModel = new QStandardItemModel(this);
    m_table = new QTableView;
    new TableCopy(m_table);
    m_table->setModel(m_tableModel);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_channelCombo = new QComboBox;
    m_channelCombo->addItem(tr("Label-free image"));
    m_channelCombo->addItem(tr("Fluorescent image"));
    m_channelCombo->setToolTip(tr("The fluorescent nuclear image the count comes from, when the benchmark's fluorescent images are present"));
    m_channelCombo->setEnabled(false);
    m_preview = new QLabel;
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(352, 260);
    m_chartView = new QChartView(new QChart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(400, 300);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("nuclearStatus"));
    m_status->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(openButton);
    top->addWidget(m_cellLineCombo);
    top->addSpacing(12);
    top->addWidget(m_runButton);
    top->addWidget(m_predictionCombo, 1);
    top->addWidget(m_useButton);
    top->addWidget(new QLabel(tr("Min score:")));
    top->addWidget(m_minScore);
    top->addSpacing(12);
    top->addWidget(m_exportPng);
    top->addWidget(m_exportCsv);
    auto* running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_cancelButton);
    auto* previewBox = new QWidget;
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_channelCombo, 0, Qt::AlignLeft);
    previewLayout->addWidget(m_preview, 1);
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(previewBox);
    right->addWidget(m_chartView);
    right->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setSizes({440, 740});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(running);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    m_progress->hide();
    m_cancelButton->hide();

    connect(openButton, &QPushButton::clicked, this, &NuclearCountWindow::chooseFolder);
    connect(m_cellLineCombo, &QComboBox::activated, this, &NuclearCountWindow::openCellLine);
    connect(m_runButton, &QPushButton::clicked, this, &NuclearCountWindow::runModel);
    connect(m_cancelButton, &QPushButton::clicked, this, &NuclearCountWindow::cancelModel);
    connect(m_useButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!usePredictionSet(m_predictionCombo->currentData().toInt(), &error))
            QMessageBox::warning(this, tr("Use Predictions"), error);
    });
    connect(m_minScore, &QDoubleSpinBox::valueChanged, this, &NuclearCountWindow::recount);
    connect(m_exportPng, &QPushButton::clicked, this, &NuclearCountWindow::choosePng);
    connect(m_exportCsv, &QPushButton::clicked, this, &NuclearCountWindow::chooseCsv);
    connect(m_channelCombo, &QComboBox::currentIndexChanged, this, [this] { showImageOfRow(m_table->currentIndex().row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showImageOfRow(current.row()); });
}

// ---- opening

bool NuclearCountWindow::openFolder(const QString& path, QString* error)
{
    const auto layout = DistributionLocator::locate(path, error);
    if (!layout)
        return false;
    m_cellLines.clear();
    for (const NuclearCountSet& s : layout->nuclearCount) {
        if (!s.countsJson.isEmpty())
            m_cellLines.append(s);
    }
    if (m_cellLines.isEmpty()) {
        if (error)
            *error = tr("%1 holds no nuclear count benchmark (nuclear_count_benchmark/*_counts.json).").arg(QDir::toNativeSeparators(path));
        return false;
    }
    m_cellLineCombo->clear();
    for (const NuclearCountSet& s : std::as_const(m_cellLines))
        m_cellLineCombo->addItem(s.name);
    return openBenchmark(m_cellLines.first().countsJson, m_cellLines.first().imagesZip, error, m_cellLines.first().fluorescentZip);
}

void NuclearCountWindow::openCellLine(int index)
{
    if (index < 0 || index >= m_cellLines.size())
        return;
    QString error;
    if (!openBenchmark(m_cellLines[index].countsJson, m_cellLines[index].imagesZip, &error, m_cellLines[index].fluorescentZip))
        QMessageBox::warning(this, tr("Nuclear Count Benchmark"), error);
}

bool NuclearCountWindow::openBenchmark(const QString& countsJson, const QString& images, QString* error, const QString& fluorescent)
{
    cancelModel();
    m_watcher.waitForFinished();
    auto counts = NuclearCounts::readFile(countsJson, error);
    if (!counts)
        return false;
    std::unique_ptr<ImageSource> source;
    if (!images.isEmpty()) {
        source = ImageSource::open(images, error);
        if (!source)
            return false;
    }
    std::unique_ptr<ImageSource> fluorescentSource;
    QString fluorescentError;
    if (!fluorescent.isEmpty())
        fluorescentSource = ImageSource::open(fluorescent, &fluorescentError);   // optional: the counts work without
    m_counts = std::move(counts);
    m_images = std::move(source);
    m_fluorescent = std::move(fluorescentSource);
    m_channelCombo->setEnabled(m_fluorescent != nullptr);
    if (!fluorescentError.isEmpty())
        emit statusMessage(fluorescentError);
    m_name = QFileInfo(countsJson).completeBaseName().remove(QStringLiteral("_counts"));
    m_predicted.clear();
    m_predictionSource.clear();
    m_modelScores.clear();
    m_predictionSet = -1;
    compare();
    if (m_tableModel->rowCount() > 0)
        m_table->selectRow(0);
    return true;
}

void NuclearCountWindow::refillPredictionSets()
{
    m_predictionCombo->clear();
    for (int s = 0; s < m_workspace->setCount(); ++s) {
        const AnnotationSet& set = m_workspace->set(s);
        if (set.store.imageCount() > 0)
            m_predictionCombo->addItem(QFileInfo(set.info.path).fileName(), s);
    }
    m_useButton->setEnabled(m_predictionCombo->count() > 0 && m_counts.has_value());
}

// ---- predictions

void NuclearCountWindow::setPredictions(const QHash<QString, double>& predicted, const QString& source)
{
    m_modelScores.clear();
    m_predictionSet = -1;
    m_predicted = predicted;
    m_predictionSource = source;
    compare();
}

double NuclearCountWindow::minScore() const
{
    return m_minScore->value();
}

void NuclearCountWindow::setMinScore(double score)
{
    m_minScore->setValue(score);   // recount() through valueChanged
}

void NuclearCountWindow::recount()
{
    const double min = minScore();
    if (m_predictionSet >= 0 && m_predictionSet < m_workspace->setCount()) {
        m_predicted = NuclearCounts::predictedCounts(m_workspace->set(m_predictionSet).store, min);
    } else if (!m_modelScores.isEmpty()) {
        m_predicted.clear();
        for (auto it = m_modelScores.cbegin(); it != m_modelScores.cend(); ++it)
            m_predicted.insert(it.key(), double(std::count_if(it->begin(), it->end(), [min](double s) { return s >= min; })));
    } else {
        return;   // counts given as numbers: nothing to threshold
    }
    compare();
}

bool NuclearCountWindow::usePredictionSet(int set, QString* error)
{
    if (set < 0 || set >= m_workspace->setCount() || m_workspace->set(set).store.imageCount() == 0) {
        if (error)
            *error = tr("Choose a loaded annotation file with images.");
        return false;
    }
    setPredictions({}, QFileInfo(m_workspace->set(set).info.path).fileName());
    m_predictionSet = set;
    recount();
    if (m_comparison.pairs.empty() && error) {
        *error = tr("None of the images in %1 is in the benchmark.").arg(m_predictionSource);
        return false;
    }
    return true;
}

void NuclearCountWindow::compare()
{
    m_comparison = m_counts ? m_counts->compare(m_predicted) : CountComparison{};
    const int current = m_table->currentIndex().row();
    fillTable();
    if (current >= 0 && current < m_tableModel->rowCount())
        m_table->selectRow(current);   // counts-file order is kept, so the row still is that image
    rebuildChart();
    const bool has = m_counts.has_value();
    m_runButton->setEnabled(has && m_images && !isRunning());
    m_useButton->setEnabled(has && m_predictionCombo->count() > 0);
    m_exportCsv->setEnabled(has);
    m_exportPng->setEnabled(has);
    if (!has) {
        m_status->setText(tr("Open a LIVECell folder with nuclear_count_benchmark/ to compare predicted and fluorescence counts."));
        return;
    }
    QString text = tr("%1: %n counted image(s).", nullptr, m_counts->size()).arg(m_name);
    if (!m_predicted.isEmpty())
        text += QLatin1Char(' ') + tr("%L1 with predictions (%2), %L3 of them below 1,600 cells.")
                                       .arg(m_comparison.pairs.size()).arg(m_predictionSource).arg(m_comparison.used);
    m_status->setText(text);
}

void NuclearCountWindow::fillTable()
{
    m_tableModel->clear();
    m_tableModel->setHorizontalHeaderLabels({tr("Image"), tr("Fluorescence count"), tr("Predicted count"), tr("In R²")});
    if (!m_counts) {
        m_table->resizeColumnsToContents();   // whole headers before any benchmark is open
        return;
    }
    QHash<QString, const CountPair*> pairs;
    for (const CountPair& p : m_comparison.pairs)
        pairs.insert(p.fileName, &p);
    for (const NuclearCount& c : m_counts->entries()) {
        const CountPair* p = pairs.value(c.fileName);
        auto* used = new QStandardItem(p ? (p->used ? tr("yes") : tr("no (≥ 1,600)")) : QString());
        m_tableModel->appendRow({new QStandardItem(c.fileName), numberItem(c.count),
                                 numberItem(p ? p->predicted : std::nan("")), used});
    }
    m_tableModel->setSortRole(Qt::UserRole + 1);
    for (int r = 0; r < m_tableModel->rowCount(); ++r)
        m_tableModel->item(r, FileColumn)->setData(m_tableModel->item(r, FileColumn)->text(), Qt::UserRole + 1);
    m_table->resizeColumnsToContents();
}

void NuclearCountWindow::rebuildChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const CountComparison& c = m_comparison;
    if (std::isnan(c.r2))
        chart->setTitle(tr("Predicted vs fluorescence count"));
    else
        chart->setTitle(tr("%1: R² = %2 over %n image(s) with fewer than 1,600 cells", nullptr, c.used)
                            .arg(m_name).arg(c.r2, 0, 'f', 3));
    auto* used = new QScatterSeries;
    used->setName(tr("images below 1,600 cells"));
    used->setMarkerSize(8);
    auto* excluded = new QScatterSeries;
    excluded->setName(tr("images with 1,600 cells or more (not in R²)"));
    excluded->setMarkerSize(6);
    excluded->setColor(QColor(160, 160, 160));
    double top = 100;
    for (const CountPair& p : c.pairs) {
        (p.used ? used : excluded)->append(p.fluorescence, p.predicted);
        top = std::max({top, p.fluorescence, p.predicted});
    }
    top *= 1.05;
    auto* identity = new QLineSeries;
    identity->setName(tr("predicted = fluorescence"));
    QPen pen(QColor(90, 90, 90));
    pen.setStyle(Qt::DashLine);
    identity->setPen(pen);
    chart->addSeries(identity);
    chart->addSeries(excluded);
    chart->addSeries(used);
    auto* x = new QValueAxis;
    x->setTitleText(tr("Fluorescence count"));
    x->setRange(0, top);
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%d"));
    identity->append(0, 0);
    identity->append(x->max(), x->max());   // corner to corner of the axes' nice range
    auto* y = new QValueAxis;
    y->setTitleText(tr("Predicted count"));
    y->setRange(x->min(), x->max());
    y->setTickCount(x->tickCount());
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

QChart* NuclearCountWindow::chart() const
{
    return m_chartView->chart();
}

// ---- export

bool NuclearCountWindow::exportPng(const QString& path) const
{
    return m_chartView->grab().save(path, "PNG");
}

bool NuclearCountWindow::exportCsv(const QString& path, QString* error) const
{
    QByteArray out = "file_name,fluorescence_count,predicted_count,in_r2\n";
    QHash<QString, const CountPair*> pairs;
    for (const CountPair& p : m_comparison.pairs)
        pairs.insert(p.fileName, &p);
    if (m_counts) {
        for (const NuclearCount& c : m_counts->entries()) {
            const CountPair* p = pairs.value(c.fileName);
            out += csvField(c.fileName) + ',' + QByteArray::number(c.count) + ','
                   + (p ? QByteArray::number(p->predicted, 'g', 10) : QByteArray()) + ','
                   + (p ? (p->used ? "1" : "0") : "") + '\n';
        }
    }
    return saveFile(path, out, error);
}

void NuclearCountWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Nuclear Count Benchmark"), QDir::homePath());
    QString error;
    if (!folder.isEmpty() && !openFolder(folder, &error))
        QMessageBox::warning(this, tr("Nuclear Count Benchmark"), error);
}

void NuclearCountWindow::choosePng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Plot"), QDir::home().filePath(m_name + QStringLiteral("_counts.png")),
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        QMessageBox::warning(this, tr("Export Plot"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

void NuclearCountWindow::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Counts"), QDir::home().filePath(m_name + QStringLiteral("_comparison.csv")),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Counts"), error);
}

} // namespace curator
