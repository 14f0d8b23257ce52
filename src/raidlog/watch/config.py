"""watch.toml: the sources to follow, how politely, and where notifications go.

    [watch]                      # defaults for every source
    interval = 300               # seconds between polls of a source
    jitter = 0.1                 # each interval is stretched or shrunk by up to 10 %
    timeout = 15                 # seconds for one request (connect, read, whole body)
    max_bytes = 5_000_000        # a response larger than this is refused
    backfill = 20                # on the first poll: at most this many of the latest posts
    max_backoff = 3600           # the longest wait after errors (Retry-After may ask for more)
    base_url = "http://127.0.0.1:8765"   # `raidlog serve`, for the links in notifications
    recycle_documents = 1000     # the worker process is replaced after storing this many documents …
    recycle_minutes = 60         # … or after this many minutes (0: never)

    [[source]]
    kind = "telegram"            # telegram | feed | page | folder
    channel = "kpszsu"           # https://t.me/s/kpszsu

    [[notify]]
    sink = "terminal"            # terminal | jsonl | webhook | command
    side = ["UA"]                # filters: claimant, side, region, finding, min_count

Every key is described in docs/watch.md.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("feed", "telegram", "page", "folder")
SINKS = ("terminal", "jsonl", "webhook", "command")
_CHANNEL = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,63}$")


class ConfigError(Exception):
    """A watch.toml that cannot be used, with the reason (and where)."""


@dataclass(frozen=True)
class Source:
    name: str  # unique; the key of its state in the ledger
    kind: str
    target: str  # the URL polled (feed, page, t.me/s/…) or the folder
    interval: float
    jitter: float
    timeout: float
    max_bytes: int
    backfill: int
    max_backoff: float
    channel: str | None = None  # telegram
    links: re.Pattern[str] | None = None  # page: which links are articles
    max_articles: int = 20  # page: articles fetched in one poll at most
    max_pages: int = 5  # telegram: ?before= pages fetched in one poll at most
    recheck: float = 3600.0  # page: seconds before a stored article is fetched again for an update (0: never)


@dataclass(frozen=True)
class Filter:
    claimant: tuple[str, ...] = ()  # parts of the claimant's name, any case
    side: tuple[str, ...] = ()  # UA, RU …
    region: tuple[str, ...] = ()  # ISO 3166-2 codes of the claim's places
    finding: tuple[str, ...] = ()  # finding codes: only claims with one of them, and those findings
    min_count: int | None = None  # destroyed or launched at least this


@dataclass(frozen=True)
class Sink:
    sink: str
    filter: Filter
    path: str | None = None  # jsonl
    url: str | None = None  # webhook
    format: str = "json"  # webhook: json | slack (Slack and Mattermost incoming webhooks)
    retries: int = 3  # webhook
    timeout: float = 10.0  # webhook, command
    command: tuple[str, ...] = ()  # command: argv; the event is its standard input


@dataclass(frozen=True)
class WatchConfig:
    sources: tuple[Source, ...]
    sinks: tuple[Sink, ...] = ()
    base_url: str | None = None
    workers: int = 8
    path: str | None = None
    recycle_documents: int = 1000  # a long watch's worker process is replaced after so many documents …
    recycle_minutes: float = 60.0  # … or minutes, whichever comes first (0: never); see watch/workers.py
    extra: dict = field(default_factory=dict)


DEFAULTS = {"interval": 300.0, "jitter": 0.1, "timeout": 15.0, "max_bytes": 5_000_000, "backfill": 20,
            "max_backoff": 3600.0}


def load_config(path: str) -> WatchConfig:
    """Read and check ``path``. Raises :class:`ConfigError` naming the first problem."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    return parse_config(data, path=path, base=Path(path).resolve().parent)


