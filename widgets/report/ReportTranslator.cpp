#include "ReportTranslator.h"

namespace caseload {

namespace {

thread_local bool t_active = false;
thread_local const QTranslator *t_chinese = nullptr;

} // namespace

ReportTranslator::Scope::Scope(const QTranslator *chinese)
    : m_wasActive(t_active)
    , m_previous(t_chinese)
{
    t_active = true;
    t_chinese = chinese;
}

ReportTranslator::Scope::~Scope()
{
    t_active = m_wasActive;
    t_chinese = m_previous;
}

QString ReportTranslator::translate(
    const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    if (!t_active || !sourceText)
        return {}; // a null string: the next translator answers
    if (t_chinese) {
        const QString translated = t_chinese->translate(context, sourceText, disambiguation, n);
        if (!translated.isEmpty())
            return translated;
    }
    // Not null: stops the interface's translator from answering (QCoreApplication replaces %n).
    return QString::fromUtf8(sourceText);
}

} // namespace caseload
