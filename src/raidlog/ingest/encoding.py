"""Bytes to text.

The order, first match wins:

1. a byte-order mark: UTF-8, UTF-16 LE or BE;
2. NUL bytes: a text with a stray NUL or a few is refused naming where the
   first one is; UTF-16 without a mark when every NUL sits on the same side
   of its byte pair (ASCII characters in UTF-16); otherwise not text at all;
3. a charset the container declares (HTTP Content-Type, ``<meta charset>``,
   the XML prolog), except that bytes which are valid UTF-8 with non-ASCII
   characters are UTF-8 whatever the declaration says: text in a legacy
   Cyrillic encoding is practically never valid UTF-8, while pages re-saved
   as UTF-8 often keep their old ``windows-1251`` declaration;
4. strict UTF-8;
5. UTF-8 with damage: when some lines are UTF-8 (with non-ASCII letters) and
   others are not, each line is read on its own: a UTF-8 line with a few
   invalid bytes keeps its text and the bytes become U+FFFD, a line in
   cp1251 or KOI8-R is read in it; each such choice is a warning naming the
   byte offset, see :func:`decode` (never mojibake of the whole file);
6. cp1251 or KOI8-R, see :func:`legacy_cyrillic`.
"""

from __future__ import annotations

import codecs
import math
import re

from raidlog.ingest.incoming import Unreadable

NOT_TEXT = "not a text file (it contains NUL bytes)"
CANNOT = "cannot decode (not UTF-8, UTF-16, cp1251 or KOI8-R)"
LEGACY = ("cp1251", "koi8_r")

# Letter frequencies in Russian prose, per cent, with the Ukrainian letters
# added at their Ukrainian frequencies. The two legacy encodings map the same
# byte to unrelated letters of opposite case: "о" in cp1251 reads as "Н" in
# KOI8-R, "о" in KOI8-R reads as "П" in cp1251. The right reading is the one
# whose letters are the common ones (о, е, а, и, н, т ...), whose punctuation
# is ordinary (« » — №) rather than box-drawing, and whose words are not
# "нРАНИ" (a small letter followed by a capital, which the wrong reading
# makes of every capitalised word).
_FREQ = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47,
    "р": 4.73, "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81,
    "у": 2.62, "я": 2.01, "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59,
    "ч": 1.44, "й": 1.21, "х": 0.97, "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48,
    "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04, "ё": 0.04,
    "і": 5.0, "ї": 0.6, "є": 0.4, "ґ": 0.02,
}  # fmt: skip
_PUNCT = "«»—–№’‘“”„…\u00a0"
_LOG_PUNCT = math.log(0.5)
_LOG_RARE = math.log(0.01)
_LOG = {letter: math.log(f) for letter, f in _FREQ.items()}
_CASE_BREAK = re.compile(r"[а-яёіїєґ][А-ЯЁІЇЄҐ]")
_WORD = re.compile(r"[^\W\d_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SAMPLE = 64 * 1024  # bytes enough to tell the encodings apart

_META = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_PROLOG = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)


MAX_WARNINGS = 5


