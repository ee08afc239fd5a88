#include "SheetChooser.h"

#include "io/FileFormat.h"
#include "io/XlsReader.h"
#include "io/XlsxReader.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QtConcurrent>

#include <algorithm>

namespace caseload {

SheetChooser::SheetChooser(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{
    connect(&m_watcher, &QFutureWatcher<Sheets>::finished, this, [this] { ask(m_watcher.result()); });
}

void SheetChooser::enqueue(const QStringList &files, const ImportOptions &options)
{
    const bool idle = m_queue.isEmpty();
    for (const QString &file : files)
        m_queue.append({file, options});
    if (idle)
        next();
}

SheetChooser::Sheets SheetChooser::readSheets(const QString &path)
{
    // Errors are reported by the import itself.
    Sheets sheets;
    QString error;
    switch (detectFileFormat(path, &error)) {
    case FileFormat::Xlsx:
        sheets.names = XlsxReader::sheetNames(path, &error);
        if (sheets.names.size() >= 2)
            sheets.preselected = XlsxReader::defaultSheet(path, &error);
        break;
    case FileFormat::Xls:
        sheets.names = XlsReader::sheetNames(path, &error);
        if (sheets.names.size() >= 2)
            sheets.preselected = XlsReader::defaultSheet(path, &error);
        break;
    default:
        break;
    }
    return sheets;
}

void SheetChooser::next()
{
    if (!m_queue.isEmpty())
        m_watcher.setFuture(QtConcurrent::run(&SheetChooser::readSheets, m_queue.constFirst().first));
}

void SheetChooser::ask(const Sheets &sheets)
{
    auto [file, options] = m_queue.takeFirst();
    bool ok = true;
    if (sheets.names.size() >= 2) {
        options.sheet = QInputDialog::getItem(m_parent, tr("Choose a sheet"),
            tr("%1 has several sheets. Import which one?").arg(QFileInfo(file).fileName()), sheets.names,
            int(std::max<qsizetype>(sheets.names.indexOf(sheets.preselected), 0)), false, &ok);
    }
    if (ok)
        Q_EMIT importRequested(file, options);
    next();
}

} // namespace caseload
