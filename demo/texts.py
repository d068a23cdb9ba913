"""The demo outlet's texts, written for Masthead (fictional people, places and figures).

Every entry is a mapping of language code to text, so a story generated in one
edition can be generated as its translation in another. The Armenian texts are our
own, like the others: Northvale, Eastharbour, Westmark and Aldoria keep their names,
transcribed into each edition's script.
"""

OUTLET_NAME = "Meridian Post"

# The editions the demo has texts for; the loader loads those of settings.LANGUAGES among them.
LANGUAGES = ("en", "ru", "az", "hy")

# A headline is a topic and an angle. Armenian marks the break with a mijaket ("."): its
# colon reads as the full stop.
HEADLINE = {
    "en": "{topic}: {angle}",
    "ru": "{topic}: {angle}",
    "az": "{topic}: {angle}",
    "hy": "{topic}. {angle}",
}

ATTRIBUTION_RULE = {
    "en": "Republishing our stories is welcome with a direct, visible link to the original on Meridian Post.",
    "ru": "Перепечатка наших материалов разрешена только с прямой видимой ссылкой на оригинал на сайте Meridian Post.",
    "az": "Materiallarımızın təkrar dərcinə yalnız Meridian Post saytındakı orijinala birbaşa və görünən keçidlə icazə verilir.",
    "hy": "Մեր նյութերի վերահրապարակումը թույլատրվում է միայն Meridian Post կայքում տեղադրված բնօրինակին ուղիղ և տեսանելի հղումով։",
}
COPYRIGHT_LINE = {
    "en": "Meridian Post",
    "ru": "Meridian Post",
    "az": "Meridian Post",
    "hy": "Meridian Post",
}

SECTIONS = [
    {
        "slug": "politics",
        "title": {"en": "Politics", "ru": "Политика", "az": "Siyasət", "hy": "Քաղաքականություն"},
        "description": {
            "en": "Politics: parliaments, parties and the people who run them.",
            "ru": "Политика: парламенты, партии и люди, которые ими управляют.",
            "az": "Siyasət: parlamentlər, partiyalar və onları idarə edən insanlar.",
            "hy": "Քաղաքականություն. խորհրդարաններ, կուսակցություններ և դրանք ղեկավարող մարդիկ։",
        },
    },
    {
        "slug": "economy",
        "title": {"en": "Economy", "ru": "Экономика", "az": "İqtisadiyyat", "hy": "Տնտեսություն"},
        "description": {
            "en": "Economy: markets, budgets, trade and the prices people pay.",
            "ru": "Экономика: рынки, бюджеты, торговля и цены, которые платят люди.",
            "az": "İqtisadiyyat: bazarlar, büdcələr, ticarət və insanların ödədiyi qiymətlər.",
            "hy": "Տնտեսություն. շուկաներ, բյուջեներ, առևտուր և այն գները, որոնք վճարում են մարդիկ։",
        },
    },
    {
        "slug": "analytics",
        "title": {"en": "Analytics", "ru": "Аналитика", "az": "Analitika", "hy": "Վերլուծություն"},
        "description": {
            "en": "Analytics: in-depth pieces by our authors.",
            "ru": "Аналитика: подробные материалы наших авторов.",
            "az": "Analitika: müəlliflərimizin geniş təhlilləri.",
            "hy": "Վերլուծություն. մեր հեղինակների խորքային նյութերը։",
        },
    },
    {
        "slug": "world",
        "title": {"en": "World", "ru": "В мире", "az": "Dünya", "hy": "Աշխարհ"},
        "description": {
            "en": "World: what happens beyond our borders and why it matters here.",
            "ru": "В мире: что происходит за нашими границами и почему это важно здесь.",
            "az": "Dünya: sərhədlərimizdən kənarda baş verənlər və bunun bizim üçün önəmi.",
            "hy": "Աշխարհ. ինչ է կատարվում մեր սահմաններից դուրս, և ինչու է դա կարևոր այստեղ։",
        },
    },
]

