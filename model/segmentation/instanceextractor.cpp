#include "model/segmentation/instanceextractor.h"

#include "model/segmentation/stabilityscore.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>

namespace curator {
namespace {

constexpr int kLevels = 256;

/** Per-instance bounding box and pixel count from one pass over the label map. */
struct Extent
{
    int x0 = INT_MAX, y0 = INT_MAX, x1 = -1, y1 = -1;
};

/** Elevation 1 − interior + weight · contact, quantised to kLevels steps over its range [0, 1 + weight]. */
int level(float interior, float contact, float weight)
{
    const float elevation = (1.0f - interior + weight * contact) / (1.0f + weight);
    return std::clamp(int(elevation * (kLevels - 1) + 0.5f), 0, kLevels - 1);
}

/** Every pixel's flooding level; the contact term only when @p contact is given and @p weight > 0. */
std::vector<uchar> levels(const cv::Mat& interior, const std::vector<float>& contact, double weight)
{
    const std::size_t n = interior.total();
    const float* in = interior.ptr<float>();
    const bool useContact = weight > 0 && contact.size() == n;
    const float w = useContact ? float(weight) : 0.0f;
    std::vector<uchar> out(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = uchar(level(in[i], useContact ? contact[i] : 0.0f, w));
    return out;
}

/**
 * Seeded watershed by flooding: a bucket queue over 256 elevation levels; a pixel takes the label of
 * the neighbour that reaches it first. Monotone, so plateaus fill breadth-first.
 */
void flood(cv::Mat& labels, const cv::Mat& foreground, const std::vector<uchar>& level)
{
    const int w = labels.cols, h = labels.rows;
    std::array<std::vector<int>, kLevels> buckets;
    int* lab = labels.ptr<int>();
    const uchar* fg = foreground.ptr<uchar>();
    for (int i = 0; i < w * h; ++i)
        if (lab[i] > 0)
            buckets[level[std::size_t(i)]].push_back(i);
    for (int current = 0; current < kLevels; ++current) {
        auto& bucket = buckets[current];
        for (std::size_t k = 0; k < bucket.size(); ++k) {
            const int i = bucket[k];
            const int x = i % w, y = i / w;
            const int neighbours[4] = {x > 0 ? i - 1 : -1, x + 1 < w ? i + 1 : -1, y > 0 ? i - w : -1,
                                       y + 1 < h ? i + w : -1};
            for (const int n : neighbours) {
                if (n < 0 || lab[n] != 0 || !fg[n])
                    continue;
                lab[n] = lab[i];
                buckets[std::max(current, int(level[std::size_t(n)]))].push_back(n);
            }
        }
        bucket = {};
    }
}

/** The mask inside @p roi as COCO runs over the whole image (column-major), without a full-size buffer. */
Rle encodeRoi(const cv::Mat& mask, const cv::Rect& roi, int height, int width)
{
    Rle::Counts counts;
    const quint64 total = quint64(height) * quint64(width);
    quint64 runStart = 0, runEnd = 0;
    bool open = false;
    for (int x = 0; x < roi.width; ++x) {
        for (int y = 0; y < roi.height; ++y) {
            if (!mask.at<uchar>(y, x))
                continue;
            const quint64 idx = quint64(roi.x + x) * quint64(height) + quint64(roi.y + y);
            if (open && idx == runEnd) {
                ++runEnd;
                continue;
            }
            if (open)
                counts.push_back(quint32(runEnd - runStart));
            counts.push_back(quint32(idx - (open ? runEnd : 0)));
            runStart = idx;
            runEnd = idx + 1;
            open = true;
        }
    }
    if (open)
        counts.push_back(quint32(runEnd - runStart));
    counts.push_back(quint32(total - (open ? runEnd : 0)));
    return Rle(height, width, std::move(counts));
}

QPolygonF outline(const std::vector<std::vector<cv::Point>>& contours, const cv::Rect& roi, double epsilon)
{
    if (contours.empty())
        return {};
    const auto largest = std::max_element(contours.begin(), contours.end(), [](const auto& a, const auto& b) {
        return cv::contourArea(a) < cv::contourArea(b);
    });
    std::vector<cv::Point> simple;
    if (epsilon > 0 && largest->size() > 4)
        cv::approxPolyDP(*largest, simple, epsilon, true);
    if (simple.size() < 3)
        simple = *largest;
    QPolygonF polygon;
    polygon.reserve(qsizetype(simple.size()));
    for (const cv::Point& p : simple)
        polygon.append(QPointF(roi.x + p.x + 0.5, roi.y + p.y + 0.5));
    return polygon;
}

/** Builds instance @p label from its bounding box; area 0 when it should be dropped. */
SegmentedCell makeCell(const cv::Mat& labels, const cv::Mat& foreground, const cv::Mat& interior, int label,
                       const cv::Rect& box, const PostProcessParams& params, double stability)
{
    SegmentedCell cell;
    // One pixel of margin so contours of masks touching the box edge stay closed.
    const cv::Rect roi = (box + cv::Size(2, 2) - cv::Point(1, 1)) & cv::Rect(0, 0, labels.cols, labels.rows);
    cv::Mat mask = labels(roi) == label;
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
    if (params.fillHoles)
        cv::drawContours(mask, contours, -1, cv::Scalar(255), cv::FILLED);
    cell.area = cv::countNonZero(mask);
    if (cell.area < params.minArea)
        return {};
    double score = 0;
    if (params.score == PostProcessParams::Score::SeedPeak)
        cv::minMaxLoc(interior(roi), nullptr, &score, nullptr, nullptr, mask);
    else
        score = cv::mean(foreground(roi), mask)[0];
    cell.score = std::clamp(score * stability, 0.0, 1.0);
    const cv::Rect tight = cv::boundingRect(mask) + roi.tl();
    cell.box = QRect(tight.x, tight.y, tight.width, tight.height);
    cell.polygon = outline(contours, roi, params.polygonEpsilon);
    cell.mask = encodeRoi(mask, roi, labels.rows, labels.cols);
    return cell;
}

} // namespace

std::vector<int> InstanceExtractor::labelMap(const ProbabilityMaps& maps, const PostProcessParams& params, int* count)
{
    cv::Mat unused;
    return labelMap(maps, params, count, &unused);
}

std::vector<int> InstanceExtractor::labelMap(const ProbabilityMaps& maps, const PostProcessParams& params, int* count,
                                             cv::Mat* interiorUsed)
{
    if (count)
        *count = 0;
    if (!maps.isValid())
        return {};
    cv::Mat interior(maps.height, maps.width, CV_32F, const_cast<float*>(maps.interior.data()));
    if (params.seedSmoothing > 0) {
        cv::Mat smoothed;
        cv::GaussianBlur(interior, smoothed, cv::Size(0, 0), params.seedSmoothing, 0, cv::BORDER_REFLECT);
        interior = smoothed;
    }
    const cv::Mat fgProb(maps.height, maps.width, CV_32F, const_cast<float*>(maps.foreground.data()));
    const cv::Mat foreground = fgProb > params.foregroundThreshold;
    const cv::Mat seeds = (interior > params.interiorThreshold) & foreground;
    cv::Mat raw, stats, centroids;
    const int n = cv::connectedComponentsWithStats(seeds, raw, stats, centroids, 4, CV_32S);
    std::vector<int> relabel(std::size_t(std::max(n, 1)), 0);
    int kept = 0;
    for (int i = 1; i < n; ++i)
        if (stats.at<int>(i, cv::CC_STAT_AREA) >= params.minSeedArea)
            relabel[std::size_t(i)] = ++kept;
    std::vector<int> out(std::size_t(maps.width) * std::size_t(maps.height));
    cv::Mat labels(maps.height, maps.width, CV_32S, out.data());
    for (int i = 0; i < int(out.size()); ++i)
        out[std::size_t(i)] = relabel[std::size_t(raw.ptr<int>()[i])];
    flood(labels, foreground, levels(interior, maps.contact, params.contactWeight));
    if (count)
        *count = kept;
    *interiorUsed = interior;
    return out;
}

std::vector<SegmentedCell> InstanceExtractor::extract(const ProbabilityMaps& maps, const PostProcessParams& params)
{
    int count = 0;
    cv::Mat interior;
    std::vector<int> labelData = labelMap(maps, params, &count, &interior);
    if (count == 0)
        return {};
    const cv::Mat labels(maps.height, maps.width, CV_32S, labelData.data());
    const cv::Mat foreground(maps.height, maps.width, CV_32F, const_cast<float*>(maps.foreground.data()));
    std::vector<Extent> extents(std::size_t(count) + 1);
    for (int y = 0; y < maps.height; ++y) {
        const int* row = labels.ptr<int>(y);
        for (int x = 0; x < maps.width; ++x) {
            Extent& e = extents[std::size_t(row[x])];
            e.x0 = std::min(e.x0, x), e.y0 = std::min(e.y0, y), e.x1 = std::max(e.x1, x), e.y1 = std::max(e.y1, y);
        }
    }
    const std::vector<double> stability = stabilityFactors(maps, params, labelData, count);
    std::vector<SegmentedCell> cells;
    for (int k = 1; k <= count; ++k) {
        const Extent& e = extents[std::size_t(k)];
        if (e.x1 < 0)
            continue;
        SegmentedCell cell = makeCell(labels, foreground, interior, k, cv::Rect(e.x0, e.y0, e.x1 - e.x0 + 1, e.y1 - e.y0 + 1), params,
                                      stability[std::size_t(k)]);
        if (cell.area > 0)
            cells.push_back(std::move(cell));
    }
    std::stable_sort(cells.begin(), cells.end(), [](const SegmentedCell& a, const SegmentedCell& b) { return a.score > b.score; });
    if (int(cells.size()) > params.maxInstances)
        cells.resize(std::size_t(params.maxInstances));
    return cells;
}

} // namespace curator
