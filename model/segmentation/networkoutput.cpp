#include "model/segmentation/networkoutput.h"

#include <algorithm>
#include <cmath>

namespace curator {

constexpr int kMaxChannels = ModelSidecar::kMaxChannels;

NetworkOutput::NetworkOutput(const ModelSidecar& sidecar, int width, int height)
    : m_activation(sidecar.activation()),
      m_channels(int(sidecar.channels().size())),
      m_interior(sidecar.channel(QStringLiteral("interior"))),
      m_foreground(sidecar.channel(QStringLiteral("foreground"))),
      m_background(sidecar.channel(QStringLiteral("background"))),
      m_boundary(sidecar.channel(QStringLiteral("boundary"))),
      m_contact(sidecar.channel(QStringLiteral("contact")))
{
    m_maps.width = width;
    m_maps.height = height;
    m_maps.interior.assign(std::size_t(width) * std::size_t(height), 0.0f);
    m_maps.foreground.assign(std::size_t(width) * std::size_t(height), 0.0f);
    if (m_contact >= 0)
        m_maps.contact.assign(std::size_t(width) * std::size_t(height), 0.0f);
}

void NetworkOutput::probabilities(const float* values, std::size_t stride, float* interior, float* foreground,
                                  float* contact) const
{
    float p[kMaxChannels] = {};
    const int n = std::min(m_channels, kMaxChannels);
    for (int c = 0; c < n; ++c)
        p[c] = values[std::size_t(c) * stride];
    if (m_activation == ModelSidecar::Activation::None) {
        const float top = *std::max_element(p, p + n);
        float sum = 0;
        for (int c = 0; c < n; ++c)
            sum += (p[c] = std::exp(p[c] - top));
        for (int c = 0; c < n; ++c)
            p[c] /= sum;
    } else if (m_activation == ModelSidecar::Activation::Sigmoid) {
        for (int c = 0; c < n; ++c)
            p[c] = 1.0f / (1.0f + std::exp(-p[c]));
    }
    *interior = p[m_interior];
    if (contact && m_contact >= 0)
        *contact = p[m_contact];
    if (m_foreground >= 0)
        *foreground = p[m_foreground];
    else if (m_background >= 0)
        *foreground = 1.0f - p[m_background];
    else
        *foreground = std::min(1.0f, p[m_interior] + p[m_boundary]);
}

void NetworkOutput::store(const float* data, int tileWidth, int tileHeight, int margin, int keep, int x0, int y0)
{
    const std::size_t stride = std::size_t(tileWidth) * std::size_t(tileHeight);
    const int rows = std::min({keep, m_maps.height - y0, tileHeight - margin});
    const int cols = std::min({keep, m_maps.width - x0, tileWidth - margin});
    for (int y = 0; y < rows; ++y) {
        const std::size_t src = std::size_t(y + margin) * std::size_t(tileWidth) + std::size_t(margin);
        const std::size_t dst = std::size_t(y0 + y) * std::size_t(m_maps.width) + std::size_t(x0);
        for (int x = 0; x < cols; ++x)
            probabilities(data + src + std::size_t(x), stride, &m_maps.interior[dst + std::size_t(x)],
                          &m_maps.foreground[dst + std::size_t(x)],
                          m_contact >= 0 ? &m_maps.contact[dst + std::size_t(x)] : nullptr);
    }
}

} // namespace curator
