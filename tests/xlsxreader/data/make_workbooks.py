#!/usr/bin/env python3
"""Writes the workbooks tst_xlsxreader reads.

  make_workbooks.py OUTDIR           the test's workbooks (openpyxl, and hand-written parts zipped
                                     with zipfile where openpyxl cannot write them: shared strings,
                                     formula strings, t="d" and t="e" cells, rows without r, ...)
  make_workbooks.py --fixture CSV OUT.xlsx
                                     the committed openpyxl fixture, from the committed CSV
  make_workbooks.py --bench CSV OUT.xlsx
                                     a large workbook (openpyxl write_only) from the generator's CSV,
                                     for the reader's benchmark

The committed LibreOffice fixture was made once with
  soffice --headless --infilter=CSV:44,34,76,1 --convert-to xlsx fixture.csv
(44: comma, 34: quote, 76: UTF-8, 1: start at line 1) and renamed to libreoffice-fixture.xlsx.
"""

import csv
import datetime
import os
import re
import sys
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# ---------------------------------------------------------------------------------------------
# Workbooks written by openpyxl


def types_workbook(path):
    """An empty first sheet, then a court export: a merged title row, a two-row merged header,
    dates in built-in and Chinese custom formats, numbers, booleans, text, gaps."""
    wb = openpyxl.Workbook()
    empty = wb.active
    empty.title = "空白"

    ws = wb.create_sheet("执行案件")
    ws["A1"] = "2023年执行案件统计表"
    ws.merge_cells("A1:J1")
    for column, title in zip("ADEFGHIJ", ["案号", "立案日期", "标的金额（元）", "结案", "执行法官",
                                           "备注", "结案时间", "公式"]):
        ws[f"{column}2"] = title
        ws.merge_cells(f"{column}2:{column}3")
    ws["B2"] = "当事人"
    ws.merge_cells("B2:C2")
    ws["B3"] = "申请人"
    ws["C3"] = "被执行人"

    ws["A4"] = "（２０１６）京０１０１执１２３号"
    ws["B4"] = "张三"
    ws["C4"] = "北京某某有限公司"
    ws["D4"] = datetime.date(2016, 3, 1)
    ws["D4"].number_format = 'yyyy"年"m"月"d"日"'
    ws["E4"] = 560000.5
    ws["E4"].number_format = '#,##0.00"元"'
    ws["F4"] = True
    ws["G4"] = "李法官"
    ws["H4"] = "2016-03-01"  # text that looks like a date stays text
    ws["I4"] = datetime.datetime(2016, 3, 1, 10, 22, 5)
    ws["I4"].number_format = "yyyy-mm-dd hh:mm:ss"
    ws["J4"] = "=E4*2"  # openpyxl stores no cached value

    ws["A5"] = "(2016)京0101执124号"
    ws["B5"] = "王五"
    ws["D5"] = datetime.date(2017, 12, 31)
    ws["D5"].number_format = "mm-dd-yy"  # built-in format 14
    ws["E5"] = 120000
    ws["F5"] = False
    ws["H5"] = "  备注  "
    ws["I5"] = datetime.date(2018, 1, 2)
    ws["I5"].number_format = '[$-804]yyyy"年"m"月"d"日";@'

    # row 6 absent
    ws["A7"] = "(2016)京0101执125号"
    ws["D7"] = datetime.date(2016, 2, 29)
    ws["D7"].number_format = "yyyy/m/d;@"
    ws["E7"] = 0.1
    ws["E7"].number_format = "0.00"
    ws["G7"] = "赵法官"

    ws["A8"].number_format = "0.00"  # a styled cell without a value: the row is blank

    ws["A9"] = "时间"
    ws["B9"] = datetime.time(10, 30)
    ws["B9"].number_format = "hh:mm"
    ws["C9"] = datetime.datetime(1900, 1, 1)
    ws["C9"].number_format = "yyyy-mm-dd"
    ws["D9"] = datetime.datetime(1900, 3, 1)
    ws["D9"].number_format = "yyyy-mm-dd"
    ws["E9"] = 60  # Excel's fictitious 1900-02-29
    ws["E9"].number_format = "yyyy-mm-dd"
    ws["F9"] = -1  # before Excel's first day: left as a number
    ws["F9"].number_format = "yyyy-mm-dd"
    ws["G9"] = 45000.5
    ws["G9"].number_format = "m/d/yy h:mm"  # built-in format 22
    ws["H9"] = 1e-7
    ws["I9"] = 2 ** 40

    other = wb.create_sheet("My Sheet")
    other["B2"] = "y"
    other["A1"] = "x"
    wb.save(path)


