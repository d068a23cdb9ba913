"""The demo's fictional cast: people, places and organisations, each spelled as each
edition writes it (a Russian story writes the Cyrillic form of the name its English
translation writes in Latin letters), and sentences that name them as news does.

The names are chosen to exercise search across scripts: kh/х/խ/x, ts/ц/ց, zh/ж/ժ/j,
й, ya/я/յա, ё, ə, ı and İ, ş, ü, the Armenian ligature և, and spellings no rule joins
(Гусейнзаде/Hüseynzadə, Оганджанян/Ohanjanyan) that editors would add as aliases.
"""

import random

PEOPLE = [
    {
        "en": "Mikhail Tikhomirsky",
        "ru": "Михаил Тихомирский",
        "hy": "Միխայիլ Տիխոմիրսկի",
        "az": "Mixail Tixomirski",
    },
    {"en": "Yana Tsaryova", "ru": "Яна Царёва", "hy": "Յանա Ցարյովա", "az": "Yana Tsaryova"},
    {
        "en": "Narek Ohanjanyan",
        "ru": "Нарек Оганджанян",
        "hy": "Նարեկ Օհանջանյան",
        "az": "Narek Ohancanyan",
    },
    {"en": "Leyla Mammadli", "ru": "Лейла Мамедли", "hy": "Լեյլա Մամեդլի", "az": "Leyla Məmmədli"},
    {
        "en": "Rashad Huseynzade",
        "ru": "Рашад Гусейнзаде",
        "hy": "Ռաշադ Հուսեյնզադե",
        "az": "Rəşad Hüseynzadə",
    },
    {
        "en": "Dmitry Zhuravlyov",
        "ru": "Дмитрий Журавлёв",
        "hy": "Դմիտրի Ժուրավլյով",
        "az": "Dmitri Juravlyov",
    },
    {
        "en": "Siranush Avetisyan",
        "ru": "Сирануш Аветисян",
        "hy": "Սիրանուշ Ավետիսյան",
        "az": "Siranuş Avetisyan",
    },
    {
        "en": "Oleg Shcherbatsky",
        "ru": "Олег Щербацкий",
        "hy": "Օլեգ Շչերբացկի",
        "az": "Oleq Şerbatski",
    },
    {
        "en": "Ilkin Aliyarov",
        "ru": "Илькин Алияров",
        "hy": "Իլքին Ալիյարով",
        "az": "İlkin Əliyarov",
    },
    {
        "en": "Vera Yablonskaya",
        "ru": "Вера Яблонская",
        "hy": "Վերա Յաբլոնսկայա",
        "az": "Vera Yablonskaya",
    },
    {
        "en": "Vahagn Melkonyan",
        "ru": "Ваагн Мелконян",
        "hy": "Վահագն Մելքոնյան",
        "az": "Vahaqn Melkonyan",
    },
    {
        "en": "Nurlan Gasimov",
        "ru": "Нурлан Гасымов",
        "hy": "Նուրլան Գասիմով",
        "az": "Nurlan Qasımov",
    },
]

PLACES = [
    {"en": "Northvale", "ru": "Нортвейл", "hy": "Նորթվեյլ", "az": "Nortveyl"},
    {"en": "Eastharbour", "ru": "Истхарбор", "hy": "Իսթհարբոր", "az": "İstharbor"},
    {"en": "Novoyarsk", "ru": "Новоярск", "hy": "Նովոյարսկ", "az": "Novoyarsk"},
    {"en": "Khalinsk", "ru": "Халинск", "hy": "Խալինսկ", "az": "Xalinsk"},
    {"en": "Vardadzor", "ru": "Вардадзор", "hy": "Վարդաձոր", "az": "Vardadzor"},
    {"en": "Shakarli", "ru": "Шакярли", "hy": "Շաքյարլի", "az": "Şəkərli"},
]

