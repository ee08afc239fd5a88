#include "ChartExportAction.h"

#include "ChartExport.h"

#include <QChartView>
#include <QEvent>

namespace caseload {

ChartExportAction::ChartExportAction(QChartView *view)
    : QAction(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("exportChartAction"));
    connect(
        this, &QAction::triggered, this, [this] { ChartExport::exportWithDialog(m_view->chart(), m_view); });
    view->addAction(this);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->installEventFilter(this);
    retranslate();
}

ChartExportAction *ChartExportAction::find(const QWidget *view)
{
    return view ? view->findChild<ChartExportAction *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

bool ChartExportAction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::LanguageChange)
        retranslate();
    return QAction::eventFilter(watched, event);
}

void ChartExportAction::retranslate()
{
    setText(tr("Export chart…"));
    setToolTip(tr("Save the chart as a PNG image, an SVG drawing or a PDF document"));
}

} // namespace caseload
