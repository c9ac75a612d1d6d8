#pragma once

#include "model/annotationstore.h"
#include "model/commands/commandids.h"

#include <QList>
#include <QUndoCommand>

#include <vector>

namespace curator {

class Document;

/** What an edit does to one annotation, named by its COCO id. */
struct CellChange
{
    enum class Action : quint8 { Replace, Add, Delete };
    qint64 id = 0;
    Action action = Action::Replace;
    Rings rings;              ///< the new geometry (Replace, Add); dropped once applied
    int imageIndex = -1;      ///< Add only
    qint64 categoryId = 0;    ///< Add only

    // Filled by the first redo(): the store's exact states to restore (AnnotationStore::Snapshot
    // costs no copy of the geometry, so undo and redo cost what the edit changed).
    bool applied = false;
    AnnotationStore::Snapshot before;
    AnnotationStore::Snapshot after;

    static CellChange replace(qint64 id, Rings rings)
    {
        CellChange c;
        c.id = id;
        c.rings = std::move(rings);
        return c;
    }
    static CellChange add(qint64 id, Rings rings, int imageIndex, qint64 categoryId)
    {
        CellChange c = replace(id, std::move(rings));
        c.action = Action::Add;
        c.imageIndex = imageIndex;
        c.categoryId = categoryId;
        return c;
    }
    static CellChange remove(qint64 id)
    {
        CellChange c;
        c.id = id;
        c.action = Action::Delete;
        return c;
    }
};

/**
 * Base of the commands that change annotations: applies a list of CellChange on the first redo,
 * then switches between the recorded before/after snapshots. A deleted or undone-added annotation
 * stays in the store flagged Deleted, so its command can bring it back exactly; the unedited state
 * is restored too, which keeps export byte-exact after undo.
 */
class CellEditCommand : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;

    CommandKind kind() const { return m_kind; }
    /** The ids this command changes, in order. */
    QList<qint64> ids() const;

    /**
     * The store index of @p id if the user may edit it: it exists once in the file, is live, lies
     * on a known image and (when @p needPolygon) is a polygon. Else -1 and a translated reason.
     */
    static int editableIndex(const Document& document, qint64 id, bool needPolygon, QString* error);

protected:
    CellEditCommand(Document* document, CommandKind kind, const QString& text, std::vector<CellChange> changes,
                    int dragSerial = 0);

    /**
     * mergeWith() helper: takes over @p other's result when it changes the same cells within the
     * same drag (and, unless @p anyKind, is the same kind of command).
     */
    bool absorb(const QUndoCommand* other, bool anyKind = false);
    Document* document() const { return m_document; }
    int dragSerial() const { return m_dragSerial; }

private:
    AnnotationStore& store() const;
    std::vector<qint64> idList() const;

    Document* m_document;
    CommandKind m_kind;
    std::vector<CellChange> m_changes;
    int m_dragSerial;
};

} // namespace curator
