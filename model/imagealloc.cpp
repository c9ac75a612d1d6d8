#include "model/imagealloc.h"

#include <new>

namespace curator {

QImage allocateImage(QSize size, QImage::Format format)
{
    QImage image(size, format);
    if (image.isNull() && !size.isEmpty())
        throw std::bad_alloc();
    return image;
}

} // namespace curator
