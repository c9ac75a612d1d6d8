#include "widgets/findingsdock.h"

#include "model/documentmanager.h"
#include "model/qc/qcexport.h"
#include "model/qc/qcfindingsfilter.h"
#include "model/qc/qcfindingsmodel.h"
#include "model/reviewstate.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace curator {

namespace {
constexpr int kRefreshDelayMs = 300;
} // namespace

FindingsDock::FindingsDock(Workspace* workspace, QWidget* parent)
    : QDockWidget(tr("Quality Findings"), parent)
    , m_workspace(workspace)
    , m_model(new QcFindingsModel(this))
    , m_filter(new QcFindingsFilter(this))
    , m_refreshTimer(new QTimer(this))
    , m_summaryTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("findingsDock"));
    m_filter->setSourceModel(m_model);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    buildUi();

    connect(m_refreshTimer, &QTimer::timeout, this, &FindingsDock::refreshChangedImages);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &FindingsDock::onRunFinished);
    connect(m_workspace, &Workspace::aboutToReset, this, [this] {
        m_beforeReset = {m_set >= 0 ? &m_workspace->set(m_set) : nullptr, m_workspace->imageSource(),
                         m_set >= 0 ? m_workspace->set(m_set).info.path : QString(), isRunning()};
        cancelChecks();   // the worker reads the image source, which a reset may replace
        m_watcher.waitForFinished();
    });
    connect(m_workspace, &Workspace::reset, this, &FindingsDock::onReset);
    connect(m_workspace, &Workspace::annotationsChanged, this, &FindingsDock::onAnnotationsChanged);
    // replaceImages() and dismissals signal row by row: count once they are done.
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(0);
    connect(m_summaryTimer, &QTimer::timeout, this, &FindingsDock::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_summaryTimer, qOverload<>(&QTimer::start));
    refillSets(QString());
}

FindingsDock::~FindingsDock()
{
    cancelChecks();
    m_watcher.waitForFinished();
}

bool FindingsDock::isCheckable(const AnnotationSet& set)
{
    return !set.layout.bareResultsList && set.store.imageCount() > 0;
}

void FindingsDock::buildUi()
{
    m_setCombo = new QComboBox;
    m_setCombo->setToolTip(tr("The annotation file to check; the other loaded files serve as other splits"));
    m_runButton = new QPushButton(tr("Run Checks"));
    // A push button's menu arrow gets its own room; a tool button's squeezes into the text's corner.
    m_exportButton = new QPushButton(tr("Export"));
    auto* exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("Findings as CSV…"), this, [this] { chooseExport(false); });
    exportMenu->addAction(tr("Findings as JSON…"), this, [this] { chooseExport(true); });
    m_exportButton->setMenu(exportMenu);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"));

    m_view = new QTreeView;
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QcFindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(QcFindingsModel::FindingColumn, 26 * em);
    m_view->setColumnWidth(QcFindingsModel::SeverityColumn, 9 * em);
    m_view->setColumnWidth(QcFindingsModel::ImageColumn, 16 * em);
    m_view->setColumnWidth(QcFindingsModel::CellsColumn, 9 * em);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_showDismissed = new QCheckBox(tr("Show dismissed"));
    m_dismissButton = new QPushButton(tr("Dismiss"));
    m_dismissButton->setToolTip(tr("Hide the selected findings from the worklist; kept in the review file"));
    m_restoreButton = new QPushButton(tr("Restore"));
    m_restoreButton->setToolTip(tr("Put dismissed findings back on the worklist"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_setCombo, 1);
    top->addWidget(m_runButton);
    top->addWidget(m_exportButton);
    auto* running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_cancelButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_showDismissed);
    bottom->addStretch(1);
    bottom->addWidget(m_dismissButton);
    bottom->addWidget(m_restoreButton);

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(running);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addLayout(bottom);
    setWidget(body);
    m_progress->hide();
    m_cancelButton->hide();

    connect(m_runButton, &QPushButton::clicked, this, &FindingsDock::runChecks);
    connect(m_cancelButton, &QPushButton::clicked, this, &FindingsDock::cancelChecks);
    connect(m_setCombo, &QComboBox::activated, this, [this](int i) { setActiveSet(m_setCombo->itemData(i).toInt()); });
    connect(m_showDismissed, &QCheckBox::toggled, this, &FindingsDock::setShowDismissed);
    connect(m_dismissButton, &QPushButton::clicked, this, [this] { dismissSelected(true); });
    connect(m_restoreButton, &QPushButton::clicked, this, [this] { dismissSelected(false); });
    connect(m_view, &QTreeView::activated, this, &FindingsDock::activate);
    connect(m_view, &QTreeView::clicked, this, &FindingsDock::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FindingsDock::updateButtons);
    // Group titles ("Near-duplicate cells (3)") span the row, so a narrow dock still shows them whole.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &FindingsDock::spanGroups);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &FindingsDock::spanGroups);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FindingsDock::spanGroups);
}

