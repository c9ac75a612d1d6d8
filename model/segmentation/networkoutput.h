#pragma once

#include "model/segmentation/instanceextractor.h"
#include "model/segmentation/modelsidecar.h"

namespace curator {

/**
 * Turns a network's raw output planes into interior and foreground probabilities (applying the
 * sidecar's activation and channel meanings) and assembles tiles into whole-image maps.
 */
class NetworkOutput
{
public:
    NetworkOutput(const ModelSidecar& sidecar, int width, int height);

    /**
     * Stores one tile: @p data holds channels × tileHeight × tileWidth floats (planar). The square
     * [margin, margin + keep) of the tile goes to image position (x0, y0); parts past the image are dropped.
     */
    void store(const float* data, int tileWidth, int tileHeight, int margin, int keep, int x0, int y0);

    /** The assembled maps (leaves this object empty). */
    ProbabilityMaps take() { return std::move(m_maps); }

    /** Interior, foreground and (with a "contact" channel, when @p contact is set) contact probability
        of one pixel from its raw channel values. */
    void probabilities(const float* values, std::size_t stride, float* interior, float* foreground,
                       float* contact = nullptr) const;

private:
    ModelSidecar::Activation m_activation;
    int m_channels;
    int m_interior;
    int m_foreground;
    int m_background;
    int m_boundary;
    int m_contact;
    ProbabilityMaps m_maps;
};

} // namespace curator
