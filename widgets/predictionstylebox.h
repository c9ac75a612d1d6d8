#pragma once

#include "widgets/predictionstyle.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QSettings;
class QSlider;
class QToolButton;

namespace curator {

/**
 * The view settings' "Predictions" group: show or hide the predictions layer, its colour, and the
 * score below which predictions are hidden. Every change is reported at once.
 */
class PredictionStyleBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit PredictionStyleBox(QWidget* parent = nullptr);

    PredictionStyle style() const { return m_style; }
    void setStyle(const PredictionStyle& style);

    void save(QSettings& settings) const;
    void restore(QSettings& settings);

signals:
    void styleChanged(const curator::PredictionStyle& style);

private:
    void chooseColour();
    void updateWidgets();

    PredictionStyle m_style;
    QCheckBox* m_visible;
    QToolButton* m_colour;
    QSlider* m_score;
    QLabel* m_scoreLabel;
};

} // namespace curator
