#!/usr/bin/env python3
"""Writes the messy CSV fixtures byte for byte (run from this folder: python3 make_fixtures.py).

Each file exercises one hard part of CSV ingest; the expected values live in the Swift tests.
"""


def write(name, data):
    with open(name, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


# UTF-8 with a BOM, CRLF line ends, non-ASCII text, an ISO date column.
write("bom_crlf.csv", "\ufeffcity,visits,opened\r\nMünchen,12,2024-01-15\r\nZürich,7,2024-02-29\r\n"
      "São Paulo,,2023-12-31\r\n")

# Windows-1252 bytes (é, €, ü are single bytes), semicolons, decimal commas.
write("cp1252.csv", "name;price;note\r\nCafé;3,50;€ only\r\nMüsli;12,25;über\r\nTee;1.234,5;\r\n"
      .encode("cp1252"))

# Quoted fields with line breaks (LF and CRLF), doubled quotes, delimiters inside quotes.
write("quoted_newlines.csv", 'id,text,amount\n1,"line one\nline two",10\n2,"say ""hi"", ok",20\n'
      '3,"a\r\nb\r\nc",30\n4,plain,40\n')

# Old Mac line ends (CR only) and a pipe delimiter.
write("cr_pipe.csv", "a|b|c\r1|x|true\r2|y|false\r3|z|\r")

# Ragged rows: short ones padded with NULL, long ones cut.
write("ragged.csv", "a,b,c\n1,2,3\n4,5\n6,7,8,9,10\n11,12,13\n14\n")

# Blank, duplicate and padded header names.
write("headers.csv", " id ,name,,Name,name, total \n1,a,b,c,d,2\n")

# Dates in many forms, one format per column, plus a mixed column that must stay text.
write("dates.csv",
      "iso,us,eu,dotted,ymd,named,dayname,stamp,mixed,ambiguous\n"
      "2024-01-15,01/15/2024,15/01/2024,15.01.2024,2024/01/15,\"Jan 15, 2024\",15 Jan 2024,"
      "2024-01-15T10:30:00Z,2024-01-15,03/04/2024\n"
      "2024-02-29,2/29/2024,29/2/2024,29.02.2024,2024/2/29,\"February 29, 2024\",29 February 2024,"
      "2024-01-15T23:30:00-02:00,01/15/2024,12/11/2024\n"
      "2023-12-31,12/31/2023,31/12/2023,31.12.2023,2023/12/31,\"Dec 31, 2023\",31 Dec 2023,"
      "2024-06-01 08:05,15.01.2024,01/02/2024\n")

# Numbers, codes, booleans and null markers.
write("numbers.csv",
      "qty,amount,grouped,zip,big,pct,price,flag,yes_no,maybe,country\n"
      "1,1.5,\"1,234.5\",00123,9223372036854775808,5%,$3.00,1,yes,NA,NA\n"
      "+2,-0.25,\"12,345\",02134,1,10%,$4.00,0,No,12,DE\n"
      "NA,3,\"1,000,000\",10001,2,15%,$5.00,1,Y,N/A,FR\n"
      "4, 7 ,-,99999,3,20%,$6.00,0,n,-,\n")

# An unterminated quote: line 3, column 3 (the quote that opens and never closes).
write("unterminated.csv", "a,b\n1,2\n3,\"oops,4\n5,6\n")

# A small table for the profile tests (values hand-checked in ProfilerTests).
write("profile.csv",
      "region,units,price,day,active\n"
      "North,10,2.5,2024-01-01,true\n"
      "South,20,,2024-01-03,false\n"
      "North,10,2.5,2024-01-01,true\n"
      ",40,5.0,2024-01-07,\n"
      "East,,10.0,,true\n")

# Tab-separated.
write("people.tsv", "name\tage\tjoined\nAda\t36\t1851-06-01\nGrace, Hopper\t85\t1992-01-01\n")
