#!/usr/bin/python3
"""Writes a court export CSV (UTF-8, as `caseload generate` writes it) as an Excel workbook the way a
court system would: dates as real dates with a Chinese date format, amounts and day counts as numbers,
everything else as text; optionally a title row merged across the columns above the header and an
empty first sheet. Usage: csv_to_xlsx.py IN.csv OUT.xlsx [--title] [--empty-first-sheet] [--sheet NAME]"""
import csv
import datetime
import sys

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

args = sys.argv[1:]
source, target = args[0], args[1]
title = "--title" in args
empty_first = "--empty-first-sheet" in args
sheet_name = args[args.index("--sheet") + 1] if "--sheet" in args else "执行案件"

wb = Workbook(write_only=True)
if empty_first:
    wb.create_sheet("说明")
ws = wb.create_sheet(sheet_name)

with open(source, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
header = rows[0]
date_columns = {i for i, h in enumerate(header) if "日期" in h}
number_columns = {i for i, h in enumerate(header) if "金额" in h or "标的" in h or "天数" in h or "(天)" in h}

if title:
    ws.append(["执行案件统计表（测试）"])
ws.append(header)
for row in rows[1:]:
    out = []
    for i, value in enumerate(row):
        if value == "":
            out.append(None)
        elif i in date_columns:
            try:
                cell = WriteOnlyCell(ws, value=datetime.datetime.strptime(value, "%Y-%m-%d"))
                cell.number_format = 'yyyy"年"m"月"d"日"'
                out.append(cell)
            except ValueError:
                out.append(value)  # an impossible date (a defect row) stays text, as typed
        elif i in number_columns:
            try:
                out.append(float(value) if "." in value else int(value))
            except ValueError:
                out.append(value)  # a defect row: keep the text as the court system would
        else:
            out.append(value)
    ws.append(out)
wb.save(target)

if title:
    # Write-only workbooks cannot merge cells; reopen (small test files only) and merge the title.
    from openpyxl import load_workbook
    wb = load_workbook(target)
    wb[sheet_name].merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    wb.save(target)
