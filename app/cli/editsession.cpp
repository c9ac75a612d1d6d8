// livecell-cli edit-session: applies pseudo-random edits through the editing document (the API the
// GUI's tools call), journaled like the application, then optionally waits to be killed. The
// crash-recovery tests run it, kill it with SIGKILL and restore its edits from the journal.
#include "app/cli/command.h"
#include "app/cli/common.h"
#include "model/document.h"
#include "model/io/cocowriter.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <QUndoStack>

namespace curator::cli {
namespace {

struct Session
{
    Document& doc;
    QRandomGenerator rng;
    int applied = 0;
    int refused = 0;

    double uniform(double lo, double hi) { return lo + (hi - lo) * rng.generateDouble(); }
    int below(int n) { return n > 0 ? int(rng.bounded(n)) : 0; }
    bool count(bool ok) { ++(ok ? applied : refused); return ok; }
};

/** A random live polygon cell; 0 when the file has none. */
qint64 randomCell(Session& s, int* image = nullptr)
{
    const AnnotationStore& store = s.doc.store();
    for (int attempt = 0; attempt < 50 && store.imageCount() > 0; ++attempt) {
        const int i = s.below(store.imageCount());
        const auto& cells = store.annotationsOfImage(i);
        if (cells.empty())
            continue;
        const int a = int(cells[std::size_t(s.below(int(cells.size())))]);
        if (store.segmentationKind(a) != SegmentationKind::Polygon)
            continue;
        if (image)
            *image = i;
        return store.annotationId(a);
    }
    return 0;
}

QPointF boxCentre(const AnnotationStore& store, qint64 id)
{
    const auto b = store.bbox(store.annotationIndex(id));
    return {b[0] + b[2] / 2, b[1] + b[3] / 2};
}

bool dragCells(Session& s)
{
    const qint64 id = randomCell(s);
    bool ok = id != 0;
    s.doc.beginDrag();
    for (int step = 0, n = 2 + s.below(5); ok && step < n; ++step)
        ok = s.doc.moveCells({id}, {s.uniform(-3, 3), s.uniform(-3, 3)});
    s.doc.endDrag();
    return s.count(ok);
}

bool dragVertex(Session& s)
{
    const qint64 id = randomCell(s);
    if (!id)
        return s.count(false);
    const auto ring = s.doc.store().ring(s.doc.store().annotationIndex(id), 0);
    const int v = s.below(int(ring.size() / 2));
    QPointF p(ring[2 * std::size_t(v)], ring[2 * std::size_t(v) + 1]);
    bool ok = true;
    s.doc.beginDrag();
    for (int step = 0, n = 2 + s.below(5); ok && step < n; ++step) {
        p += QPointF(s.uniform(-1, 1), s.uniform(-1, 1));
        ok = s.doc.moveVertex(id, 0, v, p);
    }
    s.doc.endDrag();
    return s.count(ok);
}

bool editVertex(Session& s, bool insert)
{
    const qint64 id = randomCell(s);
    if (!id)
        return s.count(false);
    const auto ring = s.doc.store().ring(s.doc.store().annotationIndex(id), 0);
    const int n = int(ring.size() / 2), v = s.below(n), w = (v + 1) % n;
    if (!insert)
        return s.count(s.doc.deleteVertex(id, 0, v));
    const QPointF mid((ring[2 * std::size_t(v)] + ring[2 * std::size_t(w)]) / 2,
                      (ring[2 * std::size_t(v) + 1] + ring[2 * std::size_t(w) + 1]) / 2);
    return s.count(s.doc.insertVertex(id, 0, v, mid));
}

bool addCell(Session& s)
{
    const AnnotationStore& store = s.doc.store();
    if (store.imageCount() == 0)
        return s.count(false);
    const int image = s.below(store.imageCount());
    const ImageBounds b = s.doc.boundsOf(image);
    const QPointF c(s.uniform(10, std::max(11.0, b.width - 10)), s.uniform(10, std::max(11.0, b.height - 10)));
    const double r = s.uniform(4, 9);
    const QPolygonF square({c + QPointF(-r, -r), c + QPointF(r, -r), c + QPointF(r, r), c + QPointF(-r, r)});
    return s.count(s.doc.addCell(image, square).has_value());
}

bool mergeNeighbours(Session& s)
{
    int image = -1;
    const qint64 id = randomCell(s, &image);
    qint64 nearest = 0;
    double best = 1e18;
    for (quint32 a : s.doc.store().annotationsOfImage(image)) {
        const qint64 other = s.doc.store().annotationId(int(a));
        const QPointF d = boxCentre(s.doc.store(), other) - boxCentre(s.doc.store(), id);
        if (other != id && QPointF::dotProduct(d, d) < best) {
            best = QPointF::dotProduct(d, d);
            nearest = other;
        }
    }
    return s.count(id && nearest && s.doc.mergeCells({id, nearest}).has_value());
}

bool splitCell(Session& s)
{
    const qint64 id = randomCell(s);
    if (!id)
        return s.count(false);
    const auto b = s.doc.store().bbox(s.doc.store().annotationIndex(id));
    const double y = b[1] + b[3] * s.uniform(0.3, 0.7);
    return s.count(s.doc.splitCell(id, QPolygonF({QPointF(b[0] - 5, y), QPointF(b[0] + b[2] + 5, y)})).has_value());
}

bool reviewEdit(Session& s)
{
    const int images = s.doc.store().imageCount();
    switch (s.below(4)) {
    case 0: return s.count(s.doc.setImagesReviewed({s.below(images)}, s.rng.bounded(2) == 0));
    case 1: return s.count(s.doc.setImagesFlagged({s.below(images)}, true));
    case 2: return s.count(s.doc.setImageNote(s.below(images), QStringLiteral("note %1 – ünïcode\n2nd line").arg(s.below(100))));
    default: {
        const qint64 id = randomCell(s);
        return s.count(id && s.doc.setCellsFlagged({id}, s.rng.bounded(2) == 0));
    }
    }
}

void randomEdit(Session& s)
{
    QUndoStack* stack = s.doc.undoStack();
    switch (s.below(12)) {
    case 0: dragCells(s); break;
    case 1: dragVertex(s); break;
    case 2: editVertex(s, true); break;
    case 3: editVertex(s, false); break;
    case 4: addCell(s); break;
    case 5: s.count(s.doc.deleteCells({randomCell(s)})); break;
    case 6: mergeNeighbours(s); break;
    case 7: splitCell(s); break;
    case 8: reviewEdit(s); break;
    case 9: s.count(stack->canUndo()); stack->undo(); break;
    case 10: s.count(stack->canRedo()); stack->redo(); break;
    default: {
        s.doc.beginMacro(QStringLiteral("batch"));
        dragCells(s);
        addCell(s);
        s.doc.endMacro();
    }
    }
}

bool writeExpected(const Document& doc, const QString& path)
{
    QString error;
    const auto bytes = CocoWriter::toBytes(doc.set(), &error);
    QFile coco(path), review(path + QStringLiteral(".review"));
    const QByteArray reviewJson = doc.review().toJson(doc.store());
    if (!bytes || !coco.open(QIODevice::WriteOnly) || coco.write(*bytes) != bytes->size() || !review.open(QIODevice::WriteOnly)
        || review.write(reviewJson) != reviewJson.size()) {
        err() << path << ": cannot write the expected state " << error << "\n";
        return false;
    }
    return true;
}

void hangWhileSaving(Document& doc, const QString& target)
{
    QString error;
    doc.saveAs(target, &error, [](qint64 done, qint64) {
        if (done > 0) {
            out() << "saving\n";
            out().flush();
            QThread::sleep(300); // killed here by the test, half-way through the save
        }
        return true;
    });
}

int run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Test helper: applies pseudo-random edits (moves, vertex edits, add/delete/merge/split, review, undo/redo) "
        "through the editing document with the crash journal on, prints 'ready', and optionally waits to be killed."));
    parser.addPositionalArgument(QStringLiteral("ANNOTATIONS.json"), QStringLiteral("file to edit (never written unless --save-as)"));
    const QCommandLineOption edits(QStringLiteral("edits"), QStringLiteral("number of edits (default 50)"), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("random seed (default 1)"), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption expect(QStringLiteral("expect"), QStringLiteral("write the edited COCO JSON (and .review) here before 'ready'"), QStringLiteral("FILE"));
    const QCommandLineOption wait(QStringLiteral("wait"), QStringLiteral("after 'ready', wait up to SECONDS to be killed"), QStringLiteral("SECONDS"));
    const QCommandLineOption hang(QStringLiteral("hang-in-save"), QStringLiteral("save as FILE and stop half-way (print 'saving')"), QStringLiteral("FILE"));
    parser.addOptions({edits, seed, expect, wait, hang});
    if (const int rc = processArguments(parser, args, 1, 1); rc >= 0)
        return rc;
    QString error;
    auto doc = Document::open(parser.positionalArguments()[0], &error);
    if (!doc || !doc->startJournal(&error)) {
        err() << error << "\n";
        return 2;
    }
    Session session{*doc, QRandomGenerator(parser.value(seed).toUInt())};
    for (int i = 0, n = parser.value(edits).toInt(); i < n; ++i)
        randomEdit(session);
    if (parser.isSet(expect) && !writeExpected(*doc, parser.value(expect)))
        return 1;
    out() << "applied " << session.applied << " edits, " << session.refused << " refused\n";
    if (parser.isSet(hang))
        hangWhileSaving(*doc, parser.value(hang));
    out() << "ready\n";
    out().flush();
    QElapsedTimer timer;
    timer.start();
    while (parser.isSet(wait) && timer.elapsed() < parser.value(wait).toLongLong() * 1000)
        QThread::msleep(50);
    doc->discardJournal();
    return 0;
}

} // namespace

CURATOR_CLI_COMMAND(editsession, "edit-session", "Test helper: scripted, journaled edits (for crash-recovery tests)", run);

} // namespace curator::cli
