#include "TestSupport.h"
#include "analytics/CaseTable.h"
#include "analytics/StoredSetup.h"
#include "settings/CourtGroupsEditor.h"
#include "settings/IndicatorSettingsForm.h"
#include "settings/PetitionTableModel.h"
#include "settings/SettingsPage.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QHash>
#include <QImage>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace caseload;

namespace {

const QString courtA = QStringLiteral("北京市朝阳区人民法院");
const QString courtB = QStringLiteral("北京市海淀区人民法院");

std::shared_ptr<CaseTable> twoCourts()
{
    auto table = std::make_shared<CaseTable>();
    int sequence = 0;
    for (const QString &court : {courtA, courtB}) {
        CaseRecord r;
        r.caseNumber = QStringLiteral("（2016）京0105执%1号").arg(++sequence);
        r.courtName = court;
        r.type = CaseType::FirstEnforcement;
        r.filedOn = QDate(2016, 1, 5);
        table->append(r);
    }
    return table;
}

} // namespace

class tst_SettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void applyWritesTheIndicatorSettings();
    void applyWaitsWhileTheStoreIsBusy();
    void revertDiscardsTheEdits();
    void petitionResolvedAboveReceivedIsRefused_data();
    void petitionResolvedAboveReceivedIsRefused();
    void petitionRoundTrip();
    void courtGroupRoundTrip();
    void emptyCourtGroupIsRefused();
    void mappingProfilesListAndDelete();
    void languageChoice();
    void rendersToPng();

private:
    /// A page shown on a new store `name` in m_dir, with the two courts of twoCourts().
    std::unique_ptr<SettingsPage> showPage(const QString &name);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

std::unique_ptr<SettingsPage> tst_SettingsPage::showPage(const QString &name)
{
    auto page = std::make_unique<SettingsPage>();
    DashboardData data;
    data.storeLocation = path(name);
    data.table = twoCourts();
    page->setData(data);
    page->resize(1000, 700);
    page->show();
    return page;
}

