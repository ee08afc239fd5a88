#include "filter/CourtPicker.h"
#include "filter/FilterBar.h"
#include "filter/FilterState.h"

#include "domain/DayNumber.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace caseload;

Q_DECLARE_METATYPE(caseload::FilterState::Preset)

namespace {

const QString dongcheng = QString::fromUtf8("北京市东城区人民法院");
const QString chaoyang = QString::fromUtf8("北京市朝阳区人民法院");
const QString firstIntermediate = QString::fromUtf8("北京市第一中级人民法院");
const QString tianhe = QString::fromUtf8("广州市天河区人民法院");
const QString noCode = QString::fromUtf8("某某法庭");

// Five courts: three in 京01 (the intermediate court itself, 京0101 and 京0105), one in 粤01 and one
// without a code. The data run from 2016-05-03 to 2018-03-15.
std::shared_ptr<const CaseTable> makeTable()
{
    auto table = std::make_shared<CaseTable>();
    const QList<QPair<QString, QString>> courts = {{dongcheng, QString::fromUtf8("京0101")},
        {chaoyang, QString::fromUtf8("京0105")}, {firstIntermediate, QString::fromUtf8("京01")},
        {tianhe, QString::fromUtf8("粤0106")}, {noCode, QString()}};
    for (int i = 0; i < courts.size(); ++i) {
        CaseRecord r;
        r.courtName = courts[i].first;
        r.courtCode = courts[i].second;
        r.type = CaseType::FirstEnforcement;
        r.filedOn = QDate(2016, 5, 3).addMonths(i);
        r.closedOn = i == 0 ? QDate(2018, 3, 15) : QDate();
        r.closureMethod = i == 0 ? ClosureMethod::Performed : ClosureMethod::None;
        table->append(r);
    }
    return table;
}

template<typename T> T *child(const FilterBar &bar, const char *name)
{
    T *w = bar.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void choosePreset(FilterBar &bar, FilterState::Preset preset)
{
    auto *combo = child<QComboBox>(bar, "preset");
    combo->setCurrentIndex(combo->findData(int(preset)));
}

/// The court names the picker's filtered view shows.
QStringList visibleCourts(const CourtPicker &picker)
{
    QStringList names;
    const QAbstractItemModel *m = picker.proxyModel();
    for (int i = 0; i < m->rowCount(); ++i) {
        const QModelIndex top = m->index(i, 0);
        for (int j = 0; j < m->rowCount(top); ++j) {
            const QModelIndex c = m->index(j, 0, top);
            if (CourtPicker::Kind(c.data(CourtPicker::KindRole).toInt()) == CourtPicker::Kind::Court)
                names.append(c.data(CourtPicker::NameRole).toString());
        }
    }
    return names;
}

QModelIndex findItem(const CourtPicker &picker, CourtPicker::Kind kind, const QString &name)
{
    const QAbstractItemModel *m = picker.proxyModel();
    const auto hits
        = m->match(m->index(0, 0), CourtPicker::NameRole, name, -1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &i : hits) {
        if (CourtPicker::Kind(i.data(CourtPicker::KindRole).toInt()) == kind)
            return i;
    }
    return {};
}

void setChecked(CourtPicker &picker, CourtPicker::Kind kind, const QString &name, bool checked)
{
    const QModelIndex i = findItem(picker, kind, name);
    QVERIFY2(i.isValid(), qPrintable(name));
    picker.proxyModel()->setData(i, checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

QAction *typeAction(const FilterBar &bar, CaseType type)
{
    const auto actions = child<QToolButton>(bar, "types")->menu()->actions();
    for (QAction *a : actions) {
        if (a->isCheckable() && a->data().isValid() && a->data().toInt() == int(type))
            return a;
    }
    qFatal("no type action");
    return nullptr;
}

} // namespace

class TestFilterBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void presets_data();
    void presets();
    void presetPeriodWithoutTable();
    void presetTooltip();
    void customMonths();
    void courtTree();
    void courtSearch_data();
    void courtSearch();
    void groupTriState();
    void groupToggleByKeyboard();
    void escapeClosesThePicker();
    void userGroups();
    void courtButtonText();
    void selectAllAndClear();
    void filterChangedCount();
    void types();
    void typeMenuStaysOpenForSeveralTicks();
    void asOf();
    void persistenceRoundTrip();
    void restoreDropsMissingCourts();
    void restoreBeforeTheTable();
    void screenshot();

private:
    std::shared_ptr<const CaseTable> m_table;
};

void TestFilterBar::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_table = makeTable();
    QCOMPARE(fromDayNumber(m_table->lastDay()), QDate(2018, 3, 15));
}

void TestFilterBar::presets_data()
{
    QTest::addColumn<FilterState::Preset>("preset");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("this month") << FilterState::Preset::ThisMonth << QDate(2018, 3, 1) << QDate(2018, 3, 31);
    QTest::newRow("this year") << FilterState::Preset::ThisYear << QDate(2018, 1, 1) << QDate(2018, 3, 31);
    QTest::newRow("last 12 months") << FilterState::Preset::Last12Months << QDate(2017, 4, 1)
                                    << QDate(2018, 3, 31);
    QTest::newRow("all data") << FilterState::Preset::AllData << QDate() << QDate();
}

void TestFilterBar::presets()
{
    QFETCH(FilterState::Preset, preset);
    FilterBar bar;
    bar.setTable(m_table);
    // Start from a different preset so that choosing `preset` is a change.
    choosePreset(bar,
        preset == FilterState::Preset::ThisMonth ? FilterState::Preset::AllData
                                                 : FilterState::Preset::ThisMonth);
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    choosePreset(bar, preset);
    QCOMPARE(changed.count(), 1);
    const CaseFilter f = bar.filter();
    QTEST(f.from, "from");
    QTEST(f.to, "to");
    QVERIFY(!f.asOf.isValid());
    QVERIFY(f.courts.isEmpty());
    QVERIFY(f.types.isEmpty());
    QCOMPARE(bar.state().preset, preset);
    QVERIFY(!child<QDateEdit>(bar, "fromMonth")->isVisibleTo(&bar));
}

void TestFilterBar::presetPeriodWithoutTable()
{
    using P = FilterState::Preset;
    const QDate leap(2016, 2, 10);
    QCOMPARE(
        FilterBar::presetPeriod(P::ThisMonth, leap), std::make_pair(QDate(2016, 2, 1), QDate(2016, 2, 29)));
    QCOMPARE(
        FilterBar::presetPeriod(P::ThisYear, leap), std::make_pair(QDate(2016, 1, 1), QDate(2016, 2, 29)));
    QCOMPARE(FilterBar::presetPeriod(P::Last12Months, leap),
        std::make_pair(QDate(2015, 3, 1), QDate(2016, 2, 29)));
    FilterBar bar;
    QCOMPARE(bar.latestMonth(), QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1));
}

