#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAbstractSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QXYSeries>

#include <array>
#include <optional>

namespace caseload::chartStyle {

namespace {

constexpr char RoleProperty[] = "caseloadChartRole";
constexpr char IndexProperty[] = "caseloadSeriesIndex";

// Okabe & Ito's palette (distinguishable with the common colour-vision deficiencies), darkened a
// little where it is too pale on white and lightened on dark backgrounds.
constexpr std::array<QRgb, 8> LightSeries
    = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x8F7F00, 0x555555};
constexpr std::array<QRgb, 8> DarkSeries
    = {0x56B4E9, 0xF0894A, 0x3DC79F, 0xE39CC8, 0xE6A92E, 0x9AD0F5, 0xF0E442, 0xC8C8C8};

// How opaque an area's fill is, relative to its role colour: bands and shading must not hide the
// lines and grid beneath them.
constexpr float AreaFillAlpha = 0.3f;

QColor rgb(QRgb value)
{
    return QColor::fromRgb(value);
}

void colourSeries(QAbstractSeries *series, const QColor &color)
{
    if (auto *area = qobject_cast<QAreaSeries *>(series)) {
        QColor fill = color;
        fill.setAlphaF(color.alphaF() * AreaFillAlpha);
        QBrush brush = area->brush();
        if (brush.style() == Qt::NoBrush)
            brush.setStyle(Qt::SolidPattern);
        brush.setColor(fill);
        area->setBrush(brush);
        QPen pen = area->pen();
        pen.setColor(color);
        area->setPen(pen);
    } else if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
        scatter->setColor(color);
        scatter->setBorderColor(color.darker(130));
    } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
        QPen pen = xy->pen();
        pen.setColor(color);
        xy->setPen(pen);
    } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
        const auto sets = bars->barSets();
        for (QBarSet *set : sets) {
            set->setColor(color);
            set->setBorderColor(color);
        }
    }
}

void colourSet(QBarSet *set, const QColor &color)
{
    set->setColor(color);
    set->setBorderColor(color);
}

std::optional<QColor> taggedColour(const QObject *object, const QPalette &palette)
{
    const QVariant role = object->property(RoleProperty);
    if (role.isValid())
        return color(Role(role.toInt()), palette);
    const QVariant index = object->property(IndexProperty);
    if (index.isValid())
        return seriesColor(index.toInt(), palette);
    return std::nullopt;
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor color(Role role, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case Role::Filed:
        return rgb(dark ? 0x56B4E9 : 0x0072B2);
    case Role::Closed:
        return rgb(dark ? 0xF0894A : 0xD55E00);
    case Role::Pending:
        return rgb(dark ? 0x3DC79F : 0x009E73);
    case Role::Clearance:
        return rgb(dark ? 0xE39CC8 : 0xA8508A);
    case Role::Reference:
        return rgb(dark ? 0xB4B4B4 : 0x5A5A5A);
    case Role::Band:
        return rgb(dark ? 0x56B4E9 : 0x0072B2);
    case Role::Highlight:
        return rgb(dark ? 0xF0E442 : 0xE69F00);
    case Role::Good:
        return rgb(dark ? 0x3DC79F : 0x009E73);
    case Role::Warning:
        return rgb(dark ? 0xF0C03A : 0xC78A00);
    case Role::Bad:
        return rgb(dark ? 0xFF7A45 : 0xD55E00);
    case Role::Neutral:
        return rgb(dark ? 0x9A9A9A : 0x8C8C8C);
    }
    return palette.color(QPalette::WindowText);
}

QColor seriesColor(int n, const QPalette &palette)
{
    const auto &colours = isDark(palette) ? DarkSeries : LightSeries;
    const int size = int(colours.size());
    if (n < 0)
        n = 0;
    const QColor base = rgb(colours[size_t(n % size)]);
    // Past the palette, alternate darker and lighter variants so neighbours still differ.
    const int round = n / size;
    if (round == 0)
        return base;
    return round % 2 ? base.darker(100 + 25 * ((round + 1) / 2)) : base.lighter(100 + 25 * (round / 2));
}

