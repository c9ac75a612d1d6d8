#pragma once

#include <QImage>

namespace curator {

/**
 * A new, uninitialised image of @p size in @p format. QImage answers a failed allocation with a null
 * image (and a warning) rather than an exception, and writing its scan lines then dereferences a null
 * pointer; this throws std::bad_alloc instead, so that running short of memory is the caller's error
 * to report like any other. An empty @p size gives a null image, as QImage does.
 */
QImage allocateImage(QSize size, QImage::Format format);

} // namespace curator
