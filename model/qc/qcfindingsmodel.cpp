#include "model/qc/qcfindingsmodel.h"

#include "model/annotationstore.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace curator {

namespace {

constexpr quintptr kGroupId = 0;   // internalId of group rows; finding rows carry check + 1

bool before(const QcFinding& l, const QcFinding& r)
{
    if (l.imageId != r.imageId)
        return l.imageId < r.imageId;
    return l.annotationIds < r.annotationIds;
}

/** A small swatch the view draws beside the text (the model may not use QStyle's icons). */
QColor severityColour(QcSeverity severity)
{
    switch (severity) {
    case QcSeverity::Error: return QColor(210, 50, 40);
    case QcSeverity::Warning: return QColor(235, 150, 20);
    case QcSeverity::Info: return QColor(60, 120, 200);
    }
    return {};
}

QString formatValue(double value)
{
    if (std::isinf(value))
        return value < 0 ? QStringLiteral("−∞") : QStringLiteral("∞");
    return QLocale().toString(value, 'g', 3);
}

} // namespace

QcFindingsModel::QcFindingsModel(QObject* parent) : QAbstractItemModel(parent) {}

QcFindingsModel::Row QcFindingsModel::makeRow(const QcFinding& finding, const AnnotationStore* store)
{
    Row row{finding, finding.key(), {}};
    if (store && finding.check != QcCheck::OrphanAnnotation) {
        const int image = store->imageIndex(finding.imageId);
        if (image >= 0)
            row.fileName = store->image(image).fileName;
    }
    return row;
}

void QcFindingsModel::setReport(const QcReport& report, const AnnotationStore* store)
{
    beginResetModel();
    for (Group& g : m_groups)
        g.clear();
    for (const QcFinding& f : report.findings)
        m_groups[std::size_t(f.check)].push_back(makeRow(f, store));
    for (Group& g : m_groups)
        std::stable_sort(g.begin(), g.end(), [](const Row& l, const Row& r) { return before(l.finding, r.finding); });
    m_lastRun = report;
    m_lastRun.findings.clear();
    endResetModel();
}

void QcFindingsModel::clear()
{
    setReport({}, nullptr);
}

void QcFindingsModel::replaceImages(const QSet<qint64>& imageIds, const std::vector<QcFinding>& findings,
                                    const AnnotationStore* store)
{
    for (int c = 0; c < kQcCheckCount; ++c) {
        if (QcCheck(c) == QcCheck::OrphanAnnotation)
            continue;
        Group& g = m_groups[std::size_t(c)];
        const QModelIndex parent = groupIndex(QcCheck(c));
        bool changed = false;
        for (int end = int(g.size()); end > 0;) {
            if (!imageIds.contains(g[std::size_t(end - 1)].finding.imageId)) {
                --end;
                continue;
            }
            int first = end - 1;
            while (first > 0 && imageIds.contains(g[std::size_t(first - 1)].finding.imageId))
                --first;
            beginRemoveRows(parent, first, end - 1);
            g.erase(g.begin() + first, g.begin() + end);
            endRemoveRows();
            changed = true;
            end = first;
        }
        for (const QcFinding& f : findings) {
            if (f.check != QcCheck(c) || !imageIds.contains(f.imageId))
                continue;
            const auto at = std::lower_bound(g.begin(), g.end(), f, [](const Row& r, const QcFinding& v) { return before(r.finding, v); });
            const int row = int(at - g.begin());
            beginInsertRows(parent, row, row);
            g.insert(g.begin() + row, makeRow(f, store));
            endInsertRows();
            changed = true;
        }
        if (changed)
            emitGroupChanged(c);
    }
}

void QcFindingsModel::setDismissedKeys(const QSet<QString>& keys)
{
    m_dismissed = keys;
    if (findingCount() == 0)
        return;
    for (int c = 0; c < kQcCheckCount; ++c) {
        const int n = int(m_groups[std::size_t(c)].size());
        if (n == 0)
            continue;
        const QModelIndex parent = groupIndex(QcCheck(c));
        emit dataChanged(index(0, 0, parent), index(n - 1, ColumnCount - 1, parent));
        emitGroupChanged(c);
    }
}

void QcFindingsModel::setDismissed(const QString& key, bool dismissed)
{
    if (m_dismissed.contains(key) == dismissed)
        return;
    if (dismissed)
        m_dismissed.insert(key);
    else
        m_dismissed.remove(key);
    const QModelIndex i = indexOfKey(key);
    if (!i.isValid())
        return;
    emit dataChanged(i, i.siblingAtColumn(ColumnCount - 1));
    emitGroupChanged(int(i.internalId() - 1));
}

void QcFindingsModel::emitGroupChanged(int check)
{
    const QModelIndex g = groupIndex(QcCheck(check));
    emit dataChanged(g, g.siblingAtColumn(ColumnCount - 1));
}

const QcFinding* QcFindingsModel::finding(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupId)
        return nullptr;
    return &m_groups[std::size_t(index.internalId() - 1)][std::size_t(index.row())].finding;
}

QString QcFindingsModel::fileName(const QModelIndex& index) const
{
    if (!finding(index))
        return {};
    return m_groups[std::size_t(index.internalId() - 1)][std::size_t(index.row())].fileName;
}

QModelIndex QcFindingsModel::groupIndex(QcCheck check, int column) const
{
    return createIndex(int(check), column, kGroupId);
}

QModelIndex QcFindingsModel::indexOfKey(const QString& key, int column) const
{
    for (int c = 0; c < kQcCheckCount; ++c) {
        const Group& g = m_groups[std::size_t(c)];
        for (std::size_t r = 0; r < g.size(); ++r) {
            if (g[r].key == key)
                return createIndex(int(r), column, quintptr(c + 1));
        }
    }
    return {};
}

