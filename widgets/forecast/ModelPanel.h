#pragma once

#include "forecast/ForecastEngine.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace caseload {

/// The models the engine considered: one row per candidate (name, family, AICc, backtest MASE,
/// sMAPE, bias, 80% / 95% coverage; seasonal naive among them; the chosen ones marked and bold) and
/// the coefficients of a picked model in plain words (CoefficientText).
class ModelPanel : public QWidget
{
    Q_OBJECT

public:
    enum CandidateColumn {
        Name,
        Family,
        Aicc,
        Mase,
        Smape,
        Bias,
        Coverage80,
        Coverage95,
        Status,
        CandidateColumns
    };
    enum CoefficientColumn { Term, Effect, Error, CoefficientColumns };

    explicit ModelPanel(QWidget *parent = nullptr);

    /// Shows `report`; `interventions` are those of the run (to word trend hinges per year).
    void setReport(const ForecastReport &report, const std::vector<Intervention> &interventions);
    void clear();

    QTableWidget *candidatesTable() const { return m_candidates; }
    QTableWidget *coefficientsTable() const { return m_coefficients; }
    /// Picks the model whose coefficients show (item data: the index in ForecastReport::candidates).
    QComboBox *modelPicker() const { return m_picker; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCandidates();
    void fillPicker();
    void showCoefficients();

    ForecastReport m_report;
    std::vector<Intervention> m_interventions;
    QLabel *m_candidatesTitle = nullptr;
    QTableWidget *m_candidates = nullptr;
    QLabel *m_coefficientsTitle = nullptr;
    QComboBox *m_picker = nullptr;
    QLabel *m_pickerLabel = nullptr;
    QTableWidget *m_coefficients = nullptr;
    QLabel *m_noCoefficients = nullptr;
    QLabel *m_coefficientsHint = nullptr;
};

} // namespace caseload
