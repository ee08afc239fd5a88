#include "XlsxWorkbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

namespace caseload::xlsx {

namespace {

QString resolvePart(const QString &baseDir, QString target)
{
    target.replace(u'\\', u'/');
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(baseDir.isEmpty() ? target : baseDir + u'/' + target);
}

QString directoryOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

bool typeEndsWith(const QString &type, QStringView suffix)
{
    return type.endsWith(suffix);
}

QString corruptPart(const Workbook &book, const QString &part, const QString &detail)
{
    return QCoreApplication::translate("XlsxReader", "%1: the workbook is corrupt (%2): %3")
        .arg(book.path, part, detail);
}

QString xmlErrorText(const QXmlStreamReader &xml)
{
    return QCoreApplication::translate("XlsxReader", "%1 (XML line %2, column %3)")
        .arg(xml.errorString(), QString::number(xml.lineNumber()), QString::number(xml.columnNumber()));
}

// Before libzip: a file that is not a zip gets a message saying what it seems to be instead.
bool checkContainer(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error
            = QCoreApplication::translate("XlsxReader", "%1: cannot open: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray head = file.read(512);
    if (head.startsWith("PK"))
        return true;
    if (head.isEmpty()) {
        *error = QCoreApplication::translate("XlsxReader", "%1: the file is empty").arg(path);
        return false;
    }
    if (head.startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
        // An OLE2 compound file: an old .xls, or an .xlsx encrypted with a password (Excel wraps the
        // encrypted package in OLE2 with an "EncryptedPackage" stream).
        QByteArray marker; // the stream's name in the OLE2 directory, in UTF-16LE
        for (const char c : QByteArrayView("EncryptedPackage"))
            marker.append(c).append('\0');
        file.seek(0);
        bool encrypted = false;
        QByteArray carry;
        while (!encrypted && !file.atEnd()) {
            const QByteArray data = carry + file.read(qint64(1) << 20);
            encrypted = data.contains(marker);
            carry = data.right(marker.size());
        }
        *error = encrypted
            ? QCoreApplication::translate("XlsxReader",
                "%1: the workbook is password-protected (encrypted); remove the password in Excel or WPS, "
                "save it and import it again")
                  .arg(path)
            : QCoreApplication::translate("XlsxReader",
                "%1: this is an old Excel .xls workbook (or another OLE2 document), not an .xlsx workbook")
                  .arg(path);
        return false;
    }
    const QByteArray start = head.trimmed();
    if (start.startsWith("<") || start.startsWith("\xEF\xBB\xBF<"))
        *error = QCoreApplication::translate("XlsxReader",
            "%1: not an .xlsx workbook: the file is an HTML or XML document (some systems export one "
            "under an .xls or .xlsx name)")
                     .arg(path);
    else
        *error = QCoreApplication::translate("XlsxReader", "%1: not an .xlsx workbook (not a zip archive)")
                     .arg(path);
    return false;
}

bool parseRelationships(const Workbook &book, const QString &relsPart, const QString &baseDir,
    QHash<QString, Relationship> *relationships, QString *error)
{
    const QByteArray data = book.zip->readEntry(relsPart, error);
    if (data.isNull())
        return false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const QXmlStreamAttributes attributes = xml.attributes();
            Relationship relationship;
            relationship.type = attributes.value(QLatin1String("Type")).toString();
            relationship.external = attributes.value(QLatin1String("TargetMode")) == u"External";
            relationship.target = relationship.external
                ? attributes.value(QLatin1String("Target")).toString()
                : resolvePart(baseDir, attributes.value(QLatin1String("Target")).toString());
            relationships->insert(attributes.value(QLatin1String("Id")).toString(), relationship);
        }
    }
    if (xml.hasError()) {
        *error = corruptPart(book, relsPart, xmlErrorText(xml));
        return false;
    }
    return true;
}

} // namespace

