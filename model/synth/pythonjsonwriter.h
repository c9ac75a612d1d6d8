#pragma once

#include <QSaveFile>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

namespace curator {

/**
 * Streams JSON text to a file the way Python's json.dump() writes it with its default settings
 * (separators ", " and ": ", ensure_ascii, floats as repr()), which is how LIVECell's annotation
 * files were written. Output is buffered and goes through QSaveFile: nothing appears at the path
 * until commit() succeeds. No DOM is built; the caller writes punctuation with raw().
 */
class PythonJsonWriter
{
public:
    explicit PythonJsonWriter(const QString& path);

    bool open(QString* error);
    /** Writes the buffer, then renames the temporary file over the path; false with a message. */
    bool commit(QString* error);
    qint64 bytesWritten() const { return m_written + qint64(m_buffer.size()); }

    void raw(std::string_view text) { m_buffer.append(text); maybeFlush(); }
    /** A quoted key followed by ": ". */
    void key(std::string_view name);
    void string(std::string_view utf8);
    void integer(qint64 value);
    /** A float formatted exactly like Python's repr() (e.g. 207.2897500002291, 0.0, 1e-05). */
    void number(double value);
    /** Hundredths given as an integer: 59393 → "593.93", 60120 → "601.2", 0 → "0.0". Equal to
     *  repr(value / 100) for the 2-decimal coordinates of LIVECell polygons, and much faster. */
    void centi(std::int64_t hundredths);

    /** Appends Python's repr() of @p value to @p out. */
    static void appendPythonRepr(std::string& out, double value);

private:
    void maybeFlush()
    {
        if (m_buffer.size() >= kFlushSize)
            flush();
    }
    void flush();

    static constexpr std::size_t kFlushSize = std::size_t(4) << 20;
    QSaveFile m_file;
    std::string m_buffer;
    qint64 m_written = 0;
    bool m_failed = false;
};

} // namespace curator
