#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QChart;
class QWidget;

namespace caseload {

/// Writes a chart as it is laid out on screen (its current size, zoom and hidden series) to a file:
/// PNG at twice the chart's size in pixels, SVG and PDF as vectors (text as text, the PDF with its
/// fonts embedded, Chinese glyphs included). The file is replaced when it exists.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(caseload::ChartExport)

public:
    enum class Format { Png, Svg, Pdf };

    /// The format named by `path`'s suffix (case-insensitive: .png, .svg, .pdf), if any.
    static std::optional<Format> formatForPath(const QString &path);
    /// The file dialog's filters, in the order of Format ("PNG image (*.png)", ...).
    static QStringList fileFilters();

    /// Writes `chart` to `path` in `format`. Returns false and sets `*error` (translated, naming the
    /// file) when the chart has no size or the file cannot be written.
    static bool write(QChart *chart, const QString &path, Format format, QString *error);
    /// As above, the format taken from `path`'s suffix (an unknown suffix is an error).
    static bool write(QChart *chart, const QString &path, QString *error);

    /// Asks for a file name and format (suggesting the chart's title, else `parent`'s accessible name),
    /// writes the chart and reports a failure in a message box.
    static void exportWithDialog(QChart *chart, QWidget *parent);
};

} // namespace caseload
