// Display presets turn a flat phase-contrast image into something a person can read, and manual
// brightness/contrast act on top of them.
#include "model/displaypresets.h"
#include "testutil.h"

#include <QApplication>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace curator;

namespace {

/** LIVECell-like: values around 128 with a small spread, plus a bright left-to-right shading. */
QImage phaseContrastLike()
{
    QImage image(704, 520, QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            line[x] = uchar(118 + (x * 7 + y * 13) % 20 + x / 70);
    }
    return image;
}

std::pair<int, int> range(const QImage& gray)
{
    int lo = 255, hi = 0;
    for (int y = 0; y < gray.height(); ++y)
        for (int x = 0; x < gray.width(); ++x) {
            lo = std::min<int>(lo, gray.constScanLine(y)[x]);
            hi = std::max<int>(hi, gray.constScanLine(y)[x]);
        }
    return {lo, hi};
}

} // namespace

class TestDisplayPresets : public QObject
{
    Q_OBJECT

private slots:
    void rawKeepsValues()
    {
        DisplaySettings s;
        s.preset = DisplayPreset::Raw;
        const QImage in = phaseContrastLike();
        QCOMPARE(DisplayPresets::renderGray(in, s), in);
        const QImage rgb = DisplayPresets::render(in, s);
        QCOMPARE(rgb.format(), QImage::Format_RGB32);
        QCOMPARE(qGray(rgb.pixel(5, 7)), int(in.constScanLine(7)[5]));
    }

    void autoContrastStretchesToTheFullRange()
    {
        DisplaySettings s;
        s.preset = DisplayPreset::AutoContrast;
        const auto [lo, hi] = range(DisplayPresets::renderGray(phaseContrastLike(), s));
        QVERIFY(lo <= 5);
        QVERIFY(hi >= 250);
    }

    void claheAndFlatteningIncreaseContrast()
    {
        const QImage in = phaseContrastLike();
        const auto [inLo, inHi] = range(in);
        for (DisplayPreset p : {DisplayPreset::Clahe, DisplayPreset::Flattened}) {
            DisplaySettings s;
            s.preset = p;
            const QImage out = DisplayPresets::renderGray(in, s);
            QCOMPARE(out.size(), in.size());
            const auto [lo, hi] = range(out);
            QVERIFY2(hi - lo > inHi - inLo, qPrintable(DisplayPresets::key(p)));
        }
    }

    void flatteningRemovesShading()
    {
        DisplaySettings s;
        s.preset = DisplayPreset::Flattened;
        const QImage out = DisplayPresets::renderGray(phaseContrastLike(), s);
        auto columnMean = [&](int x0) {
            double sum = 0;
            for (int y = 100; y < 420; ++y)
                for (int x = x0; x < x0 + 40; ++x)
                    sum += out.constScanLine(y)[x];
            return sum / (320.0 * 40);
        };
        // The input rises by 9 grey levels from left to right; flattened, both sides sit near 128.
        QVERIFY(std::abs(columnMean(100) - columnMean(560)) < 6);
        QVERIFY(std::abs(columnMean(300) - 128) < 12);
    }

    void brightnessAndContrastApplyAfterThePreset()
    {
        DisplaySettings s;
        s.preset = DisplayPreset::Raw;
        s.brightness = 0.5;
        const QImage in = phaseContrastLike();
        QCOMPARE(int(DisplayPresets::renderGray(in, s).constScanLine(0)[0]), std::min(255, in.constScanLine(0)[0] + 128));
        s.brightness = 0;
        s.contrast = 10;
        const QImage out = DisplayPresets::renderGray(in, s);
        // Ten times the distance from mid-grey: 118 → 127.5 − 95 = 32.5, rounded up; the top clips.
        QCOMPARE(int(in.constScanLine(0)[0]), 118);
        QCOMPARE(int(out.constScanLine(0)[0]), 33);
        QCOMPARE(range(out).second, 255);
    }

    void keysRoundTrip()
    {
        for (int p = 0; p < kDisplayPresetCount; ++p)
            QCOMPARE(DisplayPresets::presetFromKey(DisplayPresets::key(DisplayPreset(p))), DisplayPreset(p));
        QCOMPARE(DisplayPresets::presetFromKey(QStringLiteral("bogus"), DisplayPreset::Clahe), DisplayPreset::Clahe);
        QVERIFY(DisplayPresets::render(QImage(), DisplaySettings{}).isNull());
    }

    void shortOfMemoryShowsNothing()
    {
        // The 32-bit image to paint did not fit: Qt gave a null image, and filling its null scan lines
        // crashed the viewer. Now the image is shown blank.
        CURATOR_SKIP_WITHOUT_ADDRESS_SPACE_LIMIT();
        QImage gray(6000, 6000, QImage::Format_Grayscale8);   // 36 MB; its 32-bit rendering 144 MB
        QVERIFY(!gray.isNull());
        gray.fill(100);
        DisplaySettings s;
        s.preset = DisplayPreset::Raw;
        test::AddressSpaceLimit limit(64 << 20);
        QVERIFY(limit.active());
        QVERIFY(DisplayPresets::render(gray, s).isNull());
    }
};

int main(int argc, char** argv)
{
    test::takeLargeBlocksFromTheSystem();
    QApplication app(argc, argv);
    TestDisplayPresets test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_displaypresets.moc"
