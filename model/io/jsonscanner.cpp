#include "model/io/jsonscanner.h"
#include "model/limits.h"

#include <bit>
#include <charconv>
#include <cstring>
#include <cmath>
#include <limits>
#include <vector>

namespace curator {

namespace {
constexpr int kMaxDepth = limits::kMaxJsonDepth;

const double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                         1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

bool isDigit(char c) { return c >= '0' && c <= '9'; }
constexpr std::uint64_t kPow10Int[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};

/**
 * SWAR digit run (simdjson's technique, done by hand on 8 bytes): how many of the 8 bytes at @p p
 * are ASCII digits before the first non-digit (8 when all are), and their value. A carry out of a
 * byte of 0xFA or more only disturbs bytes after a non-digit, which are never used.
 */
inline int digitRun(const char* p, std::uint64_t& value)
{
    std::uint64_t chunk;
    std::memcpy(&chunk, p, 8);
    const std::uint64_t nibbles = (chunk & 0xF0F0F0F0F0F0F0F0ULL) | (((chunk + 0x0606060606060606ULL) & 0xF0F0F0F0F0F0F0F0ULL) >> 4);
    const std::uint64_t notDigit = nibbles ^ 0x3333333333333333ULL; // a byte is 0 exactly where a digit is
    const int n = notDigit ? std::countr_zero(notDigit) / 8 : 8;
    if (n == 0) {
        value = 0;
        return 0;
    }
    std::uint64_t v = (chunk & 0x0F0F0F0F0F0F0F0FULL) << (8 * (8 - n)); // digits to the top, zeros below
    v = (v * 10 + (v >> 8)) & 0x00FF00FF00FF00FFULL;
    v = (v * 100 + (v >> 16)) & 0x0000FFFF0000FFFFULL;
    v = (v * 10000 + (v >> 32)) & 0xFFFFFFFFULL;
    value = v;
    return n;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::uint32_t hex4(std::string_view s, std::size_t at)
{
    std::uint32_t v = 0;
    for (std::size_t k = 0; k < 4 && at + k < s.size(); ++k)
        v = v * 16 + std::uint32_t(std::max(0, hexValue(s[at + k])));
    return v;
}

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}
} // namespace

JsonScanner::JsonScanner(std::string_view text, std::size_t start)
    : m_begin(text.data()), m_p(text.data() + start), m_end(text.data() + text.size())
{
}

bool JsonScanner::failAt(std::size_t offset, const char* what)
{
    if (!m_failed) {
        m_failed = true;
        m_errorOffset = offset;
        m_error = what;
    }
    m_p = m_end;
    return false;
}

bool JsonScanner::fail(const char* what)
{
    if (m_p >= m_end && !m_failed)
        return failAt(offset(), "unexpected end of file (the file may be truncated)");
    return failAt(offset(), what);
}

std::size_t JsonScanner::valueOffset()
{
    skipWs();
    return offset();
}

bool JsonScanner::atEnd()
{
    skipWs();
    return m_p >= m_end;
}

JsonScanner::Kind JsonScanner::peek()
{
    skipWs();
    if (m_p >= m_end)
        return Kind::End;
    switch (*m_p) {
    case '{': return Kind::Object;
    case '[': return Kind::Array;
    case '"': return Kind::String;
    case 't': return Kind::True;
    case 'f': return Kind::False;
    case 'n': return Kind::Null;
    default: return (*m_p == '-' || isDigit(*m_p)) ? Kind::Number : Kind::Invalid;
    }
}

bool JsonScanner::expect(char c, const char* what)
{
    skipWs();
    if (m_p < m_end && *m_p == c) {
        ++m_p;
        return true;
    }
    return fail(what);
}

bool JsonScanner::enterObject() { return expect('{', "expected '{' (an object)"); }

bool JsonScanner::enterArray() { return expect('[', "expected '[' (an array)"); }

bool JsonScanner::nextMember(bool& first, std::string_view& key)
{
    skipWs();
    if (m_p < m_end && *m_p == '}') {
        ++m_p;
        return false;
    }
    if (!first && !expect(',', "expected ',' or '}' after an object member"))
        return false;
    skipWs();
    if (m_p >= m_end || *m_p != '"')
        return fail(first ? "expected a member name in quotes or '}'" : "expected a member name in quotes");
    if (!readString(key))
        return false;
    if (!expect(':', "expected ':' after a member name"))
        return false;
    first = false;
    return true;
}

bool JsonScanner::nextElement(bool& first)
{
    skipWs();
    if (m_p < m_end && *m_p == ']') {
        ++m_p;
        return false;
    }
    if (!first) {
        if (!expect(',', "expected ',' or ']' after an array element"))
            return false;
        skipWs();
        if (m_p < m_end && *m_p == ']')
            return fail("trailing ',' before ']'");
    }
    first = false;
    return m_p < m_end || fail("unexpected end of file");
}

bool JsonScanner::readString(std::string_view& raw, bool* escaped)
{
    skipWs();
    if (m_p >= m_end || *m_p != '"')
        return fail("expected a string");
    const char* start = ++m_p;
    bool hasEscape = false;
    while (m_p < m_end) {
        const unsigned char c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            raw = std::string_view(start, std::size_t(m_p - start));
            ++m_p;
            if (escaped)
                *escaped = hasEscape;
            return true;
        }
        if (c < 0x20)
            return fail("control character inside a string");
        if (c == '\\') {
            hasEscape = true;
            if (m_p + 1 >= m_end)
                break;
            const char e = m_p[1];
            if (e == 'u') {
                if (m_end - m_p < 6 || hexValue(m_p[2]) < 0 || hexValue(m_p[3]) < 0 || hexValue(m_p[4]) < 0
                    || hexValue(m_p[5]) < 0)
                    return fail("invalid \\u escape in a string");
                m_p += 6;
                continue;
            }
            if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't')
                return fail("invalid escape in a string");
            m_p += 2;
            continue;
        }
        ++m_p;
    }
    return fail("unterminated string");
}

