#include "ModelPanel.h"

#include "CoefficientText.h"
#include "ForecastFormat.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace caseload {

using forecastFormat::number;
using forecastFormat::percent;

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidget *makeTable(int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setHighlightSections(false);
    table->setWordWrap(false);
    return table;
}

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// Candidates of one family share their id; the family's choice is the one that may be chosen.
bool isChosen(const ForecastReport &report, const CandidateModel &candidate)
{
    return candidate.familyChoice && report.chosenIds.contains(candidate.id);
}

QString familyName(const QString &family)
{
    if (family == QLatin1String("regression"))
        return ModelPanel::tr("Log-linear regression");
    if (family == QLatin1String("glm"))
        return ModelPanel::tr("Count regression (GLM)");
    if (family == QLatin1String("smoothing"))
        return ModelPanel::tr("Exponential smoothing");
    if (family == QLatin1String("baseline"))
        return ModelPanel::tr("Baseline");
    return family;
}

} // namespace

ModelPanel::ModelPanel(QWidget *parent)
    : QWidget(parent)
{
    m_candidatesTitle = heading(this);
    m_candidates = makeTable(CandidateColumns, this);
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_candidates->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_candidates->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);

    m_coefficientsTitle = heading(this);
    m_pickerLabel = new QLabel(this);
    m_picker = new QComboBox(this);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pickerLabel->setBuddy(m_picker);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &ModelPanel::showCoefficients);
    m_coefficients = makeTable(CoefficientColumns, this);
    m_coefficients->setObjectName(QStringLiteral("coefficients"));
    // Term, effect and error side by side; the free width goes to the right of the error.
    m_coefficients->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_coefficients->horizontalHeader()->setMinimumSectionSize(80);
    m_coefficients->horizontalHeader()->setStretchLastSection(true);
    m_noCoefficients = new QLabel(this);
    m_noCoefficients->setWordWrap(true);
    m_noCoefficients->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_candidatesTitle);
    topLayout->addWidget(m_candidates, 1);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *pickerRow = new QHBoxLayout;
    pickerRow->addWidget(m_coefficientsTitle);
    pickerRow->addSpacing(12);
    pickerRow->addWidget(m_pickerLabel);
    pickerRow->addWidget(m_picker);
    pickerRow->addStretch(1);
    bottomLayout->addLayout(pickerRow);
    bottomLayout->addWidget(m_noCoefficients);
    bottomLayout->addWidget(m_coefficients, 1);
    m_coefficientsHint = new QLabel(this);
    m_coefficientsHint->setWordWrap(true);
    m_coefficientsHint->setForegroundRole(QPalette::PlaceholderText);
    bottomLayout->addWidget(m_coefficientsHint);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    setTabOrder(m_candidates, m_picker);
    setTabOrder(m_picker, m_coefficients);
    retranslate();
}

void ModelPanel::setReport(const ForecastReport &report, const std::vector<Intervention> &interventions)
{
    m_report = report;
    m_interventions = interventions;
    fillCandidates();
    fillPicker();
}

void ModelPanel::clear()
{
    setReport({}, {});
}

void ModelPanel::fillCandidates()
{
    m_candidates->setRowCount(0);
    auto addRow = [this](const QString &name, const QString &family, double aicc,
                      const BacktestResult &backtest, const QString &status, bool chosen) {
        const int row = m_candidates->rowCount();
        m_candidates->insertRow(row);
        const bool tested = !backtest.perHorizon.empty();
        const HorizonAccuracy &m = backtest.mean;
        const QString none(QChar(0x2014));
        m_candidates->setItem(row, Name, cell(name, Qt::AlignLeft | Qt::AlignVCenter));
        m_candidates->setItem(row, Family, cell(family, Qt::AlignLeft | Qt::AlignVCenter));
        m_candidates->setItem(row, Aicc, cell(number(aicc, 1)));
        m_candidates->setItem(row, Mase, cell(tested ? number(m.mase, 2) : none));
        m_candidates->setItem(row, Smape, cell(tested ? number(m.smape, 1) + QLocale().percent() : none));
        m_candidates->setItem(row, Bias, cell(tested ? number(m.bias, 1) : none));
        m_candidates->setItem(row, Coverage80, cell(tested ? percent(m.coverage80) : none));
        m_candidates->setItem(row, Coverage95, cell(tested ? percent(m.coverage95) : none));
        m_candidates->setItem(row, Status, cell(status, Qt::AlignLeft | Qt::AlignVCenter));
        for (int c = 0; c < CandidateColumns; ++c) {
            QTableWidgetItem *item = m_candidates->item(row, c);
            if (chosen) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            item->setToolTip(tested
                    ? tr("%1: backtest over %2 origins").arg(name, QLocale().toString(backtest.origins))
                    : tr("%1: not backtested (only each family's choice is)").arg(name));
        }
    };
    bool baselineShown = false;
    for (const CandidateModel &candidate : m_report.candidates) {
        const bool chosen = isChosen(m_report, candidate);
        QString status;
        if (chosen)
            status = QStringLiteral("✔ ") + tr("chosen");
        else if (candidate.familyChoice)
            status = tr("best of its family");
        baselineShown = baselineShown || candidate.id == QLatin1String("snaive");
        addRow(
            candidate.name, familyName(candidate.family), candidate.aicc, candidate.backtest, status, chosen);
    }
    if (!baselineShown && !m_report.baseline.perHorizon.empty()) {
        addRow(tr("Seasonal naive (same month last year)"), familyName(QStringLiteral("baseline")),
            std::numeric_limits<double>::infinity(), m_report.baseline, tr("baseline"), false);
    }
    if (m_report.chosenIds.size() > 1 && !m_report.backtest.perHorizon.empty()) {
        addRow(m_report.modelName, tr("Combination"), std::numeric_limits<double>::infinity(),
            m_report.backtest, QStringLiteral("✔ ") + tr("forecast shown"), true);
    }
}