# Eight topics per section, in the order of SECTIONS.
TOPICS = [
    # politics
    {
        "en": "The coalition talks in Northvale",
        "ru": "Коалиционные переговоры в Нортвейле",
        "az": "Nortveyldə koalisiya danışıqları",
        "hy": "Կոալիցիոն բանակցությունները Նորթվեյլում",
    },
    {
        "en": "A new electoral law",
        "ru": "Новый избирательный закон",
        "az": "Yeni seçki qanunu",
        "hy": "Նոր ընտրական օրենք",
    },
    {
        "en": "The mayors' rebellion",
        "ru": "Бунт мэров",
        "az": "Merlərin üsyanı",
        "hy": "Քաղաքապետերի ըմբոստությունը",
    },
    {
        "en": "Parliament's autumn session",
        "ru": "Осенняя сессия парламента",
        "az": "Parlamentin payız sessiyası",
        "hy": "Խորհրդարանի աշնանային նստաշրջանը",
    },
    {
        "en": "The opposition's new leader",
        "ru": "Новый лидер оппозиции",
        "az": "Müxalifətin yeni lideri",
        "hy": "Ընդդիմության նոր առաջնորդը",
    },
    {
        "en": "Regional budgets and the capital",
        "ru": "Региональные бюджеты и столица",
        "az": "Regional büdcələr və paytaxt",
        "hy": "Մարզային բյուջեներն ու մայրաքաղաքը",
    },
    {
        "en": "The civil service reform",
        "ru": "Реформа госслужбы",
        "az": "Dövlət qulluğu islahatı",
        "hy": "Քաղաքացիական ծառայության բարեփոխումը",
    },
    {
        "en": "A referendum on local taxes",
        "ru": "Референдум о местных налогах",
        "az": "Yerli vergilər üzrə referendum",
        "hy": "Հանրաքվե տեղական հարկերի վերաբերյալ",
    },
    # economy
    {
        "en": "The port expansion at Eastharbour",
        "ru": "Расширение порта в Истхарборе",
        "az": "İstharbor limanının genişləndirilməsi",
        "hy": "Իսթհարբորի նավահանգստի ընդլայնումը",
    },
    {
        "en": "Bread prices this winter",
        "ru": "Цены на хлеб этой зимой",
        "az": "Bu qış çörəyin qiyməti",
        "hy": "Հացի գներն այս ձմռանը",
    },
    {
        "en": "The central bank's rate decision",
        "ru": "Решение центробанка по ставке",
        "az": "Mərkəzi bankın faiz qərarı",
        "hy": "Կենտրոնական բանկի որոշումը տոկոսադրույքի մասին",
    },
    {
        "en": "Small farms and the new subsidies",
        "ru": "Малые фермы и новые субсидии",
        "az": "Kiçik fermalar və yeni subsidiyalar",
        "hy": "Փոքր ֆերմաներն ու նոր սուբսիդիաները",
    },
    {
        "en": "The rail freight corridor",
        "ru": "Железнодорожный грузовой коридор",
        "az": "Dəmir yolu yük dəhlizi",
        "hy": "Երկաթուղային բեռնափոխադրումների միջանցքը",
    },
    {
        "en": "Solar parks in the steppe",
        "ru": "Солнечные парки в степи",
        "az": "Çöldə günəş parkları",
        "hy": "Արևային կայանները տափաստանում",
    },
    {
        "en": "The housing market after the boom",
        "ru": "Рынок жилья после бума",
        "az": "Bumdan sonra mənzil bazarı",
        "hy": "Բնակարանային շուկան բումից հետո",
    },
    {
        "en": "Remittances from abroad",
        "ru": "Денежные переводы из-за рубежа",
        "az": "Xaricdən pul köçürmələri",
        "hy": "Դրամական փոխանցումներն արտերկրից",
    },
    # analytics
    {
        "en": "Water, dams and a dry decade",
        "ru": "Вода, плотины и засушливое десятилетие",
        "az": "Su, bəndlər və quraq onillik",
        "hy": "Ջուր, ամբարտակներ և երաշտի տասնամյակ",
    },
    {
        "en": "Why young engineers leave",
        "ru": "Почему уезжают молодые инженеры",
        "az": "Gənc mühəndislər niyə gedir",
        "hy": "Ինչու են հեռանում երիտասարդ ինժեներները",
    },
    {
        "en": "The quiet rise of the middle corridor",
        "ru": "Тихий подъём Среднего коридора",
        "az": "Orta dəhlizin səssiz yüksəlişi",
        "hy": "Միջին միջանցքի լուռ վերելքը",
    },
    {
        "en": "Gas contracts in a warming world",
        "ru": "Газовые контракты в теплеющем мире",
        "az": "İstiləşən dünyada qaz müqavilələri",
        "hy": "Գազային պայմանագրերը տաքացող աշխարհում",
    },
    {
        "en": "What the census really shows",
        "ru": "Что на самом деле показывает перепись",
        "az": "Siyahıyaalma əslində nəyi göstərir",
        "hy": "Ինչ է իրականում ցույց տալիս մարդահամարը",
    },
    {
        "en": "Cyber security of public services",
        "ru": "Кибербезопасность госуслуг",
        "az": "Dövlət xidmətlərinin kibertəhlükəsizliyi",
        "hy": "Պետական ծառայությունների կիբեռանվտանգությունը",
    },
    {
        "en": "The price of cheap electricity",
        "ru": "Цена дешёвого электричества",
        "az": "Ucuz elektrikin qiyməti",
        "hy": "Էժան էլեկտրաէներգիայի գինը",
    },
    {
        "en": "Universities and the labour market",
        "ru": "Университеты и рынок труда",
        "az": "Universitetlər və əmək bazarı",
        "hy": "Համալսարաններն ու աշխատաշուկան",
    },
    # world
    {
        "en": "A summit on the northern shore",
        "ru": "Саммит на северном берегу",
        "az": "Şimal sahilində sammit",
        "hy": "Գագաթնաժողով հյուսիսային ափին",
    },
    {
        "en": "The border agreement with Westmark",
        "ru": "Пограничное соглашение с Вестмарком",
        "az": "Vestmarkla sərhəd sazişi",
        "hy": "Սահմանային համաձայնագիրը Վեստմարկի հետ",
    },
    {
        "en": "Grain shipments across the sea",
        "ru": "Поставки зерна через море",
        "az": "Dəniz üzərindən taxıl daşımaları",
        "hy": "Հացահատիկի առաքումները ծովով",
    },
    {
        "en": "Elections in the Republic of Aldoria",
        "ru": "Выборы в Республике Алдория",
        "az": "Aldoriya Respublikasında seçkilər",
        "hy": "Ընտրություններ Ալդորիայի Հանրապետությունում",
    },
    {
        "en": "A new trade bloc in the south",
        "ru": "Новый торговый блок на юге",
        "az": "Cənubda yeni ticarət bloku",
        "hy": "Նոր առևտրային բլոկ հարավում",
    },
    {
        "en": "Peacekeepers and a fragile ceasefire",
        "ru": "Миротворцы и хрупкое перемирие",
        "az": "Sülhməramlılar və kövrək atəşkəs",
        "hy": "Խաղաղապահներն ու փխրուն հրադադարը",
    },
    {
        "en": "The river treaty, thirty years on",
        "ru": "Речной договор тридцать лет спустя",
        "az": "Çay müqaviləsi otuz il sonra",
        "hy": "Գետային պայմանագիրը՝ երեսուն տարի անց",
    },
    {
        "en": "Sanctions and the shipping lanes",
        "ru": "Санкции и морские пути",
        "az": "Sanksiyalar və dəniz yolları",
        "hy": "Պատժամիջոցներն ու ծովային ուղիները",
    },
]

