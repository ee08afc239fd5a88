#!/usr/bin/python3
"""Rebuilds the workbook fixtures of tst_xlsreader and tst_fileformat. Run by hand once; the results
are committed, and the tests never need LibreOffice.

Needs Debian's python3-openpyxl, python3-uno, python3-xlrd and libreoffice-calc-nogui:
    /usr/bin/python3 tests/xlsreader/data/make_fixtures.py [OUTPUT_NAME...]
With names (such as "values.xls formulas.xls") only those outputs are written; the others stay as
committed (LibreOffice stamps every save, so rewriting them would change their bytes for nothing).

openpyxl writes cases.xlsx (three sheets, the first one empty; dates, a time, a title row merged
over the header, formulas, a boolean), then LibreOffice, driven through UNO, saves it as
- tests/xlsreader/data/cases.xls       BIFF8 ("MS Excel 97"); 执行案件 holds 3 FORMULA records: E7,
                                       the boolean F7 (LibreOffice writes TRUE as a formula) and the
                                       合计 SUM in D9
- tests/xlsreader/data/protected.xls   BIFF8 encrypted with the password "secret" (RC4 CryptoAPI)
- tests/xlsreader/data/protected.xlsx  ECMA-376 Standard encryption, password "secret"
- tests/fileformat/data/report.xls     the workbook as an HTML page, as some court systems export
and the openpyxl file itself is kept as tests/fileformat/data/cases.xlsx. Then
- tests/xlsreader/data/values.xls      the same workbook with the formulas' results typed in as
                                       values and F7 left empty: no formula anywhere
- tests/xlsreader/data/formulas.xls    sheets 汇总 (5 formula cells over 执行案件 in A1:A5, nothing
                                       else: FreeXL alone sees an empty sheet), 执行案件 (data only)
                                       and 计算 (a computed column 未执行金额 over 3 rows and a 合计
                                       row of 2 SUMs: 5 formula cells)
Each .xls is checked with xlrd: the formula counts above, and the cached results of the formulas.
"""
import datetime
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time

import olefile
import openpyxl
import uno
import xlrd
from com.sun.star.beans import NamedValue, PropertyValue

here = os.path.dirname(os.path.abspath(__file__))
xls_dir = here
format_dir = os.path.join(here, "..", "..", "fileformat", "data")
work = tempfile.mkdtemp()
only = set(sys.argv[1:])


def wanted(name):
    return not only or name in only


def cases_workbook(with_formulas):
    wb = openpyxl.Workbook()
    wb.active.title = "Empty"
    ws = wb.create_sheet("执行案件")
    ws["A1"] = "2016年执行案件统计表"
    ws.merge_cells("A1:G1")
    ws.append([])
    ws.append(["案号", "立案日期", "结案日期", "申请执行标的(元)", "实际到位金额", "承办人", "备注"])
    ws.append(["(2016)京0105执1234号", datetime.date(2016, 3, 1), datetime.date(2016, 7, 30), 560000.5, 125000, "张三", None])
    ws.append(["(2016)京0105执1235号", datetime.date(2016, 3, 2), None, 1200000, 0, "李四", "未结"])
    ws.append(["(2016)京0105执1236号", datetime.datetime(2016, 3, 3, 10, 22, 5), datetime.datetime(2016, 7, 30), 0.1, -42])
    ws.append(["0012345", datetime.date(2016, 3, 4), datetime.time(10, 30), 1234567.89,
              "=D7*2" if with_formulas else 2469135.78, True if with_formulas else None, 1.5e20])
    ws.append([])
    ws.append(["合计", None, None, "=SUM(D4:D7)" if with_formulas else 2994568.49])
    for cell in ("B4", "C4", "B5", "B7"):
        ws[cell].number_format = "yyyy-mm-dd"
    ws["B6"].number_format = "yyyy-mm-dd hh:mm:ss"
    ws["C6"].number_format = "yyyy-mm-dd hh:mm:ss"
    ws["B7"].number_format = 'yyyy"年"m"月"d"日"'
    ws["C7"].number_format = "hh:mm:ss"
    ws["A7"].number_format = "@"
    closed = wb.create_sheet("Closed cases")
    closed.append(["案号", "结案方式"])
    closed.append(["(2015)京0105执99号", "终结本次执行程序"])
    return wb


