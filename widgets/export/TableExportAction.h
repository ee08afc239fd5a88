#pragma once

#include <QAction>

class QTableView;

namespace caseload {

/// "Export table…" in the context menu of a table view: asks for a file (CSV or XLSX, by the dialog's
/// filter or the typed suffix) and writes the view's visible columns and rows with TableExport.
/// Created with the view as parent, it adds itself to the view's actions and sets the view's context
/// menu to its actions; its text follows language changes.
class TableExportAction : public QAction
{
    Q_OBJECT

public:
    explicit TableExportAction(QTableView *view);

    /// Installs an export action in `root` (when a QTableView) and every QTableView below it that has
    /// none yet.
    static void installInTables(QWidget *root);
    /// The export action installed in `view`, if any.
    static TableExportAction *find(const QWidget *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    /// A file name to suggest: the view's accessible name, else its window's title.
    QString suggestedName() const;

    QTableView *m_view;
};

} // namespace caseload
