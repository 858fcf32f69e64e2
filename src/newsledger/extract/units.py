"""One name per unit, whatever its spelling: ft, feet, foot -> foot; GB, gigabytes -> gigabyte.

The figure scanner asks this module what a word written after a number measures. Pint
knows every unit but costs about a quarter of a second to import and build its registry
(measured on this machine), half the budget of a one-document run, and knows nothing of
news spellings ("sq ft", "mph", "bpd"); so the table lives here: a list of spellings per
unit, plus SI prefixes composed with the short symbols that take them (k, M, G, T with
B, Hz, W, Wh, Ah, bit). Scale words (bn, billion) are multipliers, not units: the scanner
in figures.py reads them.
"""

from __future__ import annotations

__all__ = ["normalise_unit"]

# unit -> its spellings (lower-case; the canonical name and its plural are added for free).
_SPELLINGS: dict[str, tuple[str, ...]] = {
    "kilometer": ("kilometre", "kilometres", "km", "kms"),
    "mile": (),
    "meter": ("metre", "metres"),
    "centimeter": ("centimetre", "centimetres", "cm"),
    "millimeter": ("millimetre", "millimetres", "mm"),
    "foot": ("feet", "ft"),
    "inch": ("inches",),
    "yard": ("yd", "yds"),
    "hectare": ("ha",),
    "acre": (),
    "tonne": ("tonnes", "metric ton", "metric tons"),
    "ton": (),
    "kilogram": ("kg", "kgs", "kilo", "kilos", "kilogramme", "kilogrammes"),
    "gram": ("g", "gramme", "grammes"),
    "milligram": ("mg",),
    "microgram": ("mcg", "µg"),
    "pound": ("lb", "lbs"),
    "ounce": ("oz",),
    "barrel": (),
    "barrel per day": ("bpd", "barrels per day", "barrels a day"),
    "liter": ("litre", "litres", "l"),
    "milliliter": ("ml", "millilitre", "millilitres"),
    "gallon": (),
    "pint": (),
    "mile per hour": ("mph", "miles per hour", "miles an hour", "mi/h"),
    "kilometer per hour": ("kph", "km/h", "kmh", "kmph", "kilometres per hour", "kilometers per hour",
                           "kilometres an hour", "kilometers an hour"),
    "mile per gallon": ("mpg", "miles per gallon", "miles a gallon"),
    "kilometer per liter": ("km/l", "kilometres per litre", "kilometers per liter", "kilometers per litre",
                            "kilometres per liter"),
    "knot": ("kt", "kts"),
    "magnitude": (),
    "square kilometer": ("km²", "sqkm", "sq km", "square kilometres", "square km"),
    "square mile": ("mi²", "sq mi", "square miles"),
    "square meter": ("m²", "sq m", "square metres", "sqm"),
    "square foot": ("sq ft", "sq. ft", "square feet", "sqft", "ft²"),
    "cubic kilometer": ("km³", "cubic kilometres", "cubic km"),
    "cubic meter": ("m³", "cubic metres"),
    "degree celsius": ("°c", "celsius", "degrees celsius", "centigrade"),
    "degree fahrenheit": ("°f", "fahrenheit", "degrees fahrenheit"),
    "light year": ("light years", "light-year", "light-years"),
    "astronomical unit": ("au",),
    "gigabit per second": ("gbps", "gigabits per second", "gb/s"),
    "megabit per second": ("mbps", "megabits per second", "mb/s"),
    "nit": (),
    "calorie": ("kcal", "calories"),
    "decibel": ("db",),
    "horsepower": ("hp", "bhp"),
}
# Symbols that take SI prefixes, with the name of the bare unit; matched case-sensitively
# ("MB" is a megabyte, "mb" is left alone: it is also a millibar or page furniture).
_SI_BASES = {"B": "byte", "Hz": "hertz", "W": "watt", "Wh": "watt hour", "Ah": "ampere hour",
             "bit": "bit", "b": "bit", "V": "volt", "J": "joule", "t": "tonne"}
_SI_PREFIXES = {"k": "kilo", "M": "mega", "G": "giga", "T": "tera", "P": "peta", "m": "milli"}
_SI_NAMED = {"byte", "hertz", "watt", "bit", "volt", "joule"}
_SI_PREFIX_WORDS = ("kilo", "mega", "giga", "tera", "peta", "milli")


def _build() -> tuple[dict[str, str], dict[str, str]]:
    lower: dict[str, str] = {}
    for unit, spellings in _SPELLINGS.items():
        for s in (unit, unit + "s", *spellings):
            lower[s] = unit
    cased: dict[str, str] = {}
    for sym, name in _SI_BASES.items():
        if sym not in ("b", "t"):
            cased[sym] = name
        for p, pname in _SI_PREFIXES.items():
            if (p, sym) in (("m", "B"), ("m", "b"), ("m", "t"), ("k", "t"), ("T", "t"), ("M", "t"),
                            ("T", "V"), ("P", "V"), ("M", "V")):
                continue  # ("an 8K TV", "PV panels", "the MV Sewol": television, photovoltaic, a ship)
            cased[p + sym] = pname + name if " " not in name else pname + name
    for name in _SI_NAMED:
        for pw in _SI_PREFIX_WORDS:
            lower[pw + name] = pw + name
            lower[pw + name + "s"] = pw + name
        lower[name] = name
        lower[name + "s"] = name
    for pw in _SI_PREFIX_WORDS:
        for name in ("watt hour", "ampere hour"):
            lower[pw + name] = pw + name
            lower[pw + name + "s"] = pw + name
    cased.update({"C": "degree celsius", "F": "degree fahrenheit", "GB": "gigabyte", "TB": "terabyte",
                  "kWh": "kilowatt hour", "MWh": "megawatt hour", "GWh": "gigawatt hour",
                  "TWh": "terawatt hour", "mAh": "milliampere hour"})
    return lower, cased


_LOWER, _CASED = _build()


def normalise_unit(spelling: object) -> str | None:
    """The one name of the unit `spelling` writes, or None when it is no unit we know.

    Case matters only for the short symbols (MB, mAh, GHz, C); never raises.
    """
    if not isinstance(spelling, str):
        return None
    s = " ".join(spelling.split())
    if not s:
        return None
    if s in _CASED:
        return _CASED[s]
    if len(s) <= 2 and not s.islower() and not s.startswith("°"):
        return None  # "5G", "3D", "4K": names, not units
    return _LOWER.get(s.lower())