void TestFilterBar::presetTooltip()
{
    FilterBar bar;
    bar.setTable(m_table);
    QCOMPARE(child<QComboBox>(bar, "preset")->toolTip(),
        QStringLiteral("Relative to the latest data: March 2018"));
    choosePreset(bar, FilterState::Preset::Last12Months);
    QCOMPARE(child<QLabel>(bar, "range")->text(), QStringLiteral("Apr 2017 – Mar 2018"));
    choosePreset(bar, FilterState::Preset::AllData);
    QCOMPARE(child<QLabel>(bar, "range")->text(), QStringLiteral("May 2016 – Mar 2018"));
}

void TestFilterBar::customMonths()
{
    FilterBar bar;
    bar.setTable(m_table);
    choosePreset(bar, FilterState::Preset::Last12Months);
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    choosePreset(bar, FilterState::Preset::Custom);
    QCOMPARE(changed.count(), 1);
    auto *from = child<QDateEdit>(bar, "fromMonth");
    auto *to = child<QDateEdit>(bar, "toMonth");
    QVERIFY(from->isVisibleTo(&bar));
    QCOMPARE(from->displayFormat(), QStringLiteral("yyyy-MM"));
    // Custom starts with the months the previous preset showed.
    QCOMPARE(bar.filter().from, QDate(2017, 4, 1));
    QCOMPARE(bar.filter().to, QDate(2018, 3, 31));

    from->setDate(QDate(2016, 11, 1));
    QCOMPARE(changed.count(), 2);
    to->setDate(QDate(2017, 2, 1));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(bar.filter().from, QDate(2016, 11, 1));
    QCOMPARE(bar.filter().to, QDate(2017, 2, 28));

    // A first month after the last moves the last month along (one change).
    from->setDate(QDate(2017, 6, 1));
    QCOMPARE(changed.count(), 4);
    QCOMPARE(bar.filter().from, QDate(2017, 6, 1));
    QCOMPARE(bar.filter().to, QDate(2017, 6, 30));

    // The pickers offer the data's months only.
    QCOMPARE(from->minimumDate(), QDate(2016, 5, 1));
    QCOMPARE(to->maximumDate(), QDate(2018, 3, 1));
}

