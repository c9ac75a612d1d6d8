#pragma once

#include <QtGlobal>

#include <vector>

namespace curator {

/**
 * COCOeval.evaluateImg's output for one image and category, for every area range at once: the
 * kept detections best first, and per detection, area range and IoU threshold whether it matched
 * (dtMatches != 0) and whether it is ignored (dtIgnore).
 */
struct UnitEvaluation
{
    int image = 0;                  ///< position of the image in ascending id order
    int category = 0;               ///< index into the category axis (0 when class-agnostic)
    std::vector<double> scores;     ///< kept detections, in COCOeval's order
    std::vector<quint16> matched;   ///< [d * A + a]: bit t set when matched at threshold t
    std::vector<quint16> ignored;   ///< [d * A + a]: bit t set when ignored at threshold t
    std::vector<int> regularGt;     ///< [a]: ground truth not ignored in area range a
};

} // namespace curator
