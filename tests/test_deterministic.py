"""A text's extraction is a function of the text alone: whatever the process read before it, in which
order, with what else alive in memory, under which string-hash seed. Each invented report below is read
alone in a fresh process, and in one batch in three ways — in order; reversed, with a full collection
and throwaway objects of many sizes between the texts; and with ``id`` in the extractor's modules made
to keep its object alive, so that no address is ever reused (a structure keyed by ``id()`` of objects
that die would read differently with and without that) — and every reading must be the same.

The texts pass through the stages that key by identity (weapon lists, totals by parts, launch sites,
a running update of an earlier figure, places told in a list, casualties told and retold)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (invented reports: places, numbers and wording of our own)
TEXTS = [
    ("en-a", "en", "Air defences downed 23 drones overnight, the ministry said.\n"
     "Eleven were destroyed over the Tambovka region, seven over the Zarechye region and five more over the "
     "Lipetsk Region. The drones were launched from the Sumy region and the Chernihiv region, it added.\n"
     "Earlier the governor reported that three drones had been shot down near Yelets. Later, he said two more "
     "were downed near Yelets, bringing the total to five.\n"
     "A man of 44 was wounded in the village of Krasnoye; two women were injured in Yelets."),
    ("en-b", "en", "Overnight the enemy used 31 attack drones of the Shahed type and two Iskander-M "
     "ballistic missiles. Our air defence destroyed 26 drones and one missile.\n"
     "Three more drones were lost on location. In Poltava Oblast a warehouse caught fire; "
     "one person was injured, and later the number of injured rose to three."),
    ("ru-a", "ru", "Этой ночью расчёты ПВО уничтожили 19 беспилотников самолётного типа.\n"
     "Восемь из них – в небе Курской области, шесть – над Брянской областью, три – над "
     "Орловской областью и ещё два – над Воронежской областью.\n"
     "Кроме того, ранее силы ПВО сбили пять беспилотников. Позднее сбиты ещё три, летевшие на Москву."),
    ("ru-b", "ru", "За прошедшие сутки противник применил:\n- 17 БпЛА типа «Герань-2»;\n"
     "- две крылатые ракеты Х-101;\n- ракета «Искандер-К».\n"
     "В Сумской области повреждены два жилых дома, ранены четыре человека, один из них ребёнок. "
     "Всего в области пострадали шесть человек."),
    ("uk-a", "uk", "У ніч на 4 березня противник атакував 42 ударними БпЛА типу «Шахед» та дронами-імітаторами "
     "з напрямків Курськ, Брянськ та Міллерово.\n"
     "Станом на 08:30 збито/подавлено 35 дронів на півночі, сході та півдні країни.\n"
     "Зафіксовано влучання 6 ударних БпЛА на 3 локаціях. Внаслідок атаки на Харківщині поранено "
     "двох людей, ще одного — на Сумщині."),
    ("uk-b", "uk", "Сили ППО знищили 58 дронів. Також зафіксовано чотири ракети, з яких дві збито.\n"
     "Над Одеською областю збито 14 дронів, над Миколаївською — 9, ще 5 — над Херсонщиною.\n"
     "Унаслідок падіння уламків у Вознесенську пошкоджено склад; загинула одна людина, "
     "згодом стало відомо ще про двох поранених."),
]

# reads the texts given on stdin (a JSON list of [id, lang, text]) in one process and prints each one's
# report; argv: "plain" | "perturbed" (reversed, with a collection and throwaway objects between texts) |
# "keepalive" (id() in the extractor's modules keeps each object alive: no address is reused)
_RUNNER = r"""
import gc, importlib, json, pkgutil, random, sys
from raidlog import extract
mode = sys.argv[1]
texts = json.load(sys.stdin)
if mode == "keepalive":
    alive = []
    def keeping_id(o, _id=id):
        alive.append(o)
        return _id(o)
    package = importlib.import_module("raidlog.extract")
    names = [info.name for info in pkgutil.walk_packages(package.__path__, "raidlog.extract.")]
    for name in ("raidlog.officials", "raidlog.lexicon.gates", *names):
        importlib.import_module(name).id = keeping_id
    assert len(names) > 20, names
order = list(reversed(texts)) if mode == "perturbed" else texts
rnd = random.Random(7)
junk = []
out = {}
for key, lang, text in order:
    if mode == "perturbed":
        gc.collect()
        junk.append([(object(), [0] * rnd.randrange(1, 40), {"k": rnd.random()}, str(rnd.random()) * rnd.randrange(1, 9))
                     for _ in range(rnd.randrange(50, 400))])
        if len(junk) > 3:
            junk.pop(rnd.randrange(len(junk)))
    out[key] = extract(text, published="2025-03-04", lang=lang).to_dict()
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def _run(mode: str, texts: list[tuple[str, str, str]], seed: str) -> dict[str, dict]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", _RUNNER, mode], input=json.dumps(texts), capture_output=True,
                          text=True, timeout=600, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_text_reads_the_same_alone_in_a_batch_and_after_any_other():
    batch = _run("plain", TEXTS, "0")
    assert set(batch) == {key for key, _, _ in TEXTS}
    assert any(r["claims"] for r in batch.values())  # (the texts are read: not a comparison of empty reports)
    for mode, seed in (("perturbed", "1234"), ("keepalive", "99")):
        other = _run(mode, TEXTS, seed)
        assert [k for k in batch if other[k] != batch[k]] == [], mode
    for key, lang, text in TEXTS:
        alone = _run("plain", [(key, lang, text)], str(len(key) * 31 + 5))
        assert alone[key] == batch[key], key
