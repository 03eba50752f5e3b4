"""Synthetic municipalities in the shapes CBS publishes, made by the tests: the names ("Testgemeente 001"), codes and
inhabitants are invented for the test and stand for no real municipality or CBS figure."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    inhabitants: int


def places(count: int = 342) -> list[Place]:
    """``count`` made-up municipalities: codes GM0003, GM0006, ... (CBS's codes have gaps too), 5,000 to 95,000
    inhabitants by a fixed rule."""
    return [Place(f"GM{3 * i:04d}", f"Testgemeente {i:03d}", 5_000 + (i * 7_919) % 90_000) for i in range(1, count + 1)]


def dutch(value: int) -> str:
    """Thousands with a point, as StatLine writes them in Dutch (written here, not taken from the code under test)."""
    digits = str(value)
    groups = []
    while digits:
        digits, group = digits[:-3], digits[-3:]
        groups.insert(0, group)
    return ".".join(groups)


def statline(year: int, rows: list[Place]) -> bytes:
    """A StatLine download ("Regionale kerncijfers Nederland", CSV): a title line, the header, the country and a
    province before the municipalities (each as "name (code)"), a note below; UTF-8 with a byte-order mark."""
    lines = [
        '"Regionale kerncijfers Nederland (synthetisch testbestand)"',
        '"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"',
        f'"Nederland";"{year}";"{dutch(sum(p.inhabitants for p in rows))}"',
        f'"Testprovincie (PV)";"{year}";"{dutch(sum(p.inhabitants for p in rows[:40]))}"',
        *(f'"{p.name} ({p.code})";"{year}";"{dutch(p.inhabitants)}"' for p in rows),
        '"Bron: testgegevens, geen CBS-cijfers"',
    ]
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def alphabetical(rows: list[Place]) -> bytes:
    """CBS's list "Gemeenten alfabetisch": codes without and with GM, the name; no inhabitants."""
    lines = ["Gemeentecode;GemeentecodeGM;Gemeentenaam;Provinciecode;ProvinciecodePV;Provincienaam"]
    lines += [f"{p.code[2:]};{p.code};{p.name};99;PV99;Testprovincie" for p in rows]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")
