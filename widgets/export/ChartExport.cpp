#include "ChartExport.h"

#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGradient>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>

namespace caseload {

namespace {

constexpr qreal PngScale = 2.0;
// Chart coordinates are logical pixels at 96 per inch; SVG and PDF keep that scale.
constexpr int LogicalDpi = 96;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QColor backgroundColor(const QChart *chart)
{
    // The chart's rounded background leaves its corners to the view: fill them with its own colour.
    const QBrush brush = chart->backgroundBrush();
    if (!chart->isBackgroundVisible() || brush.style() == Qt::NoBrush)
        return Qt::white;
    QColor color = brush.color();
    if (const QGradient *gradient = brush.gradient(); gradient && !gradient->stops().isEmpty())
        color = gradient->stops().first().second;
    return color.alpha() == 255 ? color : QColor(Qt::white);
}

/// Paints `chart` into `target` (logical coordinates) over its background colour.
void paintChart(QChart *chart, QPainter &painter, const QRectF &target)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(target, backgroundColor(chart));
    const QRectF source = chart->mapRectToScene(chart->rect());
    chart->scene()->render(&painter, target, source, Qt::IgnoreAspectRatio);
}

QString suggestedName(const QChart *chart, const QWidget *parent)
{
    QString name = chart->title();
    if (name.isEmpty() && parent)
        name = parent->accessibleName();
    name.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    name = name.left(80);
    return name.isEmpty() ? ChartExport::tr("chart") : name;
}

} // namespace

std::optional<ChartExport::Format> ChartExport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QStringList ChartExport::fileFilters()
{
    return {tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"), tr("PDF document (*.pdf)")};
}

bool ChartExport::write(QChart *chart, const QString &path, QString *error)
{
    const std::optional<Format> format = formatForPath(path);
    if (!format) {
        if (error)
            *error = tr("Cannot export the chart to %1: use a .png, .svg or .pdf file name.")
                         .arg(nativePath(path));
        return false;
    }
    return write(chart, path, *format, error);
}

bool ChartExport::write(QChart *chart, const QString &path, Format format, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Could not write the chart to %1: %2").arg(nativePath(path), reason);
        return false;
    };
    if (!chart || !chart->scene())
        return fail(tr("the chart is not shown."));
    // A resize posts a layout request; lay the chart out now so that it is drawn as it will look.
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    const QSizeF size = chart->size();
    if (size.width() < 1 || size.height() < 1)
        return fail(tr("the chart has no size."));
    const QRectF target(QPointF(0, 0), size);

    // Written to memory first: QSaveFile then replaces the file only when everything succeeded.
    QByteArray bytes;
    switch (format) {
    case Format::Png: {
        QImage image((size * PngScale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(PngScale);
        image.setDotsPerMeterX(qRound(LogicalDpi * PngScale / 0.0254));
        image.setDotsPerMeterY(qRound(LogicalDpi * PngScale / 0.0254));
        {
            QPainter painter(&image);
            paintChart(chart, painter, target);
        }
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return fail(tr("the image could not be encoded."));
        break;
    }
    case Format::Svg: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size.toSize());
        generator.setViewBox(target);
        generator.setResolution(LogicalDpi);
        generator.setTitle(chart->title());
        generator.setDescription(tr("Chart exported from Caseload"));
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(tr("the drawing could not be started."));
        paintChart(chart, painter, target);
        painter.end();
        break;
    }
    case Format::Pdf: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Caseload"));
        writer.setTitle(chart->title());
        writer.setResolution(LogicalDpi);
        const QSizeF points = size * 72.0 / LogicalDpi;
        writer.setPageLayout(
            QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                QPageLayout::Portrait, QMarginsF()));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(tr("the document could not be started."));
        // The page may be rounded to whole points: scale the chart onto it exactly.
        paintChart(chart, painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())));
        painter.end();
        break;
    }
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(file.errorString());
    return true;
}

void ChartExport::exportWithDialog(QChart *chart, QWidget *parent)
{
    if (!chart)
        return;
    const QStringList filters = fileFilters();
    QString selected = filters.first();
    QString path = QFileDialog::getSaveFileName(parent, tr("Export chart"),
        suggestedName(chart, parent) + QStringLiteral(".png"), filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    static const char *const suffixes[] = {".png", ".svg", ".pdf"};
    const int index = std::max(0, int(filters.indexOf(selected)));
    std::optional<Format> format = formatForPath(path);
    if (!format) {
        path += QLatin1String(suffixes[index]);
        format = Format(index);
    }
    QString error;
    if (!write(chart, path, *format, &error))
        QMessageBox::warning(parent, tr("Export chart"), error);
}

} // namespace caseload
