#pragma once

#include "model/displaypresets.h"
#include "widgets/overlaystyle.h"

#include <QDockWidget>
#include <QSet>

class QCheckBox;
class QComboBox;
class QSettings;
class QSlider;
class QVBoxLayout;

namespace curator {

class WheelGuard;
class Workspace;

/**
 * Display and overlay choices: the phase-contrast preset with manual brightness/contrast, how
 * cells are drawn (outlines, fill and its opacity, colouring), and which cell types and annotation
 * sets are shown. Every change is reported at once; save()/restore() persist the choices.
 */
class ViewSettingsDock : public QDockWidget
{
    Q_OBJECT

public:
    ViewSettingsDock(Workspace* workspace, QWidget* parent = nullptr);

    DisplaySettings displaySettings() const;
    OverlayStyle overlayStyle() const;
    QSet<CellType> hiddenCellTypes() const;
    QSet<int> hiddenSets() const;

    void setOverlayStyle(const OverlayStyle& style);
    /** Shows or hides one cell type's cells (as its check box does). */
    void setCellTypeVisible(CellType type, bool visible);
    void setSetVisible(int set, bool visible);

    /** Adds a group (e.g. another layer's settings) below the built-in ones. */
    void addGroup(QWidget* group);

    void save(QSettings& settings) const;
    void restore(QSettings& settings);

signals:
    void displaySettingsChanged(const curator::DisplaySettings& settings);
    void overlayStyleChanged(const curator::OverlayStyle& style);
    void hiddenCellTypesChanged(const QSet<curator::CellType>& types);
    void hiddenSetsChanged(const QSet<int>& sets);

private:
    QWidget* createDisplayGroup();
    /** "val (1,243 cells)": the set's label and live cell count. */
    QString setBoxText(int set) const;
    void updateSetCounts();
    QWidget* createOverlayGroup();
    QWidget* createCellTypeGroup();
    QWidget* createSetGroup();
    QWidget* createAreaLegend();
    void rebuildSetBoxes();
    void emitDisplay();
    void emitOverlay();

    Workspace* m_workspace;
    QComboBox* m_preset = nullptr;
    QSlider* m_brightness = nullptr;
    QSlider* m_contrast = nullptr;
    QCheckBox* m_showOverlay = nullptr;
    QCheckBox* m_outlines = nullptr;
    QCheckBox* m_fill = nullptr;
    QSlider* m_opacity = nullptr;
    QComboBox* m_colourMode = nullptr;
    QWidget* m_areaLegend = nullptr;
    QList<QCheckBox*> m_typeBoxes;     // indexed by CellType
    QVBoxLayout* m_setLayout = nullptr;
    QList<QCheckBox*> m_setBoxes;      // indexed by set
    QSet<int> m_hiddenSets;
    WheelGuard* m_wheelGuard = nullptr;   ///< wheel turns over the controls scroll the dock (see the .cpp)
};

} // namespace curator
