#pragma once

#include <QTranslator>

namespace caseload {

/// Lets a report be rendered in a language other than the interface's without switching the
/// application's language: installed in front of the application's translators, it answers only on
/// a thread inside a Scope (the worker computing and writing a report, or the GUI thread while it
/// paints preview pages) and stays silent everywhere else, so the rest of the interface keeps its
/// language.
class ReportTranslator : public QTranslator
{
    Q_OBJECT

public:
    /// While alive, tr() on the current thread answers from `chinese`, or with the English source
    /// texts when `chinese` is null. Scopes nest.
    class Scope
    {
    public:
        explicit Scope(const QTranslator *chinese);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        bool m_wasActive;
        const QTranslator *m_previous;
    };

    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
        int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace caseload
