#include "CaseDetailDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace caseload {

namespace {

bool chineseLabels()
{
    return QLocale().language() == QLocale::Chinese;
}

QString yuan(qint64 fen)
{
    const QLocale locale;
    const bool negative = fen < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(fen) : quint64(fen);
    const QString text = locale.toString(qulonglong(magnitude / 100)) + locale.decimalPoint()
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return negative ? locale.negativeSign() + text : text;
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

CaseDetailDialog::CaseDetailDialog(const std::optional<CaseRecord> &record, QDate deadline, QDate asOf,
    const QString &error, QWidget *parent)
    : QDialog(parent)
    , m_record(record)
    , m_deadline(deadline)
    , m_asOf(asOf)
    , m_error(error)
{
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new QWidget(scroll);
    m_layout = new QFormLayout(m_form);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    scroll->setWidget(m_form);
    layout->addWidget(scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    build();
    resize(560, 640);
}

QString CaseDetailDialog::value(const QString &key) const
{
    const auto *label = m_form->findChild<QLabel *>(key);
    return label ? label->text() : QString();
}

void CaseDetailDialog::build()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);

    if (!m_record) {
        setWindowTitle(tr("Case"));
        auto *message = new QLabel(m_error.isEmpty() ? tr("The case is not in the store.") : m_error, m_form);
        message->setWordWrap(true);
        message->setObjectName(QStringLiteral("error"));
        m_layout->addRow(message);
        return;
    }

    const CaseRecord &r = *m_record;
    const QLocale locale;
    const bool chinese = chineseLabels();
    const QString none = tr("—");
    auto add = [&](const char *key, const QString &label, const QString &text) {
        auto *value = new QLabel(text.isEmpty() ? none : text, m_form);
        value->setObjectName(QString::fromLatin1(key));
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(label);
        auto *caption = new QLabel(label + u':', m_form);
        caption->setBuddy(value);
        m_layout->addRow(caption, value);
    };
    auto date = [&](QDate d) { return d.isValid() ? isoDate(d) : QString(); };
    auto days = [&](qint64 n) { return n == 1 ? tr("1 day") : tr("%1 days").arg(locale.toString(n)); };

    setWindowTitle(tr("Case %1").arg(r.caseNumber));
    add("caseNumber", tr("Case number"), r.caseNumber);
    add("court", tr("Court"),
        r.courtCode.isEmpty() ? r.courtName : tr("%1 (%2)").arg(r.courtName, r.courtCode));
    add("type", tr("Type"), chinese ? chineseLabel(r.type) : englishLabel(r.type));
    add("cause", tr("Cause"), r.cause);
    add("department", tr("Department"), r.department);
    add("handler", tr("Handler"), r.handler);
    add("filed", tr("Filed"), date(r.filedOn));
    add("closed", tr("Closed"), r.isClosed() ? date(r.closedOn) : tr("pending"));
    add("method", tr("Closure method"),
        chinese ? chineseLabel(r.closureMethod) : englishLabel(r.closureMethod));
    if (r.isClosed())
        add("duration", tr("Days to closure"), days(r.filedOn.daysTo(r.closedOn)));
    else
        add("duration", tr("Age at the as-of date"),
            m_asOf.isValid() ? days(r.filedOn.daysTo(m_asOf)) : QString());
    add("applied", tr("Amount applied (yuan)"), r.appliedFen ? yuan(*r.appliedFen) : QString());
    add("recovered", tr("Amount recovered (yuan)"), r.recoveredFen ? yuan(*r.recoveredFen) : QString());
    add("deducted", tr("Deducted days"), locale.toString(r.deductedDays));
    add("extension", tr("Extension days"), locale.toString(r.extensionDays));
    add("property", tr("Property found"),
        r.hasProperty ? (*r.hasProperty ? tr("yes") : tr("no")) : tr("not given"));
    add("networkInquiry", tr("Network inquiry"), date(r.networkInquiryOn));
    add("dishonestList", tr("Dishonest-debtor list"), date(r.dishonestListOn));
    add("consumptionRestriction", tr("Consumption restriction"), date(r.consumptionRestrictionOn));
    add("applicantInterview", tr("Applicant interviewed"), date(r.applicantInterviewOn));
    add("deadline", tr("Deadline"), date(m_deadline));
    QString left;
    if (r.isClosed() && m_deadline.isValid()) {
        const qint64 late = m_deadline.daysTo(r.closedOn);
        left = late <= 0 ? tr("closed within the time limit") : tr("closed %1 late").arg(days(late));
    } else if (m_deadline.isValid() && m_asOf.isValid()) {
        const qint64 n = m_asOf.daysTo(m_deadline);
        left = n >= 0 ? days(n) : tr("overdue by %1").arg(days(-n));
    }
    add("daysLeft", tr("Days left"), left);
    add("parties", tr("Parties"), r.parties.isEmpty() ? tr("not stored") : r.parties);
}

void CaseDetailDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        build();
    QDialog::changeEvent(event);
}

} // namespace caseload