void TestFilterBar::courtTree()
{
    CourtPicker picker;
    picker.setCourts(m_table->courts());
    QCOMPARE(picker.courtCount(), 5);
    const QAbstractItemModel *m = picker.proxyModel();
    QCOMPARE(m->rowCount(), 3); // 京01, 粤01, Other courts
    QCOMPARE(m->index(0, 0).data(CourtPicker::NameRole).toString(), QString::fromUtf8("京01"));
    // The group node names the intermediate court when the data have it.
    QCOMPARE(m->index(0, 0).data().toString(), QString::fromUtf8("京01 ") + firstIntermediate);
    QCOMPARE(m->rowCount(m->index(0, 0)), 3);
    QCOMPARE(m->index(2, 0).data().toString(), QStringLiteral("Other courts"));
    QCOMPARE(m->index(0, 0, m->index(2, 0)).data(CourtPicker::NameRole).toString(), noCode);
    QCOMPARE(visibleCourts(picker),
        (QStringList {firstIntermediate, dongcheng, chaoyang, tianhe, noCode})); // by code
}

void TestFilterBar::courtSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("courts");
    QTest::newRow("Chinese substring") << QString::fromUtf8("朝阳") << QStringList {chaoyang};
    QTest::newRow("common substring")
        << QString::fromUtf8("区人民") << QStringList {dongcheng, chaoyang, tianhe};
    QTest::newRow("code") << QStringLiteral("0106") << QStringList {tianhe};
    QTest::newRow("group code shows the group")
        << QString::fromUtf8("京01") << QStringList {firstIntermediate, dongcheng, chaoyang};
    QTest::newRow("surrounding blanks") << QString::fromUtf8(" 某某 ") << QStringList {noCode};
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList {};
    QTest::newRow("empty") << QString()
                           << QStringList {firstIntermediate, dongcheng, chaoyang, tianhe, noCode};
}

void TestFilterBar::courtSearch()
{
    QFETCH(QString, search);
    CourtPicker picker;
    picker.setCourts(m_table->courts());
    picker.searchField()->setText(search);
    QTEST(visibleCourts(picker), "courts");
}