int QcFindingsModel::activeCount(QcCheck check) const
{
    const Group& g = m_groups[std::size_t(check)];
    return int(std::count_if(g.begin(), g.end(), [this](const Row& r) { return !m_dismissed.contains(r.key); }));
}

int QcFindingsModel::activeCount() const
{
    int n = 0;
    for (int c = 0; c < kQcCheckCount; ++c)
        n += activeCount(QcCheck(c));
    return n;
}

int QcFindingsModel::findingCount() const
{
    int n = 0;
    for (const Group& g : m_groups)
        n += int(g.size());
    return n;
}

int QcFindingsModel::dismissedCount() const
{
    return findingCount() - activeCount();
}

int QcFindingsModel::activeImageCount() const
{
    QSet<qint64> images;
    for (int c = 0; c < kQcCheckCount; ++c) {
        if (QcCheck(c) == QcCheck::OrphanAnnotation)
            continue;
        for (const Row& r : m_groups[std::size_t(c)]) {
            if (!m_dismissed.contains(r.key))
                images.insert(r.finding.imageId);
        }
    }
    return int(images.size());
}

QcReport QcFindingsModel::report() const
{
    QcReport r = m_lastRun;
    r.counts.fill(0);
    for (int c = 0; c < kQcCheckCount; ++c) {
        for (const Row& row : m_groups[std::size_t(c)])
            r.findings.push_back(row.finding);
        r.counts[std::size_t(c)] = int(m_groups[std::size_t(c)].size());
    }
    return r;
}

// ---- QAbstractItemModel

QModelIndex QcFindingsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < kQcCheckCount ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.column() != 0 || parent.row() >= kQcCheckCount
        || row >= int(m_groups[std::size_t(parent.row())].size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex QcFindingsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int QcFindingsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return kQcCheckCount;
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return int(m_groups[std::size_t(parent.row())].size());
}

int QcFindingsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant QcFindingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupId)
        return groupData(index.row(), index.column(), role);
    return findingData(m_groups[std::size_t(index.internalId() - 1)][std::size_t(index.row())], index.column(), role);
}

QVariant QcFindingsModel::groupData(int check, int column, int role) const
{
    const QcCheck c = QcCheck(check);
    switch (role) {
    case Qt::DisplayRole:
        if (column == FindingColumn) {
            const int dismissed = int(m_groups[std::size_t(check)].size()) - activeCount(c);
            return dismissed ? tr("%1 (%L2, %L3 dismissed)").arg(qcCheckTitle(c)).arg(activeCount(c)).arg(dismissed)
                             : tr("%1 (%L2)").arg(qcCheckTitle(c)).arg(activeCount(c));
        }
        if (column == SeverityColumn)
            return qcSeverityTitle(qcDefaultSeverity(c));
        return {};
    case SortRole:
        if (column == SeverityColumn)
            return int(qcDefaultSeverity(c));
        if (column == FindingColumn)
            return check;
        return activeCount(c);
    case Qt::ToolTipRole:
        return qcCheckDescription(c);
    case Qt::DecorationRole:
        return column == FindingColumn ? QVariant(severityColour(qcDefaultSeverity(c))) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(activeCount(c) > 0);
        return font;
    }
    case CheckRole:
        return check;
    case IsGroupRole:
        return true;
    case DismissedRole:
        return false;
    default:
        return {};
    }
}

QVariant QcFindingsModel::findingData(const Row& row, int column, int role) const
{
    const QcFinding& f = row.finding;
    const bool dismissed = m_dismissed.contains(row.key);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FindingColumn: return f.message;
        case SeverityColumn: return qcSeverityTitle(f.severity);
        case ImageColumn:
            return row.fileName.isEmpty() ? tr("image %1").arg(f.imageId) : row.fileName;
        case CellsColumn: {
            QStringList ids;
            for (qint64 id : f.annotationIds)
                ids.append(QString::number(id));
            return ids.join(QStringLiteral(", "));
        }
        case ValueColumn:
            return f.hasValue() ? formatValue(f.value) : QString();
        default: return {};
        }
    case SortRole:
        switch (column) {
        case FindingColumn: return f.message;
        case SeverityColumn: return int(f.severity);
        case ImageColumn: return f.imageId;
        case CellsColumn: return f.annotationIds.empty() ? qint64(-1) : f.annotationIds.front();
        case ValueColumn: return f.hasValue() ? f.value : -std::numeric_limits<double>::infinity();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (column == ValueColumn && f.hasValue())
            return qcValueMeaning(f.check);
        return dismissed ? tr("%1\n(dismissed)").arg(f.message) : f.message;
    case Qt::DecorationRole:
        return column == SeverityColumn && !dismissed ? QVariant(severityColour(f.severity)) : QVariant();
    case Qt::ForegroundRole:
        return dismissed ? QVariant(QBrush(QColor(128, 128, 128))) : QVariant();
    case Qt::FontRole:
        if (!dismissed)
            return {};
        {
            QFont font;
            font.setItalic(true);
            return font;
        }
    case KeyRole: return row.key;
    case DismissedRole: return dismissed;
    case CheckRole: return int(f.check);
    case IsGroupRole: return false;
    default: return {};
    }
}

QVariant QcFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FindingColumn: return tr("Finding");
    case SeverityColumn: return tr("Severity");
    case ImageColumn: return tr("Image");
    case CellsColumn: return tr("Cells");
    case ValueColumn: return tr("Value");
    default: return {};
    }
}

} // namespace curator
