#include "SettingsPage.h"

#include "CourtGroupsEditor.h"
#include "ErrorLabel.h"
#include "IndicatorSettingsForm.h"
#include "PetitionDelegate.h"
#include "PetitionTableModel.h"
#include "analytics/StoredSetup.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace caseload {

namespace {

enum MappingColumn { MappingName, MappingSignature, MappingUpdated };

bool samePeriod(const PetitionFigure &a, const PetitionFigure &b)
{
    return a.court.trimmed() == b.court.trimmed() && a.from == b.from && a.to == b.to;
}

} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : DashboardPage(parent)
    , m_scroll(new QScrollArea)
    , m_languageBox(new QGroupBox)
    , m_languageLabel(new QLabel)
    , m_language(new QComboBox)
    , m_indicatorBox(new QGroupBox)
    , m_indicators(new IndicatorSettingsForm)
    , m_petitionBox(new QGroupBox)
    , m_petitionHelp(new QLabel)
    , m_petitionView(new QTableView)
    , m_petitions(new PetitionTableModel(this))
    , m_petitionDelegate(new PetitionDelegate(this))
    , m_addPetition(new QPushButton)
    , m_removePetition(new QPushButton)
    , m_petitionError(new ErrorLabel)
    , m_groupBox(new QGroupBox)
    , m_groups(new CourtGroupsEditor)
    , m_mappingBox(new QGroupBox)
    , m_mappings(new QTreeWidget)
    , m_deleteMapping(new QPushButton)
    , m_error(new ErrorLabel)
    , m_status(new QLabel)
    , m_revert(new QPushButton)
    , m_apply(new QPushButton)
{
    // Language: names written in their own language, as language menus do.
    m_language->addItem(QString(), QStringLiteral("system"));
    m_language->addItem(QString::fromUtf8("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageLabel->setBuddy(m_language);
    auto *languageLayout = new QHBoxLayout(m_languageBox);
    languageLayout->addWidget(m_languageLabel);
    languageLayout->addWidget(m_language);
    languageLayout->addStretch(1);
    connect(m_language, &QComboBox::activated, this,
        [this](int index) { Q_EMIT languageRequested(m_language->itemData(index).toString()); });

    auto *indicatorLayout = new QVBoxLayout(m_indicatorBox);
    indicatorLayout->addWidget(m_indicators);
    connect(m_indicators, &IndicatorSettingsForm::changed, this, &SettingsPage::updateState);

    m_petitionHelp->setWordWrap(true);
    m_petitionView->setModel(m_petitions);
    m_petitionView->setItemDelegate(m_petitionDelegate);
    m_petitionView->verticalHeader()->hide();
    m_petitionView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_petitionView->horizontalHeader()->setSectionResizeMode(PetitionTableModel::Court, QHeaderView::Stretch);
    m_petitionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_petitionView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_petitionView->setMinimumHeight(150);
    for (int column : {PetitionTableModel::From, PetitionTableModel::To})
        m_petitionView->setColumnWidth(column, 130);
    for (int column : {PetitionTableModel::Received, PetitionTableModel::Resolved})
        m_petitionView->setColumnWidth(column, 110);
    auto *petitionButtons = new QHBoxLayout;
    petitionButtons->addWidget(m_addPetition);
    petitionButtons->addWidget(m_removePetition);
    petitionButtons->addStretch(1);
    auto *petitionLayout = new QVBoxLayout(m_petitionBox);
    petitionLayout->addWidget(m_petitionHelp);
    petitionLayout->addWidget(m_petitionView);
    petitionLayout->addWidget(m_petitionError);
    petitionLayout->addLayout(petitionButtons);
    connect(m_addPetition, &QPushButton::clicked, this, [this] {
        const int row = addPetition();
        m_petitionView->setFocus();
        m_petitionView->edit(m_petitions->index(row, PetitionTableModel::Court));
    });
    connect(m_removePetition, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_petitionView->selectionModel()->selectedRows())
            rows.append(index.row());
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int row : std::as_const(rows))
            m_petitions->removeFigure(row);
    });
    connect(m_petitions, &PetitionTableModel::edited, this, &SettingsPage::updateState);
    connect(m_petitionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SettingsPage::updateState);

    auto *groupLayout = new QVBoxLayout(m_groupBox);
    groupLayout->addWidget(m_groups);
    m_groups->setMinimumHeight(220);
    connect(m_groups, &CourtGroupsEditor::changed, this, &SettingsPage::updateState);

    m_mappings->setColumnCount(3);
    m_mappings->setRootIsDecorated(false);
    m_mappings->setUniformRowHeights(true);
    m_mappings->setMinimumHeight(120);
    m_mappings->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_mappings->header()->setStretchLastSection(true);
    auto *mappingButtons = new QHBoxLayout;
    mappingButtons->addWidget(m_deleteMapping);
    mappingButtons->addStretch(1);
    auto *mappingLayout = new QVBoxLayout(m_mappingBox);
    mappingLayout->addWidget(m_mappings);
    mappingLayout->addLayout(mappingButtons);
    connect(m_deleteMapping, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_mappings->currentItem())
            deleteMapping(item->data(MappingSignature, Qt::UserRole).toString());
    });
    connect(m_mappings, &QTreeWidget::currentItemChanged, this, &SettingsPage::updateState);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    for (QGroupBox *box : {m_languageBox, m_indicatorBox, m_petitionBox, m_groupBox, m_mappingBox})
        contentLayout->addWidget(box);
    contentLayout->addStretch(1);
    content->setMaximumWidth(1200);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_error, 1);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_revert);
    bar->addWidget(m_apply);
    m_apply->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bar);
    connect(m_apply, &QPushButton::clicked, this, &SettingsPage::apply);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);

    setTabOrder(m_language, m_indicators);
    setTabOrder(m_indicators, m_petitionView);
    setTabOrder(m_petitionView, m_addPetition);
    setTabOrder(m_addPetition, m_removePetition);
    setTabOrder(m_removePetition, m_groups);
    setTabOrder(m_groups, m_mappings);
    setTabOrder(m_mappings, m_deleteMapping);
    setTabOrder(m_deleteMapping, m_revert);
    setTabOrder(m_revert, m_apply);

    retranslate();
    updateState();
}