QFont font(qreal scale)
{
    QFont f = QGuiApplication::font();
    QStringList families = f.families();
    if (families.isEmpty())
        families.append(f.family());
    // Explicit CJK fallbacks: offscreen rendering and PDF export do not always get the system's
    // fallback chain, and a chart without them prints boxes for Chinese labels.
    for (const char *family : {"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC",
             "Microsoft YaHei", "PingFang SC", "SimHei"}) {
        const QString name = QString::fromLatin1(family);
        if (!families.contains(name))
            families.append(name);
    }
    f.setFamilies(families);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * scale);
    else if (f.pixelSize() > 0)
        f.setPixelSize(qRound(f.pixelSize() * scale));
    return f;
}

void apply(QChart *chart, const QPalette &palette)
{
    if (!chart)
        return;
    const QColor text = palette.color(QPalette::WindowText);
    const QColor background = palette.color(QPalette::Base);
    QColor grid = text;
    grid.setAlphaF(isDark(palette) ? 0.18f : 0.12f);
    QColor minorGrid = grid;
    minorGrid.setAlphaF(grid.alphaF() / 2);
    QColor axisLine = text;
    axisLine.setAlphaF(0.45f);

    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(6, 4, 6, 4));
    chart->setTitleBrush(text);
    QFont title = font(1.05);
    title.setBold(true);
    chart->setTitleFont(title);

    QLegend *legend = chart->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(font(0.9));
    legend->setLabelColor(text);
    legend->setBackgroundVisible(false);
    legend->setBorderColor(Qt::transparent);
    // Lines show their pen (a dashed reference line looks dashed), scatter series their marker;
    // bars and areas a filled square.
    legend->setMarkerShape(QLegend::MarkerShapeRectangle);
    const auto markers = legend->markers();
    for (QLegendMarker *marker : markers) {
        const auto type = marker->series()->type();
        const bool xy = type == QAbstractSeries::SeriesTypeLine || type == QAbstractSeries::SeriesTypeSpline
            || type == QAbstractSeries::SeriesTypeScatter;
        marker->setShape(xy ? QLegend::MarkerShapeFromSeries : QLegend::MarkerShapeRectangle);
    }

    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font(0.85));
        axis->setTitleBrush(text);
        axis->setTitleFont(font(0.85));
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(minorGrid);
        axis->setLinePenColor(axisLine);
        axis->setShadesVisible(false);
    }

    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        if (const auto colour = taggedColour(s, palette))
            colourSeries(s, *colour);
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets) {
                if (const auto colour = taggedColour(set, palette))
                    colourSet(set, *colour);
                set->setLabelColor(text);
            }
        }
    }
}

void setRole(QAbstractSeries *series, Role role, const QPalette &palette)
{
    if (!series)
        return;
    series->setProperty(IndexProperty, QVariant());
    series->setProperty(RoleProperty, int(role));
    colourSeries(series, color(role, palette));
}

void setRole(QBarSet *set, Role role, const QPalette &palette)
{
    if (!set)
        return;
    set->setProperty(IndexProperty, QVariant());
    set->setProperty(RoleProperty, int(role));
    colourSet(set, color(role, palette));
}

void setSeriesIndex(QAbstractSeries *series, int n, const QPalette &palette)
{
    if (!series)
        return;
    series->setProperty(RoleProperty, QVariant());
    series->setProperty(IndexProperty, n);
    colourSeries(series, seriesColor(n, palette));
}

void setSeriesIndex(QBarSet *set, int n, const QPalette &palette)
{
    if (!set)
        return;
    set->setProperty(RoleProperty, QVariant());
    set->setProperty(IndexProperty, n);
    colourSet(set, seriesColor(n, palette));
}

} // namespace caseload::chartStyle
