#include "IndicatorSettingsForm.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace caseload {

namespace {

// Index 0 (None, pending) is not a closure and cannot be excluded.
constexpr int FirstMethod = 1;

QString methodText(ClosureMethod method)
{
    const QString chinese = chineseLabel(method);
    const QString translated
        = QCoreApplication::translate("ClosureMethod", englishLabel(method).toUtf8().constData());
    return translated == chinese ? chinese : QStringLiteral("%1 · %2").arg(chinese, translated);
}

double percent(double share)
{
    // Shown with one decimal; rounding here keeps "90%" from reading back as 0.8999999.
    return std::round(share * 1000) / 10;
}

} // namespace

IndicatorSettingsForm::IndicatorSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_numbers(new QFormLayout)
    , m_timeLimit(new QSpinBox)
    , m_inquiryWindow(new QSpinBox)
    , m_overallYears(new QSpinBox)
    , m_excludedLabel(new QLabel)
    , m_excluded(new QListWidget)
    , m_checksLabel(new QLabel)
    , m_checkInquiry(new QCheckBox)
    , m_checkRestriction(new QCheckBox)
    , m_checkInterview(new QCheckBox)
    , m_checkDishonest(new QCheckBox)
{
    m_timeLimit->setRange(1, 24);
    m_inquiryWindow->setRange(1, 24);
    m_overallYears->setRange(1, 10);
    m_numbers->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto addRow = [this](QWidget *field) {
        auto *label = new QLabel;
        label->setBuddy(field);
        m_numbers->addRow(label, field);
    };
    addRow(m_timeLimit);
    addRow(m_inquiryWindow);
    addRow(m_overallYears);
    for (QDoubleSpinBox *&box : m_targets) {
        box = new QDoubleSpinBox;
        box->setRange(0, 100);
        box->setDecimals(1);
        box->setSingleStep(1);
        box->setSuffix(QStringLiteral(" %"));
        addRow(box);
    }
    for (QSpinBox *box : {m_timeLimit, m_inquiryWindow, m_overallYears}) {
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!m_updating)
                Q_EMIT changed();
        });
    }
    for (QDoubleSpinBox *box : m_targets) {
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_updating)
                Q_EMIT changed();
        });
    }

    for (int m = FirstMethod; m < ClosureMethodCount; ++m) {
        auto *item = new QListWidgetItem(m_excluded);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, m);
    }
    m_excludedLabel->setBuddy(m_excluded);
    m_excludedLabel->setWordWrap(true);
    connect(m_excluded, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });
    for (QCheckBox *box : {m_checkInquiry, m_checkRestriction, m_checkInterview, m_checkDishonest}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_updating)
                Q_EMIT changed();
        });
    }
    m_checksLabel->setWordWrap(true);

    auto *right = new QVBoxLayout;
    right->addWidget(m_excludedLabel);
    right->addWidget(m_excluded);
    right->addSpacing(8);
    right->addWidget(m_checksLabel);
    for (QCheckBox *box : {m_checkInquiry, m_checkRestriction, m_checkInterview, m_checkDishonest})
        right->addWidget(box);
    right->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_numbers, 1);
    layout->addSpacing(16);
    layout->addLayout(right, 1);

    setTabOrder(m_timeLimit, m_inquiryWindow);
    setTabOrder(m_inquiryWindow, m_overallYears);
    QWidget *previous = m_overallYears;
    for (QDoubleSpinBox *box : m_targets) {
        setTabOrder(previous, box);
        previous = box;
    }
    for (QWidget *next : std::initializer_list<QWidget *> {
             m_excluded, m_checkInquiry, m_checkRestriction, m_checkInterview, m_checkDishonest}) {
        setTabOrder(previous, next);
        previous = next;
    }
    setSettings(IndicatorSettings());
    retranslate();
}

IndicatorSettings IndicatorSettingsForm::settings() const
{
    IndicatorSettings s;
    s.timeLimitMonths = m_timeLimit->value();
    s.inquiryWindowMonths = m_inquiryWindow->value();
    s.overallClosureYears = m_overallYears->value();
    s.targetActualClosure = m_targets[0]->value() / 100;
    s.targetTerminationQuality = m_targets[1]->value() / 100;
    s.targetPetitionsResolved = m_targets[2]->value() / 100;
    s.targetOverallClosure = m_targets[3]->value() / 100;
    s.targetCourtsMeeting = m_targets[4]->value() / 100;
    s.excludedMethods.clear();
    for (int row = 0; row < m_excluded->count(); ++row) {
        const QListWidgetItem *item = m_excluded->item(row);
        if (item->checkState() == Qt::Checked)
            s.excludedMethods.append(ClosureMethod(item->data(Qt::UserRole).toInt()));
    }
    s.checkNetworkInquiry = m_checkInquiry->isChecked();
    s.checkConsumptionRestriction = m_checkRestriction->isChecked();
    s.checkApplicantInterview = m_checkInterview->isChecked();
    s.checkDishonestList = m_checkDishonest->isChecked();
    return s;
}

