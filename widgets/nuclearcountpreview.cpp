// NuclearCountWindow: the preview of the current row's image, label-free or fluorescent.
#include "widgets/nuclearcountwindow.h"

#include "model/io/imagesource.h"
#include "model/io/tiffcodec.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPixmap>
#include <QStandardItemModel>
#include <QTableView>

#include <algorithm>
#include <cmath>

namespace curator {

namespace {

/** 16-bit images (fluorescence is often recorded so) stretched from their darkest to brightest pixel. */
QImage forDisplay(const QImage& image)
{
    if (image.format() != QImage::Format_Grayscale16)
        return image;
    quint16 lo = 0xffff, hi = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* row = reinterpret_cast<const quint16*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            lo = std::min(lo, row[x]);
            hi = std::max(hi, row[x]);
        }
    }
    QImage out(image.size(), QImage::Format_Grayscale8);
    if (out.isNull())
        return {};   // out of memory (Qt's null image has no scan lines to write): nothing shown
    const double scale = hi > lo ? 255.0 / (hi - lo) : 0.0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* row = reinterpret_cast<const quint16*>(image.constScanLine(y));
        uchar* dst = out.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            dst[x] = uchar(std::lround((row[x] - lo) * scale));
    }
    return out;
}

} // namespace

void NuclearCountWindow::setShowFluorescent(bool on)
{
    m_channelCombo->setCurrentIndex(on ? 1 : 0);
}

void NuclearCountWindow::showImageOfRow(int row)
{
    m_shown = QImage();
    m_shownFile.clear();
    if (row < 0 || !m_images) {
        m_preview->clear();
        return;
    }
    QString name = QFileInfo(m_tableModel->index(row, FileColumn).data().toString()).fileName();
    const ImageSource* source = m_images.get();
    if (m_fluorescent && m_channelCombo->currentIndex() == 1) {
        const QString match = NuclearCounts::matchingImage(name, m_fluorescent->baseNames());
        if (match.isEmpty()) {
            m_preview->setText(tr("No fluorescent image for %1 in %2").arg(name, QDir::toNativeSeparators(m_fluorescent->path())));
            return;
        }
        name = match;
        source = m_fluorescent.get();
    }
    QString error;
    const auto bytes = source->read(name, &error);
    const auto image = bytes ? decodeImage(*bytes, name, &error) : std::nullopt;
    if (!image) {
        m_preview->setText(error);
        return;
    }
    m_shown = *image;
    m_shownFile = name;
    m_preview->setPixmap(QPixmap::fromImage(forDisplay(m_shown).scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace curator
