#pragma once

#include "model/qc/qcrunner.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace curator {

/**
 * Findings as files. JSON (UTF-8, indented):
 * ```
 * {"source": "<annotation file>", "images": N, "annotations": N, "seconds": s,
 *  "summary": {"<check id>": count, …},                       // every check, in QcCheck order
 *  "findings": [{"check": "<check id>", "severity": "info|warning|error", "image_id": N,
 *                "annotation_ids": [N…], "message": "…", "key": "<qcFindingKey>",
 *                "value": x, "x": px, "y": px, "related_image_ids": [N…], "dismissed": true}, …]}
 * ```
 * `value`, `x`/`y`, `related_image_ids` and `dismissed` appear only when they apply; an infinite
 * value (the z-score of a zero-area cell) is written as the string "-inf" or "inf".
 * CSV (RFC 4180, UTF-8, header row): check,severity,image_id,annotation_ids,value,x,y,message,key,dismissed
 * with annotation ids separated by spaces and empty cells for absent values.
 */
class QcExport
{
public:
    /**
     * Writes the findings to @p path a finding at a time (the file as a whole is never held in memory),
     * through saveFileInChunks(): false with a message naming the file when it cannot be written or
     * memory runs out, the previous file then left as it was. @p dismissed holds finding keys
     * (QcFinding::key()) the user dismissed; they are marked, not dropped.
     */
    static bool writeJson(const QString& path, const QcReport& report, const QString& source,
                          const QSet<QString>& dismissed, QString* error);
    static bool writeCsv(const QString& path, const QcReport& report, const QSet<QString>& dismissed, QString* error);

    /** The same bytes in memory. */
    static QByteArray toJson(const QcReport& report, const QString& source, const QSet<QString>& dismissed = {});
    static QByteArray toCsv(const QcReport& report, const QSet<QString>& dismissed = {});
};

} // namespace curator
