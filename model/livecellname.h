#pragma once

#include "model/celltype.h"

#include <QString>
#include <QStringView>

namespace curator {

/**
 * Metadata encoded in a LIVECell image file name,
 * `<CellType>_Phase_<Well>_<Location>_<DDd><HHh><MMm>_<Crop>.tif`
 * (e.g. `A172_Phase_C7_1_02d16h00m_2.tif`). Names that do not match keep isValid() false but still
 * carry the best-effort cell type from their prefix.
 */
struct LivecellName
{
    CellType cellType = CellType::Unknown;
    QString well;          ///< e.g. "C7"; empty when the name does not match
    int location = -1;     ///< position within the well
    int minutes = -1;      ///< time since the start of imaging, in minutes
    int crop = -1;         ///< crop index within the original frame
    bool valid = false;    ///< true when the whole name matched the LIVECell pattern

    /** Time point in hours (LIVECell images are taken every 4 h); -1 when unknown. */
    double hours() const { return minutes < 0 ? -1.0 : minutes / 60.0; }
    /** Identifies the time-lapse series this image belongs to: cell type, well, location and crop. */
    QString seriesKey() const;

    /** Parses a base name or a path (folders are ignored). */
    static LivecellName parse(QStringView fileName);
    /**
     * The part of a LIVECell name that tells images of one cell type apart: well, location, time
     * and crop, as spelled in the file (`C7_1_02d16h00m_2` for `A172_Phase_C7_1_02d16h00m_2.tif`).
     * Other names come back whole, without their folders.
     */
    static QString compactName(QStringView fileName);
};

} // namespace curator
