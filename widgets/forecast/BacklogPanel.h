#pragma once

#include "ForecastOutcome.h"

#include <QWidget>

class QLabel;
class QSlider;
class QSpinBox;

namespace caseload {

class ForecastChart;

/// The backlog: the fan of simulated month-end pending counts (median, 50%, 80% and 95% of paths)
/// after the pending history, the what-if sliders (filings ±50%, closing capacity ±50%), the question
/// "backlog below X: by which month, with which probability" and the closure model the simulation
/// assumes (elasticity of closures to workload ± one standard error).
class BacklogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BacklogPanel(QWidget *parent = nullptr);

    /// Shows `outcome`'s history, fan and closure model (null: nothing to show).
    void setOutcome(const ForecastOutcome *outcome);
    /// Only the fan changed (a new what-if simulation).
    void updateFan();

    BacklogScenario scenario() const;
    double level() const;
    void setLevel(double level);

    ForecastChart *chart() const { return m_chart; }
    QSlider *filingsSlider() const { return m_filings; }
    QSlider *capacitySlider() const { return m_capacity; }
    QSpinBox *levelBox() const { return m_level; }
    /// "Below 1,200 by 2019-05 with probability 62.0% …".
    QString probabilityText() const;
    QString closureModelText() const;

Q_SIGNALS:
    void scenarioChanged(const caseload::BacklogScenario &scenario);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSliderLabels();
    void updateProbability();
    void updateClosureModel();

    const ForecastOutcome *m_outcome = nullptr;
    bool m_levelTouched = false;
    ForecastChart *m_chart = nullptr;
    QLabel *m_whatIfTitle = nullptr;
    QLabel *m_filingsLabel = nullptr;
    QSlider *m_filings = nullptr;
    QLabel *m_filingsValue = nullptr;
    QLabel *m_capacityLabel = nullptr;
    QSlider *m_capacity = nullptr;
    QLabel *m_capacityValue = nullptr;
    QLabel *m_levelLabel = nullptr;
    QSpinBox *m_level = nullptr;
    QLabel *m_probability = nullptr;
    QLabel *m_closureTitle = nullptr;
    QLabel *m_closure = nullptr;
};

} // namespace caseload
