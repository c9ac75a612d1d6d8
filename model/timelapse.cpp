#include "model/timelapse.h"

#include "model/imagebrowsermodel.h"

#include <algorithm>

namespace curator {

void TimeLapse::rebuild(const ImageBrowserModel& model)
{
    m_series.clear();
    m_seriesOfRow.assign(std::size_t(model.rowCount()), -1);
    QHash<QString, int> index;
    for (int r = 0; r < model.rowCount(); ++r) {
        const ImageBrowserModel::Row& row = model.row(r);
        const QString key = row.name.seriesKey();
        if (key.isEmpty())
            continue;
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, int(m_series.size()));
            m_series.emplace_back();
        }
        m_series[std::size_t(*it)].push_back({row.name.minutes, row.key.set, r});
        m_seriesOfRow[std::size_t(r)] = *it;
    }
    for (auto& series : m_series)
        std::sort(series.begin(), series.end());
}

int TimeLapse::neighbour(int row, Direction direction) const
{
    if (row < 0 || row >= int(m_seriesOfRow.size()) || m_seriesOfRow[std::size_t(row)] < 0)
        return -1;
    const std::vector<Entry>& series = m_series[std::size_t(m_seriesOfRow[std::size_t(row)])];
    const auto self = std::find_if(series.begin(), series.end(), [row](const Entry& e) { return e.row == row; });
    int target = -1;
    if (direction == Next) {
        const auto it = std::find_if(self, series.end(), [&](const Entry& e) { return e.minutes > self->minutes; });
        if (it == series.end())
            return -1;
        target = it->minutes;
    } else {
        const auto it = std::find_if(std::make_reverse_iterator(self), series.rend(),
                                     [&](const Entry& e) { return e.minutes < self->minutes; });
        if (it == series.rend())
            return -1;
        target = it->minutes;
    }
    int best = -1;
    for (const Entry& e : series) {
        if (e.minutes != target)
            continue;
        if (best < 0 || e.set == self->set) {
            best = e.row;
            if (e.set == self->set)
                break;
        }
    }
    return best;
}

std::vector<int> TimeLapse::timePoints(int row) const
{
    std::vector<int> minutes;
    if (row < 0 || row >= int(m_seriesOfRow.size()) || m_seriesOfRow[std::size_t(row)] < 0)
        return minutes;
    for (const Entry& e : m_series[std::size_t(m_seriesOfRow[std::size_t(row)])]) {
        if (minutes.empty() || minutes.back() != e.minutes)
            minutes.push_back(e.minutes);
    }
    return minutes;
}

int TimeLapse::seriesWithSeveralTimePoints() const
{
    return int(std::count_if(m_series.begin(), m_series.end(), [](const std::vector<Entry>& s) {
        return s.size() > 1 && s.front().minutes != s.back().minutes;
    }));
}

} // namespace curator
