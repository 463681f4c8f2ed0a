#!/usr/bin/env python3
"""Writes the .xlsx fixtures for Tests/EngineTests/Ingest/XLSX (run from this folder).

Real workbooks come from two spreadsheet libraries (openpyxl 3.1, xlsxwriter 3.3), which write
strings differently (openpyxl: inline strings, rich text as inline runs; xlsxwriter: shared strings with
rich runs, or inline strings in constant_memory mode). Hostile files are built from them by
rewriting zip entries. The 20,000-entry archive is built by the test itself (it would be ~1.7 MB).
"""
import datetime as dt
import io
import re
import struct
import zipfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
import xlsxwriter


def fixed_times(path):
    """Rewrites a zip with fixed entry and document timestamps so reruns give identical bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    stamp = rb"\g<1>2024-01-01T00:00:00Z\g<2>"
    entries = [(i, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", stamp, d)) for i, d in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            info.date_time = (2024, 1, 1, 0, 0, 0)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def openpyxl_book():
    wb = openpyxl.Workbook()
    sales = wb.active
    sales.title = "Sales"
    sales.append(["region", "units", "price", "active", "note"])
    sales.append(["North", 12, 9.5, True, "first"])
    sales.append(["South", -3, 1e-3, False, None])
    sales.append(["East", None, 2.25, None, "  spaced  "])
    sales.append(["Wést ü", 2**40, 1234567.125, True, "line\nbreak & <tag>"])
    sales["E6"] = CellRichText(["bold ", TextBlock(InlineFont(b=True), "rich"), " text"])
    sales["A6"] = "Rich"

    dates = wb.create_sheet("Dates")
    dates.append(["day", "stamp", "custom", "percent", "thousands", "time", "dmy"])
    dates.append([dt.date(2024, 1, 15), dt.datetime(2024, 1, 15, 10, 30, 0), dt.date(1999, 12, 31),
                  0.25, 1234567, dt.time(13, 45, 30), dt.datetime(2023, 7, 4, 8, 5)])
    dates.append([dt.date(1900, 3, 1), dt.datetime(2000, 2, 29, 23, 59, 59), dt.date(2024, 2, 29),
                  1.5, 42, dt.time(0, 0, 1), dt.datetime(2023, 12, 31, 0, 0)])
    for row in dates.iter_rows(min_row=2):
        row[0].number_format = "yyyy-mm-dd"
        row[1].number_format = "yyyy-mm-dd hh:mm:ss"
        row[2].number_format = "[$-409]mmm d, yyyy"
        row[3].number_format = "0.00%"
        row[4].number_format = "#,##0"
        row[5].number_format = "h:mm:ss"
        row[6].number_format = "d/m/yy h:mm"

    sparse = wb.create_sheet("Sparse")
    sparse["C3"] = "id"
    sparse["D3"] = "name"
    sparse["F3"] = "score"
    sparse["C4"] = 1
    sparse["F4"] = 7.5
    sparse["D7"] = "late"
    sparse["C9"] = 3
    sparse["D9"] = "x"
    sparse["F9"] = 1
    wb.create_sheet("Empty")
    wb.properties.created = wb.properties.modified = dt.datetime(2024, 1, 1)
    wb.save("openpyxl_multi.xlsx")
    fixed_times("openpyxl_multi.xlsx")


def xlsxwriter_book(path, date_1904, constant_memory):
    wb = xlsxwriter.Workbook(path, {"date_1904": date_1904, "constant_memory": constant_memory})
    wb.set_properties({"created": dt.datetime(2024, 1, 1)})
    ws = wb.add_worksheet("Data")
    date_fmt = wb.add_format({"num_format": "dd/mm/yyyy"})
    stamp_fmt = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    builtin_fmt = wb.add_format({"num_format": 14})
    bold = wb.add_format({"bold": True})
    ws.write_row(0, 0, ["name", "when", "stamp", "total", "flag", "builtin", "err"])
    ws.write_string(1, 0, "alpha")
    ws.write_datetime(1, 1, dt.datetime(2024, 1, 15), date_fmt)
    ws.write_datetime(1, 2, dt.datetime(2024, 1, 15, 10, 30), stamp_fmt)
    ws.write_formula(1, 3, "=2+3", None, 5)
    ws.write_boolean(1, 4, True)
    ws.write_datetime(1, 5, dt.datetime(1904, 1, 2), builtin_fmt)
    ws.write_formula(1, 6, "=NA()", None, "#N/A")
    if constant_memory:
        ws.write_string(2, 0, "beta")
    else:
        ws.write_rich_string(2, 0, "be", bold, "ta")
    ws.write_datetime(2, 1, dt.datetime(1904, 1, 1), date_fmt)
    ws.write_blank(2, 2, None, stamp_fmt)
    ws.write_formula(2, 3, '="x"&"y"', None, "xy")
    ws.write_boolean(2, 4, False)
    ws.write_number(2, 5, 0.5)
    ws.write_formula(2, 6, "=1/0", None, "#DIV/0!")
    other = wb.add_worksheet("Other")
    other.write_row(0, 0, ["k"])
    other.write_row(1, 0, [1])
    wb.close()
    fixed_times(path)


def rewrite(src, dst, replace=None, drop=()):
    """Copies src to dst, replacing some entries' bytes and dropping others."""
    replace = replace or {}
    with zipfile.ZipFile(src) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist() if i.filename not in drop]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info, data in entries:
            data = replace.get(info.filename, data)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data, compresslevel=9)


