#include "model/synth/synthcells.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace curator::synth {

namespace {

std::uint64_t splitMix(std::uint64_t& x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

struct Shape
{
    double radius;        ///< typical equivalent radius, px
    double elongation;    ///< typical long / short axis ratio
    double clustered;     ///< fraction of cells placed in colonies
};

Shape shapeOf(CellType type)
{
    switch (type) {
    case CellType::A172: return {13.0, 1.9, 0.1};
    case CellType::BT474: return {10.0, 1.2, 0.7};
    case CellType::BV2: return {7.0, 1.15, 0.2};
    case CellType::Huh7: return {13.0, 1.3, 0.5};
    case CellType::MCF7: return {11.0, 1.25, 0.7};
    case CellType::SHSY5Y: return {8.5, 2.0, 0.4};
    case CellType::SkBr3: return {10.0, 1.15, 0.5};
    case CellType::SKOV3: return {14.0, 1.6, 0.2};
    case CellType::Unknown: break;
    }
    return {10.0, 1.3, 0.3};
}

std::int32_t clampCenti(double v, int limit)
{
    return std::int32_t(std::clamp<long long>(std::llround(v * 100.0), 0, 100LL * limit));
}

void makeRing(SynthCell& cell, Rng& rng, int width, int height)
{
    const int n = 18 + rng.below(21); // 18–38, mean 28 like LIVECell (28.3)
    const double a = cell.radius * std::sqrt(cell.elongation), b = cell.radius / std::sqrt(cell.elongation);
    double amp[3], phase[3];
    for (int h = 0; h < 3; ++h) {
        amp[h] = rng.uniform(0.0, 0.16 / (h + 1));
        phase[h] = rng.uniform(0.0, 2 * std::numbers::pi);
    }
    const double ca = std::cos(cell.angle), sa = std::sin(cell.angle), step = 2 * std::numbers::pi / n;
    cell.centi.reserve(std::size_t(2 * n + 8));
    for (int j = 0; j < n; ++j) {
        const double t = j * step + rng.uniform(-0.3, 0.3) * step;
        double f = 1.0;
        for (int h = 0; h < 3; ++h)
            f += amp[h] * std::cos((h + 2) * t + phase[h]);
        const double ex = f * a * std::cos(t), ey = f * b * std::sin(t);
        const std::int32_t x = clampCenti(cell.centerX + ex * ca - ey * sa, width);
        const std::int32_t y = clampCenti(cell.centerY + ex * sa + ey * ca, height);
        const int repeats = rng.below(60) == 0 ? 2 : 1; // LIVECell repeats ~1.5 % of vertices
        for (int r = 0; r < repeats; ++r) {
            cell.centi.push_back(x);
            cell.centi.push_back(y);
        }
    }
}

} // namespace

Rng::Rng(std::uint64_t seed)
{
    for (auto& s : m_s)
        s = splitMix(seed);
}

std::uint64_t Rng::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Rng::normal()
{
    const double u = 1.0 - uniform(), v = uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2 * std::numbers::pi * v);
}

std::uint64_t Rng::derive(std::uint64_t seed, std::uint64_t a, std::uint64_t b)
{
    std::uint64_t x = seed ^ (a * 0xd1b54a32d192ed03ULL) ^ (b * 0xabc98388fb8fac03ULL);
    splitMix(x);
    return splitMix(x);
}

CellType synthCellType(int index) { return allCellTypes()[std::size_t(index % 8)]; }

QString synthFileName(int index, Split split)
{
    // Columns follow the real plates loosely (A172 in column 7, BT474 in 3, …).
    static const int kColumn[8] = {7, 3, 4, 10, 4, 10, 3, 4};
    const int type = index % 8, k = index / 8;
    const int crop = 1 + k % 4, location = 1 + (k / 4) % 2, timePoint = (k / 8) % 31;
    const int well = k / (8 * 31) + (split == Split::Val ? 4 : split == Split::Test ? 2 : 0);
    const int hours = 4 * timePoint;
    const QChar row = QChar(u'A' + well % 8);
    const int column = (kColumn[type] - 1 + well / 8) % 12 + 1;
    return QStringLiteral("%1_Phase_%2%3_%4_%5d%6h00m_%7.tif")
        .arg(cellTypeName(synthCellType(index)), row)
        .arg(column)
        .arg(location)
        .arg(hours / 24, 2, 10, QChar(u'0'))
        .arg(hours % 24, 2, 10, QChar(u'0'))
        .arg(crop);
}

std::vector<SynthCell> synthCells(CellType type, int count, std::uint64_t seed, int width, int height)
{
    Rng rng(seed);
    const Shape shape = shapeOf(type);
    std::vector<std::pair<double, double>> colonies(std::size_t(1 + count / 30));
    for (auto& [x, y] : colonies)
        x = rng.uniform(0, width), y = rng.uniform(0, height);
    std::vector<SynthCell> cells(std::size_t(std::max(count, 0)));
    for (SynthCell& cell : cells) {
        if (rng.uniform() < shape.clustered) {
            const auto& [x, y] = colonies[std::size_t(rng.below(int(colonies.size())))];
            cell.centerX = float(std::clamp(x + rng.normal() * 35.0, 0.0, double(width)));
            cell.centerY = float(std::clamp(y + rng.normal() * 35.0, 0.0, double(height)));
        } else {
            cell.centerX = float(rng.uniform(0, width));
            cell.centerY = float(rng.uniform(0, height));
        }
        cell.radius = float(std::max(3.0, shape.radius * std::exp(0.25 * rng.normal())));
        cell.elongation = float(std::max(1.0, shape.elongation * std::exp(0.2 * rng.normal())));
        cell.angle = float(rng.uniform(0, std::numbers::pi));
        cell.contrast = float(rng.uniform(-14.0, 10.0));
        makeRing(cell, rng, width, height);
    }
    return cells;
}

} // namespace curator::synth