def decode(data: bytes, declared: str | None = None, warnings: list[str] | None = None) -> str:
    """The text of ``data``; ``declared`` is a charset label its container
    states. Raises :class:`Unreadable` with the reason. Where the bytes are
    damaged or mixed and a choice was made line by line, what was done and
    at which byte is appended to ``warnings``."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", "UTF-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not _utf8_behind_a_mark(data):
        text = _strict(data, "utf-16", "UTF-16")
        if "\x00" in text:  # e.g. UTF-32 behind what looks like a UTF-16 mark
            raise Unreadable(NOT_TEXT)
        return text
    if b"\x00" in data:
        stray = _stray_nul(data)
        if stray is not None:
            raise Unreadable(stray)
        text = _utf16_without_bom(data)
        if text is None:
            raise Unreadable(NOT_TEXT)
        return text
    codec = _codec(declared)
    if codec is not None and codec != "utf-8":
        if not data.isascii() and _is_utf8(data):
            return data.decode("utf-8")
        mixed = _by_line(data, warnings)
        if mixed is not None:
            return mixed
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass  # a wrong declaration: fall back on what the bytes are
    if _is_utf8(data):
        return data.decode("utf-8")
    mixed = _by_line(data, warnings)
    if mixed is not None:
        return mixed
    found = legacy_cyrillic(data)
    if found is None:
        raise Unreadable(CANNOT)
    return data.decode(found)


def _by_line(data: bytes, warnings: list[str] | None) -> str | None:
    """``data`` read line by line when it holds UTF-8 lines with non-ASCII letters beside lines
    that are not UTF-8; None when no line is UTF-8 (a legacy encoding throughout)."""
    lines = data.split(b"\n")
    kinds: list[str] = []  # "utf-8", "damaged" (UTF-8 with invalid bytes) or "legacy"
    utf8_letters = False
    for line in lines:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            replaced = line.decode("utf-8", errors="replace")
            good = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
            kind = "damaged" if good >= replaced.count("\ufffd") else "legacy"
            utf8_letters |= kind == "damaged"
        else:
            kind = "utf-8"
            utf8_letters |= not text.isascii()
        kinds.append(kind)
    if not utf8_letters:
        return None
    legacy = b"\n".join(line for line, kind in zip(lines, kinds, strict=True) if kind == "legacy")
    found = legacy_cyrillic(legacy) if legacy else None
    out: list[str] = []
    notes: list[str] = []
    offset = 0
    block: tuple[int, int, int, int] | None = None  # first byte, first line, last byte, last line

    def close_block() -> None:
        if block is not None:
            start, first, end, last = block
            where = f"bytes {start:,}–{end:,} (line {first})" if first == last else \
                f"bytes {start:,}–{end:,} (lines {first}–{last})"
            notes.append(f"{where} are not UTF-8 like the rest: " + (
                f"read as {found}" if found else "not cp1251 or KOI8-R either; replaced by U+FFFD"))

    for n, (line, kind) in enumerate(zip(lines, kinds, strict=True), 1):
        if kind == "legacy":
            out.append(line.decode(found) if found else line.decode("utf-8", errors="replace"))
            end = offset + max(len(line) - 1, 0)
            block = (block[0], block[1], end, n) if block is not None else (offset, n, end, n)
        else:
            close_block()
            block = None
            text = line.decode("utf-8", errors="replace")
            if kind == "damaged":
                try:
                    line.decode("utf-8")
                except UnicodeDecodeError as exc:
                    bad = text.count("\ufffd")
                    notes.append(f"byte {offset + exc.start:,} (line {n}): "
                                 f"{'an invalid byte' if bad == 1 else f'{bad} invalid bytes'} in UTF-8 text, "
                                 "replaced by U+FFFD")
            out.append(text)
        offset += len(line) + 1
    close_block()
    if warnings is not None:
        warnings.extend(notes[:MAX_WARNINGS])
        if len(notes) > MAX_WARNINGS:
            warnings.append(f"and {len(notes) - MAX_WARNINGS} more places like these")
    return "\n".join(out)


def legacy_cyrillic(data: bytes) -> str | None:
    """ "cp1251" or "koi8_r" for Cyrillic text in one of them, else None.

    The two readings are ranked by :func:`plausibility`. Whether the better
    one is text at all is asked of charset-normalizer and of
    :func:`looks_cyrillic`, and either may say yes: charset-normalizer
    refuses some short texts ("МиГ-31К"), and on short texts it also often
    names the wrong one of the two encodings (a KOI8-R "Да" or an
    all-capitals headline comes back as cp1251), so its answer only breaks a
    tie in plausibility."""
    from charset_normalizer import from_bytes

    readings = {}
    for enc in LEGACY:
        try:
            readings[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    if not readings:
        return None
    match = from_bytes(data, cp_isolation=list(readings)).best()
    guess = match.encoding if match is not None else None
    sample = data[:_SAMPLE]
    score = {enc: plausibility(sample.decode(enc, errors="replace")) for enc in readings}
    best = max(readings, key=lambda enc: (score[enc], enc == guess))
    if guess is None and not looks_cyrillic(readings[best][:_SAMPLE]):
        return None
    return best


def looks_cyrillic(text: str) -> bool:
    """Cyrillic prose: no control characters, and more words in Cyrillic
    letters alone than words mixing them with Latin ones (Latin-1 "café" read
    as cp1251 is "cafй")."""
    if any(ch < " " and ch not in "\t\n\r\f" for ch in text):
        return False
    cyrillic = mixed = 0
    for word in _WORD.findall(text):
        has_cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in word)
        if has_cyrillic and any(ch.isascii() for ch in word):
            mixed += 1
        elif has_cyrillic:
            cyrillic += 1
    return cyrillic > mixed


def plausibility(text: str) -> float:
    """Log-likelihood of the non-ASCII characters of ``text`` as Russian or
    Ukrainian prose: common letters score high, rare letters and symbols low,
    and a small letter followed by a capital costs as much as a rare symbol."""
    total = 0.0
    for ch in text:
        if ch.isascii():
            continue
        low = ch.lower()
        if low in _LOG:
            total += _LOG[low]
        elif ch in _PUNCT:
            total += _LOG_PUNCT
        else:
            total += _LOG_RARE
    return total + _LOG_RARE * len(_CASE_BREAK.findall(text))


def declared_in_html(data: bytes) -> str | None:
    """The charset a page declares in ``<meta charset>`` or ``<meta
    http-equiv="Content-Type">`` within its first 4 KB."""
    m = _META.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def declared_in_xml(data: bytes) -> str | None:
    """The encoding an XML prolog declares."""
    m = _PROLOG.match(data[:1024])
    return m.group(1).decode("ascii") if m else None


def content_type(header: str | None) -> tuple[str, str | None]:
    """("text/html", "windows-1251") from an HTTP Content-Type header."""
    if not header:
        return "", None
    mime, *params = header.split(";")
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return mime.strip().lower(), charset


def _codec(label: str | None) -> str | None:
    """Python's name for a declared charset; None for an unknown label and
    for UTF-16/32, which a declaration inside the bytes cannot truly state
    (the NUL check above already found real UTF-16)."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return None if name.startswith(("utf-16", "utf-32")) else name


