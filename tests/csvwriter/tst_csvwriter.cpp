#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QTest>

#include <initializer_list>

using namespace caseload;

namespace {

QStringList row(std::initializer_list<const char *> utf8)
{
    QStringList fields;
    for (const char *field : utf8)
        fields.append(QString::fromUtf8(field));
    return fields;
}

QList<QStringView> views(const QStringList &fields)
{
    QList<QStringView> result;
    for (const QString &field : fields)
        result.append(field);
    return result;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void formatRow_data();
    void formatRow();
    void writesUtf8WithLfAndOptionalBom_data();
    void writesUtf8WithLfAndOptionalBom();
    void destructorFlushes();
    void roundTripThroughReader();
    void flushReportsWriteFailure();
    void unpairedSurrogateStaysInItsField();
};

void TestCsvWriter::formatRow_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("expected");

    const auto add = [](const char *name, const QStringList &fields, const char *expected) {
        QTest::newRow(name) << fields << QString::fromUtf8(expected);
    };
    add("plain", row({"a", "b", "c"}), "a,b,c");
    add("chinese unquoted", row({"案号", "（2023）京0105执1号"}), "案号,（2023）京0105执1号");
    add("delimiter", row({"a,b", "c"}), "\"a,b\",c");
    add("quote doubled", row({"say \"hi\""}), "\"say \"\"hi\"\"\"");
    add("quote inside", row({"a\"b", "x"}), "\"a\"\"b\",x");
    add("lf", row({"a\nb"}), "\"a\nb\"");
    add("cr", row({"a\rb"}), "\"a\rb\"");
    add("leading blank", row({" a"}), "\" a\"");
    add("trailing blank", row({"a "}), "\"a \"");
    add("ideographic space at the end", row({"北京\u3000"}), "\"北京\u3000\"");
    add("inner blank unquoted", row({"a b"}), "a b");
    add("empty fields", row({"", "x", ""}), ",x,");
    add("one empty field", row({""}), "\"\"");
    add("no fields", QStringList(), "");
}

void TestCsvWriter::formatRow()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, expected);

    QCOMPARE(CsvWriter::formatRow(views(fields)), expected);

    // writeRow produces the same text, encoded as UTF-8 and ended by LF.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRow(fields);
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), expected.toUtf8() + '\n');
}

void TestCsvWriter::writesUtf8WithLfAndOptionalBom_data()
{
    QTest::addColumn<bool>("withBom");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray body = "\xE6\xA1\x88\xE5\x8F\xB7,amount\n" // 案号
                            "\"x,y\",1\n";
    QTest::newRow("no bom") << false << body;
    QTest::newRow("bom") << true << QByteArray("\xEF\xBB\xBF") + body;
}

void TestCsvWriter::writesUtf8WithLfAndOptionalBom()
{
    QFETCH(bool, withBom);
    QFETCH(QByteArray, expected);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, withBom);
    writer.writeRow(row({"案号", "amount"}));
    const QString first = QStringLiteral("x,y");
    const QString second = QStringLiteral("1");
    writer.writeRow(QList<QStringView> {first, second});
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), expected);
}

void TestCsvWriter::destructorFlushes()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.writeRow(row({"a", "b"}));
        QCOMPARE(buffer.data(), QByteArray()); // still buffered
    }
    QCOMPARE(buffer.data(), QByteArray("a,b\n"));
}

// Many rows (more than one internal buffer's worth) of awkward fields read back unchanged.
void TestCsvWriter::roundTripThroughReader()
{
    const QList<QStringList> samples = {
        row({"案号", "执行法院", "备注"}),
        row({"（2023）京0105执1号", "北京市朝阳区人民法院", "含\"引号\"，和逗号,"}),
        row({"", " 前后空格 ", "多\n行\r\n文本\r"}),
        row({"😀", "\"", ""}),
    };
    constexpr int repeats = 20'000;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, true);
        for (int i = 0; i < repeats; ++i)
            writer.writeRow(samples.at(i % samples.size()));
        QVERIFY(writer.flush());
    }
    buffer.close();

    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, {});
    int count = 0;
    while (reader.next()) {
        QStringList fields;
        for (QStringView field : reader.fields())
            fields.append(field.toString());
        QCOMPARE(fields, samples.at(count % samples.size()));
        ++count;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(count, repeats);
    QCOMPARE(reader.encoding(), TextEncoding::Utf8);
}

void TestCsvWriter::flushReportsWriteFailure()
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvWriter writer(&buffer);
    writer.writeRow(row({"a"}));
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!writer.flush());
    QVERIFY(data.isEmpty());
}

// Regression (found by fuzzing): a high surrogate ending a field waited in the encoder and was
// joined to the next field's low surrogate, or landed in the next row.
void TestCsvWriter::unpairedSurrogateStaysInItsField()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        CsvWriter writer(&buffer);
        writer.writeRow(
            QStringList {QStringLiteral("a") + QChar(0xD800), QChar(0xDC00) + QStringLiteral("b")});
        writer.writeRow(QStringList {QStringLiteral("z") + QChar(0xD800)});
        writer.writeRow(QStringList {QStringLiteral("next")});
        QVERIFY(writer.flush());
    }
    QCOMPARE(bytes,
        QByteArray("a\xEF\xBF\xBD,\xEF\xBF\xBD"
                   "b\nz\xEF\xBF\xBD\nnext\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
