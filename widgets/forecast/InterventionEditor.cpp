#include "InterventionEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace caseload {

namespace {

QDateEdit *monthEdit(QDate month, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    edit->setCalendarPopup(false);
    edit->setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 1));
    edit->setDate(month.isValid() ? QDate(month.year(), month.month(), 1) : QDate(2015, 5, 1));
    edit->setFrame(false);
    return edit;
}

} // namespace

InterventionEditor::InterventionEditor(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("interventions"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(Kind, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Month, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    connect(m_table, &QTableWidget::itemChanged, this, &InterventionEditor::updateButtons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InterventionEditor::updateButtons);

    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_defaults = new QPushButton(this);
    connect(m_add, &QPushButton::clicked, this, [this] {
        Intervention iv;
        iv.month = QDate(2015, 5, 1);
        addIntervention(iv);
        m_table->setCurrentCell(m_table->rowCount() - 1, Label);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_table->removeRow(row);
        updateButtons();
    });
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        ForecastSettings s = settings();
        s.interventions = ForecastSettings::defaults().interventions;
        const ForecastSettings applied = m_applied;
        setSettings(s);
        m_applied = applied;
        updateButtons();
    });

    m_combine = new QCheckBox(this);
    m_unlock = new QCheckBox(this);
    connect(m_combine, &QCheckBox::toggled, this, &InterventionEditor::updateButtons);
    connect(m_unlock, &QCheckBox::toggled, this, &InterventionEditor::updateButtons);

    m_apply = new QPushButton(this);
    m_apply->setDefault(true);
    m_revert = new QPushButton(this);
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(settings()); });
    connect(m_revert, &QPushButton::clicked, this, [this] { setSettings(m_applied); });
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addWidget(m_defaults);
    rowButtons->addStretch(1);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_status, 1);
    applyRow->addWidget(m_revert);
    applyRow->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_help);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_combine);
    layout->addWidget(m_unlock);
    layout->addLayout(applyRow);

    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_defaults);
    setTabOrder(m_defaults, m_combine);
    setTabOrder(m_combine, m_unlock);
    setTabOrder(m_unlock, m_revert);
    setTabOrder(m_revert, m_apply);
    retranslate();
    setSettings(ForecastSettings::defaults());
}

void InterventionEditor::setSettings(const ForecastSettings &s)
{
    m_applied = s;
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
    }
    for (const Intervention &iv : s.interventions)
        addIntervention(iv);
    {
        const QSignalBlocker a(m_combine);
        const QSignalBlocker b(m_unlock);
        m_combine->setChecked(s.combineBestTwo);
        m_unlock->setChecked(s.unlockTrend);
    }
    updateButtons();
}

void InterventionEditor::addIntervention(const Intervention &iv)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *kind = new QComboBox(m_table);
    kind->setFrame(false);
    m_table->setCellWidget(row, Kind, kind);
    fillKindBox(row);
    kind->setCurrentIndex(iv.kind == Intervention::Kind::TrendHinge ? 1 : 0);
    connect(kind, &QComboBox::currentIndexChanged, this, &InterventionEditor::updateButtons);
    auto *month = monthEdit(iv.month, m_table);
    month->setAccessibleName(tr("Month the change starts"));
    connect(month, &QDateEdit::dateChanged, this, &InterventionEditor::updateButtons);
    m_table->setCellWidget(row, Month, month);
    auto *label = new QTableWidgetItem(iv.label);
    label->setToolTip(tr("Your name for it, shown with its coefficient"));
    m_table->setItem(row, Label, label);
    updateButtons();
}

void InterventionEditor::fillKindBox(int row)
{
    auto *kind = qobject_cast<QComboBox *>(m_table->cellWidget(row, Kind));
    if (!kind)
        return;
    const QSignalBlocker blocker(kind);
    const int current = kind->currentIndex();
    kind->clear();
    kind->addItem(tr("Level shift"));
    kind->addItem(tr("Trend change"));
    kind->setItemData(0, tr("From this month on, the level jumps (a step)"), Qt::ToolTipRole);
    kind->setItemData(1, tr("From this month on, the trend changes slope (a hinge)"), Qt::ToolTipRole);
    kind->setCurrentIndex(std::max(current, 0));
    kind->setAccessibleName(tr("Kind of change"));
}

ForecastSettings InterventionEditor::settings() const
{
    ForecastSettings s;
    s.combineBestTwo = m_combine->isChecked();
    s.unlockTrend = m_unlock->isChecked();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Intervention iv;
        if (auto *kind = qobject_cast<QComboBox *>(m_table->cellWidget(row, Kind)))
            iv.kind
                = kind->currentIndex() == 1 ? Intervention::Kind::TrendHinge : Intervention::Kind::LevelShift;
        if (auto *month = qobject_cast<QDateEdit *>(m_table->cellWidget(row, Month))) {
            const QDate d = month->date();
            iv.month = QDate(d.year(), d.month(), 1);
        }
        if (const QTableWidgetItem *label = m_table->item(row, Label))
            iv.label = label->text().trimmed();
        s.interventions.push_back(iv);
    }
    return s;
}

bool InterventionEditor::isModified() const
{
    return !(settings() == m_applied);
}

void InterventionEditor::setStatus(const QString &text)
{
    m_status->setText(text);
}

void InterventionEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 && m_table->rowCount() > 0);
    const bool modified = isModified();
    m_apply->setEnabled(modified);
    m_revert->setEnabled(modified);
    const QString changed = tr("Changed: apply to save and forecast again.");
    if (modified)
        m_status->setText(changed);
    else if (m_status->text() == changed)
        m_status->clear();
}

void InterventionEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InterventionEditor::retranslate()
{
    m_title->setText(tr("Level shifts and trend changes"));
    m_help->setText(
        tr("Known breaks in the series enter every regression model: a level shift (the May 2015 "
           "case-registration reform made filings jump) or a trend change (a hinge). They are saved in "
           "the database, so everyone using it sees the same ones."));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("From month"), tr("Label")});
    m_table->setAccessibleName(tr("Level shifts and trend changes"));
    m_table->setToolTip(tr("One row per break; edit the label in place"));
    for (int row = 0; row < m_table->rowCount(); ++row)
        fillKindBox(row);
    m_add->setText(tr("&Add"));
    m_add->setToolTip(tr("Add a level shift"));
    m_add->setAccessibleName(tr("Add a level shift or trend change"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the selected row"));
    m_remove->setAccessibleName(tr("Remove the selected level shift or trend change"));
    m_defaults->setText(tr("Default example"));
    m_defaults->setToolTip(tr("Back to the May 2015 registration reform as the only level shift"));
    m_defaults->setAccessibleName(tr("Restore the default level shift"));
    m_combine->setText(tr("Forecast the mean of the two best models"));
    m_combine->setToolTip(tr("Off: the single model with the lowest backtest error"));
    m_unlock->setText(tr("Allow steep trends"));
    m_unlock->setToolTip(
        tr("By default a trend may at most double or halve the next 12 months against the last 12"));
    m_apply->setText(tr("A&pply"));
    m_apply->setToolTip(tr("Save in the database and forecast again"));
    m_apply->setAccessibleName(tr("Apply and save the forecast settings"));
    m_revert->setText(tr("Revert"));
    m_revert->setToolTip(tr("Back to the settings in use"));
    m_revert->setAccessibleName(tr("Revert the forecast settings"));
}

} // namespace caseload