bool JsonScanner::scanNumber(const char*& start, const char*& end, bool& integral)
{
    skipWs();
    start = m_p;
    const char* p = m_p;
    if (p < m_end && *p == '-')
        ++p;
    if (p >= m_end || !isDigit(*p))
        return fail("expected a number");
    if (*p == '0') {
        ++p;
    } else {
        while (p < m_end && isDigit(*p))
            ++p;
    }
    integral = true;
    if (p < m_end && *p == '.') {
        ++p;
        if (p >= m_end || !isDigit(*p))
            return failAt(std::size_t(p - m_begin), "expected a digit after '.' in a number");
        while (p < m_end && isDigit(*p))
            ++p;
        integral = false;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (p >= m_end || !isDigit(*p))
            return failAt(std::size_t(p - m_begin), "expected a digit in a number's exponent");
        while (p < m_end && isDigit(*p))
            ++p;
        integral = false;
    }
    end = p;
    m_p = p;
    return true;
}

bool JsonScanner::readDouble(double& value)
{
    skipWs();
    return readDoubleFast(value);
}

bool JsonScanner::readDoubleFast(double& value)
{
    // Fast path (Clinger): up to 15 significant digits with a small decimal exponent are exact
    // in a double, and one division rounds correctly, exactly as strtod would. Far from the end
    // of the buffer the digit loops need no bounds checks (a number is followed by a delimiter).
    const char* p = m_p;
    if (m_end - p > 64) {
        const bool negative = *p == '-';
        p += negative;
        const char* intStart = p;
        std::uint64_t mantissa = 0;
        long intDigits = digitRun(p, mantissa);
        p += intDigits;
        while (intDigits == 8 && isDigit(*p) && p - intStart < 20) {
            mantissa = mantissa * 10 + std::uint64_t(*p++ - '0');
            ++intDigits;
        }
        long fraction = 0;
        bool dotOk = true;
        if (*p == '.') {
            const char* fracStart = ++p;
            std::uint64_t part = 0;
            fraction = digitRun(p, part);
            p += fraction;
            mantissa = mantissa * kPow10Int[fraction] + part;
            while (fraction >= 8 && isDigit(*p) && fraction < 20) {
                mantissa = mantissa * 10 + std::uint64_t(*p++ - '0');
                ++fraction;
            }
            fraction = p - fracStart;
            dotOk = fraction > 0;
        }
        if (intDigits > 0 && dotOk && intDigits + fraction <= 15 && (*intStart != '0' || intDigits == 1)
            && *p != 'e' && *p != 'E' && m_end - p > 0) {
            const double v = double(mantissa) / kPow10[fraction];
            value = negative ? -v : v;
            m_p = p;
            return true;
        }
    }
    const char* start = nullptr;
    const char* end = nullptr;
    bool integral = false;
    if (!scanNumber(start, end, integral))
        return false;
    const auto r = std::from_chars(start, end, value);
    if (r.ec == std::errc::result_out_of_range) {
        // Either overflow (→ ±inf) or underflow (→ 0); tell them apart by the exponent's sign.
        const bool tiny = std::string_view(start, std::size_t(end - start)).find("e-") != std::string_view::npos
                          || std::string_view(start, std::size_t(end - start)).find("E-") != std::string_view::npos;
        value = tiny ? 0.0 : (*start == '-' ? -INFINITY : INFINITY);
    } else if (r.ec != std::errc()) {
        return failAt(std::size_t(start - m_begin), "invalid number");
    }
    return true;
}