void FindingsDock::spanGroups()
{
    for (int r = 0; r < m_filter->rowCount(); ++r)
        m_view->setFirstColumnSpanned(r, {}, true);
}

// ---- sets

void FindingsDock::onReset()
{
    // Sets old and new are both alive here, so no new set has the address of the one checked before.
    const bool kept = m_beforeReset.set && m_set < m_workspace->setCount() && &m_workspace->set(m_set) == m_beforeReset.set
        && m_workspace->imageSource() == m_beforeReset.source;
    if (kept) {
        // A set was added (a model's predictions, imported results): the findings hold, and an interrupted
        // run starts again once it has ended.
        m_rerun = m_rerun || m_beforeReset.running;
        refillSets(QString());
        return;
    }
    m_model->clear();
    m_hasFindings = false;
    m_set = -1;
    refillSets(m_beforeReset.path);   // the same file, opened again, stays the one checked
}

void FindingsDock::refillSets(const QString& preferredPath)
{
    const QSignalBlocker blocker(m_setCombo);
    m_setCombo->clear();
    int first = -1, preferred = -1;
    for (int s = 0; s < m_workspace->setCount(); ++s) {
        const AnnotationSet& set = m_workspace->set(s);
        if (!isCheckable(set))
            continue;
        m_setCombo->addItem(set.info.label(), s);
        m_setCombo->setItemData(m_setCombo->count() - 1, QDir::toNativeSeparators(set.info.path), Qt::ToolTipRole);
        if (first < 0)
            first = s;
        if (preferred < 0 && !preferredPath.isEmpty() && set.info.path == preferredPath)
            preferred = s;
    }
    if (m_set >= 0) {
        m_setCombo->setCurrentIndex(m_setCombo->findData(m_set));
        return;
    }
    setActiveSet(preferred >= 0 ? preferred : first);
}

void FindingsDock::setActiveSet(int set)
{
    if (set >= 0 && (set >= m_workspace->setCount() || !isCheckable(m_workspace->set(set))))
        return;
    if (set == m_set && set >= 0)
        return;
    cancelChecks();
    m_watcher.waitForFinished();
    m_set = set;
    m_hasFindings = false;
    m_changedImages.clear();
    m_model->clear();
    m_setCombo->setCurrentIndex(m_setCombo->findData(set));
    loadDismissals();
    updateSummary();
    updateButtons();
}

void FindingsDock::loadDismissals()
{
    QSet<QString> keys;
    if (m_set >= 0) {
        if (Document* doc = m_documents ? m_documents->document(m_set) : nullptr) {
            keys = doc->review().dismissedFindings();
        } else if (!m_workspace->set(m_set).info.path.isEmpty()) {
            QString error;
            if (auto review = ReviewState::load(m_workspace->set(m_set).info.path, &error))
                keys = review->dismissedFindings();
            else
                emit statusMessage(error);
        }
    }
    m_model->setDismissedKeys(keys);
}

bool FindingsDock::saveDismissals(const QStringList& keys, bool dismissed, QString* error)
{
    if (Document* doc = m_documents ? m_documents->document(m_set) : nullptr)
        return doc->setFindingsDismissed(keys, dismissed, error);
    const AnnotationSet& set = m_workspace->set(m_set);
    if (set.info.path.isEmpty() || !QFileInfo(set.info.path).isFile())
        return true;   // nothing on disk to keep them beside (an in-memory set)
    return ReviewState::saveDismissedFindings(set.info.path, set.store, m_model->dismissedKeys(), error);
}

