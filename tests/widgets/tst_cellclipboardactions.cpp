// Edit ▸ Select All Cells, Copy Cells and Paste Cells on the real LIVECell val file: cells copied
// on one image and pasted on another land where they were drawn, as one undo step, selected; the
// shortcuts belong to the canvas, so the tables' Ctrl+C still copies rows; a clipboard without
// cells is refused with its reason.
#include "editingfixture.h"

#include "widgets/celltabledock.h"
#include "widgets/imagebrowserdock.h"
#include "model/imagebrowsermodel.h"
#include "model/io/cellclipboard.h"
#include "widgets/reviewview.h"
#include "widgets/tools/cellclipboardactions.h"
#include "widgets/tools/edittools.h"

#include <QAction>
#include <QClipboard>
#include <QMimeData>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

using namespace curator;
using namespace curator::test;

class TestCellClipboardActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    QString m_path;

    struct Window
    {
        MainWindow window;
        Document* doc = nullptr;

        bool open(const QString& path)
        {
            window.resize(1280, 800);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window) || !openAndWait(window, path))
                return false;
            doc = window.documents()->activeDocument();
            QApplication::setActiveWindow(&window);
            return QTest::qWaitForWindowActive(&window);
        }
        ImageCanvas* canvas() const { return window.canvas(); }
        CellClipboardActions* clipboard() const { return window.editTools()->clipboard(); }
        QString status() const { return window.statusBar()->currentMessage(); }
        void show(int image)
        {
            window.browser()->setCurrentRow(window.browser()->model()->rowOfFile(doc->store().image(image).fileName));
        }
        void key(const QKeySequence& keys)
        {
            canvas()->setFocus();
            QTest::keySequence(canvas(), keys);
        }
    };

