#include "FilterBar.h"

#include "CourtPicker.h"
#include "StayOpenMenu.h"
#include "domain/DayNumber.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScreen>
#include <QToolButton>

#include <algorithm>

namespace caseload {

namespace {

QDate monthStart(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

QDate monthEnd(QDate date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

/// The translated label of a case type (the Chinese court label in a Chinese interface).
QString typeLabel(CaseType type)
{
    if (type == CaseType::Unknown)
        return QCoreApplication::translate("caseload::FilterBar", "Type not given");
    const QByteArray source = englishLabel(type).toLatin1();
    const QString translated = QCoreApplication::translate("CaseType", source.constData());
    if (translated == QLatin1String(source) && QLocale().language() == QLocale::Chinese)
        return chineseLabel(type);
    return translated;
}

/// Marks programmatic changes of the controls: their signals then emit no filterChanged().
class UpdateGuard
{
public:
    explicit UpdateGuard(int &counter)
        : m_counter(counter)
    {
        ++m_counter;
    }
    ~UpdateGuard() { --m_counter; }
    UpdateGuard(const UpdateGuard &) = delete;
    UpdateGuard &operator=(const UpdateGuard &) = delete;

private:
    int &m_counter;
};

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_periodLabel(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_range(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_dash(new QLabel(QStringLiteral("–"), this))
    , m_to(new QDateEdit(this))
    , m_courtsLabel(new QLabel(this))
    , m_courts(new QToolButton(this))
    , m_picker(new CourtPicker(this))
    , m_typesLabel(new QLabel(this))
    , m_types(new QToolButton(this))
    , m_typeMenu(new StayOpenMenu(this))
    , m_asOfCheck(new QCheckBox(this))
    , m_asOf(new QDateEdit(this))
{
    const UpdateGuard setup(m_updating);
    m_picker->setWindowFlags(Qt::Popup);
    m_picker->hide();
    m_preset->setObjectName(QStringLiteral("preset"));
    m_from->setObjectName(QStringLiteral("fromMonth"));
    m_to->setObjectName(QStringLiteral("toMonth"));
    m_range->setObjectName(QStringLiteral("range"));
    m_courts->setObjectName(QStringLiteral("courts"));
    m_types->setObjectName(QStringLiteral("types"));
    m_asOfCheck->setObjectName(QStringLiteral("asOfCheck"));
    m_asOf->setObjectName(QStringLiteral("asOf"));

    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
        edit->setDate(monthStart(QDate::currentDate()));
    }
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setCalendarPopup(true);
    m_range->setForegroundRole(QPalette::PlaceholderText);
    m_periodLabel->setBuddy(m_preset);
    m_courtsLabel->setBuddy(m_courts);
    m_typesLabel->setBuddy(m_types);
    m_courts->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_courts->setMinimumWidth(120);
    m_types->setPopupMode(QToolButton::InstantPopup);
    m_types->setMenu(m_typeMenu);
    m_types->setMinimumWidth(100);

    m_allTypes = m_typeMenu->addAction(QString());
    m_allTypes->setCheckable(true);
    m_typeMenu->addSeparator();
    for (int t = 0; t < CaseTypeCount; ++t) {
        // Unknown last: the types the courts use come first.
        const CaseType type = CaseType((t + 1) % CaseTypeCount);
        QAction *action = m_typeMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(int(type));
        m_typeActions.append(action);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_preset);
    layout->addWidget(m_range);
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(m_courtsLabel);
    layout->addWidget(m_courts);
    layout->addSpacing(12);
    layout->addWidget(m_typesLabel);
    layout->addWidget(m_types);
    layout->addSpacing(12);
    layout->addWidget(m_asOfCheck);
    layout->addWidget(m_asOf);
    layout->addStretch();
    setTabOrder(m_preset, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_courts);
    setTabOrder(m_courts, m_types);
    setTabOrder(m_types, m_asOfCheck);
    setTabOrder(m_asOfCheck, m_asOf);

    fillPresets();
    retranslate();
    updatePeriodControls();

    connect(m_preset, &QComboBox::currentIndexChanged, this, &FilterBar::onPresetChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::onMonthChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::onMonthChanged);
    connect(m_courts, &QToolButton::clicked, this, &FilterBar::showCourtPicker);
    connect(m_picker, &CourtPicker::selectionChanged, this, [this] {
        updateCourtButton();
        userChanged();
    });
    connect(m_typeMenu, &QMenu::triggered, this, [this](QAction *action) {
        if (m_updating)
            return;
        const UpdateGuard guard(m_updating);
        if (action == m_allTypes) {
            for (QAction *a : std::as_const(m_typeActions))
                a->setChecked(false);
        }
        updateTypeButton();
    });
    connect(m_typeMenu, &QMenu::triggered, this, &FilterBar::userChanged);
    connect(m_asOfCheck, &QCheckBox::toggled, this, [this] {
        updateAsOf();
        userChanged();
    });
    connect(m_asOf, &QDateEdit::dateChanged, this, &FilterBar::userChanged);
}

void FilterBar::fillPresets()
{
    const UpdateGuard guard(m_updating);
    const int current = m_preset->currentIndex();
    m_preset->clear();
    m_preset->addItem(tr("This month"), int(FilterState::Preset::ThisMonth));
    m_preset->addItem(tr("This year"), int(FilterState::Preset::ThisYear));
    m_preset->addItem(tr("Last 12 months"), int(FilterState::Preset::Last12Months));
    m_preset->addItem(tr("All data"), int(FilterState::Preset::AllData));
    m_preset->addItem(tr("Custom…"), int(FilterState::Preset::Custom));
    m_preset->setCurrentIndex(current >= 0 ? current : int(FilterState::Preset::Last12Months));
}

void FilterBar::retranslate()
{
    fillPresets();
    m_periodLabel->setText(tr("&Period:"));
    m_courtsLabel->setText(tr("&Courts:"));
    m_typesLabel->setText(tr("T&ypes:"));
    m_asOfCheck->setText(tr("&As of"));
    m_asOfCheck->setToolTip(tr("Date for the age of the pending caseload and the survival curve; "
                               "unchecked: the period's end"));
    m_asOf->setToolTip(m_asOfCheck->toolTip());
    m_preset->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("First month"));
    m_to->setAccessibleName(tr("Last month"));
    m_courts->setAccessibleName(tr("Courts"));
    m_types->setAccessibleName(tr("Case types"));
    m_asOfCheck->setAccessibleName(tr("Own as-of date"));
    m_asOf->setAccessibleName(tr("As-of date"));
    m_allTypes->setText(tr("All types"));
    for (QAction *action : std::as_const(m_typeActions))
        action->setText(typeLabel(CaseType(action->data().toInt())));
    updatePeriodControls();
    updateCourtButton();
    updateTypeButton();
}

void FilterBar::setTable(std::shared_ptr<const CaseTable> table)
{
    const UpdateGuard guard(m_updating);
    m_table = std::move(table);
    if (m_table) {
        m_picker->setCourts(m_table->courts());
        const QDate first
            = m_table->isEmpty() ? latestMonth() : monthStart(fromDayNumber(m_table->firstDay()));
        const QDate last = latestMonth();
        for (QDateEdit *edit : {m_from, m_to})
            edit->setDateRange(first, last);
        m_asOf->setDateRange(first, monthEnd(last));
    }
    updatePeriodControls();
    updateCourtButton();
}

void FilterBar::setCourtGroups(const QMap<QString, QStringList> &groups)
{
    const UpdateGuard guard(m_updating);
    m_picker->setCourtGroups(groups);
    updateCourtButton();
}

QDate FilterBar::latestMonth() const
{
    if (m_table && !m_table->isEmpty())
        return monthStart(fromDayNumber(m_table->lastDay()));
    return monthStart(QDate::currentDate());
}

std::pair<QDate, QDate> FilterBar::presetPeriod(FilterState::Preset preset, QDate latestDay)
{
    const QDate last = monthEnd(latestDay);
    switch (preset) {
    case FilterState::Preset::ThisMonth:
        return {monthStart(latestDay), last};
    case FilterState::Preset::ThisYear:
        return {QDate(latestDay.year(), 1, 1), last};
    case FilterState::Preset::Last12Months:
        return {monthStart(latestDay).addMonths(-11), last};
    case FilterState::Preset::AllData:
    case FilterState::Preset::Custom:
        break;
    }
    return {};
}

std::pair<QDate, QDate> FilterBar::period() const
{
    const auto preset = FilterState::Preset(m_preset->currentData().toInt());
    if (preset == FilterState::Preset::Custom)
        return {monthStart(m_from->date()), monthEnd(m_to->date())};
    return presetPeriod(preset, latestMonth());
}

std::pair<QDate, QDate> FilterBar::shownPeriod() const
{
    auto p = period();
    if (!p.first.isValid()) {
        p.first
            = m_table && !m_table->isEmpty() ? monthStart(fromDayNumber(m_table->firstDay())) : latestMonth();
        p.second = monthEnd(latestMonth());
    }
    return p;
}

CaseFilter FilterBar::filter() const
{
    CaseFilter f;
    std::tie(f.from, f.to) = period();
    f.asOf = m_asOfCheck->isChecked() ? m_asOf->date() : QDate();
    if (!m_picker->allCourtsSelected()) {
        f.courts = m_picker->selectedCourts();
        f.courtGroups = m_picker->selectedGroups();
    }
    for (const QAction *action : m_typeActions) {
        if (action->isChecked())
            f.types.append(CaseType(action->data().toInt()));
    }
    if (f.types.size() == CaseTypeCount)
        f.types.clear();
    return f;
}

FilterState FilterBar::state() const
{
    FilterState s;
    s.preset = FilterState::Preset(m_preset->currentData().toInt());
    s.customFrom = monthStart(m_from->date());
    s.customTo = monthStart(m_to->date());
    s.courts = m_picker->selectedCourts();
    s.courtGroups = m_picker->selectedGroups();
    for (const QAction *action : m_typeActions) {
        if (action->isChecked())
            s.types.append(CaseType(action->data().toInt()));
    }
    s.asOf = m_asOfCheck->isChecked() ? m_asOf->date() : QDate();
    return s;
}

void FilterBar::setState(const FilterState &state)
{
    const UpdateGuard guard(m_updating);
    m_preset->setCurrentIndex(m_preset->findData(int(state.preset)));
    if (state.customFrom.isValid() && state.customTo.isValid()) {
        m_from->setDate(monthStart(state.customFrom));
        m_to->setDate(monthStart(state.customTo));
    }
    m_picker->setSelection(state.courts, state.courtGroups);
    for (QAction *action : std::as_const(m_typeActions))
        action->setChecked(state.types.contains(CaseType(action->data().toInt())));
    m_asOfCheck->setChecked(state.asOf.isValid());
    if (state.asOf.isValid())
        m_asOf->setDate(state.asOf);
    updatePeriodControls();
    updateCourtButton();
    updateTypeButton();
}

void FilterBar::setCourts(const QStringList &courts)
{
    const FilterState before = state();
    {
        const UpdateGuard guard(m_updating);
        m_picker->setSelection(courts, {});
        updateCourtButton();
    }
    if (state() != before)
        userChanged();
}

void FilterBar::showCourtPicker()
{
    const QSize size = m_picker->size();
    QPoint pos = m_courts->mapToGlobal(QPoint(0, m_courts->height()));
    if (const QScreen *screen = m_courts->screen()) {
        const QRect available = screen->availableGeometry();
        pos.setX(std::clamp(
            pos.x(), available.left(), std::max(available.left(), available.right() - size.width())));
        if (pos.y() + size.height() > available.bottom())
            pos.setY(std::max(available.top(), m_courts->mapToGlobal(QPoint(0, 0)).y() - size.height()));
    }
    m_picker->move(pos);
    m_picker->show();
    m_picker->raise();
    m_picker->activateWindow();
}

void FilterBar::onPresetChanged()
{
    if (m_updating)
        return;
    {
        const UpdateGuard guard(m_updating);
        // Custom starts from the months the previous preset showed.
        if (FilterState::Preset(m_preset->currentData().toInt()) == FilterState::Preset::Custom
            && m_shown.first.isValid()) {
            m_from->setDate(monthStart(m_shown.first));
            m_to->setDate(monthStart(m_shown.second));
        }
        updatePeriodControls();
    }
    userChanged();
}

void FilterBar::onMonthChanged()
{
    if (m_updating)
        return;
    {
        const UpdateGuard guard(m_updating);
        if (m_from->date() > m_to->date()) {
            if (sender() == m_from)
                m_to->setDate(m_from->date());
            else
                m_from->setDate(m_to->date());
        }
        updatePeriodControls();
    }
    userChanged();
}

void FilterBar::userChanged()
{
    if (m_updating)
        return;
    Q_EMIT filterChanged();
}

void FilterBar::updatePeriodControls()
{
    const UpdateGuard guard(m_updating);
    const bool custom = FilterState::Preset(m_preset->currentData().toInt()) == FilterState::Preset::Custom;
    m_from->setVisible(custom);
    m_dash->setVisible(custom);
    m_to->setVisible(custom);
    m_range->setVisible(!custom);
    m_shown = shownPeriod();
    const QLocale locale;
    const QString shortMonth = tr("MMM yyyy", "month in the filter bar (QLocale format)");
    const QString first = locale.toString(m_shown.first, shortMonth);
    const QString last = locale.toString(m_shown.second, shortMonth);
    m_range->setText(first == last ? first : tr("%1 – %2").arg(first, last));
    m_preset->setToolTip(tr("Relative to the latest data: %1")
                             .arg(locale.toString(latestMonth(), tr("MMMM yyyy", "month (QLocale format)"))));
    m_preset->setAccessibleDescription(m_range->text());
    updateAsOf();
}

void FilterBar::updateAsOf()
{
    const UpdateGuard guard(m_updating);
    const bool own = m_asOfCheck->isChecked();
    m_asOf->setEnabled(own);
    if (!own)
        m_asOf->setDate(m_shown.second);
}

void FilterBar::updateCourtButton()
{
    const QStringList courts = m_picker->selectedCourts();
    const QStringList groups = m_picker->selectedGroups();
    QString text;
    QStringList names;
    if (m_picker->allCourtsSelected() || (courts.isEmpty() && groups.isEmpty())) {
        text = tr("All courts");
    } else {
        QStringList parts;
        if (groups.size() == 1)
            parts.append(groups.constFirst());
        else if (groups.size() > 1)
            parts.append(tr("%n groups", nullptr, int(groups.size())));
        if (courts.size() == 1)
            parts.append(courts.constFirst());
        else if (courts.size() > 1)
            parts.append(tr("%n courts", nullptr, int(courts.size())));
        text = parts.join(QStringLiteral(", "));
        names = groups + courts;
    }
    constexpr int MaxNames = 15;
    QString tip = names.isEmpty() ? text : names.mid(0, MaxNames).join(QLatin1Char('\n'));
    if (names.size() > MaxNames)
        tip += QLatin1Char('\n') + tr("… and %n more", nullptr, int(names.size() - MaxNames));
    m_courts->setText(m_courts->fontMetrics().elidedText(text, Qt::ElideRight, 260));
    m_courts->setToolTip(tip);
    m_courts->setAccessibleDescription(text);
}

void FilterBar::updateTypeButton()
{
    QStringList labels;
    for (const QAction *action : std::as_const(m_typeActions)) {
        if (action->isChecked())
            labels.append(action->text());
    }
    m_allTypes->setChecked(labels.isEmpty());
    const QString text = labels.isEmpty() || labels.size() == CaseTypeCount ? tr("All types")
        : labels.size() == 1                                                ? labels.constFirst()
                             : tr("%n types", nullptr, int(labels.size()));
    m_types->setText(text);
    m_types->setToolTip(labels.isEmpty() ? text : labels.join(QLatin1Char('\n')));
    m_types->setAccessibleDescription(text);
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace caseload
