#include "ImportSummaryDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace caseload {

namespace {

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

ImportSummaryDialog::ImportSummaryDialog(const QList<ImportSummary> &summaries, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import summary"));
    auto *layout = new QVBoxLayout(this);
    if (summaries.size() == 1) {
        layout->addWidget(createPage(summaries.constFirst()));
    } else {
        auto *tabs = new QTabWidget(this);
        for (const ImportSummary &summary : summaries)
            tabs->addTab(createPage(summary), QFileInfo(summary.filePath).fileName());
        layout->addWidget(tabs);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 460);
}

QString ImportSummaryDialog::describe(const ImportSummary &summary)
{
    QStringList lines;
    lines << QDir::toNativeSeparators(summary.filePath);
    if (summary.cancelled) {
        lines << tr("Import cancelled: the database was not changed.");
        return lines.join(u'\n');
    }
    if (!summary.ok) {
        // Nothing was imported: counts of a half-read file would not add up, so only the error shows.
        lines << tr("Import failed: the database was not changed.");
        if (!summary.error.isEmpty())
            lines << summary.error;
        return lines.join(u'\n');
    }
    lines << tr("Rows read: %1; imported: %2; rejected: %3")
                 .arg(number(summary.rowsRead), number(summary.accepted), number(summary.rejected));
    if (summary.ok) {
        lines << tr("New cases: %1; updated: %2; unchanged: %3")
                     .arg(number(summary.inserted), number(summary.updated), number(summary.unchanged));
        if (summary.older > 0) {
            lines << tr("Older than the database: %1 (the database holds a newer state of these cases, by "
                        "their latest date: not applied)")
                         .arg(number(summary.older));
        }
    }
    if (summary.sheet.isEmpty()) {
        lines << tr("Encoding: %1; header row on line %2")
                     .arg(encodingName(summary.encoding), number(summary.headerLine));
    } else {
        lines << tr("Workbook (%1), sheet %2; header row on row %3")
                     .arg(summary.format, summary.sheet, number(summary.headerLine));
    }
    const QLocale locale;
    if (!summary.unmappedColumns.isEmpty())
        lines << tr("Columns not recognised (ignored): %1")
                     .arg(locale.createSeparatedList(summary.unmappedColumns));
    if (!summary.personalColumnsDropped.isEmpty()) {
        lines << tr("Personal-data columns not stored: %1")
                     .arg(locale.createSeparatedList(summary.personalColumnsDropped));
    }
    return lines.join(u'\n');
}

QString ImportSummaryDialog::describeRejects(const ImportSummary &summary, int limit)
{
    QStringList lines;
    const qsizetype shown = std::min<qsizetype>(limit, summary.firstRejects.size());
    for (qsizetype i = 0; i < shown; ++i) {
        const RejectedRow &row = summary.firstRejects.at(i);
        if (!row.cell.isEmpty()) {
            lines << (row.field.isEmpty() ? tr("%1: %2").arg(row.location(), row.reason)
                                          : tr("%1 (%2): %3").arg(row.location(), row.field, row.reason));
            continue;
        }
        lines << (row.field.isEmpty() ? tr("Line %1: %2").arg(number(row.line), row.reason)
                                      : tr("Line %1, %2: %3").arg(number(row.line), row.field, row.reason));
    }
    const qint64 more = summary.rejected - shown;
    if (more > 0)
        lines << tr("… and %n more rejected row(s).", nullptr, int(std::min<qint64>(more, INT_MAX)));
    return lines.join(u'\n');
}

QWidget *ImportSummaryDialog::createPage(const ImportSummary &summary)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *text = new QLabel(describe(summary), page);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);

    if (!summary.firstRejects.isEmpty()) {
        layout->addWidget(new QLabel(tr("First rejected rows:"), page));
        auto *rejects = new QPlainTextEdit(describeRejects(summary), page);
        rejects->setReadOnly(true);
        rejects->setLineWrapMode(QPlainTextEdit::NoWrap);
        layout->addWidget(rejects, 1);
    } else {
        layout->addStretch(1);
    }

    if (!summary.rejectReportPath.isEmpty() && QFileInfo::exists(summary.rejectReportPath)) {
        auto *open = new QPushButton(tr("Open reject report"), page);
        const QString path = summary.rejectReportPath;
        connect(open, &QPushButton::clicked, this, [this, path] {
            if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
                QMessageBox::information(this, tr("Reject report"),
                    tr("No program could open the report. It is saved as:\n%1")
                        .arg(QDir::toNativeSeparators(path)));
            }
        });
        auto *row = new QHBoxLayout;
        row->addWidget(open);
        row->addStretch(1);
        layout->addLayout(row);
    }
    return page;
}

} // namespace caseload