ANGLES = [
    {
        "en": "what the numbers say",
        "ru": "что говорят цифры",
        "az": "rəqəmlər nə deyir",
        "hy": "ինչ են ասում թվերը",
    },
    {
        "en": "who wins and who pays",
        "ru": "кто выигрывает и кто платит",
        "az": "kim qazanır, kim ödəyir",
        "hy": "ով է շահում և ով է վճարում",
    },
    {
        "en": "five questions that remain",
        "ru": "пять оставшихся вопросов",
        "az": "cavabsız qalan beş sual",
        "hy": "հինգ անպատասխան հարց",
    },
    {
        "en": "a view from the regions",
        "ru": "взгляд из регионов",
        "az": "regionlardan baxış",
        "hy": "հայացք մարզերից",
    },
    {
        "en": "the week that changed the debate",
        "ru": "неделя, изменившая дискуссию",
        "az": "müzakirəni dəyişən həftə",
        "hy": "քննարկումը փոխած շաբաթը",
    },
    {
        "en": "promises and reality",
        "ru": "обещания и реальность",
        "az": "vədlər və reallıq",
        "hy": "խոստումներ և իրականություն",
    },
    {
        "en": "what comes next",
        "ru": "что будет дальше",
        "az": "bundan sonra nə olacaq",
        "hy": "ինչ է սպասվում առաջիկայում",
    },
    {
        "en": "the long road so far",
        "ru": "долгий путь до сегодняшнего дня",
        "az": "bu günə qədər uzun yol",
        "hy": "երկար ճանապարհ մինչ օրս",
    },
]

SUBHEADLINES = [
    {
        "en": "Officials, analysts and residents disagree on the details",
        "ru": "Чиновники, аналитики и жители расходятся в деталях",
        "az": "Rəsmilər, analitiklər və sakinlər detallarda razılaşmır",
        "hy": "Պաշտոնյաները, վերլուծաբաններն ու բնակիչները տարակարծիք են մանրամասներում",
    },
    {
        "en": "The first results arrive sooner than expected",
        "ru": "Первые результаты появились раньше ожиданий",
        "az": "İlk nəticələr gözləniləndən tez gəldi",
        "hy": "Առաջին արդյունքներն ի հայտ եկան սպասվածից շուտ",
    },
    {
        "en": "Money, timing and trust are the open questions",
        "ru": "Деньги, сроки и доверие остаются открытыми вопросами",
        "az": "Pul, vaxt və etimad açıq suallar olaraq qalır",
        "hy": "Գումարը, ժամկետներն ու վստահությունը մնում են բաց հարցեր",
    },
    {
        "en": "A decision years in the making",
        "ru": "Решение, которое готовилось годами",
        "az": "İllərlə hazırlanan qərar",
        "hy": "Տարիներ շարունակ նախապատրաստված որոշում",
    },
    {
        "en": "Behind the headlines, a slower story",
        "ru": "За заголовками скрывается более медленная история",
        "az": "Başlıqların arxasında daha yavaş bir hekayə",
        "hy": "Վերնագրերի հետևում՝ ավելի դանդաղ պատմություն",
    },
    {
        "en": "Our correspondents looked at the record",
        "ru": "Наши корреспонденты изучили документы",
        "az": "Müxbirlərimiz sənədləri araşdırdı",
        "hy": "Մեր թղթակիցներն ուսումնասիրել են փաստաթղթերը",
    },
]

