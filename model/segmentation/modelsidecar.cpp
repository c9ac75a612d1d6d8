#include "model/segmentation/modelsidecar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace curator {
namespace {

/** The translation context of this file's messages: lupdate files them under the same name. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(curator::ModelSidecar)
};

const QString kFormat = QStringLiteral("livecell-curator-segmentation-model");
const QStringList kChannelNames = {QStringLiteral("background"), QStringLiteral("interior"), QStringLiteral("boundary"),
                                   QStringLiteral("foreground"), QStringLiteral("contact"), QStringLiteral("ignore")};

/** Reads numbers with range checks; the first failure leaves its message in @p error. */
class FieldReader
{
public:
    FieldReader(const QJsonObject& object, QString section, QString path, QString* error)
        : m_object(object), m_section(std::move(section)), m_path(std::move(path)), m_error(error) {}

    bool number(const char* key, double lo, double hi, double* value, bool required)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return true;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < lo || v.toDouble() > hi)
            return fail(key, Text::tr("a number from %1 to %2").arg(lo).arg(hi));
        *value = v.toDouble();
        return true;
    }

    bool integer(const char* key, int lo, int hi, int* value, bool required)
    {
        double d = *value;
        if (!number(key, lo, hi, &d, required))
            return false;
        if (d != std::floor(d))
            return fail(key, Text::tr("an integer from %1 to %2").arg(lo).arg(hi));
        *value = int(d);
        return true;
    }

    bool fail(const char* key, const QString& expected)
    {
        if (m_error)
            *m_error = Text::tr("%1: field \"%2.%3\" must be %4").arg(m_path, m_section, QLatin1String(key), expected);
        return false;
    }

private:
    QJsonObject m_object;
    QString m_section;
    QString m_path;
    QString* m_error;
};

bool requireObject(const QJsonObject& root, const char* key, const QString& path, QJsonObject* out, QString* error)
{
    const QJsonValue v = root.value(QLatin1String(key));
    if (!v.isObject()) {
        if (error)
            *error = Text::tr("%1: field \"%2\" is missing or not an object").arg(path, QLatin1String(key));
        return false;
    }
    *out = v.toObject();
    return true;
}

bool checkHeader(const QJsonObject& root, const QString& path, QString* error)
{
    if (root.value(QLatin1String("format")).toString() != kFormat) {
        if (error)
            *error = Text::tr("%1: field \"format\" must be \"%2\"").arg(path, kFormat);
        return false;
    }
    const QJsonValue version = root.value(QLatin1String("formatVersion"));
    if (!version.isDouble() || version.toDouble() != ModelSidecar::kFormatVersion) {
        if (error)
            *error = Text::tr("%1: field \"formatVersion\" must be %2 (this program reads version %2)")
                         .arg(path).arg(ModelSidecar::kFormatVersion);
        return false;
    }
    return true;
}

} // namespace

QString ModelSidecar::sidecarPathFor(const QString& onnxPath)
{
    QString p = onnxPath;
    if (p.endsWith(QLatin1String(".onnx"), Qt::CaseInsensitive))
        p.chop(5);
    return p + QStringLiteral(".json");
}

std::optional<ModelSidecar> ModelSidecar::readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("%1: cannot read the model description: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > (16 << 20)) {
        if (error)
            *error = Text::tr("%1: model description larger than 16 MiB").arg(path);
        return std::nullopt;
    }
    return parse(file.readAll(), path, error);
}

std::optional<ModelSidecar> ModelSidecar::parse(const QByteArray& json, const QString& path, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = pe.error != QJsonParseError::NoError
                         ? Text::tr("%1: invalid JSON at byte %2: %3").arg(path).arg(pe.offset).arg(pe.errorString())
                         : Text::tr("%1: expected a JSON object").arg(path);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!checkHeader(root, path, error))
        return std::nullopt;
    ModelSidecar s;
    s.m_path = path;
    const QString model = root.value(QLatin1String("model")).toString();
    if (model.isEmpty()) {
        if (error)
            *error = Text::tr("%1: field \"model\" must name the .onnx file").arg(path);
        return std::nullopt;
    }
    s.m_modelPath = QDir::cleanPath(QFileInfo(path).absoluteDir().absoluteFilePath(model));
    s.m_name = root.value(QLatin1String("name")).toString(QFileInfo(path).completeBaseName());
    s.m_description = root.value(QLatin1String("description")).toString();
    QJsonObject input, output;
    if (!requireObject(root, "input", path, &input, error) || !s.parseInput(input, error)
        || !requireObject(root, "output", path, &output, error) || !s.parseOutput(output, error)
        || !s.parsePostProcess(root.value(QLatin1String("postprocessing")).toObject(), error))
        return std::nullopt;
    if (!s.parseTraining(root.value(QLatin1String("training")), error))
        return std::nullopt;
    s.m_licence = root.value(QLatin1String("licence")).toObject();
    s.m_accuracy = root.value(QLatin1String("accuracy")).toObject();
    return s;
}

