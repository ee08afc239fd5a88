#include "TableExportAction.h"

#include "TableExport.h"

#include <QEvent>
#include <QTableView>

namespace caseload {

TableExportAction::TableExportAction(QTableView *view)
    : QAction(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("exportTableAction"));
    connect(this, &QAction::triggered, this,
        [this] { TableExport::exportWithDialog(m_view, suggestedName(), m_view); });
    view->addAction(this);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->installEventFilter(this);
    retranslate();
}

void TableExportAction::installInTables(QWidget *root)
{
    if (!root)
        return;
    auto views = root->findChildren<QTableView *>();
    if (auto *view = qobject_cast<QTableView *>(root))
        views.prepend(view);
    for (QTableView *view : views) {
        if (!find(view))
            new TableExportAction(view);
    }
}

TableExportAction *TableExportAction::find(const QWidget *view)
{
    return view ? view->findChild<TableExportAction *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

bool TableExportAction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::LanguageChange)
        retranslate();
    return QAction::eventFilter(watched, event);
}

void TableExportAction::retranslate()
{
    setText(tr("Export table…"));
    setToolTip(tr("Save the table as a CSV file (UTF-8) or an Excel workbook (XLSX)"));
}

QString TableExportAction::suggestedName() const
{
    QString name = m_view->accessibleName();
    if (name.isEmpty())
        name = m_view->window()->windowTitle();
    return name.isEmpty() ? tr("table") : name;
}

} // namespace caseload