LEADS = [
    {
        "en": "The plan looked simple on paper. Six months later, the people who must carry it out are still arguing about who goes first.",
        "ru": "На бумаге план выглядел простым. Полгода спустя те, кто должен его выполнять, всё ещё спорят, кто начнёт первым.",
        "az": "Kağız üzərində plan sadə görünürdü. Altı ay sonra onu icra etməli olanlar hələ də kimin birinci başlayacağı barədə mübahisə edir.",
        "hy": "Թղթի վրա ծրագիրը պարզ էր թվում։ Վեց ամիս անց նրանք, ովքեր պետք է այն իրականացնեն, դեռ վիճում են, թե ով պետք է առաջինը սկսի։",
    },
    {
        "en": "Few decisions this year have drawn as much attention, and fewer still have been explained so poorly.",
        "ru": "Немногие решения этого года привлекли столько внимания, и ещё меньше были объяснены так плохо.",
        "az": "Bu il az qərar bu qədər diqqət çəkib, daha azı isə bu qədər zəif izah olunub.",
        "hy": "Այս տարի քիչ որոշումներ են այսքան ուշադրություն գրավել, և դեռ ավելի քիչ են այսքան վատ բացատրվել։",
    },
    {
        "en": "We spoke to officials, economists and the people most affected to understand what is really at stake.",
        "ru": "Мы поговорили с чиновниками, экономистами и теми, кого это касается больше всего, чтобы понять, что на самом деле поставлено на карту.",
        "az": "Əslində nəyin təhlükədə olduğunu anlamaq üçün rəsmilər, iqtisadçılar və bundan ən çox təsirlənənlərlə danışdıq.",
        "hy": "Մենք զրուցեցինք պաշտոնյաների, տնտեսագետների և դրանից առավել տուժողների հետ՝ հասկանալու համար, թե իրականում ինչ է դրված խաղաքարտին։",
    },
    {
        "en": "The figures published this week tell a more complicated story than either side admits.",
        "ru": "Опубликованные на этой неделе цифры рассказывают более сложную историю, чем признаёт любая из сторон.",
        "az": "Bu həftə dərc olunan rəqəmlər hər iki tərəfin etiraf etdiyindən daha mürəkkəb bir hekayə danışır.",
        "hy": "Այս շաբաթ հրապարակված թվերն ավելի բարդ պատմություն են պատմում, քան ընդունում է կողմերից որևէ մեկը։",
    },
]