bool ModelSidecar::parseTraining(const QJsonValue& value, QString* error)
{
    m_training = value.toObject();
    FieldReader r(m_training, QStringLiteral("training"), m_path, error);
    for (const char* key : {"annotatedImages", "pseudoLabelledImages"}) {
        const QJsonValue list = m_training.value(QLatin1String(key));
        if (list.isUndefined())
            continue;
        if (!list.isArray())
            return r.fail(key, Text::tr("a list of image file names"));
        for (const QJsonValue& v : list.toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                return r.fail(key, Text::tr("a list of image file names"));
            m_trainingImages.append(v.toString());
        }
    }
    return true;
}

double ModelSidecar::heldOutAp() const
{
    const QJsonObject pooled =
        m_accuracy.value(QLatin1String("heldOut")).toObject().value(QLatin1String("pooled")).toObject();
    const QJsonValue ap = pooled.value(QLatin1String("AP"));
    return ap.isDouble() && ap.toDouble() >= 0 && ap.toDouble() <= 1 ? ap.toDouble() : -1.0;
}

bool ModelSidecar::parseInput(const QJsonObject& o, QString* error)
{
    FieldReader r(o, QStringLiteral("input"), m_path, error);
    if (!r.number("mean", -1e6, 1e6, &m_mean, true) || !r.number("std", 1e-6, 1e6, &m_std, true)
        || !r.integer("divisor", 1, 1024, &m_divisor, true)
        || !r.integer("tileSize", 16, kMaxTileSize, &m_tileSize, true)
        || !r.integer("tileOverlap", 0, kMaxTileSize / 4, &m_tileOverlap, true)
        || !r.number("scale", 0.25, 4.0, &m_inputScale, false)
        || !r.integer("passes", 1, 4, &m_passes, false))
        return false;
    if (m_passes == 3)
        return r.fail("passes", Text::tr("1, 2 or 4"));
    if (m_tileSize % m_divisor != 0)
        return r.fail("tileSize", Text::tr("a multiple of input.divisor (%1)").arg(m_divisor));
    if (2 * m_tileOverlap >= m_tileSize / 2)
        return r.fail("tileOverlap", Text::tr("less than a quarter of input.tileSize"));
    if (o.contains(QLatin1String("channels")) && o.value(QLatin1String("channels")).toInt() != 1)
        return r.fail("channels", Text::tr("1 (the network must take one grayscale channel)"));
    return true;
}

bool ModelSidecar::parseOutput(const QJsonObject& o, QString* error)
{
    FieldReader r(o, QStringLiteral("output"), m_path, error);
    const QString activation = o.value(QLatin1String("activation")).toString();
    if (activation == u"softmax")
        m_activation = Activation::Softmax;
    else if (activation == u"none")
        m_activation = Activation::None;
    else if (activation == u"sigmoid")
        m_activation = Activation::Sigmoid;
    else
        return r.fail("activation", Text::tr("\"softmax\", \"none\" or \"sigmoid\""));
    const QJsonArray channels = o.value(QLatin1String("channels")).toArray();
    m_channels.clear();
    for (const QJsonValue& v : channels) {
        const QString name = v.toString();
        if (!kChannelNames.contains(name) || (name != u"ignore" && m_channels.contains(name)))
            return r.fail("channels", Text::tr("a list of distinct names out of %1").arg(kChannelNames.join(QStringLiteral(", "))));
        m_channels.append(name);
    }
    if (m_channels.size() > kMaxChannels)
        return r.fail("channels", Text::tr("a list of at most %1 names").arg(kMaxChannels));
    if (!m_channels.contains(QStringLiteral("interior")))
        return r.fail("channels", Text::tr("a list that includes \"interior\""));
    const bool hasForeground = m_channels.contains(QStringLiteral("foreground"))
                               || m_channels.contains(QStringLiteral("background"))
                               || m_channels.contains(QStringLiteral("boundary"));
    if (!hasForeground)
        return r.fail("channels", Text::tr("a list with \"foreground\", \"background\" or \"boundary\" besides \"interior\""));
    return true;
}

