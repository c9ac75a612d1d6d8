#include "model/journalrecord.h"

#include "model/io/jsondismantle.h"
#include "model/io/jsoninteger.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace curator {

namespace {
using nlohmann::json;

const char* kindName(CellState::Kind kind)
{
    switch (kind) {
    case CellState::Kind::Original: return "original";
    case CellState::Kind::Deleted: return "deleted";
    case CellState::Kind::Geometry: return "geometry";
    }
    return "original";
}

std::optional<CellState::Kind> kindFrom(const std::string& name)
{
    if (name == "original")
        return CellState::Kind::Original;
    if (name == "deleted")
        return CellState::Kind::Deleted;
    if (name == "geometry")
        return CellState::Kind::Geometry;
    return std::nullopt;
}

json cellToJson(const CellState& c)
{
    json o{{"id", c.id}, {"state", kindName(c.kind)}};
    if (c.kind == CellState::Kind::Geometry) {
        o["image"] = c.imageId;
        o["category"] = c.categoryId;
        o["rings"] = c.rings; // nlohmann writes the shortest text that reads back bit-identical
        if (c.measures) {     // only then: journals of earlier versions read the same
            o["area"] = c.measures->area;
            o["bbox"] = c.measures->bbox;
        }
    }
    return o;
}

CellState cellFromJson(const json& o)
{
    CellState c;
    c.id = jsonInteger(o.at("id"));
    const auto kind = kindFrom(o.at("state").get<std::string>());
    if (!kind)
        throw std::runtime_error("unknown cell state");
    c.kind = *kind;
    if (c.kind == CellState::Kind::Geometry) {
        c.imageId = jsonInteger(o.at("image"));
        c.categoryId = jsonInteger(o.at("category"));
        c.rings = o.at("rings").get<Rings>();
        if (o.contains("area")) {
            const json& bbox = o.at("bbox");
            if (!bbox.is_array() || bbox.size() != 4)   // get<std::array> would take the first four of more
                throw std::runtime_error("bbox is not four numbers");
            c.measures = CellState::Measures{o.at("area").get<double>(), bbox.get<std::array<double, 4>>()};
        }
    }
    return c;
}

std::string utf8(const QString& s) { return s.toStdString(); }
QString fromUtf8(const json& v) { return QString::fromStdString(v.get<std::string>()); }
} // namespace

QByteArray JournalRecord::toJson() const
{
    json cellsJson = json::array(), imagesJson = json::array(), flagsJson = json::array();
    for (const CellState& c : cells)
        cellsJson.push_back(cellToJson(c));
    for (const ImageReviewState& i : images)
        imagesJson.push_back({{"id", i.imageId}, {"reviewed", i.review.reviewed},
                              {"flagged", i.review.flagged}, {"note", utf8(i.review.note)}});
    for (const CellFlagState& f : cellFlags)
        flagsJson.push_back({{"id", f.id}, {"flagged", f.flagged}});
    json o{{"type", "edit"}, {"seq", sequence}, {"op", utf8(operation)}, {"kind", utf8(kind)},
           {"text", utf8(text)}, {"cells", cellsJson}, {"images", imagesJson}, {"flags", flagsJson}};
    if (merged)
        o["merge"] = true;   // only then: journals of earlier versions read the same
    return QByteArray::fromStdString(o.dump(-1, ' ', false, json::error_handler_t::replace));
}

std::optional<JournalRecord> JournalRecord::fromJson(const QByteArray& bytes)
{
    try {
        json o = json::parse(bytes.constData(), bytes.constData() + bytes.size());
        const DismantleOnExit dismantled(o);
        if (o.value("type", std::string()) != "edit")
            return std::nullopt;
        JournalRecord r;
        r.sequence = jsonInteger(o.at("seq"));
        r.operation = fromUtf8(o.at("op"));
        r.kind = fromUtf8(o.at("kind"));
        r.text = fromUtf8(o.at("text"));
        r.merged = o.value("merge", false);
        for (const json& c : o.at("cells"))
            r.cells.push_back(cellFromJson(c));
        for (const json& i : o.at("images"))
            r.images.push_back({jsonInteger(i.at("id")),
                                {i.at("reviewed").get<bool>(), i.at("flagged").get<bool>(), fromUtf8(i.at("note"))}});
        for (const json& f : o.at("flags"))
            r.cellFlags.push_back({jsonInteger(f.at("id")), f.at("flagged").get<bool>()});
        return r;
    } catch (const std::bad_alloc&) {
        throw;   // not a damaged record: the journal must not be cut short here
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

CellState CellState::of(const AnnotationStore& store, qint64 id, bool dirtyAtSave)
{
    CellState state;
    state.id = id;
    const int a = store.annotationIndex(id);
    if (a < 0 || store.isDeleted(a)) {
        state.kind = Kind::Deleted;
    } else if (!store.isEdited(a) && !dirtyAtSave) {
        state.kind = Kind::Original;
    } else {
        state.kind = Kind::Geometry;
        state.imageId = store.annotationImageId(a);
        state.categoryId = store.categoryId(a);
        state.rings = store.rings(a);
        const Measures measures{store.area(a), store.bbox(a)};
        const auto isFinite = [](double v) { return std::isfinite(v); };
        const bool finite =
            isFinite(measures.area) && std::all_of(measures.bbox.begin(), measures.bbox.end(), isFinite);
        if (!store.isEdited(a) && finite)   // the loaded file's values (JSON holds no NaN or infinity)
            state.measures = measures;
    }
    return state;
}

void JournalReplayer::remember(int annotation)
{
    m_loaded.try_emplace(annotation, m_set.store.snapshot(annotation));
}

void JournalReplayer::applyCell(const CellState& state)
{
    AnnotationStore& store = m_set.store;
    const int a = store.annotationIndex(state.id);
    if (state.kind != CellState::Kind::Geometry)
        m_leftOut.erase(state.id);   // deleted or taken back in the end: nothing was lost
    switch (state.kind) {
    case CellState::Kind::Deleted:
        if (a >= 0) {
            remember(a);
            store.setDeleted(a, true);
        }
        return;
    case CellState::Kind::Original:
        // As in the file: none where the file (changed since the journal began) has none.
        if (a >= 0 && m_added.contains(state.id))
            store.setDeleted(a, true);
        else if (auto it = m_loaded.find(a); a >= 0 && it != m_loaded.end())
            store.restore(a, it->second);
        return;
    case CellState::Kind::Geometry:
        if (a < 0) {
            const int image = store.imageIndex(state.imageId);
            if (image < 0) {
                m_leftOut.insert(state.id);
                return;
            }
            const int added = store.addAnnotation(state.id, image, state.categoryId, state.rings);
            if (state.measures)
                store.setMeasures(added, state.measures->area, state.measures->bbox);
            m_added.insert(state.id);
            return;
        }
        remember(a);
        store.setDeleted(a, false);
        store.setRings(a, state.rings);
        if (state.measures)
            store.setMeasures(a, state.measures->area, state.measures->bbox);
        if (store.categoryId(a) != state.categoryId)
            store.setCategory(a, state.categoryId);
        return;
    }
}

void JournalReplayer::apply(const JournalRecord& record)
{
    for (const CellState& c : record.cells)
        applyCell(c);
    for (const ImageReviewState& i : record.images)
        m_review.setImage(i.imageId, i.review);
    for (const CellFlagState& f : record.cellFlags)
        m_review.setCellFlagged(f.id, f.flagged);
}

} // namespace curator
