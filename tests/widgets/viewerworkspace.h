#pragma once
// The workspace most viewer tests use: a val and a train set over six images, one of them only in
// the image source.
#include "viewerfixtures.h"

#include "model/workspace.h"

namespace curator::test {

inline const QString kC7T0 = QStringLiteral("A172_Phase_C7_1_00d00h00m_2.tif");
inline const QString kC7T4 = QStringLiteral("A172_Phase_C7_1_00d04h00m_2.tif");
inline const QString kC7T8 = QStringLiteral("A172_Phase_C7_1_00d08h00m_2.tif");
inline const QString kMcf7 = QStringLiteral("MCF7_Phase_E4_2_01d08h00m_4.tif");
inline const QString kBt474 = QStringLiteral("BT474_Phase_A10_1_00d00h00m_1.tif");
inline const QString kSkov3 = QStringLiteral("SKOV3_Phase_H4_1_01d12h00m_1.tif");

/** val: C7 at 0 h (3 cells) and 4 h (1 cell), MCF7 (none); train: C7 at 8 h (2 cells), BT474 (5 cells);
 *  image source: all of those plus an unannotated SKOV3 image. */
inline void fillWorkspace(Workspace& workspace)
{
    workspace.addSet(makeSet(QStringLiteral("annotations/LIVECell/livecell_coco_val.json"),
                             {{kC7T0, {{10, 10, 20}, {100, 100, 30}, {300, 200, 10}}},
                              {kC7T4, {{50, 50, 40}}},
                              {kMcf7, {}}},
                             1000));
    workspace.addSet(makeSet(QStringLiteral("annotations/LIVECell/livecell_coco_train.json"),
                             {{kC7T8, {{20, 20, 10}, {200, 150, 60}}},
                              {kBt474, {{0, 0, 5}, {10, 0, 5}, {20, 0, 5}, {30, 0, 5}, {40, 0, 5}}}},
                             2000));
    auto source = std::make_unique<MemoryImageSource>();
    for (const QString& name : {kC7T0, kC7T4, kC7T8, kMcf7, kBt474, kSkov3})
        source->add(name, gradientImage());
    workspace.setImageSource(std::move(source));
}

} // namespace curator::test
