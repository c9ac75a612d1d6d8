#include "model/synth/pythonjsonwriter.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace curator {

PythonJsonWriter::PythonJsonWriter(const QString& path) : m_file(path) {}

bool PythonJsonWriter::open(QString* error)
{
    m_buffer.reserve(kFlushSize + 4096);
    if (m_file.open(QIODevice::WriteOnly))
        return true;
    if (error)
        *error = QCoreApplication::translate("PythonJsonWriter", "Cannot write %1: %2")
                     .arg(m_file.fileName(), m_file.errorString());
    return false;
}

void PythonJsonWriter::flush()
{
    if (!m_failed && m_file.write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
        m_failed = true;
    m_written += qint64(m_buffer.size());
    m_buffer.clear();
}

bool PythonJsonWriter::commit(QString* error)
{
    flush();
    if (!m_failed && m_file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("PythonJsonWriter", "Cannot write %1: %2")
                     .arg(m_file.fileName(), m_file.errorString());
    m_file.cancelWriting();
    return false;
}

void PythonJsonWriter::key(std::string_view name)
{
    string(name);
    m_buffer.append(": ");
}

void PythonJsonWriter::string(std::string_view utf8)
{
    static const char* hex = "0123456789abcdef";
    m_buffer.push_back('"');
    for (const QChar ch : QString::fromUtf8(utf8.data(), qsizetype(utf8.size()))) {
        const char16_t u = ch.unicode();
        if (u == u'"' || u == u'\\') {
            m_buffer.push_back('\\');
            m_buffer.push_back(char(u));
        } else if (u >= 0x20 && u < 0x7f) {
            m_buffer.push_back(char(u));
        } else if (u == u'\n' || u == u'\r' || u == u'\t' || u == u'\b' || u == u'\f') {
            m_buffer.append(u == u'\n' ? "\\n" : u == u'\r' ? "\\r" : u == u'\t' ? "\\t" : u == u'\b' ? "\\b" : "\\f");
        } else {
            // ensure_ascii: everything else as \uXXXX of its UTF-16 code units, lower-case hex.
            m_buffer.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4)
                m_buffer.push_back(hex[(u >> shift) & 0xf]);
        }
    }
    m_buffer.push_back('"');
    maybeFlush();
}

void PythonJsonWriter::integer(qint64 value)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    m_buffer.append(buf, r.ptr);
    maybeFlush();
}

void PythonJsonWriter::number(double value)
{
    appendPythonRepr(m_buffer, value);
    maybeFlush();
}

void PythonJsonWriter::centi(std::int64_t hundredths)
{
    if (hundredths < 0) {
        m_buffer.push_back('-');
        hundredths = -hundredths;
    }
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, hundredths / 100);
    m_buffer.append(buf, r.ptr);
    const int frac = int(hundredths % 100);
    m_buffer.push_back('.');
    m_buffer.push_back(char('0' + frac / 10));
    if (frac % 10)
        m_buffer.push_back(char('0' + frac % 10));
    maybeFlush();
}

namespace {

/** The shortest round-trip significant digits of |value| and its decimal exponent (d.ddd × 10^e). */
int shortestDigits(double value, std::string& digits)
{
    char buf[40];
    const auto r = std::to_chars(buf, buf + sizeof buf, std::abs(value), std::chars_format::scientific);
    const std::string_view sci(buf, std::size_t(r.ptr - buf));
    const std::size_t e = sci.find('e');
    for (std::size_t i = 0; i < e; ++i) {
        if (sci[i] != '.')
            digits.push_back(sci[i]);
    }
    int exponent = 0;
    const char* expBegin = sci.data() + e + 1 + (sci[e + 1] == '+' ? 1 : 0);
    std::from_chars(expBegin, sci.data() + sci.size(), exponent);
    return exponent;
}

} // namespace

void PythonJsonWriter::appendPythonRepr(std::string& out, double value)
{
    if (std::isnan(value) || std::isinf(value)) {
        out.append(std::isnan(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        return;
    }
    // Shortest round-trip digits, then Python's layout rule: exponent form when the decimal point
    // would sit more than 16 places right of the first digit or 4 or more zeros left of it.
    std::string digits;
    const int exponent = shortestDigits(value, digits);
    if (std::signbit(value))
        out.push_back('-');
    const int decpt = exponent + 1;
    const int n = int(digits.size());
    if (decpt <= -4 || decpt > 16) {
        out.push_back(digits[0]);
        if (n > 1)
            out.append(".").append(digits, 1);
        char expBuf[16];
        std::snprintf(expBuf, sizeof expBuf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out.append(expBuf);
    } else if (decpt <= 0) {
        out.append("0.").append(std::size_t(-decpt), '0').append(digits);
    } else if (decpt >= n) {
        out.append(digits).append(std::size_t(decpt - n), '0').append(".0");
    } else {
        out.append(digits, 0, std::size_t(decpt)).append(".").append(digits, std::size_t(decpt));
    }
}

} // namespace curator
