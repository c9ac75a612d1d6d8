#include "model/celltablemodel.h"

#include "model/io/rle.h"

#include <QLocale>

#include <cmath>

namespace curator {

namespace {

/** A mask without an "area" or "bbox" field (detectron2 results carry neither): as pycocotools' loadRes derives them. */
Rle maskOf(const AnnotationStore& store, int a)
{
    const RleView view = store.rle(a);
    return Rle::fromAnnotation(store, a, view.height, view.width);
}

std::array<double, 4> bboxOf(const AnnotationStore& store, int a)
{
    if (store.bbox(a) == std::array<double, 4>{} && CellTableModel::isMask(store, a))
        return maskOf(store, a).bbox();
    return store.bbox(a);
}

} // namespace

bool CellTableModel::isMask(const AnnotationStore& store, int annotation)
{
    const SegmentationKind kind = store.segmentationKind(annotation);
    return kind != SegmentationKind::Polygon && kind != SegmentationKind::None;
}

double CellTableModel::area(const AnnotationStore& store, int annotation)
{
    if (store.area(annotation) == 0 && isMask(store, annotation))
        return maskOf(store, annotation).area();
    return store.area(annotation);
}

CellTableModel::CellTableModel(Workspace* workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::aboutToReset, this, [this] {
        beginResetModel();
        m_cells.clear();
        m_rowOf.clear();
    });
    connect(workspace, &Workspace::reset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(workspace, &Workspace::annotationsChanged, this, &CellTableModel::onAnnotationsChanged);
}

void CellTableModel::setImage(const QString& baseName)
{
    beginResetModel();
    m_image = baseName;
    rebuild();
    endResetModel();
}

void CellTableModel::setReview(const ReviewEvaluation* review)
{
    if (m_review)
        disconnect(m_review, nullptr, this, nullptr);
    m_review = review;
    if (review) {
        connect(review, &ReviewEvaluation::classesChanged, this, &CellTableModel::updateMatches);
        connect(review, &QObject::destroyed, this, [this] {
            m_review = nullptr;
            m_matches.clear();
        });
    }
    updateMatches();
}

bool CellTableModel::hasMatches() const
{
    return m_review && m_review->hasPredictions();
}

void CellTableModel::fetchMatches()
{
    m_matches.clear();
    if (m_review && !m_image.isEmpty())
        for (const ImageKey& k : m_workspace->imagesNamed(m_image))
            if (k.set == m_review->groundTruthSet())
                m_matches = m_review->matchesOf(k.image);
}

void CellTableModel::updateMatches()
{
    fetchMatches();
    if (!m_cells.empty())
        emit dataChanged(index(0, MatchColumn), index(rowCount() - 1, MatchIouColumn));
    emit headerDataChanged(Qt::Horizontal, MatchColumn, MatchIouColumn);
}

void CellTableModel::rebuild()
{
    m_cells.clear();
    m_rowOf.clear();
    fetchMatches();
    if (m_image.isEmpty())
        return;
    for (const Workspace::Layer& layer : m_workspace->layersFor(m_image)) {
        for (quint32 a : *layer.annotations) {
            m_rowOf.insert(key({layer.set, int(a)}), int(m_cells.size()));
            m_cells.push_back({layer.set, int(a)});
        }
    }
}

void CellTableModel::onAnnotationsChanged(int set, int image)
{
    if (m_image.isEmpty() || image < 0 || m_workspace->fileName({set, image}) != m_image)
        return;
    beginResetModel();
    rebuild();
    endResetModel();
}

int CellTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int CellTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList CellTableModel::flagWords(const AnnotationStore& store, int a)
{
    QStringList words;
    if (store.isCrowd(a))
        words << tr("crowd");
    const quint8 flags = store.flags(a);
    if (flags & AnnotationStore::Added)
        words << tr("added");
    else if (flags & AnnotationStore::Edited)
        words << tr("edited");
    const SegmentationKind kind = store.segmentationKind(a);
    if (kind == SegmentationKind::RleCompressed || kind == SegmentationKind::RleUncompressed)
        words << tr("RLE");
    else if (kind == SegmentationKind::None)
        words << tr("no geometry");
    else if (store.ringCount(a) > 1)
        words << tr("%n rings", nullptr, store.ringCount(a));
    else if (store.vertexCount(a) < 3)
        words << tr("degenerate");
    return words;
}

QVariant CellTableModel::display(CellKey c, int column) const
{
    const AnnotationStore& store = m_workspace->set(c.set).store;
    const QLocale locale;
    switch (Column(column)) {
    case IdColumn: return QString::number(store.annotationId(c.annotation));
    case SetColumn: return m_workspace->set(c.set).info.label();
    case AreaColumn: return locale.toString(area(store, c.annotation), 'f', 1);
    case VerticesColumn:
        if (isMask(store, c.annotation))
            return tr("mask", "a cell given as a run-length mask, which has no vertices");
        return locale.toString(qulonglong(store.vertexCount(c.annotation)));
    case BBoxColumn: {
        const auto b = bboxOf(store, c.annotation);
        return QStringLiteral("%1,%2 %3×%4").arg(b[0], 0, 'f', 0).arg(b[1], 0, 'f', 0)
            .arg(b[2], 0, 'f', 0).arg(b[3], 0, 'f', 0);
    }
    case ScoreColumn: {
        const double s = store.score(c.annotation);
        return std::isnan(s) ? QVariant() : QVariant(locale.toString(s, 'f', 3));
    }
    case MatchColumn: return matchWord(m_matches.value(key(c)).cls);
    case MatchIouColumn: {
        const ReviewEvaluation::CellMatch m = m_matches.value(key(c));
        return m.iou > 0 ? QVariant(locale.toString(m.iou, 'f', 3)) : QVariant();
    }
    case FlagsColumn: return flagWords(store, c.annotation).join(QStringLiteral(", "));
    case ColumnCount: break;
    }
    return {};
}

QString CellTableModel::matchWord(ReviewEvaluation::CellClass cls)
{
    using C = ReviewEvaluation::CellClass;
    switch (cls) {
    case C::TruePositive: return tr("TP", "a matched cell");
    case C::FalseNegative: return tr("FN", "a missed ground-truth cell");
    case C::FalsePositive: return tr("FP", "a spurious prediction");
    case C::Ignored: return tr("ignored", "a prediction matched to a crowd region");
    case C::None: break;
    }
    return {};
}

QVariant CellTableModel::sortValue(CellKey c, int column) const
{
    const AnnotationStore& store = m_workspace->set(c.set).store;
    switch (Column(column)) {
    case IdColumn: return store.annotationId(c.annotation);
    case SetColumn: return c.set;
    case AreaColumn: return area(store, c.annotation);
    case VerticesColumn: return isMask(store, c.annotation) ? -1.0 : double(store.vertexCount(c.annotation));
    case BBoxColumn: {
        const auto b = bboxOf(store, c.annotation);
        return b[1] * 1e5 + b[0];
    }
    case ScoreColumn: return std::isnan(store.score(c.annotation)) ? -1.0 : store.score(c.annotation);
    case MatchColumn: {
        // Problems first: missed, spurious, matched, ignored, then the cells nothing classified.
        using C = ReviewEvaluation::CellClass;
        switch (m_matches.value(key(c)).cls) {
        case C::FalseNegative: return 0;
        case C::FalsePositive: return 1;
        case C::TruePositive: return 2;
        case C::Ignored: return 3;
        case C::None: break;
        }
        return 4;
    }
    case MatchIouColumn: {
        const ReviewEvaluation::CellMatch m = m_matches.value(key(c));
        return m.iou > 0 ? m.iou : -1.0;
    }
    case FlagsColumn: return flagWords(store, c.annotation).join(u',');
    case ColumnCount: break;
    }
    return {};
}

QVariant CellTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CellKey c = m_cells[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(c, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == AreaColumn || index.column() == VerticesColumn || index.column() == ScoreColumn
                       || index.column() == MatchIouColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        // The column is sized for "results…"; longer labels (a results file's name) are cut, so name it in full.
        return index.column() == SetColumn ? QVariant(m_workspace->set(c.set).info.description()) : QVariant();
    case SortRole: return sortValue(c, index.column());
    case SetIndexRole: return c.set;
    case AnnotationIndexRole: return c.annotation;
    default: return {};
    }
}

QVariant CellTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case AreaColumn: return tr("Area in square pixels: the annotation's area field, or a mask's pixel count when the file gives none");
        case VerticesColumn: return tr("Polygon vertices; \"mask\" for a run-length mask, which has none");
        case BBoxColumn: return tr("Left, top, width × height in pixels");
        case ScoreColumn: return tr("Detection score, for results files");
        case MatchColumn:
            return tr("How the model review classes the cell at its IoU and score thresholds: matched (TP), missed (FN), "
                      "spurious (FP) or matched to a crowd region (ignored)");
        case MatchIouColumn: return tr("Mask IoU of a matched cell with its match");
        default: return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn: return tr("Id");
    case SetColumn: return tr("Set");
    case AreaColumn: return tr("Area");
    case VerticesColumn: return tr("Vertices");
    case BBoxColumn: return tr("Bounding box");
    case ScoreColumn: return tr("Score");
    case MatchColumn: return tr("Match");
    case MatchIouColumn: return tr("IoU");
    case FlagsColumn: return tr("Flags");
    case ColumnCount: break;
    }
    return {};
}

} // namespace curator
