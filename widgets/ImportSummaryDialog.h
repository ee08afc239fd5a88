#pragma once

#include "import/Importer.h"

#include <QDialog>
#include <QList>

class QTabWidget;

namespace caseload {

/// What one or several imports did: the counts, the columns that were ignored or dropped as
/// personal data, the first rejected rows with their reasons, and a button that opens the reject
/// report. Several files get one tab each.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportSummaryDialog(const QList<ImportSummary> &summaries, QWidget *parent = nullptr);

    /// The text shown for `summary` (translated), without the rejected rows.
    static QString describe(const ImportSummary &summary);
    /// "Line 12, 立案日期: impossible date 2016-02-30" for the first `limit` rejected rows, and how
    /// many more there are.
    static QString describeRejects(const ImportSummary &summary, int limit = 20);

private:
    QWidget *createPage(const ImportSummary &summary);
};

} // namespace caseload
