#pragma once

#include "analytics/IndicatorSettings.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QSpinBox;

namespace caseload {

/// Edits IndicatorSettings: the time limit, the inquiry window and the overall-closure window, the five
/// targets as percentages, the closure methods left out of the core indicators and indicator 2's checks.
/// The spin boxes keep values inside IndicatorSettings::fromJson's ranges (months 1..24, years 1..10,
/// targets 0..100%).
class IndicatorSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorSettingsForm(QWidget *parent = nullptr);

    /// The settings as entered.
    IndicatorSettings settings() const;
    /// Shows `settings` (without emitting changed()).
    void setSettings(const IndicatorSettings &settings);
    /// `settings` as the form shows them: targets rounded to a tenth of a percent, excluded methods in
    /// the enum's order. settings() after setSettings(s) equals asShown(s).
    static IndicatorSettings asShown(const IndicatorSettings &settings);

    QSpinBox *timeLimitBox() const { return m_timeLimit; }
    /// The target spin box of indicator `number` (1..5), in percent.
    QDoubleSpinBox *targetBox(int number) const { return m_targets.at(size_t(number - 1)); }
    QListWidget *excludedMethodsList() const { return m_excluded; }

Q_SIGNALS:
    /// The user changed a value.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QFormLayout *m_numbers = nullptr;
    QSpinBox *m_timeLimit = nullptr;
    QSpinBox *m_inquiryWindow = nullptr;
    QSpinBox *m_overallYears = nullptr;
    std::array<QDoubleSpinBox *, 5> m_targets = {};
    QLabel *m_excludedLabel = nullptr;
    QListWidget *m_excluded = nullptr;
    QLabel *m_checksLabel = nullptr;
    QCheckBox *m_checkInquiry = nullptr;
    QCheckBox *m_checkRestriction = nullptr;
    QCheckBox *m_checkInterview = nullptr;
    QCheckBox *m_checkDishonest = nullptr;
    bool m_updating = false;
};

} // namespace caseload
