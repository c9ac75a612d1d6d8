#include "model/eval/evalinput.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace curator {

namespace {

/**
 * Whether a result's text has a "bbox" member other than an empty array (pycocotools' loadRes test), from the
 * parser's events: it stops as soon as that is known.
 */
struct BoxFinder : nlohmann::json_sax<nlohmann::json>
{
    bool hasBox = false;
    int depth = 0;           // 1: in the result's members
    bool boxNext = false;    // the value that follows is the result's "bbox"
    bool inBox = false;      // in the "bbox" array: its first event tells whether it is empty

    /** A value at the current depth: false stops the parse. */
    bool value()
    {
        if (inBox || boxNext) {
            hasBox = true;   // an element of the array, or a value that is not an array
            return false;
        }
        return depth > 0;   // a top-level value that is not an object has no box
    }
    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override
    {
        if (inBox || boxNext)
            return value();
        ++depth;
        return true;
    }
    bool key(string_t& key) override
    {
        boxNext = depth == 1 && key == "bbox";
        return true;
    }
    bool end_object() override { return --depth > 0; }
    bool start_array(std::size_t) override
    {
        if (inBox)
            return value();
        if (boxNext) {
            boxNext = false;
            inBox = true;
            return true;
        }
        if (depth == 0)
            return false;
        ++depth;
        return true;
    }
    bool end_array() override
    {
        if (inBox)
            return false;   // the empty array: no box
        --depth;
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
};

} // namespace

EvalInput EvalInput::prepare(const AnnotationStore& groundTruth, const AnnotationStore& predictions,
                             DetectionArea detectionArea, EvalFindings* findings)
{
    EvalFindings ignored;
    if (!findings)
        findings = &ignored;
    EvalInput in;
    in.m_gt = &groundTruth;
    in.m_dt = &predictions;
    in.m_boxAreas = detectionArea == DetectionArea::Box
                    || (detectionArea == DetectionArea::Auto && firstPredictionHasBox(predictions));
    findings->boxAreas = in.m_boxAreas;
    in.collectCategories(findings);
    in.collectImages();
    in.groupGroundTruth(findings);
    in.groupPredictions(findings);
    return in;
}

bool EvalInput::firstPredictionHasBox(const AnnotationStore& predictions)
{
    if (predictions.annotationCount() == 0)
        return false;
    const SourceSpan raw = predictions.rawSpan(0);
    const auto& source = predictions.source();
    if (raw.isEmpty() || !source || raw.offset + raw.length > source->size()) {
        const auto box = predictions.bbox(0);
        return box != std::array<double, 4>{};
    }
    // Only the first result decides, as in loadRes; its source text tells whether "bbox" was there. Read as events,
    // not into a json value, whose destructor allocates and cannot report running out of memory (it is noexcept).
    const std::string_view text = source->slice(raw);
    BoxFinder finder;
    nlohmann::json::sax_parse(text.begin(), text.end(), &finder, nlohmann::json::input_format_t::json, false);
    return finder.hasBox;
}

double EvalInput::score(quint32 prediction) const
{
    const double s = m_dt->score(int(prediction));
    return std::isnan(s) ? 1.0 : s;
}

void EvalInput::collectCategories(EvalFindings* findings)
{
    for (const Category& c : m_gt->categories())
        m_categoryIds.push_back(c.id);
    if (m_categoryIds.empty()) {
        // A file without a categories block: pycocotools would evaluate nothing at all.
        for (int a = 0; a < m_gt->annotationCount(); ++a) {
            if (m_gt->isLive(a))
                m_categoryIds.push_back(m_gt->categoryId(a));
        }
        findings->categoriesFromAnnotations = !m_categoryIds.empty();
    }
    std::sort(m_categoryIds.begin(), m_categoryIds.end());
    m_categoryIds.erase(std::unique(m_categoryIds.begin(), m_categoryIds.end()), m_categoryIds.end());
}

void EvalInput::collectImages()
{
    std::vector<std::pair<qint64, int>> byId;
    byId.reserve(std::size_t(m_gt->imageCount()));
    for (int i = 0; i < m_gt->imageCount(); ++i)
        byId.emplace_back(m_gt->image(i).id, i);
    std::stable_sort(byId.begin(), byId.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [id, index] : byId) {
        const ImageRecord& record = m_gt->image(index);
        if (m_images.empty() || m_images.back().id != id)
            m_images.push_back({id, index, record.height, record.width});
        m_images.back().height = record.height;
        m_images.back().width = record.width;
    }
}

int EvalInput::imagePosition(qint64 id) const
{
    auto it = std::lower_bound(m_images.begin(), m_images.end(), id,
                               [](const Image& image, qint64 v) { return image.id < v; });
    return (it != m_images.end() && it->id == id) ? int(it - m_images.begin()) : -1;
}

int EvalInput::categoryIndex(qint64 id) const
{
    auto it = std::lower_bound(m_categoryIds.begin(), m_categoryIds.end(), id);
    return (it != m_categoryIds.end() && *it == id) ? int(it - m_categoryIds.begin()) : -1;
}

void EvalInput::group(std::vector<Entry>& entries, std::vector<quint32>& offsets,
                      std::vector<quint32>& list, std::vector<quint16>& cats) const
{
    // Stable by construction: entries arrive in file order.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.image != b.image ? a.image < b.image : a.category < b.category;
    });
    offsets.assign(m_images.size() + 1, 0);
    list.resize(entries.size());
    cats.resize(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        ++offsets[entries[i].image + 1];
        list[i] = entries[i].annotation;
        cats[i] = entries[i].category;
    }
    for (std::size_t i = 1; i < offsets.size(); ++i)
        offsets[i] += offsets[i - 1];
}

void EvalInput::groupGroundTruth(EvalFindings* findings)
{
    std::vector<Entry> entries;
    entries.reserve(std::size_t(m_gt->annotationCount()));
    for (int a = 0; a < m_gt->annotationCount(); ++a) {
        if (!m_gt->isLive(a))
            continue;
        const int image = imagePosition(m_gt->annotationImageId(a));
        const int category = categoryIndex(m_gt->categoryId(a));
        if (image < 0)
            ++findings->unknownImageGroundTruth;
        else if (category < 0)
            ++findings->otherCategoryGroundTruth;
        else
            entries.push_back({quint32(image), quint16(category), quint32(a)});
    }
    group(entries, m_gtOffsets, m_gtList, m_gtCats);
}

void EvalInput::groupPredictions(EvalFindings* findings)
{
    std::vector<Entry> entries;
    entries.reserve(std::size_t(m_dt->annotationCount()));
    for (int a = 0; a < m_dt->annotationCount(); ++a) {
        if (!m_dt->isLive(a))
            continue;
        const qint64 imageId = m_dt->annotationImageId(a);
        const int image = imagePosition(imageId);
        const int category = categoryIndex(m_dt->categoryId(a));
        if (image < 0) {
            ++findings->unknownImagePredictions;
            findings->unknownImageIds.push_back(imageId);
        } else if (category < 0) {
            ++findings->otherCategoryPredictions;
        } else {
            if (std::isnan(m_dt->score(a)))
                ++findings->unscoredPredictions;
            entries.push_back({quint32(image), quint16(category), quint32(a)});
        }
    }
    auto& ids = findings->unknownImageIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    group(entries, m_dtOffsets, m_dtList, m_dtCats);
}

} // namespace curator