def lie_about_size(path, name, size):
    """Patches the declared uncompressed size of `name` in the local and central headers."""
    data = bytearray(open(path, "rb").read())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo(name)
    struct.pack_into("<I", data, info.header_offset + 22, size)
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46:pos + 46 + name_len].decode() == name:
            struct.pack_into("<I", data, pos + 24, size)
        pos = data.find(b"PK\x01\x02", pos + 4)
    open(path, "wb").write(bytes(data))


def hostile():
    base = "openpyxl_multi.xlsx"
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(base) as z:
        sheet_xml = z.read(sheet)
    with zipfile.ZipFile("xlsxwriter_1904.xlsx") as z:
        strings_xml = z.read("xl/sharedStrings.xml")
    # Zip bomb: 64 MiB of spaces inside <sheetData> deflate to ~64 KB.
    head, tail = sheet_xml.split(b"<sheetData>", 1)
    bomb = head + b"<sheetData>" + b" " * (64 << 20) + tail
    rewrite(base, "bomb.xlsx", {sheet: bomb})
    # The same bomb, but its headers claim the sheet inflates to 1,000 bytes.
    rewrite(base, "bomb_lying.xlsx", {sheet: bomb})
    lie_about_size("bomb_lying.xlsx", sheet, 1000)
    # Billion laughs in the sheet.
    laughs = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
              b' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n')
    rewrite(base, "doctype_sheet.xlsx", {sheet: laughs + sheet_xml})
    # XXE in the shared strings.
    xxe = (b'<?xml version="1.0"?>\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n')
    rewrite("xlsxwriter_1904.xlsx", "entity_strings.xlsx", {"xl/sharedStrings.xml": xxe + strings_xml.split(b"?>", 1)[1]})
    # Truncated: the first half of a valid file.
    data = open(base, "rb").read()
    open("truncated.xlsx", "wb").write(data[: len(data) // 2])
    # A CSV file with an .xlsx name.
    open("really_csv.xlsx", "w").write("region,units\nNorth,12\nSouth,3\n")
    # A zip without the workbook part.
    rewrite(base, "no_workbook.xlsx", drop=("xl/workbook.xml",))
    # Hand-written SpreadsheetML: `x:` prefixes, cells and rows without `r`, a phonetic run to skip,
    # CDATA, character references and an OOXML `_x000D_` escape (replaces the third sheet).
    odd = (b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- hand-made -->\n'
           b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
           b'<x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c>'
           b'<x:c t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row>\n'
           b'<x:row><x:c><x:v> 1 </x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>ph</x:t></x:r>'
           b'<x:r><x:t><![CDATA[<c> & ]]></x:t></x:r><x:rPh sb="0" eb="1"><x:t>IGNORED</x:t></x:rPh>'
           b'</x:is></x:c></x:row>\n'
           b'<x:row r="5"><x:c r="B5" t="inlineStr"><x:is><x:t>A&#233;&#x4E2D;_x000D_z</x:t></x:is></x:c>'
           b'</x:row>\n<x:row r="6"><x:c r="A6" t="e"><x:v>#N/A</x:v></x:c><x:c r="B6"/></x:row>'
           b'</x:sheetData></x:worksheet>')
    rewrite(base, "handmade.xlsx", {"xl/worksheets/sheet3.xml": odd})
    # Cells SpreadsheetML does not allow: a shared-string index past the table, a non-number.
    with zipfile.ZipFile("xlsxwriter_1904.xlsx") as z:
        data_sheet = z.read(sheet)
    rewrite("xlsxwriter_1904.xlsx", "bad_string_index.xlsx",
            {sheet: data_sheet.replace(b'<c r="A3" t="s"><v>8</v>', b'<c r="A3" t="s"><v>99</v>')})
    rewrite("xlsxwriter_1904.xlsx", "bad_number.xlsx",
            {sheet: data_sheet.replace(b'<c r="D2"><f>2+3</f><v>5</v>', b'<c r="D2"><f>2+3</f><v>five</v>')})
    # A stored (uncompressed) sheet whose bytes were altered after the CRC was written.
    with zipfile.ZipFile(base) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile("bad_crc.xlsx", "w") as z:
        for info, data in entries:
            info.compress_type = zipfile.ZIP_STORED if info.filename == sheet else zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    corrupt = open("bad_crc.xlsx", "rb").read().replace(b"<t>North</t>", b"<t>Nerth</t>", 1)
    open("bad_crc.xlsx", "wb").write(corrupt)
    # Malformed XML in the sheet: a mismatched end tag.
    rewrite(base, "bad_xml.xlsx", {sheet: sheet_xml.replace(b"</sheetData>", b"</sheetDta>")})


if __name__ == "__main__":
    openpyxl_book()
    xlsxwriter_book("xlsxwriter_1904.xlsx", True, False)
    xlsxwriter_book("xlsxwriter_inline.xlsx", False, True)
    hostile()
