// CocoParser: parsing a large annotations list on two cores without changing the result.
#include "model/io/cocoparser.h"

#include <cstring>
#include <new>
#include <system_error>

namespace curator::detail {

namespace {
constexpr std::size_t kBoundarySearchBytes = 1u << 20;

/** Offset of a '{' that follows "}" "," (whitespace allowed) at or after @p from; 0 if none nearby. */
std::size_t findLikelyBoundary(std::string_view text, std::size_t from)
{
    const auto isWs = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    const std::size_t limit = std::min(text.size(), from + kBoundarySearchBytes);
    for (std::size_t i = from; i < limit;) {
        const void* hit = std::memchr(text.data() + i, '}', limit - i);
        if (!hit)
            return 0;
        std::size_t j = std::size_t(static_cast<const char*>(hit) - text.data()) + 1;
        i = j;
        while (j < limit && isWs(text[j]))
            ++j;
        if (j >= limit || text[j] != ',')
            continue;
        ++j;
        while (j < limit && isWs(text[j]))
            ++j;
        if (j < limit && text[j] == '{')
            return j;
    }
    return 0;
}
} // namespace

CocoParser::CocoParser(const SourceBuffer& source, AnnotationSet& set, const CocoReader::Options& options,
                       std::size_t fragmentStart)
    : CocoParser(source, set, options)
{
    m_scanner.seek(fragmentStart);
    m_residentFrom = fragmentStart;
    m_nextTick = fragmentStart;
}

CocoParser::~CocoParser() { abandonFragment(); }

bool CocoParser::parseFragment()
{
    const std::size_t remaining = m_source.size() - m_scanner.offset();
    m_store.reserve(remaining / 450 + 16, remaining / 7 + 64);
    bool first = true;
    while (m_scanner.nextElement(first)) {
        if (!parseAnnotation({}))
            return false;
    }
    return !m_scanner.failed();
}

void CocoParser::startFragment()
{
    if (m_resultsList || m_source.size() < m_options.parallelMinBytes || std::thread::hardware_concurrency() < 2)
        return;
    const std::size_t here = m_scanner.offset();
    const std::size_t start = findLikelyBoundary(m_source.text(), here + (m_source.size() - here) / 2);
    if (start == 0)
        return;
    m_fragment = std::make_unique<Fragment>();
    Fragment& f = *m_fragment;
    f.start = start;
    f.options.cancel = &f.cancel;
    f.options.parallelMinBytes = std::size_t(-1);
    f.parser.reset(new CocoParser(m_source, f.set, f.options, start));
    try {
        f.thread = std::thread([&f] {
            try {
                f.ok = f.parser->parseFragment();
            } catch (const std::bad_alloc&) {
                f.outOfMemory = true; // rethrown by joinFragment(), for CocoReader to report
            }
            f.end = f.parser->m_scanner.offset();
        });
    } catch (const std::system_error&) {
        m_fragment.reset(); // no thread to be had: parse alone
    }
}

void CocoParser::abandonFragment()
{
    if (!m_fragment)
        return;
    m_fragment->cancel = true;
    if (m_fragment->thread.joinable())
        m_fragment->thread.join();
    m_fragment.reset();
}

bool CocoParser::joinFragment()
{
    Fragment& f = *m_fragment;
    f.thread.join();
    if (f.outOfMemory) {
        m_fragment.reset();
        throw std::bad_alloc();
    }
    if (!f.ok) {
        // The boundary was real, so the other thread's syntax error is the file's.
        const JsonScanner& s = f.parser->m_scanner;
        m_scanner.failAt(s.errorOffset(), s.error().c_str());
        m_fragment.reset();
        return false;
    }
    m_elementIndex += f.parser->m_elementIndex;
    m_store.appendAnnotationsFrom(std::move(f.set.store));
    m_set.diagnostics.append(f.set.diagnostics);
    for (std::size_t c = 0; c < m_diagnosticCounts.size(); ++c)
        m_diagnosticCounts[c] += f.parser->m_diagnosticCounts[c];
    m_scanner.seek(f.end);
    m_source.releaseResident(f.start, f.end);
    m_fragment.reset();
    return true;
}

bool CocoParser::parseAnnotationList()
{
    m_scanner.enterArray();
    startFragment();
    bool first = true;
    while (m_scanner.nextElement(first)) {
        if (m_fragment) {
            const std::size_t at = m_scanner.valueOffset();
            if (at == m_fragment->start)
                return joinFragment();
            if (at > m_fragment->start)
                abandonFragment(); // the guess was inside a value: carry on alone
        }
        if (!parseAnnotation({}))
            return false;
    }
    abandonFragment();
    return !m_scanner.failed();
}

} // namespace curator::detail