bool JsonScanner::readInteger(std::int64_t& value, bool* wasInteger)
{
    const char* start = nullptr;
    const char* end = nullptr;
    bool integral = false;
    if (!scanNumber(start, end, integral))
        return false;
    if (integral) {
        const auto r = std::from_chars(start, end, value);
        if (wasInteger)
            *wasInteger = r.ec == std::errc();
        return true;
    }
    double d = 0;
    std::from_chars(start, end, d);
    const bool ok = std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9.2e18;
    value = ok ? std::int64_t(d) : 0;
    if (wasInteger)
        *wasInteger = ok;
    return true;
}

bool JsonScanner::skipLiteral(std::string_view word)
{
    if (std::size_t(m_end - m_p) >= word.size() && std::string_view(m_p, word.size()) == word) {
        m_p += word.size();
        return true;
    }
    return fail("invalid literal (expected true, false or null)");
}

bool JsonScanner::readBool(bool& value)
{
    const Kind k = peek();
    if (k == Kind::True) {
        value = true;
        return skipLiteral("true");
    }
    if (k == Kind::False) {
        value = false;
        return skipLiteral("false");
    }
    return fail("expected true or false");
}

bool JsonScanner::skipValue()
{
    // Iterative so that hostile nesting cannot overflow the stack.
    std::vector<char> stack;
    std::vector<bool> firsts;
    do {
        if (!stack.empty()) {
            bool first = firsts.back();
            std::string_view key;
            const bool more = stack.back() == '{' ? nextMember(first, key) : nextElement(first);
            if (m_failed)
                return false;
            firsts.back() = first;
            if (!more) {
                stack.pop_back();
                firsts.pop_back();
                continue;
            }
        }
        switch (peek()) {
        case Kind::Object:
        case Kind::Array:
            if (stack.size() >= kMaxDepth)
                return fail("nesting deeper than 512 levels");
            stack.push_back(*m_p == '{' ? '{' : '[');
            firsts.push_back(true);
            ++m_p;
            break;
        case Kind::String: {
            std::string_view s;
            if (!readString(s))
                return false;
            break;
        }
        case Kind::Number: {
            const char* a = nullptr;
            const char* b = nullptr;
            bool integral = false;
            if (!scanNumber(a, b, integral))
                return false;
            break;
        }
        case Kind::True: if (!skipLiteral("true")) return false; break;
        case Kind::False: if (!skipLiteral("false")) return false; break;
        case Kind::Null: if (!skipLiteral("null")) return false; break;
        case Kind::End: return fail("unexpected end of file");
        case Kind::Invalid: return fail("expected a value (object, array, string, number, true, false or null)");
        }
    } while (!stack.empty());
    return true;
}

std::string JsonScanner::unescape(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\' || i + 1 >= raw.size()) {
            out.push_back(c);
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
            // The scanner validated that four hex digits follow every \u.
            std::uint32_t cp = hex4(raw, i + 1);
            i += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u') {
                const std::uint32_t lo = hex4(raw, i + 3);
                if (lo >= 0xDC00 && lo < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                }
            }
            appendUtf8(out, cp);
            break;
        }
        default: out.push_back(e); break;
        }
    }
    return out;
}

void JsonScanner::lineColumn(std::string_view text, std::size_t offset, std::size_t& line, std::size_t& column)
{
    line = 1;
    std::size_t lineStart = 0;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    column = offset - lineStart + 1;
}

} // namespace curator
