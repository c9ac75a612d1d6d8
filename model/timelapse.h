#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace curator {

class ImageBrowserModel;

/**
 * LIVECell images of one well, location and crop form a 4-hourly time-lapse series
 * (LivecellName::seriesKey()). This index answers "the previous/next time point of this image"
 * over the rows of an ImageBrowserModel, whichever set (or none) each time point belongs to.
 */
class TimeLapse
{
public:
    enum Direction { Previous = -1, Next = 1 };

    /** Indexes every row of @p model whose name parses; call again after the model resets. */
    void rebuild(const ImageBrowserModel& model);

    /**
     * The source row of the nearest time point before or after @p row's in the same series, -1
     * when there is none. Among rows of that time point, one of @p row's own set is preferred.
     */
    int neighbour(int row, Direction direction) const;
    /** Time points (in minutes) of @p row's series, ascending, duplicates removed. */
    std::vector<int> timePoints(int row) const;
    /** Number of distinct series with at least two time points. */
    int seriesWithSeveralTimePoints() const;

private:
    struct Entry
    {
        int minutes;
        int set;
        int row;
        bool operator<(const Entry& o) const { return minutes != o.minutes ? minutes < o.minutes : row < o.row; }
    };
    std::vector<std::vector<Entry>> m_series;   // each sorted by time point
    std::vector<int> m_seriesOfRow;              // -1 for rows whose name does not parse
};

} // namespace curator
