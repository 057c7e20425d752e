"""Reading one number as written: digits with separators, English number words (as the
text2num library reads them), Chinese numerals. Scales, fractions and multipliers are the
lexicon's (factcheck.extract.grammar)."""

from __future__ import annotations

import re

from text_to_num import text2num

UNITS_WORDS = """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen""".split()
TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

_NUMBER_WORD = (rf"(?:(?:{'|'.join(TENS_WORDS)})(?:-(?:{'|'.join(UNITS_WORDS[1:10])}))?|"
                rf"{'|'.join(sorted(UNITS_WORDS, key=len, reverse=True))})")
WORD_NUMBER = (rf"{_NUMBER_WORD}(?:\s+(?:hundred|thousand|million|billion|trillion))?"
               rf"(?:\s+(?:and\s+)?{_NUMBER_WORD}(?:\s+(?:hundred|thousand|million|billion))?){{0,3}}")

# Ordinals in words, as text2num reads them ("nineteenth", "twenty-first"): a source's
# "nineteenth century" is the claim's "19th century". "first" and "second" are left out, as
# ordinary words more often than figures.
_UNIT_ORDINALS = """first second third fourth fifth sixth seventh eighth ninth tenth eleventh
twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth""".split()
_TENS_ORDINALS = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
                  "eightieth", "ninetieth"]
ORDINALS: dict[str, int] = {
    **{word: number for number, word in enumerate(_UNIT_ORDINALS, 1) if number > 2},
    **{word: number * 10 for number, word in enumerate(_TENS_ORDINALS, 2)},
    **{f"{tens}-{unit}": number * 10 + units for number, tens in enumerate(TENS_WORDS, 2)
       for units, unit in enumerate(_UNIT_ORDINALS[:9], 1)}}


def ordinal_word(number: int) -> str | None:
    """The ordinal in words of 1 to 99 ("eighth", "twenty-first"), for a regnal number:
    "Henry VIII" is "Henry the Eighth"."""
    if 1 <= number <= len(_UNIT_ORDINALS):
        return _UNIT_ORDINALS[number - 1]
    tens, units = divmod(number, 10)
    if not 2 <= tens <= 9:
        return None
    if units == 0:
        return _TENS_ORDINALS[tens - 2]
    return f"{TENS_WORDS[tens - 2]}-{_UNIT_ORDINALS[units - 1]}"


def fraction_words() -> dict[str, float]:
    """Fractions written with number words, "two-fifths", "three tenths", "a seventh", "one
    ninth", and the value each is: denominators from third to tenth, numerators below them
    (more than one takes the plural). Halves and quarters are the lexicon's ``fractions``."""
    found: dict[str, float] = {}
    for ordinal, denominator in ORDINALS.items():
        if not 3 <= denominator <= 10 or "-" in ordinal:
            continue
        for numerator in range(1, denominator):
            word = UNITS_WORDS[numerator]
            for joint in (" ", "-"):
                plural = ordinal + "s" if numerator > 1 else ordinal
                found[f"{word}{joint}{plural}"] = numerator / denominator
            if numerator == 1:
                found[f"a {ordinal}"] = 1 / denominator
    return found


# A word that may be one of them (each ends in "th", "rd", "st" or "nd"): looked up in ORDINALS.
ORDINAL_LIKE = re.compile(r"\b[A-Za-z]{3,9}(?:-[A-Za-z]{3,7})?(?:th|rd|st|nd)\b")

# What makes the figure before it an ordinal: "19th", "3rd-century", "the 21 st" (tokenized).
_ORDINAL_SUFFIX = re.compile(r"\s?(?:st|nd|rd|th)\b", re.IGNORECASE)


def is_ordinal(figure: str, after: str) -> bool:
    """Whether ``figure``, followed in its text by ``after``, is an ordinal: "nineteenth", or
    "19" before "th century"."""
    return figure.lower() in ORDINALS or (figure[-1:].isdigit()
                                          and _ORDINAL_SUFFIX.match(after) is not None)


_DECIMALS = re.compile(r"\.(\d+)")
_NOT_DIGIT = re.compile(r"[^\d.]")


def parse_digits(text: str) -> float | None:
    cleaned = text.replace(",", "").replace("\u202f", "").replace(" ", "")
    if len(cleaned) > 40:  # a 5,000-digit integer is not a figure anyone states
        return None
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if value == value and abs(value) < 1e300 else None


def parse_words(text: str) -> float | None:
    words = " ".join(text.lower().split())
    try:
        return float(text2num(words, "en"))
    except (ValueError, TypeError):
        return None


def parse_number(text: str) -> float | None:
    """A number written in digits ("1,184") or in words ("twenty-one")."""
    return parse_digits(text) if text[:1].isdigit() else parse_words(text)


# A Roman numeral up to XXXIX in capitals, of two letters or V or X alone (a lone "I" is the
# pronoun more often than one): "III", "IX", "XIV".
ROMAN_NUMERAL = r"(?=[IVX]{2}|[VX]\b)X{0,3}(?:IX|IV|V?I{0,3})(?<=[IVX])"
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10}


def roman_value(numeral: str) -> int:
    """A Roman numeral up to XXXIX, in capitals: "III" is 3, "IX" 9, "XIV" 14."""
    values = [_ROMAN_DIGITS[letter] for letter in numeral]
    return sum(-value if value < after else value
               for value, after in zip(values, [*values[1:], 0], strict=True))


def decimals(text: str) -> int:
    match = _DECIMALS.search(text)
    return len(match.group(1)) if match else 0


def rounding_margin(text: str, value: float) -> float:
    """Half a unit of the last written digit: 87 → 0.5, 2.5 → 0.05, 3,000 → 500."""
    digits = _NOT_DIGIT.sub("", text)
    if "." in digits:
        return 0.5 * 10.0 ** -decimals(digits)
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped) if stripped else 0
    return 0.5 * 10.0 ** zeros if value >= 100 else 0.5


def written_margin(text: str, value: float) -> float:
    """Half a unit of the last written digit, a zero too, at the figure's scale: "1,500" →
    0.5, "$4.1 billion" → 0.05 billion, "34.2%" → 0.05; 0 for a figure in words. How far two
    figures written side by side, as a change's endpoints are, may be from what they round
    (``rounding_margin`` takes a round figure alone as rounded further: 3,000 → 500)."""
    digits = _NOT_DIGIT.sub("", text).strip(".")
    try:
        written = float(digits)
    except ValueError:
        return 0.0
    scale = value / written if written else 1.0
    return 0.5 * 10.0 ** -decimals(digits) * abs(scale)


# Chinese numerals: 百分之九十, 三倍, 3000项, 一千二百
_CN_DIGIT = "零〇一二两三四五六七八九十百千万亿"
# A numeral, with 点 for a decimal point inside it ("二十四点五").
CN_NUMBER = rf"[{_CN_DIGIT}](?:[{_CN_DIGIT}点]{{0,19}}[{_CN_DIGIT}])?"


def parse_chinese(text: str) -> float | None:
    """A Chinese numeral ("一百二十", "两千五百万", "3.5万亿" read as 3.5 × 10¹²) or digits."""
    try:
        return float(text)
    except ValueError:
        pass
    import cn2an  # on first Chinese numeral: English-only checking never pays its import

    big = 1.0
    if text.endswith("万亿"):  # cn2an reads 万 and 亿 apart, not their product
        text, big = text[:-2], 1e12
    try:
        value = cn2an.cn2an(text, "smart") if text else 1
    except (ValueError, KeyError, IndexError):
        return None
    return float(value) * big