IndicatorSettings IndicatorSettingsForm::asShown(const IndicatorSettings &settings)
{
    IndicatorSettings s = settings;
    for (double *target : {&s.targetActualClosure, &s.targetTerminationQuality, &s.targetPetitionsResolved,
             &s.targetOverallClosure, &s.targetCourtsMeeting})
        *target = percent(*target) / 100;
    s.excludedMethods.clear();
    for (int m = FirstMethod; m < ClosureMethodCount; ++m) {
        if (settings.isExcluded(ClosureMethod(m)))
            s.excludedMethods.append(ClosureMethod(m));
    }
    return s;
}

void IndicatorSettingsForm::setSettings(const IndicatorSettings &s)
{
    m_updating = true;
    m_timeLimit->setValue(s.timeLimitMonths);
    m_inquiryWindow->setValue(s.inquiryWindowMonths);
    m_overallYears->setValue(s.overallClosureYears);
    const double targets[] = {s.targetActualClosure, s.targetTerminationQuality, s.targetPetitionsResolved,
        s.targetOverallClosure, s.targetCourtsMeeting};
    for (size_t i = 0; i < m_targets.size(); ++i)
        m_targets[i]->setValue(percent(targets[i]));
    for (int row = 0; row < m_excluded->count(); ++row) {
        QListWidgetItem *item = m_excluded->item(row);
        item->setCheckState(
            s.isExcluded(ClosureMethod(item->data(Qt::UserRole).toInt())) ? Qt::Checked : Qt::Unchecked);
    }
    m_checkInquiry->setChecked(s.checkNetworkInquiry);
    m_checkRestriction->setChecked(s.checkConsumptionRestriction);
    m_checkInterview->setChecked(s.checkApplicantInterview);
    m_checkDishonest->setChecked(s.checkDishonestList);
    m_updating = false;
}

void IndicatorSettingsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IndicatorSettingsForm::retranslate()
{
    const QString labels[] = {
        tr("&Time limit (months from filing):"),
        tr("Network &inquiry window (months before a 终本 closure):"),
        tr("&Overall-closure window (years):"),
        tr("Target 1, actual closure within the limit:"),
        tr("Target 2, 终本 quality:"),
        tr("Target 3, petitions resolved:"),
        tr("Target 4, overall closure:"),
        tr("Target 5, courts meeting the standard:"),
    };
    QWidget *fields[] = {m_timeLimit, m_inquiryWindow, m_overallYears, m_targets[0], m_targets[1],
        m_targets[2], m_targets[3], m_targets[4]};
    for (size_t i = 0; i < std::size(fields); ++i) {
        if (auto *label = qobject_cast<QLabel *>(m_numbers->labelForField(fields[i])))
            label->setText(labels[i]);
        QString name = labels[i];
        name.remove(u'&');
        if (name.endsWith(u':'))
            name.chop(1);
        fields[i]->setAccessibleName(name);
    }
    m_timeLimit->setToolTip(tr("6 months for court judgments, 3 for non-litigation enforcement (DOMAIN.md)"));
    m_excludedLabel->setText(
        tr("Closure methods left out of the core indicators (&numerators and denominators):"));
    m_excluded->setAccessibleName(tr("Closure methods left out of the core indicators"));
    for (int row = 0; row < m_excluded->count(); ++row) {
        QListWidgetItem *item = m_excluded->item(row);
        item->setText(methodText(ClosureMethod(item->data(Qt::UserRole).toInt())));
    }
    // Tall enough for every method: a short list should not scroll.
    m_excluded->setFixedHeight(
        m_excluded->sizeHintForRow(0) * m_excluded->count() + 2 * m_excluded->frameWidth() + 2);
    m_checksLabel->setText(tr("终本 quality checks (indicator 2), each used when the data has its column:"));
    m_checkInquiry->setText(tr("Network inquiry within the window before closure"));
    m_checkRestriction->setText(tr("Consumption restriction issued"));
    m_checkInterview->setText(tr("Applicant interviewed before closure"));
    m_checkDishonest->setText(tr("Debtor put on the dishonest list"));
    m_checkDishonest->setToolTip(
        tr("Off by default: whether the law requires the listing depends on facts an "
           "export lacks"));
}

} // namespace caseload