def _strict(data: bytes, codec: str, label: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise Unreadable(f"not valid {label} ({exc.reason} at byte {exc.start})") from None


def _utf8_behind_a_mark(data: bytes) -> bool:
    """Whether ``data``, which starts like a UTF-16 byte-order mark (FF FE or FE FF), is in fact
    UTF-8 text behind a few damaged bytes: no NUL byte (UTF-16 has one in every ASCII character,
    a space or a digit) and more UTF-8 letters than invalid bytes after the mark. Read as UTF-16
    it would be CJK-looking mojibake, silently."""
    if b"\x00" in data:
        return False
    rest = data[2:].decode("utf-8", errors="replace")
    good = sum(1 for ch in rest if ord(ch) > 127 and ch != "\ufffd")
    return good > rest.count("\ufffd")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _stray_nul(data: bytes) -> str | None:
    """Text with a stray NUL or a few (text once they are gone: no other control character, as
    UTF-16 would have) is refused naming where the first one is, not misread as UTF-16."""
    if data.count(0) > max(4, len(data) // 100):
        return None
    rest = data.replace(b"\x00", b"")
    codec = "utf-8" if _is_utf8(rest) else legacy_cyrillic(rest[:_SAMPLE])
    if codec is None or _CONTROL.search(rest.decode(codec, errors="replace")):
        return None
    first = data.index(0)
    line = data.count(b"\n", 0, first) + 1
    return f"contains a NUL byte (at byte {first:,}, line {line}), which text never has"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text has its NULs on one side of the byte pairs (the high byte
    of ASCII characters: spaces, digits, punctuation, Latin letters, at least
    one character in twenty of any prose); a binary file has them anywhere,
    a text with a stray NUL has one or two."""
    if len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if even and odd:
        return None
    if (even + odd) * 20 < len(data) // 2:
        return None
    try:
        text = data.decode("utf-16-le" if odd else "utf-16-be")
    except UnicodeDecodeError:
        return None
    if any(ch < " " and ch not in "\t\n\r\f" for ch in text):
        return None
    return text