SettingsPage::~SettingsPage() = default;

QString SettingsPage::title() const
{
    return tr("Settings");
}

QString SettingsPage::key() const
{
    return QStringLiteral("settings");
}

void SettingsPage::setData(const DashboardData &data)
{
    QStringList courts;
    if (data.table) {
        for (const CourtInfo &court : data.table->courts())
            courts.append(court.name);
    }
    std::sort(courts.begin(), courts.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    m_courts = courts;
    m_groups->setCourts(courts);
    m_petitionDelegate->setCourts(courts);
    m_periodFrom = data.result ? data.result->from : QDate();
    m_periodTo = data.result ? data.result->to : QDate();
    if (data.storeLocation != m_location) {
        m_location = data.storeLocation;
        m_store.reset();
        m_loaded = false;
        if (isVisible())
            load();
    }
}

void SettingsPage::showEvent(QShowEvent *event)
{
    DashboardPage::showEvent(event);
    // Saved mappings and figures may have changed meanwhile (an import, `caseload` on the command line).
    if (!m_loaded || !hasChanges())
        load();
}

void SettingsPage::setLanguageKey(const QString &key)
{
    const int index = m_language->findData(key);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

QString SettingsPage::languageKey() const
{
    return m_language->currentData().toString();
}

Store *SettingsPage::store(QString *error)
{
    if (!m_store) {
        if (m_location.isEmpty()) {
            *error = tr("No database is open.");
            return nullptr;
        }
        m_store = Store::open(m_location, error);
    }
    return m_store.get();
}

bool SettingsPage::load()
{
    QString error;
    Store *db = store(&error);
    if (!db) {
        showStatus(error, true);
        return false;
    }
    IndicatorSettings settings;
    QStringList errors;
    if (!storedSetup::loadSettings(*db, &settings, &error)) {
        errors.append(
            tr("The stored indicator settings cannot be used (%1); the defaults are shown.").arg(error));
        settings = IndicatorSettings();
    }
    error.clear();
    m_saved.settings = IndicatorSettingsForm::asShown(settings);
    m_saved.petitions = db->petitions(&error);
    m_saved.groups = db->courtGroups(&error);
    m_saved.mappings = db->mappingProfiles(&error);
    if (!error.isEmpty())
        errors.append(error);
    m_indicators->setSettings(settings);
    m_petitions->setFigures(m_saved.petitions);
    m_groups->setGroups(m_saved.groups);
    m_deletedMappings.clear();
    fillMappings();
    m_loaded = true;
    m_petitionError->showMessage({});
    showStatus(errors.join(u'\n'), !errors.isEmpty());
    updateState();
    return errors.isEmpty();
}

void SettingsPage::fillMappings()
{
    const QString current = m_mappings->currentItem()
        ? m_mappings->currentItem()->data(MappingSignature, Qt::UserRole).toString()
        : QString();
    m_mappings->clear();
    const QLocale locale;
    for (const MappingProfileInfo &profile : std::as_const(m_saved.mappings)) {
        if (m_deletedMappings.contains(profile.signature))
            continue;
        auto *item = new QTreeWidgetItem(m_mappings);
        item->setText(MappingName, profile.name);
        item->setText(MappingSignature, profile.signature);
        item->setData(MappingSignature, Qt::UserRole, profile.signature);
        item->setToolTip(MappingSignature, profile.signature);
        item->setText(MappingUpdated,
            profile.updatedAt.isValid()
                ? locale.toString(profile.updatedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                : QString());
        if (profile.signature == current)
            m_mappings->setCurrentItem(item);
    }
}

void SettingsPage::deleteMapping(const QString &signature)
{
    const bool known = std::any_of(m_saved.mappings.cbegin(), m_saved.mappings.cend(),
        [&](const MappingProfileInfo &p) { return p.signature == signature; });
    if (!known)
        return;
    m_deletedMappings.insert(signature);
    fillMappings();
    updateState();
}

int SettingsPage::addPetition()
{
    PetitionFigure figure;
    figure.court = m_courts.value(0);
    const QDate today = QDate::currentDate();
    figure.from = m_periodFrom.isValid() ? m_periodFrom : QDate(today.year(), 1, 1);
    figure.to = m_periodTo.isValid() ? m_periodTo : QDate(today.year(), 12, 31);
    const int row = m_petitions->addFigure(figure);
    m_petitionView->selectRow(row);
    return row;
}

bool SettingsPage::hasChanges() const
{
    return m_loaded
        && (m_indicators->settings() != m_saved.settings || m_petitions->figures() != m_saved.petitions
            || m_groups->groups() != m_saved.groups || !m_deletedMappings.isEmpty());
}

bool SettingsPage::apply()
{
    if (!m_loaded) {
        load();
        return false;
    }
    // Everything is checked before anything is written.
    const IndicatorSettings settings = m_indicators->settings();
    IndicatorSettings checked;
    QString error;
    if (!IndicatorSettings::fromJson(settings.toJson(), &checked, &error)) {
        showStatus(tr("Indicators: %1").arg(error), true);
        m_scroll->ensureWidgetVisible(m_indicatorBox);
        return false;
    }
    const QList<PetitionTableModel::Problem> problems = m_petitions->validate();
    if (!problems.isEmpty()) {
        const PetitionTableModel::Problem &p = problems.constFirst();
        showStatus(tr("Petition figures, %1").arg(p.message), true);
        m_petitionView->setCurrentIndex(m_petitions->index(p.row, p.column));
        m_scroll->ensureWidgetVisible(m_petitionView);
        return false;
    }
    const QMap<QString, QStringList> groups = m_groups->groups();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (it->isEmpty()) {
            showStatus(tr("Court groups, %1: the group has no court; check at least one or delete the group")
                           .arg(it.key()),
                true);
            m_groups->setCurrentGroup(it.key());
            m_scroll->ensureWidgetVisible(m_groups);
            return false;
        }
    }

    bool setupWritten = false;
    const bool ok = write(&error, &setupWritten);
    if (ok) {
        load();
        showStatus(tr("Settings saved."), false);
    } else {
        // Some writes may have gone through: compare the edits with what the store now holds.
        QString readError;
        if (Store *db = store(&readError)) {
            IndicatorSettings stored;
            if (storedSetup::loadSettings(*db, &stored, &readError))
                m_saved.settings = IndicatorSettingsForm::asShown(stored);
            m_saved.petitions = db->petitions(&readError);
            m_saved.groups = db->courtGroups(&readError);
            m_saved.mappings = db->mappingProfiles(&readError);
        }
        showStatus(tr("Not all settings could be saved: %1").arg(error), true);
        updateState();
    }
    if (setupWritten)
        Q_EMIT setupChanged();
    return ok;
}

bool SettingsPage::write(QString *error, bool *setupWritten)
{
    Store *db = store(error);
    if (!db)
        return false;
    const IndicatorSettings settings = m_indicators->settings();
    if (settings != m_saved.settings) {
        if (!storedSetup::saveSettings(*db, settings, error)) {
            *error = tr("Indicators: %1").arg(*error);
            return false;
        }
        *setupWritten = true;
    }

    const QList<PetitionFigure> &figures = m_petitions->figures();
    for (const PetitionFigure &old : std::as_const(m_saved.petitions)) {
        const bool kept = std::any_of(
            figures.cbegin(), figures.cend(), [&](const PetitionFigure &f) { return samePeriod(f, old); });
        if (kept)
            continue;
        if (!db->removePetition(old.court, old.from, old.to, error)) {
            *error = tr("Petition figures: %1").arg(*error);
            return false;
        }
        *setupWritten = true;
    }
    for (const PetitionFigure &figure : figures) {
        if (m_saved.petitions.contains(figure))
            continue;
        if (!db->setPetition(figure, error)) {
            *error = tr("Petition figures: %1").arg(*error);
            return false;
        }
        *setupWritten = true;
    }

    const QMap<QString, QStringList> groups = m_groups->groups();
    for (auto it = m_saved.groups.cbegin(); it != m_saved.groups.cend(); ++it) {
        if (groups.contains(it.key()))
            continue;
        if (!db->setCourtGroup(it.key(), {}, error)) {
            *error = tr("Court groups: %1").arg(*error);
            return false;
        }
        *setupWritten = true;
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (m_saved.groups.value(it.key()) == *it)
            continue;
        if (!db->setCourtGroup(it.key(), *it, error)) {
            *error = tr("Court groups: %1").arg(*error);
            return false;
        }
        *setupWritten = true;
    }

    for (const QString &signature : std::as_const(m_deletedMappings)) {
        if (!db->removeMappingProfile(signature, error)) {
            *error = tr("Saved column mappings: %1").arg(*error);
            return false;
        }
    }
    return true;
}

void SettingsPage::revert()
{
    load();
}

void SettingsPage::setStoreBusy(bool busy)
{
    m_storeBusy = busy;
    updateState();
}

void SettingsPage::updateState()
{
    const bool changes = hasChanges();
    m_apply->setEnabled(changes && !m_storeBusy);
    m_apply->setToolTip(m_storeBusy ? tr("Waiting for the import to finish") : QString());
    m_revert->setEnabled(changes);
    const QList<PetitionTableModel::Problem> problems = m_petitions->validate();
    m_petitionError->showMessage(problems.isEmpty() ? QString() : problems.constFirst().message);
    m_removePetition->setEnabled(m_petitionView->selectionModel()->hasSelection());
    m_deleteMapping->setEnabled(m_mappings->currentItem() != nullptr);
    m_addPetition->setEnabled(m_loaded);
    if (changes && !m_error->isVisible())
        m_status->setText(tr("Changes not applied yet."));
    else if (!changes && m_status->text() == tr("Changes not applied yet."))
        m_status->clear();
}

void SettingsPage::showStatus(const QString &message, bool error)
{
    m_error->showMessage(error ? message : QString());
    m_status->setText(error ? QString() : message);
}

QString SettingsPage::statusMessage() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : m_status->text();
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_petitions->retranslate();
    }
    DashboardPage::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_languageBox->setTitle(tr("Language"));
    m_languageLabel->setText(tr("&Interface language:"));
    m_language->setItemText(0, tr("System default"));
    m_language->setAccessibleName(tr("Interface language"));
    m_indicatorBox->setTitle(tr("Indicators"));
    m_petitionBox->setTitle(tr("Petition figures (indicator 3)"));
    m_petitionHelp->setText(tr("Petitions about execution received and resolved, per court and period, from "
                               "the petition system. Indicator 3 uses the figures of the selected courts "
                               "whose period lies wholly inside the dashboard's period."));
    m_petitionView->setAccessibleName(tr("Petition figures"));
    m_addPetition->setText(tr("Add &figures"));
    m_removePetition->setText(tr("Remo&ve figures"));
    m_groupBox->setTitle(tr("Court groups"));
    m_mappingBox->setTitle(tr("Saved column mappings"));
    m_mappings->setHeaderLabels({tr("Name"), tr("Header signature"), tr("Updated")});
    m_mappings->setAccessibleName(tr("Saved column mappings"));
    m_deleteMapping->setText(tr("De&lete mapping"));
    m_deleteMapping->setToolTip(tr("Forget the selected mapping (when you apply): the next export with "
                                   "this header is mapped automatically again"));
    m_revert->setText(tr("&Revert"));
    m_revert->setToolTip(tr("Discard the changes not yet applied"));
    m_apply->setText(tr("A&pply"));
    m_apply->setToolTip(tr("Save the changes and compute the figures again"));
}

} // namespace caseload
