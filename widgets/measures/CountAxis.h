#pragma once

#include <QtGlobal>

class QValueAxis;

namespace caseload {

/// Sets a count axis to start at 0 with whole-number ticks at a round interval (1, 2, 5, 10, 20, ...),
/// at most six intervals and one interval of headroom above `max`, so that small counts get neither
/// fractional nor repeated labels.
void setCountRange(QValueAxis *axis, qint64 max);

} // namespace caseload
