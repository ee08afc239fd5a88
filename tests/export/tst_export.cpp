#include "DashboardView.h"
#include "TestSupport.h"
#include "charts/InteractiveChartView.h"
#include "dashboard/DashboardPage.h"
#include "export/ChartExport.h"
#include "export/ChartExportAction.h"
#include "export/TableExport.h"
#include "export/TableExportAction.h"
#include "io/CsvReader.h"
#include "io/XlsxReader.h"
#include "io/ZipArchive.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QValueAxis>

using namespace caseload;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

const char *const ChartTitle = "执行案件收结案趋势";

using Rows = QList<QStringList>;

/// The table the tests export: Chinese text, commas, quotes, line breaks, numbers behind text.
std::unique_ptr<QStandardItemModel> makeModel()
{
    auto model = std::make_unique<QStandardItemModel>(0, 6);
    model->setHorizontalHeaderLabels(
        {u8("法院"), u8("案号, 备注"), u8("收案"), u8("结案率"), u8("立案日期"), u8("标的额")});
    auto add = [&](const QString &court, const QString &note, int filed, const QString &rateText, double rate,
                   QDate date, const QString &amountText, double amount) {
        QList<QStandardItem *> row;
        row << new QStandardItem(court);
        row.last()->setData(7, Qt::UserRole); // an id behind a name: stays text
        row << new QStandardItem(note);
        auto *filedItem = new QStandardItem;
        filedItem->setData(filed, Qt::DisplayRole);
        row << filedItem;
        row << new QStandardItem(rateText);
        row.last()->setData(rate, Qt::UserRole);
        row << new QStandardItem(date.toString(Qt::ISODate));
        row.last()->setData(date, Qt::UserRole);
        row << new QStandardItem(amountText);
        row.last()->setData(amount, Qt::UserRole);
        model->appendRow(row);
    };
    add(u8("北京市第一中级人民法院"), u8("（2024）京01执1号, \"甲\"\n乙"), 42, QStringLiteral("12.5%"), 0.125,
        QDate(2024, 3, 5), QStringLiteral("12,345.50"), 12345.5);
    add(u8("上海市浦东新区人民法院"), QStringLiteral(" leading blank"), 0, QStringLiteral("100.0%"), 1.0,
        QDate(2023, 12, 31), QStringLiteral("7"), 7);
    return model;
}

Rows displayRows(const QStandardItemModel &model)
{
    Rows rows;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << model.headerData(c, Qt::Horizontal).toString();
    rows << header;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row << model.index(r, c).data().toString();
        rows << row;
    }
    return rows;
}

Rows readAll(RowReader &reader)
{
    Rows rows;
    while (reader.next()) {
        QStringList row;
        for (QStringView field : reader.fields())
            row << field.toString();
        rows << row;
    }
    return rows;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chartFormats_data();
    void chartFormats();
    void chartErrors();
    void chartContextMenu();
    void csvBytes();
    void csvFormulasNeutralised();
    void csvRoundTrip();
    void xlsxRoundTrip();
    void xlsxFormatting();
    void visibleColumnsFollowTheView();
    void tableErrors();
    void existingFileReplaced();
    void dashboardTablesAndChartsHaveExport();
    void actionsAskForTheFile();

private:
    std::unique_ptr<InteractiveChartView> makeView();
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<InteractiveChartView> TestExport::makeView()
{
    auto *chart = new QChart;
    chart->setTitle(u8(ChartTitle));
    auto *filed = new QLineSeries;
    filed->setName(u8("收案"));
    auto *closed = new QLineSeries;
    closed->setName(u8("结案"));
    for (int i = 0; i < 12; ++i) {
        filed->append(i, 100 + 10 * (i % 4));
        closed->append(i, 90 + 7 * (i % 5));
    }
    chart->addSeries(filed);
    chart->addSeries(closed);
    chart->createDefaultAxes();
    auto view = std::make_unique<InteractiveChartView>(chart);
    view->attachSeries(filed);
    view->attachSeries(closed);
    view->resize(640, 400);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("chart view not exposed");
    return view;
}

void TestExport::chartFormats_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("png") << QStringLiteral("chart.png");
    QTest::newRow("svg") << QStringLiteral("chart.svg");
    QTest::newRow("pdf") << QStringLiteral("chart.pdf");
    QTest::newRow("upper-case suffix") << QStringLiteral("CHART.PDF");
}

