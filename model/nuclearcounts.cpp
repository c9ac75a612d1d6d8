#include "model/nuclearcounts.h"

#include "model/annotationstore.h"
#include "model/io/jsonscanner.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace curator {

namespace {

QString baseName(QStringView path)
{
    const qsizetype slash = std::max(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\'));
    return (slash >= 0 ? path.mid(slash + 1) : path).toString();
}

QString looseKey(QStringView path)
{
    QString name = baseName(path).toLower();
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot > 0)
        name.truncate(dot);
    return name;
}

std::optional<int> countFromDouble(double v)
{
    if (!std::isfinite(v) || v < 0 || v > double(std::numeric_limits<int>::max()) || v != std::floor(v))
        return std::nullopt;
    return int(v);
}

QString text(std::string_view raw, bool escaped)
{
    return escaped ? QString::fromStdString(JsonScanner::unescape(raw)) : QString::fromUtf8(raw.data(), qsizetype(raw.size()));
}

// Reads the count value at the scanner; nullopt with @p problem set when it is not a count.
std::optional<int> readCount(JsonScanner& s, QString& problem)
{
    const JsonScanner::Kind kind = s.peek();
    if (kind == JsonScanner::Kind::String) {
        std::string_view raw;
        bool escaped = false;
        if (!s.readString(raw, &escaped))
            return std::nullopt;
        const QString value = text(raw, escaped).trimmed();
        bool ok = false;
        const double v = value.toDouble(&ok);
        const auto count = ok ? countFromDouble(v) : std::nullopt;
        if (!count)
            problem = NuclearCounts::tr("the count \"%1\" is not a non-negative integer").arg(value);
        return count;
    }
    if (kind == JsonScanner::Kind::Number) {
        double v = 0;
        if (!s.readDouble(v))
            return std::nullopt;
        const auto count = countFromDouble(v);
        if (!count)
            problem = NuclearCounts::tr("the count %1 is not a non-negative integer").arg(v);
        return count;
    }
    problem = NuclearCounts::tr("expected a count (a string such as \"123\" or a number)");
    return std::nullopt;
}

QString where(std::string_view text, std::size_t offset)
{
    std::size_t line = 0, column = 0;
    JsonScanner::lineColumn(text, offset, line, column);
    return NuclearCounts::tr("byte %1 (line %2, column %3)").arg(offset).arg(line).arg(column);
}

} // namespace

std::optional<NuclearCounts> NuclearCounts::readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return readBytes(file.readAll(), path, error);
}

std::optional<NuclearCounts> NuclearCounts::readBytes(const QByteArray& bytes, const QString& name, QString* error)
{
    const std::string_view doc(bytes.constData(), std::size_t(bytes.size()));
    JsonScanner s(doc);
    NuclearCounts counts;
    QString problem;
    const auto fail = [&](std::size_t at, const QString& what) {
        if (error)
            *error = tr("%1: invalid counts file at %2: %3").arg(name, where(doc, at), what);
        return std::nullopt;
    };
    if (s.peek() != JsonScanner::Kind::Object)
        return fail(s.valueOffset(), tr("expected a JSON object {\"<file name>\": <count>, …}"));
    s.enterObject();
    bool first = true;
    std::string_view key;
    while (s.nextMember(first, key)) {
        const auto keyAt = std::size_t(key.data() - doc.data()) - 1;
        const QString fileName = text(key, key.find('\\') != std::string_view::npos);
        const std::size_t valueAt = s.valueOffset();
        const auto count = readCount(s, problem);
        if (!count) {
            if (s.failed())
                break;
            return fail(valueAt, tr("%1 (image \"%2\")").arg(problem, fileName));
        }
        if (counts.m_exact.contains(fileName))
            return fail(keyAt, tr("the image \"%1\" is listed twice (first at byte %2)")
                                   .arg(fileName).arg(counts.m_entries[std::size_t(counts.m_exact[fileName])].byteOffset));
        counts.add({fileName, *count, qint64(keyAt)});
    }
    if (!s.failed() && !s.atEnd())
        s.fail("unexpected content after the end of the JSON object");
    if (s.failed())
        return fail(s.errorOffset(), QString::fromStdString(s.error()));
    return counts;
}