# Body sentences; a paragraph is a few of them, chosen by a seeded generator.
SENTENCES = [
    {
        "en": "The first draft of the plan was published in the spring, after months of closed consultations.",
        "ru": "Первый проект плана был опубликован весной, после нескольких месяцев закрытых консультаций.",
        "az": "Planın ilk layihəsi aylarla davam edən qapalı məsləhətləşmələrdən sonra yazda dərc olundu.",
        "hy": "Ծրագրի առաջին նախագիծը հրապարակվեց գարնանը՝ ամիսներ տևած փակ խորհրդակցություններից հետո։",
    },
    {
        "en": "Supporters say it will bring stability; critics say it only moves the problem to the next government.",
        "ru": "Сторонники говорят, что он принесёт стабильность; критики — что он лишь перекладывает проблему на следующее правительство.",
        "az": "Tərəfdarlar onun sabitlik gətirəcəyini deyir; tənqidçilər isə bunun problemi sadəcə növbəti hökumətə ötürdüyünü bildirir.",
        "hy": "Կողմնակիցներն ասում են, որ այն կայունություն կբերի, իսկ քննադատները՝ որ այն պարզապես խնդիրը փոխանցում է հաջորդ կառավարությանը։",
    },
    {
        "en": "Officials declined to give a date, but two people familiar with the talks expect a decision before the end of the year.",
        "ru": "Чиновники отказались назвать дату, но двое знакомых с ходом переговоров ожидают решения до конца года.",
        "az": "Rəsmilər tarix verməkdən imtina etdi, lakin danışıqlarla tanış olan iki nəfər ilin sonuna qədər qərar gözləyir.",
        "hy": "Պաշտոնյաները հրաժարվեցին ամսաթիվ նշել, սակայն բանակցություններին ծանոթ երկու աղբյուր որոշում են ակնկալում մինչև տարեվերջ։",
    },
    {
        "en": "The numbers are not small: by the ministry's own estimate, the cost over five years exceeds the annual health budget.",
        "ru": "Цифры немалые: по оценке самого министерства, расходы за пять лет превышают годовой бюджет здравоохранения.",
        "az": "Rəqəmlər kiçik deyil: nazirliyin öz hesablamasına görə, beş illik xərc səhiyyənin illik büdcəsini üstələyir.",
        "hy": "Թվերը փոքր չեն. նախարարության իսկ գնահատմամբ՝ հինգ տարվա ծախսերը գերազանցում են առողջապահության տարեկան բյուջեն։",
    },
    {
        "en": "In the regions, the mood is more cautious than in the capital.",
        "ru": "В регионах настроение более осторожное, чем в столице.",
        "az": "Regionlarda əhval-ruhiyyə paytaxtdakından daha ehtiyatlıdır.",
        "hy": "Մարզերում տրամադրություններն ավելի զգուշավոր են, քան մայրաքաղաքում։",
    },
    {
        "en": "Local officials point out that they were not consulted before the announcement.",
        "ru": "Местные чиновники отмечают, что с ними не советовались до объявления.",
        "az": "Yerli rəsmilər elan edilməzdən əvvəl onlarla məsləhətləşilmədiyini qeyd edir.",
        "hy": "Տեղական պաշտոնյաները նշում են, որ հայտարարությունից առաջ իրենց հետ չեն խորհրդակցել։",
    },
    {
        "en": "Economists we spoke to agree on the direction but not on the pace.",
        "ru": "Экономисты, с которыми мы поговорили, согласны с направлением, но не с темпом.",
        "az": "Danışdığımız iqtisadçılar istiqamətlə razıdır, lakin templə yox.",
        "hy": "Տնտեսագետները, որոնց հետ զրուցեցինք, համաձայն են ուղղության, բայց ոչ տեմպի հարցում։",
    },
    {
        "en": "History offers some guidance: a similar attempt a decade ago stalled after its first year.",
        "ru": "История кое-что подсказывает: похожая попытка десять лет назад застопорилась после первого года.",
        "az": "Tarix müəyyən ipucu verir: on il əvvəl oxşar cəhd ilk ildən sonra dayanmışdı.",
        "hy": "Պատմությունը որոշ հուշումներ է տալիս. տասը տարի առաջ նմանատիպ փորձը կանգ առավ առաջին տարուց հետո։",
    },
    {
        "en": "This time, the government has tied the money to measurable targets.",
        "ru": "На этот раз правительство привязало деньги к измеримым целям.",
        "az": "Bu dəfə hökumət vəsaiti ölçülə bilən hədəflərlə əlaqələndirib.",
        "hy": "Այս անգամ կառավարությունը գումարը կապել է չափելի թիրախների հետ։",
    },
    {
        "en": "Whether those targets are ambitious enough is the subject of a lively debate.",
        "ru": "Достаточно ли амбициозны эти цели — предмет оживлённой дискуссии.",
        "az": "Bu hədəflərin kifayət qədər iddialı olub-olmaması canlı müzakirə mövzusudur.",
        "hy": "Արդյոք այդ թիրախները բավականաչափ հավակնոտ են, աշխույժ քննարկման առարկա է։",
    },
    {
        "en": "Business groups welcomed the clarity but asked for a longer transition.",
        "ru": "Деловые объединения приветствовали ясность, но попросили более длительного переходного периода.",
        "az": "Biznes birlikləri aydınlığı alqışladı, lakin daha uzun keçid dövrü istədi.",
        "hy": "Գործարար միավորումները ողջունեցին հստակությունը, սակայն խնդրեցին ավելի երկար անցումային շրջան։",
    },
    {
        "en": "Trade unions were less enthusiastic and have called for public hearings.",
        "ru": "Профсоюзы отнеслись с меньшим энтузиазмом и призвали к публичным слушаниям.",
        "az": "Həmkarlar ittifaqları daha az həvəs göstərib və ictimai dinləmələrə çağırıb.",
        "hy": "Արհմիություններն ավելի քիչ ոգևորված էին և հանրային լսումներ անցկացնելու կոչ արեցին։",
    },
    {
        "en": "The opposition has promised to raise the issue at every session until the spring.",
        "ru": "Оппозиция пообещала поднимать этот вопрос на каждой сессии до весны.",
        "az": "Müxalifət bu məsələni yaza qədər hər sessiyada qaldıracağını vəd edib.",
        "hy": "Ընդդիմությունը խոստացել է այդ հարցը բարձրացնել յուրաքանչյուր նստաշրջանում մինչև գարուն։",
    },
    {
        "en": "Neighbouring countries are watching closely, since several of them face the same choice.",
        "ru": "Соседние страны внимательно следят за происходящим, поскольку некоторые из них стоят перед тем же выбором.",
        "az": "Qonşu ölkələr diqqətlə izləyir, çünki onlardan bir neçəsi eyni seçimlə üz-üzədir.",
        "hy": "Հարևան երկրներն ուշադիր հետևում են, քանի որ նրանցից մի քանիսը կանգնած են նույն ընտրության առաջ։",
    },
    {
        "en": "The data published so far cover only the first quarter, which makes firm conclusions premature.",
        "ru": "Опубликованные пока данные охватывают лишь первый квартал, поэтому твёрдые выводы преждевременны.",
        "az": "İndiyədək dərc olunan məlumatlar yalnız birinci rübü əhatə edir, bu da qəti nəticələri tezləşdirir.",
        "hy": "Մինչ այժմ հրապարակված տվյալները ներառում են միայն առաջին եռամսյակը, ուստի հաստատուն եզրակացություններ անելը վաղաժամ է։",
    },
    {
        "en": "Still, the early signs point in one direction.",
        "ru": "И всё же первые признаки указывают в одном направлении.",
        "az": "Yenə də ilkin əlamətlər bir istiqaməti göstərir.",
        "hy": "Այնուամենայնիվ, առաջին նշանները մատնանշում են մեկ ուղղություն։",
    },
    {
        "en": "Prices in the shops tell their own story, and residents notice them before any statistics do.",
        "ru": "Цены в магазинах рассказывают свою историю, и жители замечают их раньше любой статистики.",
        "az": "Mağazalardakı qiymətlər öz hekayəsini danışır və sakinlər bunu istənilən statistikadan əvvəl hiss edir.",
        "hy": "Խանութներում գներն իրենց պատմությունն են պատմում, և բնակիչները դրանք նկատում են ցանկացած վիճակագրությունից շուտ։",
    },
    {
        "en": "A pensioner in the old town told us she now plans her shopping a week ahead.",
        "ru": "Пенсионерка из старого города рассказала нам, что теперь планирует покупки на неделю вперёд.",
        "az": "Köhnə şəhərdə yaşayan bir təqaüdçü bizə indi alış-verişini bir həftə əvvəldən planlaşdırdığını danışdı.",
        "hy": "Հին քաղաքի մի թոշակառու մեզ պատմեց, որ այժմ իր գնումները պլանավորում է մեկ շաբաթ առաջ։",
    },
    {
        "en": "Young families, meanwhile, are more worried about rent than about food.",
        "ru": "Молодые семьи тем временем больше беспокоятся об аренде, чем о еде.",
        "az": "Gənc ailələr isə yeməkdən çox kirayə haqqından narahatdır.",
        "hy": "Մինչդեռ երիտասարդ ընտանիքներին ավելի շատ անհանգստացնում է բնակարանի վարձը, քան սնունդը։",
    },
    {
        "en": "The ministry says the effect will be visible within two years.",
        "ru": "В министерстве говорят, что эффект станет заметен в течение двух лет.",
        "az": "Nazirlik bildirir ki, təsir iki il ərzində görünəcək.",
        "hy": "Նախարարությունում ասում են, որ ազդեցությունը տեսանելի կլինի երկու տարվա ընթացքում։",
    },
    {
        "en": "Independent researchers are less certain and have asked for the underlying models to be published.",
        "ru": "Независимые исследователи менее уверены и попросили опубликовать лежащие в основе модели.",
        "az": "Müstəqil tədqiqatçılar daha az əmindir və əsas modellərin dərc olunmasını xahiş ediblər.",
        "hy": "Անկախ հետազոտողներն այդքան էլ վստահ չեն և խնդրել են հրապարակել հիմքում ընկած մոդելները։",
    },
    {
        "en": "Transparency has become a theme of its own in this debate.",
        "ru": "Прозрачность стала отдельной темой этой дискуссии.",
        "az": "Şəffaflıq bu müzakirənin ayrıca mövzusuna çevrilib.",
        "hy": "Թափանցիկությունը դարձել է այս քննարկման առանձին թեմա։",
    },
    {
        "en": "The next milestone is the budget vote, when the money either appears or does not.",
        "ru": "Следующая веха — голосование по бюджету, когда деньги либо появятся, либо нет.",
        "az": "Növbəti mərhələ büdcə səsverməsidir: vəsait ya ayrılacaq, ya da yox.",
        "hy": "Հաջորդ կարևոր փուլը բյուջեի քվեարկությունն է, երբ գումարը կա՛մ կհայտնվի, կա՛մ ոչ։",
    },
    {
        "en": "Until then, much depends on the goodwill of a handful of negotiators.",
        "ru": "До тех пор многое зависит от доброй воли нескольких переговорщиков.",
        "az": "O vaxta qədər çox şey bir neçə danışıqçının xoş niyyətindən asılıdır.",
        "hy": "Մինչ այդ շատ բան կախված է մի քանի բանակցողների բարի կամքից։",
    },
    {
        "en": "Some of them have worked together for years, which helps, and some have never met, which does not.",
        "ru": "Некоторые из них работают вместе годами, что помогает, а некоторые никогда не встречались, что не помогает.",
        "az": "Onlardan bəziləri illərdir birlikdə işləyir ki, bu da kömək edir, bəziləri isə heç görüşməyib ki, bu da kömək etmir.",
        "hy": "Նրանցից ոմանք տարիներ շարունակ միասին են աշխատել, ինչն օգնում է, իսկ ոմանք երբեք չեն հանդիպել, ինչը չի օգնում։",
    },
    {
        "en": "International lenders have signalled that they are ready to help, on conditions.",
        "ru": "Международные кредиторы дали понять, что готовы помочь — на определённых условиях.",
        "az": "Beynəlxalq kreditorlar müəyyən şərtlərlə kömək etməyə hazır olduqlarını bildiriblər.",
        "hy": "Միջազգային վարկատուներն ակնարկել են, որ պատրաստ են օգնել՝ որոշակի պայմաններով։",
    },
    {
        "en": "Those conditions are the part of the story that has received the least attention.",
        "ru": "Именно этим условиям уделено меньше всего внимания.",
        "az": "Hekayənin ən az diqqət çəkən hissəsi məhz bu şərtlərdir.",
        "hy": "Հենց այդ պայմաններն են պատմության այն մասը, որին ամենաքիչ ուշադրություն է դարձվել։",
    },
    {
        "en": "Reading the fine print, one finds commitments that will outlast the current parliament.",
        "ru": "Вчитываясь в детали, можно найти обязательства, которые переживут нынешний парламент.",
        "az": "Təfərrüatları oxuduqda, hazırkı parlamentdən daha uzun müddət qüvvədə qalacaq öhdəliklər tapmaq olar.",
        "hy": "Մանրամասները կարդալիս կարելի է գտնել պարտավորություններ, որոնք ավելի երկար կգործեն, քան ներկայիս խորհրդարանը։",
    },
    {
        "en": "None of this is unusual, but it deserves a public explanation.",
        "ru": "Ничего необычного в этом нет, но это заслуживает публичного объяснения.",
        "az": "Bunların heç biri qeyri-adi deyil, lakin ictimai izaha layiqdir.",
        "hy": "Այս ամենում անսովոր ոչինչ չկա, սակայն այն հանրային բացատրության է արժանի։",
    },
    {
        "en": "For now, the plan remains a promise with a price tag and a calendar.",
        "ru": "Пока план остаётся обещанием с ценником и календарём.",
        "az": "Hələlik plan qiyməti və təqvimi olan bir vəd olaraq qalır.",
        "hy": "Առայժմ ծրագիրը մնում է խոստում՝ գնապիտակով և օրացույցով։",
    },
    {
        "en": "We will return to the subject when the first full-year figures are published.",
        "ru": "Мы вернёмся к этой теме, когда будут опубликованы первые данные за полный год.",
        "az": "İlk tam illik rəqəmlər dərc olunduqda bu mövzuya qayıdacağıq.",
        "hy": "Մենք կանդրադառնանք այս թեմային, երբ հրապարակվեն ամբողջ տարվա առաջին տվյալները։",
    },
    {
        "en": "Readers who follow the story closely will remember that the same question was asked last winter.",
        "ru": "Читатели, внимательно следящие за темой, вспомнят, что тот же вопрос задавался прошлой зимой.",
        "az": "Mövzunu yaxından izləyən oxucular eyni sualın keçən qış da verildiyini xatırlayacaqlar.",
        "hy": "Թեմային ուշադիր հետևող ընթերցողները կհիշեն, որ նույն հարցը տրվել էր անցյալ ձմռանը։",
    },
]

