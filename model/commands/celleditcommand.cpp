#include "model/commands/celleditcommand.h"

#include "model/document.h"

#include <QCoreApplication>

namespace curator {

namespace {
/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::CellEditCommand)
};
} // namespace

CellEditCommand::CellEditCommand(Document* document, CommandKind kind, const QString& text,
                                 std::vector<CellChange> changes, int dragSerial)
    : m_document(document), m_kind(kind), m_changes(std::move(changes)), m_dragSerial(dragSerial)
{
    setText(text);
}

AnnotationStore& CellEditCommand::store() const { return m_document->mutableStore(); }

std::vector<qint64> CellEditCommand::idList() const
{
    std::vector<qint64> ids;
    ids.reserve(m_changes.size());
    for (const CellChange& c : m_changes)
        ids.push_back(c.id);
    return ids;
}

QList<qint64> CellEditCommand::ids() const
{
    const std::vector<qint64> list = idList();
    return QList<qint64>(list.begin(), list.end());
}

void CellEditCommand::redo()
{
    AnnotationStore& s = store();
    bool first = false;
    for (CellChange& c : m_changes) {
        if (c.applied) {
            s.restore(s.annotationIndex(c.id), c.after);
            continue;
        }
        first = true;
        int a = -1;
        if (c.action == CellChange::Action::Add) {
            a = s.addAnnotation(c.id, c.imageIndex, c.categoryId, c.rings);
        } else {
            a = s.annotationIndex(c.id);
            c.before = s.snapshot(a);
            if (c.action == CellChange::Action::Delete)
                s.setDeleted(a, true);
            else
                s.setRings(a, c.rings);
        }
        c.after = s.snapshot(a);
        c.applied = true;
        c.rings = {};
    }
    const std::vector<qint64> ids = idList();
    m_document->noteCells(m_kind, text(), ids, first ? EditOperation::Do : EditOperation::Redo);
}

void CellEditCommand::undo()
{
    AnnotationStore& s = store();
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it) {
        const int a = s.annotationIndex(it->id);
        if (it->action == CellChange::Action::Add)
            s.setDeleted(a, true);
        else
            s.restore(a, it->before);
    }
    const std::vector<qint64> ids = idList();
    m_document->noteCells(m_kind, text(), ids, EditOperation::Undo);
}

bool CellEditCommand::absorb(const QUndoCommand* other, bool anyKind)
{
    const auto* o = dynamic_cast<const CellEditCommand*>(other);
    if (!o || (!anyKind && o->m_kind != m_kind) || m_dragSerial == 0 || o->m_dragSerial != m_dragSerial
        || o->m_changes.size() != m_changes.size())
        return false;
    for (std::size_t i = 0; i < m_changes.size(); ++i) {
        if (m_changes[i].id != o->m_changes[i].id || m_changes[i].action != CellChange::Action::Replace
            || !o->m_changes[i].applied)
            return false;
    }
    for (std::size_t i = 0; i < m_changes.size(); ++i)
        m_changes[i].after = o->m_changes[i].after;
    m_document->noteMerged();
    return true;
}

int CellEditCommand::editableIndex(const Document& document, qint64 id, bool needPolygon, QString* error)
{
    const AnnotationStore& s = document.store();
    const int a = s.annotationIndex(id);
    QString problem;
    if (a < 0 || !s.isLive(a))
        problem = Text::tr("Cell %1 does not exist (it may have been deleted).").arg(id);
    else if (document.isAmbiguousId(id))
        problem = Text::tr("Cell id %1 occurs more than once in the file; it cannot be edited safely.").arg(id);
    else if (s.annotationImage(a) < 0)
        problem = Text::tr("Cell %1 belongs to an image that is not in the file.").arg(id);
    else if (needPolygon && s.segmentationKind(a) != SegmentationKind::Polygon)
        problem = Text::tr("Cell %1 is stored as a mask (RLE), not a polygon; its outline cannot be edited.").arg(id);
    if (problem.isEmpty())
        return a;
    if (error)
        *error = problem;
    return -1;
}

} // namespace curator
