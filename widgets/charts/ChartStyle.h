#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QChart;

namespace caseload {

/// One look for every dashboard chart, following the application palette (light or dark): the chart
/// theme, background, fonts (with a CJK family so Chinese renders in windows, PNGs and PDFs) and the
/// colour of each kind of series, so that "filed" is the same blue on every page.
namespace chartStyle {

enum class Role {
    Filed,
    Closed,
    Pending,
    Clearance,
    Reference, ///< target and reference lines (100% clearance, time limit)
    Band, ///< confidence band fill
    Highlight, ///< Spring Festival and December markers
    Good, ///< meets its target
    Warning, ///< close to the target
    Bad, ///< misses the target
    Neutral,
};

/// True when `palette`'s window colour is dark.
bool isDark(const QPalette &palette);
/// The colour for `role` under `palette` (readable on that palette's window colour).
QColor color(Role role, const QPalette &palette);
/// A series colour for the n-th series of a multi-series chart (measures, courts).
QColor seriesColor(int n, const QPalette &palette);
/// Applies the theme, transparent background margins, fonts and legend placement to `chart`.
/// Call again on QEvent::PaletteChange.
void apply(QChart *chart, const QPalette &palette);

} // namespace chartStyle
} // namespace caseload