def date1904_workbook(path):
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = datetime.date(2016, 3, 1)
    ws["A1"].number_format = "yyyy-mm-dd"
    ws["B1"] = datetime.datetime(2016, 3, 1, 6, 0, 0)
    ws["B1"].number_format = "yyyy-mm-dd hh:mm"
    ws["C1"] = 42430  # a plain number, whatever the date system
    wb.save(path)


def write_only_workbook(path):
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("导出")
    ws.append(["案号", "金额", "日期"])
    ws.append(["(2016)京0101执1号", 1.5, None])
    ws.append([])
    ws.append([None, None, "x"])
    wb.save(path)


def all_empty_workbook(path):
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    second = wb.create_sheet("Sheet2")
    second["B2"].number_format = "0.00"  # styled but empty
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# Workbooks written by hand, for what openpyxl never writes


CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""

ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL_NS}">
<Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{NS}">
<numFmts count="8">
<numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
<numFmt numFmtId="177" formatCode="yyyy/m/d;@"/>
<numFmt numFmtId="178" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/>
<numFmt numFmtId="179" formatCode="0.00"/>
<numFmt numFmtId="180" formatCode="#,##0.00&quot;元&quot;"/>
<numFmt numFmtId="181" formatCode="[h]:mm:ss"/>
<numFmt numFmtId="182" formatCode="[Red]0.00"/>
<numFmt numFmtId="183" formatCode="&quot;d&quot;0\\h_d"/>
</numFmts>
<cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="0"/></cellStyleXfs>
<cellXfs count="15">
<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"><alignment horizontal="left"/></xf><xf numFmtId="177"/>
<xf numFmtId="178"/><xf numFmtId="179"/><xf numFmtId="180"/><xf numFmtId="49"/><xf numFmtId="22"/>
<xf numFmtId="31"/><xf numFmtId="58"/><xf numFmtId="181"/><xf numFmtId="182"/><xf numFmtId="20"/>
<xf numFmtId="183"/>
</cellXfs>
<dxfs count="1"><dxf><numFmt numFmtId="179" formatCode="yyyy-mm-dd"/></dxf></dxfs>
</styleSheet>"""

SHARED_STRINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="{NS}" count="6" uniqueCount="6">
<si><t>案号</t></si>
<si><r><rPr><b/></rPr><t>张</t></r><r><t xml:space="preserve">三 </t></r></si>
<si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
<si><t>line1_x000D_
line2</t></si>
<si><t/></si>
<si><t>&lt;tag&gt; &amp; more</t></si>
</sst>"""

STRINGS_SHEET = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{NS}" xmlns:r="{REL_NS}"><dimension ref="A1:P6"/><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>
<row><c t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c t="str"><f>A1&amp;"x"</f><v>案号x</v></c><c t="e"><v>#N/A</v></c><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="d"><v>2016-03-01T10:22:05Z</v></c><c t="d"><v>2016-03-01T00:00:00</v></c><c><v>42</v></c><c t="n"><v>1.2E+05</v></c><c t="inlineStr"><is><r><t>大阪</t></r><rPh sb="0" eb="2"><t>オオサカ</t></rPh></is></c></row>
<row r="3"><c r="A3" s="1"><v>42430</v></c><c r="B3" s="2"><v>42430.5</v></c><c r="C3" s="3"><v>42430</v></c><c r="D3" s="4"><v>43466</v></c><c r="E3" s="5"><v>560000.5</v></c><c r="F3" s="6"><v>1234.5</v></c><c r="G3" s="7"><v>20160301</v></c><c r="H3" s="8"><v>42430.43200231481</v></c><c r="I3" s="9"><v>42430</v></c><c r="J3" s="10"><v>42430</v></c><c r="K3" s="11"><v>0.75</v></c><c r="L3" s="12"><v>3.5</v></c><c r="M3" s="13"><v>0.5</v></c><c r="N3" s="14"><v>7</v></c><c r="O3" s="99"><v>5</v></c><c r="P3" s="1" t="str"><v>2016-03-01</v></c></row>
<row r="5"><c r="A5" s="1"/><c r="B5"/></row>
<row r="6"><c r="C6"><v>3</v></c><c r="E6" t="s"><v>0</v></c></row>
</sheetData></worksheet>"""

GAPS_SHEET = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{NS}"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>t</t></is></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t>x</t></is></c></row>
<row r="6"><c r="B6" t="inlineStr"><is><t>y</t></is></c></row>
<row r="8"><c r="A8" t="inlineStr"><is><t>end</t></is></c></row>
</sheetData><mergeCells count="3"><mergeCell ref="A1:C2"/><mergeCell ref="A4:A6"/>
<mergeCell ref="A8:B9"/></mergeCells></worksheet>"""