private slots:
    void initTestCase() { isolateSettings(m_settingsDir); }
    void init()
    {
        m_path = copyRealVal(m_dataDir);
        QApplication::clipboard()->clear();
    }

    void copyOnOneImagePasteOnAnother()
    {
        Window w;
        QVERIFY(w.open(m_path));
        const int from = shownImage(w.window);
        const qint64 a = activeCell(w.window, from, 0), b = activeCell(w.window, from, 4);
        const AnnotationStore& store = w.doc->store();
        w.canvas()->setSelectedCells({{0, store.annotationIndex(a)}, {0, store.annotationIndex(b)}});
        w.key(QKeySequence::Copy);
        QCOMPARE(w.status(), QStringLiteral("Copied 2 cell(s)."));
        const QMimeData* data = QApplication::clipboard()->mimeData();
        QVERIFY(data && data->hasFormat(QString::fromLatin1(kCellsMimeType)));
        QVERIFY(data->text().contains(QStringLiteral("\"id\":%1").arg(a)));   // readable text for notebooks too

        const int to = (from + 1) % store.imageCount();
        w.show(to);
        QCOMPARE(shownImage(w.window), to);
        const int before = store.liveAnnotationCountOfImage(to);
        const int steps = w.doc->undoStack()->count();
        w.key(QKeySequence::Paste);
        QCOMPARE(w.status(), QStringLiteral("Pasted 2 cell(s)."));
        QCOMPARE(store.liveAnnotationCountOfImage(to), before + 2);
        QCOMPARE(w.doc->undoStack()->count(), steps + 1);
        QCOMPARE(w.window.cellTable()->view()->model()->rowCount(), before + 2);
        // The pasted cells are selected, ready to be moved into place, where the copies were drawn.
        const QList<CellKey> selected = w.canvas()->selectedCells();
        QCOMPARE(selected.size(), 2);
        for (int k = 0; k < 2; ++k) {
            const int pasted = selected[k].annotation;
            QCOMPARE(store.annotationImage(pasted), to);
            const auto box = store.bbox(pasted), original = store.bbox(store.annotationIndex(k == 0 ? a : b));
            QVERIFY(std::abs(box[0] - original[0]) <= 0.01 && std::abs(box[1] - original[1]) <= 0.01);
        }

        w.key(QKeySequence::Undo);
        QCOMPARE(store.liveAnnotationCountOfImage(to), before);
        w.key(QKeySequence::Redo);
        QCOMPARE(store.liveAnnotationCountOfImage(to), before + 2);
    }

    void selectAllThenCopyEveryCell()
    {
        Window w;
        QVERIFY(w.open(m_path));
        const int image = shownImage(w.window);
        const int cells = w.doc->store().liveAnnotationCountOfImage(image);
        w.key(QKeySequence::SelectAll);
        QCOMPARE(w.canvas()->selectedCells().size(), cells);
        QCOMPARE(w.status(), QStringLiteral("Selected %1 cell(s).").arg(cells));
        w.key(QKeySequence::Copy);
        QString error;
        const auto copied = cellsFromJson(QApplication::clipboard()->text().toUtf8(), QStringLiteral("x"), &error);
        QVERIFY2(copied, qPrintable(error));
        QCOMPARE(int(copied->size()), cells);
    }

    void tablesKeepTheirCopy()
    {
        Window w;
        QVERIFY(w.open(m_path));
        const int image = shownImage(w.window);
        w.canvas()->setSelectedCells({{0, w.doc->store().annotationIndex(activeCell(w.window, image, 0))}});
        QTableView* table = w.window.cellTable()->view();
        table->setFocus();
        QTest::keySequence(table, QKeySequence::Copy);
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.startsWith(QStringLiteral("Id\t")), qPrintable(text.left(80)));   // the table's rows, not cells
        QVERIFY(!QApplication::clipboard()->mimeData()->hasFormat(QString::fromLatin1(kCellsMimeType)));
    }

    void pasteRefusesWhatHoldsNoCells()
    {
        Window w;
        QVERIFY(w.open(m_path));
        const int steps = w.doc->undoStack()->count();
        w.key(QKeySequence::Paste);
        QCOMPARE(w.status(), QStringLiteral("The clipboard holds no cells: copy cells first (Edit ▸ Copy Cells)."));
        QApplication::clipboard()->setText(QStringLiteral("[{\"id\": 9, \"segmentation\": {\"counts\": \"x\", \"size\": [520, 704]}}]"));
        w.key(QKeySequence::Paste);
        QCOMPARE(w.status(), QStringLiteral("Cannot paste cells from the clipboard, annotation 1 (id 9): its segmentation is an RLE mask; only polygons can be pasted."));
        // COCO annotations copied from a text editor are welcome.
        QApplication::clipboard()->setText(QStringLiteral("{\"segmentation\": [[100, 100, 130, 100, 130, 120, 100, 120]]}"));
        w.key(QKeySequence::Paste);
        QCOMPARE(w.status(), QStringLiteral("Pasted 1 cell(s)."));
        QCOMPARE(w.doc->undoStack()->count(), steps + 1);
        // What cannot be added is named by the id it was copied with.
        QApplication::clipboard()->setText(QStringLiteral("[{\"id\": 5, \"segmentation\": [[10, 10, 40, 30, 40, 10, 10, 40]]},\n"
                                                          " {\"id\": 6, \"segmentation\": [[200, 200, 230, 200, 230, 220]]}]"));
        w.key(QKeySequence::Paste);
        QCOMPARE(w.status(), QStringLiteral("Pasted 1 cell(s). 1 left out (cell id 5: The outline would cross itself)."));
        QCOMPARE(w.doc->undoStack()->count(), steps + 2);
        w.canvas()->setSelectedCells({});
        w.key(QKeySequence::Copy);
        QCOMPARE(w.status(), QStringLiteral("Select the cells to copy first."));
    }

    void offWhileAReviewPageCoversTheCanvas()
    {
        Window w;
        QVERIFY(w.open(m_path));
        QVERIFY(w.clipboard()->pasteAction()->isEnabled());
        w.window.reviewView()->setCurrentIndex(ReviewView::DifferencePage);
        QVERIFY(!w.clipboard()->copyAction()->isEnabled());
        QVERIFY(!w.clipboard()->pasteAction()->isEnabled());
        QVERIFY(!w.clipboard()->selectAllAction()->isEnabled());
        w.window.reviewView()->setCurrentIndex(ReviewView::AnnotationsPage);
        QVERIFY(w.clipboard()->copyAction()->isEnabled());
    }
};

QTEST_MAIN(TestCellClipboardActions)
#include "tst_cellclipboardactions.moc"
