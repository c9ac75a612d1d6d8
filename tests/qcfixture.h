#pragma once
// A small annotation set with exactly one planted instance of every QC check, among clean cells
// that no check may flag (shared by tst_qc and tst_stats). Built in code so every planted problem
// is documented next to the numbers that make it one.
#include "model/io/imagesource.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <cmath>
#include <vector>

namespace curator::test {

/** An image source that holds just a list of names (for the missing-image check). */
class NameSource : public ImageSource
{
public:
    explicit NameSource(QStringList names) : m_names(std::move(names)) {}
    QString path() const override { return QStringLiteral("names.zip"); }
    int count() const override { return int(m_names.size()); }
    QStringList baseNames() const override { return m_names; }
    bool contains(const QString& name) const override { return m_names.contains(name); }
    std::optional<QByteArray> read(const QString&, QString*) const override { return std::nullopt; }

private:
    QStringList m_names;
};

/** Annotation ids of the planted problems; every other annotation is clean. */
namespace planted {
inline constexpr qint64 kSelfIntersection = 5001;   // a bow tie (area 100 px²)
inline constexpr qint64 kDegenerate = 5002;         // 2 distinct vertices
inline constexpr qint64 kOdd = 5003;                // a square plus one stray number
inline constexpr qint64 kOutside = 5004;            // reaches x = 710 on a 704-wide image
inline constexpr qint64 kAreaField = 5005;          // area field twice the polygon's
inline constexpr qint64 kBboxField = 5006;          // bbox shifted by 3 px
inline constexpr qint64 kDuplicateA = 5007;         // two 20 × 20 squares 1 px apart (IoU ≈ 0.9)
inline constexpr qint64 kDuplicateB = 5008;
inline constexpr qint64 kOverlapBig = 5009;         // a 12 × 12 square inside a 30 × 30 one
inline constexpr qint64 kOverlapSmall = 5010;
inline constexpr qint64 kTiny = 5011;               // 2 × 2 px: an area outlier
inline constexpr qint64 kOrphan = 5012;             // refers to image 999999
inline constexpr qint64 kOrphanImage = 999999;
// Clean look-alikes that must not be flagged.
inline constexpr qint64 kRepeatedVertices = 6001;   // square with repeated and closing vertices
inline constexpr qint64 kOnRightEdge = 6002;        // square ending exactly on x = 704, y = 520
inline constexpr qint64 kTouchingA = 6003;          // two squares sharing an edge
inline constexpr qint64 kTouchingB = 6004;
} // namespace planted

/** Image ids. */
namespace images {
inline constexpr qint64 kMain = 1;      // A172 C7/1/crop 2 at 02d16h: 70 clean cells + the planted cells
inline constexpr qint64 kSparse = 2;    // same series at 02d20h: 3 cells (neighbours have 70 and 60)
inline constexpr qint64 kLater = 3;     // same series at 03d00h: 60 clean cells
inline constexpr qint64 kEmpty = 4;     // no annotations
inline constexpr qint64 kDuplicateName = 5;   // same file name as kLater, 30 clean cells
inline constexpr qint64 kMissing = 6;   // BT474, 30 clean cells, not in the image folder
inline constexpr qint64 kLeaked = 7;    // MCF7, 25 clean cells, also in the other split
} // namespace images

inline const char* kLaterName = "A172_Phase_C7_1_03d00h00m_2.tif";
inline const char* kMissingName = "BT474_Phase_A3_1_04d00h00m_3.tif";
inline const char* kLeakedName = "MCF7_Phase_E4_2_00d08h00m_4.tif";

class QcFixture
{
public:
    QcFixture()
    {
        addImage(images::kMain, "A172_Phase_C7_1_02d16h00m_2.tif");
        addImage(images::kSparse, "A172_Phase_C7_1_02d20h00m_2.tif");
        addImage(images::kLater, kLaterName);
        addImage(images::kEmpty, "A172_Phase_D7_1_00d00h00m_1.tif");
        addImage(images::kDuplicateName, kLaterName);
        addImage(images::kMissing, kMissingName);
        addImage(images::kLeaked, kLeakedName);
        cleanGrid(images::kMain, 70);
        cleanGrid(images::kSparse, 3);
        cleanGrid(images::kLater, 60);
        cleanGrid(images::kDuplicateName, 30);
        cleanGrid(images::kMissing, 30);
        cleanGrid(images::kLeaked, 25);
        plantProblems();
        plantLookAlikes();
    }

    /** The annotation file (LIVECell's key set and order). */
    QByteArray json() const
    {
        nlohmann::ordered_json j;
        j["info"] = {{"year", "2021"}};
        j["licenses"] = nlohmann::json::array();
        j["categories"] = {{{"supercategory", "cell"}, {"id", 1}, {"name", "cell"}}};
        j["images"] = m_images;
        j["annotations"] = m_annotations;
        return QByteArray::fromStdString(j.dump());
    }