void TestFilterBar::groupTriState()
{
    CourtPicker picker;
    picker.setCourts(m_table->courts());
    QSignalSpy changed(&picker, &CourtPicker::selectionChanged);
    const QString j01 = QString::fromUtf8("京01");
    QCOMPARE(picker.groupState(j01), Qt::Unchecked);

    setChecked(picker, CourtPicker::Kind::Court, chaoyang, true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(picker.groupState(j01), Qt::PartiallyChecked);
    setChecked(picker, CourtPicker::Kind::Court, dongcheng, true);
    setChecked(picker, CourtPicker::Kind::Court, firstIntermediate, true);
    QCOMPARE(picker.groupState(j01), Qt::Checked);
    QCOMPARE(changed.count(), 3);

    // Unchecking the group unchecks all its courts, in one change.
    setChecked(picker, CourtPicker::Kind::IntermediateGroup, j01, false);
    QCOMPARE(changed.count(), 4);
    QVERIFY(picker.selectedCourts().isEmpty());
    QCOMPARE(picker.groupState(j01), Qt::Unchecked);

    // Checking it checks them all, also those the search hides.
    picker.searchField()->setText(QString::fromUtf8("东城"));
    setChecked(picker, CourtPicker::Kind::IntermediateGroup, j01, true);
    QCOMPARE(changed.count(), 5);
    QCOMPARE(picker.selectedCourts(), (QStringList {firstIntermediate, dongcheng, chaoyang}));
    QCOMPARE(picker.groupState(QString::fromUtf8("粤01")), Qt::Unchecked);
}

void TestFilterBar::groupToggleByKeyboard()
{
    FilterBar bar;
    bar.setTable(m_table);
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    bar.showCourtPicker();
    CourtPicker *picker = bar.courtPicker();
    QVERIFY(picker->isVisible());
    picker->searchField()->setText(QString::fromUtf8("天河")); // keyClicks takes ASCII only
    QCOMPARE(changed.count(), 0);
    // Down moves into the list (onto the 粤01 node), Space checks the group.
    QTest::keyClick(picker->searchField(), Qt::Key_Down);
    QCOMPARE(
        picker->view()->currentIndex().data(CourtPicker::NameRole).toString(), QString::fromUtf8("粤01"));
    QTest::keyClick(picker->view(), Qt::Key_Space);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(bar.filter().courts, QStringList {tianhe});
    // Down to the court, Space unchecks it.
    QTest::keyClick(picker->view(), Qt::Key_Down);
    QTest::keyClick(picker->view(), Qt::Key_Space);
    QCOMPARE(changed.count(), 2);
    QVERIFY(bar.filter().courts.isEmpty());
}

void TestFilterBar::escapeClosesThePicker()
{
    FilterBar bar;
    bar.setTable(m_table);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    bar.showCourtPicker();
    QVERIFY(bar.courtPicker()->isVisible());
    QTest::keyClick(bar.courtPicker()->searchField(), Qt::Key_Escape);
    QVERIFY(!bar.courtPicker()->isVisible());
    bar.showCourtPicker();
    QTest::keyClick(bar.courtPicker()->view(), Qt::Key_Escape);
    QVERIFY(!bar.courtPicker()->isVisible());
}

void TestFilterBar::userGroups()
{
    FilterBar bar;
    bar.setTable(m_table);
    const QString pilot = QString::fromUtf8("试点法院");
    bar.setCourtGroups({{pilot, {chaoyang, tianhe}}, {QStringLiteral("Other group"), {noCode}}});
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    CourtPicker *picker = bar.courtPicker();
    const QAbstractItemModel *m = picker->proxyModel();
    QCOMPARE(m->index(0, 0).data().toString(), QStringLiteral("Groups"));
    QCOMPARE(m->rowCount(m->index(0, 0)), 2);

    setChecked(*picker, CourtPicker::Kind::UserGroup, pilot, true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(bar.filter().courtGroups, QStringList {pilot});
    QVERIFY(bar.filter().courts.isEmpty());
    QCOMPARE(child<QToolButton>(bar, "courts")->text(), pilot);

    // Search finds groups by name too.
    picker->searchField()->setText(QString::fromUtf8("试点"));
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->rowCount(m->index(0, 0)), 1);
    picker->searchField()->clear();

    setChecked(*picker, CourtPicker::Kind::Court, dongcheng, true);
    QCOMPARE(bar.filter().courts, QStringList {dongcheng});
    QCOMPARE(bar.filter().courtGroups, QStringList {pilot});
    QCOMPARE(child<QToolButton>(bar, "courts")->text(), pilot + QStringLiteral(", ") + dongcheng);

    // A group that disappears from the settings drops out of the filter.
    bar.setCourtGroups({{QStringLiteral("Other group"), {noCode}}});
    QVERIFY(bar.filter().courtGroups.isEmpty());
    QCOMPARE(changed.count(), 2);
}

void TestFilterBar::courtButtonText()
{
    FilterBar bar;
    bar.setTable(m_table);
    auto *button = child<QToolButton>(bar, "courts");
    QCOMPARE(button->text(), QStringLiteral("All courts"));
    bar.setCourts({chaoyang});
    QCOMPARE(button->text(), chaoyang);
    bar.setCourts({chaoyang, tianhe, noCode});
    QCOMPARE(button->text(), QStringLiteral("3 courts"));
    QCOMPARE(button->toolTip(), QStringList({chaoyang, tianhe, noCode}).join(QLatin1Char('\n')));
    bar.setCourts({});
    QCOMPARE(button->text(), QStringLiteral("All courts"));
}

void TestFilterBar::selectAllAndClear()
{
    FilterBar bar;
    bar.setTable(m_table);
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    bar.setCourts({chaoyang});
    QCOMPARE(changed.count(), 1);
    bar.courtPicker()->selectAll();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(bar.courtPicker()->selectedCourts().size(), 5);
    QVERIFY(bar.filter().courts.isEmpty()); // every court: no court filter
    QCOMPARE(child<QToolButton>(bar, "courts")->text(), QStringLiteral("All courts"));
    bar.courtPicker()->clearSelection();
    QCOMPARE(changed.count(), 3);
    QVERIFY(bar.courtPicker()->selectedCourts().isEmpty());
    QVERIFY(bar.filter().courts.isEmpty());
    bar.courtPicker()->clearSelection(); // nothing to clear: no change
    QCOMPARE(changed.count(), 3);
}

void TestFilterBar::filterChangedCount()
{
    FilterBar bar;
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    // Programmatic setup: no signal.
    bar.setTable(m_table);
    bar.setCourtGroups({{QStringLiteral("G"), {chaoyang}}});
    FilterState s;
    s.preset = FilterState::Preset::ThisYear;
    s.courts = {tianhe};
    s.types = {CaseType::Resumed};
    s.asOf = QDate(2018, 2, 1);
    bar.setState(s);
    bar.setTable(m_table);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(bar.state(), [&] {
        FilterState e = s;
        e.customFrom = bar.state().customFrom;
        e.customTo = bar.state().customTo;
        return e;
    }());

    // One signal per user change.
    choosePreset(bar, FilterState::Preset::ThisMonth);
    QCOMPARE(changed.count(), 1);
    choosePreset(bar, FilterState::Preset::ThisMonth); // same preset: no change
    QCOMPARE(changed.count(), 1);
    bar.setCourts({chaoyang, tianhe});
    QCOMPARE(changed.count(), 2);
    bar.setCourts({chaoyang, tianhe}); // same selection
    QCOMPARE(changed.count(), 2);
    typeAction(bar, CaseType::Objection)->trigger();
    QCOMPARE(changed.count(), 3);
    child<QCheckBox>(bar, "asOfCheck")->click();
    QCOMPARE(changed.count(), 4);
}

void TestFilterBar::types()
{
    FilterBar bar;
    bar.setTable(m_table);
    auto *button = child<QToolButton>(bar, "types");
    QCOMPARE(button->text(), QStringLiteral("All types"));
    // Every type has an action, labelled by the domain's label.
    for (int t = 0; t < CaseTypeCount; ++t) {
        const QAction *a = typeAction(bar, CaseType(t));
        QCOMPARE(a->text(), t == 0 ? QStringLiteral("Type not given") : englishLabel(CaseType(t)));
    }
    typeAction(bar, CaseType::Resumed)->trigger();
    QCOMPARE(bar.filter().types, QList<CaseType> {CaseType::Resumed});
    QCOMPARE(button->text(), QStringLiteral("Resumed enforcement"));
    typeAction(bar, CaseType::FirstEnforcement)->trigger();
    QCOMPARE(bar.filter().types, (QList<CaseType> {CaseType::FirstEnforcement, CaseType::Resumed}));
    QCOMPARE(button->text(), QStringLiteral("2 types"));
    // "All types" clears the choice.
    const auto actions = button->menu()->actions();
    actions.constFirst()->trigger();
    QVERIFY(bar.filter().types.isEmpty());
    QVERIFY(actions.constFirst()->isChecked());
    QCOMPARE(button->text(), QStringLiteral("All types"));
}

void TestFilterBar::typeMenuStaysOpenForSeveralTicks()
{
    FilterBar bar;
    bar.setTable(m_table);
    bar.show();
    auto *button = child<QToolButton>(bar, "types");
    QMenu *menu = button->menu();
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    // Tick two types with the keyboard and one with the mouse: the menu stays open throughout.
    menu->setActiveAction(typeAction(bar, CaseType::Resumed));
    QTest::keyClick(menu, Qt::Key_Space);
    QVERIFY(menu->isVisible());
    menu->setActiveAction(typeAction(bar, CaseType::Preservation));
    QTest::keyClick(menu, Qt::Key_Return);
    QVERIFY(menu->isVisible());
    QAction *first = typeAction(bar, CaseType::FirstEnforcement);
    const QPoint centre = menu->actionGeometry(first).center();
    QTest::mouseMove(menu, centre);
    menu->setActiveAction(first);
    QTest::mouseClick(menu, Qt::LeftButton, {}, centre);
    QVERIFY(menu->isVisible());
    QCOMPARE(changed.count(), 3);
    QCOMPARE(bar.filter().types,
        (QList<CaseType> {CaseType::FirstEnforcement, CaseType::Resumed, CaseType::Preservation}));
    QTest::keyClick(menu, Qt::Key_Escape);
    QVERIFY(!menu->isVisible());
}

void TestFilterBar::asOf()
{
    FilterBar bar;
    bar.setTable(m_table);
    choosePreset(bar, FilterState::Preset::ThisYear);
    auto *check = child<QCheckBox>(bar, "asOfCheck");
    auto *date = child<QDateEdit>(bar, "asOf");
    // Unchecked: the period's end, shown but not editable.
    QVERIFY(!check->isChecked());
    QVERIFY(!date->isEnabled());
    QCOMPARE(date->date(), QDate(2018, 3, 31));
    QVERIFY(!bar.filter().asOf.isValid());
    choosePreset(bar, FilterState::Preset::AllData);
    QCOMPARE(date->date(), QDate(2018, 3, 31));
    choosePreset(bar, FilterState::Preset::ThisYear);

    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    check->click();
    QCOMPARE(changed.count(), 1);
    QVERIFY(date->isEnabled());
    QCOMPARE(bar.filter().asOf, QDate(2018, 3, 31));
    date->setDate(QDate(2018, 2, 14));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(bar.filter().asOf, QDate(2018, 2, 14));
    check->click();
    QCOMPARE(changed.count(), 3);
    QVERIFY(!bar.filter().asOf.isValid());
}

void TestFilterBar::persistenceRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    const QString pilot = QString::fromUtf8("试点法院");
    const QMap<QString, QStringList> groups {{pilot, {chaoyang}}};

    FilterState saved;
    {
        FilterBar bar;
        bar.setTable(m_table);
        bar.setCourtGroups(groups);
        choosePreset(bar, FilterState::Preset::Custom);
        child<QDateEdit>(bar, "fromMonth")->setDate(QDate(2016, 9, 1));
        child<QDateEdit>(bar, "toMonth")->setDate(QDate(2017, 8, 1));
        bar.setCourts({dongcheng, noCode});
        setChecked(*bar.courtPicker(), CourtPicker::Kind::UserGroup, pilot, true);
        typeAction(bar, CaseType::Preservation)->trigger();
        typeAction(bar, CaseType::Unknown)->trigger();
        child<QCheckBox>(bar, "asOfCheck")->click();
        child<QDateEdit>(bar, "asOf")->setDate(QDate(2017, 12, 31));
        saved = bar.state();
        QSettings settings(path, QSettings::IniFormat);
        saved.save(settings);
    }
    QCOMPARE(saved.preset, FilterState::Preset::Custom);
    QCOMPARE(saved.customFrom, QDate(2016, 9, 1));
    QCOMPARE(saved.customTo, QDate(2017, 8, 1));
    QCOMPARE(saved.courts, (QStringList {dongcheng, noCode}));
    QCOMPARE(saved.courtGroups, QStringList {pilot});
    QCOMPARE(saved.types, (QList<CaseType> {CaseType::Preservation, CaseType::Unknown}));
    QCOMPARE(saved.asOf, QDate(2017, 12, 31));

    QSettings settings(path, QSettings::IniFormat);
    FilterState restored;
    restored.restore(settings);
    QCOMPARE(restored, saved);

    FilterBar bar;
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    bar.setTable(m_table);
    bar.setCourtGroups(groups);
    bar.setState(restored);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(bar.state(), saved);
    const CaseFilter f = bar.filter();
    QCOMPARE(f.from, QDate(2016, 9, 1));
    QCOMPARE(f.to, QDate(2017, 8, 31));
    QCOMPARE(f.asOf, QDate(2017, 12, 31));
    QCOMPARE(f.courts, (QStringList {dongcheng, noCode}));
    QCOMPARE(f.courtGroups, QStringList {pilot});

    // Every preset survives the trip.
    for (auto p : {FilterState::Preset::ThisMonth, FilterState::Preset::ThisYear,
             FilterState::Preset::Last12Months, FilterState::Preset::AllData}) {
        FilterState s;
        s.preset = p;
        s.save(settings);
        FilterState back;
        back.restore(settings);
        QCOMPARE(back, s);
    }
}