# The same cells as GAPS_SHEET, written the way the .NET Open XML SDK writes: a prefix on every
# element, and a chart sheet first.
PREFIXED_SHEET = f"""<?xml version="1.0" encoding="utf-8"?>
<x:worksheet xmlns:x="{NS}"><x:sheetData>
<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>t</x:t></x:is></x:c></x:row>
<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></x:row>
<x:row r="6"><x:c r="B6" t="inlineStr"><x:is><x:t>y</x:t></x:is></x:c></x:row>
<x:row r="8"><x:c r="A8" t="inlineStr"><x:is><x:t>end</x:t></x:is></x:c></x:row>
</x:sheetData><x:mergeCells count="3"><x:mergeCell ref="A1:C2"/><x:mergeCell ref="A4:A6"/>
<x:mergeCell ref="A8:B9"/></x:mergeCells></x:worksheet>"""


def workbook_xml(sheets, date1904=False):
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    entries = "".join(
        f'<sheet name="{name}" sheetId="{i + 1}"{state} r:id="rId{i + 1}"/>'
        for i, (name, state) in enumerate(sheets))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{NS}" xmlns:r="{REL_NS}">{pr}<sheets>{entries}</sheets></workbook>')


def workbook_rels(targets, shared=True):
    rels = [f'<Relationship Id="rId{i + 1}" Type="{DOC_REL}/{kind}" Target="{target}"/>'
            for i, (kind, target) in enumerate(targets)]
    rels.append(f'<Relationship Id="rIdStyles" Type="{DOC_REL}/styles" Target="/xl/styles.xml"/>')
    if shared:
        rels.append(f'<Relationship Id="rIdStrings" Type="{DOC_REL}/sharedStrings" '
                    f'Target="sharedStrings.xml"/>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{PKG_REL_NS}">{"".join(rels)}</Relationships>')


def write_zip(path, parts, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, text in parts:
            z.writestr(name, text.encode("utf-8") if isinstance(text, str) else text)


def handmade_workbook(path):
    """Shared strings (rich text, phonetic runs, escapes), formula strings, errors, booleans, ISO
    dates, cells and rows without r, custom and built-in date formats; a hidden sheet of merges
    over rows absent from the file; a prefixed sheet after a chart sheet."""
    write_zip(path, [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook_xml([("Strings", ""), ("Gaps", ' state="hidden"'),
                                          ("Chart", ""), ("Prefixed", "")])),
        ("xl/_rels/workbook.xml.rels", workbook_rels([
            ("worksheet", "/xl/worksheets/sheet1.xml"), ("worksheet", "worksheets/sheet2.xml"),
            ("chartsheet", "chartsheets/sheet1.xml"), ("worksheet", "worksheets/../worksheets/sheet3.xml")])),
        ("xl/styles.xml", STYLES),
        ("xl/sharedStrings.xml", SHARED_STRINGS),
        ("xl/worksheets/sheet1.xml", STRINGS_SHEET),
        ("xl/worksheets/sheet2.xml", GAPS_SHEET),
        ("xl/chartsheets/sheet1.xml", f'<chartsheet xmlns="{NS}"/>'),
        ("xl/worksheets/sheet3.xml", PREFIXED_SHEET),
    ])