void tst_SettingsPage::applyWritesTheIndicatorSettings()
{
    auto page = showPage(QStringLiteral("indicators.sqlite"));
    QCOMPARE(page->key(), QStringLiteral("settings"));
    QVERIFY(!page->hasChanges());
    QVERIFY(!page->applyButton()->isEnabled());
    QCOMPARE(page->indicatorForm()->settings(), IndicatorSettings()); // the defaults on a new store

    page->indicatorForm()->timeLimitBox()->setValue(3);
    page->indicatorForm()->targetBox(2)->setValue(85.5);
    // Also leave out 驳回申请 (Rejected): the list holds the six closure methods in enum order.
    QListWidget *methods = page->indicatorForm()->excludedMethodsList();
    QCOMPARE(methods->count(), 6);
    methods->item(int(ClosureMethod::Rejected) - 1)->setCheckState(Qt::Checked);
    QVERIFY(page->hasChanges());
    QVERIFY(page->applyButton()->isEnabled());

    QSignalSpy changed(page.get(), &SettingsPage::setupChanged);
    QTest::mouseClick(page->applyButton(), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!page->hasChanges());
    QVERIFY(!page->applyButton()->isEnabled());

    IndicatorSettings expected;
    expected.timeLimitMonths = 3;
    expected.targetTerminationQuality = 0.855;
    expected.excludedMethods = {ClosureMethod::Rejected, ClosureMethod::Cancelled};
    QString error;
    auto fresh = Store::open(path(QStringLiteral("indicators.sqlite")), &error);
    QVERIFY2(fresh, qPrintable(error));
    IndicatorSettings stored;
    QVERIFY2(storedSetup::loadSettings(*fresh, &stored, &error), qPrintable(error));
    QCOMPARE(stored, expected);

    // Applying again with nothing changed writes nothing and asks for no recomputation.
    QVERIFY(page->apply());
    QCOMPARE(changed.size(), 1);
    // A new page on the same store shows what was saved.
    auto again = showPage(QStringLiteral("indicators.sqlite"));
    QCOMPARE(again->indicatorForm()->settings(), expected);

    // Settings that cannot be read are an error, not the defaults in silence.
    QSqlQuery drop(fresh->database());
    QVERIFY(drop.exec(QStringLiteral("DROP TABLE settings")));
    QVERIFY(!storedSetup::loadSettings(*fresh, &stored, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot read the setting")), qPrintable(error));
}

void tst_SettingsPage::applyWaitsWhileTheStoreIsBusy()
{
    auto page = showPage(QStringLiteral("busy.sqlite"));
    page->indicatorForm()->timeLimitBox()->setValue(4);
    QVERIFY(page->applyButton()->isEnabled());
    page->setStoreBusy(true); // an import runs
    QVERIFY(!page->applyButton()->isEnabled());
    QVERIFY(page->hasChanges()); // nothing lost
    page->setStoreBusy(false);
    QVERIFY(page->applyButton()->isEnabled());
}

void tst_SettingsPage::revertDiscardsTheEdits()
{
    auto page = showPage(QStringLiteral("revert.sqlite"));
    page->indicatorForm()->timeLimitBox()->setValue(9);
    page->addPetition();
    QVERIFY(page->hasChanges());
    QVERIFY(page->revertButton()->isEnabled());
    QSignalSpy changed(page.get(), &SettingsPage::setupChanged);
    QTest::mouseClick(page->revertButton(), Qt::LeftButton);
    QVERIFY(!page->hasChanges());
    QCOMPARE(page->indicatorForm()->timeLimitBox()->value(), 6);
    QCOMPARE(page->petitionModel()->rowCount(), 0);
    QCOMPARE(changed.size(), 0);
}

void tst_SettingsPage::petitionResolvedAboveReceivedIsRefused_data()
{
    QTest::addColumn<QString>("court");
    QTest::addColumn<qint64>("received");
    QTest::addColumn<qint64>("resolved");
    QTest::addColumn<QString>("field");
    QTest::newRow("resolved above received")
        << courtA << qint64(3) << qint64(5) << QStringLiteral("Resolved");
    QTest::newRow("resolved negative") << courtA << qint64(3) << qint64(-1) << QStringLiteral("Resolved");
    QTest::newRow("received negative") << courtA << qint64(-2) << qint64(0) << QStringLiteral("Received");
    QTest::newRow("no court") << QString() << qint64(3) << qint64(1) << QStringLiteral("Court");
}

void tst_SettingsPage::petitionResolvedAboveReceivedIsRefused()
{
    QFETCH(QString, court);
    QFETCH(qint64, received);
    QFETCH(qint64, resolved);
    QFETCH(QString, field);
    auto page = showPage(QStringLiteral("refused.sqlite"));
    PetitionTableModel *model = page->petitionModel();
    const int row = page->addPetition();
    QCOMPARE(model->figures().at(row).court, courtA); // the first court by default
    QVERIFY(model->setData(model->index(row, PetitionTableModel::Court), court));
    QVERIFY(model->setData(model->index(row, PetitionTableModel::Received), received));
    QVERIFY(model->setData(model->index(row, PetitionTableModel::Resolved), resolved));
    // Shown inline in the cell at fault...
    const QModelIndex cell = model->index(row, [&] {
        if (field == QStringLiteral("Court"))
            return int(PetitionTableModel::Court);
        return field == QStringLiteral("Received") ? int(PetitionTableModel::Received)
                                                   : int(PetitionTableModel::Resolved);
    }());
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(field));
    QVERIFY(!cell.data(Qt::DecorationRole).isNull());

    // ...and refused by Apply, with a message naming the field; nothing is written.
    QSignalSpy changed(page.get(), &SettingsPage::setupChanged);
    QVERIFY(!page->apply());
    QVERIFY2(page->statusMessage().contains(field), qPrintable(page->statusMessage()));
    QVERIFY2(page->statusMessage().contains(QStringLiteral("Row 1")), qPrintable(page->statusMessage()));
    QCOMPARE(changed.size(), 0);
    QVERIFY(page->hasChanges());
    QString error;
    auto fresh = Store::open(path(QStringLiteral("refused.sqlite")), &error);
    QVERIFY(fresh->petitions(&error).isEmpty());
}

void tst_SettingsPage::petitionRoundTrip()
{
    const QString name = QStringLiteral("petitions.sqlite");
    auto page = showPage(name);
    PetitionTableModel *model = page->petitionModel();
    QSignalSpy changed(page.get(), &SettingsPage::setupChanged);
    for (const QString &court : {courtA, courtB}) {
        const int row = page->addPetition();
        model->setData(model->index(row, PetitionTableModel::Court), court);
        model->setData(model->index(row, PetitionTableModel::From), QDate(2016, 1, 1));
        model->setData(model->index(row, PetitionTableModel::To), QDate(2016, 6, 30));
        model->setData(model->index(row, PetitionTableModel::Received), qint64(10));
        model->setData(model->index(row, PetitionTableModel::Resolved), qint64(row == 0 ? 9 : 10));
    }
    // A second row for court A and the same period is a duplicate.
    const int dup = page->addPetition();
    model->setData(model->index(dup, PetitionTableModel::From), QDate(2016, 1, 1));
    model->setData(model->index(dup, PetitionTableModel::To), QDate(2016, 6, 30));
    QVERIFY(!page->apply());
    QVERIFY2(page->statusMessage().contains(QStringLiteral("Row 3")), qPrintable(page->statusMessage()));
    model->removeFigure(dup);
    QVERIFY2(page->apply(), qPrintable(page->statusMessage()));
    QCOMPARE(changed.size(), 1);

    const QList<PetitionFigure> expected = {
        {courtA, QDate(2016, 1, 1), QDate(2016, 6, 30), 10, 9},
        {courtB, QDate(2016, 1, 1), QDate(2016, 6, 30), 10, 10},
    };
    QString error;
    {
        auto fresh = Store::open(path(name), &error);
        QCOMPARE(fresh->petitions(&error), expected);
    }
    // Removing a row and changing another: one Apply, one signal.
    model->removeFigure(1);
    model->setData(model->index(0, PetitionTableModel::Resolved), qint64(4));
    QVERIFY2(page->apply(), qPrintable(page->statusMessage()));
    QCOMPARE(changed.size(), 2);
    auto fresh = Store::open(path(name), &error);
    QCOMPARE(fresh->petitions(&error),
        (QList<PetitionFigure> {{courtA, QDate(2016, 1, 1), QDate(2016, 6, 30), 10, 4}}));
}

void tst_SettingsPage::courtGroupRoundTrip()
{
    const QString name = QStringLiteral("groups.sqlite");
    auto page = showPage(name);
    CourtGroupsEditor *editor = page->courtGroupsEditor();
    // The checklist offers the data's courts.
    QCOMPARE(editor->courtList()->count(), 2);
    QVERIFY(!(editor->courtList()->item(0)->flags() & Qt::ItemIsEnabled)); // no group to check them in yet
    QVERIFY(editor->addGroup(QStringLiteral("试点")));
    QCOMPARE(editor->courtList()->count(), 2);
    QCOMPARE(editor->courtList()->item(0)->text(), courtA);
    editor->courtList()->item(0)->setCheckState(Qt::Checked);
    editor->setMember(QStringLiteral("试点"), courtB, true);
    editor->setMember(QStringLiteral("试点"), QStringLiteral("北京市东城区人民法院"), true); // no case yet
    QString error;
    QVERIFY(!editor->addGroup(QStringLiteral(" 试点 "), &error)); // taken
    QVERIFY2(error.contains(QStringLiteral("试点")), qPrintable(error));

    QSignalSpy changed(page.get(), &SettingsPage::setupChanged);
    QVERIFY2(page->apply(), qPrintable(page->statusMessage()));
    QCOMPARE(changed.size(), 1);
    QMap<QString, QStringList> expected;
    expected.insert(QStringLiteral("试点"), {QStringLiteral("北京市东城区人民法院"), courtA, courtB});
    {
        auto fresh = Store::open(path(name), &error);
        QCOMPARE(fresh->courtGroups(&error), expected);
    }
    // A new page reads the group back, with the court that has no case in the checklist.
    {
        auto again = showPage(name);
        QCOMPARE(again->courtGroupsEditor()->groups(), expected);
        QCOMPARE(again->courtGroupsEditor()->courtList()->count(), 3);
    }

    // Rename: the old name disappears from the store.
    QVERIFY(editor->renameGroup(QStringLiteral("试点"), QStringLiteral("试点法院"), &error));
    QVERIFY(!editor->renameGroup(QStringLiteral("试点法院"), QStringLiteral("  "), &error));
    QVERIFY(page->apply());
    QCOMPARE(changed.size(), 2);
    expected.insert(QStringLiteral("试点法院"), expected.take(QStringLiteral("试点")));
    {
        auto fresh = Store::open(path(name), &error);
        QCOMPARE(fresh->courtGroups(&error), expected);
    }
    editor->removeGroup(QStringLiteral("试点法院"));
    QVERIFY(page->apply());
    QCOMPARE(changed.size(), 3);
    auto fresh = Store::open(path(name), &error);
    QVERIFY(fresh->courtGroups(&error).isEmpty());
}

void tst_SettingsPage::emptyCourtGroupIsRefused()
{
    auto page = showPage(QStringLiteral("emptygroup.sqlite"));
    QVERIFY(page->courtGroupsEditor()->addGroup(QStringLiteral("空")));
    QSignalSpy changed(page.get(), &SettingsPage::setupChanged);
    QVERIFY(!page->apply());
    QVERIFY2(page->statusMessage().contains(QStringLiteral("空")), qPrintable(page->statusMessage()));
    QVERIFY2(
        page->statusMessage().contains(QStringLiteral("Court groups")), qPrintable(page->statusMessage()));
    QCOMPARE(changed.size(), 0);
}

void tst_SettingsPage::mappingProfilesListAndDelete()
{
    const QString name = QStringLiteral("mappings.sqlite");
    QString error;
    {
        auto store = Store::open(path(name), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->saveMappingProfile(
            QStringLiteral("sig-1"), QStringLiteral("朝阳.csv"), QStringLiteral("{}")));
        QVERIFY(store->saveMappingProfile(
            QStringLiteral("sig-2"), QStringLiteral("海淀.xlsx"), QStringLiteral("{}")));
    }
    auto page = showPage(name);
    QTreeWidget *list = page->mappingList();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("朝阳.csv"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("sig-1"));
    QVERIFY(!list->topLevelItem(0)->text(2).isEmpty());
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("sig-2"));

    page->deleteMapping(QStringLiteral("sig-1"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(page->hasChanges());
    {
        auto store = Store::open(path(name), &error);
        QCOMPARE(store->mappingProfiles(&error).size(), 2); // not before Apply
    }
    QSignalSpy changed(page.get(), &SettingsPage::setupChanged);
    QVERIFY2(page->apply(), qPrintable(page->statusMessage()));
    QCOMPARE(changed.size(), 0); // the figures do not depend on saved mappings
    auto store = Store::open(path(name), &error);
    const QList<MappingProfileInfo> left = store->mappingProfiles(&error);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left[0].signature, QStringLiteral("sig-2"));
    QCOMPARE(store->mappingProfile(QStringLiteral("sig-1")), QString());
    QCOMPARE(list->topLevelItemCount(), 1);
}

void tst_SettingsPage::languageChoice()
{
    SettingsPage page;
    page.setLanguageKey(QStringLiteral("en"));
    QCOMPARE(page.languageKey(), QStringLiteral("en"));
    page.setLanguageKey(QStringLiteral("system"));
    QCOMPARE(page.languageKey(), QStringLiteral("system"));
    QSignalSpy requested(&page, &SettingsPage::languageRequested);
    page.setLanguageKey(QStringLiteral("zh_CN"));
    QCOMPARE(requested.size(), 0); // showing the current language asks for nothing
    page.show();
    page.languageCombo()->setFocus();
    QTest::keyClick(page.languageCombo(), Qt::Key_Down);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("en"));
}

void tst_SettingsPage::rendersToPng()
{
    const QString name = QStringLiteral("png.sqlite");
    QString error;
    {
        auto store = Store::open(path(name), &error);
        QVERIFY(store->saveMappingProfile(
            QStringLiteral("a1b2c3"), QStringLiteral("朝阳 2016.csv"), QStringLiteral("{}")));
        QVERIFY(store->setPetition({courtA, QDate(2016, 1, 1), QDate(2016, 12, 31), 40, 37}, &error));
        QVERIFY(store->setCourtGroup(QStringLiteral("试点"), {courtA}, &error));
    }
    auto page = showPage(name);
    page->resize(1100, 1400);
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    const QImage image = page->grab().toImage();
    QVERIFY(test::nonBackgroundShare(image) > 0.05);
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    QVERIFY(image.save(QStringLiteral("/tmp/shots/settings.png")));
}

QTEST_MAIN(tst_SettingsPage)
#include "tst_settingspage.moc"
