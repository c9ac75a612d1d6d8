#include "widgets/viewsettingsdock.h"

#include "model/workspace.h"

#include <QCheckBox>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace curator {

/**
 * A wheel turned over a combo box, slider or spin box of the dock scrolls the dock rather than
 * changing the control's value, unless the user has clicked the control first (it has focus):
 * scrolling through the settings must not recolour the cells on the way.
 */
class WheelGuard : public QObject
{
public:
    using QObject::QObject;

    void guard(QWidget* root)
    {
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSlider*>(w) || qobject_cast<QAbstractSpinBox*>(w)) {
                w->setFocusPolicy(Qt::StrongFocus);
                w->installEventFilter(this);
            }
        }
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Wheel || static_cast<QWidget*>(watched)->hasFocus())
            return false;
        event->ignore();   // unaccepted, the wheel goes on to the parents: the scroll area scrolls
        return true;
    }
};

namespace {

QIcon swatch(const QColor& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(colour.darker(160));
    painter.setBrush(colour);
    painter.drawRect(0, 0, 11, 11);
    return QIcon(pixmap);
}

QSlider* slider(int min, int max, int value)
{
    auto* s = new QSlider(Qt::Horizontal);
    s->setRange(min, max);
    s->setValue(value);
    return s;
}

} // namespace

ViewSettingsDock::ViewSettingsDock(Workspace* workspace, QWidget* parent)
    : QDockWidget(tr("Display"), parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("viewSettingsDock"));
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createDisplayGroup());
    layout->addWidget(createOverlayGroup());
    layout->addWidget(createCellTypeGroup());
    layout->addWidget(createSetGroup());
    layout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(scroll);
    m_wheelGuard = new WheelGuard(this);
    m_wheelGuard->guard(body);
    connect(workspace, &Workspace::reset, this, &ViewSettingsDock::rebuildSetBoxes);
    // Each set's cell count follows edits and model runs; a run's many per-image changes are counted once.
    auto* recount = new QTimer(this);
    recount->setSingleShot(true);
    recount->setInterval(0);
    connect(recount, &QTimer::timeout, this, &ViewSettingsDock::updateSetCounts);
    connect(workspace, &Workspace::annotationsChanged, recount, qOverload<>(&QTimer::start));
    rebuildSetBoxes();
}

void ViewSettingsDock::addGroup(QWidget* group)
{
    auto* layout = static_cast<QVBoxLayout*>(static_cast<QScrollArea*>(widget())->widget()->layout());
    layout->insertWidget(layout->count() - 1, group);   // above the stretch
    m_wheelGuard->guard(group);
}

QWidget* ViewSettingsDock::createDisplayGroup()
{
    auto* group = new QGroupBox(tr("Image"));
    auto* form = new QFormLayout(group);
    m_preset = new QComboBox;
    for (int p = 0; p < kDisplayPresetCount; ++p)
        m_preset->addItem(DisplayPresets::name(DisplayPreset(p)), p);
    m_preset->setCurrentIndex(int(DisplayPreset::AutoContrast));
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(8);
    m_preset->setToolTip(tr("Raw: stored values. Auto contrast: stretch between the 0.5 and 99.5 percentiles. "
                            "CLAHE: adaptive histogram equalisation. Background flattened: shading removed, "
                            "then LIVECell's normalisation (mean 128, std 11.6)."));
    m_brightness = slider(-100, 100, 0);
    m_contrast = slider(-100, 100, 0);
    m_contrast->setToolTip(tr("Contrast from 0.1× to 10×"));
    auto* reset = new QPushButton(tr("Reset"));
    reset->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    form->addRow(tr("Preset"), m_preset);
    form->addRow(tr("Brightness"), m_brightness);
    form->addRow(tr("Contrast"), m_contrast);
    form->addRow(QString(), reset);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ViewSettingsDock::emitDisplay);
    connect(m_brightness, &QSlider::valueChanged, this, &ViewSettingsDock::emitDisplay);
    connect(m_contrast, &QSlider::valueChanged, this, &ViewSettingsDock::emitDisplay);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_brightness->setValue(0);
        m_contrast->setValue(0);
    });
    return group;
}

