#include "MonthlyFlowChart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace caseload {

namespace {

qreal monthPosition(QDate month)
{
    return qreal(QDateTime(QDate(month.year(), month.month(), 15), QTime(0, 0)).toMSecsSinceEpoch());
}

// Tick step in months: the smallest "round" step that keeps at most ten intervals.
int tickStepMonths(int spanMonths)
{
    for (int step : {1, 2, 3, 6, 12, 24, 60, 120}) {
        if ((spanMonths + step - 1) / step <= 10)
            return step;
    }
    return 120;
}

} // namespace

MonthlyFlowChart::MonthlyFlowChart(QWidget *parent)
    : ChartPanel(parent)
    , m_chart(new QChart)
    , m_filed(new QLineSeries)
    , m_closed(new QLineSeries)
    , m_dateAxis(new QDateTimeAxis)
    , m_countAxis(new QValueAxis)
{
    m_chart->addSeries(m_filed);
    m_chart->addSeries(m_closed);
    m_dateAxis->setFormat(QStringLiteral("yyyy-MM"));
    m_countAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_dateAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_filed, m_closed}) {
        series->attachAxis(m_dateAxis);
        series->attachAxis(m_countAxis);
    }
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    m_view = new QChartView(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    setContent(m_view);
    retranslate();
    setFlow({});
}

void MonthlyFlowChart::setLoading()
{
    m_state = State::Loading;
    retranslate();
}

void MonthlyFlowChart::setLoadError(const QString &error)
{
    m_state = State::Failed;
    m_error = error;
    retranslate();
}

void MonthlyFlowChart::setFlow(const QList<MonthlyPoint> &flow)
{
    QList<QPointF> filed;
    QList<QPointF> closed;
    filed.reserve(flow.size());
    closed.reserve(flow.size());
    qint64 maxCount = 0;
    for (const MonthlyPoint &month : flow) {
        const qreal x = monthPosition(month.month);
        filed.append(QPointF(x, qreal(month.filed)));
        closed.append(QPointF(x, qreal(month.closed)));
        maxCount = std::max({maxCount, month.filed, month.closed});
    }
    m_filed->replace(filed);
    m_closed->replace(closed);
    m_state = flow.isEmpty() ? State::Empty : State::Data;
    if (!flow.isEmpty())
        updateAxes(flow, qreal(maxCount));
    retranslate();
}

void MonthlyFlowChart::updateAxes(const QList<MonthlyPoint> &flow, qreal maxCount)
{
    const QDate first = flow.constFirst().month;
    const QDate last = flow.constLast().month;
    const int span = std::max(1, (last.year() - first.year()) * 12 + last.month() - first.month());
    const int step = tickStepMonths(span);
    const int intervals = (span + step - 1) / step;
    m_dateAxis->setTickCount(intervals + 1);
    m_dateAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(monthPosition(first))),
        QDateTime::fromMSecsSinceEpoch(qint64(monthPosition(first.addMonths(intervals * step)))));
    m_countAxis->setRange(0, std::max<qreal>(maxCount, 1));
    m_countAxis->applyNiceNumbers();
}

void MonthlyFlowChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ChartPanel::changeEvent(event);
}

void MonthlyFlowChart::retranslate()
{
    m_chart->setTitle(tr("Execution cases filed and closed per month"));
    m_filed->setName(tr("Filed"));
    m_closed->setName(tr("Closed"));
    m_countAxis->setTitleText(tr("Cases"));
    switch (m_state) {
    case State::Loading:
        showMessage(tr("Loading…"));
        break;
    case State::Empty:
        showMessage(tr("No cases yet.\nImport a court export with File ▸ Import…, drop CSV files here, "
                       "or open the demo data."));
        break;
    case State::Failed:
        showMessage(tr("The cases could not be loaded:\n%1").arg(m_error));
        break;
    case State::Data:
        showContent();
        break;
    }
}

} // namespace caseload
