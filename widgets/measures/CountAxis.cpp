#include "CountAxis.h"

#include <QValueAxis>

#include <algorithm>

namespace caseload {

void setCountRange(QValueAxis *axis, qint64 max)
{
    max = std::max<qint64>(max, 1);
    qint64 interval = 1;
    for (qint64 scale = 1;; scale *= 10) {
        const qint64 steps[] = {scale, 2 * scale, 5 * scale};
        const auto it
            = std::find_if(std::begin(steps), std::end(steps), [&](qint64 s) { return max / s + 1 <= 6; });
        if (it != std::end(steps)) {
            interval = *it;
            break;
        }
    }
    // One interval of headroom above the largest count, so its point or bar does not touch the frame.
    const qint64 top = (max / interval + 1) * interval;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(qreal(interval));
    axis->setRange(0, qreal(top));
}

} // namespace caseload
