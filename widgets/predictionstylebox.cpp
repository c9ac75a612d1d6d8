#include "widgets/predictionstylebox.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <QSlider>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace curator {

PredictionStyleBox::PredictionStyleBox(QWidget* parent)
    : QGroupBox(tr("Predictions"), parent)
    , m_visible(new QCheckBox(tr("Show predictions")))
    , m_colour(new QToolButton)
    , m_score(new QSlider(Qt::Horizontal))
    , m_scoreLabel(new QLabel)
{
    setObjectName(QStringLiteral("predictionStyleBox"));
    m_colour->setToolTip(tr("Colour of predicted cells"));
    m_score->setRange(0, 100);
    m_score->setToolTip(tr("Hides predictions scoring below this value and leaves them out of the review's TP / FP / FN and F1 (AP always ranks every prediction)"));
    m_scoreLabel->setMinimumWidth(m_scoreLabel->fontMetrics().horizontalAdvance(QStringLiteral("0.00")) + 4);
    auto* scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_score, 1);
    scoreRow->addWidget(m_scoreLabel);
    auto* form = new QFormLayout(this);
    form->addRow(m_visible);
    form->addRow(tr("Colour"), m_colour);
    form->addRow(tr("Min. score"), scoreRow);
    connect(m_visible, &QCheckBox::toggled, this, [this](bool on) {
        PredictionStyle s = m_style;
        s.visible = on;
        setStyle(s);
    });
    connect(m_score, &QSlider::valueChanged, this, [this](int value) {
        PredictionStyle s = m_style;
        s.minScore = value / 100.0;
        setStyle(s);
    });
    connect(m_colour, &QToolButton::clicked, this, &PredictionStyleBox::chooseColour);
    updateWidgets();
}

void PredictionStyleBox::setStyle(const PredictionStyle& style)
{
    if (style == m_style)
        return;
    m_style = style;
    updateWidgets();
    emit styleChanged(m_style);
}

void PredictionStyleBox::chooseColour()
{
    const QColor colour = QColorDialog::getColor(m_style.colour, this, tr("Prediction Colour"));
    if (!colour.isValid())
        return;
    PredictionStyle s = m_style;
    s.colour = colour;
    setStyle(s);
}

void PredictionStyleBox::updateWidgets()
{
    const QSignalBlocker b1(m_visible), b2(m_score);
    m_visible->setChecked(m_style.visible);
    m_score->setValue(int(std::lround(m_style.minScore * 100)));
    m_scoreLabel->setText(QLocale().toString(m_style.minScore, 'f', 2));
    QPixmap pixmap(24, 12);
    pixmap.fill(m_style.colour);
    m_colour->setIcon(QIcon(pixmap));
}

void PredictionStyleBox::save(QSettings& settings) const
{
    settings.setValue(QStringLiteral("predictions/visible"), m_style.visible);
    settings.setValue(QStringLiteral("predictions/colour"), m_style.colour.name());
    settings.setValue(QStringLiteral("predictions/minScore"), m_style.minScore);
}

void PredictionStyleBox::restore(QSettings& settings)
{
    PredictionStyle s;
    s.visible = settings.value(QStringLiteral("predictions/visible"), s.visible).toBool();
    const QColor colour(settings.value(QStringLiteral("predictions/colour"), s.colour.name()).toString());
    if (colour.isValid())
        s.colour = colour;
    s.minScore = std::clamp(settings.value(QStringLiteral("predictions/minScore"), s.minScore).toDouble(), 0.0, 1.0);
    setStyle(s);
}

} // namespace curator