QUOTES = [
    {
        "text": {
            "en": "We are not against the reform. We are against doing it in a hurry and without the people it affects.",
            "ru": "Мы не против реформы. Мы против того, чтобы проводить её в спешке и без тех, кого она касается.",
            "az": "Biz islahata qarşı deyilik. Biz onun tələsik və təsirlənən insanlar olmadan aparılmasına qarşıyıq.",
            "hy": "Մենք բարեփոխման դեմ չենք։ Մենք դեմ ենք, որ այն անցկացվի շտապողականությամբ և առանց այն մարդկանց, որոնց այն վերաբերում է։",
        },
        "attribution": {
            "en": "Lena Varga, regional council member",
            "ru": "Лена Варга, член регионального совета",
            "az": "Lena Varqa, regional şura üzvü",
            "hy": "Լենա Վարգա, մարզային խորհրդի անդամ",
        },
    },
    {
        "text": {
            "en": "The data are clear on the trend and silent on the causes. That is where the real work begins.",
            "ru": "Данные ясно показывают тенденцию и молчат о причинах. Именно здесь начинается настоящая работа.",
            "az": "Məlumatlar meyli aydın göstərir, səbəblər barədə isə susur. Əsl iş elə burada başlayır.",
            "hy": "Տվյալները հստակ ցույց են տալիս միտումը և լռում են պատճառների մասին։ Հենց այստեղ է սկսվում իրական աշխատանքը։",
        },
        "attribution": {
            "en": "Tomas Erling, economist",
            "ru": "Томас Эрлинг, экономист",
            "az": "Tomas Erlinq, iqtisadçı",
            "hy": "Թոմաս Էրլինգ, տնտեսագետ",
        },
    },
    {
        "text": {
            "en": "Every government promises speed. The ones that succeed promise less and publish more.",
            "ru": "Каждое правительство обещает скорость. Успешные обещают меньше и публикуют больше.",
            "az": "Hər hökumət sürət vəd edir. Uğur qazananlar daha az vəd edir və daha çox dərc edir.",
            "hy": "Յուրաքանչյուր կառավարություն արագություն է խոստանում։ Հաջողության հասնողներն ավելի քիչ են խոստանում և ավելի շատ են հրապարակում։",
        },
        "attribution": {
            "en": "Amira Sadikova, political analyst",
            "ru": "Амира Садыкова, политический аналитик",
            "az": "Əmirə Sadıqova, siyasi analitik",
            "hy": "Ամիրա Սադիկովա, քաղաքական վերլուծաբան",
        },
    },
    {
        "text": {
            "en": "Nobody here has seen the contract. We read about it in the newspaper, like everyone else.",
            "ru": "Здесь никто не видел контракта. Мы читали о нём в газете, как и все.",
            "az": "Burada heç kim müqaviləni görməyib. Biz də hamı kimi bu barədə qəzetdə oxumuşuq.",
            "hy": "Այստեղ ոչ ոք պայմանագիրը չի տեսել։ Մենք դրա մասին կարդացել ենք թերթում, ինչպես բոլորը։",
        },
        "attribution": {
            "en": "A harbour worker in Eastharbour",
            "ru": "Портовый рабочий из Истхарбора",
            "az": "İstharbor liman işçisi",
            "hy": "Իսթհարբորի նավահանգստի աշխատող",
        },
    },
]