def date1904_handmade(path):
    sheet = (f'<worksheet xmlns="{NS}"><sheetData><row r="1">'
             '<c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>40968</v></c>'
             '<c r="C1" s="1"><v>40968.25</v></c><c r="D1" s="13"><v>0.5</v></c></row>'
             '</sheetData></worksheet>')
    write_zip(path, [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook_xml([("Mac", "")], date1904=True)),
        ("xl/_rels/workbook.xml.rels", workbook_rels([("worksheet", "worksheets/sheet1.xml")], shared=False)),
        ("xl/styles.xml", STYLES),
        ("xl/worksheets/sheet1.xml", sheet),
    ])


def single_sheet_workbook(path, sheet_xml, name="Sheet1", compression=zipfile.ZIP_DEFLATED):
    write_zip(path, [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook_xml([(name, "")])),
        ("xl/_rels/workbook.xml.rels", workbook_rels([("worksheet", "worksheets/sheet1.xml")])),
        ("xl/styles.xml", STYLES),
        ("xl/sharedStrings.xml", SHARED_STRINGS),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ], compression)


def names_workbook(path):
    """Sheets whose names Excel quotes in references, and some it does not; one cell each, at B3."""
    names = ["A1", "O'Brien", "2019数据", "Data_2019", "执行案件", "R2C3", "My Sheet"]
    sheet = (f'<worksheet xmlns="{NS}"><sheetData><row r="3"><c r="B3" t="inlineStr"><is><t>v</t></is></c>'
             '</row></sheetData></worksheet>')
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook_xml([(name.replace("'", "&apos;"), "") for name in names])),
        ("xl/_rels/workbook.xml.rels",
         workbook_rels([("worksheet", f"worksheets/sheet{i + 1}.xml") for i in range(len(names))], shared=False)),
        ("xl/styles.xml", STYLES),
    ]
    parts += [(f"xl/worksheets/sheet{i + 1}.xml", sheet) for i in range(len(names))]
    write_zip(path, parts)


GOOD_ROWS = ('<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>'
             '<row r="2"><c r="A2"><v>42</v></c></row>')


def bad_workbooks(outdir):
    single_sheet_workbook(os.path.join(outdir, "corrupt-xml.xlsx"),
                          f'<worksheet xmlns="{NS}"><sheetData>{GOOD_ROWS}'
                          '<row r="3"><c r="A3"><v>1</v></row></sheetData></worksheet>')
    single_sheet_workbook(os.path.join(outdir, "truncated-xml.xlsx"),
                          f'<worksheet xmlns="{NS}"><sheetData>{GOOD_ROWS}<row r="3"><c r="A3"><v>1')
    single_sheet_workbook(os.path.join(outdir, "bad-shared-string.xlsx"),
                          f'<worksheet xmlns="{NS}"><sheetData>{GOOD_ROWS}'
                          '<row r="3"><c r="B3" t="s"><v>99</v></c></row></sheetData></worksheet>')
    # An entry whose bytes no longer match its CRC: stored uncompressed, then one digit changed.
    crc = os.path.join(outdir, "crc-error.xlsx")
    single_sheet_workbook(crc, f'<worksheet xmlns="{NS}"><sheetData>{GOOD_ROWS}</sheetData></worksheet>',
                          compression=zipfile.ZIP_STORED)
    data = open(crc, "rb").read()
    assert data.count(b"<v>42</v>") == 1
    open(crc, "wb").write(data.replace(b"<v>42</v>", b"<v>43</v>"))
    write_zip(os.path.join(outdir, "no-workbook.xlsx"), [("hello.txt", "not a workbook\n")])


# Rows the reader's fast path (pugixml on fragments cut after </row>) cannot take as they come, so
# that it hands them to expat: a comment and a CDATA section holding "</row>" (a cut there leaves a
# fragment that does not parse), a row end with a space before ">" (no cut), and character data
# pugixml must keep as expat does (a single space, entities, character references, CR LF).
FRAGMENT_ROWS = ('<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1"><v>1</v></c></row>'
                 '<!-- a comment that holds </row><row r="99"> and more -->'
                 '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> </t></is></c>'
                 '<c r="B2" t="str"><v><![CDATA[x</row>y & <z>]]></v></c></row>'
                 '<row r="3" ><c r="A3" t="inlineStr"><is><t>&#26696;&amp;&lt;&#x53F7;</t></is></c>'
                 '<c r="B3" t="inlineStr"><is><t>p\r\nq</t></is></c></row >'
                 '<row r="4"><c r="A4"><v>4</v></c></row>')


