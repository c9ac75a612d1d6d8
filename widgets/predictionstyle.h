#pragma once

#include <QColor>

namespace curator {

/** How the predictions layer (cells of results lists: sets without images) is drawn. */
struct PredictionStyle
{
    bool visible = true;
    QColor colour = QColor(40, 90, 255);   ///< one colour for every prediction; a blue no cell type uses
    double minScore = 0.0;                 ///< predictions scoring below are hidden (and not hit)
    bool operator==(const PredictionStyle&) const = default;
};

} // namespace curator
