#include "model/io/jsontext.h"

#include <charconv>
#include <cmath>

namespace curator::jsontext {

void appendNumber(std::string& out, double value)
{
    if (!std::isfinite(value)) {
        out += "0.0"; // non-finite values never reach a store's live geometry or a model's score
        return;
    }
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    const std::string_view s(buf, std::size_t(r.ptr - buf));
    out += s;
    if (s.find_first_of(".en") == std::string_view::npos)
        out += ".0";
}

void appendInteger(std::string& out, qint64 value)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, std::size_t(r.ptr - buf));
}

void appendCompressedRle(std::string& out, int height, int width, std::string_view counts)
{
    out += "{\"size\": [";
    appendInteger(out, height);
    out += ", ";
    appendInteger(out, width);
    out += "], \"counts\": \"";
    // The compressed alphabet (ASCII 48–111) includes '\\' (92), which JSON must escape; '"' never
    // occurs in it, but counts read from a file are escaped alike.
    for (const char c : counts) {
        if (c == '\\' || c == '"')
            out += '\\';
        out += c;
    }
    out += "\"}";
}

void appendDetectron2ResultHead(std::string& out, qint64 imageId, qint64 categoryId, const std::array<double, 4>& bbox, double score)
{
    out += "{\"image_id\": ";
    appendInteger(out, imageId);
    out += ", \"category_id\": ";
    appendInteger(out, categoryId);
    out += ", \"bbox\": [";
    for (std::size_t i = 0; i < bbox.size(); ++i) {
        if (i)
            out += ", ";
        appendNumber(out, bbox[i]);
    }
    out += ']';
    if (!std::isnan(score)) {
        out += ", \"score\": ";
        appendNumber(out, score);
    }
    out += ", \"segmentation\": ";
}

} // namespace curator::jsontext
