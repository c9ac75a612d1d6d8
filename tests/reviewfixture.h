#pragma once
// The review fixture: a detectron2-style results file for one image of the real sample with known
// TP/FP/FN at IoU 0.5 (and at any threshold up to 1).
#include "testutil.h"

#include "model/annotationstore.h"
#include "model/io/rle.h"
#include "model/review/predictionreview.h"
#include "model/segmentation/segmenter.h"
#include "model/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace curator::test {

constexpr int kMatched = 10;
constexpr int kSpurious = 3;
constexpr int kSquare = 12;

/**
 * A results file for the real sample's first image: exact copies of its first kMatched cells (TP
 * at any IoU), kSpurious 12×12 squares away from every cell (FP), none for its other cells (FN).
 */
inline QByteArray fixtureResults(const AnnotationStore& gt, int image)
{
    const ImageRecord& rec = gt.image(image);
    QJsonArray results;
    const std::vector<quint32>& cells = gt.annotationsOfImage(image);
    auto add = [&](const Rle& rle, double score) {
        QJsonObject r;
        r[QStringLiteral("image_id")] = rec.id;
        r[QStringLiteral("category_id")] = 1;
        r[QStringLiteral("score")] = score;
        r[QStringLiteral("segmentation")] = QJsonObject{{QStringLiteral("size"), QJsonArray{rec.height, rec.width}},
                                                        {QStringLiteral("counts"), QString::fromStdString(rle.toString())}};
        results.append(r);
    };
    for (int i = 0; i < kMatched; ++i)
        add(Rle::fromAnnotation(gt, int(cells[std::size_t(i)]), rec.height, rec.width), 0.9 - i * 0.01);
    // Squares where no cell's box reaches: no overlap, so spurious at any IoU.
    int placed = 0;
    for (int y = 2; y + kSquare < rec.height && placed < kSpurious; y += 2 * kSquare) {
        for (int x = 2; x + kSquare < rec.width && placed < kSpurious; x += 2 * kSquare) {
            bool free = true;
            for (quint32 a : cells) {
                const auto b = gt.bbox(int(a));
                if (b[0] <= x + kSquare && x <= b[0] + b[2] && b[1] <= y + kSquare && y <= b[1] + b[3]) {
                    free = false;
                    break;
                }
            }
            if (free) {
                add(Rle::fromBbox({double(x), double(y), double(kSquare), double(kSquare)}, rec.height, rec.width), 0.5);
                ++placed;
            }
        }
    }
    return QJsonDocument(results).toJson(QJsonDocument::Compact);
}

/**
 * A copy of the real sample's val file in a temporary folder (edits journal beside it, never in
 * shared/) and the fixture results for its first image beside it, for the model-layer review tests.
 */
class ReviewSample
{
public:
    /** Call from initTestCase(). */
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_groundTruth = m_dir.filePath(QStringLiteral("livecell_coco_val.json"));
        QVERIFY(QFile::copy(realValJson(), m_groundTruth));
        Workspace workspace;
        open(workspace);
        m_results = m_dir.filePath(QStringLiteral("fixture_results.json"));
        QVERIFY(writeAll(m_results, fixtureResults(workspace.set(0).store, 0)));
    }
    /** Opens the copy with the sample's images. */
    void open(Workspace& workspace) const
    {
        workspace.open({m_groundTruth, realImagesDir()});
        workspace.waitForLoaded();
        QCOMPARE(workspace.setCount(), 1);
    }
    /** Imports the fixture results into @p review and waits for their evaluation. */
    void importResults(PredictionReview& review) const
    {
        review.importResults(m_results);
        review.waitForFinished();
        review.waitForEvaluation();
    }
    /** Runs the bundled model on the first image of @p review's workspace and waits for its evaluation. */
    static void runModelOnFirstImage(PredictionReview& review)
    {
        QString error;
        QVERIFY2(review.run({review.workspace()->set(0).store.image(0).fileName}, &error), qPrintable(error));
        review.waitForFinished();
        review.waitForEvaluation();
    }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    const QString& groundTruth() const { return m_groundTruth; }
    const QString& results() const { return m_results; }

private:
    QTemporaryDir m_dir;
    QString m_groundTruth;
    QString m_results;
};

/** Imports pycocotools' reference results for the real val file and waits for their evaluation. */
inline void importReferenceResults(PredictionReview& review)
{
    review.importResults(referenceEvalDir() + QStringLiteral("/real_val_results.json"));
    review.waitForFinished();
    review.waitForEvaluation();
}

/** The predictions of @p results on ground-truth image @p image, as the model hands them over. */
inline Segmentation segmentationOf(const AnnotationStore& groundTruth, int image, const AnnotationStore& results)
{
    const ImageRecord& record = groundTruth.image(image);
    Segmentation s;
    s.width = record.width;
    s.height = record.height;
    for (int a = 0; a < results.annotationCount(); ++a) {
        if (results.annotationImageId(a) != record.id)
            continue;
        SegmentedCell cell;
        cell.mask = Rle::fromAnnotation(results, a, record.height, record.width);
        cell.score = results.score(a);
        s.cells.push_back(std::move(cell));
    }
    return s;
}

} // namespace curator::test