def formulas_workbook():
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "汇总"
    for formula in ("=COUNTA(执行案件!A2:A4)", "=SUM(执行案件!B2:B4)", "=SUM(执行案件!C2:C4)", "=A3/A2", "=A1-1"):
        summary.append([formula])
    data = wb.create_sheet("执行案件")
    data.append(["案号", "申请执行标的(元)", "实际到位金额"])
    data.append(["(2016)京0105执1234号", 560000.5, 125000])
    data.append(["(2016)京0105执1235号", 1200000, 0])
    data.append(["(2016)京0105执1236号", 3000, 3000])
    computed = wb.create_sheet("计算")
    computed.append(["案号", "申请执行标的(元)", "实际到位金额", "未执行金额"])
    for row in range(2, 5):
        computed.append([data.cell(row, 1).value, data.cell(row, 2).value, data.cell(row, 3).value,
                         f"=B{row}-C{row}"])
    computed.append(["合计", "=SUM(B2:B4)", "=SUM(C2:C4)", None])
    return wb


xlsx = os.path.join(work, "cases.xlsx")
cases_workbook(True).save(xlsx)
if wanted("cases.xlsx"):
    shutil.copy(xlsx, os.path.join(format_dir, "cases.xlsx"))
values_xlsx = os.path.join(work, "values.xlsx")
cases_workbook(False).save(values_xlsx)
formulas_xlsx = os.path.join(work, "formulas.xlsx")
formulas_workbook().save(formulas_xlsx)


def prop(name, value, kind=PropertyValue):
    p = kind()
    p.Name, p.Value = name, value
    return p


port = 2002 + os.getpid() % 1000
office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore",
                           f"--accept=socket,host=localhost,port={port};urp;"], env=dict(os.environ, HOME=work))
desktop = None
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            ctx = resolver.resolve(f"uno:socket,host=localhost,port={port};urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.5)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)

    def load(path):
        return desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))

    def save(doc, path, *properties):
        if wanted(os.path.basename(path)):
            uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(os.path.abspath(path)), tuple(properties)))

    doc = load(xlsx)
    save(doc, os.path.join(xls_dir, "cases.xls"), prop("FilterName", "MS Excel 97"))
    save(doc, os.path.join(xls_dir, "protected.xls"), prop("FilterName", "MS Excel 97"), prop("Password", "secret"))
    # For OOXML the filter ignores a plain "Password"; it encrypts when given the encryption data its
    # password dialog would produce.
    encryption = uno.Any("[]com.sun.star.beans.NamedValue",
                         (prop("OOXPassword", "secret", NamedValue), prop("CryptoType", "Standard", NamedValue)))
    save(doc, os.path.join(xls_dir, "protected.xlsx"), prop("FilterName", "Calc MS Excel 2007 XML"),
         prop("EncryptionData", encryption))
    save(doc, os.path.join(format_dir, "report.xls"), prop("FilterName", "HTML (StarCalc)"))
    doc.close(True)
    doc = load(values_xlsx)
    save(doc, os.path.join(xls_dir, "values.xls"), prop("FilterName", "MS Excel 97"))
    doc.close(True)
    doc = load(formulas_xlsx)
    # openpyxl stores no results: let LibreOffice compute them, so the .xls holds them as Excel would.
    doc.calculateAll()
    save(doc, os.path.join(xls_dir, "formulas.xls"), prop("FilterName", "MS Excel 97"))
    doc.close(True)
finally:
    if desktop is not None:
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge drops as the office quits
    try:
        office.wait(timeout=30)
    except subprocess.TimeoutExpired:
        office.kill()
    shutil.rmtree(work, ignore_errors=True)


# The fixtures hold what the tests say they hold: FORMULA records per sheet, and the results xlrd reads.
def count_formulas(path):
    ole = olefile.OleFileIO(path)
    data = ole.openstream("Workbook" if ole.exists("Workbook") else "Book").read()
    counts, sheet, pos = [], -1, 0
    while pos + 4 <= len(data):
        kind, length = struct.unpack_from("<HH", data, pos)
        if kind == 0x0809:
            sheet += 1
            counts.append(0)
        elif kind == 0x0006:
            counts[sheet] += 1
        pos += 4 + length
    return counts[1:]


checks = {os.path.join(xls_dir, "cases.xls"): [0, 3, 0], os.path.join(xls_dir, "values.xls"): [0, 0, 0],
          os.path.join(xls_dir, "formulas.xls"): [5, 0, 5]}
for path, expected in checks.items():
    if not wanted(os.path.basename(path)):
        continue
    assert count_formulas(path) == expected, (path, count_formulas(path), expected)
if wanted("formulas.xls"):
    book = xlrd.open_workbook(os.path.join(xls_dir, "formulas.xls"))
    summary, computed = book.sheet_by_name("汇总"), book.sheet_by_name("计算")
    assert [summary.cell_value(r, 0) for r in range(5)] == [3, 1763000.5, 128000, 128000 / 1763000.5, 2]
    assert [computed.cell_value(r, 3) for r in range(1, 4)] == [435000.5, 1200000, 0]
    assert [computed.cell_value(4, c) for c in (1, 2)] == [1763000.5, 128000]