void NuclearCounts::add(NuclearCount entry)
{
    m_exact.insert(entry.fileName, int(m_entries.size()));
    m_loose.insert(looseKey(entry.fileName), int(m_entries.size()));
    m_entries.push_back(std::move(entry));
}

std::optional<int> NuclearCounts::indexOf(QStringView fileName) const
{
    const QString base = baseName(fileName);
    if (const auto it = m_exact.constFind(base); it != m_exact.cend())
        return *it;
    if (const auto it = m_loose.constFind(looseKey(base)); it != m_loose.cend())
        return *it;
    return std::nullopt;
}

std::optional<int> NuclearCounts::countOf(QStringView fileName) const
{
    const auto i = indexOf(fileName);
    return i ? std::optional<int>(m_entries[std::size_t(*i)].count) : std::nullopt;
}

CountComparison NuclearCounts::compare(const QHash<QString, double>& predicted, double maxFluorescence) const
{
    CountComparison c;
    c.maxFluorescence = maxFluorescence;
    QHash<int, double> byEntry;
    for (auto it = predicted.cbegin(); it != predicted.cend(); ++it) {
        const auto i = indexOf(it.key());
        if (i)
            byEntry.insert(*i, it.value());
        else
            c.withoutCount.append(it.key());
    }
    c.withoutCount.sort();
    std::vector<double> truth, guess;
    for (int i = 0; i < size(); ++i) {
        const NuclearCount& e = m_entries[std::size_t(i)];
        const auto p = byEntry.constFind(i);
        if (p == byEntry.cend()) {
            c.withoutPrediction.append(e.fileName);
            continue;
        }
        const bool used = e.count < maxFluorescence;
        c.pairs.push_back({e.fileName, double(e.count), *p, used});
        if (used) {
            truth.push_back(e.count);
            guess.push_back(*p);
        }
    }
    c.used = int(truth.size());
    c.r2 = r2Score(truth, guess);
    fitLine(guess, truth, c);
    return c;
}

double NuclearCounts::r2Score(std::span<const double> truth, std::span<const double> predicted)
{
    const std::size_t n = std::min(truth.size(), predicted.size());
    if (n < 2)
        return CountComparison::kNaN;
    double mean = 0;
    for (std::size_t i = 0; i < n; ++i)
        mean += truth[i];
    mean /= double(n);
    double residual = 0, total = 0;
    for (std::size_t i = 0; i < n; ++i) {
        residual += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
        total += (truth[i] - mean) * (truth[i] - mean);
    }
    if (total == 0)
        return residual == 0 ? 1.0 : 0.0;
    return 1.0 - residual / total;
}

void NuclearCounts::fitLine(std::span<const double> x, std::span<const double> y, CountComparison& c)
{
    const std::size_t n = std::min(x.size(), y.size());
    if (n < 2)
        return;
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < n; ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= double(n);
    my /= double(n);
    double sxx = 0, syy = 0, sxy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
        sxy += (x[i] - mx) * (y[i] - my);
    }
    if (sxx > 0) {
        c.slope = sxy / sxx;
        c.intercept = my - c.slope * mx;
    }
    if (sxx > 0 && syy > 0)
        c.pearsonR2 = sxy * sxy / (sxx * syy);
}

QHash<QString, double> NuclearCounts::predictedCounts(const AnnotationStore& predictions, double minScore)
{
    QHash<QString, double> counts;
    for (int i = 0; i < predictions.imageCount(); ++i) {
        double n = 0;
        for (quint32 a : predictions.annotationsOfImage(i)) {
            const double score = predictions.score(int(a));
            if (score != score || score >= minScore)
                ++n;
        }
        counts[predictions.image(i).fileName] += n;
    }
    return counts;
}

QString NuclearCounts::matchingImage(const QString& labelFree, const QStringList& names)
{
    if (names.contains(labelFree))
        return labelFree;
    const QStringList parts = labelFree.split(u'_');
    if (parts.size() < 3)
        return {};
    QString found;
    for (const QString& name : names) {
        QStringList other = name.split(u'_');
        if (other.size() != parts.size() || other[1] == parts[1])
            continue;
        other[1] = parts[1];
        if (other == parts) {
            if (!found.isEmpty())
                return {};   // ambiguous
            found = name;
        }
    }
    return found;
}

} // namespace curator
