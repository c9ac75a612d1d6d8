#include "model/imagebrowsermodel.h"

#include "model/review/reviewcolumns.h"
#include "model/review/reviewevaluation.h"

#include <QLocale>

#include <climits>

namespace curator {

QString formatTimePoint(int minutes)
{
    if (minutes < 0)
        return {};
    const int days = minutes / (24 * 60);
    const int hours = minutes / 60 % 24;
    const int rest = minutes % 60;
    QString text = ImageBrowserModel::tr("%1d %2h").arg(days).arg(hours, 2, 10, QLatin1Char('0'));
    if (rest)
        text += ImageBrowserModel::tr(" %1m").arg(rest, 2, 10, QLatin1Char('0'));
    return text;
}

namespace {

/** Plate order: A1, A2, …, A10, B1 (not the string order A1, A10, A2). */
int wellSortKey(const QString& well)
{
    if (well.isEmpty())
        return INT_MAX;
    return (well.at(0).unicode() - 'A') * 1000 + QStringView(well).mid(1).toInt();
}

} // namespace

ImageBrowserModel::ImageBrowserModel(Workspace* workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::aboutToReset, this, [this] { beginResetModel(); m_rows.clear(); });
    connect(workspace, &Workspace::reset, this, [this] { rebuild(); endResetModel(); });
    connect(workspace, &Workspace::annotationsChanged, this, &ImageBrowserModel::updateCount);
    rebuild();
}

void ImageBrowserModel::rebuild()
{
    m_rows.clear();
    m_setOffset.clear();
    std::size_t total = std::size_t(m_workspace->unannotatedImages().size());
    for (int s = 0; s < m_workspace->setCount(); ++s)
        total += std::size_t(m_workspace->set(s).store.imageCount());
    m_rows.reserve(total);
    for (int s = 0; s < m_workspace->setCount(); ++s) {
        m_setOffset.push_back(int(m_rows.size()));
        const AnnotationStore& store = m_workspace->set(s).store;
        for (int i = 0; i < store.imageCount(); ++i) {
            const ImageRecord& rec = store.image(i);
            m_rows.push_back({{s, i}, rec.fileName, rec.name, store.liveAnnotationCountOfImage(i)});
        }
    }
    m_setOffset.push_back(int(m_rows.size()));
    const QStringList& unannotated = m_workspace->unannotatedImages();
    for (int i = 0; i < unannotated.size(); ++i)
        m_rows.push_back({{-1, i}, unannotated[i], LivecellName::parse(unannotated[i]), -1});
}

int ImageBrowserModel::rowOf(ImageKey key) const
{
    const int set = key.set < 0 ? int(m_setOffset.size()) - 1 : key.set;
    if (set < 0 || set >= int(m_setOffset.size()) || key.image < 0)
        return -1;
    const int r = m_setOffset[std::size_t(set)] + key.image;
    return r < int(m_rows.size()) && m_rows[std::size_t(r)].key == key ? r : -1;
}

int ImageBrowserModel::rowOfFile(const QString& fileName, int preferredSet) const
{
    const std::vector<ImageKey> keys = m_workspace->imagesNamed(fileName);
    for (const ImageKey& k : keys) {
        if (k.set == preferredSet)
            return rowOf(k);
    }
    if (!keys.empty())
        return rowOf(keys.front());
    const int i = int(m_workspace->unannotatedImages().indexOf(fileName));
    return i >= 0 ? rowOf({-1, i}) : -1;
}

void ImageBrowserModel::setReview(const ReviewEvaluation* review)
{
    if (m_review)
        disconnect(m_review, nullptr, this, nullptr);
    m_review = review;
    if (review) {
        connect(review, &ReviewEvaluation::classesChanged, this, &ImageBrowserModel::reviewChanged);
        connect(review, &QObject::destroyed, this, [this] { m_review = nullptr; });
    }
    reviewChanged();
}

bool ImageBrowserModel::hasPredictions() const
{
    return m_review && m_review->hasPredictions();
}

void ImageBrowserModel::reviewChanged()
{
    if (!m_rows.empty())
        emit dataChanged(index(0, ApColumn), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, ApColumn, ColumnCount - 1);
}

void ImageBrowserModel::updateCount(int set, int image)
{
    const int r = rowOf({set, image});
    if (r < 0)
        return;
    m_rows[std::size_t(r)].cells = m_workspace->set(set).store.liveAnnotationCountOfImage(image);
    emit dataChanged(index(r, CellsColumn), index(r, CellsColumn));
}

int ImageBrowserModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImageBrowserModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImageBrowserModel::setLabel(int set) const
{
    if (set < 0)
        return tr("unannotated");
    return m_workspace->set(set).info.label();
}

QVariant ImageBrowserModel::display(const Row& r, int column) const
{
    switch (Column(column)) {
    case NameColumn: return r.fileName;
    case CellTypeColumn: return cellTypeName(r.name.cellType);
    case SetColumn: return r.key.set < 0 ? QStringLiteral("–") : setLabel(r.key.set);
    case WellColumn: return r.name.well;
    case TimeColumn: return formatTimePoint(r.name.minutes);
    case CellsColumn: return r.cells < 0 ? QVariant() : QVariant(QLocale().toString(r.cells));
    case ColumnCount: break;
    default: return reviewDisplay(m_review, r.key, column - ApColumn);
    }
    return {};
}

QVariant ImageBrowserModel::sortValue(const Row& r, int column) const
{
    switch (Column(column)) {
    case NameColumn: return r.fileName;
    case CellTypeColumn: return int(r.name.cellType);
    case SetColumn: return r.key.set < 0 ? INT_MAX : r.key.set;
    case WellColumn: return wellSortKey(r.name.well);
    case TimeColumn: return r.name.minutes;
    case CellsColumn: return r.cells;
    case ColumnCount: break;
    default: return reviewSortValue(m_review, r.key, column - ApColumn);
    }
    return {};
}

QVariant ImageBrowserModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(r, index.column());
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? QVariant(r.fileName)
               : index.column() == SetColumn ? QVariant(r.key.set < 0 ? tr("No loaded annotation file refers to this image")
                                                                       : m_workspace->set(r.key.set).info.description())
                                             : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= CellsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole: return sortValue(r, index.column());
    case SetIndexRole: return r.key.set;
    case ImageIndexRole: return r.key.image;
    case CellTypeRole: return int(r.name.cellType);
    case SeriesKeyRole: return r.name.seriesKey();
    case MinutesRole: return r.name.minutes;
    case FileNameRole: return r.fileName;
    default: return {};
    }
}

QVariant ImageBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= ApColumn && section < ColumnCount
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return reviewHeader(m_review, section - ApColumn, role);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Image");
    case CellTypeColumn: return tr("Cell type");
    case SetColumn: return tr("Set");
    case WellColumn: return tr("Well");
    case TimeColumn: return tr("Time");
    case CellsColumn: return tr("Cells");
    default: break;
    }
    return {};
}

} // namespace curator
