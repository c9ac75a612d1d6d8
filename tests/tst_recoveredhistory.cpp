// Edits restored after a crash are undoable: the undo stack comes back as the journal left it (steps,
// their texts, the ones undone still to redo, clean at the file as opened), and undoing or redoing
// each step restores exactly the states the session went through.
#include "documentfixture.h"

#include "model/recoveredhistory.h"

using namespace curator;
using namespace curator::test;

namespace {
struct State
{
    QByteArray coco;
    QByteArray review;
    bool operator==(const State&) const = default;
};

State stateOf(const Document& doc) { return {exported(doc), doc.review().toJson(doc.store())}; }

QStringList stepTexts(const Document& doc)
{
    QStringList texts;
    for (int i = 0; i < doc.undoStack()->count(); ++i)
        texts << doc.undoStack()->text(i);
    return texts;
}
} // namespace

class TestRecoveredHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoStackComesBackAsTheJournalLeftIt();
    void stepsUndoneAfterRecoveryStayUndoneAfterTheNextCrash();
    void undoOfAnEditSavedBeforeIsAStepOfItsOwn();
    void undoOfACellEditedAgainAfterTheSaveIsRecognised();
    void mergedRecordRoundTrips();
};

void TestRecoveredHistory::undoStackComesBackAsTheJournalLeftIt()
{
    QTemporaryDir dir;
    auto doc = journaledCopy(dir);
    QVERIFY(doc);
    std::vector<State> states{stateOf(*doc)};   // after each undo step
    const qint64 a = cellOf(*doc, 0, 0), b = cellOf(*doc, 0, 1), c = cellOf(*doc, 1, 2);
    doc->beginDrag();
    for (int i = 0; i < 4; ++i)
        QVERIFY(doc->moveCells({a, b}, {0.75, -0.5}));
    doc->endDrag();
    states.push_back(stateOf(*doc));
    const QPointF corner = CellOutline::point(doc->store().ring(indexOf(*doc, c), 0), 0);
    QVERIFY(doc->moveVertex(c, 0, 0, corner + QPointF(0.3, 0.3)));
    states.push_back(stateOf(*doc));
    QVERIFY(doc->addCell(2, QPolygonF(QList<QPointF>{{50, 50}, {70.25, 50}, {70.25, 66.5}})).has_value());
    states.push_back(stateOf(*doc));
    QVERIFY(doc->deleteCells({cellOf(*doc, 3, 0)}));
    states.push_back(stateOf(*doc));
    QVERIFY(doc->setCellsFlagged({b}, true));
    states.push_back(stateOf(*doc));
    QVERIFY(doc->setImagesReviewed({0, 4}, true));
    states.push_back(stateOf(*doc));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->undoStack()->count(), 6);
    QCOMPARE(doc->undoStack()->index(), 4);
    const QStringList texts = stepTexts(*doc);
    const QString path = doc->path();
    doc.reset();   // crash

    auto restored = recovered(path);
    QVERIFY(restored);
    QUndoStack* stack = restored->undoStack();
    QCOMPARE(stepTexts(*restored), texts);   // the drag is one step, as it was
    QCOMPARE(stack->index(), 4);
    QVERIFY(restored->isModified());
    QVERIFY(stateOf(*restored) == states[4]);
    for (int i = 3; i >= 0; --i) {
        stack->undo();
        QVERIFY2(stateOf(*restored) == states[std::size_t(i)], qPrintable(QString::number(i)));
    }
    QVERIFY(!restored->isModified());   // the file as opened, byte for byte (states[0])
    QVERIFY(exported(*restored) == readAll(path));
    for (int i = 1; i <= 6; ++i) {
        stack->redo();
        QVERIFY2(stateOf(*restored) == states[std::size_t(i)], qPrintable(QString::number(i)));
    }
    // A new edit drops nothing recovered below it, and is undone on its own.
    QVERIFY(restored->deleteCells({a}));
    QCOMPARE(stack->count(), 7);
    stack->undo();
    QVERIFY(stateOf(*restored) == states[6]);
}

void TestRecoveredHistory::stepsUndoneAfterRecoveryStayUndoneAfterTheNextCrash()
{
    QTemporaryDir dir;
    auto doc = journaledCopy(dir);
    QVERIFY(doc);
    const State original = stateOf(*doc);
    QVERIFY(doc->moveCells({cellOf(*doc, 0, 0)}, {3, 1}));
    const State moved = stateOf(*doc);
    QVERIFY(doc->deleteCells({cellOf(*doc, 1, 0)}));
    const State deleted = stateOf(*doc);
    const QString path = doc->path();
    doc.reset();

    auto second = recovered(path);
    QVERIFY(second);
    second->undoStack()->undo();
    second->undoStack()->undo();
    QVERIFY(stateOf(*second) == original);
    second->undoStack()->redo();
    QVERIFY(stateOf(*second) == moved);
    second.reset();   // crashes again: the undo and redo above are in the journal

    auto third = recovered(path);
    QVERIFY(third);
    QCOMPARE(third->undoStack()->count(), 2);
    QCOMPARE(third->undoStack()->index(), 1);
    QVERIFY(stateOf(*third) == moved);
    third->undoStack()->redo();
    QVERIFY(stateOf(*third) == deleted);
}

