#include "model/io/cellclipboard.h"

#include "model/geometry/maskcontour.h"
#include "model/io/jsondismantle.h"
#include "model/io/jsonscanner.h"
#include "model/limits.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cmath>

namespace curator {

namespace {

/** The translation context of this file's messages. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::CellClipboard)
};

/** The rings of one annotation; nullopt and @p why when it holds no polygons. */
std::optional<Rings> ringsOf(const nlohmann::json& annotation, QString* why)
{
    if (!annotation.is_object()) {
        *why = Text::tr("not an annotation object");
        return std::nullopt;
    }
    const auto segmentation = annotation.find("segmentation");
    if (segmentation == annotation.end()) {
        *why = Text::tr("no \"segmentation\"");
        return std::nullopt;
    }
    if (segmentation->is_object()) {
        *why = Text::tr("its segmentation is an RLE mask; only polygons can be pasted");
        return std::nullopt;
    }
    if (!segmentation->is_array() || segmentation->empty()) {
        *why = Text::tr("\"segmentation\" is not a list of polygons");
        return std::nullopt;
    }
    Rings rings;
    std::size_t coordinates = 0;
    for (const nlohmann::json& polygon : *segmentation) {
        coordinates += polygon.is_array() ? polygon.size() : 0;
        if (coordinates > 2 * limits::kMaxPastedVertices) {
            *why = Text::tr("it has more than %1 vertices, the most a pasted cell may have").arg(limits::kMaxPastedVertices);
            return std::nullopt;
        }
        if (!polygon.is_array() || polygon.size() % 2 != 0) {
            *why = Text::tr("\"segmentation\" is not a list of polygons with x, y pairs");
            return std::nullopt;
        }
        Ring ring;
        ring.reserve(polygon.size());
        for (const nlohmann::json& v : polygon) {
            if (!v.is_number()) {
                *why = Text::tr("a polygon holds something other than numbers");
                return std::nullopt;
            }
            const double c = v.get<double>();
            if (!(std::abs(c) <= limits::kMaxCoordinate)) {
                *why = Text::tr("a coordinate lies beyond ±%1, off any image").arg(limits::kMaxCoordinate, 0, 'g');
                return std::nullopt;
            }
            ring.push_back(c);
        }
        rings.push_back(std::move(ring));
    }
    return rings;
}

/** cellsFromJson(), std::bad_alloc left out. */
std::optional<std::vector<CopiedCell>> parseCells(const QByteArray& text, const QString& source, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (text.size() > limits::kMaxPasteBytes) {
        return fail(Text::tr("Cannot paste cells from %1: it holds %2 MB of text; at most %3 MB can be pasted at once.")
                        .arg(source).arg((text.size() + (1 << 20) - 1) >> 20).arg(limits::kMaxPasteBytes >> 20));
    }
    nlohmann::json root;
    const DismantleOnExit dismantled(root);   // std::bad_alloc goes through its noexcept destructor otherwise
    try {
        root = nlohmann::json::parse(text.constBegin(), text.constEnd());
    } catch (const nlohmann::json::parse_error& e) {
        std::size_t line = 0, column = 0;
        JsonScanner::lineColumn(std::string_view(text.constData(), std::size_t(text.size())),
                                e.byte > 0 ? e.byte - 1 : 0, line, column);
        return fail(Text::tr("Cannot paste cells from %1: it is not JSON (line %2, column %3).").arg(source).arg(line).arg(column));
    } catch (const nlohmann::json::exception&) {
        // out_of_range: a number beyond what a double holds (1e400), which the parser throws without a place.
        return fail(Text::tr("Cannot paste cells from %1: it holds a number too large to read.").arg(source));
    }
    // What holds the annotations: a list, one annotation, or a COCO file's "annotations" (list or keyed by id).
    const nlohmann::json* list = &root;
    if (root.is_object() && root.contains("annotations"))
        list = &root["annotations"];
    std::vector<const nlohmann::json*> annotations;
    std::vector<std::string> keys;
    if (list->is_array()) {
        for (const nlohmann::json& a : *list)
            annotations.push_back(&a);
    } else if (list->is_object() && list->contains("segmentation")) {
        annotations.push_back(list);
    } else if (list->is_object()) {
        for (auto it = list->begin(); it != list->end(); ++it) {
            annotations.push_back(&it.value());
            keys.push_back(it.key());
        }
    } else {
        return fail(Text::tr("Cannot paste cells from %1: expected COCO annotations (a JSON list of objects with \"segmentation\").").arg(source));
    }
    if (annotations.empty())
        return fail(Text::tr("Cannot paste cells from %1: its list of annotations is empty.").arg(source));
    if (annotations.size() > limits::kMaxPastedCells) {
        return fail(Text::tr("Cannot paste cells from %1: it holds %2 annotations; at most %3 can be pasted at once.")
                        .arg(source).arg(annotations.size()).arg(limits::kMaxPastedCells));
    }
    std::vector<CopiedCell> cells;
    cells.reserve(annotations.size());
    for (std::size_t i = 0; i < annotations.size(); ++i) {
        const nlohmann::json& a = *annotations[i];
        const auto idField = a.is_object() ? a.find("id") : a.end();
        const bool hasId = idField != a.end() && idField->is_number_integer();
        const qint64 id = hasId ? idField->get<qint64>() : 0;
        QString why;
        auto rings = ringsOf(a, &why);
        if (!rings) {
            const QString which = !keys.empty() ? Text::tr("annotation \"%1\"").arg(QString::fromStdString(keys[i]))
                                  : hasId       ? Text::tr("annotation %1 (id %2)").arg(i + 1).arg(id)
                                                : Text::tr("annotation %1").arg(i + 1);
            return fail(Text::tr("Cannot paste cells from %1, %2: %3.").arg(source, which, why));
        }
        cells.emplace_back(std::move(*rings), id);
    }
    return cells;
}

} // namespace

QByteArray cellsToJson(const std::vector<StoredCell>& cells, int* copied)
{
    QByteArray out("[");
    int written = 0;
    for (const auto& [store, a] : cells) {
        // Built member by member and emptied before they go: nlohmann's destructor (noexcept) allocates.
        nlohmann::json segmentation = nlohmann::json::array();
        const DismantleOnExit segmentationDismantled(segmentation);
        if (store->segmentationKind(a) == SegmentationKind::Polygon) {
            for (int r = 0; r < store->ringCount(a); ++r) {
                const auto ring = store->ring(a, r);
                segmentation.push_back(nlohmann::json(std::vector<double>(ring.begin(), ring.end())));
            }
        } else if (const auto traced = MaskContour::ringOf(*store, a, nullptr)) {
            segmentation.push_back(nlohmann::json(*traced));
        } else {
            continue;
        }
        nlohmann::json annotation = nlohmann::json::object();
        const DismantleOnExit annotationDismantled(annotation);
        annotation["id"] = store->annotationId(a);
        annotation["image_id"] = store->annotationImageId(a);
        annotation["category_id"] = store->categoryId(a);
        annotation["segmentation"] = std::move(segmentation);
        annotation["area"] = store->area(a);
        annotation["bbox"] = store->bbox(a);
        annotation["iscrowd"] = store->isCrowd(a) ? 1 : 0;
        out += written == 0 ? "\n" : ",\n";
        out += QByteArray::fromStdString(annotation.dump());
        ++written;
    }
    out += "\n]\n";
    if (copied)
        *copied = written;
    return out;
}

std::optional<std::vector<CopiedCell>> cellsFromJson(const QByteArray& text, const QString& source, QString* error)
{
    try {
        return parseCells(text, source, error);
    } catch (const std::bad_alloc&) {
        if (error)
            *error = Text::tr("Not enough memory to paste cells from %1.").arg(source);
        return std::nullopt;
    }
}

} // namespace curator