QWidget* ViewSettingsDock::createOverlayGroup()
{
    auto* group = new QGroupBox(tr("Cells"));
    auto* form = new QFormLayout(group);
    m_showOverlay = new QCheckBox(tr("Show cells"));
    m_outlines = new QCheckBox(tr("Outlines"));
    m_fill = new QCheckBox(tr("Fill"));
    m_showOverlay->setChecked(true);
    m_outlines->setChecked(true);
    m_opacity = slider(0, 100, 30);
    m_colourMode = new QComboBox;
    for (int m = 0; m < OverlayStyle::kColourModeCount; ++m)
        m_colourMode->addItem(OverlayStyle::colourModeName(OverlayStyle::ColourMode(m)), m);
    m_colourMode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_colourMode->setMinimumContentsLength(8);
    auto* drawRow = new QHBoxLayout;
    drawRow->addWidget(m_outlines);
    drawRow->addWidget(m_fill);
    drawRow->addStretch(1);
    form->addRow(m_showOverlay);
    form->addRow(drawRow);
    form->addRow(tr("Fill opacity"), m_opacity);
    form->addRow(tr("Colour"), m_colourMode);
    m_areaLegend = createAreaLegend();
    form->addRow(QString(), m_areaLegend);
    for (QCheckBox* box : {m_showOverlay, m_outlines, m_fill})
        connect(box, &QCheckBox::toggled, this, &ViewSettingsDock::emitOverlay);
    connect(m_opacity, &QSlider::valueChanged, this, &ViewSettingsDock::emitOverlay);
    connect(m_colourMode, &QComboBox::currentIndexChanged, this, &ViewSettingsDock::emitOverlay);
    return group;
}

QWidget* ViewSettingsDock::createAreaLegend()
{
    // The ramp of areaColour(): what the colours mean when cells are coloured by area.
    QPixmap ramp(96, 10);
    QPainter painter(&ramp);
    for (int x = 0; x < ramp.width(); ++x) {
        painter.setPen(areaColour(std::pow(10.0, std::log10(30.0) + 2.0 * x / (ramp.width() - 1))));
        painter.drawLine(x, 0, x, ramp.height() - 1);
    }
    painter.end();
    auto* legend = new QWidget;
    auto* row = new QHBoxLayout(legend);
    row->setContentsMargins(0, 0, 0, 0);
    auto* image = new QLabel;
    image->setPixmap(ramp);
    row->addWidget(new QLabel(tr("%L1 px²").arg(30)));
    row->addWidget(image);
    row->addWidget(new QLabel(tr("%L1 px²").arg(3000)));
    row->addStretch(1);
    legend->setToolTip(tr("Colour by area: logarithmic from 30 px² or less to 3,000 px² or more"));
    legend->setVisible(false);
    return legend;
}

QWidget* ViewSettingsDock::createCellTypeGroup()
{
    auto* group = new QGroupBox(tr("Cell types"));
    auto* grid = new QGridLayout(group);
    for (int t = 0; t < kCellTypeCount; ++t) {
        const auto type = CellType(t);
        auto* box = new QCheckBox(type == CellType::Unknown ? tr("Unknown") : cellTypeName(type));
        box->setIcon(swatch(cellTypeColour(type)));
        box->setChecked(true);
        m_typeBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, [this] { emit hiddenCellTypesChanged(hiddenCellTypes()); });
        if (t > 0)
            grid->addWidget(box, (t - 1) / 2, (t - 1) % 2);
    }
    grid->addWidget(m_typeBoxes[0], 4, 0);
    return group;
}

QWidget* ViewSettingsDock::createSetGroup()
{
    auto* group = new QGroupBox(tr("Annotation sets"));
    m_setLayout = new QVBoxLayout(group);
    return group;
}

void ViewSettingsDock::rebuildSetBoxes()
{
    qDeleteAll(m_setBoxes);
    m_setBoxes.clear();
    m_hiddenSets.clear();
    for (int s = 0; s < m_workspace->setCount(); ++s) {
        const AnnotationSet& set = m_workspace->set(s);
        auto* box = new QCheckBox(setBoxText(s));
        box->setIcon(swatch(setColour(s)));
        box->setToolTip(set.info.path);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, [this, s](bool on) { setSetVisible(s, on); });
        m_setLayout->addWidget(box);
        m_setBoxes.append(box);
    }
    emit hiddenSetsChanged(m_hiddenSets);
}

QString ViewSettingsDock::setBoxText(int s) const
{
    const AnnotationSet& set = m_workspace->set(s);
    return tr("%1 (%L2 cells)").arg(set.info.label()).arg(set.store.liveAnnotationCount());
}

void ViewSettingsDock::updateSetCounts()
{
    for (int s = 0; s < m_setBoxes.size() && s < m_workspace->setCount(); ++s)
        m_setBoxes[s]->setText(setBoxText(s));
}

DisplaySettings ViewSettingsDock::displaySettings() const
{
    DisplaySettings s;
    s.preset = DisplayPreset(m_preset->currentData().toInt());
    s.brightness = m_brightness->value() / 200.0;
    s.contrast = std::pow(10.0, m_contrast->value() / 100.0);
    return s;
}

