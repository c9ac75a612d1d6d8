#pragma once

#include <QString>
#include <QList>
#include <cstdint>

namespace curator {

/** A non-fatal finding made while reading or validating a file. */
struct Diagnostic
{
    enum class Severity : quint8 { Info, Warning, Error };
    enum class Code : quint8 {
        UnknownImageId,       ///< annotation refers to an image id not in `images`
        DuplicateImageId,
        DuplicateAnnotationId,
        DuplicateFileName,    ///< the same file_name under two image ids
        DegenerateRing,       ///< fewer than 3 distinct points
        OddCoordinateCount,
        NonFiniteCoordinate,
        InvalidField,         ///< a field has the wrong JSON type or an impossible value
        MissingField,
        EmptySegmentation,
        ImageMissingFromSource,
        Other
    };

    Severity severity = Severity::Warning;
    Code code = Code::Other;
    QString message;            ///< translated, names the object and what was expected
    qint64 byteOffset = -1;     ///< where in the file, -1 if not applicable
    qint64 objectId = -1;       ///< annotation or image id, -1 if none
    bool operator==(const Diagnostic&) const = default;
};

using Diagnostics = QList<Diagnostic>;

/** Stable machine-readable name of a code, e.g. "duplicate-annotation-id". */
QString diagnosticCodeName(Diagnostic::Code code);

} // namespace curator