def fragment_workbooks(outdir):
    single_sheet_workbook(os.path.join(outdir, "fragments.xlsx"),
                          f'<worksheet xmlns="{NS}"><sheetData>{FRAGMENT_ROWS}</sheetData></worksheet>')
    # A DTD's entities are expat's to expand: such a sheet is read by expat alone.
    single_sheet_workbook(os.path.join(outdir, "doctype.xlsx"),
                          '<?xml version="1.0" encoding="UTF-8"?>'
                          '<!DOCTYPE worksheet [<!ENTITY court "示例法院">]>'
                          f'<worksheet xmlns="{NS}"><sheetData>{GOOD_ROWS}'
                          '<row r="3"><c r="A3" t="inlineStr"><is><t>&court;</t></is></c></row>'
                          '</sheetData></worksheet>')
    # The same for the shared strings, cut after </si>.
    strings = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{NS}"><si><t>一</t></si>'
               '<!-- </si><si><t>not a string</t></si> --><si><t><![CDATA[二</si>]]></t></si>'
               '<si><r><t>三</t></r><rPh sb="0" eb="1"><t>さん</t></rPh></si><si><t>四&amp;&#20116;</t></si></sst>')
    write_zip(os.path.join(outdir, "fragment-strings.xlsx"), [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook_xml([("Sheet1", "")])),
        ("xl/_rels/workbook.xml.rels", workbook_rels([("worksheet", "worksheets/sheet1.xml")])),
        ("xl/styles.xml", STYLES),
        ("xl/sharedStrings.xml", strings),
        ("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
         '<c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>'
         '</sheetData></worksheet>'),
    ])
    # The end of a shared strings part is read as expat reads it: junk after </sst>, and a CRC that
    # does not match (stored uncompressed, then a byte of the last string changed).
    strings_sheet = (f'<worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
                     '<c r="B1" t="s"><v>1</v></c></row></sheetData></worksheet>')
    def strings_workbook(name, strings_xml, compression=zipfile.ZIP_DEFLATED):
        write_zip(os.path.join(outdir, name), [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", ROOT_RELS),
            ("xl/workbook.xml", workbook_xml([("Sheet1", "")])),
            ("xl/_rels/workbook.xml.rels", workbook_rels([("worksheet", "worksheets/sheet1.xml")])),
            ("xl/styles.xml", STYLES),
            ("xl/sharedStrings.xml", strings_xml),
            ("xl/worksheets/sheet1.xml", strings_sheet),
        ], compression)
    good_strings = f'<sst xmlns="{NS}"><si><t>甲</t></si><si><t>LAST</t></si></sst>'
    strings_workbook("strings-junk.xlsx", good_strings + "<junk/>")
    strings_workbook("strings-epilog.xlsx", good_strings + "<!-- written by hand --><?pi x?>\n")
    path = os.path.join(outdir, "strings-crc.xlsx")
    strings_workbook("strings-crc.xlsx", good_strings, zipfile.ZIP_STORED)
    data = open(path, "rb").read()
    assert data.count(b"<t>LAST</t>") == 1
    open(path, "wb").write(data.replace(b"<t>LAST</t>", b"<t>LOST</t>"))
    # Bytes that are not UTF-8 on row 3 (the sheet says it is UTF-8).
    single_sheet_workbook(os.path.join(outdir, "bad-utf8.xlsx"),
                          f'<worksheet xmlns="{NS}"><sheetData>{GOOD_ROWS}'.encode()
                          + b'<row r="3"><c r="A3" t="inlineStr"><is><t>\xff\xfe</t></is></c></row>'
                          + b'</sheetData></worksheet>')


# Mutants of a sheet and of a shared strings part, for the differential test of the two parsers (pugixml
# fragments against expat alone): each mutant changes a few bytes of well-formed parts at random (a
# fixed seed: the same files every run). Most stay well-formed; the rest must fail the same way.
MUTANT_COUNT = 60


