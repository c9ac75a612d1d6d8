#pragma once
// Internal to the COCO reader: parses one document into an AnnotationSet.

#include "model/annotationset.h"
#include "model/io/cocoreader.h"
#include "model/io/jsonscanner.h"

#include <atomic>
#include <memory>
#include <string_view>
#include <thread>
#include <vector>

namespace curator::detail {

class CocoParser
{
public:
    CocoParser(const SourceBuffer& source, AnnotationSet& set, const CocoReader::Options& options);

    ~CocoParser();

    /** Parses the whole document; false on a syntax error or cancellation (see errorMessage()). */
    bool parse();
    QString errorMessage() const { return m_errorMessage; }

private:
    /**
     * The second half of a large annotations list, parsed speculatively by another thread from a
     * position that looks like an element boundary. It is used only if the main pass arrives at
     * exactly that position between elements, so the result is always what a single pass gives.
     */
    struct Fragment
    {
        std::size_t start = 0;
        AnnotationSet set;
        CocoReader::Options options;
        std::atomic_bool cancel{false};
        std::unique_ptr<CocoParser> parser;
        std::thread thread;
        bool ok = false;
        bool outOfMemory = false;
        std::size_t end = 0;
    };
    CocoParser(const SourceBuffer& source, AnnotationSet& set, const CocoReader::Options& options,
               std::size_t fragmentStart);
    void startFragment();
    void abandonFragment();
    bool joinFragment();
    bool parseFragment();
    bool parseAnnotationList();

    bool parseTopLevelObject();
    bool parseImages(CocoLayout::Shape& shape);
    /** The dict-shaped mirrors' `{"<id>": {...}, ...}`: @p parseOne on each value, given its key's span. */
    bool parseKeyedObjects(bool (CocoParser::*parseOne)(SourceSpan dictKey));
    bool parseImage(SourceSpan dictKey);
    bool parseAnnotations(CocoLayout::Shape& shape);
    bool parseAnnotation(SourceSpan dictKey);
    bool parseAnnotationMember(std::string_view key, AnnotationStore::AnnotationFields& f, bool& bad);
    bool parseSegmentation(AnnotationStore::AnnotationFields& f, bool& bad);
    bool parsePolygon(AnnotationStore::AnnotationFields& f, bool& bad);
    bool parseRle(AnnotationStore::AnnotationFields& f, bool& bad);
    bool parseCategories();
    bool readIntField(const char* field, qint64& out, bool& ok);
    bool readNumberField(const char* field, double& out, bool& ok);
    bool parseBbox(AnnotationStore::AnnotationFields& f);
    void commitAnnotation(AnnotationStore::AnnotationFields& f, bool bad);
    bool polygonWithinLimits(const AnnotationStore::AnnotationFields& f, std::size_t at);
    void checkRings(const AnnotationStore::AnnotationFields& f, std::size_t at);
    bool tick();
    void diagnose(Diagnostic::Code code, qint64 objectId, std::size_t offset, const QString& message,
                  Diagnostic::Severity severity = Diagnostic::Severity::Warning);
    void finish();
    QString where(std::size_t offset) const;
    /** False (and counted) once a kind of diagnostic reached its cap: skip formatting it. */
    bool wants(Diagnostic::Code code);

    const SourceBuffer& m_source;
    AnnotationSet& m_set;
    AnnotationStore& m_store;
    const CocoReader::Options& m_options;
    JsonScanner m_scanner;
    QString m_errorMessage;
    bool m_cancelled = false;
    bool m_resultsList = false;
    std::size_t m_nextTick = 0;
    std::size_t m_elementIndex = 0;
    std::size_t m_objectStart = 0;
    std::size_t m_residentFrom = 0;
    std::unique_ptr<Fragment> m_fragment;

    // Scratch space reused for every annotation, so parsing allocates only when the store grows.
    enum class Seg { None, Polygon, RleString, RleRuns, Bad } m_seg = Seg::None;
    std::vector<double> m_coords;
    std::vector<quint32> m_ringSizes;
    std::vector<quint32> m_runs;
    std::string_view m_rleString;
    std::string m_unescapedCounts;
    qint64 m_rleHeight = 0;
    qint64 m_rleWidth = 0;
    bool m_hasScore = false;
    bool m_hasMaskScore = false;
    double m_maskScore = 0;
    std::array<int, 16> m_diagnosticCounts{};
    mutable std::size_t m_whereOffset = 0, m_whereLine = 0, m_whereLineStart = 0;
};

} // namespace curator::detail
