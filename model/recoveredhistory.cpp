#include "model/recoveredhistory.h"

#include <QCoreApplication>
#include <QHashFunctions>

#include <algorithm>

namespace curator {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::RecoveredHistory)
};

qint64 idOf(const ImageReviewState& image) { return image.imageId; }
template <typename T>
qint64 idOf(const T& item) { return item.id; }

/** Puts @p from's items into @p into: an item of the same id is replaced. Both sorted by id; stays so. */
template <typename T>
void mergeById(std::vector<T>& into, const std::vector<T>& from, bool replace)
{
    for (const T& item : from) {
        auto it = std::lower_bound(into.begin(), into.end(), idOf(item), [](const T& a, qint64 id) { return idOf(a) < id; });
        if (it == into.end() || idOf(*it) != idOf(item))
            into.insert(it, item);
        else if (replace)
            *it = item;
    }
}
} // namespace

RecoveredHistory::RecoveredHistory(AnnotationSet& set, ReviewState& review)
    : m_set(set), m_review(review), m_replayer(set, review)
{
}

RecoveredHistory::Look RecoveredHistory::look(const Ids& ids) const
{
    const AnnotationStore& store = m_set.store;
    Look look;
    for (qint64 id : ids.cells) {
        CellLook cell{id, false, 0, 0, 0, 0};
        if (const int a = store.annotationIndex(id); a >= 0 && !store.isDeleted(a)) {
            cell = {id, true, store.annotationImageId(a), store.categoryId(a), store.vertexCount(a), 0};
            std::size_t hash = std::size_t(store.ringCount(a));
            for (int r = 0; r < store.ringCount(a); ++r) {
                const std::span<const double> ring = store.ring(a, r);
                hash = qHashBits(ring.data(), ring.size_bytes(), qHash(ring.size(), hash));   // ring sizes count too
            }
            cell.outline = quint64(hash);
        }
        look.cells.push_back(cell);
    }
    for (qint64 id : ids.images)
        look.images.push_back({id, m_review.image(id)});
    for (qint64 id : ids.flags)
        look.flags.push_back({id, m_review.isCellFlagged(id)});
    return look;
}

RecoveredHistory::Ids RecoveredHistory::idsOf(const JournalRecord& record)
{
    Ids ids;
    for (const CellState& c : record.cells)
        ids.cells.push_back(c.id);
    for (const ImageReviewState& i : record.images)
        ids.images.push_back(i.imageId);
    for (const CellFlagState& f : record.cellFlags)
        ids.flags.push_back(f.id);
    for (std::vector<qint64>* list : {&ids.cells, &ids.images, &ids.flags}) {
        std::sort(list->begin(), list->end());
        list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    return ids;
}

void RecoveredHistory::apply(const JournalRecord& record)
{
    const AnnotationStore& store = m_set.store;
    const Ids ids = idsOf(record);
    // The store's states around the record: what a step made of it undoes to and redoes to.
    RecoveredStep step;
    step.kind = record.kind;
    step.text = record.text;
    for (qint64 id : ids.cells) {
        RecoveredStep::Cell cell{id, false, {}, {}};
        if (const int a = store.annotationIndex(id); a >= 0) {
            cell.existedBefore = true;
            cell.before = store.snapshot(a);
        }
        step.cells.push_back(cell);
    }
    for (qint64 id : ids.images)
        step.images.push_back({id, m_review.image(id), {}});
    for (qint64 id : ids.flags)
        step.flags.push_back({id, m_review.isCellFlagged(id), false});
    Look before = look(ids);

    m_replayer.apply(record);

    Look after = look(ids);
    // An undo or redo of a step: the states are then exactly the step's own (where the record stated in
    // full an outline that is as in the file, the replay left the cell "edited", with its area computed).
    if (record.operation == QLatin1String("undo") && m_index > 0 && after == m_entries[std::size_t(m_index - 1)].before) {
        --m_index;
        restoreStep(m_entries[std::size_t(m_index)].step, true, m_set.store, m_review);
        return;
    }
    if (record.operation == QLatin1String("redo") && m_index < int(m_entries.size())
        && after == m_entries[std::size_t(m_index)].after) {
        restoreStep(m_entries[std::size_t(m_index)].step, false, m_set.store, m_review);
        ++m_index;
        return;
    }
    // A cell on an image the file no longer has was left out: it is in neither state.
    std::erase_if(step.cells, [&](const RecoveredStep::Cell& c) { return !c.existedBefore && store.annotationIndex(c.id) < 0; });
    for (RecoveredStep::Cell& cell : step.cells)
        cell.after = store.snapshot(store.annotationIndex(cell.id));
    for (RecoveredStep::Image& image : step.images)
        image.after = m_review.image(image.id);
    for (RecoveredStep::Flag& flag : step.flags)
        flag.after = m_review.isCellFlagged(flag.id);
    if (step.cells.empty() && step.images.empty() && step.flags.empty())
        return;   // it changed nothing here: no step that undoes nothing

    if (record.operation == QLatin1String("do") && record.merged && m_index > 0) {
        m_entries.resize(std::size_t(m_index));   // QUndoStack drops the steps above before merging too
        Entry& last = m_entries.back();
        mergeById(last.step.cells, step.cells, false);
        for (RecoveredStep::Cell& cell : last.step.cells) {
            if (const int a = store.annotationIndex(cell.id); a >= 0)
                cell.after = store.snapshot(a);
        }
        mergeById(last.step.images, step.images, false);
        for (RecoveredStep::Image& image : last.step.images)
            image.after = m_review.image(image.id);
        mergeById(last.step.flags, step.flags, false);
        for (RecoveredStep::Flag& flag : last.step.flags)
            flag.after = m_review.isCellFlagged(flag.id);
        last.before.merge(before, false);
        last.after.merge(after, true);
        return;
    }
    if (record.operation == QLatin1String("undo"))
        step.text = Text::tr("Undone: %1").arg(record.text);   // an undo of what the journal does not hold
    m_entries.resize(std::size_t(m_index));   // a new step drops those above it, as QUndoStack does
    m_entries.push_back({std::move(step), std::move(before), std::move(after)});
    ++m_index;
}

void restoreStep(const RecoveredStep& step, bool before, AnnotationStore& store, ReviewState& review)
{
    for (const RecoveredStep::Cell& cell : step.cells) {
        const int a = store.annotationIndex(cell.id);
        if (!before)
            store.restore(a, cell.after);
        else if (cell.existedBefore)
            store.restore(a, cell.before);
        else
            store.setDeleted(a, true);
    }
    for (const RecoveredStep::Image& image : step.images)
        review.setImage(image.id, before ? image.before : image.after);
    for (const RecoveredStep::Flag& flag : step.flags)
        review.setCellFlagged(flag.id, before ? flag.before : flag.after);
}

void RecoveredHistory::Look::merge(const Look& other, bool replace)
{
    mergeById(cells, other.cells, replace);
    mergeById(images, other.images, replace);
    mergeById(flags, other.flags, replace);
}

std::vector<RecoveredStep> RecoveredHistory::takeSteps()
{
    std::vector<RecoveredStep> steps;
    steps.reserve(m_entries.size());
    for (Entry& entry : m_entries)
        steps.push_back(std::move(entry.step));
    m_entries.clear();
    return steps;
}

} // namespace curator