bool loadWorkbook(const QString &path, Workbook *book, QString *error)
{
    book->path = path;
    if (!checkContainer(path, error))
        return false;
    book->zip = ZipArchive::open(path, error);
    if (!book->zip)
        return false;

    QString workbookPart;
    if (book->zip->contains(QStringLiteral("_rels/.rels"))) {
        QHash<QString, Relationship> rootRelationships;
        if (!parseRelationships(*book, QStringLiteral("_rels/.rels"), QString(), &rootRelationships, error))
            return false;
        for (const Relationship &relationship : std::as_const(rootRelationships)) {
            if (!relationship.external && typeEndsWith(relationship.type, u"/officeDocument"))
                workbookPart = relationship.target;
        }
    }
    if (workbookPart.isEmpty() || !book->zip->contains(workbookPart))
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (!book->zip->contains(workbookPart)) {
        if (book->zip->contains(QStringLiteral("xl/workbook.bin")))
            *error = QCoreApplication::translate("XlsxReader",
                "%1: this is a binary .xlsb workbook; save it as .xlsx (Excel Workbook) and import that")
                         .arg(path);
        else if (book->zip->contains(QStringLiteral("content.xml"))
            && book->zip->contains(QStringLiteral("mimetype")))
            *error = QCoreApplication::translate(
                "XlsxReader", "%1: this is an OpenDocument file (.ods); save it as .xlsx and import that")
                         .arg(path);
        else
            *error = QCoreApplication::translate("XlsxReader",
                "%1: not an .xlsx workbook: the zip archive holds no workbook (xl/workbook.xml)")
                         .arg(path);
        return false;
    }

    const QByteArray workbookXml = book->zip->readEntry(workbookPart, error);
    if (workbookXml.isNull())
        return false;
    struct SheetRef
    {
        SheetEntry entry;
        QString relationshipId;
    };
    QList<SheetRef> refs;
    QXmlStreamReader xml(workbookXml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"workbookPr") {
            const QStringView value = xml.attributes().value(QLatin1String("date1904"));
            book->date1904 = value == u"1" || value == u"true";
        } else if (name == u"sheet") {
            SheetRef ref;
            const QXmlStreamAttributes attributes = xml.attributes();
            for (const QXmlStreamAttribute &attribute : attributes) {
                // r:id, in the transitional or the strict relationships namespace.
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    ref.relationshipId = attribute.value().toString();
            }
            ref.entry.name = attributes.value(QLatin1String("name")).toString();
            const QStringView state = attributes.value(QLatin1String("state"));
            ref.entry.hidden = state == u"hidden" || state == u"veryHidden";
            refs.append(ref);
        }
    }
    if (xml.hasError()) {
        *error = corruptPart(*book, workbookPart, xmlErrorText(xml));
        return false;
    }

    const QString baseDir = directoryOf(workbookPart);
    const QString relsPart = (baseDir.isEmpty() ? QString() : baseDir + u'/') + QStringLiteral("_rels/")
        + workbookPart.mid(baseDir.isEmpty() ? 0 : baseDir.size() + 1) + QStringLiteral(".rels");
    QHash<QString, Relationship> relationships;
    if (book->zip->contains(relsPart) && !parseRelationships(*book, relsPart, baseDir, &relationships, error))
        return false;
    for (const Relationship &relationship : std::as_const(relationships)) {
        if (relationship.external)
            continue;
        if (typeEndsWith(relationship.type, u"/sharedStrings"))
            book->sharedStringsPart = relationship.target;
        else if (typeEndsWith(relationship.type, u"/styles"))
            book->stylesPart = relationship.target;
    }
    if (book->sharedStringsPart.isEmpty() && book->zip->contains(QStringLiteral("xl/sharedStrings.xml")))
        book->sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    if (book->stylesPart.isEmpty() && book->zip->contains(QStringLiteral("xl/styles.xml")))
        book->stylesPart = QStringLiteral("xl/styles.xml");

    for (qsizetype i = 0; i < refs.size(); ++i) {
        SheetRef &ref = refs[i];
        const auto it = relationships.constFind(ref.relationshipId);
        if (it != relationships.cend() && !it->external) {
            ref.entry.part = it->target;
            ref.entry.worksheet = typeEndsWith(it->type, u"/worksheet");
        } else if (relationships.isEmpty()) {
            // No relationships at all (a careless writer): sheets are where Excel puts them.
            const QString guess = QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1);
            if (book->zip->contains(guess))
                ref.entry.part = guess;
        }
        book->sheets.append(ref.entry);
    }
    return true;
}

bool loadStyles(Workbook *book, QString *error)
{
    if (book->stylesPart.isEmpty())
        return true;
    const QByteArray data = book->zip->readEntry(book->stylesPart, error);
    if (data.isNull())
        return false;
    QHash<int, DateKind> customFormats;
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            // <numFmts> comes before <cellXfs> (the schema's order); formats in the <dxfs> after them
            // belong to conditional formats and so never reach a cell's kind.
            if (name == u"numFmt") {
                const QXmlStreamAttributes attributes = xml.attributes();
                customFormats.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                    classifyFormatCode(attributes.value(QLatin1String("formatCode"))));
            } else if (name == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && name == u"xf") {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                const auto custom = customFormats.constFind(id);
                book->styleKinds.push_back(custom != customFormats.cend() ? *custom : builtinFormatKind(id));
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError()) {
        *error = corruptPart(*book, book->stylesPart, xmlErrorText(xml));
        return false;
    }
    return true;
}


bool startSharedStrings(Workbook *book, const XlsxReader::Options &options, QString *error)
{
    if (book->sharedStringsPart.isEmpty()) {
        book->strings.finish(QString());
        return true;
    }
    std::unique_ptr<ZipArchive> zip = ZipArchive::open(book->path, error);
    if (!zip)
        return false;
    std::unique_ptr<ZipArchive::Entry> entry = zip->openEntry(book->sharedStringsPart, error);
    if (!entry)
        return false;
    book->stringsThread
        = std::thread([book, options, zip = std::move(zip), entry = std::move(entry)]() mutable {
              SharedStringsParser handler(&book->strings);
              XmlFragmentReader reader(&handler, book->path, book->sharedStringsPart, std::move(entry), "sst",
                  "si", options.chunkSize);
              reader.setFragmentsAllowed(options.fragments);
              reader.setReadToEnd(true);
              const XmlFragmentReader::Result result = reader.read(&book->stopStrings);
              const auto corrupt = [&](const QString &detail) {
                  return QCoreApplication::translate("XlsxReader", "the workbook is corrupt (%1): %2")
                      .arg(book->sharedStringsPart, detail);
              };
              QString message;
              switch (result) {
              case XmlFragmentReader::Result::Finished:
                  break;
              case XmlFragmentReader::Result::Stopped: // only when the workbook goes away: nobody reads this
                  message = QStringLiteral("stopped");
                  break;
              case XmlFragmentReader::Result::ReadError:
                  message = reader.errorDetail();
                  break;
              case XmlFragmentReader::Result::Truncated:
                  message
                      = corrupt(QCoreApplication::translate("XlsxReader", "the XML ends early (truncated)"));
                  break;
              case XmlFragmentReader::Result::XmlError:
                  message = corrupt(reader.errorDetail());
                  break;
              }
              book->strings.finish(message);
          });
    return true;
}

} // namespace caseload::xlsx