void ModelPanel::fillPicker()
{
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    int preferred = -1;
    for (size_t i = 0; i < m_report.candidates.size(); ++i) {
        const CandidateModel &candidate = m_report.candidates[i];
        if (candidate.coefficients.empty())
            continue;
        const bool chosen = isChosen(m_report, candidate);
        m_picker->addItem(chosen ? tr("%1 (chosen)").arg(candidate.name) : candidate.name, int(i));
        if (preferred < 0 && chosen)
            preferred = m_picker->count() - 1;
    }
    if (preferred >= 0)
        m_picker->setCurrentIndex(preferred);
    showCoefficients();
}

void ModelPanel::showCoefficients()
{
    m_coefficients->setRowCount(0);
    const QVariant index = m_picker->currentData();
    const CandidateModel *model
        = index.isValid() && index.toInt() >= 0 && size_t(index.toInt()) < m_report.candidates.size()
        ? &m_report.candidates[size_t(index.toInt())]
        : nullptr;
    m_picker->setEnabled(m_picker->count() > 0);
    m_noCoefficients->setVisible(m_picker->count() == 0);
    m_coefficients->setVisible(m_picker->count() > 0);
    if (!model)
        return;
    const QLocale locale;
    for (const Coefficient &c : model->coefficients) {
        const CoefficientText::Scale scale = CoefficientText::scaleOf(c.name, m_interventions);
        const CoefficientText::Words words = CoefficientText::describe(c, scale);
        const int row = m_coefficients->rowCount();
        m_coefficients->insertRow(row);
        m_coefficients->setItem(row, Term, cell(c.name, Qt::AlignLeft | Qt::AlignVCenter));
        m_coefficients->setItem(row, Effect, cell(words.effect));
        m_coefficients->setItem(row, Error, cell(words.error, Qt::AlignLeft | Qt::AlignVCenter));
        const QString tip
            = tr("%1: estimate %2 on the log scale, standard error %3")
                  .arg(c.name, locale.toString(c.estimate, 'g', 4), locale.toString(c.standardError, 'g', 4));
        for (int col = 0; col < CoefficientColumns; ++col)
            m_coefficients->item(row, col)->setToolTip(tip);
    }
}

void ModelPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ModelPanel::retranslate()
{
    m_candidatesTitle->setText(tr("Models considered"));
    m_candidates->setHorizontalHeaderLabels({tr("Model"), tr("Family"), tr("AICc"), tr("MASE"), tr("sMAPE"),
        tr("Bias"), tr("80% coverage"), tr("95% coverage"), tr("Status")});
    const QStringList candidateTips = {tr("The model and its trend"),
        tr("AICc chooses within a family; the backtest chooses across families"),
        tr("Akaike's criterion, corrected for small samples: lower is better, comparable only within a "
           "family"),
        tr("Mean absolute scaled error over horizons 1–12 (below 1: better than the seasonal naive "
           "in-sample)"),
        tr("Symmetric mean absolute percentage error over horizons 1–12"),
        tr("Mean of forecast − actual, in cases (positive: over-forecast)"),
        tr("Share of actual months inside the 80% interval (nominal 80%)"),
        tr("Share of actual months inside the 95% interval (nominal 95%)"),
        tr("The chosen models (bold) and each family's choice")};
    for (int c = 0; c < CandidateColumns; ++c)
        m_candidates->horizontalHeaderItem(c)->setToolTip(candidateTips.value(c));
    m_candidates->setAccessibleName(tr("Models considered"));
    m_coefficientsTitle->setText(tr("Coefficients"));
    m_pickerLabel->setText(tr("&Model:"));
    m_picker->setAccessibleName(tr("Model whose coefficients are shown"));
    m_picker->setToolTip(tr("Regression models have coefficients; smoothing models do not"));
    m_coefficients->setHorizontalHeaderLabels({tr("Term"), tr("Effect"), tr("± SE")});
    m_coefficients->horizontalHeaderItem(Term)->setToolTip(
        tr("Regressor: a month, the Spring Festival, the trend, a level shift"));
    m_coefficients->horizontalHeaderItem(Effect)->setToolTip(
        tr("Change in the count: (exp(b) − 1) × 100%; trends per year: (exp(12 b) − 1) × 100%"));
    m_coefficients->horizontalHeaderItem(Error)->setToolTip(
        tr("± one standard error (delta method: exp(b) × SE × 100%)"));
    m_coefficients->setAccessibleName(tr("Coefficients in plain words"));
    m_noCoefficients->setText(tr("None of the models has coefficients to show."));
    m_coefficientsHint->setText(
        tr("Effects change the monthly count: a month against January, the Spring "
           "Festival for a whole holiday week in the month, a level shift from its month on; "
           "trends per year. ± one standard error."));
    fillCandidates();
    fillPicker();
}

} // namespace caseload
