#include "widgets/modelinfo.h"

#include "model/segmentation/modelsidecar.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLocale>

namespace curator {

namespace {

QString paragraph(const QString& label, const QString& html)
{
    return html.isEmpty() ? QString() : QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), html);
}

QString text(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString().toHtmlEscaped(); }

/** The translation context of the text below. */
class ModelInfo
{
    Q_DECLARE_TR_FUNCTIONS(curator::ModelInfo)

public:
    static QString html(const ModelSidecar& sidecar);
};

QString ModelInfo::html(const ModelSidecar& sidecar)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(sidecar.name().toHtmlEscaped());
    if (!sidecar.description().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(sidecar.description().toHtmlEscaped());
    html += paragraph(tr("File:"), QDir::toNativeSeparators(sidecar.modelPath()).toHtmlEscaped());

    QString training = text(sidecar.training(), "data");
    if (const int n = int(sidecar.trainingImages().size()); n > 0)
        training += (training.isEmpty() ? QString() : QStringLiteral(" "))
                    + tr("Its sidecar lists the %n image(s) it learnt from: its scores on those are in-sample.", nullptr, n).toHtmlEscaped();
    html += paragraph(tr("Trained on:"), training);

    const QJsonObject heldOut = sidecar.accuracy().value(QLatin1String("heldOut")).toObject();
    const QJsonObject pooled = heldOut.value(QLatin1String("pooled")).toObject();
    if (const double ap = sidecar.heldOutAp(); ap >= 0) {
        const auto number = [](double v) { return QLocale().toString(v, 'f', 3); };
        QString accuracy = tr("mask AP %1 on images it never saw").arg(number(ap));
        if (pooled.value(QLatin1String("AP50")).isDouble() && pooled.value(QLatin1String("AP75")).isDouble())
            accuracy += QStringLiteral(" ") + tr("(AP50 %1, AP75 %2)")
                                                  .arg(number(pooled.value(QLatin1String("AP50")).toDouble()),
                                                       number(pooled.value(QLatin1String("AP75")).toDouble()));
        accuracy = accuracy.toHtmlEscaped();
        if (const QString method = text(heldOut, "method"); !method.isEmpty())
            accuracy += QStringLiteral("<br><small>%1</small>").arg(method);
        html += paragraph(tr("Accuracy:"), accuracy);
    }

    QString licence = text(sidecar.licence(), "data");
    if (const QString url = sidecar.licence().value(QLatin1String("url")).toString(); !url.isEmpty())
        licence += QStringLiteral(" <a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped());
    html += paragraph(tr("Licence:"), licence);
    return html;
}

} // namespace

QString modelInfoHtml(const ModelSidecar& sidecar)
{
    return ModelInfo::html(sidecar);
}

} // namespace curator