ORGANISATIONS = [
    {"en": "Arevtrans", "ru": "Аревтранс", "hy": "Արևտրանս", "az": "Arevtrans"},
    {"en": "Khazarlift", "ru": "Хазарлифт", "hy": "Խազարլիֆտ", "az": "Xəzərlift"},
    {"en": "Zhemchug Bank", "ru": "Жемчуг Банк", "hy": "Ժեմչուգ Բանկ", "az": "Jemçuq Bank"},
    {"en": "Gunesh Energy", "ru": "Гюнеш Энерджи", "hy": "Գյունեշ Էներջի", "az": "Günəş Enerji"},
    {
        "en": "Tsentra Holding",
        "ru": "Центра Холдинг",
        "hy": "Ցենտրա Հոլդինգ",
        "az": "Sentra Holdinq",
    },
    {"en": "Yarvest", "ru": "Ярвест", "hy": "Յարվեստ", "az": "Yarvest"},
]

# Each name stands where its language leaves it uninflected (after a noun such as
# "город"/"քաղաք"/"şəhər", in quotes after "организация"), so every edition's story
# writes the same form of the name a reader would type.
NAMED_SENTENCES = [
    {
        "en": "{person}, who heads {org}, says the first results will be published in {place} next month.",
        "ru": "{person}, глава организации «{org}», говорит, что первые результаты опубликуют в городе {place} в следующем месяце.",
        "hy": "{person}, «{org}» կազմակերպության ղեկավարը, ասում է, որ առաջին արդյունքները կհրապարակվեն {place} քաղաքում հաջորդ ամիս։",
        "az": "«{org}» təşkilatının rəhbəri {person} deyir ki, ilk nəticələr gələn ay {place} şəhərində dərc olunacaq.",
    },
    {
        "en": "Residents of {place} told our correspondent that {person} has not visited since the spring.",
        "ru": "Жители города {place} рассказали нашему корреспонденту, что {person} не приезжает к ним с весны.",
        "hy": "{place} քաղաքի բնակիչները մեր թղթակցին պատմեցին, որ {person} գարնանից ի վեր այնտեղ չի այցելել։",
        "az": "{place} şəhərinin sakinləri müxbirimizə bildirdilər ki, {person} yazdan bəri oraya gəlməyib.",
    },
    {
        "en": "At {org}, staff expect {person} to explain the figures before the vote.",
        "ru": "В организации «{org}» ждут, что {person} объяснит цифры до голосования.",
        "hy": "«{org}» կազմակերպությունում ակնկալում են, որ {person} կբացատրի թվերը մինչև քվեարկությունը։",
        "az": "«{org}» təşkilatında gözləyirlər ki, {person} səsverməyə qədər rəqəmləri izah edəcək.",
    },
    {
        "en": "According to {org}, the work in {place} will cost twice the first estimate.",
        "ru": "По данным организации «{org}», работы в городе {place} обойдутся вдвое дороже первой оценки.",
        "hy": "«{org}» կազմակերպության տվյալներով՝ {place} քաղաքում աշխատանքները երկու անգամ ավելի թանկ կարժենան, քան սկզբնական գնահատականն էր։",
        "az": "«{org}» təşkilatının məlumatına görə, {place} şəhərindəki işlər ilkin hesablamadan iki dəfə baha başa gələcək.",
    },
    {
        "en": "{person} and {other} met in {place} on Monday but issued no statement.",
        "ru": "{person} и {other} встретились в городе {place} в понедельник, но заявления не сделали.",
        "hy": "{person} և {other} երկուշաբթի հանդիպեցին {place} քաղաքում, սակայն հայտարարություն չտարածեցին։",
        "az": "{person} və {other} bazar ertəsi {place} şəhərində görüşdülər, lakin bəyanat vermədilər.",
    },
    {
        "en": "{person}, an adviser to {org}, considers the timetable realistic.",
        "ru": "{person}, советник организации «{org}», считает график реалистичным.",
        "hy": "«{org}» կազմակերպության խորհրդական {person} կարծում է, որ ժամանակացույցն իրատեսական է։",
        "az": "«{org}» təşkilatının müşaviri {person} hesab edir ki, qrafik realdır.",
    },
]


def named_sentence(rng: random.Random, language: str) -> str:
    """A sentence naming some of the cast; the same generator state names the same people,
    places and organisations in every language, so a translation names who its original does."""
    template = rng.choice(NAMED_SENTENCES)
    person, other = rng.sample(PEOPLE, 2)
    return template[language].format(
        person=person[language],
        other=other[language],
        place=rng.choice(PLACES)[language],
        org=rng.choice(ORGANISATIONS)[language],
    )
