#pragma once

#include "model/annotationstore.h"
#include "model/celltype.h"
#include "model/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace curator {

/** Which of LIVECell's annotation files a set is; derived from its path. */
enum class SetKind : quint8 { LivecellWide, SingleCellType, SizeSplit, Results, Other };
enum class Split : quint8 { Unknown, Train, Val, Test };

struct SetInfo
{
    SetKind kind = SetKind::Other;
    Split split = Split::Unknown;
    CellType cellType = CellType::Unknown; ///< for SingleCellType
    int percent = 0;                       ///< for SizeSplit (2, 4, 5, 25, 50)
    QString path;

    /** Classifies by LIVECell's distribution paths and names, e.g.
     *  annotations/LIVECell/livecell_coco_val.json, LIVECell_single_cells/a172/train.json,
     *  LIVECell_dataset_size_split/3_train25percent.json. */
    static SetInfo classify(const QString& path);
    /** Short user-facing label, e.g. "val", "A172 train", "train 25%". */
    QString label() const;
    /** The label with the file, for tooltips: "val (/data/livecell_coco_val.json)". */
    QString description() const;
};

QString splitName(Split split);

/** How the source document was laid out, so that export writes the same shape back. */
struct CocoLayout
{
    enum class Shape : quint8 { List, Dict };
    bool bareResultsList = false;        ///< top level is a detectron2 results list, not a dataset
    Shape imagesShape = Shape::List;
    Shape annotationsShape = Shape::List;
    struct Member
    {
        QByteArray key;                  ///< unescaped key
        SourceSpan keyRaw;               ///< the key's text with quotes
        SourceSpan value;                ///< raw value text; empty for images and annotations
    };
    std::vector<Member> topLevel;        ///< all top-level members in file order
};

/** One loaded annotation file: its store, what it is, how it was laid out and what was found. */
struct AnnotationSet
{
    SetInfo info;
    AnnotationStore store;
    CocoLayout layout;
    Diagnostics diagnostics;
};

} // namespace curator