def parse_config(data: dict, *, path: str = "watch.toml", base: Path | None = None) -> WatchConfig:
    where = path
    general = _table(data.get("watch", {}), f"{where}: [watch]")
    unknown = set(data) - {"watch", "source", "notify"}
    if unknown:
        raise ConfigError(f"{where}: unknown section(s) {', '.join(sorted(unknown))}")
    defaults = dict(DEFAULTS)
    for key in DEFAULTS:
        if key in general:
            defaults[key] = _number(general[key], f"{where}: [watch] {key}", key)
    base_url = general.get("base_url")
    if base_url is not None and not (isinstance(base_url, str) and re.match(r"^https?://", base_url)):
        raise ConfigError(f"{where}: [watch] base_url must be an http(s) URL")
    workers = int(_number(general.get("workers", 8), f"{where}: [watch] workers", "workers"))
    recycle_documents = int(_number(general.get("recycle_documents", 1000), f"{where}: [watch] recycle_documents",
                                    "recycle_documents"))
    recycle_minutes = float(_number(general.get("recycle_minutes", 60), f"{where}: [watch] recycle_minutes",
                                    "recycle_minutes"))
    extra = set(general) - set(DEFAULTS) - {"base_url", "workers", "recycle_documents", "recycle_minutes"}
    if extra:
        raise ConfigError(f"{where}: [watch] unknown key(s) {', '.join(sorted(extra))}")
    sources = []
    for n, raw in enumerate(_list(data.get("source", []), f"{where}: [[source]]"), 1):
        sources.append(_source(raw, defaults, f"{where}: source {n}", base))
    names = [s.name for s in sources]
    for name in names:
        if names.count(name) > 1:
            raise ConfigError(f"{where}: two sources are named {name!r} (give each a unique name)")
    if not sources:
        raise ConfigError(f"{where}: no [[source]] to watch")
    sinks = tuple(_sink(raw, f"{where}: notify {n}", base)
                  for n, raw in enumerate(_list(data.get("notify", []), f"{where}: [[notify]]"), 1))
    return WatchConfig(tuple(sources), sinks, base_url.rstrip("/") if base_url else None, max(1, workers), path,
                       recycle_documents=recycle_documents, recycle_minutes=recycle_minutes)


def _source(raw: object, defaults: dict, where: str, base: Path | None) -> Source:
    raw = _table(raw, where)
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ConfigError(f"{where}: kind must be one of {', '.join(KINDS)} (got {kind!r})")
    allowed = set(DEFAULTS) | {"kind", "name"} | {
        "feed": {"url"}, "page": {"url", "links", "max_articles", "recheck"},
        "telegram": {"channel", "url", "max_pages"}, "folder": {"path"}}[kind]
    extra = set(raw) - allowed
    if extra:
        raise ConfigError(f"{where}: unknown key(s) for a {kind} source: {', '.join(sorted(extra))}")
    opts = {key: _number(raw[key], f"{where} {key}", key) if key in raw else value
            for key, value in defaults.items()}
    opts["max_bytes"], opts["backfill"] = int(opts["max_bytes"]), int(opts["backfill"])
    if opts["interval"] <= 0 or not 0 <= opts["jitter"] < 1 or opts["timeout"] <= 0:
        raise ConfigError(f"{where}: interval and timeout must be positive, jitter between 0 and 1")
    extras: dict = {}
    if kind == "telegram":
        channel = raw.get("channel")
        if not isinstance(channel, str) or not _CHANNEL.match(channel.lstrip("@")):
            raise ConfigError(f"{where}: channel must be a public channel's username (got {channel!r})")
        channel = channel.lstrip("@")
        site = _url(raw.get("url", "https://t.me"), where)
        target = f"{site.rstrip('/')}/s/{channel}"
        extras = {"channel": channel,
                  "max_pages": int(_number(raw.get("max_pages", 5), f"{where} max_pages", "max_pages"))}
        name = raw.get("name") or f"telegram:{channel}"
    elif kind in ("feed", "page"):
        target = _url(raw.get("url"), where)
        name = raw.get("name") or f"{kind}:{target}"
        if kind == "page":
            links = raw.get("links")
            try:
                extras["links"] = re.compile(links) if links else None
            except (re.error, TypeError) as exc:
                raise ConfigError(f"{where}: links is not a regular expression ({exc})") from None
            extras["max_articles"] = int(_number(raw.get("max_articles", 20), f"{where} max_articles",
                                                 "max_articles"))
            extras["recheck"] = float(_number(raw.get("recheck", 3600), f"{where} recheck", "recheck"))
    else:
        folder = raw.get("path")
        if not isinstance(folder, str) or not folder:
            raise ConfigError(f"{where}: a folder source needs path")
        target = str((base / folder) if base and not Path(folder).is_absolute() else Path(folder))
        name = raw.get("name") or f"folder:{folder}"
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: name must be a non-empty string")
    return Source(name=name, kind=kind, target=target, **opts, **extras)