def mutant_workbooks(outdir):
    import random
    rng = random.Random(20261127)
    rows = []
    for r in range(1, 41):
        rows.append(f'<row r="{r}"><c r="A{r}" t="s"><v>{r % 5}</v></c><c r="B{r}" t="inlineStr"><is><t>'
                    f'行{r}&amp;&#26696;</t></is></c><c r="C{r}" s="1"><v>{42430 + r}</v></c>'
                    f'<c r="D{r}" t="b"><v>{r % 2}</v></c><c r="E{r}"><f>1+1</f><v>{r}.5</v></c></row>')
    sheet = f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{NS}"><sheetData>{"".join(rows)}</sheetData></worksheet>'
    strings = (f'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="{NS}"><si><t>甲</t></si><si><r><t>乙</t></r>'
               '<r><t xml:space="preserve"> 丙</t></r></si><si><t>丁&lt;</t></si><si><t/></si>'
               '<si><t>戊</t><rPh sb="0" eb="1"><t>ぼ</t></rPh></si></sst>')
    pieces = ["<", ">", "/", "&", ";", "\"", "'", "=", " ", "\r\n", "<!--", "-->", "<![CDATA[", "]]>", "</row>",
              "<row>", "</c>", "<c>", "</si>", "<si>", "&#0;", "&#x110000;", "&#x53F7;", "&lt;", "&bogus;",
              "\u00e9", "\ud7ff", "x:", "<?pi?>"]
    for n in range(MUTANT_COUNT):
        parts = [sheet, strings]
        target = rng.randrange(2)
        text = parts[target]
        start = text.index("<sheetData>") if target == 0 else text.index("<si>")
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(start, len(text))
            kind = rng.randrange(3)
            if kind == 0:
                text = text[:at] + rng.choice(pieces) + text[at:]
            elif kind == 1:
                text = text[:at] + text[at + rng.randint(1, 6):]
            else:
                text = text[:at] + rng.choice(pieces) + text[at + rng.randint(1, 4):]
        parts[target] = text
        write_zip(os.path.join(outdir, f"mutant-{n:02d}.xlsx"), [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", ROOT_RELS),
            ("xl/workbook.xml", workbook_xml([("Sheet1", "")])),
            ("xl/_rels/workbook.xml.rels", workbook_rels([("worksheet", "worksheets/sheet1.xml")])),
            ("xl/styles.xml", STYLES),
            ("xl/sharedStrings.xml", parts[1].encode("utf-8", "surrogatepass")),
            ("xl/worksheets/sheet1.xml", parts[0].encode("utf-8", "surrogatepass")),
        ])


# Many rows, for what the reader's threads do over many batches: MANY_ROWS rows, each with a shared
# string (string k is "案k号", in the order the cells use them), an inline string, a number and a
# date (built-in format 14: serial 42430 + r is 2016-03-01 plus r days). Rows whose number ends in
# 500 are absent. Row 1 also uses the last shared string, so its cell waits for the whole table.
MANY_ROWS = 5000


def many_rows_sheet(rows, bad_row=None):
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{NS}"><sheetData>']
    for r in range(1, rows + 1):
        if r % 1000 == 500:
            continue
        if r == bad_row:
            parts.append(f'<row r="{r}"><c r="A{r}"><v>1</v></row>')  # </c> missing
            continue
        last = f'<c r="E{r}" t="s"><v>{rows - 1}</v></c>' if r == 1 else ""
        parts.append(f'<row r="{r}"><c r="A{r}" t="s"><v>{r - 1}</v></c>'
                     f'<c r="B{r}" t="inlineStr"><is><t>inline {r}</t></is></c>'
                     f'<c r="C{r}"><v>{r}.5</v></c><c r="D{r}" s="1"><v>{42430 + r}</v></c>{last}</row>')
    parts.append("</sheetData></worksheet>")
    return "".join(parts)


def many_strings(count, broken_after=None):
    items = []
    for k in range(count):
        if k == broken_after:
            items.append("<si><t>broken</x></si>")
            break
        items.append(f"<si><t>案{k}号</t></si>")
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<sst xmlns="{NS}" count="{count}" uniqueCount="{count}">{"".join(items)}</sst>')