void TestExport::chartFormats()
{
    QFETCH(QString, fileName);
    const auto view = makeView();
    const QString path = m_dir.filePath(fileName);
    QString error;
    QVERIFY2(ChartExport::write(view->chart(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QSize chartSize = view->chart()->size().toSize();
    QVERIFY(chartSize.width() > 500);

    switch (*ChartExport::formatForPath(path)) {
    case ChartExport::Format::Png: {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.size(), chartSize * 2);
        QVERIFY2(test::nonBackgroundShare(image) > 0.01,
            qPrintable(QString::number(test::nonBackgroundShare(image))));
        // The rounded background's corners take the chart's colour (its gradient's), not black.
        QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
        QDir().mkpath(QStringLiteral("/tmp/shots"));
        image.save(QStringLiteral("/tmp/shots/export-chart.png"));
        break;
    }
    case ChartExport::Format::Svg: {
        QSvgRenderer renderer(bytes);
        QVERIFY(renderer.isValid());
        QVERIFY(bytes.contains("<path"));
        QCOMPARE(renderer.viewBoxF().size(), QSizeF(chartSize));
        QImage image(chartSize, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QVERIFY(test::nonBackgroundShare(image) > 0.01);
        break;
    }
    case ChartExport::Format::Pdf: {
        QVERIFY(bytes.startsWith("%PDF"));
        QFile::remove(QStringLiteral("/tmp/shots/export-chart.pdf"));
        QFile::copy(path, QStringLiteral("/tmp/shots/export-chart.pdf"));
        // Vectors, not a picture of the chart.
        QVERIFY(!bytes.contains("/Subtype /Image"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed");
        QProcess process;
        process.start(
            pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(u8(ChartTitle)), qPrintable(text));
        QVERIFY(text.contains(u8("结案")));
        const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
        if (!pdffonts.isEmpty()) {
            process.start(pdffonts, {path});
            QVERIFY(process.waitForFinished(30000));
            const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
            int fonts = 0;
            for (const QString &line : lines.mid(2)) {
                if (line.trimmed().isEmpty())
                    continue;
                ++fonts;
                // Columns: name type encoding emb sub uni object ID; every font embedded.
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
            }
            QVERIFY(fonts > 0);
        }
        break;
    }
    }
}

void TestExport::chartErrors()
{
    const auto view = makeView();
    QString error;
    const QString missingDir = m_dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    QVERIFY(!ChartExport::write(view->chart(), missingDir, &error));
    QVERIFY2(error.contains(QStringLiteral("chart.png")), qPrintable(error));
    QVERIFY(!QFile::exists(missingDir));

    error.clear();
    QVERIFY(!ChartExport::write(view->chart(), m_dir.filePath(QStringLiteral("chart.bmp")), &error));
    QVERIFY2(error.contains(QStringLiteral("chart.bmp")), qPrintable(error));

    error.clear();
    QVERIFY(!ChartExport::write(nullptr, m_dir.filePath(QStringLiteral("none.png")), &error));
    QVERIFY(error.contains(QStringLiteral("none.png")));
}

void TestExport::chartContextMenu()
{
    const auto view = makeView();
    ChartExportAction *action = ChartExportAction::find(view.get());
    QVERIFY(action);
    QVERIFY(view->actions().contains(action));
    QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(!action->text().isEmpty());
    QVERIFY(action->text().endsWith(QChar(0x2026)));
}

void TestExport::csvBytes()
{
    QStandardItemModel model(1, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("a"), QStringLiteral("b,c")});
    model.setItem(0, 0, new QStandardItem(u8("say \"hi\"")));
    model.setItem(0, 1, new QStandardItem(u8("两\n行")));
    const QByteArray expected = QByteArrayLiteral("\xEF\xBB\xBF") + "a,\"b,c\"\r\n\"say \"\"hi\"\"\",\""
        + u8("两\n行").toUtf8() + "\"\r\n";
    QCOMPARE(TableExport::toCsv(&model), expected);
}

void TestExport::csvFormulasNeutralised()
{
    // Text a spreadsheet would run as a formula gets an apostrophe; numbers with a sign do not.
    QStandardItemModel model(1, 6);
    model.setHorizontalHeaderLabels({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
        QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f")});
    const QStringList cells = {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("@SUM(A1)"),
        QStringLiteral("+cmd"), QStringLiteral("-3"), QStringLiteral("+1.5%"), QStringLiteral("-1,234.5")};
    for (int c = 0; c < cells.size(); ++c)
        model.setItem(0, c, new QStandardItem(cells[c]));
    const QString csv = QString::fromUtf8(TableExport::toCsv(&model).mid(3));
    QCOMPARE(csv.section(QStringLiteral("\r\n"), 1, 1),
        QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",'@SUM(A1),'+cmd,-3,+1.5%,\"-1,234.5\""));
}

void TestExport::csvRoundTrip()
{
    const auto model = makeModel();
    const QString path = m_dir.filePath(QStringLiteral("table.csv"));
    QString error;
    QVERIFY2(TableExport::write(model.get(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.peek(3) == QByteArrayLiteral("\xEF\xBB\xBF"));
    CsvReader reader(&file, CsvReader::Options {});
    const Rows rows = readAll(reader);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(rows, displayRows(*model));
}

void TestExport::xlsxRoundTrip()
{
    const auto model = makeModel();
    const QString path = m_dir.filePath(QStringLiteral("table.xlsx"));
    QString error;
    TableExport::Options options;
    options.sheetName = u8("收结案 [2024]");
    QVERIFY2(TableExport::write(model.get(), path, &error, options), qPrintable(error));
    const QStringList sheets = XlsxReader::sheetNames(path, &error);
    QCOMPARE(sheets, QStringList {u8("收结案 _2024_")});
    const std::unique_ptr<XlsxReader> reader = XlsxReader::open(path, QString(), &error);
    QVERIFY2(reader, qPrintable(error));
    const Rows rows = readAll(*reader);
    QVERIFY2(!reader->hasError(), qPrintable(reader->errorString()));
    // Numbers come back as the stored numbers (not the display text), dates through their date format.
    const Rows expected = {
        displayRows(*model).first(),
        {u8("北京市第一中级人民法院"), u8("（2024）京01执1号, \"甲\"\n乙"), QStringLiteral("42"),
            QStringLiteral("0.125"), QStringLiteral("2024-03-05"), QStringLiteral("12345.5")},
        {u8("上海市浦东新区人民法院"), QStringLiteral(" leading blank"), QStringLiteral("0"),
            QStringLiteral("1"), QStringLiteral("2023-12-31"), QStringLiteral("7")},
    };
    QCOMPARE(rows, expected);
}

void TestExport::xlsxFormatting()
{
    const auto model = makeModel();
    const QString path = m_dir.filePath(QStringLiteral("formatting.xlsx"));
    QString error;
    QVERIFY2(TableExport::writeXlsx(model.get(), path, &error), qPrintable(error));
    const std::unique_ptr<ZipArchive> zip = ZipArchive::open(path, &error);
    QVERIFY2(zip, qPrintable(error));
    const QString styles = QString::fromUtf8(zip->readEntry(QStringLiteral("xl/styles.xml"), &error));
    const QString sheet
        = QString::fromUtf8(zip->readEntry(QStringLiteral("xl/worksheets/sheet1.xml"), &error));
    QVERIFY2(!sheet.isEmpty(), qPrintable(error));
    // Header cells carry a style whose font is bold (fonts: the default, then the bold one).
    QVERIFY(styles.contains(QStringLiteral("<b/>")));
    QVERIFY(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"A1\" s=\"[1-9]\" t=\"s\">"))));
    QVERIFY(sheet.contains(QStringLiteral("<pane ySplit=\"1\"")));
    // Numbers are numeric cells (no t="s"), with the display's formats.
    QVERIFY(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"C2\"[^>]*><v>42</v>"))));
    QVERIFY(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"D2\" s=\"\\d+\"><v>0.125</v>"))));
    QVERIFY(styles.contains(QStringLiteral("formatCode=\"0.0%\"")));
    QVERIFY(styles.contains(QStringLiteral("formatCode=\"#,##0.00\"")));
    QVERIFY(styles.contains(QStringLiteral("formatCode=\"yyyy-mm-dd\"")));
    // Widths fit the longest text: 11 Chinese characters count 22, plus 2.
    QVERIFY2(
        sheet.contains(QStringLiteral("<col min=\"1\" max=\"1\" width=\"24.7")), qPrintable(sheet.left(800)));
}

