"""Neutral article padding: sentences that state no count, time, place or incident,
written for this generator (no real article is quoted), in English (``SENTENCES``),
Russian (``RU``) and Ukrainian (``UK``). They also avoid the words a report's parts
are found by: place-type words ("область", "район", "громада"), weapon and
interception words, damage and casualty words, and capitalised names."""

from __future__ import annotations

import random

SENTENCES = (
    "The ministry publishes such figures on its official channels, usually without further detail.",
    "The figures could not be independently verified.",
    "Ukrainian officials do not usually comment on statements of this kind.",
    "Neither side regularly discloses how many interceptor missiles its air defenses use.",
    "Such statements follow a familiar pattern and appear almost daily.",
    "Residents of border areas have grown used to sirens and to short breaks in mobile internet service.",
    "Flights at several regional airports were briefly suspended as a precaution, the aviation regulator said.",
    "Airlines warned passengers that departures could be delayed for some hours.",
    "Residents were asked not to publish photos or videos that show the work of air defense units.",
    "Schools and public transport worked as usual in the morning.",
    "Traffic on some roads was briefly restricted while specialists inspected the area.",
    "Emergency crews remained on standby throughout the night.",
    "Regional authorities urged people to rely only on official sources of information.",
    "The statement did not say what the drones were believed to be aiming for.",
    "Observers say the reach of long-range drones has grown markedly in recent years.",
    "Both sides have invested heavily in cheaper means of intercepting drones, such as mobile air defense groups.",
    "Electronic warfare systems are increasingly used alongside conventional air defenses.",
    "The reports usually list the regions concerned but rarely name specific towns.",
    "Military bloggers often publish their own estimates, which tend to differ from official figures.",
    "Officials typically release more information later in the day, once the situation has been assessed.",
    "Warnings were issued in several districts, and residents were advised to stay away from windows.",
    "The ministry's statements are widely quoted by state media within minutes of publication.",
    "Local administrations reminded residents where the nearest shelters are located.",
    "Compensation for affected households is handled by regional commissions, according to local media.",
    "The government has said it will continue to strengthen the protection of critical infrastructure.",
)


def paragraph(rng: random.Random, used: set[int], sentences: tuple[str, ...] = SENTENCES) -> str:
    """One to three of ``sentences`` not used before in the document."""
    fresh = [i for i in range(len(sentences)) if i not in used]
    picked = rng.sample(fresh, min(len(fresh), rng.randint(1, 3)))
    used.update(picked)
    return " ".join(sentences[i] for i in picked)

RU = (
    "Независимо проверить эти данные не представляется возможным.",
    "Как правило, украинская сторона подобные заявления не комментирует.",
    "Сводки такого рода появляются почти ежедневно и следуют привычному шаблону.",
    "Подробности о возможных последствиях на земле в сообщении не приводятся.",
    "Жителям рекомендовали не публиковать в социальных сетях снимки и видеозаписи с места событий.",
    "Экстренные службы находились в режиме повышенной готовности.",
    "В ряде аэропортов временно вводились ограничения на прием и выпуск воздушных судов.",
    "Авиакомпании предупредили пассажиров о возможных задержках рейсов.",
    "Школы и общественный транспорт утром работали в обычном режиме.",
    "Жителей призвали доверять только официальным источникам информации.",
    "Военные блогеры нередко публикуют собственные оценки, которые расходятся с официальными данными.",
    "Наблюдатели отмечают, что дальность полета таких аппаратов в последние годы заметно выросла.",
    "Обе стороны вкладывают значительные средства в более дешевые способы перехвата.",
    "Системы радиоэлектронной борьбы все чаще применяются наряду с традиционными средствами защиты.",
    "Сообщения ведомства обычно цитируют государственные СМИ уже через несколько минут после публикации.",
    "Дополнительная информация, как правило, появляется позднее, когда обстановка будет оценена.",
    "Местные жители рассказали, что слышали громкие хлопки.",
    "Порядок выплаты компенсаций определяют специальные комиссии.",
    "Правительство заявило, что продолжит укреплять защиту критической инфраструктуры.",
    "В отчетах редко называются конкретные населенные пункты.",
    "Мобильная связь и интернет в отдельных местах работали с перебоями.",
    "Эксперты расходятся во мнениях о том, насколько эффективны такие меры.",
    "Водителей попросили с пониманием отнестись к временным ограничениям движения.",
    "Энергетики следят за тем, чтобы сбои в электроснабжении устранялись как можно быстрее.",
)

UK = (
    "Незалежно перевірити ці дані неможливо.",
    "Такі зведення з'являються майже щодня і мають усталену форму.",
    "Подробиці щодо можливих наслідків на землі не наводяться.",
    "Мешканців закликали не публікувати в соцмережах фото та відео з місць подій.",
    "Екстрені служби перебували в режимі підвищеної готовності.",
    "Школи та громадський транспорт зранку працювали у звичайному режимі.",
    "Жителів закликали довіряти лише офіційним джерелам інформації.",
    "Військові аналітики зазначають, що дальність польоту таких апаратів помітно зросла.",
    "Обидві сторони вкладають значні кошти в дешевші способи перехоплення.",
    "Засоби радіоелектронної боротьби дедалі частіше використовують разом із традиційними засобами захисту.",
    "Місцеві мешканці розповіли, що чули гучні звуки.",
    "Порядок виплати компенсацій визначають спеціальні комісії.",
    "Уряд заявив, що продовжить посилювати захист критичної інфраструктури.",
    "Мобільний зв'язок та інтернет подекуди працювали з перебоями.",
    "Експерти по-різному оцінюють ефективність таких заходів.",
    "Енергетики працюють над тим, щоб якнайшвидше відновити стабільне постачання.",
    "Додаткову інформацію зазвичай оприлюднюють пізніше, коли ситуацію буде оцінено.",
    "Сигнали повітряної тривоги лунали кілька разів.",
    "Жителів просять не ігнорувати сигнали тривоги та залишатися в укриттях до відбою.",
    "Такі заяви зазвичай неможливо зіставити з даними іншої сторони.",
    "Залізниця попередила про можливі затримки окремих поїздів.",
    "Волонтери продовжують збирати кошти на обладнання для мобільних груп.",
    "Комунальні служби працюють у посиленому режимі.",
)
