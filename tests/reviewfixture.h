#pragma once
// The review fixture: a detectron2-style results file for one image of the real sample with known
// TP/FP/FN at IoU 0.5 (and at any threshold up to 1).
#include "model/annotationstore.h"
#include "model/io/rle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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


} // namespace curator::test
