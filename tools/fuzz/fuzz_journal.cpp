// libFuzzer target: the records of a recovery journal (one JSON record per line, as Journal::read
// hands them on once their checksums pass) restored into a small annotation file. Restoring rebuilds
// the undo stack (RecoveredHistory); undoing every step must give back the file as loaded, byte for
// byte, whatever the records said, and redoing and undoing again must too.
#include "tools/fuzz/fuzztarget.h"
#include "model/document.h"
#include "model/io/cocoreader.h"
#include "model/io/cocowriter.h"

#include <QUndoStack>

using namespace curator;

namespace {
const QByteArray kBase = R"({"images": [{"id": 1, "width": 64, "height": 48, "file_name": "A172_Phase_C7_1_00d00h00m_1.tif"},
                {"id": 2, "width": 64, "height": 48, "file_name": "A172_Phase_C7_1_00d04h00m_1.tif"}],
    "annotations": [{"id": 10, "image_id": 1, "category_id": 1, "segmentation": [[1, 1, 9, 1, 9, 9, 1, 9]], "area": 64, "bbox": [1, 1, 8, 8], "iscrowd": 0},
                    {"id": 11, "image_id": 1, "category_id": 1, "segmentation": [[20.5, 20, 30, 20, 30, 31.25]], "area": 52.1, "bbox": [20.5, 20, 9.5, 11.25], "iscrowd": 0},
                    {"id": 12, "image_id": 2, "category_id": 2, "segmentation": {"size": [48, 64], "counts": [100, 20, 2952]}, "area": 20, "bbox": [2, 4, 1, 20], "iscrowd": 1},
                    {"id": 13, "image_id": 2, "category_id": 1, "segmentation": [[40, 5, 50, 5, 50, 15, 40, 15], [60, 40, 62, 40, 62, 42]], "area": 102, "bbox": [40, 5, 22, 37], "iscrowd": 0}],
    "categories": [{"id": 1, "name": "A172"}, {"id": 2, "name": "cell"}]})";

QByteArray exported(const Document& document)
{
    QString error;
    const auto bytes = CocoWriter::toBytes(document.set(), &error);
    CURATOR_FUZZ_REQUIRE(bytes);
    return *bytes;
}
} // namespace

CURATOR_FUZZ_TARGET(journal)
{
    JournalRecovery recovery;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const QByteArray& line : input.split('\n')) {
        auto record = JournalRecord::fromJson(line);
        if (!record)
            break;   // as Journal::read stops at the first record it cannot take
        recovery.records.push_back(std::move(*record));
    }
    QString error;
    auto set = CocoReader::readBytes(kBase, QStringLiteral("base.json"), &error);
    CURATOR_FUZZ_REQUIRE(set);
    Document document(std::move(set));
    const QByteArray loaded = exported(document);
    CURATOR_FUZZ_REQUIRE(document.recover(recovery, &error));
    QUndoStack* stack = document.undoStack();
    CURATOR_FUZZ_REQUIRE(stack->index() <= stack->count());
    CURATOR_FUZZ_REQUIRE(document.isModified() == (stack->index() != 0));
    exported(document);   // whatever was restored can be written
    // Undo all, redo all, undo all (an export is the costly part of a run: only where it tells something).
    for (int pass = 0; pass < 2; ++pass) {
        if (pass > 0) {
            while (stack->canRedo())
                stack->redo();
        }
        while (stack->canUndo())
            stack->undo();
        CURATOR_FUZZ_REQUIRE(exported(document) == loaded);
        CURATOR_FUZZ_REQUIRE(!document.isModified());
    }
    return 0;
}
