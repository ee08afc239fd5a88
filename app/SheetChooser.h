#pragma once

#include "import/Importer.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QWidget;

namespace caseload {

/// Asks which sheet to import of each workbook with several sheets, one file after another, before
/// the file is imported: the sheet list and the sheet the import would take by itself (offered
/// first) are read on the thread pool, the question is asked on the GUI thread. CSV files and
/// workbooks of one sheet go straight through.
class SheetChooser : public QObject
{
    Q_OBJECT

public:
    /// `parent` parents the question.
    explicit SheetChooser(QWidget *parent);

    /// Queues `files`, to be imported with `options` (their sheet filled in as chosen).
    void enqueue(const QStringList &files, const ImportOptions &options);

Q_SIGNALS:
    /// Import `file` with `options`; not emitted for a file whose question was cancelled.
    void importRequested(const QString &file, const ImportOptions &options);

private:
    struct Sheets
    {
        QStringList names; ///< empty for a CSV file or a workbook that cannot be read
        QString preselected;
    };
    static Sheets readSheets(const QString &path);
    void next();
    void ask(const Sheets &sheets);

    QWidget *m_parent = nullptr;
    QList<std::pair<QString, ImportOptions>> m_queue;
    QFutureWatcher<Sheets> m_watcher;
};

} // namespace caseload
