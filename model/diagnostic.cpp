#include "model/diagnostic.h"

namespace curator {

QString diagnosticCodeName(Diagnostic::Code code)
{
    switch (code) {
    case Diagnostic::Code::UnknownImageId: return QStringLiteral("unknown-image-id");
    case Diagnostic::Code::DuplicateImageId: return QStringLiteral("duplicate-image-id");
    case Diagnostic::Code::DuplicateAnnotationId: return QStringLiteral("duplicate-annotation-id");
    case Diagnostic::Code::DuplicateFileName: return QStringLiteral("duplicate-file-name");
    case Diagnostic::Code::DegenerateRing: return QStringLiteral("degenerate-ring");
    case Diagnostic::Code::OddCoordinateCount: return QStringLiteral("odd-coordinate-count");
    case Diagnostic::Code::NonFiniteCoordinate: return QStringLiteral("non-finite-coordinate");
    case Diagnostic::Code::InvalidField: return QStringLiteral("invalid-field");
    case Diagnostic::Code::MissingField: return QStringLiteral("missing-field");
    case Diagnostic::Code::EmptySegmentation: return QStringLiteral("empty-segmentation");
    case Diagnostic::Code::ImageMissingFromSource: return QStringLiteral("image-missing-from-source");
    case Diagnostic::Code::Other: break;
    }
    return QStringLiteral("other");
}

} // namespace curator