def many_rows_workbooks(outdir):
    def workbook(name, sheet_xml, strings_xml):
        write_zip(os.path.join(outdir, name), [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", ROOT_RELS),
            ("xl/workbook.xml", workbook_xml([("Rows", "")])),
            ("xl/_rels/workbook.xml.rels", workbook_rels([("worksheet", "worksheets/sheet1.xml")])),
            ("xl/styles.xml", STYLES),
            ("xl/sharedStrings.xml", strings_xml),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ])

    workbook("many-rows.xlsx", many_rows_sheet(MANY_ROWS), many_strings(MANY_ROWS))
    # Malformed XML on row 3001, after three batches of rows.
    workbook("late-error.xlsx", many_rows_sheet(MANY_ROWS, bad_row=3001), many_strings(MANY_ROWS))
    # Shared strings malformed after string 2: rows 1 and 2 read, row 3 needs the broken string.
    sheet = (f'<worksheet xmlns="{NS}"><sheetData>'
             + "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>{r - 1}</v></c></row>' for r in (1, 2, 3))
             + "</sheetData></worksheet>")
    workbook("corrupt-strings.xlsx", sheet, many_strings(10, broken_after=2))
    # The same table with a sheet that needs only its first two strings: the error comes at the end.
    sheet = (f'<worksheet xmlns="{NS}"><sheetData>'
             + "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>{r - 1}</v></c></row>' for r in (1, 2))
             + "</sheetData></worksheet>")
    workbook("corrupt-strings-unused.xlsx", sheet, many_strings(10, broken_after=2))
    # An empty first sheet: open() reads it to its end to find it empty, and so waits for the strings.
    write_zip(os.path.join(outdir, "corrupt-strings-empty-first.xlsx"), [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook_xml([("Empty", ""), ("Rows", "")])),
        ("xl/_rels/workbook.xml.rels",
         workbook_rels([("worksheet", "worksheets/sheet1.xml"), ("worksheet", "worksheets/sheet2.xml")])),
        ("xl/styles.xml", STYLES),
        ("xl/sharedStrings.xml", many_strings(10, broken_after=2)),
        ("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{NS}"><sheetData/></worksheet>'),
        ("xl/worksheets/sheet2.xml", sheet),
    ])


# ---------------------------------------------------------------------------------------------


def typed(value):
    """A CSV field as openpyxl should store it: ISO dates as dates, numbers as numbers."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return datetime.datetime.strptime(value, "%Y-%m-%d")
    if re.fullmatch(r"-?\d+", value) and len(value) < 16:
        return int(value)
    if re.fullmatch(r"-?\d+\.\d+", value):
        return float(value)
    return value if value != "" else None


def csv_to_workbook(csv_path, xlsx_path, write_only):
    wb = openpyxl.Workbook(write_only=write_only)
    ws = wb.create_sheet("Sheet1") if write_only else wb.active
    if not write_only:
        ws.title = "Sheet1"
    with open(csv_path, newline="", encoding="utf-8-sig") as f:
        for number, record in enumerate(csv.reader(f)):
            row = [typed(v) if number > 0 else v for v in record]
            if write_only:
                cells = []
                for value in row:
                    cell = openpyxl.cell.WriteOnlyCell(ws, value)
                    if isinstance(value, datetime.datetime):
                        cell.number_format = "yyyy-mm-dd"
                    cells.append(cell)
                ws.append(cells)
            else:
                ws.append(row)
                for cell in ws[ws.max_row]:
                    if isinstance(cell.value, datetime.datetime):
                        cell.number_format = "yyyy-mm-dd"
    wb.save(xlsx_path)


def main(argv):
    if len(argv) == 4 and argv[1] in ("--fixture", "--bench"):
        csv_to_workbook(argv[2], argv[3], write_only=argv[1] == "--bench")
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    types_workbook(os.path.join(outdir, "types.xlsx"))
    date1904_workbook(os.path.join(outdir, "date1904.xlsx"))
    write_only_workbook(os.path.join(outdir, "write-only.xlsx"))
    all_empty_workbook(os.path.join(outdir, "all-empty.xlsx"))
    handmade_workbook(os.path.join(outdir, "handmade.xlsx"))
    date1904_handmade(os.path.join(outdir, "date1904-handmade.xlsx"))
    names_workbook(os.path.join(outdir, "names.xlsx"))
    bad_workbooks(outdir)
    fragment_workbooks(outdir)
    mutant_workbooks(outdir)
    many_rows_workbooks(outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
