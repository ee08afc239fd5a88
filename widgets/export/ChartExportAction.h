#pragma once

#include <QAction>

class QChartView;

namespace caseload {

/// "Export chart…" in the context menu of a chart view: asks for a file (PNG, SVG or PDF, by the
/// dialog's filter or the typed suffix) and writes the chart with ChartExport. Created with the view
/// as parent, it adds itself to the view's actions and sets the view's context menu to its actions;
/// its text follows language changes.
class ChartExportAction : public QAction
{
    Q_OBJECT

public:
    explicit ChartExportAction(QChartView *view);

    /// The export action installed in `view`, if any (for tests).
    static ChartExportAction *find(const QWidget *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QChartView *m_view;
};

} // namespace caseload