def _sink(raw: object, where: str, base: Path | None) -> Sink:
    raw = _table(raw, where)
    sink = raw.get("sink")
    if sink not in SINKS:
        raise ConfigError(f"{where}: sink must be one of {', '.join(SINKS)} (got {sink!r})")
    filters = {"claimant", "side", "region", "finding", "min_count"}
    allowed = filters | {"sink"} | {"terminal": set(), "jsonl": {"path"},
                                    "webhook": {"url", "format", "retries", "timeout"},
                                    "command": {"command", "timeout"}}[sink]
    extra = set(raw) - allowed
    if extra:
        raise ConfigError(f"{where}: unknown key(s) for a {sink} sink: {', '.join(sorted(extra))}")
    min_count = raw.get("min_count")
    if min_count is not None and (isinstance(min_count, bool) or not isinstance(min_count, int)):
        raise ConfigError(f"{where}: min_count must be a whole number")
    flt = Filter(claimant=_strings(raw, "claimant", where), side=tuple(s.upper() for s in _strings(raw, "side", where)),
                 region=tuple(s.upper() for s in _strings(raw, "region", where)),
                 finding=_strings(raw, "finding", where), min_count=min_count)
    opts: dict = {}
    if sink == "jsonl":
        out = raw.get("path")
        if not isinstance(out, str) or not out:
            raise ConfigError(f"{where}: a jsonl sink needs path")
        opts["path"] = str(base / out) if base and not Path(out).is_absolute() else out
    elif sink == "webhook":
        opts["url"] = _url(raw.get("url"), where)
        fmt = raw.get("format", "json")
        if fmt not in ("json", "slack"):
            raise ConfigError(f"{where}: format must be json or slack (got {fmt!r})")
        opts["format"] = fmt
        opts["retries"] = int(_number(raw.get("retries", 3), f"{where} retries", "retries"))
        opts["timeout"] = _number(raw.get("timeout", 10), f"{where} timeout", "timeout")
    elif sink == "command":
        cmd = raw.get("command")
        if isinstance(cmd, str):
            cmd = [cmd]
        if not isinstance(cmd, list) or not cmd or not all(isinstance(c, str) and c for c in cmd):
            raise ConfigError(f"{where}: command must be a program and its arguments, as a list of strings")
        opts["command"] = tuple(cmd)
        opts["timeout"] = _number(raw.get("timeout", 30), f"{where} timeout", "timeout")
    return Sink(sink=sink, filter=flt, **opts)


def _table(value: object, where: str) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(f"{where} must be a table")
    return value


def _list(value: object, where: str) -> list:
    if not isinstance(value, list):
        raise ConfigError(f"{where} must be an array of tables")
    return value


def _number(value: object, where: str, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ConfigError(f"{where}: {key} must be a number ≥ 0 (got {value!r})")
    return float(value) if isinstance(value, float) or key in ("interval", "jitter", "timeout", "max_backoff") \
        else value


def _url(value: object, where: str) -> str:
    if not isinstance(value, str) or not re.match(r"^https?://[^/\s]+", value):
        raise ConfigError(f"{where}: url must be an http(s) URL (got {value!r})")
    return value


def _strings(raw: dict, key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be a string or a list of strings")
    return tuple(value)