OverlayStyle ViewSettingsDock::overlayStyle() const
{
    OverlayStyle style;
    style.visible = m_showOverlay->isChecked();
    style.outlines = m_outlines->isChecked();
    style.fill = m_fill->isChecked();
    style.fillOpacity = m_opacity->value() / 100.0;
    style.colourMode = OverlayStyle::ColourMode(m_colourMode->currentData().toInt());
    return style;
}

void ViewSettingsDock::setOverlayStyle(const OverlayStyle& style)
{
    m_showOverlay->setChecked(style.visible);
    m_outlines->setChecked(style.outlines);
    m_fill->setChecked(style.fill);
    m_opacity->setValue(int(std::lround(style.fillOpacity * 100)));
    m_colourMode->setCurrentIndex(int(style.colourMode));
}

QSet<CellType> ViewSettingsDock::hiddenCellTypes() const
{
    QSet<CellType> hidden;
    for (int t = 0; t < m_typeBoxes.size(); ++t) {
        if (!m_typeBoxes[t]->isChecked())
            hidden.insert(CellType(t));
    }
    return hidden;
}

QSet<int> ViewSettingsDock::hiddenSets() const
{
    return m_hiddenSets;
}

void ViewSettingsDock::setCellTypeVisible(CellType type, bool visible)
{
    m_typeBoxes[int(type)]->setChecked(visible);
}

void ViewSettingsDock::setSetVisible(int set, bool visible)
{
    if (set < 0 || set >= m_setBoxes.size() || visible == !m_hiddenSets.contains(set))
        return;
    visible ? void(m_hiddenSets.remove(set)) : void(m_hiddenSets.insert(set));
    const QSignalBlocker blocker(m_setBoxes[set]);
    m_setBoxes[set]->setChecked(visible);
    emit hiddenSetsChanged(m_hiddenSets);
}

void ViewSettingsDock::emitDisplay()
{
    emit displaySettingsChanged(displaySettings());
}

void ViewSettingsDock::emitOverlay()
{
    m_opacity->setEnabled(m_fill->isChecked());
    m_areaLegend->setVisible(m_colourMode->currentData().toInt() == int(OverlayStyle::ColourMode::Area));
    emit overlayStyleChanged(overlayStyle());
}

void ViewSettingsDock::save(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("display"));
    settings.setValue(QStringLiteral("preset"), DisplayPresets::key(displaySettings().preset));
    settings.setValue(QStringLiteral("brightness"), m_brightness->value());
    settings.setValue(QStringLiteral("contrast"), m_contrast->value());
    const OverlayStyle style = overlayStyle();
    settings.setValue(QStringLiteral("showCells"), style.visible);
    settings.setValue(QStringLiteral("outlines"), style.outlines);
    settings.setValue(QStringLiteral("fill"), style.fill);
    settings.setValue(QStringLiteral("fillOpacity"), m_opacity->value());
    settings.setValue(QStringLiteral("colour"), OverlayStyle::colourModeKey(style.colourMode));
    QStringList hidden;
    for (CellType t : hiddenCellTypes())
        hidden << (t == CellType::Unknown ? QStringLiteral("unknown") : cellTypeName(t));
    settings.setValue(QStringLiteral("hiddenCellTypes"), hidden);
    settings.endGroup();
}

void ViewSettingsDock::restore(QSettings& settings)
{
    settings.beginGroup(QStringLiteral("display"));
    m_preset->setCurrentIndex(int(DisplayPresets::presetFromKey(settings.value(QStringLiteral("preset")).toString())));
    m_brightness->setValue(settings.value(QStringLiteral("brightness"), 0).toInt());
    m_contrast->setValue(settings.value(QStringLiteral("contrast"), 0).toInt());
    m_showOverlay->setChecked(settings.value(QStringLiteral("showCells"), true).toBool());
    m_outlines->setChecked(settings.value(QStringLiteral("outlines"), true).toBool());
    m_fill->setChecked(settings.value(QStringLiteral("fill"), false).toBool());
    m_opacity->setValue(settings.value(QStringLiteral("fillOpacity"), 30).toInt());
    m_colourMode->setCurrentIndex(int(OverlayStyle::colourModeFromKey(settings.value(QStringLiteral("colour")).toString())));
    const QStringList hidden = settings.value(QStringLiteral("hiddenCellTypes")).toStringList();
    for (int t = 0; t < m_typeBoxes.size(); ++t) {
        const QString name = t == 0 ? QStringLiteral("unknown") : cellTypeName(CellType(t));
        m_typeBoxes[t]->setChecked(!hidden.contains(name));
    }
    settings.endGroup();
    emitDisplay();
    emitOverlay();
}

} // namespace curator
