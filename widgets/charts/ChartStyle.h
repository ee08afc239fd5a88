#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QChart;
class QAbstractSeries;
class QBarSet;

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
///
/// The chart's own colours (background, title, axes, grid, legend) are set directly rather than
/// through QChart::setTheme(), so pens the page chose (widths, dash styles) survive a restyle. Series
/// and bar sets given a role (setRole) or an index (setSeriesIndex) are recoloured too; others keep
/// their colours.
void apply(QChart *chart, const QPalette &palette);

/// The font charts use: the application font with CJK fallbacks, scaled by `scale`.
QFont font(qreal scale = 1.0);

/// Marks `series` as showing `role` and colours it (line pen colour, area and scatter fill; bar
/// sets of a bar series all take the role colour). apply() recolours it after a palette change.
/// The pen's width and style are kept.
void setRole(QAbstractSeries *series, Role role, const QPalette &palette);
/// Marks `set` as showing `role` and colours it (apply() recolours it later).
void setRole(QBarSet *set, Role role, const QPalette &palette);
/// Marks `series` as the n-th series of a multi-series chart and colours it with seriesColor(n).
void setSeriesIndex(QAbstractSeries *series, int n, const QPalette &palette);
/// Marks `set` as the n-th bar set of a multi-set chart and colours it with seriesColor(n).
void setSeriesIndex(QBarSet *set, int n, const QPalette &palette);

} // namespace chartStyle
} // namespace caseload
