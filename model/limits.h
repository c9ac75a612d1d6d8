#pragma once
// Explicit limits on outside data, enforced by the readers; each refusal names the limit it hit.
// LIVECell itself is far inside all of them (704 × 520 images, rings of tens of vertices).

#include <QtGlobal>

#include <cstddef>

namespace curator::limits {

/** Largest image side accepted (TIFF decoding, COCO `width`/`height`, RLE `size`). */
inline constexpr int kMaxImageSide = 20000;
/** Largest image area in pixels (TIFF decoding, RLE `size`). */
inline constexpr qint64 kMaxImagePixels = 100'000'000;
/** Largest TIFF tile side accepted beyond the image's own side (rounded up to TIFF's grid of 16):
 *  tiles may overhang a small image, but one tile is allocated whole while decoding. */
inline constexpr quint32 kMaxTiffTileSide = 4096;
/** Most samples per pixel in a TIFF (grey, grey + alpha, RGB, RGBA); more would only make a tiny
 *  file expand into gigabytes of samples that are then reduced to grey. */
inline constexpr int kMaxTiffSamplesPerPixel = 4;
/** Largest uncompressed zip entry read (decompression-bomb guard). */
inline constexpr qint64 kMaxZipEntryBytes = qint64(256) << 20;
/** Most coordinates (2 per vertex) in one annotation, all rings together. */
inline constexpr std::size_t kMaxCoordinatesPerAnnotation = 2'000'000;
/** Most rings (polygons) in one annotation. */
inline constexpr std::size_t kMaxRingsPerAnnotation = 65535;
/** Largest coordinate magnitude; beyond it a vertex cannot be on any image and is refused. */
inline constexpr double kMaxCoordinate = 1e7;
/** Largest clipboard text read for pasting cells (COCO annotation JSON). */
inline constexpr qint64 kMaxPasteBytes = qint64(64) << 20;
/** Most cells pasted at once (a whole image of LIVECell holds up to about 3,000). */
inline constexpr std::size_t kMaxPastedCells = 20'000;
/** Most vertices of one pasted cell, all rings together (its outline is checked pairwise for crossings). */
inline constexpr std::size_t kMaxPastedVertices = 5'000;
/** Deepest JSON nesting accepted. */
inline constexpr int kMaxJsonDepth = 512;

} // namespace curator::limits