AUTHORS = [
    {
        "slug": "mara-holt",
        "name": {"en": "Mara Holt", "ru": "Мара Холт", "az": "Mara Holt", "hy": "Մարա Հոլթ"},
        "bio": {
            "en": "Political correspondent covering parliament and the regions.",
            "ru": "Политический корреспондент, пишет о парламенте и регионах.",
            "az": "Parlament və regionlar üzrə siyasi müxbir.",
            "hy": "Քաղաքական թղթակից, լուսաբանում է խորհրդարանը և մարզերը։",
        },
    },
    {
        "slug": "ilkin-rustamov",
        "name": {
            "en": "Ilkin Rustamov",
            "ru": "Илькин Рустамов",
            "az": "İlkin Rüstəmov",
            "hy": "Իլքին Ռուստամով",
        },
        "bio": {
            "en": "Economics editor; writes about prices, trade and energy.",
            "ru": "Редактор отдела экономики; пишет о ценах, торговле и энергетике.",
            "az": "İqtisadiyyat redaktoru; qiymətlər, ticarət və enerji haqqında yazır.",
            "hy": "Տնտեսական բաժնի խմբագիր, գրում է գների, առևտրի և էներգետիկայի մասին։",
        },
    },
    {
        "slug": "sofia-brandt",
        "name": {
            "en": "Sofia Brandt",
            "ru": "София Брандт",
            "az": "Sofiya Brandt",
            "hy": "Սոֆիա Բրանդտ",
        },
        "bio": {
            "en": "Analyst and long-form writer on water, climate and infrastructure.",
            "ru": "Аналитик и автор больших текстов о воде, климате и инфраструктуре.",
            "az": "Su, iqlim və infrastruktur üzrə analitik və geniş yazılar müəllifi.",
            "hy": "Վերլուծաբան, ջրի, կլիմայի և ենթակառուցվածքների մասին ծավալուն նյութերի հեղինակ։",
        },
    },
    {
        "slug": "pavel-orlov",
        "name": {
            "en": "Pavel Orlov",
            "ru": "Павел Орлов",
            "az": "Pavel Orlov",
            "hy": "Պավել Օռլով",
        },
        "bio": {
            "en": "Foreign desk; has reported from eleven countries.",
            "ru": "Международный отдел; работал корреспондентом в одиннадцати странах.",
            "az": "Beynəlxalq şöbə; on bir ölkədən reportaj hazırlayıb.",
            "hy": "Միջազգային բաժին. նյութեր է պատրաստել տասնմեկ երկրից։",
        },
    },
    {
        "slug": "nigar-alieva",
        "name": {
            "en": "Nigar Alieva",
            "ru": "Нигяр Алиева",
            "az": "Nigar Əliyeva",
            "hy": "Նիգար Ալիևա",
        },
        "bio": {
            "en": "Data journalist; turns public records into stories.",
            "ru": "Дата-журналист; превращает открытые данные в истории.",
            "az": "Data jurnalist; açıq məlumatları hekayələrə çevirir.",
            "hy": "Տվյալների լրագրող. հանրային տվյալները վերածում է պատմությունների։",
        },
    },
]

