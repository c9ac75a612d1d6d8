#include "model/eval/evalparams.h"

#include <algorithm>

namespace curator {

namespace {

std::vector<SummaryItem> cocoSummaryItems(const std::vector<int>& maxDets)
{
    const int last = maxDets.back();
    const auto at = [](int n) { return QString::number(n); };
    std::vector<SummaryItem> items = {
        {QStringLiteral("AP"), true, -1, 0, last},
        {QStringLiteral("AP50"), true, .5, 0, last},
        {QStringLiteral("AP75"), true, .75, 0, last},
        {QStringLiteral("AP_small"), true, -1, 1, last},
        {QStringLiteral("AP_medium"), true, -1, 2, last},
        {QStringLiteral("AP_large"), true, -1, 3, last},
    };
    for (int m : maxDets)
        items.push_back({QStringLiteral("AR@") + at(m), false, -1, 0, m});
    items.push_back({QStringLiteral("AR_small@") + at(last), false, -1, 1, last});
    items.push_back({QStringLiteral("AR_medium@") + at(last), false, -1, 2, last});
    items.push_back({QStringLiteral("AR_large@") + at(last), false, -1, 3, last});
    return items;
}

EvalParams common(EvalParams::Protocol protocol, std::vector<int> maxDets, double small, double large)
{
    EvalParams p;
    p.protocol = protocol;
    p.iouThresholds = EvalParams::linspace(.5, 0.95, 10);
    p.recallThresholds = EvalParams::linspace(.0, 1.00, 101);
    p.maxDets = std::move(maxDets);
    p.areaRanges = {
        {QStringLiteral("all"), 0, 1e10},
        {QStringLiteral("small"), 0, small},
        {QStringLiteral("medium"), small, large},
        {QStringLiteral("large"), large, 1e10},
    };
    p.summaryItems = cocoSummaryItems(p.maxDets);
    return p;
}

} // namespace

EvalParams EvalParams::livecell()
{
    EvalParams p = common(Protocol::Livecell, {100, 500, 2000}, 18.0 * 18.0, 31.0 * 31.0);
    p.useCats = false;
    return p;
}

EvalParams EvalParams::coco()
{
    EvalParams p = common(Protocol::Coco, {1, 10, 100}, 32.0 * 32.0, 96.0 * 96.0);
    p.useCats = true;
    return p;
}

EvalParams EvalParams::forProtocol(Protocol protocol)
{
    return protocol == Protocol::Coco ? coco() : livecell();
}

std::optional<EvalParams::Protocol> EvalParams::protocolFromName(QStringView name)
{
    if (name.compare(u"livecell", Qt::CaseInsensitive) == 0)
        return Protocol::Livecell;
    if (name.compare(u"coco", Qt::CaseInsensitive) == 0)
        return Protocol::Coco;
    return std::nullopt;
}

QString EvalParams::protocolName(Protocol protocol)
{
    return protocol == Protocol::Coco ? QStringLiteral("coco") : QStringLiteral("livecell");
}

std::optional<DetectionArea> EvalParams::detectionAreaFromName(QStringView name)
{
    for (DetectionArea a : {DetectionArea::Auto, DetectionArea::Mask, DetectionArea::Box}) {
        if (name.compare(detectionAreaName(a), Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

QString EvalParams::detectionAreaName(DetectionArea area)
{
    switch (area) {
    case DetectionArea::Mask: return QStringLiteral("mask");
    case DetectionArea::Box: return QStringLiteral("box");
    case DetectionArea::Auto: break;
    }
    return QStringLiteral("auto");
}

std::vector<double> EvalParams::linspace(double start, double stop, int num)
{
    std::vector<double> y(std::size_t(std::max(num, 0)));
    if (num == 1)
        y[0] = start;
    if (num < 2)
        return y;
    const double step = (stop - start) / double(num - 1);
    for (int i = 0; i < num; ++i) {
        const double scaled = double(i) * step;
        y[std::size_t(i)] = scaled + start;
    }
    y.back() = stop;
    return y;
}

void EvalParams::setMaxDets(std::vector<int> values)
{
    std::sort(values.begin(), values.end());
    maxDets = std::move(values);
    if (!maxDets.empty())
        summaryItems = cocoSummaryItems(maxDets);
}

int EvalParams::areaIndex(QStringView label) const
{
    for (std::size_t i = 0; i < areaRanges.size(); ++i) {
        if (areaRanges[i].label == label)
            return int(i);
    }
    return -1;
}

int EvalParams::maxDetsIndex(int maxDet) const
{
    for (std::size_t i = 0; i < maxDets.size(); ++i) {
        if (maxDets[i] == maxDet)
            return int(i);
    }
    return -1;
}

} // namespace curator