void TestExport::visibleColumnsFollowTheView()
{
    const auto model = makeModel();
    QTableView view;
    view.setModel(model.get());
    view.setColumnHidden(1, true);
    view.horizontalHeader()->moveSection(3, 0); // 结案率 first
    const QList<int> columns = TableExport::visibleColumns(&view);
    QCOMPARE(columns, (QList<int> {3, 0, 2, 4, 5}));
    TableExport::Options options;
    options.columns = columns;
    const QString csv = QString::fromUtf8(TableExport::toCsv(model.get(), options).mid(3));
    QCOMPARE(csv.section(QStringLiteral("\r\n"), 0, 0), u8("结案率,法院,收案,立案日期,标的额"));

    TableExportAction::installInTables(&view);
    TableExportAction::installInTables(&view); // once only
    QVERIFY(TableExportAction::find(&view));
    QCOMPARE(view.actions().size(), 1);
    QCOMPARE(view.contextMenuPolicy(), Qt::ActionsContextMenu);
}

void TestExport::tableErrors()
{
    const auto model = makeModel();
    for (const QString &name : {QStringLiteral("table.csv"), QStringLiteral("table.xlsx")}) {
        const QString path = m_dir.filePath(QStringLiteral("missing/") + name);
        QString error;
        QVERIFY(!TableExport::write(model.get(), path, &error));
        QVERIFY2(error.contains(name), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
    QString error;
    QVERIFY(!TableExport::write(model.get(), m_dir.filePath(QStringLiteral("table.ods")), &error));
    QVERIFY(error.contains(QStringLiteral("table.ods")));
}

void TestExport::existingFileReplaced()
{
    const auto model = makeModel();
    const QString path = m_dir.filePath(QStringLiteral("again.xlsx"));
    QString error;
    QVERIFY(TableExport::write(model.get(), path, &error));
    model->removeRow(1);
    QVERIFY2(TableExport::write(model.get(), path, &error), qPrintable(error));
    const std::unique_ptr<XlsxReader> reader = XlsxReader::open(path, QString(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(readAll(*reader).size(), 2);
    // No temporary files left behind.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral(".again*")}, QDir::Files | QDir::Hidden).size(), 0);
}

void TestExport::dashboardTablesAndChartsHaveExport()
{
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    DashboardView dashboard(settings);
    int tables = 0;
    int charts = 0;
    for (DashboardPage *page : dashboard.pages()) {
        const auto views = page->findChildren<QTableView *>();
        for (QTableView *view : views) {
            QVERIFY2(TableExportAction::find(view), qPrintable(page->key()));
            ++tables;
        }
        const auto chartViews = page->findChildren<InteractiveChartView *>();
        for (InteractiveChartView *view : chartViews) {
            QVERIFY(ChartExportAction::find(view));
            ++charts;
        }
    }
    QVERIFY(tables >= 4);
    QVERIFY(charts >= 4);
}

namespace {

/// Answers the next file dialog with `filter` and `path` (typed without a suffix).
void answerFileDialog(const QString &filterStart, const QString &path)
{
    QTimer::singleShot(0, [=] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no file dialog");
            return;
        }
        for (const QString &filter : dialog->nameFilters()) {
            if (filter.startsWith(filterStart))
                dialog->selectNameFilter(filter);
        }
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept();
    });
}

} // namespace

void TestExport::actionsAskForTheFile()
{
    const auto view = makeView();
    answerFileDialog(QStringLiteral("PDF"), m_dir.filePath(QStringLiteral("from-menu")));
    ChartExportAction::find(view.get())->trigger();
    QFile pdf(m_dir.filePath(QStringLiteral("from-menu.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF"));

    const auto model = makeModel();
    QTableView table;
    table.setModel(model.get());
    table.setColumnHidden(0, true);
    auto *action = new TableExportAction(&table);
    answerFileDialog(QStringLiteral("CSV"), m_dir.filePath(QStringLiteral("from-menu")));
    action->trigger();
    QFile csv(m_dir.filePath(QStringLiteral("from-menu.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readLine().startsWith(QByteArrayLiteral("\xEF\xBB\xBF\"") + u8("案号, 备注").toUtf8()));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