void TestRecoveredHistory::undoOfAnEditSavedBeforeIsAStepOfItsOwn()
{
    // The journal restarts at each save, so an undo below the save holds a step the journal does not:
    // it comes back as a step of its own, which undoes to the saved file.
    QTemporaryDir dir;
    auto doc = journaledCopy(dir);
    const qint64 cell = doc ? cellOf(*doc, 0, 0) : 0;
    QVERIFY(doc);
    const Rings outline = doc->store().rings(indexOf(*doc, cell));
    const double area = doc->store().area(indexOf(*doc, cell));
    const auto bbox = doc->store().bbox(indexOf(*doc, cell));
    QVERIFY(area != AnnotationStore::polygonArea(outline.front()));   // the file's, not bit for bit the outline's
    QVERIFY(doc->moveCells({cell}, {2, 2}));
    QString error;
    QVERIFY2(doc->save(&error), qPrintable(error));
    const State saved = stateOf(*doc);
    const QString text = doc->undoStack()->undoText();
    doc->undoStack()->undo();
    const QByteArray undone = exported(*doc);
    const QString path = doc->path();
    doc.reset();
    // The recovery prompt names the last change as what it was, an undo.
    const auto recovery = Journal::findRecoverable(path);
    QVERIFY(recovery);
    QVERIFY2(recovery->summary().endsWith(QStringLiteral("(last: Undone: %1)").arg(text)), qPrintable(recovery->summary()));

    auto restored = recovered(path);
    QVERIFY(restored);
    QCOMPARE(stepTexts(*restored), QStringList{QStringLiteral("Undone: %1").arg(text)});
    QCOMPARE(restored->undoStack()->index(), 1);
    QVERIFY(restored->isModified());
    // The outline as before the move, with the area and bbox the file had (before, the area was computed
    // from the outline: the file on disk no longer holds it); the export is the session's.
    QCOMPARE(restored->store().rings(indexOf(*restored, cell)), outline);
    QCOMPARE(restored->store().area(indexOf(*restored, cell)), area);
    QCOMPARE(restored->store().bbox(indexOf(*restored, cell)), bbox);
    QVERIFY(exported(*restored) == undone);
    restored->undoStack()->undo();
    QVERIFY(stateOf(*restored) == saved);
    QVERIFY(!restored->isModified());
}

void TestRecoveredHistory::undoOfACellEditedAgainAfterTheSaveIsRecognised()
{
    // After a save the journal states a cell edited before it in full where an undo takes it back to
    // the saved outline; the history matches that undo by what the cell is, so the step is one, undone,
    // and the next edit replaces it as it did in the session.
    QTemporaryDir dir;
    auto doc = journaledCopy(dir);
    const qint64 cell = doc ? cellOf(*doc, 0, 0) : 0;
    QVERIFY(doc && doc->moveCells({cell}, {2, 2}));
    QString error;
    QVERIFY2(doc->save(&error), qPrintable(error));
    const State saved = stateOf(*doc);
    QVERIFY(doc->moveCells({cell}, {-1, 0.5}));
    doc->undoStack()->undo();
    QVERIFY(doc->deleteCells({cellOf(*doc, 1, 0)}));
    const State deleted = stateOf(*doc);
    const QString text = doc->undoStack()->undoText();
    const QString path = doc->path();
    doc.reset();

    auto restored = recovered(path);
    QVERIFY(restored);
    QCOMPARE(stepTexts(*restored), QStringList{text});
    QCOMPARE(restored->undoStack()->index(), 1);
    QVERIFY(stateOf(*restored) == deleted);
    restored->undoStack()->undo();
    QVERIFY(stateOf(*restored) == saved);
    QVERIFY(!restored->isModified());
}

void TestRecoveredHistory::mergedRecordRoundTrips()
{
    JournalRecord record;
    record.sequence = 7;
    record.operation = QStringLiteral("do");
    record.kind = QStringLiteral("MoveCells");
    record.text = QStringLiteral("Move 1 cell");
    record.cells.push_back({42, CellState::Kind::Geometry, 3, 1, Rings{{1, 2, 3, 4, 5, 7}}, std::nullopt});
    QVERIFY(!record.toJson().contains("merge"));   // the journal of a plain step reads as before
    record.merged = true;
    const auto back = JournalRecord::fromJson(record.toJson());
    QVERIFY(back && *back == record);
    QVERIFY(!JournalRecord::fromJson(QByteArray(record.toJson()).replace("\"merge\":true", "\"merge\":3")));
    // Numbers that are no int64 refuse the record (converting one read as a double was undefined behaviour).
    QVERIFY(!JournalRecord::fromJson(QByteArray(record.toJson()).replace("\"seq\":7", "\"seq\":36666666666666666666666")));
    QVERIFY(!JournalRecord::fromJson(QByteArray(record.toJson()).replace("\"id\":42", "\"id\":42.5")));
    QVERIFY(!JournalRecord::fromJson(QByteArray(record.toJson()).replace("\"image\":3", "\"image\":9223372036854775808")));
    QVERIFY(JournalRecord::fromJson(QByteArray(record.toJson()).replace("\"image\":3", "\"image\":9223372036854775807")));

    // A cell's own area and bbox, written only where it has them (journals of earlier versions read the same).
    QVERIFY(!record.toJson().contains("area"));
    record.cells.front().measures = CellState::Measures{207.28975000000003, {0.1, 2.5, 30, 4.75}};
    const auto measured = JournalRecord::fromJson(record.toJson());
    QVERIFY(measured && *measured == record);
    QVERIFY(!JournalRecord::fromJson(QByteArray(record.toJson()).replace("\"bbox\":[", "\"bbox\":[1,")));
    QVERIFY(!JournalRecord::fromJson(QByteArray(record.toJson()).replace(",\"bbox\":[", ",\"x\":[")));
}

QTEST_GUILESS_MAIN(TestRecoveredHistory)
#include "tst_recoveredhistory.moc"