TAGS = [
    {"en": "elections", "ru": "выборы", "az": "seçkilər", "hy": "ընտրություններ"},
    {"en": "budget", "ru": "бюджет", "az": "büdcə", "hy": "բյուջե"},
    {"en": "energy", "ru": "энергетика", "az": "enerji", "hy": "էներգետիկա"},
    {"en": "trade", "ru": "торговля", "az": "ticarət", "hy": "առևտուր"},
    {"en": "regions", "ru": "регионы", "az": "regionlar", "hy": "մարզեր"},
    {"en": "prices", "ru": "цены", "az": "qiymətlər", "hy": "գներ"},
    {"en": "diplomacy", "ru": "дипломатия", "az": "diplomatiya", "hy": "դիվանագիտություն"},
    {
        "en": "infrastructure",
        "ru": "инфраструктура",
        "az": "infrastruktur",
        "hy": "ենթակառուցվածքներ",
    },
    {"en": "climate", "ru": "климат", "az": "iqlim", "hy": "կլիմա"},
    {"en": "data", "ru": "данные", "az": "məlumatlar", "hy": "տվյալներ"},
]

IMAGE_CAPTIONS = [
    {
        "en": "An illustration made for this story",
        "ru": "Иллюстрация, подготовленная для этого материала",
        "az": "Bu material üçün hazırlanmış illüstrasiya",
        "hy": "Այս նյութի համար պատրաստված նկարազարդում",
    },
    {
        "en": "Shapes of the season, in our newsroom's colours",
        "ru": "Формы сезона в цветах нашей редакции",
        "az": "Redaksiyamızın rənglərində mövsümün formaları",
        "hy": "Սեզոնի ձևերը մեր խմբագրության գույներով",
    },
]
IMAGE_CREDIT = {
    "en": "Meridian Post illustration",
    "ru": "Иллюстрация Meridian Post",
    "az": "Meridian Post illüstrasiyası",
    "hy": "Meridian Post-ի նկարազարդում",
}