// ---- running

void FindingsDock::activate(const QModelIndex& proxyIndex)
{
    const QModelIndex source = m_filter->mapToSource(proxyIndex);
    const QcFinding* finding = m_model->finding(source);
    if (!finding || m_set < 0)
        return;
    const AnnotationStore& store = m_workspace->set(m_set).store;
    ImageKey image{m_set, finding->check == QcCheck::OrphanAnnotation ? -1 : store.imageIndex(finding->imageId)};
    if (image.image < 0)
        image = {};
    QList<CellKey> cells;
    for (qint64 id : finding->annotationIds) {
        const int a = store.annotationIndex(id);
        if (a >= 0 && store.isLive(a))
            cells.append({m_set, a});
    }
    emit findingActivated(image, cells);
}

QStringList FindingsDock::selectedKeys(bool dismissed) const
{
    QStringList keys;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows()) {
        const QString key = i.data(QcFindingsModel::KeyRole).toString();
        if (!key.isEmpty() && i.data(QcFindingsModel::DismissedRole).toBool() == dismissed)
            keys.append(key);
    }
    return keys;
}

void FindingsDock::dismissSelected(bool dismiss)
{
    if (m_set < 0)
        return;
    const QStringList keys = selectedKeys(!dismiss);
    if (keys.isEmpty())
        return;
    for (const QString& key : keys)
        m_model->setDismissed(key, dismiss);
    QString error;
    if (!saveDismissals(keys, dismiss, &error)) {
        QMessageBox::warning(this, tr("Dismiss Findings"), error);
        emit statusMessage(error);
    }
    updateSummary();
    updateButtons();
}

void FindingsDock::setShowDismissed(bool show)
{
    if (m_showDismissed->isChecked() != show)
        m_showDismissed->setChecked(show);
    m_filter->setShowDismissed(show);
    m_view->expandAll();
}

QString FindingsDock::summaryText() const
{
    return m_summary->text();
}

void FindingsDock::updateSummary()
{
    m_summaryTimer->stop();
    if (isRunning())
        return;
    if (m_set < 0) {
        m_summary->setText(tr("Open an annotation file to check it."));
        return;
    }
    if (!m_hasFindings) {
        m_summary->setText(tr("Press Run Checks to look for problems in %1.").arg(m_workspace->set(m_set).info.label()));
        return;
    }
    QString text = tr("%n finding(s)", nullptr, m_model->activeCount()) + tr(" on %n image(s)", nullptr, m_model->activeImageCount());
    if (const int dismissed = m_model->dismissedCount())
        text += tr(", %n dismissed", nullptr, dismissed);
    m_summary->setText(text);
}

void FindingsDock::updateButtons()
{
    const bool running = isRunning();
    m_runButton->setEnabled(m_set >= 0 && !running);
    m_setCombo->setEnabled(!running);
    m_exportButton->setEnabled(m_hasFindings && !running);
    m_dismissButton->setEnabled(!selectedKeys(false).isEmpty());
    m_restoreButton->setEnabled(!selectedKeys(true).isEmpty());
}

// ---- export

bool FindingsDock::exportCsv(const QString& path, QString* error) const
{
    return QcExport::writeCsv(path, m_model->report(), m_model->dismissedKeys(), error);
}

bool FindingsDock::exportJson(const QString& path, QString* error) const
{
    const QString source = m_set >= 0 ? m_workspace->set(m_set).info.path : QString();
    return QcExport::writeJson(path, m_model->report(), source, m_model->dismissedKeys(), error);
}

void FindingsDock::chooseExport(bool json)
{
    if (m_set < 0)
        return;
    const QFileInfo source(m_workspace->set(m_set).info.path);
    const QString suggested = source.dir().filePath(source.completeBaseName() + (json ? QStringLiteral("_qc.json") : QStringLiteral("_qc.csv")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Findings"), suggested,
                                                      json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (json ? exportJson(path, &error) : exportCsv(path, &error))
        emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Export Findings"), error);
}

} // namespace curator
