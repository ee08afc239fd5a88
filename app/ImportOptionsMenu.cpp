#include "ImportOptionsMenu.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMessageBox>
#include <QSettings>

namespace caseload {

namespace {

const QString encodingKey = QStringLiteral("import/encoding");
const QString keepPersonalKey = QStringLiteral("import/keepPersonalData");

} // namespace

ImportOptionsMenu::ImportOptionsMenu(QSettings &settings, QWidget *parent)
    : QMenu(parent)
    , m_settings(settings)
{
    m_encodingMenu = addMenu(QString());
    m_encodingGroup = new QActionGroup(this);
    const QString savedEncoding = m_settings.value(encodingKey, QStringLiteral("auto")).toString();
    for (const TextEncoding encoding : {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Gb18030}) {
        auto *action = new QAction(
            encoding == TextEncoding::Auto ? QString() : encodingName(encoding).toUpper(), m_encodingGroup);
        action->setCheckable(true);
        action->setData(encodingName(encoding));
        action->setChecked(encodingName(encoding) == savedEncoding);
        connect(action, &QAction::triggered, this,
            [this, name = encodingName(encoding)] { m_settings.setValue(encodingKey, name); });
        if (encoding == TextEncoding::Auto)
            m_autoEncodingAction = action;
    }
    if (!m_encodingGroup->checkedAction())
        m_autoEncodingAction->setChecked(true);
    m_encodingMenu->addActions(m_encodingGroup->actions());

    m_keepPersonalAction = addAction(QString());
    m_keepPersonalAction->setCheckable(true);
    m_keepPersonalAction->setChecked(m_settings.value(keepPersonalKey, false).toBool());
    connect(m_keepPersonalAction, &QAction::toggled, this, [this](bool keep) {
        if (keep
            && QMessageBox::question(parentWidget(), tr("Keep personal data?"),
                   tr("Party names and ID numbers will be stored in the database with the cases. "
                      "Keep them only where your court's rules allow it."))
                != QMessageBox::Yes) {
            m_keepPersonalAction->setChecked(false);
            return;
        }
        m_settings.setValue(keepPersonalKey, keep);
    });
    retranslate();
}

ImportOptions ImportOptionsMenu::options() const
{
    ImportOptions options;
    const QAction *checked = m_encodingGroup->checkedAction();
    options.encoding
        = encodingFromName(checked ? checked->data().toString() : QString()).value_or(TextEncoding::Auto);
    options.keepPersonalData = m_keepPersonalAction->isChecked();
    return options;
}

void ImportOptionsMenu::retranslate()
{
    setTitle(tr("Import &options"));
    m_encodingMenu->setTitle(tr("Text &encoding"));
    m_autoEncodingAction->setText(tr("Detect automatically"));
    m_keepPersonalAction->setText(tr("Keep &personal data of parties"));
}

void ImportOptionsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace caseload
