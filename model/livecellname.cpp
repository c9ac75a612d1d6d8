#include "model/livecellname.h"

#include <QRegularExpression>

namespace curator {

namespace {

const QRegularExpression& namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^([A-Za-z0-9-]+)_Phase_(([A-Ha-h]\d{1,2})_(\d+)_(\d{2})d(\d{2})h(\d{2})m_(\d+))\.tiff?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QStringView baseName(QStringView fileName)
{
    const qsizetype slash = std::max(fileName.lastIndexOf(u'/'), fileName.lastIndexOf(u'\\'));
    return slash >= 0 ? fileName.mid(slash + 1) : fileName;
}

} // namespace

QString LivecellName::seriesKey() const
{
    if (!valid)
        return {};
    return QStringLiteral("%1_%2_%3_%4").arg(cellTypeName(cellType), well).arg(location).arg(crop);
}

QString LivecellName::compactName(QStringView fileName)
{
    const QString base = baseName(fileName).toString();
    const QRegularExpressionMatch m = namePattern().match(base);
    return m.hasMatch() ? m.captured(2) : base;
}

LivecellName LivecellName::parse(QStringView fileName)
{
    const QStringView base = baseName(fileName);
    LivecellName name;
    const QRegularExpressionMatch m = namePattern().match(base.toString());
    if (!m.hasMatch()) {
        const qsizetype underscore = base.indexOf(u'_');
        name.cellType = cellTypeFromString(underscore > 0 ? base.left(underscore) : QStringView{});
        return name;
    }
    name.cellType = cellTypeFromString(m.capturedView(1));
    name.well = m.capturedView(3).toString().toUpper();
    name.location = m.capturedView(4).toInt();
    name.minutes = m.capturedView(5).toInt() * 24 * 60 + m.capturedView(6).toInt() * 60
                   + m.capturedView(7).toInt();
    name.crop = m.capturedView(8).toInt();
    name.valid = true;
    return name;
}

} // namespace curator