    /** Another split holding the leaked image (and one image of its own). */
    static QByteArray otherSplitJson()
    {
        nlohmann::ordered_json j;
        j["categories"] = {{{"supercategory", "cell"}, {"id", 1}, {"name", "cell"}}};
        j["images"] = {{{"id", 70}, {"width", 704}, {"height", 520}, {"file_name", kLeakedName}},
                       {{"id", 71}, {"width", 704}, {"height", 520}, {"file_name", "SkBr3_Phase_E3_1_02d20h00m_2.tif"}}};
        j["annotations"] = nlohmann::json::array();
        return QByteArray::fromStdString(j.dump());
    }

    /** Every image file name but the missing one (for an image folder). */
    QStringList presentImageNames() const
    {
        QStringList names;
        for (const auto& image : m_images) {
            const QString name = QString::fromStdString(image["file_name"].get<std::string>());
            if (name != QLatin1String(kMissingName) && !names.contains(name))
                names.append(name);
        }
        return names;
    }

    int cellCount(qint64 imageId) const
    {
        int n = 0;
        for (const auto& a : m_annotations)
            n += a["image_id"].get<qint64>() == imageId;
        return n;
    }

private:
    void addImage(qint64 id, const char* name)
    {
        m_images.push_back({{"id", id}, {"width", 704}, {"height", 520}, {"file_name", name},
                            {"original_filename", "x.png"}, {"url", "https://example.invalid/x"}});
    }

    static std::vector<double> square(double x, double y, double side)
    {
        return {x, y, x + side, y, x + side, y + side, x, y + side};
    }

    void add(qint64 id, qint64 imageId, std::vector<double> ring, double area, std::vector<double> bbox)
    {
        m_annotations.push_back({{"id", id}, {"image_id", imageId}, {"category_id", 1},
                                 {"segmentation", {ring}}, {"area", area}, {"bbox", bbox}, {"iscrowd", 0}});
    }

    void addSquare(qint64 id, qint64 imageId, double x, double y, double side)
    {
        add(id, imageId, square(x, y, side), side * side, {x, y, side, side});
    }

    // Squares of side 14…26 px on a 40 px grid in the left part of the image (x < 400): areas vary
    // by a factor of 3.4, so the area statistics have a realistic spread.
    void cleanGrid(qint64 imageId, int count)
    {
        for (int i = 0; i < count; ++i)
            addSquare(m_nextId++, imageId, 10 + (i % 9) * 40, 10 + (i / 9) * 40, 14 + (i % 13));
    }

    static double shoelace(const std::vector<double>& ring)
    {
        double twice = 0;
        const std::size_t n = ring.size() / 2;
        for (std::size_t i = 0, j = n - 1; i < n; j = i++)
            twice += ring[2 * j] * ring[2 * i + 1] - ring[2 * i] * ring[2 * j + 1];
        return std::abs(twice) / 2;
    }

    void plantProblems()
    {
        using namespace planted;
        const qint64 img = images::kMain;
        const std::vector<double> bowTie{420, 20, 440, 40, 440, 20, 420, 30};   // crossing at (426.67, 26.67)
        add(kSelfIntersection, img, bowTie, shoelace(bowTie), {420, 20, 20, 20});
        add(kDegenerate, img, {460, 20, 480, 40, 460, 20}, 0, {460, 20, 20, 20});
        std::vector<double> odd = square(500, 20, 20);
        odd.push_back(510);
        add(kOdd, img, odd, 400, {500, 20, 20, 20});
        addSquare(kOutside, img, 690, 100, 20);
        add(kAreaField, img, square(420, 100, 20), 800, {420, 100, 20, 20});
        add(kBboxField, img, square(460, 100, 20), 400, {463, 100, 20, 20});
        addSquare(kDuplicateA, img, 420, 200, 20);
        addSquare(kDuplicateB, img, 421, 200, 20);
        addSquare(kOverlapBig, img, 500, 200, 30);
        addSquare(kOverlapSmall, img, 509, 209, 12);
        addSquare(kTiny, img, 600, 200, 2);
        add(kOrphan, planted::kOrphanImage, square(10, 10, 20), 400, {10, 10, 20, 20});
    }

    void plantLookAlikes()
    {
        using namespace planted;
        const qint64 img = images::kMain;
        add(kRepeatedVertices, img, {420, 300, 420, 300, 440, 300, 440, 320, 440, 320, 420, 320, 420, 300}, 400,
            {420, 300, 20, 20});
        addSquare(kOnRightEdge, img, 684, 500, 20);
        addSquare(kTouchingA, img, 500, 300, 20);
        addSquare(kTouchingB, img, 520, 300, 20);
    }

    nlohmann::json m_images = nlohmann::json::array();
    nlohmann::json m_annotations = nlohmann::json::array();
    qint64 m_nextId = 10000;
};

} // namespace curator::test