bool ModelSidecar::parsePostProcess(const QJsonObject& o, QString* error)
{
    FieldReader r(o, QStringLiteral("postprocessing"), m_path, error);
    PostProcessParams& p = m_post;
    if (!r.number("foregroundThreshold", 0, 1, &p.foregroundThreshold, false)
        || !r.number("interiorThreshold", 0, 1, &p.interiorThreshold, false)
        || !r.integer("minSeedArea", 1, 1 << 20, &p.minSeedArea, false)
        || !r.number("seedSmoothing", 0, 20, &p.seedSmoothing, false)
        || !r.number("contactWeight", 0, 10, &p.contactWeight, false)
        || !r.integer("minArea", 1, 1 << 24, &p.minArea, false)
        || !r.number("polygonEpsilon", 0, 100, &p.polygonEpsilon, false)
        || !r.integer("maxInstances", 1, 1 << 20, &p.maxInstances, false))
        return false;
    const QJsonValue fill = o.value(QLatin1String("fillHoles"));
    if (!fill.isUndefined() && !fill.isBool())
        return r.fail("fillHoles", Text::tr("true or false"));
    p.fillHoles = fill.toBool(p.fillHoles);
    const QJsonValue score = o.value(QLatin1String("score"));
    if (score.isUndefined() || score.toString() == u"meanForeground")
        p.score = PostProcessParams::Score::MeanForeground;
    else if (score.toString() == u"seedPeak")
        p.score = PostProcessParams::Score::SeedPeak;
    else
        return r.fail("score", Text::tr("\"meanForeground\" or \"seedPeak\""));
    return parseStability(o.value(QLatin1String("stability")), error);
}

bool ModelSidecar::parseStability(const QJsonValue& value, QString* error)
{
    m_post.stability.clear();
    if (value.isUndefined())
        return true;
    const QString expected = Text::tr("a list of at most %1 objects, each setting some of foregroundThreshold, "
                                      "interiorThreshold, seedSmoothing and contactWeight")
                                 .arg(kMaxStabilityVariants);
    if (!value.isArray() || value.toArray().size() > kMaxStabilityVariants)
        return FieldReader({}, QStringLiteral("postprocessing"), m_path, error).fail("stability", expected);
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString section = QStringLiteral("postprocessing.stability[%1]").arg(i);
        if (!list.at(i).isObject())
            return FieldReader({}, QStringLiteral("postprocessing"), m_path, error).fail("stability", expected);
        const QJsonObject o = list.at(i).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            static const QStringList known = {QStringLiteral("foregroundThreshold"), QStringLiteral("interiorThreshold"),
                                              QStringLiteral("seedSmoothing"), QStringLiteral("contactWeight")};
            if (!known.contains(it.key())) {
                if (error)
                    *error = Text::tr("%1: field \"%2.%3\" is not one a variant can set (%4)")
                                 .arg(m_path, section, it.key(), known.join(QStringLiteral(", ")));
                return false;
            }
        }
        FieldReader r(o, section, m_path, error);
        PostProcessVariant v;
        if (!r.number("foregroundThreshold", 0, 1, &v.foregroundThreshold, false)
            || !r.number("interiorThreshold", 0, 1, &v.interiorThreshold, false)
            || !r.number("seedSmoothing", 0, 20, &v.seedSmoothing, false)
            || !r.number("contactWeight", 0, 10, &v.contactWeight, false))
            return false;
        m_post.stability.push_back(v);
    }
    return true;
}

PostProcessParams PostProcessParams::with(const PostProcessVariant& variant) const
{
    PostProcessParams p = *this;
    p.stability.clear();
    if (variant.foregroundThreshold >= 0)
        p.foregroundThreshold = variant.foregroundThreshold;
    if (variant.interiorThreshold >= 0)
        p.interiorThreshold = variant.interiorThreshold;
    if (variant.seedSmoothing >= 0)
        p.seedSmoothing = variant.seedSmoothing;
    if (variant.contactWeight >= 0)
        p.contactWeight = variant.contactWeight;
    return p;
}

} // namespace curator