void TestFilterBar::restoreDropsMissingCourts()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    FilterState s;
    s.courts = {QString::fromUtf8("已撤并法院"), tianhe};
    s.courtGroups = {QStringLiteral("Gone")};
    s.types = {CaseType::Supervision};
    s.save(settings);
    FilterState back;
    back.restore(settings);
    QCOMPARE(back, s);

    FilterBar bar;
    bar.setTable(m_table);
    bar.setCourtGroups({});
    bar.setState(back);
    QCOMPARE(bar.filter().courts, QStringList {tianhe});
    QVERIFY(bar.filter().courtGroups.isEmpty());
    QCOMPARE(bar.filter().types, QList<CaseType> {CaseType::Supervision});
    QCOMPARE(bar.state().courts, QStringList {tianhe});
}

void TestFilterBar::restoreBeforeTheTable()
{
    // MainWindow restores the filter before the table has loaded: the courts wait for it.
    FilterState s;
    s.preset = FilterState::Preset::ThisMonth;
    s.courts = {QString::fromUtf8("已撤并法院"), chaoyang};
    FilterBar bar;
    bar.setState(s);
    QCOMPARE(bar.filter().courts, s.courts);
    bar.setTable(m_table);
    QCOMPARE(bar.filter().courts, QStringList {chaoyang});
    QCOMPARE(bar.filter().from, QDate(2018, 3, 1));
}

void TestFilterBar::screenshot()
{
    FilterBar bar;
    bar.setTable(m_table);
    bar.setCourts({chaoyang, tianhe});
    bar.resize(1366, bar.sizeHint().height());
    QVERIFY(bar.sizeHint().width() <= 1366);
    const QImage image = bar.grab().toImage();
    QVERIFY(!image.isNull());
    image.save(QStringLiteral("/tmp/shots/filterbar.png"));
    // The widest state: custom months and an own as-of date.
    choosePreset(bar, FilterState::Preset::Custom);
    child<QCheckBox>(bar, "asOfCheck")->setChecked(true);
    bar.setCourts({firstIntermediate});
    QVERIFY2(bar.sizeHint().width() <= 1366 - 20, qPrintable(QString::number(bar.sizeHint().width())));
    bar.grab().save(QStringLiteral("/tmp/shots/filterbar-custom.png"));

    CourtPicker picker;
    picker.setCourts(m_table->courts());
    picker.setCourtGroups({{QString::fromUtf8("试点法院"), {chaoyang}}});
    picker.setSelection({chaoyang}, {});
    picker.grab().save(QStringLiteral("/tmp/shots/courtpicker.png"));
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
