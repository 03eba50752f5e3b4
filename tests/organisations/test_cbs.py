"""Reading CBS's municipality files (pure): the shapes CBS publishes, codes and figures as people write them, and
each line that cannot be read refused with its number and why."""

from __future__ import annotations

import pytest

from mailservice.organisations import cbs
from mailservice.organisations.figures import number, share
from mailservice.organisations.names import comparable
from tests.organisations.sample import alphabetical, places, statline


@pytest.mark.parametrize(
    ("cell", "code"),
    [("GM0363", "GM0363"), ("363", "GM0363"), ("0363", "GM0363"), ("gm363", "GM0363"), (" GM 0014 ", "GM0014"),
     ("GMX", None), ("PV20", None), ("12345", None), ("", None)],
)  # fmt: skip
def test_codes_with_or_without_gm_and_zeros(cell: str, code: str | None) -> None:
    assert cbs.normal_code(cell) == code


def test_a_statline_download() -> None:
    rows = places(342)
    parsed = cbs.parse(statline(2024, rows))
    assert parsed.refused == []
    assert [(r.code, r.name, r.inhabitants, r.year) for r in parsed.rows] == [
        (p.code, p.name, p.inhabitants, 2024) for p in rows
    ]
    assert parsed.other_regions == 3  # Nederland, the province, the note below the table
    assert parsed.rows[0].line == 5  # the title line, the header, two regions that are no municipality


def test_the_alphabetical_list_in_windows_1252() -> None:
    rows = places(5)
    parsed = cbs.parse(alphabetical(rows))
    assert [(r.code, r.name, r.inhabitants, r.year) for r in parsed.rows] == [
        (p.code, p.name, None, None) for p in rows
    ]
    assert not parsed.has_inhabitants and not parsed.has_year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("code,name,inhabitants\n363,Testgemeente A,\"12,345\"\n", ("GM0363", "Testgemeente A", 12345, None)),
        ("Code\tNaam\tInwoners\nGM14\tTestgemeente B\t1 234\n", ("GM0014", "Testgemeente B", 1234, None)),
        ("\"Regio's\";\"Perioden\";\"Bevolking op 1 januari (aantal)\"\n\"GM0014\";\"2024JJ00\";\".\"\n",
         ("GM0014", None, None, 2024)),  # the region as its code; "." is CBS's "unknown"
        ("\"Regio's\";\"Perioden\";\"Totale bevolking\"\n\"Testgemeente C\";\"2023*\";\"7.001\"\n",
         (None, "Testgemeente C", 7001, 2023)),  # a name only: matched by name when imported
        ("ID;RegioS;Perioden;TotaleBevolking_1\n7;GM0014    ;2024JJ00;1234\n", ("GM0014", None, 1234, 2024)),
        ("\"Regio's\";\"Perioden\";\"Bevolking/Bevolking op 1 januari/Totale bevolking (aantal)\"\n"
         "\"Testgemeente D (GM0020)\";\"2024\";\"8.002\"\n", ("GM0020", "Testgemeente D", 8002, 2024)),
    ],
)  # fmt: skip
def test_other_shapes(text: str, expected: tuple[object, ...]) -> None:
    parsed = cbs.parse(text.encode())
    assert parsed.refused == []
    [row] = parsed.rows
    assert (row.code, row.name, row.inhabitants, row.year) == expected


def test_bad_lines_are_refused_with_their_number_and_why() -> None:
    text = (
        '"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"\n'  # line 1
        '"Testgemeente 1 (GM0001)";"2024";"1.000"\n'  # 2
        '"Testgemeente 2 (GM0002)";"2024";"12,5"\n'  # 3: no whole number
        '"Testgemeente 3 (GM0003)";"ergens";"3.000"\n'  # 4: no year
        '"Testgemeente 1 (GM0001)";"2024";"1.000"\n'  # 5: twice
        '"";"2024";"5"\n'  # 6: no municipality
    )
    parsed = cbs.parse(text.encode())
    assert [r.code for r in parsed.rows] == ["GM0001"]
    assert parsed.refused == [
        (3, "'12,5' is geen aantal inwoners (een heel getal, zoals 1.787.969)"),
        (4, "'ergens' noemt geen jaar"),
        (5, "GM0001 stond al op regel 2"),
        (6, "de regel noemt geen gemeente (geen code en geen naam)"),
    ]


def test_a_file_without_a_header_is_one_sentence() -> None:
    with pytest.raises(cbs.FileError, match="geen kop met de kolommen van CBS"):
        cbs.parse(b"dit is geen tabel\nook deze regel niet\n")
    with pytest.raises(cbs.FileError, match="geen tekst"):
        cbs.parse(b"\xff\xfe\x00\x81\x8d")


def test_brochure_numbers() -> None:
    assert number(1787969) == "1.787.969" and number(24) == "24" and number(1000) == "1.000"
    assert share(59, 380) == 15  # the brochure's 2018 figure: 15.5 % printed as 15
    assert share(59, 342) == 17 and share(0, 0) == 0


def test_names_compare_without_case_and_accents() -> None:
    assert comparable("  Súdwest-Fryslân ") == comparable("sudwest fryslan")
    assert comparable("Werkorganisatie  ÉÉN") == "werkorganisatie een"
