#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

namespace curator {

/**
 * A strict, allocation-free JSON pull scanner over a contiguous buffer (RFC 8259 grammar). It is the
 * reason a 600 MB COCO file loads in about a second: nlohmann's SAX interface and simdjson were
 * measured (tools/bench/bench_load.cpp) and are either an order of magnitude slower or need the
 * whole document plus a structural index several times its size in memory.
 *
 * Usage: enterObject()/enterArray(), then loop on nextMember()/nextElement() reading each value.
 * The first syntax error stops scanning; error() and errorOffset() describe it.
 */
class JsonScanner
{
public:
    enum class Kind { Object, Array, String, Number, True, False, Null, End, Invalid };

    explicit JsonScanner(std::string_view text, std::size_t start = 0);

    /** Skips whitespace and classifies the next value without consuming it. */
    Kind peek();
    bool enterObject();
    bool enterArray();
    /** Next member of the current object: true with the raw key (between quotes), false at '}'. */
    bool nextMember(bool& first, std::string_view& key);
    /** True if another array element follows, false at ']'. */
    bool nextElement(bool& first);

    /** Raw string content (escapes not decoded); @p escaped tells whether decoding is needed. */
    bool readString(std::string_view& raw, bool* escaped = nullptr);
    /** Reads a number. Out-of-range magnitudes yield ±inf (caller decides). */
    bool readDouble(double& value);
    /** Reads a number that must be an integer within int64 (12 and 12.0 both accepted). */
    bool readInteger(std::int64_t& value, bool* wasInteger);
    bool readBool(bool& value);
    /**
     * Reads an array of numbers (the scanner must be at its '[') appending them to @p out: the hot
     * loop of polygon parsing. Returns false on a syntax error; @p nonNumber is set (and the array
     * skipped) when an element is not a number.
     */
    template<typename Vector>
    bool readNumberArray(Vector& out, bool& nonNumber);
    /** Skips (and validates) one value of any kind. */
    bool skipValue();

    std::size_t offset() const { return std::size_t(m_p - m_begin); }
    /** Continues scanning at @p offset (used to join a part parsed by another thread). */
    void seek(std::size_t offset) { m_p = m_begin + std::min(offset, std::size_t(m_end - m_begin)); }
    /** Offset of the next non-whitespace byte. */
    std::size_t valueOffset();
    bool atEnd();
    bool failed() const { return m_failed; }
    const std::string& error() const { return m_error; }
    std::size_t errorOffset() const { return m_errorOffset; }
    /** Records an error at the current position (first one wins). Returns false. */
    bool fail(const char* what);
    bool failAt(std::size_t offset, const char* what);

    /** Decodes escapes of a raw string (UTF-8 output; invalid escapes were rejected earlier). */
    static std::string unescape(std::string_view raw);
    /** 1-based line and column of @p offset in @p text. */
    static void lineColumn(std::string_view text, std::size_t offset, std::size_t& line, std::size_t& column);

private:
    bool readDoubleFast(double& value);
    void skipWs()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool expect(char c, const char* what);
    bool scanNumber(const char*& start, const char*& end, bool& integral);
    bool skipLiteral(std::string_view word);

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    bool m_failed = false;
    std::string m_error;
    std::size_t m_errorOffset = 0;
};

template<typename Vector>
bool JsonScanner::readNumberArray(Vector& out, bool& nonNumber)
{
    nonNumber = false;
    if (!enterArray())
        return false;
    skipWs();
    if (m_p < m_end && *m_p == ']') {
        ++m_p;
        return true;
    }
    for (;;) {
        double v;
        if (m_p < m_end && (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))) {
            if (!readDoubleFast(v))
                return false;
            out.push_back(v);
        } else {
            nonNumber = true;
            if (!skipValue())
                return false;
        }
        skipWs();
        if (m_p >= m_end)
            return fail("unexpected end of file");
        if (*m_p == ',') {
            ++m_p;
            skipWs();
            continue;
        }
        if (*m_p == ']') {
            ++m_p;
            return true;
        }
        return fail("expected ',' or ']' after an array element");
    }
}

} // namespace curator
