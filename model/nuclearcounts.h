#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace curator {

class AnnotationStore;

/** One entry of a nuclear count benchmark counts file. */
struct NuclearCount
{
    QString fileName;        ///< the key as written (unescaped)
    int count = 0;           ///< cells counted on the fluorescent nuclear label
    qint64 byteOffset = 0;   ///< where the entry's key starts in the file
};

/** Predicted vs fluorescence-based count of one image. */
struct CountPair
{
    QString fileName;
    double fluorescence = 0;
    double predicted = 0;
    bool used = false;       ///< fluorescence < the comparison's threshold: part of R²
};

/** Predicted counts compared with fluorescence counts, as LIVECell's benchmark evaluates them. */
struct CountComparison
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    std::vector<CountPair> pairs;        ///< images with both counts, in counts-file order
    QStringList withoutPrediction;       ///< counted images that have no predicted count
    QStringList withoutCount;            ///< predicted images absent from the counts file (sorted)
    double maxFluorescence = 1600;       ///< images with fluorescence count < this take part
    int used = 0;                        ///< pairs below the threshold
    /**
     * Coefficient of determination of the predicted counts as predictions of the fluorescence
     * counts over the used pairs, 1 − Σ(f − p)² / Σ(f − mean f)², exactly sklearn's
     * r2_score(fluorescence, predicted) as LIVECell's reference notebook
     * (code/Fluorescence cell count evaluation.ipynb) computes it: no fitted line, so a biased
     * model scores lower, and it can be negative. NaN with fewer than 2 used pairs.
     */
    double r2 = kNaN;
    /** Squared Pearson correlation over the used pairs (the R² of a fitted line), for reference. */
    double pearsonR2 = kNaN;
    /** Least-squares line fluorescence ≈ slope × predicted + intercept over the used pairs (for plots). */
    double slope = kNaN;
    double intercept = kNaN;
};

/**
 * The counts file of LIVECell's nuclear count benchmark (nuclear_count_benchmark/A549_counts.json,
 * A172_counts.json): one flat JSON object {"<image file name>": <count>, …} whose counts are
 * strings ("123") or numbers (123, 123.0). Counts must be non-negative integers; a malformed file,
 * a bad count or a repeated file name fails with the file, byte offset, line and column.
 *
 * Images are matched by base name: folders are ignored, and when the exact name is not found,
 * case and extension are ignored too (so a count keyed "x.png" matches the image "x.tif").
 */
class NuclearCounts
{
    Q_DECLARE_TR_FUNCTIONS(curator::NuclearCounts)
public:
    static std::optional<NuclearCounts> readFile(const QString& path, QString* error);
    /** @p name is used in messages. */
    static std::optional<NuclearCounts> readBytes(const QByteArray& bytes, const QString& name, QString* error);

    const std::vector<NuclearCount>& entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    /** The fluorescence count of an image (see the matching rules above). */
    std::optional<int> countOf(QStringView fileName) const;

    /**
     * Pairs @p predicted (image file name → predicted count) with the counts and computes R² over
     * the images whose fluorescence count is below @p maxFluorescence (LIVECell: 1,600, roughly
     * full confluency).
     */
    CountComparison compare(const QHash<QString, double>& predicted, double maxFluorescence = 1600) const;

    /** sklearn.metrics.r2_score(truth, predicted); 1 or 0 when the truth is constant (as sklearn). */
    static double r2Score(std::span<const double> truth, std::span<const double> predicted);
    /**
     * Predicted counts from a loaded prediction set with images (a COCO dataset of model output):
     * per image file name, the live annotations whose score is ≥ @p minScore (no score counts).
     */
    static QHash<QString, double> predictedCounts(const AnnotationStore& predictions, double minScore = 0);

    /**
     * The fluorescent image among @p names that belongs to label-free image @p labelFree: the same
     * name, else the one that differs only in the channel token (the second '_'-separated part, e.g.
     * A549_Phase_C5_1_... and A549_Red_C5_1_...). Empty when there is none or more than one.
     */
    static QString matchingImage(const QString& labelFree, const QStringList& names);

private:
    static void fitLine(std::span<const double> x, std::span<const double> y, CountComparison& c);
    std::optional<int> indexOf(QStringView fileName) const;
    void add(NuclearCount entry);

    std::vector<NuclearCount> m_entries;
    QHash<QString, int> m_exact;       // base name → entry
    QHash<QString, int> m_loose;       // lower-case base name without extension → entry
};

} // namespace curator
