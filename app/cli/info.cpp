// livecell-cli info: what an annotation file holds.
#include "app/cli/command.h"
#include "app/cli/common.h"
#include "model/io/jsondismantle.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <nlohmann/json.hpp>

#include <map>

namespace curator::cli {
namespace {

struct TypeCounts
{
    int images = 0;
    qint64 cells = 0;
};

QString kindName(const SetInfo& info)
{
    switch (info.kind) {
    case SetKind::LivecellWide: return QStringLiteral("LIVECell-wide split");
    case SetKind::SingleCellType: return QStringLiteral("single cell type split");
    case SetKind::SizeSplit: return QStringLiteral("dataset-size split");
    case SetKind::Results: return QStringLiteral("model results");
    case SetKind::Other: break;
    }
    return QStringLiteral("COCO annotations");
}

std::map<QString, TypeCounts> countByCellType(const AnnotationStore& s)
{
    std::map<QString, TypeCounts> counts;
    for (int i = 0; i < s.imageCount(); ++i) {
        const QString type = cellTypeName(s.image(i).name.cellType);
        TypeCounts& c = counts[type.isEmpty() ? QStringLiteral("(unknown)") : type];
        ++c.images;
        c.cells += s.liveAnnotationCountOfImage(i);
    }
    return counts;
}

void printText(const AnnotationSet& set, const std::map<QString, TypeCounts>& types, const ImageSource* source,
               const QStringList& missing)
{
    const AnnotationStore& s = set.store;
    QTextStream& o = out();
    o << "File:          " << set.info.path << "\n";
    o << "Kind:          " << kindName(set.info) << " (" << set.info.label() << ")\n";
    o << "Images:        " << s.imageCount() << "\n";
    o << "Annotations:   " << s.liveAnnotationCount();
    if (s.annotationCount() != s.liveAnnotationCount())
        o << " (+" << (s.annotationCount() - s.liveAnnotationCount()) << " unusable, kept for export)";
    o << "\nShape:         annotations as "
      << (set.layout.annotationsShape == CocoLayout::Shape::Dict ? "object keyed by id" : "list") << "\n";
    o << "Categories:    " << s.categories().size() << "\n\n";
    o << QStringLiteral("%1 %2 %3\n").arg(QStringLiteral("Cell type"), -12).arg(QStringLiteral("Images"), 8).arg(QStringLiteral("Cells"), 10);
    for (const auto& [type, c] : types)
        o << QStringLiteral("%1 %2 %3\n").arg(type, -12).arg(c.images, 8).arg(c.cells, 10);
    if (source) {
        o << "\nImage source:  " << source->path() << " (" << source->count() << " images)\n";
        o << "Missing:       "
          << QCoreApplication::translate("curator::cli::info", "%n image(s) of this file are not in the source",
                                         nullptr, int(missing.size()))
          << "\n";
        for (qsizetype i = 0; i < std::min<qsizetype>(missing.size(), 10); ++i)
            o << "  " << missing[i] << "\n";
    }
    o << "\nDiagnostics:   " << set.diagnostics.size() << "\n";
    for (const Diagnostic& d : set.diagnostics)
        o << "  [" << diagnosticCodeName(d.code) << "] " << d.message << "\n";
}

// The value is built member by member and emptied before it goes (jsondismantle.h): nlohmann's initializer lists
// and destructor allocate where running out of memory would end the process instead of reaching main's message.
void fillJson(nlohmann::json& j, const AnnotationSet& set, const std::map<QString, TypeCounts>& types,
              const ImageSource* source, const QStringList& missing)
{
    using nlohmann::json;
    const AnnotationStore& s = set.store;
    j = json::object();
    j["file"] = set.info.path.toStdString();
    j["kind"] = kindName(set.info).toStdString();
    j["label"] = set.info.label().toStdString();
    j["images"] = s.imageCount();
    j["annotations"] = s.liveAnnotationCount();
    j["unusable_annotations"] = s.annotationCount() - s.liveAnnotationCount();
    j["annotations_shape"] = set.layout.annotationsShape == CocoLayout::Shape::Dict ? "dict" : "list";
    j["categories"] = s.categories().size();
    json& perType = j["cell_types"] = json::object();
    for (const auto& [type, c] : types) {
        json& counts = perType[type.toStdString()] = json::object();
        counts["images"] = c.images;
        counts["cells"] = c.cells;
    }
    if (source) {
        j["image_source"] = source->path().toStdString();
        json& m = j["missing_images"] = json::array();
        for (const QString& name : missing)
            m.push_back(name.toStdString());
    }
    json& diags = j["diagnostics"] = json::array();
    for (const Diagnostic& d : set.diagnostics) {
        json& entry = diags.emplace_back(json::object());
        entry["code"] = diagnosticCodeName(d.code).toStdString();
        entry["severity"] = d.severity == Diagnostic::Severity::Error ? "error" : "warning";
        entry["message"] = d.message.toStdString();
        entry["byte_offset"] = d.byteOffset;
        entry["object_id"] = d.objectId;
    }
}

int run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Summarises a COCO annotation file: images, annotations, per-cell-type counts, images missing from "
        "the image source, and diagnostics."));
    parser.addPositionalArgument(QStringLiteral("ANNOTATIONS.json"), QStringLiteral("COCO annotation file"));
    const QCommandLineOption images(QStringLiteral("images"), QStringLiteral("images.zip or image folder"),
                                    QStringLiteral("ZIP|DIR"));
    const QCommandLineOption asJson(QStringLiteral("json"), QStringLiteral("Print JSON instead of text"));
    parser.addOptions({images, asJson});
    if (const int rc = processArguments(parser, args, 1, 1); rc >= 0)
        return rc;
    auto set = loadAnnotations(parser.positionalArguments()[0]);
    if (!set)
        return 2;
    bool failed = false;
    auto source = openImages(parser.value(images), failed);
    if (failed)
        return 2;
    const QStringList missing = source ? missingImages(*set, *source) : QStringList();
    const auto types = countByCellType(set->store);
    if (parser.isSet(asJson)) {
        nlohmann::json j;
        const DismantleOnExit dismantled(j);
        fillJson(j, *set, types, source.get(), missing);
        out() << QString::fromStdString(j.dump(2)) << "\n";
    } else {
        printText(*set, types, source.get(), missing);
    }
    return 0;
}

} // namespace

CURATOR_CLI_COMMAND(info, "info", "Summarise an annotation file (counts per cell type, diagnostics)", run);

} // namespace curator::cli
