"""The form a term needs, read from the whole sentence: one row per rule (`glossary apply` end to end).

Each row: language, English source, machine output, the sentence an editor expects. The glossary is
written here so that the names are not the dev sets' ones.
"""

from __future__ import annotations

import pytest

from localize.glossary import load
from localize.terms.repair import apply_glossary

GLOSSARY = "\t".join(["en", "ru", "bg", "type", "gender", "declension", "avoid:ru", "avoid:bg"]) + "\n" + "\n".join(
    "\t".join(row) for row in [
        ("Ainur Aliyeva", "Айнур Алиева", "Айнур Алиева", "person", "f", "last", "", ""),
        ("Wang Yiping", "Ван Ипин", "Ван Ипин", "person", "f", "last", "", ""),
        ("Irina Sokolova", "Ирина Соколова", "Ирина Соколова", "person", "f", "full", "", ""),
        ("Smirnov", "Смирнов", "Смирнов", "person", "m", "full", "", ""),
        ("Sokolova", "Соколова", "Соколова", "person", "f", "full", "", ""),
        ("Green Route Initiative", "инициатива «Зелёный путь»", "инициатива „Зелен път“", "term", "f", "",
         "«Зелёная дорога»", "„Зелена пътека“"),
        ("Northern Corridor", "Северный коридор", "Северен коридор", "term", "m", "", "", ""),
        ("sea ferry", "морской паром", "морски ферибот", "term", "m", "", "", ""),
        ("Preveza", "Превеза", "Превеза", "place", "f", "", "", ""),
        ("Crimean Tatars", "крымские татары", "кримски татари", "term", "pl", "", "", ""),
        ("african swine fever", "африканская чума свиней", "африканска чума по свинете", "term", "f", "", "", ""),
        ("windfall tax", "налог на сверхприбыль", "данък върху свръхпечалбата", "term", "m", "", "", ""),
        ("Lotus Casino", "казино «Лотос»", "казино „Лотос“", "name", "n", "", "", ""),
        ("Elbit", "Elbit", "Elbit", "name", "f", "none", "", ""),
        ("Raven", "Raven", "Raven", "name", "n", "none", "", ""),
        ("customs", "таможня", "митница", "term", "f", "", "", ""),
        ("Alps", "Альпы", "Алпи", "place", "pl", "", "", ""),
        ("grain terminal", "зерновой терминал", "зърнен терминал", "term", "m", "", "", ""),
        ("rupee", "рупия", "рупия", "term", "f", "", "", ""),
        ("dinar", "динар", "динар", "term", "m", "", "", ""),
        ("Supreme Administrative Court", "Высший административный суд", "Висш административен съд", "term", "m",
         "", "", ""),
        ("Export Credit Bank", "Экспортный кредитный банк", "Експортна кредитна банка", "term", "m", "", "", ""),
        ("Osijek", "Осиек", "Осиек", "place", "m", "", "", ""),
        ("Kemal Yildirim", "Кемаль Йылдырын", "Кемал Йълдъръм", "person", "m", "", "", ""),
        ("Dimitrov", "Димитров", "Димитров", "person", "m", "", "", ""),
        ("riyal", "риял", "риал", "term", "m", "", "", ""),
        ("special economic zone", "особая экономическая зона", "специална икономическа зона", "term", "f", "",
         "", ""),
        ("frigate Smeli", "фрегат «Смелый»", "фрегата „Смели“", "term", "m", "", "", ""),
        ("Northern Fleet", "Северный флот", "Северен флот", "term", "m", "", "", ""),
        ("Bosphorus Strait", "пролив Босфор", "Босфорски проток", "term", "m", "", "", ""),
        ("Topkapi Palace", "дворец Топкапы", "дворец Топкапъ", "term", "m", "", "", ""),
        ("Stone Bridge", "Каменный мост", "Каменен мост", "term", "m", "", "", ""),
        ("Sofia Academy of Music", "Софийская музыкальная академия", "Софийска музикална академия", "term", "f", "",
         "", ""),
        ("Sky ACE", "Sky ACE", "Sky ACE", "term", "", "", "", ""),
        ("Wickr", "Wickr", "Wickr", "term", "", "", "", ""),
        ("World Grain Association", "Всемирная ассоциация зерна", "Световна асоциация на зърното", "term", "f", "",
         "", ""),
        ("Independent Grain Union", "Независимый союз зерна", "Независим зърнен съюз", "term", "m", "", "", ""),
        ("Lesovo checkpoint", "КПП «Лесово»", "ГКПП „Лесово“", "term", "m", "", "", ""),
        ("Shchukin", "Щукин", "Щукин", "person", "m", "", "", ""),
        ("Tianjin", "Тяньцзинь", "Тянцзин", "place", "m", "", "", ""),
        ("rose water", "розовая вода", "розова вода", "term", "f", "", "", ""),
        ("Novexa", "Novexa", "Novexa", "dnt", "", "", "", ""),
        ("Lantern", "Lantern", "Lantern", "dnt", "", "", "", ""),
        ("Peter Haddock", "Питер Хэддок", "Питър Хадок", "person", "m", "full", "", ""),
        ("Burgas Harbour Captaincy", "Капитания порта Бургас", "Капитания на пристанище Бургас", "term", "f", "", "", ""),
        ("steel cable", "стальной трос", "стоманено въже", "term", "m", "", "", ""),
        ("food parcel", "продуктовый набор", "хранителен пакет", "term", "m", "", "", ""),
        ("gas cutter", "газорезчик", "газорезач", "term", "m", "", "", ""),
        ("food bank", "продовольственный банк", "хранителна банка", "term", "m", "", "", ""),
        ("charity shop", "благотворительный магазин", "благотворителен магазин", "term", "m", "", "", ""),
        ("Danube Ferry Council", "Дунайский совет паромщиков", "Дунавски съвет на фериботите", "term", "m", "", "", ""),
        ("bulk carrier", "балкер", "балкер", "term", "m", "", "", ""),
        ("harbour fee", "портовый сбор", "пристанищна такса", "term", "f", "", "", ""),
        ("Polar Star", "«Полярная звезда»", "„Полярна звезда“", "name", "f", "none", "", ""),
        ("Zoya Belova", "Зоя Белова", "Зоя Белова", "person", "f", "full", "", ""),
        ("Laundry Association", "Ассоциация прачечных", "Асоциация на пералните", "term", "f", "", "", ""),
        ("laundromat", "прачечная самообслуживания", "пералня на самообслужване", "term", "f", "", "", ""),
        ("Chiara Fontana", "Кьяра Фонтана", "Киара Фонтана", "person", "f", "full", "", ""),
        ("building manager", "управляющий домом", "домоуправител", "term", "m", "", "", ""),
        ("LED lamp", "светодиодная лампа", "светодиодна лампа", "term", "f", "", "", ""),
        ("late blight", "фитофтороз", "мана", "term", "m", "", "", ""),
        ("quarantine pest", "карантинный вредитель", "карантинен вредител", "term", "m", "", "", ""),
        ("Desna Crisp Factory", "Деснянская фабрика чипсов", "Деснянска фабрика за чипс", "term", "f", "", "", ""),
        ("HPP", "ГЭС", "ВЕЦ", "name", "f", "none", "", ""),
        ("water utility", "водоканал", "ВиК дружество", "term", "n", "", "", ""),
        ("fish pass", "рыбоход", "рибен проход", "term", "m", "", "", ""),
        ("lamp post", "фонарный столб", "осветителен стълб", "term", "m", "", "", ""),
        ("Blue Lagoon", "Blue Lagoon", "Blue Lagoon", "dnt", "", "", "", ""),
        ("Severny Veter", "«Северный ветер»", "„Северен вятър“", "name", "m", "", "", ""),
        ("Etienne Morel", "Этьен Морель", "Етиен Морел", "person", "m", "", "Этьен Морел", ""),
        ("blood type", "группа крови", "кръвна група", "term", "f", "", "тип крови", "кръвен тип"),
        ("cave rescuer", "спелеоспасатель", "пещерен спасител", "term", "m", "", "", ""),
        ("plunge pool", "купель", "купел", "term", "f", "", "бассейн для погружения", "басейн за потапяне"),
        ("Kalle Hoyrynen", "Калле Хёйрюнен", "Кале Хьойрюнен", "person", "m", "", "", ""),
        ("shortlist", "короткий список", "кратък списък", "term", "m", "", "", ""),
        ("Sea of Marmara", "Мраморное море", "Мраморно море", "place", "n", "", "", ""),
        ("white cheese", "брынза", "бяло сирене", "term", "f", "", "", ""),
        ("beluga whale", "белуха", "белуха", "term", "f", "", "", "кит белуга"),
        ("Karakul sheep", "каракульская овца", "каракулска овца", "term", "f", "", "каракулевая овца", ""),
        ("salt", "соль", "сол", "term", "f", "", "", ""),
        ("sheep breeder", "овцевод", "овцевъд", "term", "m", "", "", ""),
        ("Mediterranean Sea", "Средиземное море", "Средиземно море", "place", "n", "", "", ""),
        ("halite", "галит", "халит", "term", "m", "", "", ""),
        ("Halit Institute", "Институт «Халит»", "Институт „Халит“", "name", "m", "", "", ""),
        ("evaporation pond", "испарительный бассейн", "изпарителен басейн", "term", "m", "", "", ""),
        ("killer whale", "косатка", "косатка", "term", "f", "", "", ""),
        ("salt producer", "солепроизводитель", "солопроизводител", "term", "m", "", "", ""),
        ("carpet weaver", "ковровщица", "килимарка", "term", "f", "", "", ""),
        ("fashion show", "показ мод", "модно ревю", "term", "m", "", "", ""),
        ("Tyrrhenian Sea", "Тирренское море", "Тиренско море", "place", "n", "", "", ""),
        ("radio amateur", "радиолюбитель", "радиолюбител", "term", "m", "", "", ""),
        ("Morse code", "азбука Морзе", "морзова азбука", "term", "f", "", "", ""),
        ("Radio Meridian", "радиостанция «Меридиан»", "радио „Меридиан“", "name", "f", "", "", ""),
        ("Dorota Krawczyk", "Дорота Кравчик", "Дорота Кравчик", "person", "f", "", "", ""),
        ("Varna City Court", "Варненский городской суд", "Варненски градски съд", "term", "m", "", "", ""),
        ("Volta", "Volta", "Volta", "name", "", "", "", ""),
        ("Nightingale", "Nightingale", "Nightingale", "name", "", "", "", ""),
        ("Caucasus", "Кавказ", "Кавказ", "place", "m", "", "", ""),
        ("tenge", "тенге", "тенге", "term", "m", "", "", ""),
        ("dinghy", "шлюпка", "лодка", "term", "f", "", "", ""),
        ("salvage excavation", "охранные раскопки", "спасителни разкопки", "term", "pl", "", "спасательные раскопки",
         ""),
        ("Auezov Institute of Philology", "Институт филологии имени Ауэзова", "Институт по филология „Ауезов“", "term",
         "m", "", "", ""),
        ("Yerlan Sadykov", "Ерлан Садыков", "Ерлан Садиков", "person", "m", "", "", ""),
        ("Silk Road", "Великий шёлковый путь", "Път на коприната", "term", "m", "", "", ""),
        ("Vega Foundation", "Фонд «Вега»", "Фондация „Вега“", "term", "m", "", "", ""),
        ("Greek Ministry of Culture", "Министерство культуры Греции", "Министерство на културата на Гърция", "term",
         "n", "", "", ""),
        ("oil terminal", "нефтяной терминал", "нефтен терминал", "term", "m", "", "", ""),
        ("shadow fleet", "теневой флот", "сенчест флот", "term", "m", "", "", ""),
        ("Zvezda", "«Звезда»", "„Звезда“", "term", "f", "", "", ""),
        ("Sukhumi", "Сухуми", "Сухуми", "place", "m", "none", "", ""),
        ("FleetTracker", "FleetTracker", "FleetTracker", "name", "", "", "", ""),
        ("fuel oil", "мазут", "мазут", "term", "m", "", "", ""),
        ("mountain guide", "горный гид", "планински водач", "term", "m", "", "", ""),
        ("wine inspector", "винный инспектор", "винарски инспектор", "term", "m", "", "", ""),
        ("customs warehouse", "таможенный склад", "митнически склад", "term", "m", "", "", ""),
        ("Candidates Tournament", "Турнир претендентов", "Турнир на претендентите", "term", "m", "", "", ""),
        ("runway", "взлётно-посадочная полоса", "писта", "term", "f", "", "", ""),
        ("wind shear", "сдвиг ветра", "срязване на вятъра", "term", "m", "", "", ""),
        ("Aegean Sea", "Эгейское море", "Егейско море", "place", "n", "", "", ""),
        ("black box", "чёрный ящик", "черна кутия", "term", "f", "", "", ""),
        ("air traffic controller", "авиадиспетчер", "ръководител на полети", "term", "m", "", "", ""),
        ("national wealth fund", "фонд национального благосостояния", "национален фонд", "term", "m", "", "",
         "национален фонд за богатство"),
        ("Pay.bg", "Pay.bg", "Pay.bg", "name", "m", "none", "", ""),
        ("Zhou Lanying", "Чжоу Ланьин", "Джоу Ланин", "person", "f", "last", "", ""),
        ("Plovdiv University", "Пловдивский университет", "Пловдивски университет", "term", "m", "", "", ""),
        ("Tartu Observatory", "Тартуская обсерватория", "Тартуска обсерватория", "term", "f", "", "", ""),
        ("Kozloduy NPP", "Козлодуйская АЭС", "АЕЦ „Козлодуй“", "term", "f", "", "", ""),
        ("power unit", "энергоблок", "енергоблок", "term", "m", "", "", ""),
        ("Hyundai Rotem", "Hyundai Rotem", "Hyundai Rotem", "dnt", "", "", "", ""),
        ("Stroyinvest", "Стройинвест", "Стройинвест", "name", "m", "", "", ""),
        ("Rapid Support Forces", "Силы быстрого реагирования", "Силите за бърза подкрепа", "term", "pl", "", "",
         ""),
        ("Sanctions Committee", "Комитет по санкциям", "Комитет по санкциите", "term", "m", "", "", ""),
        ("Tulcea", "Тулча", "Тулча", "place", "f", "", "", ""),
        ("Svetla Georgieva", "Светла Георгиева", "Светла Георгиева", "person", "f", "", "", ""),
        ("Asian Infrastructure Investment Bank", "Азиатский банк инфраструктурных инвестиций",
         "Азиатска банка за инфраструктурни инвестиции", "term", "m", "", "", ""),
        ("Eurasian Development Bank", "Евразийский банк развития", "Евразийска банка за развитие", "term", "m", "",
         "", ""),
        ("EDB", "ЕАБР", "ЕАБР", "name", "m", "none", "", ""),
        ("WTO", "ВТО", "СТО", "name", "f", "none", "", ""),
        ("Slavia", "«Славия»", "„Славия“", "name", "f", "", "", ""),
        ("Tver Region", "Тверская область", "Тверска област", "place", "f", "", "", ""),
        ("molnupiravir", "молнупиравир", "молнупиравир", "term", "m", "", "", ""),
        ("tick-borne fever", "клещевая лихорадка", "кърлежова треска", "term", "f", "",
         "лихорадка, передающаяся клещами", ""),
        ("Port of Preveza", "порт Превезы", "пристанище Превеза", "place", "m", "", "", ""),
        ("Luch-5 satellite", "спутник «Луч-5»", "спътник „Луч-5“", "term", "m", "", "", ""),
        ("sovereign cloud", "суверенное облако", "суверенен облак", "term", "n", "", "", ""),
        ("Wizz Air", "Wizz Air", "Wizz Air", "name", "f", "none", "", ""),
        ("Chief Mufti's Office", "Главное муфтийство", "Главното мюфтийство", "term", "n", "", "", ""),
        ("Holy Synod", "Священный синод", "Светият синод", "term", "m", "", "", ""),
        ("Ivaylo Gerdzhikov", "Ивайло Герджиков", "Ивайло Герджиков", "person", "m", "last", "", ""),
        ("Julia Weber", "Юлия Вебер", "Юлия Вебер", "person", "f", "", "", ""),
        ("Tahirov", "Тахиров", "Тахиров", "person", "m", "", "", ""),
        ("Tombul Mosque", "мечеть Томбул", "джамия „Томбул“", "place", "f", "", "", ""),
        ("Abu Dhabi Investment Authority", "Инвестиционное управление Абу-Даби",
         "Инвестиционен орган на Абу Даби", "term", "n", "", "", ""),
        ("Federal Reserve", "Федеральная резервная система", "Федералният резерв", "term", "f", "", "", ""),
        ("BNB", "БНБ", "БНБ", "name", "m", "none", "", ""),
        ("Torugart Pass", "перевал Торугарт", "проход Торугарт", "place", "m", "", "", ""),
        ("Black Sea Ferry Line", "Черноморская паромная линия", "Черноморска фериботна линия", "term", "f",
         "", "", ""),
        ("level crossing", "железнодорожный переезд", "железопътен прелез", "term", "m", "", "", ""),
        ("transfer window", "трансферное окно", "трансферен прозорец", "term", "n", "", "", ""),
        ("sea lion", "морской лев", "морски лъв", "term", "m", "", "", ""),
        ("Westport", "Westport", "Westport", "dnt", "", "", "", ""),
        ("air show", "авиашоу", "авиошоу", "term", "n", "", "", ""),
        ("red deer", "благородный олень", "благороден елен", "term", "m", "", "", ""),
        ("confectioner", "кондитер", "сладкар", "term", "m", "", "", "конфекционер"),
        ("Port of Ravda", "порт Равда", "пристанище Равда", "place", "m", "", "в порте Равда", ""),
        ("trapeze", "трапеция", "трапец", "term", "", "", "", ""),
        ("watchmaker", "часовщик", "часовникар", "term", "m", "", "", ""),
        ("fleece", "руно", "руно", "term", "n", "", "", ""),
        ("bell ringing", "колокольный звон", "камбанен звън", "term", "m", "", "", ""),
        ("Green Bazaar", "«Зелёный базар»", "„Зелен базар“", "name", "m", "", "", ""),
        ("International Telecommunication Union", "Международный союз электросвязи",
         "Международен съюз по далекосъобщения", "name", "m", "", "", ""),
        ("Turkish lira", "турецкая лира", "турска лира", "term", "f", "", "", ""),
        ("Kapitan Andreevo checkpoint", "КПП «Капитан-Андреево»", "ГКПП „Капитан Андреево“", "term", "m", "", "", ""),
        ("Kerch Strait", "Керченский пролив", "Керченски проток", "place", "m", "", "", ""),
        ("Kamchiya transmitter", "передатчик «Камчия»", "предавател „Камчия“", "term", "m", "", "", ""),
        ("transmitter", "передатчик", "предавател", "term", "m", "", "", ""),
        ("accreditation", "аккредитация", "акредитация", "term", "f", "", "", ""),
        ("PontusTV", "PontusTV", "PontusTV", "dnt", "", "", "", ""),
        ("Elbrus", "Эльбрус", "Елбрус", "place", "m", "", "", ""),
        ("Zaporizhzhia NPP", "Запорожская АЭС", "АЕЦ „Запорожие“", "name", "f", "", "", ""),
        ("Charles University", "Карлов университет", "Карлов университет", "term", "m", "", "", ""),
        ("PhD student", "аспирант", "докторант", "term", "m", "", "докторант", ""),
        ("Pirin National Park", "национальный парк «Пирин»", "Национален парк „Пирин“", "place", "m", "", "", ""),
        ("Jvari Pass", "Крестовый перевал", "проход Джвари", "place", "m", "", "", ""),
        ("smart meter", "умный счётчик", "интелигентен електромер", "term", "m", "", "", ""),
        ("Competition Commission", "Комиссия по защите конкуренции", "Комисия за защита на конкуренцията",
         "term", "f", "", "", ""),
        ("Stoyan Petkanov", "Стоян Петканов", "Стоян Петканов", "person", "m", "", "", ""),
        ("price cap", "потолок цен", "таван на цените", "term", "m", "", "", ""),
        ("Dalmatian pelican", "кудрявый пеликан", "къдроглав пеликан", "term", "m", "", "", ""),
        ("Caspian Environment Programme", "Каспийская экологическая программа",
         "Каспийска екологична програма", "term", "f", "", "", ""),
        ("Interfax", "Интерфакс", "Интерфакс", "name", "m", "", "", ""),
        ("editor-in-chief", "главный редактор", "главен редактор", "term", "m", "", "", ""),
        ("foreign agent", "иностранный агент", "чуждестранен агент", "term", "m", "", "", ""),
        ("Annayev", "Аннаев", "Аннаев", "person", "m", "", "", ""),
        ("Judicial Power Act", "Закон о судебной власти", "Закон за съдебната власт", "term", "m", "", "", ""),
        ("National Statistical Institute", "Национальный статистический институт",
         "Национален статистически институт", "term", "m", "", "", ""),
        ("Zhou Jian", "Чжоу Цзянь", "Джоу Дзиен", "person", "m", "last", "", ""),
        ("Ruse Steel Works", "Русенский металлургический завод", "Русенски металургичен завод", "term", "m", "",
         "", ""),
        ("Vostok", "«Восток»", "„Восток“", "name", "m", "", "", ""),
        ("Albanian Ministry of Culture", "Министерство культуры Албании", "Министерство на културата на Албания",
         "term", "n", "", "", ""),
        ("Haruki Moriyama", "Харуки Морияма", "Харуки Морияма", "person", "m", "last", "", ""),
        ("Yoko Nakamura", "Ёко Накамура", "Йоко Накамура", "person", "f", "last", "", ""),
        ("Baltic Innovation Hub", "Балтийский инновационный хаб", "Балтийски иновационен хъб", "term", "m", "", "", ""),
        ("shekel", "шекель", "шекел", "term", "m", "", "", ""),
        ("Kimep University", "Университет KIMEP", "Университет KIMEP", "term", "m", "", "", ""),
        ("Troitskaya", "Троицкая", "Троицка", "person", "f", "", "", ""),
        ("Sumgait", "Сумгаит", "Сумгаит", "place", "m", "", "", ""),
        ("Yerevan", "Ереван", "Ереван", "place", "m", "", "", ""),
        ("Dobrich", "Добрич", "Добрич", "place", "m", "", "", ""),
        ("firefighter", "пожарный", "пожарникар", "term", "m", "", "", ""),
        ("forester", "лесничий", "лесничей", "term", "m", "", "", ""),
        ("energy minister", "министр энергетики", "министър на енергетиката", "term", "m", "", "", ""),
        ("EU Civil Protection Mechanism", "Механизм гражданской защиты ЕС", "Механизъм за гражданска защита на ЕС",
         "term", "m", "", "", ""),
        ("Baku International Sea Trade Port", "Бакинский международный морской торговый порт",
         "Бакинско международно морско търговско пристанище", "term", "n", "", "", ""),
        ("Bor", "Бор", "Бор", "place", "m", "", "", ""),
        ("stablecoin", "стейблкоин", "стейбълкойн", "term", "m", "", "", ""),
        ("Eurasian Development Bank", "Евразийский банк развития", "Евразийска банка за развитие", "term", "m", "",
         "", ""),
        ("yuan", "юань", "юан", "term", "m", "", "", ""),
        ("hakim", "хоким", "хаким", "term", "m", "", "", ""),
        ("Sibiu", "Сибиу", "Сибиу", "place", "m", "", "", ""),
        ("Plovdiv", "Пловдив", "Пловдив", "place", "m", "", "", ""),
        ("political prisoner", "политзаключённый", "политически затворник", "term", "m", "", "", ""),
        ("hunger strike", "голодовка", "гладна стачка", "term", "f", "", "", ""),
        ("Shipka Pass", "перевал Шипка", "Шипченски проход", "term", "m", "", "", ""),
        ("Jogorku Kenesh", "Жогорку Кенеш", "Жогорку Кенеш", "name", "m", "last", "", ""),
        ("Pavel Zhuravsky", "Павел Журавский", "Павел Журавски", "person", "m", "", "", ""),
        ("Petrova", "Петрова", "Петрова", "person", "f", "", "", ""),
        ("electoral district", "избирательный округ", "избирателен район", "term", "m", "", "", ""),
        ("VoteTrack", "VoteTrack", "VoteTrack", "dnt", "", "", "", ""),
        ("Arctic and Antarctic Research Institute", "Арктический и антарктический научно-исследовательский институт",
         "Арктически и антарктически научноизследователски институт", "term", "m", "", "", ""),
        ("Georgian lari", "грузинский лари", "грузинско лари", "term", "m", "", "", ""),
        ("Danube Heritage Fund", "Дунайский фонд наследия", "Дунавски фонд за наследство", "term", "m", "", "", ""),
        ("sanitary minimum", "санитарный минимум", "санитарен минимум", "term", "m", "", "", ""),
        ("Novorossiysk", "Новороссийск", "Новоросийск", "place", "m", "", "", ""),
        ("Huang Jiaxin", "Хуан Цзясинь", "Хуан Дзясин", "person", "m", "last", "", ""),
        ("Batak Reservoir", "Батакское водохранилище", "Батакски язовир", "term", "m", "", "", ""),
        ("Kardzhali Dam", "водохранилище «Кырджали»", "язовир „Кърджали“", "term", "n", "", "", ""),
        ("satellite tag", "спутниковая метка", "сателитна маркировка", "term", "f", "", "", ""),
        ("satellite beacon", "спутниковый маячок", "сателитен маяк", "term", "m", "", "GPS-трекер", ""),
        ("Zhou Xiaoqiang", "Чжоу Сяоцян", "Джоу Сяоцян", "person", "m", "last", "", ""),
        ("Union of Thracian Beekeepers", "Союз фракийских пчеловодов", "Съюз на тракийските пчелари", "name", "m", "",
         "", ""),
        ("Struma Valley", "долина Струмы", "Струмска долина", "place", "f", "", "", ""),
        ("Melnik Winery", "винодельня «Мелник»", "Винарна „Мелник“", "name", "f", "", "", ""),
        ("Danube", "Дунай", "Дунав", "place", "m", "", "", ""),
        ("transfer window", "трансферное окно", "трансферен прозорец", "term", "n", "", "", ""),
        ("Dinamo Batumi", "«Динамо» Батуми", "„Динамо“ Батуми", "name", "n", "", "", ""),
        ("Zdrave pharmacy chain", "аптечная сеть «Здраве»", "аптечна верига „Здраве“", "term", "f", "", "", ""),
        ("dram", "драм", "драм", "term", "m", "", "", ""),
        ("Lori Province", "Лорийская область", "област Лори", "term", "f", "", "", ""),
        ("tour operator", "туроператор", "туроператор", "term", "m", "", "", ""),
        ("ski lift", "горнолыжный подъёмник", "ски лифт", "term", "m", "", "подъемник", ""),
        ("balneological resort", "бальнеологический курорт", "балнеоложки курорт", "term", "m", "", "спа-курорт", ""),
        ("Pirin Mountains", "Пиринские горы", "Пирин", "place", "pl", "", "", ""),
        ("Central Beach", "Центральный пляж", "Централен плаж", "place", "m", "", "", ""),
        ("National Tourism Council", "Национальный совет по туризму", "Национален съвет по туризъм", "term", "m", "",
         "", ""),
        ("Deng", "Дэн", "Дън", "person", "m", "full", "", ""),
        ("UPU", "ВПС", "ВПС", "term", "m", "", "", ""),
        ("Gusla Opera Choir", "Оперный хор «Гусла»", "Оперен хор „Гусла“", "term", "m", "", "", ""),
        ("Nakhchivan", "Нахичевань", "Нахичеван", "place", "f", "", "", ""),
        ("passport office", "паспортный стол", "паспортна служба", "term", "m", "", "", ""),
        ("honorary consul", "почётный консул", "почетен консул", "term", "m", "", "", ""),
        ("Trabzon Airport", "аэропорт Трабзона", "летище Трабзон", "place", "m", "", "", ""),
        ("consul general", "генеральный консул", "генерален консул", "term", "m", "", "", ""),
        ("race director", "директор гонки", "директор на състезанието", "term", "m", "", "", ""),
        ("fulfilment centre", "фулфилмент-центр", "център за изпълнение на поръчки", "term", "m", "",
         "центр выполнения", ""),
        ("children's home", "детский дом", "дом за деца", "term", "m", "", "", ""),
        ("customs broker", "таможенный брокер", "митнически брокер", "term", "m", "", "таможенный посредник", ""),
        ("parcel locker", "постамат", "пакетомат", "term", "m", "", "почтовый шкафчик", ""),
        ("Varna Opera", "Варненская опера", "Варненска опера", "term", "f", "", "", ""),
        ("Children's Ombudsman", "детский омбудсмен", "омбудсман за децата", "term", "m", "", "", ""),
        ("Northern Search Union", "Северный поисковый союз", "Северен издирвателен съюз", "term", "m", "", "", ""),
        ("Pamyat Foundation", "фонд «Память»", "фондация „Памет“", "name", "m", "", "", ""),
        ("Baku", "Баку", "Баку", "place", "m", "", "", ""),
        ("Astrakhan", "Астрахань", "Астрахан", "place", "f", "", "", ""),
        ("security strip", "защитная полоса", "защитна лента", "term", "f", "", "", ""),
        ("Zolotoy Kolos", "«Золотой колос»", "„Златен клас“", "name", "m", "", "", ""),
        ("dinar", "динар", "динар", "term", "m", "", "", ""),
        ("stamp", "марка", "марка", "term", "f", "", "", ""),
        ("curator", "хранитель", "уредник", "term", "m", "", "", ""),
        ("Labour Inspectorate", "Трудовая инспекция", "Инспекция по труда", "term", "f", "", "", ""),
        ("wild boar", "кабан", "дива свиня", "term", "m", "", "", ""),
        ("ICOM", "ИКОМ", "ИКОМ", "name", "m", "none", "", ""),
        ("container train", "контейнерный поезд", "контейнерен влак", "term", "m", "", "", ""),
        ("trapeze", "трапеция", "трапец", "term", "f", "", "", ""),
        ("game warden", "егерь", "ловен инспектор", "term", "m", "", "", ""),
        ("red deer", "благородный олень", "благороден елен", "term", "m", "", "", ""),
        ("Victory Day", "День Победы", "Ден на победата", "term", "m", "", "", ""),
        ("Vratsa", "Враца", "Враца", "place", "f", "", "", ""),
        ("Asakabank", "банк «Асакабанк»", "банка „Асакабанк“", "name", "m", "", "", ""),
        ("marionette", "марионетка", "марионетка", "term", "f", "", "", ""),
        ("amateur astronomer", "астроном-любитель", "астроном любител", "term", "m", "", "", ""),
        ("Zarya", "«Заря»", "„Заря“", "name", "f", "", "", ""),
        ("Vasil Kostov", "Васил Костов", "Васил Костов", "person", "m", "full", "", ""),
        ("Baden-Baden", "Баден-Баден", "Баден-Баден", "place", "m", "", "", ""),
        ("Chistota company", "предприятие «Чистота»", "предприятие „Чистота“", "name", "n", "", "", ""),
        ("Toy Museum", "Музей игрушки", "Музей на играчката", "term", "m", "", "", ""),
        ("Devnya industrial zone", "промышленная зона Девня", "индустриална зона Девня", "place", "f", "", "", ""),
        ("Central Register", "Центральный реестр", "Централен регистър", "term", "m", "", "", ""),
        ("sanatorium", "санаторий", "санаториум", "term", "m", "", "", ""),
        ("offshore wind farm", "морской ветропарк", "офшорен вятърен парк", "term", "m", "", "оффшорная ветряная ферма", ""),
        ("hovercraft", "аппарат на воздушной подушке", "ховъркрафт", "term", "m", "", "", ""),
        ("Krasnodar Krai", "Краснодарский край", "Краснодарски край", "place", "m", "", "", ""),
        ("padlock", "навесной замок", "катинар", "term", "m", "", "", ""),
        ("Lovech", "Ловеч", "Ловеч", "place", "m", "", "", ""),
        ("key-cutting machine", "ключерезный станок", "машина за ключове", "term", "m", "", "машина для резки ключей", ""),
        ("Ferry Union", "Профсоюз паромщиков", "Синдикат на фериботците", "term", "m", "", "", ""),
        ("grow light", "фитолампа", "фитолампа", "term", "f", "", "лампа для выращивания", ""),
        ("research vessel", "научное судно", "научен кораб", "term", "n", "", "", ""),
        ("restoration workshop", "реставрационная мастерская", "реставрационна работилница", "term", "f", "", "", ""),
        ("scaffolding", "строительные леса", "скеле", "term", "pl", "", "", ""),
        ("glass furnace", "стекловаренная печь", "стъкларска пещ", "term", "f", "", "", ""),
        ("Mathilde Vasseur", "Матильда Вассёр", "Матилд Васьор", "person", "f", "", "", ""),
        ("Runners' Federation", "Федерация бегунов", "Федерация на бегачите", "term", "f", "", "", ""),
        ("cut-off time", "контрольное время", "контролно време", "term", "n", "", "время отсечки", ""),
        ("Plovdiv", "Пловдив", "Пловдив", "place", "m", "", "", ""),
        ("aid station", "пункт питания", "подкрепителен пункт", "term", "m", "", "", ""),
        ("route taxi", "маршрутное такси", "маршрутно такси", "term", "n", "", "", "микробус"),
        ("Northern Institute", "Северный институт", "Северен институт", "term", "m", "", "", ""),
        ("cider", "сидр", "сайдер", "term", "m", "", "", ""),
        ("cidermaker", "сидродел", "производител на сайдер", "term", "m", "", "", ""),
        ("Engelberg", "Энгельберг", "Енгелберг", "place", "m", "", "", ""),
        ("food inspector", "инспектор пищевого надзора", "хранителен инспектор", "term", "m", "", "", ""),
        ("board game", "настольная игра", "настолна игра", "term", "f", "", "", ""),
        ("Orlov trotter", "орловский рысак", "орловски рисак", "term", "m", "", "", ""),
        ("valve", "клапан", "клапан", "term", "m", "", "", ""),
        ("hydrotherapy", "гидротерапия", "хидротерапия", "term", "f", "", "", ""),
        ("burial plot", "участок на кладбище", "гробен парцел", "term", "m", "", "", ""),
        ("seed loan", "посевной кредит", "посевен кредит", "term", "m", "", "", ""),
        ("mountain guide", "горный гид", "планински водач", "term", "m", "", "", ""),
        ("beach lifeguard", "пляжный спасатель", "плажен спасител", "term", "m", "", "", ""),
        ("Sea of Marmara", "Мраморное море", "Мраморно море", "place", "n", "", "", ""),
        ("grand piano", "рояль", "роял", "term", "m", "", "гранд-пиано", ""),
        ("Lantern", "Lantern", "Lantern", "dnt", "", "", "", ""),
        ("Yambol", "Ямбол", "Ямбол", "place", "m", "", "", ""),
        ("Tbilisi", "Тбилиси", "Тбилиси", "place", "m", "none", "Тифлис", ""),
        ("kite", "воздушный змей", "хвърчило", "term", "m", "", "", ""),
        ("Lezhnev", "Лежнев", "Лежнев", "person", "m", "", "", ""),
        ("chimney sweep", "трубочист", "коминочистач", "term", "m", "", "", ""),
        ("balsa", "бальса", "балса", "term", "f", "", "бальзовое дерево", ""),
        ("stove fitter", "печник", "печкар", "term", "m", "", "", ""),
        ("Orbita hobby shop", "магазин «Орбита»", "магазин „Орбита“", "name", "m", "", "", ""),
        ("World Kite Show", "Всемирная выставка воздушных змеев", "Световно изложение на хвърчила", "term", "f", "", "", ""),
        ("master tape", "мастер-лента", "мастер лента", "term", "f", "", "", ""),
        ("roof tile", "черепица", "керемида", "term", "f", "", "", ""),
        ("Iskra factory", "фабрика «Искра»", "фабрика „Искра“", "name", "f", "", "", ""),
        ("Cherepitsa Institute", "Институт «Черепица»", "Институт „Черепица“", "name", "m", "", "", ""),
        ("Bulgarian National Television", "Болгарское национальное телевидение", "Българска национална телевизия", "term",
         "f", "", "", ""),
        ("hurdy-gurdy", "колёсная лира", "колесна лира", "term", "f", "", "", "латерна"),
        ("golf club", "гольф-клуб", "голф клуб", "term", "m", "", "", ""),
        ("gig economy", "гиг-экономика", "гиг икономика", "term", "f", "", "", ""),
        ("scaffolding", "строительные леса", "скеле", "term", "n", "", "", ""),
    ])

ROWS = [
    # a woman's name declining in its last part only: a Russian-type surname declines, a Chinese one never
    ("ru", "The board asked Ainur Aliyeva to lead the talks.", "Совет поручил Айнур Алиева вести переговоры.",
     "Совет поручил Айнур Алиевой вести переговоры."),
    ("ru", "Investors trust Wang Yiping's team.", "Инвесторы доверяют команде Ван Ипин.",
     "Инвесторы доверяют команде Ван Ипин."),
    ("ru", "Irina Sokolova was given the task.", "Задачу поручили Ирина Соколова.",
     "Задачу поручили Ирине Соколовой."),
    # the approved form's first word already before an avoided rendering is not written twice
    ("ru", "The port is part of the Green Route Initiative.", "Порт входит в число проектов инициативы «Зелёная дорога».",
     "Порт входит в число проектов инициативы «Зелёный путь»."),
    ("bg", "The port is part of the Green Route Initiative.", "Пристанището е част от инициативата „Зелена пътека“.",
     "Пристанището е част от инициативата „Зелен път“."),
    # a form spelt alike in two cases: the verb picks the one it governs, and a coordinated term follows it
    ("ru", "The mayor invited Smirnov and Sokolova.", "Мэр пригласил Смирнова и Соколова.",
     "Мэр пригласил Смирнова и Соколову."),
    # a prepositional phrase with an adjective between the verb and the term: still the passive's agent
    ("ru", "Grain is carried across the Black Sea by sea ferries.",
     "Зерно перевозится через Чёрное море морским паромом.",
     "Зерно перевозится через Чёрное море морскими паромами."),
    # a date before the subject governs nothing
    ("ru", "Since 2021 Sokolova has run the Northern Corridor.", "С 2021 года Соколова руководит Северный коридор.",
     "С 2021 года Соколова руководит Северным коридором."),
    # на + accusative after a word of purpose or target; на + locative otherwise
    ("ru", "The bank approved a loan for the Northern Corridor.", "Банк одобрил кредит на Северный коридор.",
     "Банк одобрил кредит на Северный коридор."),
    ("ru", "Traffic on the Northern Corridor fell.", "Движение на Северный коридор сократилось.",
     "Движение на Северном коридоре сократилось."),
    # a foreign place in -а the analyser guesses as a man's name declines as a feminine noun
    ("ru", "Tourists choose Preveza.", "Туристы выбирают Превеза.", "Туристы выбирают Превезу."),
    ("ru", "Snow closed passes of the Alps.", "Снег закрыл перевалы Альпов.", "Снег закрыл перевалы Альп."),
    # Bulgarian: an adjective with the article before the term carries it
    ("bg", "The new grain terminal opens in May.", "Новият зърненият терминал отваря през май.",
     "Новият зърнен терминал отваря през май."),
    # the subject of a clause with no "that", after a reporting verb: full article
    ("bg", "The mayor says the grain terminal is ready.", "Кметът казва, че зърнения терминал е готов.",
     "Кметът казва, че зърненият терминал е готов."),
    # an English noun adjunct is no subject; a copula inversion is
    ("bg", "Also closed was the grain terminal.", "Затворен беше и зърнения терминал.",
     "Затворен беше и зърненият терминал."),
    ("bg", "Officials see the Northern Corridor as a priority.", "Служителите разглеждат северния коридор като приоритет.",
     "Служителите разглеждат Северния коридор като приоритет."),
    # the count form after милиона / милиарда
    ("bg", "The loan is worth 300 million dinars.", "Заемът е на стойност 300 милиона динари.",
     "Заемът е на стойност 300 милиона динара."),
    # Bulgarian masculine adjectives in a consonant take -ия(т): Висшият, not Висшът
    ("bg", "The Supreme Administrative Court ruled.", "Висшия административен съд постанови.",
     "Висшият административен съд постанови."),
    ("bg", "The case went to the Supreme Administrative Court.", "Делото отиде във Висшият административен съд.",
     "Делото отиде във Висшия административен съд."),
    # a feminine noun after a numeral: the plural, not a count form
    ("bg", "Serbia has 14 special economic zones.", "Сърбия има 14 специални икономически зони.",
     "Сърбия има 14 специални икономически зони."),
    # an avoided rendering that contains the approved form is replaced whole
    ("bg", "The national wealth fund will invest.", "Националният фонд за богатство ще инвестира.",
     "Националният фонд ще инвестира."),
    # a passive subject governed by the verb after it; a duration governs nothing
    ("ru", "For ten years the Supreme Administrative Court was run by one judge.",
     "Десять лет Высший административный суд руководил один судья.",
     "Десять лет Высшим административным судом руководил один судья."),
    # a present passive participle pymorphy3 reads as an adjective still takes an agent in the instrumental
    ("ru", "A fund managed by the Export Credit Bank invested.", "Фонд, управляемый Экспортный кредитный банк, вложил деньги.",
     "Фонд, управляемый Экспортным кредитным банком, вложил деньги."),
    ("ru", "The bank still has no special economic zone of its own.",
     "У банка до сих пор нет собственной особая экономическая зона.",
     "У банка до сих пор нет собственной особой экономической зоны."),
    # from somewhere to somewhere: the destination in the accusative
    ("ru", "Buses from Osijek to Osijek run again.", "Автобусы из Осиека в Осиек снова ходят.",
     "Автобусы из Осиека в Осиек снова ходят."),
    # a Turkic surname in -ын is no Russian possessive surname
    ("ru", "The envoy met Kemal Yildirim.", "Посланник встретился с Кемаль Йылдырын.",
     "Посланник встретился с Кемалем Йылдырыном."),
    # a cleft object fronted before the subject and its verb
    ("ru", "It was Dimitrov whom the minister entrusted with the audit.",
     "Именно Димитров министр поручил провести аудит.", "Именно Димитрову министр поручил провести аудит."),
    # «ни одного»: the genitive; a number ending in 1: singular, as the translation has it
    ("ru", "The fund did not receive a single riyal.", "Фонд не получил ни одного риял.",
     "Фонд не получил ни одного рияла."),
    ("ru", "Russia has created 31 special economic zones.", "В России создана 31 особая экономическая зона.",
     "В России создана 31 особая экономическая зона."),
    # a brand with a dot written in Cyrillic
    ("ru", "Payments through Pay.bg doubled.", "Платежи через Пэй.бг удвоились.", "Платежи через Pay.bg удвоились."),
    # a Chinese name spelt with е for э and without ь: a near miss
    ("ru", "Zhou Lanying will open the forum.", "Чжоу Ланин откроет форум.", "Чжоу Ланьин откроет форум."),
    # a term rendered in another order or as a phrase
    ("ru", "Students of Plovdiv University protested.", "Студенты Университета Пловдива протестовали.",
     "Студенты Пловдивского университета протестовали."),
    ("ru", "She has led Tartu Observatory since 2019.", "Она возглавляет обсерваторию Тарту с 2019 года.",
     "Она возглавляет Тартускую обсерваторию с 2019 года."),
    # adjectives agree with an acronym head; a compound written as two words
    ("ru", "Inspectors stay at the Kozloduy NPP.", "Инспекторы остаются на Козлодуйская АЭС.",
     "Инспекторы остаются на Козлодуйской АЭС."),
    ("ru", "Repairs to the power units took a month.", "Ремонт энергетических блоков занял месяц.",
     "Ремонт энергоблоков занял месяц."),
    ("bg", "Bulgaria plans three new power units.", "България планира три нови енергийни блока.",
     "България планира три нови енергоблока."),
    # names: a Latin brand written in Cyrillic, a name left in English, quotes dropped around a Latin name
    ("ru", "Hyundai Rotem will deliver the trams.", "Хёндай Ротем поставит трамваи.", "Hyundai Rotem поставит трамваи."),
    ("ru", "The ministry signed a contract with Stroyinvest.", "Министерство подписало контракт с Stroyinvest.",
     "Министерство подписало контракт со Стройинвестом."),
    # the English preposition tells which case a two-case preposition takes
    ("ru", "She withdrew from the Sanctions Committee.", "Она вышла с Комитет по санкциям.",
     "Она вышла с Комитета по санкциям."),
    ("ru", "Fighting broke out between the army and the Rapid Support Forces.",
     "Вспыхнули бои между армией и Силы быстрого реагирования.",
     "Вспыхнули бои между армией и Силами быстрого реагирования."),
    ("ru", "Refugees can be taken by barge to Tulcea.", "Беженцев можно доставить на барже в Тулча.",
     "Беженцев можно доставить на барже в Тулчу."),
    # a passive subject that Russian makes the object of a verb after it; объявить кого кем
    ("ru", "Svetla Georgieva was not invited by the governor.", "Светла Георгиева губернатор не пригласил.",
     "Светлу Георгиеву губернатор не пригласил."),
    ("ru", "Moscow declared Svetla Georgieva persona non grata.", "Москва объявила Светла Георгиева персоной нон грата.",
     "Москва объявила Светлу Георгиеву персоной нон грата."),
    # an English direct object of a transitive verb not known to govern another case: accusative, whatever
    # case the translation chose (раскритиковать takes no dative)
    ("ru", "Moscow criticised the Asian Infrastructure Investment Bank for delays.",
     "Москва раскритиковала Азиатскому банку инфраструктурных инвестиций за задержки.",
     "Москва раскритиковала Азиатский банк инфраструктурных инвестиций за задержки."),
    # an English by-agent the translation made the subject of an active verb: nominative, never genitive
    ("ru", "The mission was led by Kemal Yildirim.", "Миссию возглавлял Кемаля Йылдырына.",
     "Миссию возглавлял Кемаль Йылдырын."),
    # a relative pronoun in an oblique case is the object: the term after the verb is its subject
    ("ru", "It is a firm that the Export Credit Bank partly owns.",
     "Это фирма, которой частично владеет Экспортного кредитного банка.",
     "Это фирма, которой частично владеет Экспортный кредитный банк."),
    # the modal «должна» after an infinitive governs nothing: the English subject is the nominative
    ("ru", "Officials say the special economic zone should pay the fee.",
     "Чиновники считают, что платить сбор должна особую экономическую зону.",
     "Чиновники считают, что платить сбор должна особая экономическая зона."),
    # English «to», but the translation made the term the subject of the verb before it: unchanged
    ("ru", "The award went to Irina Sokolova.", "Награду получила Ирина Соколова.",
     "Награду получила Ирина Соколова."),
    # English «with» and no Russian preposition: the instrumental of the means
    ("ru", "Doctors stopped treating patients with molnupiravir.", "Врачи перестали лечить пациентов молнупиравир.",
     "Врачи перестали лечить пациентов молнупиравиром."),
    # the English plural is kept even where the case is the translation's
    ("ru", "The sea ferries of the Northern Corridor and the Danube resumed work.",
     "Морской паром Северного коридора и Дуная возобновили работу.",
     "Морские паромы Северного коридора и Дуная возобновили работу."),
    # a destination fronted before its verb of arrival keeps the accusative
    ("ru", "Journalists are expected at the Supreme Administrative Court on Monday.",
     "В Высший административный суд в понедельник ожидают журналистов.",
     "В Высший административный суд в понедельник ожидают журналистов."),
    # acronyms: read by their letters (в ВТО stays); spelt out by the translation where the glossary has the
    # name (о Евразийском банке развития for "the EDB"); written in lower case (вто); об before Е
    ("ru", "Joining the WTO took years.", "Вступление в ВТО заняло годы.", "Вступление в ВТО заняло годы."),
    ("ru", "Analysts wrote about the EDB.", "Аналитики написали о Евразийском банке развития.",
     "Аналитики написали об ЕАБР."),
    ("ru", "WTO observers left.", "Наблюдатели вто уехали.", "Наблюдатели ВТО уехали."),
    # a quotation mark is not read when the preposition adapts: со «Славией»
    ("ru", "The match with Slavia ended in a draw.", "Матч с Славией завершился вничью.",
     "Матч со «Славией» завершился вничью."),
    # a plural name as adjective + generic noun; регион for область
    ("ru", "The road crosses the Alps.", "Дорога пересекает Альпийские горы.", "Дорога пересекает Альпы."),
    ("ru", "Two plants will open in the Tver Region.", "В регионе Тверь откроются два завода.",
     "В Тверской области откроются два завода."),
    # an avoided participial phrase takes its closing comma with it
    ("ru", "Tick-borne fever was reported in two districts.",
     "Лихорадка, передающаяся клещами, зарегистрирована в двух районах.",
     "Клещевая лихорадка зарегистрирована в двух районах."),
    # verb government from the lexicon (Rosenthal, «Управление»): сопротивляться кому-чему
    ("ru", "The opposition resisted the special economic zone.", "Оппозиция сопротивлялась особая экономическая зона.",
     "Оппозиция сопротивлялась особой экономической зоне."),
    # a do-not-translate brand before a coordinated name: the name takes the preposition's case
    ("ru", "The ministry signed contracts with Hyundai Rotem and Stroyinvest.",
     "Министерство подписало контракты с Hyundai Rotem и Стройинвест.",
     "Министерство подписало контракты с Hyundai Rotem и Стройинвестом."),
    # a numeral ending in 1: singular, in the case the translation chose
    ("ru", "The company now runs 21 grain terminals.", "Сейчас компания управляет 21 зерновыми терминалами.",
     "Сейчас компания управляет 21 зерновым терминалом."),
    # a literal rendering tells the case the translation chose by its noun (в ... порту: location)
    ("ru", "The cable comes ashore at the Port of Preveza.", "Кабель выходит на сушу в Превезском порту.",
     "Кабель выходит на сушу в порту Превезы."),
    # a quoted name after another noun than the approved one; a literal rendering's head noun goes with it
    ("ru", "Contact with the Luch-5 satellite was lost.", "Связь с аппаратом «Луч-5» была потеряна.",
     "Связь со спутником «Луч-5» была потеряна."),
    ("ru", "Data will be stored in the sovereign cloud.", "Данные будут храниться в суверенном облачном хранилище.",
     "Данные будут храниться в суверенном облаке."),
    # к, not ко, before г/к and a consonant (ко only before вс, вт, мн)
    ("ru", "Twelve NGOs appealed to the Chief Mufti's Office.", "Двенадцать НКО обратились к Главное муфтийство.",
     "Двенадцать НКО обратились к Главному муфтийству."),
    # a man's Russian-type surname after an undeclined first name declines as a surname
    ("ru", "The minister met Ivaylo Gerdzhikov.", "Министр встретился с Ивайло Герджиков.",
     "Министр встретился с Ивайло Герджиковым."),
    # sent to do something: the accusative; a name after «самого» agrees with it
    ("ru", "The OSCE sent Julia Weber to observe the vote.", "ОБСЕ направила Юлия Вебер наблюдать за голосованием.",
     "ОБСЕ направила Юлию Вебер наблюдать за голосованием."),
    ("ru", "The police did not question Tahirov himself.", "Самого Тахиров полиция допрашивать не стала.",
     "Самого Тахирова полиция допрашивать не стала."),
    # a passive participle agreeing with the term qualifies it: no agent
    ("ru", "The mayor opened the restored Tombul Mosque.", "Мэр открыл отреставрированную мечеть Томбул.",
     "Мэр открыл отреставрированную мечеть Томбул."),
    # a copula's subject after its instrumental predicate; an adverb between a verb and its subject
    ("ru", "The largest shareholder is the Abu Dhabi Investment Authority.",
     "Крупнейшим акционером является Инвестиционное управление Абу-Даби.",
     "Крупнейшим акционером является Инвестиционное управление Абу-Даби."),
    ("ru", "The decision was taken solely by the Federal Reserve.",
     "Решение приняла исключительно Федеральной резервной системы.",
     "Решение приняла исключительно Федеральная резервная система."),
    # the doer of an impersonal predicate is in the dative
    ("ru", "It is Tahirov who will have to explain the losses.", "Объяснять убытки придётся именно Тахиров.",
     "Объяснять убытки придётся именно Тахирову."),
    # a title with an acronym complement; a person after в/на is in the accusative
    ("ru", "The minister argued with BNB governor Ivaylo Gerdzhikov.",
     "Министр поспорил с управляющим БНБ Ивайло Герджиков.", "Министр поспорил с управляющим БНБ Ивайло Герджиковым."),
    ("ru", "The captain blamed Julia Weber for the collision.", "Капитан возложил вину за столкновение на Юлии Вебер.",
     "Капитан возложил вину за столкновение на Юлию Вебер."),
    # a multi-word Latin name with a Cyrillic ending; a preposition is no leading word of a rendering
    ("ru", "Tickets sold by Wizz Air will be refunded.", "Билеты, проданные Wizz Air'ом, будут возвращены.",
     "Билеты, проданные Wizz Air, будут возвращены."),
    ("ru", "Trucks queued in front of the Torugart Pass.", "Перед перевалом Торугартом выстроилась очередь грузовиков.",
     "Перед перевалом Торугарт выстроилась очередь грузовиков."),
    # "pay X compensation": the first object of a ditransitive is the dative
    ("ru", "The government will pay the Black Sea Ferry Line compensation.",
     "Правительство выплатит Черноморская паромная линия компенсацию.",
     "Правительство выплатит Черноморской паромной линии компенсацию."),
    # Bulgarian: subjects in a list, and a subject before its relative clause, take the full article
    ("bg", "The Holy Synod, the Chief Mufti's Office and the unions signed a declaration.",
     "Светия синод, Главното мюфтийство и синдикатите подписаха декларация.",
     "Светият синод, Главното мюфтийство и синдикатите подписаха декларация."),
    ("bg", "The level crossing where the accident happened had no barriers.",
     "Железопътен прелез, на който стана инцидентът, нямаше бариери.",
     "Железопътният прелез, на който стана инцидентът, нямаше бариери."),
    # an oblique numeral gives its case to the plural (в течение двух трансферных окон)
    ("ru", "The club was banned for two transfer windows.", "Клубу запретили регистрацию в течение двух трансферные окна.",
     "Клубу запретили регистрацию в течение двух трансферных окон."),
    # a verb whose instrumental object is fronted keeps its subject; "owned by": the verb's own dative
    ("ru", "The preparations were handled by Julia Weber.", "Подготовкой занималась Юлией Вебер.",
     "Подготовкой занималась Юлия Вебер."),
    ("ru", "The club is owned by Stoyan Petkanov.", "Клуб принадлежит Стоян Петканов.",
     "Клуб принадлежит Стояну Петканову."),
    # a quoted name has no second locative
    ("ru", "Shoppers at Green Bazaar paid more.", "Покупатели на Green Bazaar заплатили больше.",
     "Покупатели на «Зелёном базаре» заплатили больше."),
    # a title's complement may hold a prepositional phrase; the title decides the name's case
    ("ru", "Competition Commission head Julia Weber said the probe would take a year.",
     "Глава Комиссия по защите конкуренции Юлия Вебер заявила, что расследование займёт год.",
     "Глава Комиссии по защите конкуренции Юлия Вебер заявила, что расследование займёт год."),
    # Bulgarian: subjects an English inverted copula or a prepositional phrase hides
    ("bg", "Also present was the Holy Synod.", "Присъстваше и Светия синод.", "Присъстваше и Светият синод."),
    ("bg", "The price cap on bread and milk expires in June.", "Таван на цените на хляба и млякото изтича през юни.",
     "Таванът на цените на хляба и млякото изтича през юни."),
    # "told" is no "old": the one told is in the dative
    ("ru", "Julia Weber told Interfax that the paper was ready.", "Юлия Вебер сказала Интерфакс, что номер готов.",
     "Юлия Вебер сказала Интерфаксу, что номер готов."),
    # English «to» after a Russian noun: the noun's genitive (donors to X), not a dative
    ("ru", "They are the main donors to the Caspian Environment Programme.",
     "Они являются основными донорами Каспийская экологическая программа.",
     "Они являются основными донорами Каспийской экологической программы."),
    # a predicate after «был»; «признал X кем»; a dative before its verb leaves the subject
    ("ru", "Weber, who had been editor-in-chief since 2015, resigned.",
     "Вебер, которая с 2015 года была главный редактор, ушла в отставку.",
     "Вебер, которая с 2015 года была главным редактором, ушла в отставку."),
    ("ru", "The ministry declared Julia Weber a foreign agent.", "Минюст признал Юлию Вебер иностранный агент.",
     "Минюст признал Юлию Вебер иностранным агентом."),
    ("ru", "Activists say they were threatened by Annayev.", "Активисты говорят, что им угрожал Аннаев.",
     "Активисты говорят, что им угрожал Аннаев."),
    # Bulgarian: a lower-case word before a common noun is its adjective (-ия/-ият)
    ("bg", "Power lines kill the Dalmatian pelican.", "Електропроводите убиват къдроглав пеликан.",
     "Електропроводите убиват къдроглавия пеликан."),
    # лишить кого чего: the person in the accusative; представлять кого (no "to"): the accusative
    ("ru", "The bar stripped Julia Weber of her licence.", "Палата лишила Юлия Вебер лицензии.",
     "Палата лишила Юлию Вебер лицензии."),
    ("ru", "Lawyers representing Stoyan Petkanov appealed.", "Адвокаты, представляющие Стоян Петканов, подали апелляцию.",
     "Адвокаты, представляющие Стояна Петканова, подали апелляцию."),
    # a dative noun between a dative verb and the term: the term is the noun's genitive
    ("ru", "She resisted pressure from the Competition Commission.",
     "Она противостояла давлению Комиссия по защите конкуренции.",
     "Она противостояла давлению Комиссии по защите конкуренции."),
    # «Данные» (data) is a noun, not a passive participle with an agent
    ("ru", "National Statistical Institute data show a fall.", "Данные Национальный статистический институт показывают спад.",
     "Данные Национального статистического института показывают спад."),
    # Bulgarian: закон is no кон (Закона, not Законя)
    ("bg", "Parliament amended the Judicial Power Act.", "Парламентът прие промени в Закон за съдебната власт.",
     "Парламентът прие промени в Закона за съдебната власт."),
    # Bulgarian: a verb in -ят is no definite adjective carrying the article
    ("bg", "Farmers are suing the Export Credit Bank.", "Фермерите съдят Експортна кредитна банка.",
     "Фермерите съдят Експортната кредитна банка."),
    # the second of two English objects (awarded X the prize) is the thing given: accusative, not dative
    ("ru", "The government granted Osijek a special economic zone.",
     "Правительство предоставило Осиеку особой экономической зоне.",
     "Правительство предоставило Осиеку особую экономическую зону."),
    # "informed X of": X is the one told (сообщить кому)
    ("ru", "Smirnov informed the Export Credit Bank of the decision.",
     "Смирнов сообщил Экспортный кредитный банк о решении.", "Смирнов сообщил Экспортному кредитному банку о решении."),
    # a cleft object with the subject after «that ... has»: the verb after it governs (руководить кем)
    ("ru", "It is the Export Credit Bank that Smirnov has run since 2020.",
     "Именно Экспортный кредитный банк с 2020 года руководит Смирнов.",
     "Именно Экспортным кредитным банком с 2020 года руководит Смирнов."),
    # an English passive subject, a relative clause after it, then the verb whose subject the agent became
    ("ru", "The Supreme Administrative Court, which hears 900 cases a year, has been led by Smirnov since 2021.",
     "Высший административный суд, который рассматривает 900 дел в год, с 2021 года руководит Смирнов.",
     "Высшим административным судом, который рассматривает 900 дел в год, с 2021 года руководит Смирнов."),
    # командующий кем: the instrumental, also for an English possessive
    ("ru", "The Northern Fleet's commander resigned.", "Командующий Северного флота подал в отставку.",
     "Командующий Северным флотом подал в отставку."),
    # numerals in words count like figures (двенадцать особых экономических зон); a right count is kept
    ("ru", "The country has twelve special economic zones.", "В стране двенадцать особых экономических зон.",
     "В стране двенадцать особых экономических зон."),
    # distributive «по» + a number: the count form (по 500 динаров), not the dative
    ("ru", "Each family received 500 dinars.", "Каждая семья получила по 500 динарам.",
     "Каждая семья получила по 500 динаров."),
    # English "onto", but the translation made it a place with a verb of no motion: на + the locative
    ("ru", "Crowds gathered onto the Stone Bridge.", "Толпы собрались на Каменном мосте.",
     "Толпы собрались на Каменном мосту."),
    # во before дворец (Rosenthal: во дворце, во сне, во мне)
    ("ru", "The talks were held at the Topkapi Palace.", "Переговоры прошли в Топкапском дворце.",
     "Переговоры прошли во дворце Топкапы."),
    # Bulgarian: a feminine noun in -ата is no definite form (фрегата -> фрегатата)
    ("bg", "The frigate Smeli escorted the convoy.", "Фрегата „Смели“ придружи конвоя.",
     "Фрегатата „Смели“ придружи конвоя."),
    # Bulgarian: проток is the norm, пролив the Russian word a translation puts for it
    ("bg", "Tankers queued to pass the Bosphorus Strait.", "Танкери чакаха да минат през Босфорския пролив.",
     "Танкери чакаха да минат през Босфорския проток."),
    # a literal rendering takes the English "of"-phrase the approved form says with an adjective
    ("bg", "The Sofia Academy of Music opened a new hall.", "Софийската академия на музиката откри нова зала.",
     "Софийската музикална академия откри нова зала."),
    # a near miss of a name does not take the capitalised word before it (Инженер | Уан Ипин)
    ("ru", "Engineer Wang Yiping warned of flooding.", "Инженер Уан Ипин предупредила о наводнении.",
     "Инженер Ван Ипин предупредила о наводнении."),
    # a Chinese given name written in two words
    ("ru", "A letter from Wang Yiping was read out.", "Зачитали письмо от Ван И Пин.", "Зачитали письмо от Ван Ипин."),
    # a Latin-script brand written in Cyrillic: Sky read [скай], an acronym in look-alike letters
    ("ru", "Police cracked Sky ACE in 2021.", "Полиция взломала Скай АСЕ в 2021 году.",
     "Полиция взломала Sky ACE в 2021 году."),
    # «с которым» opens a relative clause: the name after it is its subject, not governed by «с»
    ("ru", "Smirnov, with whom Dimitrov met twice, denies everything.",
     "Смирнов, с которым Димитров дважды встречался, всё отрицает.",
     "Смирнов, с которым Димитров дважды встречался, всё отрицает."),
    # на нескольких: the preposition's case through an oblique numeral word
    ("ru", "Bribes were paid at several grain terminals.", "Взятки давали на нескольких зерновые терминалы.",
     "Взятки давали на нескольких зерновых терминалах."),
    # направить кого: a destination before the person does not make the person a dative
    ("ru", "The ministry sent Irina Sokolova, an expert, to Preveza.",
     "Министерство направило в Превезу Ирина Соколова, эксперта.",
     "Министерство направило в Превезу Ирину Соколову, эксперта."),
    # экспортёры is no export (motion): в + the locative
    ("ru", "Exporters in Osijek are suffering.", "Экспортёры в Осиеке страдают.", "Экспортёры в Осиеке страдают."),
    # a gerund opening the sentence has an object, not a subject ("Expanding the bank is ...")
    ("ru", "Expanding the Export Credit Bank is the government's goal.",
     "Расширение Экспортный кредитный банк — цель правительства.",
     "Расширение Экспортного кредитного банка — цель правительства."),
    # a literal rendering with a word of its own before the approved last word
    ("ru", "According to the World Grain Association, exports fell.",
     "По данным Всемирной ассоциации производителей зерна, экспорт сократился.",
     "По данным Всемирной ассоциации зерна, экспорт сократился."),
    # the title is the outer noun of a chain with an animate genitive (Глава профсоюза горняков | Димитров)
    ("ru", "The head of the miners' union, Dimitrov, met the minister.",
     "Глава профсоюза горняков Димитров встретился с министром.",
     "Глава профсоюза горняков Димитров встретился с министром."),
    # избрать кого кем: an instrumental title before the name makes the name the accusative object
    ("ru", "The union re-elected Irina Sokolova as chair.", "Профсоюз вновь избрал председателем Ирина Соколова.",
     "Профсоюз вновь избрал председателем Ирину Соколову."),
    # встать на сторону кого: the genitive
    ("ru", "The court sided with Irina Sokolova.", "Суд встал на сторону Ирина Соколова.",
     "Суд встал на сторону Ирины Соколовой."),
    # со before щ (Грамота: со Щукиным)
    ("ru", "The minister met Shchukin.", "Министр встретился с Щукин.", "Министр встретился со Щукиным."),
    # an English object fronted in Russian before its verb (Смирнова сменил заместитель)
    ("ru", "In July, his deputy replaced Smirnov.", "В июле Смирнов сменил его заместитель.",
     "В июле Смирнова сменил его заместитель."),
    # an English passive with an adverb after the auxiliary (had already been questioned)
    ("ru", "Irina Sokolova had already been questioned twice by the police.",
     "Ирина Соколова полиция уже дважды допрашивала.", "Ирину Соколову полиция уже дважды допрашивала."),
    # apposition after a dash to a noun for a person: the noun's case
    ("ru", "The court appointed a new lawyer, Kemal Yildirim.", "Суд назначил нового адвоката — Кемаль Йылдырын.",
     "Суд назначил нового адвоката — Кемаля Йылдырына."),
    # a title with a genitive complement ending in a place (начальник полиции Превезы | X): the title's case
    ("ru", "The Preveza police chief, Kemal Yildirim, met Smirnov.",
     "Начальник полиции Превезы Кемаль Йылдырын встретился со Смирновым.",
     "Начальник полиции Превезы Кемаль Йылдырын встретился со Смирновым."),
    # a quoted name after the words an acronym stands for (пункт пропуска «Лесово» for КПП «Лесово»)
    ("ru", "Smugglers avoided the Lesovo checkpoint.", "Контрабандисты избегали пункта пропуска «Лесово».",
     "Контрабандисты избегали КПП «Лесово»."),
    # Bulgarian: an adjective in -им (независим) takes -ия/-ият
    ("bg", "Dimitrov leads the Independent Grain Union.", "Димитров ръководи Независимият зърнен съюз.",
     "Димитров ръководи Независимия зърнен съюз."),
    # Bulgarian: count form after numerals in words over ten and after definite numerals
    ("bg", "The port opened eleven new grain terminals.", "Пристанището откри единадесет нови зърнени терминали.",
     "Пристанището откри единадесет нови зърнени терминала."),
    ("bg", "Two of the four grain terminals belong to Dimitrov.",
     "Два от четирите зърнени терминали принадлежат на Димитров.",
     "Два от четирите зърнени терминала принадлежат на Димитров."),
    # Bulgarian: "that" after a subject opening the sentence is a relative: still the subject
    ("bg", "The grain terminal that police searched in May belongs to Dimitrov.",
     "Зърнения терминал, който полицията претърси през май, принадлежи на Димитров.",
     "Зърненият терминал, който полицията претърси през май, принадлежи на Димитров."),
    # Bulgarian: a noun in -ия before a term with its own article is no definite adjective; "finally upheld"
    ("bg", "After two postponements, the Supreme Administrative Court finally upheld the ruling.",
     "След две отлагания Висшия административен съд най-накрая потвърди решението.",
     "След две отлагания Висшият административен съд най-накрая потвърди решението."),
    # Bulgarian: в, not във, before a Latin name read [у] (Wickr); no Cyrillic ending
    ("bg", "The couriers talked on Wickr.", "Куриерите общуваха в Wickr-а.", "Куриерите общуваха в Wickr."),
    # a place in -ь the dictionary does not know declines by the glossary's gender (m: в Тяньцзине)
    ("ru", "The model was trained in Tianjin.", "Модель обучали в Тяньцзине.", "Модель обучали в Тяньцзине."),
    # the English object of "built", past a prepositional phrase in Russian: accusative, not the PP noun's genitive
    ("ru", "The university built a cyber range for students.", "Университет построил для студентов шлюпку.",
     "Университет построил для студентов шлюпку."),
    # a name in Markdown emphasis (_Volta_) is an occurrence; a Latin name written as English sounds
    ("ru", "_Volta_ was fined.", "_Вольта_ оштрафовали.", "_Volta_ оштрафовали."),
    ("ru", "Small firms fear Nightingale.", "Небольшие фирмы боятся Найтингейл.", "Небольшие фирмы боятся Nightingale."),
    # a wrong case ending on a one-word term (тенгов)
    ("ru", "The fine was 500 tenge.", "Штраф составил 500 тенгов.", "Штраф составил 500 тенге."),
    # an entry plural only in the translations still matches the English plural
    ("ru", "Salvage excavations began on Monday.", "Спасательные раскопки начались в понедельник.",
     "Охранные раскопки начались в понедельник."),
    # terms written in an approved form are found first: a literal rendering never takes their words;
    # «имени X» said as an adjective (Ауэзовский институт филологии)
    ("ru", "The head of the Auezov Institute of Philology, Yerlan Sadykov, spoke.",
     "Глава Ауэзовского института филологии Ерлан Садыков выступил.",
     "Глава Института филологии имени Ауэзова Ерлан Садыков выступил."),
    # an instrumental of way after an intransitive verb of motion is kept (шли Великим шёлковым путём)
    ("ru", "Caravans travelled the Silk Road.", "Караваны шли Великим шелковым путём.",
     "Караваны шли Великим шёлковым путём."),
    # English "to" after a verb, past an idiomatic prepositional phrase (сдал в аренду | кому)
    ("ru", "The city leased the land to the Vega Foundation.", "Город сдал землю в аренду Фонд «Вега».",
     "Город сдал землю в аренду Фонду «Вега»."),
    # a nationality adjective before a literal rendering is part of it (Greek Ministry: гръцкото министерство)
    ("bg", "According to the Greek Ministry of Culture, visits rose.",
     "Според гръцкото министерство на културата посещенията се увеличиха.",
     "Според Министерството на културата на Гърция посещенията се увеличиха."),
    # "Among the victims was X": an inverted subject (full article)
    ("bg", "Among the victims was the Supreme Administrative Court.", "Сред жертвите беше и Висшия административен съд.",
     "Сред жертвите беше и Висшият административен съд."),
    # a plural name spelt out with «полуостров»
    ("bg", "The storm hit the Caucasus.", "Бурята удари Кавказкия полуостров.", "Бурята удари Кавказ."),
    # «самой» agrees with a woman's name (самой Соколовой)
    ("ru", "Prosecutors charged her deputy, not Irina Sokolova herself.",
     "Прокуроры предъявили обвинение её заместителю, а не самой Ирина Соколова.",
     "Прокуроры предъявили обвинение её заместителю, а не самой Ирине Соколовой."),
    # «никакого» + the term: the term agrees with it
    ("ru", "No sea ferry was seen.", "Не было замечено никакого морской паром.", "Не было замечено никакого морского парома."),
    # an English subject after a Russian verb whose object slot is taken: the nominative, not a genitive
    ("ru", "It was the Supreme Administrative Court that received the appeal.",
     "Жалобу получил именно Высшего административного суда.", "Жалобу получил именно Высший административный суд."),
    # an English subject written in an oblique case whose verb after it agrees with it: the nominative
    ("ru", "The Export Credit Bank, which funded the port, declined to comment.",
     "Экспортным кредитным банком, который финансировал порт, от комментариев отказался.",
     "Экспортный кредитный банк, который финансировал порт, от комментариев отказался."),
    ("ru", "The investigator to whom Irina Sokolova handed the files was removed.",
     "Следователь, которому Ирине Соколовой передала документы, отстранён.",
     "Следователь, которому Ирина Соколова передала документы, отстранён."),
    ("ru", "The Export Credit Bank will oversee the inquiry.",
     "Контролировать расследование будет Экспортным кредитным банком.",
     "Контролировать расследование будет Экспортный кредитный банк."),
    # наделить кого чем: the term is the accusative, the instrumental is the noun after it
    ("ru", "Kyiv handed the Supreme Administrative Court new powers.",
     "Киев наделил Высшим административным судом новыми полномочиями.",
     "Киев наделил Высший административный суд новыми полномочиями."),
    # an English passive subject after a Russian prepositional phrase: that phrase's noun governs nothing
    ("ru", "The grain terminal was closed after the storm.", "После шторма зерновый терминал был закрыт.",
     "После шторма зерновой терминал был закрыт."),
    # a title with a genitive (капитан порта | X)
    ("ru", "The harbour master, Kemal Yildirim, refused.", "Капитан порта Кемаль Йылдырын отказался.",
     "Капитан порта Кемаль Йылдырын отказался."),
    # a quoted name after a ship's type stays in the nominative
    ("ru", "The tanker Zvezda was built in 1978.", "Танкер «Звезды» был построен в 1978 году.",
     "Танкер «Звезда» был построен в 1978 году."),
    # полагаться на что: the accusative whatever the translation wrote
    ("ru", "Moscow relied on the Northern Corridor.", "Москва полагалась на Северном коридоре.",
     "Москва полагалась на Северный коридор."),
    # an indeclinable name given an ending (в Сухумах)
    ("ru", "They were taken to hospital in Sukhumi.", "Их доставили в больницу в Сухумах.",
     "Их доставили в больницу в Сухуми."),
    # Bulgarian: adjectives keeping their е (нефтения), -ест adjectives (сенчестия)
    ("bg", "The oil terminal reopened.", "Нефтения терминал възобнови работа.", "Нефтеният терминал възобнови работа."),
    ("bg", "The shadow fleet is growing.", "Сенчестия флот расте.", "Сенчестият флот расте."),
    # Bulgarian: a Latin name in Cyrillic shorter than its letter-by-letter reading
    ("bg", "FleetTracker data show the ship stopped.", "Данните на ФлитТрекер показват, че корабът спря.",
     "Данните на FleetTracker показват, че корабът спря."),
    # Bulgarian: "The first to react was X": an inverted subject; "using X": an object
    ("bg", "The first to react was the Supreme Administrative Court.", "Първи реагира Висшия административен съд.",
     "Първи реагира Висшият административен съд."),
    ("bg", "Ships using the Bosphorus Strait must report.", "Корабите, използващи Босфорският проток, трябва да докладват.",
     "Корабите, използващи Босфорския проток, трябва да докладват."),
    # Bulgarian: a quantity of a substance takes no article
    ("bg", "The tanker lost 3,000 tonnes of fuel oil.", "Танкерът загуби 3000 тона мазута.",
     "Танкерът загуби 3000 тона мазут."),
    # обязан кому: the English "to" is the adjective's, not the noun's between (обязаны жизнью | X)
    ("ru", "The climbers owe their lives to Irina Sokolova.", "Альпинисты обязаны жизнью Ирина Соколова.",
     "Альпинисты обязаны жизнью Ирине Соколовой."),
    # «На выходных» is no motion (выходные, not выход)
    ("ru", "Two climbers died in the Alps over the weekend.", "На выходных в Альпы погибли двое альпинистов.",
     "На выходных в Альпах погибли двое альпинистов."),
    # разрешение на что: the accusative is kept
    ("ru", "Nepal limits permits for the Northern Corridor.", "Непал ограничивает разрешения на Северный коридор.",
     "Непал ограничивает разрешения на Северный коридор."),
    # «нет» before an English subject ("There is no X"): the genitive
    ("ru", "There is no grain terminal in Preveza.", "В Превезе нет зерновой терминал.",
     "В Превезе нет зернового терминала."),
    # attracted is no arrival: в + the locative
    ("ru", "The festival in Osijek attracted 15,000 visitors.", "Фестиваль в Осиек привлёк 15 000 посетителей.",
     "Фестиваль в Осиеке привлёк 15 000 посетителей."),
    # a sum before the English "to" governs nothing (грант в размере 12 млн рублей | кому)
    ("ru", "The government gave a grant of 12 million roubles to the Export Credit Bank.",
     "Правительство выделило грант в размере 12 млн рублей Экспортный кредитный банк.",
     "Правительство выделило грант в размере 12 млн рублей Экспортному кредитному банку."),
    # «каждому» + the term: it agrees
    ("ru", "The rule gives every grain terminal a quota.", "Правило даёт каждому зерновой терминал квоту.",
     "Правило даёт каждому зерновому терминалу квоту."),
    # a nominative after в with an arrival verb after it (прибыли: a verb, also прибыль's plural)
    ("ru", "Delegations arrived in Preveza on Thursday.", "В четверг в Превеза прибыли делегации.",
     "В четверг в Превезу прибыли делегации."),
    ("ru", "In 2023 the special economic zone had 27 companies.",
     "В 2023 году в особая экономическая зона входили 27 компаний.",
     "В 2023 году в особую экономическую зону входили 27 компаний."),
    # a gerund opening the sentence has the name for its object
    ("ru", "Criticising Smirnov for his ratings, the winemakers announced a boycott.",
     "Критикуя Смирнов за его оценки, виноделы объявили бойкот.", "Критикуя Смирнова за его оценки, виноделы объявили бойкот."),
    # на складе, not the colloquial на складу
    ("ru", "The wine was stored in a customs warehouse.", "Вино хранилось на таможенный склад.",
     "Вино хранилось на таможенном складе."),
    # Bulgarian: nouns for male persons take the plural after numerals (двама водачи, 20 инспектори)
    ("bg", "Two mountain guides were injured.", "Двама планински водача бяха ранени.", "Двама планински водачи бяха ранени."),
    ("bg", "The ministry hired 20 wine inspectors.", "Министерството назначи 20 винарски инспектора.",
     "Министерството назначи 20 винарски инспектори."),
    # Bulgarian: a preposition after a counted noun ends the numeral's phrase (9000 посетители при | X)
    ("bg", "Rangers counted 9,000 visitors at the grain terminal.", "Рейнджърите преброиха 9000 посетители при зърнения терминал.",
     "Рейнджърите преброиха 9000 посетители при зърнения терминал."),
    # Bulgarian: a subject with an "over" phrase before its verb
    ("bg", "The Stone Bridge over the Arda was built in 1500.", "Каменния мост над Арда е построен през 1500 г.",
     "Каменният мост над Арда е построен през 1500 г."),
    # a clause that opens with a prepositional phrase, a name, then a verb that agrees: the name is its subject
    ("ru", "The final pitted Smirnov against Dimitrov.", "В финале Смирнов встретился с Димитров.",
     "В финале Смирнов встретился с Димитровым."),
    # на + English "for": a purpose, the accusative
    ("ru", "Smirnov qualified for the Candidates Tournament.", "Смирнов отобрался на Турнир претендентов.",
     "Смирнов отобрался на Турнир претендентов."),
    # пришлось is no arrival: в + the locative
    ("ru", "In Preveza the organisers had to find a new venue.", "В Превеза организаторам пришлось искать площадку.",
     "В Превезе организаторам пришлось искать площадку."),
    # "was not even invited by": a passive with two adverbs, the Russian object fronted
    ("ru", "Irina Sokolova was not even invited by the organisers.",
     "Ирина Соколова организаторы даже не пригласили.", "Ирину Соколову организаторы даже не пригласили."),
    # a noun with an adjective of the sentence's own between it and the term governs it (Длина новой | X)
    ("ru", "The new runway will be 3,200 metres long.", "Длина новой взлётно-посадочной полосы составит 3200 метров.",
     "Длина новой взлётно-посадочной полосы составит 3200 метров."),
    # назвать что чем: the instrumental predicate before the object governs nothing
    ("ru", "Investigators blamed wind shear.", "Следователи назвали причиной сдвиг ветра.",
     "Следователи назвали причиной сдвиг ветра."),
    # со дна | X: «дна» (a bottom) is no day; the phrase's genitive
    ("ru", "Divers recovered the black box from the Aegean Sea.", "Водолазы подняли чёрный ящик со дна Эгейского моря.",
     "Водолазы подняли чёрный ящик со дна Эгейского моря."),
    # Bulgarian: a definite ordinal (with «си») carries the article; an adjective in -ния before a term with its own
    ("bg", "Divers searched for the second black box.", "Водолазите търсиха втората черна кутия.",
     "Водолазите търсиха втората черна кутия."),
    ("bg", "She found her third black box.", "Тя откри третата си черна кутия.", "Тя откри третата си черна кутия."),
    ("bg", "The minister thanked the air traffic controller on duty.", "Министърът благодари на дежурния ръководителя на полети.",
     "Министърът благодари на дежурния ръководител на полети."),
    # Bulgarian: the English agent made the subject takes the full article
    ("bg", "This was announced by the Sanctions Committee.", "Това обяви Комитета по санкциите.",
     "Това обяви Комитетът по санкциите."),
    # a numeral in digits takes its verb's oblique case, the noun agrees (but a price is no object: стоит 300 динаров)
    ("ru", "The company operates 12 grain terminals.", "Компания управляет 12 зерновых терминалов.",
     "Компания управляет 12 зерновыми терминалами."),
    ("ru", "A ticket costs 300 dinars.", "Билет стоит 300 динаров.", "Билет стоит 300 динаров."),
    # меньше/больше + genitive
    ("ru", "Ornithologists counted far fewer Dalmatian pelicans this spring.",
     "Орнитологи насчитали этой весной гораздо меньше кудрявые пеликаны.",
     "Орнитологи насчитали этой весной гораздо меньше кудрявых пеликанов."),
    # "has given X Y": the recipient, dative
    ("ru", "The ministry has given the National Statistical Institute a new mandate.",
     "Министерство передало Национальный статистический институт новый мандат.",
     "Министерство передало Национальному статистическому институту новый мандат."),
    # a participle of motion (пришедший в): the accusative
    ("ru", "Smirnov, who joined the Supreme Administrative Court in 2010, has retired.",
     "Смирнов, пришедший в Высшем административном суде в 2010 году, ушёл в отставку.",
     "Смирнов, пришедший в Высший административный суд в 2010 году, ушёл в отставку."),
    # "serve as X": служить чем
    ("ru", "The old pier will serve as a grain terminal.", "Старый причал будет служить зерновой терминал.",
     "Старый причал будет служить зерновым терминалом."),
    # a quoted name after a generic noun (станция, платформа) stays in the nominative
    ("ru", "The Vostok station reopened in May.", "Станция «Восток» вновь открылась в мае.",
     "Станция «Восток» вновь открылась в мае."),
    # a Chinese man's name in -нь declines in its last part
    ("ru", "The deal was signed with Zhou Jian.", "Соглашение подписано с Чжоу Цзянь.",
     "Соглашение подписано с Чжоу Цзянем."),
    # a place after a preposition governs no genitive: the term is the verb's object
    ("ru", "Croatian yards export sea ferries to Norway.", "Хорватские верфи экспортируют в Норвегию морской паром.",
     "Хорватские верфи экспортируют в Норвегию морские паромы."),
    # a singular entry whose English ends in -s: the entry's number, the translation's case
    ("ru", "Investors are interested in the Ruse Steel Works.",
     "Инвесторы интересуются Русенскими металлургическими заводами.",
     "Инвесторы интересуются Русенским металлургическим заводом."),
    # a name between commas after a noun for a person: that noun's case (the verb after it picks accs over gent)
    ("ru", "Smirnov's deputy, Irina Sokolova, was not invited.", "Заместителя Смирнова, Ирина Соколова, не пригласили.",
     "Заместителя Смирнова, Ирину Соколову, не пригласили."),
    # a two-word term of which the model kept only the noun: the whole term (flagged for a check)
    ("ru", "The port has five grain terminals.", "В порту пять терминалов.", "В порту пять зерновых терминалов."),
    ("bg", "The port has five grain terminals.", "Пристанището има пет терминала.",
     "Пристанището има пет зърнени терминала."),
    # ... but not when an English adjective before the term may be what the model's adjective says
    ("bg", "The drifting sea ferry was towed to Varna.", "Плаващият ферибот беше изтеглен до Варна.",
     "Плаващият ферибот беше изтеглен до Варна."),
    # coordinated adjectives before one masculine noun: the first takes the article
    ("bg", "The Arctic and Antarctic Research Institute opened a station.",
     "Арктически и антарктически научноизследователски институт откри станция.",
     "Арктическият и антарктически научноизследователски институт откри станция."),
    # a name told a person only from its look is a place after "in": в Жогорку Кенеше
    ("ru", "The bill was debated in the Jogorku Kenesh for a week.", "Законопроект неделю обсуждался в Жогорку Кенеш.",
     "Законопроект неделю обсуждался в Жогорку Кенеше."),
    # numerals in oblique cases (шести, пяти) with a determiner between the preposition and them
    ("ru", "The party won all six electoral districts.", "Партия победила во всех шести избирательных округах.",
     "Партия победила во всех шести избирательных округах."),
    ("ru", "The money went to five electoral districts.", "Деньги достались пяти избирательным округам.",
     "Деньги достались пяти избирательным округам."),
    # "give X Y": the recipient in the dative, also after an infinitive
    ("ru", "Officials refused to give Pavel Zhuravsky the lists.", "Чиновники отказались выдать Павел Журавский списки.",
     "Чиновники отказались выдать Павлу Журавскому списки."),
    # a person after a place's prepositional phrase is the verb's object, not the place's genitive
    ("ru", "The guards did not let Pavel Zhuravsky into the building.",
     "Охранники не впустили в здание Павел Журавский.", "Охранники не впустили в здание Павла Журавского."),
    # a noun for a person with a prepositional phrase, then the name: apposition
    ("ru", "The report was written with observer Pavel Zhuravsky.",
     "Доклад был написан вместе с наблюдателем от ОБСЕ Павел Журавский.",
     "Доклад был написан вместе с наблюдателем от ОБСЕ Павлом Журавским."),
    # the English subject after a relative «который» (the object): nominative
    ("ru", "The recount, which the National Statistical Institute ordered, changed nothing.",
     "Пересчёт, который назначил Национальный статистический институт, ничего не изменил.",
     "Пересчёт, который назначил Национальный статистический институт, ничего не изменил."),
    # an English passive with a prefixed participle (re-elected), its subject fronted as the Russian object
    ("ru", "Pavel Zhuravsky was not re-elected by the council.", "Павел Журавский совет не переизбрал.",
     "Павла Журавского совет не переизбрал."),
    # a woman's surname written in the man's form (Петровым for Петровой)
    ("ru", "Voters are unhappy with Petrova.", "Избиратели недовольны Петровым.", "Избиратели недовольны Петровой."),
    # a Latin brand in CamelCase written as English sounds (ВоутТрек)
    ("ru", "The commission will stop using VoteTrack.", "Комиссия откажется от ВоутТрек.",
     "Комиссия откажется от VoteTrack."),
    # a near miss shorter than the term never ends on a word that is none of the term's (the verb after it stays)
    ("bg", "The Albanian Ministry of Culture issued a statement.",
     "Албанското министерство на културата издаде изявление.",
     "Министерството на културата на Албания издаде изявление."),
    # Japanese surnames in unstressed -а decline, for a man and a woman (Rosenthal: Куросавы)
    ("ru", "The ambassador received Haruki Moriyama.", "Посол принял Харуки Морияма.", "Посол принял Харуки Морияму."),
    ("ru", "The minister dined with Yoko Nakamura.", "Министр поужинал с Ёко Накамура.", "Министр поужинал с Ёко Накамурой."),
    # a noun the dictionary does not know after adjectives; a noun it knows only as a place (no plural)
    ("ru", "Investors are interested in the Baltic Innovation Hub.", "Инвесторы интересуются Балтийский инновационный хаб.",
     "Инвесторы интересуются Балтийским инновационным хабом."),
    ("ru", "The startup raised 40 million shekels.", "Стартап привлёк 40 млн шекелей.", "Стартап привлёк 40 млн шекелей."),
    # a term with a Latin-script part: its Cyrillic first word declines
    ("ru", "The lecture took place at Kimep University.", "Лекция прошла в Университете КИМЕП.",
     "Лекция прошла в Университете KIMEP."),
    # a woman's surname written in the man's form: the context decides its case, not the man's ending
    ("ru", "Journalists asked Troitskaya about the drought.", "Журналисты спросили Троицкого о засухе.",
     "Журналисты спросили Троицкую о засухе."),
    # прибудут в: arrival; ожидается в: no arrival
    ("ru", "The delegation will arrive in Sumgait tomorrow.", "Делегация прибудет в Сумгаите завтра.",
     "Делегация прибудет в Сумгаит завтра."),
    ("ru", "Heavy snow is expected in the Alps.", "В Альпы ожидается сильный снегопад.", "В Альпах ожидается сильный снегопад."),
    # "gave X two new Y": a number word opens the thing given
    ("ru", "The government gave the National Statistical Institute two new servers.",
     "Правительство передало Национальный статистический институт два новых сервера.",
     "Правительство передало Национальному статистическому институту два новых сервера."),
    # after «чем» no verb governs the term
    ("ru", "Nobody has done more for the port than Smirnov.", "Никто не сделал для порта больше, чем Смирнов.",
     "Никто не сделал для порта больше, чем Смирнов."),
    # an English subject with a prepositional phrase of common nouns before its verb
    ("ru", "Firefighters from three regions will help Smirnov.", "Пожарные из трёх областей помогут Смирнову.",
     "Пожарные из трёх областей помогут Смирнову."),
    # a numeral counts the noun before the term, not the term
    ("ru", "Some 1,200 National Statistical Institute employees are on strike.",
     "Около 1200 сотрудников Национального статистического института бастуют.",
     "Около 1200 сотрудников Национального статистического института бастуют."),
    # «нет» at the end of the clause: the genitive of negation
    ("ru", "There is still no grain terminal in the port.", "Зерновой терминал в порту до сих пор нет.",
     "Зернового терминала в порту до сих пор нет."),
    # в + a person after разочароваться, сомневаться: the prepositional
    ("ru", "Investors were disappointed in Pavel Zhuravsky.", "Инвесторы разочаровались в Павел Журавский.",
     "Инвесторы разочаровались в Павле Журавском."),
    # a plural noun is no title of one person; its dative is the verb's (сказал журналистам X: X is the subject)
    ("ru", "«We will not sell», Pavel Zhuravsky told reporters.", "«Мы не продадим», — сказал журналистам Павел Журавский.",
     "«Мы не продадим», — сказал журналистам Павел Журавский."),
    # "X, a district of Y": the generic noun's genitive
    ("ru", "The forum will be held in Arabkir, a district of Yerevan.", "Форум пройдёт в Арабкире, районе Ереван.",
     "Форум пройдёт в Арабкире, районе Еревана."),
    # "according to X data" in a link: the term qualifies the noun (по данным X)
    ("ru", "According to [National Statistical Institute data](https://nsi.bg), prices rose.",
     "Согласно [данным Национальный статистический институт](https://nsi.bg), цены выросли.",
     "Согласно [данным Национального статистического института](https://nsi.bg), цены выросли."),
    # an English plural spelt like a singular case: the plural reading (лесничим: dative plural)
    ("ru", "The ministry decided to pay foresters more.", "Министерство решило платить лесничим больше.",
     "Министерство решило платить лесничим больше."),
    # a guessed paradigm of a name: unstressed -ем after ч
    ("ru", "Cyclists complain about the road between Dobrich and Osijek.",
     "Велосипедисты жалуются на дорогу между Добрич и Осиек.",
     "Велосипедисты жалуются на дорогу между Добричем и Осиеком."),
    # bg: plurals with a fleeting ъ; -изъм with the article
    ("bg", "Three energy ministers signed the memorandum.", "Трима министри на енергетиката подписаха меморандума.",
     "Трима министри на енергетиката подписаха меморандума."),
    ("bg", "The EU Civil Protection Mechanism was activated 15 times.",
     "Механизма за гражданска защита на ЕС беше задействан 15 пъти.",
     "Механизмът за гражданска защита на ЕС беше задействан 15 пъти."),
    # bg: the subject of an English passive doubled by a clitic is the object; a subject before a whom-clause
    ("bg", "The forester was found on Thursday.", "Лесничеят го откриха в четвъртък.", "Лесничея го откриха в четвъртък."),
    ("bg", "The forester whom the fire trapped has survived.", "Лесничея, когото пожарът обгради, оцеля.",
     "Лесничеят, когото пожарът обгради, оцеля."),
    # bg: persons in plural after a numeral, also for a noun made of an adjective in Russian (пожарный)
    ("bg", "The centre sent 60 firefighters.", "Центърът изпрати 60 пожарникара.", "Центърът изпрати 60 пожарникари."),
    # bg: the place the approved form says as an adjective follows the rendering: it goes into the term
    ("bg", "The Baku International Sea Trade Port handled seven million tonnes.",
     "Международното морско търговско пристанище в Баку обработи седем милиона тона.",
     "Бакинското международно морско търговско пристанище обработи седем милиона тона."),
    # «данные» is a noun here, not an adjective between the preposition and the term
    ("ru", "Farmers relied on National Statistical Institute data.",
     "Фермеры полагались на данные Национальный статистический институт.",
     "Фермеры полагались на данные Национального статистического института."),
    # a place name the dictionary reads as a common noun takes no second locative (в Боре, not в бору)
    ("ru", "The champion trained for a month in Bor.", "Чемпион месяц тренировался в Бору.",
     "Чемпион месяц тренировался в Боре."),
    # English "to" after a noun: a loan to X is a dative (кредит X-у), repairs to X a genitive (ремонт X)
    ("ru", "A loan to the National Statistical Institute was approved.",
     "Был одобрен кредит Национальный статистический институт.",
     "Был одобрен кредит Национальному статистическому институту."),
    ("ru", "Repairs to the Northern Corridor will close one lane.", "Ремонт Северный коридор закроет одну полосу.",
     "Ремонт Северного коридора закроет одну полосу."),
    # "by sea ferry" after a verb that has its subject: the means, instrumental
    ("ru", "The cargo arrived by sea ferry from Preveza.", "Груз прибыл морским паромом из Превезы.",
     "Груз прибыл морским паромом из Превезы."),
    # a gerund's phrase closed by a comma governs nothing after it
    ("ru", "Thanking Smirnov for his help, Pavel Zhuravsky announced a new route.",
     "Поблагодарив Смирнов за помощь, Павел Журавский объявил о новом маршруте.",
     "Поблагодарив Смирнова за помощь, Павел Журавский объявил о новом маршруте."),
    # "shared with X" after a passive of a verb of giving: the recipient, dative
    ("ru", "The data were shared with the National Statistical Institute.",
     "Данные были переданы Национальному статистическому институту.",
     "Данные были переданы Национальному статистическому институту."),
    # доверие кому; отказывать кому в чём
    ("ru", "The minister expressed full confidence in Irina Sokolova.", "Министр выразил полное доверие Ирина Соколова.",
     "Министр выразил полное доверие Ирине Соколовой."),
    ("ru", "The ministry denied the National Statistical Institute access.",
     "Министерство отказывало Национальный статистический институт в доступе.",
     "Министерство отказывало Национальному статистическому институту в доступе."),
    # a term after "and to" is not coordinated with an English possessive before it
    ("ru", "The experts wrote to Smirnov's deputy and to Pavel Zhuravsky.",
     "Эксперты написали заместителю Смирнова и Павел Журавский.",
     "Эксперты написали заместителю Смирнова и Павлу Журавскому."),
    # a compound word spelt out in two words: both go
    ("ru", "The list includes 312 political prisoners.", "В список включены 312 политических заключенных.",
     "В список включены 312 политзаключённых."),
    # bg: the possessive clitic си stays; the name after a generic noun goes into the term
    ("bg", "He ended his hunger strike.", "Той прекрати гладната си стачка.", "Той прекрати гладната си стачка."),
    ("bg", "Buses will replace trains across the Shipka Pass.", "Автобуси ще заменят влаковете през прохода Шипка.",
     "Автобуси ще заменят влаковете през Шипченския проход."),
    # a common noun the dictionary does not know, alone: by the pattern of its ending
    ("ru", "The regulator has no experience with stablecoins.", "У регулятора нет опыта работы со стейблкоин.",
     "У регулятора нет опыта работы со стейблкоинами."),
    # a gerund governs like its verb (not the English "of" of "taken charge of")
    ("ru", "Having taken charge of the Eurasian Development Bank, Smirnov cut costs.",
     "Возглавив Евразийский банк развития, Смирнов сократил расходы.",
     "Возглавив Евразийский банк развития, Смирнов сократил расходы."),
    # bg: the subject of a да-clause after a verb of expecting keeps the full article; "yuan" keeps its plural
    ("bg", "Analysts expect the yuan to weaken.", "Анализаторите очакват юанът да поевтинее.",
     "Анализаторите очакват юанът да поевтинее."),
    ("bg", "The bank converted its reserves into yuan.", "Банката обърна резервите си в юани.",
     "Банката обърна резервите си в юани."),
    # a predicative title with an adjective before it: the name is the verb's object
    ("ru", "The board has appointed Pavel Zhuravsky as its new director.",
     "Совет назначил новым директором Павел Журавский.", "Совет назначил новым директором Павла Журавского."),
    # an acronym before the term governs nothing; a comma ends a verb of motion's reach
    ("ru", "Films shot in Sibiu and Plovdiv were shown.", "Показали фильмы, снятые в Сибиу и Пловдив.",
     "Показали фильмы, снятые в Сибиу и Пловдиве."),
    # a term in apposition to a name before it keeps the name's case
    ("ru", "Pavel Zhuravsky, the hakim of the region, resigned.", "Павел Журавский, хаким области, ушёл в отставку.",
     "Павел Журавский, хоким области, ушёл в отставку."),
    # an English subject after "which" and an adverb (once)
    ("ru", "The council, which Smirnov once chaired, was dissolved.",
     "Совет, который когда-то возглавлял Смирнов, был распущен.",
     "Совет, который когда-то возглавлял Смирнов, был распущен."),
    # "granted X, an apposition, Y": the recipient, dative
    ("ru", "The city granted Pavel Zhuravsky, the engineer behind the project, a residence permit.",
     "Город выдал Павел Журавский, инженеру проекта, вид на жительство.",
     "Город выдал Павлу Журавскому, инженеру проекта, вид на жительство."),
    # «между собой» hides no verb: the term after it is the verb's object
    ("ru", "The two ministries share the special economic zone.",
     "Два министерства делят между собой особая экономическая зона.",
     "Два министерства делят между собой особую экономическую зону."),
    # told to do something (рекомендовал, разрешил + infinitive): the one told is dative, before or after the verb
    ("ru", "The IMF advised the Export Credit Bank to raise its rate.",
     "МВФ рекомендовал Экспортный кредитный банк повысить ставку.",
     "МВФ рекомендовал Экспортному кредитному банку повысить ставку."),
    ("ru", "The WTO recommended that the Export Credit Bank cut its fees.",
     "Экспортный кредитный банк ВТО рекомендовала снизить комиссии.",
     "Экспортному кредитному банку ВТО рекомендовала снизить комиссии."),
    ("ru", "The Export Credit Bank recommended new rules.", "Экспортный кредитный банк рекомендовал новые правила.",
     "Экспортный кредитный банк рекомендовал новые правила."),
    # a name after «рудник», «шахта», «карьер» stays in the nominative (на руднике Осиек)
    ("ru", "The accident at the Osijek mine killed two miners.", "Авария на руднике Осиек унесла жизни двух горняков.",
     "Авария на руднике Осиек унесла жизни двух горняков."),
    # «как X, так и Y»: the correlative opens no clause, and Y is coordinated with X
    ("ru", "The report criticised both Smirnov and Irina Sokolova.",
     "В докладе раскритиковали как Смирнова, так и Ирина Соколова.",
     "В докладе раскритиковали как Смирнова, так и Ирину Соколову."),
    # "plan to equip the X": a bare infinitive after "to" is a verb, the term its object
    ("ru", "The owners plan to equip the Black Sea Ferry Line with Volta engines.",
     "Владельцы планируют оснастить Черноморская паромная линия двигателями Volta.",
     "Владельцы планируют оснастить Черноморскую паромную линию двигателями Volta."),
    # a vehicle's noun with English "on" is no motion (Паромы на Эгейском море), whatever verb follows
    ("ru", "Ferries on the Aegean Sea carry tourists to Preveza.", "Паромы на Эгейское море перевозят туристов в Превезу.",
     "Паромы на Эгейском море перевозят туристов в Превезу."),
    # a parenthetical word between commas after the term hides no verb (X, однако, обвинение не предъявили)
    ("ru", "Tahirov, however, was not charged.", "Тахиров, однако, обвинение не предъявили.",
     "Тахирову, однако, обвинение не предъявили."),
    # English "with" and a noun of the translation's own inside a prepositional phrase: its genitive
    ("ru", "Regulators have never interfered with the Black Sea Ferry Line.",
     "Регуляторы никогда не вмешивались в работу Черноморская паромная линия.",
     "Регуляторы никогда не вмешивались в работу Черноморской паромной линии."),
    ("ru", "Patients treated with molnupiravir recovered.", "Пациенты, получавшие лечение молнупиравиром, выздоровели.",
     "Пациенты, получавшие лечение молнупиравиром, выздоровели."),
    # a speaker after a comma at the end of the sentence is the subject, whatever word stands before the comma
    ("ru", "The terminal will be sold to a Dutch fund, Sokolova believes.",
     "Терминал будет продан голландскому фонду, считает Соколова.",
     "Терминал будет продан голландскому фонду, считает Соколова."),
    # English "by" after a full passive participle past a long prepositional phrase: the agent
    ("ru", "Reports prepared for the Competition Commission by Irina Sokolova were leaked.",
     "Доклады, подготовленные для Комиссии по защите конкуренции Ирина Соколова, попали в прессу.",
     "Доклады, подготовленные для Комиссии по защите конкуренции Ириной Соколовой, попали в прессу."),
    # a fronted object: a plural subject and a plural verb after a singular term
    ("ru", "Dimitrov the inspectors did not even invite.", "Димитров инспекторы даже не пригласили.",
     "Димитрова инспекторы даже не пригласили."),
    # an instrumental the English object does not license, also under negation
    ("ru", "No one has managed to replace the Export Credit Bank.", "Никому не удалось заменить Экспортным кредитным банком.",
     "Никому не удалось заменить Экспортный кредитный банк."),
    # "Neither X nor Y was told": the list is the subject of a passive; the verb after it governs both
    ("ru", "Neither Dimitrov nor Julia Weber was told about the ban.", "Ни Димитров, ни Юлия Вебер не сообщили о запрете.",
     "Ни Димитрову, ни Юлии Вебер не сообщили о запрете."),
    # "after X spoke" made a genitive of a noun of the translation's own (после выступления X): kept
    ("ru", "The lira firmed after Kemal Yildirim spoke.", "Лира укрепилась после выступления Кемаля Йылдырына.",
     "Лира укрепилась после выступления Кемаля Йылдырына."),
    # a numeral ending in 1 takes its verb's case, the noun agrees in the singular (насчитал 21 ... зону)
    ("ru", "The government has created 21 special economic zones.",
     "Правительство создало 21 особых экономических зон.", "Правительство создало 21 особую экономическую зону."),
    # a passive made active with the object first: the English agent is the subject of the verb before it
    ("ru", "The Black Sea Ferry Line was fined 3 million tenge by the Competition Commission.",
     "Черноморскую паромную линию оштрафовала на 3 млн тенге Комиссия по защите конкуренции.",
     "Черноморскую паромную линию оштрафовала на 3 млн тенге Комиссия по защите конкуренции."),
    # the English sets the name off by commas after a title with a genitive: apposition to the title
    ("ru", "The prize was handed to the firm's chief engineer, Kemal Yildirim, in Preveza.",
     "Премия была вручена в Превезе главному инженеру компании Кемаль Йылдырын.",
     "Премия была вручена в Превезе главному инженеру компании Кемалю Йылдырыну."),
    # a name of a body (with common nouns in it) is inanimate: its accusative is not the genitive
    ("ru", "The minister thanked the International Telecommunication Union for its help.",
     "Министр поблагодарил Международного союза электросвязи за помощь.",
     "Министр поблагодарил Международный союз электросвязи за помощь."),
    # выдавать себя за кого: accusative; начаться с чего: genitive
    ("ru", "Hackers impersonated Julia Weber.", "Хакеры выдавали себя за Юлией Вебер.",
     "Хакеры выдавали себя за Юлию Вебер."),
    ("ru", "The crisis began with the shadow fleet.", "Кризис начался с теневым флотом.",
     "Кризис начался с теневого флота."),
    # an English perfect's participle has an object (has seen X): fronted before «никто»
    ("ru", "Nobody has seen Tahirov since May.", "Тахиров никто не видел с мая.", "Тахирова никто не видел с мая."),
    # lira is spelt alike in the plural: the translation's plural stays
    ("ru", "Smugglers posted prices in Turkish lira.", "Контрабандисты публиковали цены в турецких лирах.",
     "Контрабандисты публиковали цены в турецких лирах."),
    # an instrumental predicative the English gives with "as" stays (назначило X своим главным инспектором)
    ("ru", "The agency has appointed Smirnov as its chief wine inspector.",
     "Агентство назначило Смирнова своим главным винным инспектором.",
     "Агентство назначило Смирнова своим главным винным инспектором."),
    # "Managers at X": the genitive the translation chose after «управляющие» stays
    ("ru", "Managers at the Vega Foundation cut their fees.", "Управляющие Фонда «Вега» снизили комиссии.",
     "Управляющие Фонда «Вега» снизили комиссии."),
    # a perfective verb in -ся is no passive: its subject, also for an English agent
    ("ru", "Sokolova's report was cited by Smirnov.", "На доклад Соколовой сослался Смирнов.",
     "На доклад Соколовой сослался Смирнов."),
    # "feared X and his auditors": a plural noun ending the sentence is no verb of a list of subjects
    ("ru", "Investors have long feared Tahirov and his auditors.", "Инвесторы давно боятся Тахиров и его аудиторов.",
     "Инвесторы давно боятся Тахирова и его аудиторов."),
    # «, а также X»: coordinated with the term before it, firmly
    ("ru", "Lawmakers demanded that the grain terminal be audited, and the Export Credit Bank too.",
     "Депутаты потребовали проверить зерновой терминал, а также Экспортного кредитного банка.",
     "Депутаты потребовали проверить зерновой терминал, а также Экспортный кредитный банк."),
    # English "by" before an adjective the noun phrase reader does not know: still the agent
    ("ru", "The strategy, criticised for years by independent wine inspectors and by the Competition Commission, "
     "was revised.", "Стратегию, которую годами критиковали независимые винные инспекторы и Комиссия по защите "
     "конкуренции, пересмотрели.", "Стратегию, которую годами критиковали независимые винные инспекторы и Комиссия "
     "по защите конкуренции, пересмотрели."),
    # "To X, it seemed": the dative of the one it seemed to
    ("ru", "To Dimitrov, the proposal seemed premature.", "Димитров предложение показалось преждевременным.",
     "Димитрову предложение показалось преждевременным."),
    # a passive of giving made active with the recipient first and a sum after the verb: dative
    ("ru", "The Vega Foundation was granted 2 million euros by the ministry.",
     "Фонд «Вега» министерство выделило 2 млн евро.", "Фонду «Вега» министерство выделило 2 млн евро."),
    ("ru", "Julia Weber was awarded an honorary title by the city.", "Юлия Вебер город присвоил почётное звание.",
     "Юлии Вебер город присвоил почётное звание."),
    # a weekday opening the sentence is no part of the name after it
    ("ru", "On Tuesday Sokolova called Smirnov.", "Во вторник Соколова позвонила Смирнов.",
     "Во вторник Соколова позвонила Смирнову."),
    # подчинить что кому: with the object between, the term is the dative
    ("ru", "The law subordinates all online outlets to the Competition Commission.",
     "Закон подчиняет все онлайн-издания Комиссия по защите конкуренции.",
     "Закон подчиняет все онлайн-издания Комиссии по защите конкуренции."),
    # a thing with a quoted name, or a noun that may be a thing, is inanimate: its accusative is the nominative
    ("ru", "Engineers are repairing the Kamchiya transmitter.", "Инженеры ремонтируют передатчик «Камчия».",
     "Инженеры ремонтируют передатчик «Камчия»."),
    ("ru", "Engineers replaced the old transmitter.", "Инженеры заменили старый передатчик.",
     "Инженеры заменили старый передатчик."),
    # «взять под контроль X»: the fixed phrase governs nothing, X is the object
    ("ru", "Having taken control of the Black Sea Ferry Line, the company cut fees.",
     "Взяв под контроль Черноморская паромная линия, компания снизила сборы.",
     "Взяв под контроль Черноморскую паромную линию, компания снизила сборы."),
    # bg: a place named by an adjective and a common noun takes the article (not a sea: Егейско море)
    ("bg", "The Kerch Strait has been closed since Sunday.", "Керченски проток е затворен от неделя.",
     "Керченският проток е затворен от неделя."),
    ("bg", "The ships crossed the Aegean Sea.", "Корабите прекосиха Егейско море.", "Корабите прекосиха Егейско море."),
    # «операцию на» is no «опереться на»: a place stays prepositional; climbing is motion (поднимался на X)
    ("ru", "The minister thanked Smirnov for the rescue on Elbrus.",
     "Министр поблагодарил Смирнова за спасательную операцию на Эльбрусе.",
     "Министр поблагодарил Смирнова за спасательную операцию на Эльбрусе."),
    ("ru", "Smirnov, who has climbed Elbrus twice, led the group.", "Смирнов, который дважды поднимался на Эльбрус, "
     "возглавил группу.", "Смирнов, который дважды поднимался на Эльбрус, возглавил группу."),
    # a name with an acronym in it is no person (Запорожской АЭС, not a woman's surname)
    ("ru", "The budget relies on revenue from the Zaporizhzhia NPP.", "Бюджет опирается на доходы Запорожская АЭС.",
     "Бюджет опирается на доходы Запорожской АЭС."),
    # a participle the dictionary reads as an adjective first still governs (принадлежащей + dative)
    ("ru", "Representatives of a company owned by Smirnov arrived.", "Представители компании, принадлежащей Смирнов, "
     "прибыли.", "Представители компании, принадлежащей Смирнову, прибыли."),
    # a short passive participle after it that agrees: the passive's subject, not a genitive of the noun before
    ("ru", "The report calls the shadow fleet a national threat.", "В докладе *теневой флот* назван национальной угрозой.",
     "В докладе *теневой флот* назван национальной угрозой."),
    # the object before the verb, an English agent after a prepositional phrase: the subject
    ("ru", "Moldova was praised for its reforms by the Competition Commission.",
     "Молдову похвалила за реформы Комиссия по защите конкуренции.",
     "Молдову похвалила за реформы Комиссия по защите конкуренции."),
    # a possessive adjective in -ов before a masculine noun declines (Карлова университета)
    ("ru", "The rector opened a new building of Charles University.", "Ректор открыла новое здание Карлов университет.",
     "Ректор открыла новое здание Карлова университета."),
    # the feminine noun for a woman is no near miss of the masculine one (аспирантка for аспирант)
    ("ru", "The grant went to Julia Weber, a PhD student from Tver.", "Грант получила Юлия Вебер, аспирантка из Твери.",
     "Грант получила Юлия Вебер, аспирантка из Твери."),
    # "at the Czech Academy of Sciences went": a capitalised name with "of" inside, then the verb
    ("ru", "PhD students at the Czech Academy of Sciences went on strike.",
     "Докторанты Чешской академии наук объявили забастовку.", "Аспиранты Чешской академии наук объявили забастовку."),
    # bg: the second of a pair after «между» takes the short article
    ("bg", "The agreement between Plovdiv University and the Supreme Administrative Court covers exchanges.",
     "Споразумението между Пловдивския университет и Висшия административен съд обхваща обмена.",
     "Споразумението между Пловдивския университет и Висшия административен съд обхваща обмена."),
    # bg: places named by an adjective and a common noun take the article; a common noun and a name follow "the"
    ("bg", "Rescuers searched Pirin National Park for two days.", "Спасителите претърсваха Национален парк „Пирин“ два дни.",
     "Спасителите претърсваха Националния парк „Пирин“ два дни."),
    ("bg", "After the Jvari Pass was closed, rescuers evacuated the drivers.",
     "След като затвориха проход Джвари, спасителите евакуираха шофьорите.",
     "След като затвориха прохода Джвари, спасителите евакуираха шофьорите."),
    # bg: a device is no person: the count form (два електромера); "in each flat" is a phrase before the verb
    ("bg", "The utility replaced two smart meters.", "Дружеството смени два интелигентни електромери.",
     "Дружеството смени два интелигентни електромера."),
    ("bg", "The smart meter in each flat sends data every hour.", "Интелигентен електромер във всеки апартамент изпраща "
     "данни всеки час.", "Интелигентният електромер във всеки апартамент изпраща данни всеки час."),
    # bg: after «всички», «този», «някои» no article
    ("bg", "Checks were made at all the customs warehouses.", "Проверки бяха направени във всички митнически складове.",
     "Проверки бяха направени във всички митнически складове."),
    # bg: the object of a relative clause's verb in -s ("that crosses the X"): short article
    ("bg", "The cable that crosses the Bosphorus Strait was cut.", "Кабелът, който пресича Босфорски проток, беше прерязан.",
     "Кабелът, който пресича Босфорския проток, беше прерязан."),
    # bg: «след като» opens a clause (its subject takes the full article)
    ("bg", "Prices fell after the grain terminal closed.", "Цените паднаха, след като зърнения терминал затвори.",
     "Цените паднаха, след като зърненият терминал затвори."),
    # bg: a list of subjects after the verb ("Taking part were the X, the Y and the Z")
    ("bg", "Among the guests were the Supreme Administrative Court, the Northern Fleet and the Sanctions Committee.",
     "Сред гостите бяха Висш административен съд, Северен флот и Комитет по санкциите.",
     "Сред гостите бяха Висшият административен съд, Северният флот и Комитетът по санкциите."),
    # bg: in apposition to the subject, the full article
    ("bg", "Its partner, the Supreme Administrative Court, declined to comment.",
     "Неговият партньор, Висшия административен съд, отказа коментар.",
     "Неговият партньор, Висшият административен съд, отказа коментар."),
    # ru: a loanword in -и does not decline (лари is no plural of ларь); the adjective before it agrees
    ("ru", "Each farmer received 300 Georgian lari.", "Каждый фермер получил по 300 грузинских лари.",
     "Каждый фермер получил по 300 грузинских лари."),
    ("ru", "Prices are quoted in Georgian lari.", "Цены указаны в грузинских лари.", "Цены указаны в грузинских лари."),
    # ru: "donations to X": пожертвования + dative (the noun's own government, not a genitive of it)
    ("ru", "Donations to the Danube Heritage Fund grew.", "Пожертвования Дунайскому фонду наследия выросли.",
     "Пожертвования Дунайскому фонду наследия выросли."),
    # ru: "compliance with X": соблюдение + genitive, not the instrumental of means
    ("ru", "Inspectors checked compliance with the sanitary minimum.",
     "Инспекторы проверили соблюдение санитарный минимум.", "Инспекторы проверили соблюдение санитарного минимума."),
    # ru: a place's port in the genitive (в порту Новороссийска) is right as well as the apposition
    ("ru", "Grain piled up in the Novorossiysk sea port.", "Зерно скопилось в морском порту Новороссийска.",
     "Зерно скопилось в морском порту Новороссийска."),
    # ru: the English object of "blames", fronted before its Russian verb past «В заявлении»: accusative
    ("ru", "The statement blames the Northern Corridor for the delays.",
     "В заявлении Северный коридор обвиняют в задержках.", "В заявлении Северный коридор обвиняют в задержках."),
    # bg, ru: the English name spelt letter by letter is the name's rendering
    ("bg", "Ambassador Zhou Xiaoqiang arrived on Monday.", "Посланик Жоу Ксиаокианг пристигна в понеделник.",
     "Посланик Джоу Сяоцян пристигна в понеделник."),
    ("ru", "Ambassador Huang Jiaxin arrived on Monday.", "Посол Хуанг Джиаксин прибыл в понедельник.",
     "Посол Хуан Цзясинь прибыл в понедельник."),
    # bg: a name's adjective with another noun of the model's own (Батакският резервоар)
    ("bg", "The Batak Reservoir is almost empty.", "Батакският резервоар е почти празен.",
     "Батакският язовир е почти празен."),
    # bg: an unquoted name after another generic noun (дамба Кърджали for язовир „Кърджали“)
    ("bg", "Water from Kardzhali Dam is no longer drinkable.", "Водата от дамба Кърджали вече не е годна за пиене.",
     "Водата от язовир „Кърджали“ вече не е годна за пиене."),
    # ru: a Latin acronym made the model's own adjective of the noun (GPS-меткой); a rendering to avoid with a
    # Latin prefix declines in its Russian part (IoT-счётчиком)
    ("ru", "The eagle was fitted with a satellite tag.", "Орла снабдили GPS-меткой.", "Орла снабдили спутниковой меткой."),
    ("ru", "The whale was fitted with a satellite beacon.", "Кита снабдили GPS-трекером.",
     "Кита снабдили спутниковым маячком."),
    # bg: the name of a body made of common words takes the article like a term (type name)
    ("bg", "The Union of Thracian Beekeepers has called for lower tariffs.",
     "Съюз на тракийските пчелари призова за по-ниски мита.", "Съюзът на тракийските пчелари призова за по-ниски мита."),
    ("bg", "The Melnik Winery exported two million bottles.", "Винарна „Мелник“ изнесе два милиона бутилки.",
     "Винарната „Мелник“ изнесе два милиона бутилки."),
    # bg: a place named by a feminine adjective and a noun takes the article (Струмската долина)
    ("bg", "Vineyards cover the Struma Valley.", "Лозя покриват Струмска долина.", "Лозя покриват Струмската долина."),
    # ru: a genitive preposition before a numeral: the noun in the genitive plural (a fraction: singular)
    ("ru", "Prices rose to 34 dinars.", "Цены выросли до 34 динаров.", "Цены выросли до 34 динаров."),
    ("ru", "Prices rose to 7.96 dinars.", "Цены выросли до 7,96 динара.", "Цены выросли до 7,96 динара."),
    # ru: a price after «стоит» with a numeral in 1 is no dative
    ("ru", "A ticket costs 21 dinars.", "Билет стоит 21 динар.", "Билет стоит 21 динар."),
    # ru: a linking verb's instrumental is its complement; the term before it is the subject
    ("ru", "Traders want the grain terminal to become profitable.",
     "Трейдеры хотят, чтобы зерновой терминал стал прибыльным.", "Трейдеры хотят, чтобы зерновой терминал стал прибыльным."),
    # ru: "on the X" after a noun: the place (на Дунае), not a destination fronted before a verb of motion
    ("ru", "Barges on the Danube carry grain.", "Баржи на Дунай перевозят зерно.", "Баржи на Дунае перевозят зерно."),
    # ru: a part of it (большая часть X): the genitive
    ("ru", "Half the special economic zone is empty.", "Половина особой экономической зоны пустует.",
     "Половина особой экономической зоны пустует."),
    ("ru", "Most special economic zone land is empty.", "Большая часть особая экономическая зона пустует.",
     "Большая часть особой экономической зоны пустует."),
    # ru: a later term is decided on the sentence as repaired so far (the title's genitive, then the name)
    ("ru", "The Export Credit Bank's chairman, Kemal Yildirim, defended the loan.",
     "Председатель Экспортный кредитный банк Кемаль Йылдырын защитил кредит.",
     "Председатель Экспортного кредитного банка Кемаль Йылдырын защитил кредит."),
    # ru: "X is expected to <verb>": X is the subject of the Russian clause (Ожидается, что X возглавит)
    ("ru", "Dimitrov is expected to head the Northern Fleet.", "Ожидается, что Димитров возглавит Северный флот.",
     "Ожидается, что Димитров возглавит Северный флот."),
    # ru: a near miss opened by a quotation mark takes its closing mark along
    ("ru", "The federation fined Dinamo Batumi.", "Федерация оштрафовала «Динамо Батуми».",
     "Федерация оштрафовала «Динамо» Батуми."),
    # ru: "during X": в + accusative of time is kept
    ("ru", "The club signed nobody during the transfer window.", "Клуб никого не подписал в трансферное окно.",
     "Клуб никого не подписал в трансферное окно."),
    # bg: the subject of a clause the translation opened with «по който» keeps the full article
    ("bg", "Lawyers criticised the Supreme Administrative Court's handling of the case.",
     "Адвокатите критикуваха начина, по който Висшият административен съд се справя с делото.",
     "Адвокатите критикуваха начина, по който Висшият административен съд се справя с делото."),
    # ru: a person's name found with the wrong ending takes no noun after it (Ирины Соколова вспышка)
    ("ru", "Without Irina Sokolova's data the outbreak would have gone unnoticed.",
     "Без данных Ирины Соколова вспышка осталась бы незамеченной.",
     "Без данных Ирины Соколовой вспышка осталась бы незамеченной."),
    # ru: the translation's own generic words in another order (Сеть аптек «Здраве»)
    ("ru", "The Zdrave pharmacy chain will stop selling it.", "Сеть аптек «Здраве» перестанет его продавать.",
     "Аптечная сеть «Здраве» перестанет его продавать."),
    # ru: драм, known to the dictionary only as a plural of драма, declines as a noun in a consonant
    ("ru", "The ministry spent 900 million drams.", "Министерство потратило 900 миллионов драм.",
     "Министерство потратило 900 миллионов драмов."),
    # bg: провинция for област (a generic word of geography the translation put for another)
    ("bg", "Measles spread in Lori Province.", "Морбилите се разпространиха в провинция Лори.",
     "Морбилите се разпространиха в област Лори."),
    # ru: a governing adjective that agrees with the term is its attribute (самый известный X), no government
    ("ru", "Velingrad, the best-known balneological resort in Bulgaria, expects a record summer.",
     "Велинград, самый известный спа-курорт Болгарии, ожидает рекордного лета.",
     "Велинград, самый известный бальнеологический курорт Болгарии, ожидает рекордного лета."),
    # ru: a route noun before «в» with an English "in": the place (дорог в Пиринских горах), not a destination
    ("ru", "Snow blocked several roads in the Pirin Mountains.", "Снег перекрыл несколько дорог в Пиринские горы.",
     "Снег перекрыл несколько дорог в Пиринских горах."),
    # ru: на пляже, not the colloquial second locative на пляжу
    ("ru", "Lifeguards on the Central Beach rescued two swimmers.",
     "Спасатели на Центральном пляжу спасли двух купальщиков.", "Спасатели на Центральном пляже спасли двух купальщиков."),
    # bg: a noun in -ство with its article (министерството) is no definite adjective of the term
    ("bg", "According to the ministry the National Tourism Council will be closed.",
     "Според министерството Национален съвет по туризъм ще бъде закрит.",
     "Според министерството Националният съвет по туризъм ще бъде закрит."),
    # ru: a word spelling out a part of the approved word goes with the near miss or the avoided rendering
    ("ru", "The agency fined dozens of tour operators.", "Агентство оштрафовало десятки туристических операторов.",
     "Агентство оштрафовало десятки туроператоров."),
    ("ru", "The resort is proud of its six ski lifts.", "Курорт гордится шестью лыжными подъемниками.",
     "Курорт гордится шестью горнолыжными подъёмниками."),
    # a one-syllable foreign surname declines like a noun: с Дэном (petrovich's -ым is for Russian -ов/-ин)
    ("ru", "Officials signed the deal with Deng in Urumqi.", "Чиновники подписали соглашение с Дэн в Урумчи.",
     "Чиновники подписали соглашение с Дэном в Урумчи."),
    # a compound whose first part is no Russian noun: only the last part declines (фулфилмент-центра)
    ("ru", "The company has no fulfilment centre in Almaty.", "У компании нет фулфилмент-центр в Алматы.",
     "У компании нет фулфилмент-центра в Алматы."),
    # дом has no second locative in the written norm (на дому is an idiom)
    ("ru", "Conditions in the children's home have improved.", "Условия в детский дом улучшились.",
     "Условия в детском доме улучшились."),
    # a price after a numeral ending in 1: the accusative singular, not the genitive of два динара
    ("ru", "Each ticket cost 21 dinars.", "Каждый билет стоил 21 динара.", "Каждый билет стоил 21 динар."),
    # a numeral and its noun in the dative the translation chose: the noun agrees in the plural
    ("ru", "The agency has issued licences to 40 customs brokers.",
     "Агентство выдало лицензии 40 таможенным посредникам.", "Агентство выдало лицензии 40 таможенным брокерам."),
    # «более 2000»: a quantity (the subject), no dative of «принадлежит»
    ("ru", "The company owns more than 2,000 parcel lockers.", "Компании принадлежит более 2000 почтовых шкафчиков.",
     "Компании принадлежит более 2000 постаматов."),
    # «пожертвовал» (donated) takes the accusative: 5000 динаров (not the instrumental of «пожертвовать жизнью»)
    ("ru", "The mayor donated 5,000 dinars.", "Мэр пожертвовал 5000 динары.", "Мэр пожертвовал 5000 динаров."),
    # «ушёл в»: motion, the accusative
    ("ru", "The concertmaster has left for the Varna Opera.", "Концертмейстер ушёл в Варненская опера.",
     "Концертмейстер ушёл в Варненскую оперу."),
    # a comparative with no «чем» governs the genitive
    ("ru", "Critics agreed that nobody sang better than Irina Sokolova.",
     "Критики согласились, что никто не пел лучше Ирина Соколова.",
     "Критики согласились, что никто не пел лучше Ирины Соколовой."),
    # the English passive's agent, after a prepositional phrase, is the subject of the active verb
    ("ru", "The soloists were accompanied by Kemal Yildirim at the piano.",
     "Солистам аккомпанировал за роялем Кемаль Йылдырына.", "Солистам аккомпанировал за роялем Кемаль Йылдырын."),
    # the English acronym spelt in Cyrillic letters is a rendering (УПУ for "UPU")
    ("ru", "The UPU has given Georgia two years.", "УПУ дал Грузии два года.", "ВПС дал Грузии два года."),
    ("bg", "Bulgaria reports to the UPU every year.", "България докладва на УПУ всяка година.",
     "България докладва на ВПС всяка година."),
    # a cleft's object past a contrast ("It was X, not Y, whom ..."): the accusative
    ("ru", "It was Irina Sokolova, not the regulators, whom the union accused of the delays.",
     "Именно Ирина Соколова, а не регуляторов, профсоюз обвинил в задержках.",
     "Именно Ирину Соколову, а не регуляторов, профсоюз обвинил в задержках."),
    # the English passive's subject that the translation made the object: a 3rd-plural verb past an apposition,
    # a verb that does not agree with it, an agent after the verb
    ("ru", "Irina Sokolova, the festival's director, was thanked first.",
     "Ирина Соколова, директора фестиваля, поблагодарили первой.",
     "Ирину Соколову, директора фестиваля, поблагодарили первой."),
    ("ru", "Irina Sokolova is being helped by 15 volunteers.", "Ирина Соколова помогают 15 волонтёров.",
     "Ирине Соколовой помогают 15 волонтёров."),
    ("ru", "The Varna Opera in Varna is run by Kemal Yildirim.", "Варненская опера в Варне руководит Кемаль Йылдырын.",
     "Варненской оперой в Варне руководит Кемаль Йылдырын."),
    # (a thing sent along a route is the object, no recipient: через Эгейское море is no thing given)
    ("ru", "The sea ferry from Preveza is sent via the Aegean to Piraeus.",
     "Морской паром из Превезы отправляют через Эгейское море в Пирей.",
     "Морской паром из Превезы отправляют через Эгейское море в Пирей."),
    # a cleft's contrast ("It was X, not Y, that won"): Y is a subject too, the full article
    ("bg", "It was the Varna Opera, not the Northern Corridor, that won the tender.",
     "Търга спечели Варненската опера, а не Северния коридор.", "Търга спечели Варненската опера, а не Северният коридор."),
    # a term of an adjective, a noun and a quoted name the translation kept without its adjective
    ("ru", "The book tells the story of the Gusla Opera Choir.", "Книга рассказывает о хоре «Гусла».",
     "Книга рассказывает об Оперном хоре «Гусла»."),
    # a name after «эксклав» is in apposition (the English "of" is no genitive here)
    ("ru", "The exclave of Nakhchivan has no land border with Azerbaijan.",
     "Эксклав Нахичевань не имеет сухопутной границы с Азербайджаном.",
     "Эксклав Нахичевань не имеет сухопутной границы с Азербайджаном."),
    # стол has no second locative in the norm
    ("ru", "Activists complained about queues at the passport office.", "Активисты жаловались на очереди в паспортный стол.",
     "Активисты жаловались на очереди в паспортном столе."),
    # a noun before it that may be the accusative plural is no sign of a copied case (инструкции почётным консулам)
    ("ru", "The ministry sent instructions to honorary consuls.", "Министерство разослало инструкции почетным консулам.",
     "Министерство разослало инструкции почётным консулам."),
    # a place entry that opens with a common noun is no name in apposition (терминала аэропорта Трабзона)
    ("ru", "The gates of the Trabzon Airport terminal were closed.", "Ворота терминала аэропорт Трабзона закрыли.",
     "Ворота терминала аэропорта Трабзона закрыли."),
    # past a comma, a noun governs no genitive: an apposition (Ирина Соколова, генеральный консул)
    ("ru", "Irina Sokolova, the consul general in Varna, declined to comment.",
     "Ирина Соколова, генеральный консул в Варне, отказалась от комментариев.",
     "Ирина Соколова, генеральный консул в Варне, отказалась от комментариев."),
    # a name before «стал» is no instrumental predicate, however its spelling reads: стал генеральным консулом
    ("ru", "In 2022 Kemal Yildirim became consul general in Varna.", "В 2022 году Кемаль Йылдырын стал генеральный консул в Варне.",
     "В 2022 году Кемаль Йылдырын стал генеральным консулом в Варне."),
    # an indeclinable word before a passive in -ся is no fronted instrumental: the agent, instrumental
    ("ru", "Since 2024 the Supreme Administrative Court of Baku has been chaired by Kemal Yildirim.",
     "С 2024 года Высший административный суд Баку возглавляется Кемаль Йылдырын.",
     "С 2024 года Высший административный суд Баку возглавляется Кемалем Йылдырыном."),
    # English "for" after a passive of addressing: the recipient, dative (not the agent)
    ("ru", "Most of the questions were for Kemal Yildirim.", "Большинство вопросов было адресовано Кемаль Йылдырын.",
     "Большинство вопросов было адресовано Кемалю Йылдырыну."),
    # an English subject the translation made the genitive of a noun chain after a verb that has its own
    # subject (истёк срок действия X): genitive
    ("ru", "Investors left after the special economic zone expired.",
     "Инвесторы ушли после того, как истёк срок действия особая экономическая зона.",
     "Инвесторы ушли после того, как истёк срок действия особой экономической зоны."),
    # a guard: a nominative after a verb and a genitive noun is the subject when the verb agrees with nothing
    # before it (в докладе министерства | Особая экономическая зона названа ...)
    ("ru", "The special economic zone was named in the ministry's report as a success.",
     "В докладе министерства особая экономическая зона названа успешной.",
     "В докладе министерства особая экономическая зона названа успешной."),
    # a bare English plural before a present tense is the class (generic): the Bulgarian article
    # (Граматика на съвременния български книжовен език, т. 2: родово членуване); a past tense tells of some
    # of them, and an -ing form of the ones there now: no article
    ("bg", "Crimean Tatars make up 12 percent of the peninsula's population.",
     "Кримски татари съставляват 12 процента от населението на полуострова.",
     "Кримските татари съставляват 12 процента от населението на полуострова."),
    ("bg", "Crimean Tatars protested outside the court on Monday.",
     "Кримски татари протестираха пред съда в понеделник.",
     "Кримски татари протестираха пред съда в понеделник."),
    ("bg", "Crimean Tatars are protesting outside the court.",
     "Кримски татари протестират пред съда.",
     "Кримски татари протестират пред съда."),
    # a Bulgarian noun before a preposition is no adjective: данъкът върху, not данъкият
    ("bg", "The windfall tax was scrapped in May.", "Данък върху свръхпечалбата беше отменен през май.",
     "Данъкът върху свръхпечалбата беше отменен през май."),
    # a name made of a common noun and a quoted name takes the article as the English says
    ("bg", "The Lotus Casino closed after the raid.", "Казино „Лотос“ затвори след акцията.",
     "Казиното „Лотос“ затвори след акцията."),
    # «два пъти» (twice) counts the times, not the term: no count form
    ("bg", "Auditors checked the Supreme Administrative Court twice.",
     "Одиторите провериха два пъти Висшия административен съд.",
     "Одиторите провериха два пъти Висшия административен съд."),
    # a Latin-script name keeps the preposition the translation read it with (об Elbit)
    ("ru", "The minister spoke about Elbit.", "Министр говорил об Elbit.", "Министр говорил об Elbit."),
    # the English term qualifies the noun after it and the translation made it that noun's adjective: kept
    ("ru", "A new customs office opened in Osijek.", "В Осиеке открылся новый таможенный пост.",
     "В Осиеке открылся новый таможенный пост."),
    # English "in charge of X" made one Russian verb: the verb governs, not the English "of"
    ("ru", "For years Smirnov had been in charge of the Northern Fleet in Murmansk.",
     "Смирнов много лет руководил в Мурманске Северный флот.",
     "Смирнов много лет руководил в Мурманске Северным флотом."),
    # the article the translation put on a singular says nothing of the English bare plural
    ("bg", "The EU funds grain terminals in every port.", "ЕС финансира зърнения терминал във всяко пристанище.",
     "ЕС финансира зърнени терминали във всяко пристанище."),
    # the subject past a relative clause with a number in thousands and a time phrase before its verb
    ("bg", "The Supreme Administrative Court, which hears 4,000 cases a year, on Monday rejected the appeal.",
     "Висш административен съд, който разглежда 4000 дела годишно, в понеделник отхвърли жалбата.",
     "Висшият административен съд, който разглежда 4000 дела годишно, в понеделник отхвърли жалбата."),
    # a contrast («а не», «но не») shares the case of the term before it
    ("ru", "Ainur Aliyeva, not Smirnov, heads the Northern Fleet's press office.",
     "Пресс-службой Северного флота руководит Айнур Алиева, а не Смирновым.",
     "Пресс-службой Северного флота руководит Айнур Алиева, а не Смирнов."),
    # "to ban X": the verb's object, not an English «to» before X
    ("ru", "Ankara wants to ban fuel oil in its ports.", "Анкара хочет запретить мазут в своих портах.",
     "Анкара хочет запретить мазут в своих портах."),
    # the English passive's subjects, a list ("were all criticised by") or past a relative clause ("was met by"),
    # made the object of the active verb
    ("ru", "The Sofia Academy of Music and the Export Credit Bank were all criticised by the auditors.",
     "Аудиторы раскритиковали Софийская музыкальная академия и Экспортный кредитный банк.",
     "Аудиторы раскритиковали Софийскую музыкальную академию и Экспортный кредитный банк."),
    ("ru", "Smirnov, who visited Preveza on Friday, was met by angry fishermen.",
     "Смирнова, посетившего Превезу в пятницу, встретили разгневанные рыбаки.",
     "Смирнова, посетившего Превезу в пятницу, встретили разгневанные рыбаки."),
    # a verb of the clause before «, и» governs nothing in the clause after it
    ("ru", "Deputies voted against Sokolova's plan, and Sokolova is now isolated.",
     "Депутаты проголосовали против плана Соколовой, и теперь Соколова в изоляции.",
     "Депутаты проголосовали против плана Соколовой, и теперь Соколова в изоляции."),
    # a Latin-script brand written in Cyrillic as English reads it (an open syllable: Raven, «Рейвен»)
    ("ru", "Thousands of people downloaded Raven in May.", "В мае тысячи людей скачали приложение «Рейвен».",
     "В мае тысячи людей скачали приложение Raven."),
    # a bare English singular common noun as subject is a mass or a kind: before its verb (the topic) Bulgarian
    # makes it definite; after the verb (new) or under a negation it stays bare
    ("bg", "African swine fever has reached Vidin.", "Африканска чума по свинете достигна Видин.",
     "Африканската чума по свинете достигна Видин."),
    ("bg", "In August African swine fever appeared near Vidin.", "През август край Видин се появи африканска чума по свинете.",
     "През август край Видин се появи африканска чума по свинете."),
    ("bg", "African swine fever was not found in Vidin.", "Африканска чума по свинете не беше открита във Видин.",
     "Африканска чума по свинете не беше открита във Видин."),
    # in apposition to a person's name that opens the sentence (its subject): the full article
    ("bg", "Kemal Yildirim, the race director, said the pass would stay open.",
     "Кемал Йълдъръм, директора на състезанието, каза, че проходът ще остане отворен.",
     "Кемал Йълдъръм, директорът на състезанието, каза, че проходът ще остане отворен."),
    # the participle before a near miss of a quoted name is no word of it (its head noun is missing)
    ("ru", "Bonds issued by Asakabank will be traded in Tashkent.",
     "Облигации, выпущенные Асакабанк, будут торговаться в Ташкенте.",
     "Облигации, выпущенные банком «Асакабанк», будут торговаться в Ташкенте."),
    # a Bulgarian preposition takes the variant the term asks for, also when the term itself is right
    ("bg", "The fair will be held in Vratsa.", "Изложението ще се проведе в Враца.",
     "Изложението ще се проведе във Враца."),
    ("bg", "The minister met Sokolova on Monday.", "Министърът се срещна с Соколова в понеделник.",
     "Министърът се срещна със Соколова в понеделник."),
    # «в» and a day: the accusative of time, whatever the translation wrote
    ("ru", "Veterans marched in Rzhev on Victory Day.", "Ветераны прошли маршем по Ржеву в Дне Победы.",
     "Ветераны прошли маршем по Ржеву в День Победы."),
    ("ru", "On Victory Day thousands gathered in the park.", "В День Победы тысячи людей собрались в парке.",
     "В День Победы тысячи людей собрались в парке."),
    # "went to X and Y": the translation made the list the subject of «получили» (its plural agrees with the two)
    ("ru", "Grants went to the Northern Search Union and the Pamyat Foundation.",
     "Гранты получили Северный поисковый союз и фонд «Память».",
     "Гранты получили Северный поисковый союз и фонд «Память»."),
    # a fronted object: the term before reads as the accusative too, so the translation's forms agree
    ("ru", "The parcel locker and the security strip are easy to break.", "Постамат и защитную полосу легко сломать.",
     "Постамат и защитную полосу легко сломать."),
    # ... but not after an indeclinable name, whose form is every case
    ("ru", "The governor discussed ferry links with Baku and Astrakhan.",
     "Губернатор обсудил паромное сообщение с Баку и Астрахань.",
     "Губернатор обсудил паромное сообщение с Баку и Астраханью."),
    # "X shops" (plural): the chain's shops, the genitive the translation chose stays
    ("ru", "Fakes were found in three Zolotoy Kolos shops.", "Подделки нашли в трёх магазинах «Золотого колоса».",
     "Подделки нашли в трёх магазинах «Золотого колоса»."),
    # "the dinar coins": the translation made the term an adjective of the noun (kept, flagged), no misspelt plural
    ("bg", "The bank will withdraw the dinar coins in June.", "Банката ще изтегли динаровите монети през юни.",
     "Банката ще изтегли динаровите монети през юни."),
    # "The stamp collection": the translation put the head noun first with its article, the term is its bare
    # complement (not the subject)
    ("bg", "The stamp collection was sold in Plovdiv.", "Колекцията марки беше продадена в Пловдив.",
     "Колекцията марки беше продадена в Пловдив."),
    # the definite adjective carries the article past an adjective without one (първите български | марки)
    ("bg", "He designed the first Bulgarian stamps.", "Той проектира първите български марки.",
     "Той проектира първите български марки."),
    # «исполнилось» (an age): the person is in the dative, also past a relative clause and a time phrase
    ("ru", "Sokolova, to whom the museum owes its collection, turned 90 on Monday.",
     "Соколова, которой музей обязан своей коллекцией, в понедельник исполнилось 90 лет.",
     "Соколовой, которой музей обязан своей коллекцией, в понедельник исполнилось 90 лет."),
    ("ru", "Irina Sokolova turned 70 in March.", "Ирина Соколова исполнилось 70 лет в марте.",
     "Ирине Соколовой исполнилось 70 лет в марте."),
    # a name the English sets off by a comma at the end of the sentence stands in apposition to the title
    # before it, past the title's genitive complement
    ("ru", "The prize went to the museum's chief curator, Irina Sokolova.",
     "Премия досталась главному хранителю музея Ирина Соколова.",
     "Премия досталась главному хранителю музея Ирине Соколовой."),
    # a term in apposition to the name before it (", the museum's chief curator"): the name's case, not the
    # verb's object
    ("ru", "The exhibition was designed by Irina Sokolova, the museum's chief curator.",
     "Выставку подготовила Ирина Соколова, главный хранитель музея.",
     "Выставку подготовила Ирина Соколова, главный хранитель музея."),
    # an English passive subject with its price after it ("worth 200 euros"): the object of the Russian
    # third-person plural that renders the passive
    ("ru", "A security strip worth 200 euros was stolen in Varna.", "Защитная полоса на 200 евро украли в Варне.",
     "Защитную полосу на 200 евро украли в Варне."),
    # where a complaint or claim is sent: «в» with the accusative, whatever the translation wrote
    ("ru", "Workers can file complaints with the Labour Inspectorate online.",
     "Работники могут подать жалобу в Трудовой инспекции онлайн.",
     "Работники могут подать жалобу в Трудовую инспекцию онлайн."),
    # "wild boar" is plural too: the translation's plural stays
    ("ru", "In the Rhodopes the number of wild boar has fallen sharply.", "В Родопах численность кабанов резко сократилась.",
     "В Родопах численность кабанов резко сократилась."),
    # a list after a Bulgarian preposition shares its short article
    ("bg", "Delegations from the Varna Opera and the Northern Search Union came to Vratsa.",
     "Делегации от Варненската опера и Северният издирвателен съюз пристигнаха във Враца.",
     "Делегации от Варненската опера и Северния издирвателен съюз пристигнаха във Враца."),
    # «о» before an acronym that opens with a vowel letter is «об», as before any vowel
    ("ru", "The report says nothing about ICOM.", "В докладе ничего не говорится о ИКОМ.",
     "В докладе ничего не говорится об ИКОМ."),
    # the English recipient ("offered X the post of director") is the verb's dative, not the title's apposition
    ("ru", "The board offered Irina Sokolova the post of museum director.",
     "Совет предложил пост директора музея Ирина Соколова.",
     "Совет предложил пост директора музея Ирине Соколовой."),
    # where one arrives: «прибыли в» takes the accusative, whatever the translation wrote
    ("ru", "The crates of glass arrived in Astrakhan on Tuesday.", "Ящики со стеклом прибыли в Астрахани во вторник.",
     "Ящики со стеклом прибыли в Астрахань во вторник."),
    # a destination fronted before its verb of motion, English «to» ... «every summer» is no noun it qualifies
    ("ru", "Thousands of tourists come to Astrakhan every summer.", "Каждое лето в Астрахани приезжают тысячи туристов.",
     "Каждое лето в Астрахань приезжают тысячи туристов."),
    # the English agent after an active transitive verb is its subject, not an instrumental ...
    ("ru", "The concert was staged by the Varna Opera.", "Концерт поставила Варненской оперой.",
     "Концерт поставила Варненская опера."),
    # ... but «by» for the means stays (прибыл контейнерным поездом)
    ("ru", "The first shipment arrived by container train from Urumqi.",
     "Первая партия прибыла контейнерным поездом из Урумчи.", "Первая партия прибыла контейнерным поездом из Урумчи."),
    # "for her trapeze act": «for» belongs to the act, the trapeze is where it is performed (на трапеции)
    ("ru", "The jury gave her the main prize for her trapeze act.",
     "Жюри присудило ей главный приз за номер на трапеции.", "Жюри присудило ей главный приз за номер на трапеции."),
    # after a numeral a Bulgarian noun for male persons takes the plural (a warden is one), an animal the count form
    ("bg", "Twelve game wardens patrol the reserve.", "Дванадесет ловни инспектора патрулират в резервата.",
     "Дванадесет ловни инспектори патрулират в резервата."),
    ("bg", "Poachers killed two red deer near Vratsa.", "Бракониери убиха два благородни елени край Враца.",
     "Бракониери убиха два благородни елена край Враца."),
    # (not a participle that begins like «иск»: искавшие в Страндже)
    ("ru", "Volunteers searching Astrakhan for the boy found his bag.",
     "Добровольцы, искавшие в Астрахани мальчика, нашли его сумку.",
     "Добровольцы, искавшие в Астрахани мальчика, нашли его сумку."),
    # a noun animate or not by its sense (Inmx, or both in the dictionary): the translation's accusative stands,
    # the things (делает марионетки) or the animals (охота на кабанов); a feminine singular has one accusative
    ("ru", "She has made marionettes for forty years.", "Она сорок лет делает марионетки.",
     "Она сорок лет делает марионетки."),
    ("ru", "The hunting of wild boar has been suspended.", "Охота на кабанов приостановлена.",
     "Охота на кабанов приостановлена."),
    ("ru", "She bought a marionette in Prague.", "Она купила марионетка в Праге.", "Она купила марионетку в Праге."),
    # «вид на что»: a view takes «на» with the accusative (not «вид на Альпах»)
    ("ru", "The hotel offers a fine view of the Alps.", "Отель предлагает прекрасный вид на Альпы.",
     "Отель предлагает прекрасный вид на Альпы."),
    # a hyphenated noun for a person before a name: the name stands in apposition, in its case (the analyser
    # lists the hyphenated word's inanimate guess first)
    ("ru", "The prize went to the amateur astronomer Irina Sokolova.",
     "Премия досталась астроному-любителю Ирина Соколова.", "Премия досталась астроному-любителю Ирине Соколовой."),
    # a bare plural subject with a place after it ("Game wardens in Vratsa say"): the subject, not a fronted object
    ("ru", "Game wardens in Vratsa say poaching has grown.", "Егеря во Враце говорят, что браконьерство выросло.",
     "Егеря во Враце говорят, что браконьерство выросло."),
    # a verb, its dative object, then the English direct object: the verb's accusative, not the dative noun's
    # genitive (подверг резкой критике что; показал посетителям что); with English «of» the genitive stays
    ("ru", "Smirnov sharply criticised the Labour Inspectorate for its delays.",
     "Смирнов подверг резкой критике Трудовая инспекция за задержки.",
     "Смирнов подверг резкой критике Трудовую инспекцию за задержки."),
    ("ru", "The guide showed visitors the grain terminal.", "Гид показал посетителям зерновой терминал.",
     "Гид показал посетителям зерновой терминал."),
    ("ru", "The minister gave the workers of the grain terminal a bonus.",
     "Министр выдал работникам зернового терминала премию.", "Министр выдал работникам зернового терминала премию."),
    # a list of objects before the English «to»: the verb's recipient, dative (not the genitive of «катера»)
    ("ru", "The ministry handed new radios and two boats to the Labour Inspectorate.",
     "Министерство передало новые рации и два катера Трудовая инспекция.",
     "Министерство передало новые рации и два катера Трудовой инспекции."),
    # towing is motion: «в» + accusative for English «to»
    ("ru", "The damaged ferry was towed to the grain terminal.", "Повреждённый паром отбуксировали в зерновом терминале.",
     "Повреждённый паром отбуксировали в зерновой терминал."),
    # a phrasal passive ("brought in by"): the agent the translation made the subject of its active verb stays
    ("ru", "The tanker was brought in by the game warden Smirnov.", "Танкер завёл в порт егерь Смирнов.",
     "Танкер завёл в порт егерь Смирнов."),
    # «край» ("off", "near") is a Bulgarian preposition: the short article after it
    ("bg", "Visibility off the grain terminal dropped to two miles.", "Видимостта край зърнения терминал спадна до две мили.",
     "Видимостта край зърнения терминал спадна до две мили."),
    # the subject after a copula that closes a fronted phrase ("Taking part ... were X") is never an accusative
    ("ru", "Taking part in the fair were the Labour Inspectorate and dozens of small firms.",
     "В ярмарке приняли участие Трудовую инспекцию и десятки небольших фирм.",
     "В ярмарке приняли участие Трудовая инспекция и десятки небольших фирм."),
    # a possessive between the conjunction and the term: still coordinated with the term before it
    ("ru", "The film is about Preveza and its game wardens.", "Фильм рассказывает о Превезе и её егеря.",
     "Фильм рассказывает о Превезе и её егерях."),
    # "pay X": the payee (платить кому), unless X is what is paid (a tax, a fee: платить что)
    ("ru", "The ministry refused to pay the Labour Inspectorate.", "Министерство отказалось платить Трудовая инспекция.",
     "Министерство отказалось платить Трудовой инспекции."),
    ("ru", "Banks refused to pay the windfall tax.", "Банки отказались платить налог на сверхприбыль.",
     "Банки отказались платить налог на сверхприбыль."),
    # a bare plural subject with a place after it: some of the class or all of it — the translation's article stays
    # (flagged, below); "off" is a preposition, not a present-tense verb that would make the plural generic
    ("bg", "Game wardens from Vratsa patrol the reserve every night.",
     "Ловни инспектори от Враца патрулират в резервата всяка нощ.",
     "Ловни инспектори от Враца патрулират в резервата всяка нощ."),
    ("bg", "Game wardens off Vratsa have found two boats.", "Ловни инспектори край Враца откриха две лодки.",
     "Ловни инспектори край Враца откриха две лодки."),
    # the subject after a fronted phrase and its copula: never a noun's genitive, and the list after it shares it
    ("ru", "Taking part in the festival were Wang Yiping, Smirnov and Ainur Aliyeva.",
     "В фестивале приняли участие Ван Ипин, Смирнова и Айнур Алиева.",
     "В фестивале приняли участие Ван Ипин, Смирнов и Айнур Алиева."),
    ("ru", "Also taking part in the search were the Labour Inspectorate and Smirnov.",
     "В поисках также приняли участие Трудовой инспекции и Смирнов.",
     "В поисках также приняли участие Трудовая инспекция и Смирнов."),
    # a title that can only be the nominative decides the name's case in apposition (not a form to keep)
    ("ru", "The festival's founder, organist Irina Sokolova, spoke at the opening.",
     "Основатель фестиваля, органистка Ирину Соколову, выступила на открытии.",
     "Основатель фестиваля, органистка Ирина Соколова, выступила на открытии."),
    # "allocated X a Y": a name governs no genitive; the second object is the thing given, accusative
    ("ru", "The agency allocated Smirnov a grain terminal in Varna.", "Агентство выделило Смирнову зерновой терминал в Варне.",
     "Агентство выделило Смирнову зерновой терминал в Варне."),
    # an English possessive the translation made the object of a participle (принадлежащий кому): its case stays
    ("ru", "Irina Sokolova's grain terminal is the largest in Varna.",
     "Зерновой терминал, принадлежащий Ирине Соколовой, — крупнейший в Варне.",
     "Зерновой терминал, принадлежащий Ирине Соколовой, — крупнейший в Варне."),
    # the translation made the English object the subject of the verb after it, past a fronted phrase: kept
    ("ru", "A shortage of grain forced the Labour Inspectorate to cut staff.",
     "Из-за нехватки зерна Трудовая инспекция была вынуждена сократить штат.",
     "Из-за нехватки зерна Трудовая инспекция была вынуждена сократить штат."),
    # the English subject before «cannot»: the full article
    ("bg", "Without a permit, the grain terminal cannot load ships.",
     "Без разрешение зърненият терминал не може да товари кораби.",
     "Без разрешение зърненият терминал не може да товари кораби."),
    # "a worker at X": an adjective used as a person noun (рабочего) before the term; X is its genitive, not the
    # accusative object of the verb before it; a transitive verb with X as its English object still takes it
    ("ru", "A falling crate injured a worker at the grain terminal.",
     "Упавший ящик ранил рабочего зернового терминала.", "Упавший ящик ранил рабочего зернового терминала."),
    # a literal rendering of «adjective of a name + noun»: the noun before the name goes with it, a verb after it
    # never does (it was replaced with the term: «моря Мраморного моря 40 домов»)
    ("ru", "Wildfires on the coast of the Sea of Marmara destroyed 40 houses.",
     "Пожары на побережье моря Мрамора уничтожили 40 домов.",
     "Пожары на побережье Мраморного моря уничтожили 40 домов."),
    ("ru", "Ferries across the Sea of Marmara link Tekirdag with Bandirma.",
     "Паромы через Мрамор связывают Текирдаг с Бандырмой.",
     "Паромы через Мраморное море связывают Текирдаг с Бандырмой."),
    # a near miss widened to a place's name after it (Варны for Варненский) leaves the word before it («Судья»)
    ("ru", "A judge of the Varna City Court was arrested.", "Судья Городского суда Варны был арестован.",
     "Судья Варненского городского суда был арестован."),
    # the English subject made the dative of a verb whose dative stands first (принадлежать): kept, and the
    # numeral phrase after the verb is its subject, no dative of it
    ("ru", "The Export Credit Bank owns 12 grain terminals.",
     "Экспортному кредитному банку принадлежат 12 зерновых терминалов.",
     "Экспортному кредитному банку принадлежат 12 зерновых терминалов."),
    # a preposition before a numeral in digits: the case the translation gave, one the preposition takes
    ("ru", "A bus carrying 40 Crimean Tatars left Osijek.", "Автобус с 40 крымскими татарами отправился из Осиека.",
     "Автобус с 40 крымскими татарами отправился из Осиека."),
    # X from A and Y from B: Y is the verb's object, not a second object of «из»
    ("ru", "The company imports grain from Osijek and white cheese from Preveza.",
     "Компания импортирует зерно из Осиека и брынзу из Превезы.",
     "Компания импортирует зерно из Осиека и брынзу из Превезы."),
    # the English object of an active verb, the subject of the Russian short passive that agrees with it
    ("ru", "The new route uses only the Stone Bridge.", "В новом маршруте использован только Каменный мост.",
     "В новом маршруте использован только Каменный мост."),
    # a sea's name (capitalised adjective + море) ends its phrase: the term after it is no genitive of «море»
    ("ru", "Because of a storm in the Tyrrhenian Sea, the fashion show on the island was postponed by two days.",
     "Из-за шторма в Тирренском море показ мод на острове перенесли на два дня.",
     "Из-за шторма в Тирренском море показ мод на острове перенесли на два дня."),
    # «на судах в X»: X places the ships (English "in"), no destination of the verb after it
    ("ru", "Radio amateurs on ships in the Sea of Marmara relayed the call.",
     "Радиолюбители на судах в Мраморное море передали сигнал.",
     "Радиолюбители на судах в Мраморном море передали сигнал."),
    # leaving a place: «ушла с» + genitive (not the instrumental of «с» = with)
    ("ru", "Dorota Krawczyk left Radio Meridian in 2019.", "В 2019 году Дорота Кравчик ушла с радиостанция «Меридиан».",
     "В 2019 году Дорота Кравчик ушла с радиостанции «Меридиан»."),
    # «в подарок» is an idiom, no dative governor: the English object of "receives" is the verb's accusative
    ("ru", "Every graduate receives white cheese as a gift.",
     "Каждый выпускник получает в подарок брынза.", "Каждый выпускник получает в подарок брынзу."),
    # "a letter from X": the sender, genitive (письмо кому is "a letter to")
    ("ru", "The letter from Dorota Krawczyk was read out.", "Письмо Дорота Кравчик было зачитано.",
     "Письмо Дороты Кравчик было зачитано."),
    # «дань уважения / памяти» кому: the dative, whatever the English says ("honoured X")
    ("ru", "Designers honoured Dorota Krawczyk.", "Дизайнеры отдали дань уважения Дорота Кравчик.",
     "Дизайнеры отдали дань уважения Дороте Кравчик."),
    # a noun for persons whose English head ends in -eur (amateur): the plural after a numeral, no count form
    ("bg", "More than 200 radio amateurs took part.", "Над 200 радиолюбителя участваха.",
     "Над 200 радиолюбители участваха."),
    # a bare English subject whose head noun is lower case ("Morse code"): the topic, Bulgarian makes it definite
    ("bg", "Morse code is still used by the navy.", "Морзова азбука все още се използва от флота.",
     "Морзовата азбука все още се използва от флота."),
    # a lower-case term is no place: белуха the whale (plural белух), not Белуха the mountain (no plural)
    ("ru", "Sokolova has treated beluga whales near Preveza since 2016.", "С 2016 года Соколова лечит белух у Превезы.",
     "С 2016 года Соколова лечит белух у Превезы."),
    # a noun the dictionary does not know: the animacy of the translation's accusative stands
    ("ru", "Smirnov thanked the salt producers of Osijek.", "Смирнов поблагодарил солепроизводителей Осиека.",
     "Смирнов поблагодарил солепроизводителей Осиека."),
    # ждать кого: a being waited for takes the accusative
    ("ru", "Volunteers waited for the killer whale in Osijek.", "Волонтёры ждали косатку в Осиеке.",
     "Волонтёры ждали косатку в Осиеке."),
    # a passive participle the dictionary lists as an adjective, after a comma: its agent in the instrumental
    ("ru", "Inspectors visited the port run by the Export Credit Bank.",
     "Инспекторы посетили порт, руководимый Экспортный кредитный банк.",
     "Инспекторы посетили порт, руководимый Экспортным кредитным банком."),
    # грозить кому чем: the dative stays before the instrumental
    ("ru", "The new rules threaten the Export Credit Bank with bankruptcy.",
     "Новые правила грозят Экспортный кредитный банк банкротством.",
     "Новые правила грозят Экспортному кредитному банку банкротством."),
    # the last of a list of the verb's recipients (написал министру, губернатору и X)
    ("ru", "Smirnov has written to the minister, the governor and the Export Credit Bank.",
     "Смирнов написал министру, губернатору и Экспортный кредитный банк.",
     "Смирнов написал министру, губернатору и Экспортному кредитному банку."),
    # a counted object (два ткацких станка) before English "to": the recipient in the dative
    ("ru", "Smirnov donated two looms to the Export Credit Bank.",
     "Смирнов подарил два ткацких станка Экспортный кредитный банк.",
     "Смирнов подарил два ткацких станка Экспортному кредитному банку."),
    # after a numeral in 1, the count form of 5 and more the translation wrote is no chosen genitive
    ("ru", "The cooperative has 21 carpet weavers.", "В кооперативе 21 ковровщиц.", "В кооперативе 21 ковровщица."),
    # a feminine noun in a consonant takes -та (солта), never the masculine -ът
    ("bg", "The salt comes from Osijek.", "Солът идва от Осиек.", "Солта идва от Осиек."),
    # a one-word rendering of a sea: the adjective after it belongs to the next noun, it is no part of the term
    ("ru", "The lagoon is linked with the Mediterranean Sea by a narrow channel.",
     "Лагуна соединена с Средиземноморьем узким каналом.", "Лагуна соединена со Средиземным морем узким каналом."),
    # a common term is no capitalised quoted name of another entry (Институт „Халит“ is not «халит»)
    ("bg", "The halite is pure, according to the Halit Institute.", "Галитът е чист според Института „Халит“.",
     "Халитът е чист според Института „Халит“."),
    # a Bulgarian possessive clitic inside a term (изпарителните им басейни) stays after its first word
    ("bg", "The ruling will save their evaporation ponds.", "Решението ще спаси изпарителните им басейни.",
     "Решението ще спаси изпарителните им басейни."),
    # a bare object after "offers" (an English verb): the Russian verb's accusative past its dative
    ("ru", "The dairy in Osijek offers white cheese to tourists.", "Молокозавод в Осиеке предлагает туристам брынза.",
     "Молокозавод в Осиеке предлагает туристам брынзу."),
    # an avoided rendering of a noun and a noun in apposition (кит белуга): both words take the plural
    ("bg", "The beluga whales arrived at Osijek.", "Китовете белуги пристигнаха в Осиек.", "Белухите пристигнаха в Осиек."),
    # an avoided rendering in the plural of a noun the English spells alike in the plural ("Karakul sheep")
    ("ru", "The price of Karakul sheep has tripled.", "Цена каракулевых овец утроилась.", "Цена каракульских овец утроилась."),
    # «пожать руку» кому, whatever the English "with" says
    ("ru", "The governor shook hands with Kemal Yildirim.", "Губернатор пожал руку Кемалю Йылдырын.",
     "Губернатор пожал руку Кемалю Йылдырыну."),
    # a numeral that counts a measure noun (партиди) before the term: no count form, no article
    ("bg", "Inspectors found listeria in two batches of white cheese.",
     "Инспекторите откриха листерия в две партиди бяло сирене.",
     "Инспекторите откриха листерия в две партиди бяло сирене."),
    ("ru", "The storm damaged the grain terminal.", "Шторм повредил зернового терминала.",
     "Шторм повредил зерновой терминал."),
    # «морской лев» is the animal (морских львов), not the currency лев
    ("ru", "The zoo in Osijek no longer lets children feed the sea lions.",
     "Зоопарк в Осиеке больше не разрешает детям кормить морские львы.",
     "Зоопарк в Осиеке больше не разрешает детям кормить морских львов."),
    # an English noun that qualifies the noun after it ("the fleece fair") has no number: the translation's plural stays
    ("ru", "Petrov sat on the jury of the fleece fair in Osijek.", "Петров вошёл в жюри ярмарки рун в Осиеке.",
     "Петров вошёл в жюри ярмарки рун в Осиеке."),
    # обучать/учить кого чему: the one taught in the accusative, the thing taught in the dative
    ("ru", "The school teaches Morse code to cadets.", "Школа обучает курсантов азбука Морзе.",
     "Школа обучает курсантов азбуке Морзе."),
    ("ru", "Father Pavel teaches bell ringing to the boys.", "Отец Павел учит мальчиков колокольный звон.",
     "Отец Павел учит мальчиков колокольному звону."),
    # "listen to": слушать что (the accusative); «Слушайте» is the imperative, not the interjection
    ("ru", "Listen to Radio Meridian every morning.", "Слушайте радиостанция «Меридиан» каждое утро.",
     "Слушайте радиостанцию «Меридиан» каждое утро."),
    # назвать кого кем: after the object pronoun the term is the instrumental predicate
    ("ru", "The minister called him a mountain guide of the old school.", "Министр назвал его горный гид старой школы.",
     "Министр назвал его горным гидом старой школы."),
    # "was appointed wine inspector": the predicate of a passive of naming, instrumental
    ("ru", "Dimitrov was appointed wine inspector in March.", "В марте Димитров был назначен винный инспектор.",
     "В марте Димитров был назначен винным инспектором."),
    # a noun after a preposition (из Сухуми, indeclinable) is no fronted dative: принадлежит governs the dative
    ("ru", "The hotel in Sukhumi is owned by Ivaylo Gerdzhikov.", "Отель из Сухуми принадлежит Ивайло Герджиков.",
     "Отель из Сухуми принадлежит Ивайло Герджикову."),
    # a participle's phrase between commas is closed: the verb before it governs
    ("ru", "The union thanked, in a letter published on Monday, Irina Sokolova and Smirnov.",
     "Союз поблагодарил в письме, опубликованном в понедельник, Ирина Соколова и Смирнов.",
     "Союз поблагодарил в письме, опубликованном в понедельник, Ирину Соколову и Смирнова."),
    # an avoided rendering written with its preposition: the sentence keeps «в», the term takes its case
    ("ru", "The ferry is stuck at the Port of Ravda.", "Паром застрял в порте Равда.", "Паром застрял в порту Равда."),
    # компенсировать кому: the dative the translation wrote for those compensated stays
    ("ru", "The ministry will compensate sheep breeders for the losses.", "Министерство компенсирует овцеводам убытки.",
     "Министерство компенсирует овцеводам убытки."),
    # "sent X 40 black boxes": the thing given after a count is no recipient (the count form)
    ("ru", "The museum sent Irina Sokolova 40 damaged black boxes.",
     "Музей отправил Ирине Соколовой 40 повреждённых чёрные ящики.",
     "Музей отправил Ирине Соколовой 40 повреждённых чёрных ящиков."),
    # наградить кого чем: the accusative, whatever the English indirect object says
    ("ru", "The president awarded Tahirov a medal.", "Президент наградил Тахирову медалью.",
     "Президент наградил Тахирова медалью."),
    # a remark inside the English passive ("will, the club said, be replaced by"): the Russian object put first
    ("ru", "Smirnov will, the club said on Monday, be replaced by Dimitrov.",
     "Смирнов, как сообщил в понедельник клуб, сменит Димитров.",
     "Смирнова, как сообщил в понедельник клуб, сменит Димитров."),
    # «переедет в»: a move, the accusative
    ("ru", "The archive will move to the Alps.", "Архив переедет в Альпах.", "Архив переедет в Альпы."),
    # a noun phrase that opens the sentence with the full article is its subject (the English one is far from its verb)
    ("bg", "The oil terminal of the Bulgarian port, Varna West, will close in May.",
     "Нефтеният терминал на българското пристанище Варна-Запад ще затвори през май.",
     "Нефтеният терминал на българското пристанище Варна-Запад ще затвори през май."),
    # "Behind the ruling stands the Court": the subject after a verb of position
    ("bg", "Behind the ruling stands the Supreme Administrative Court.",
     "Зад решението стои Висшия административен съд.", "Зад решението стои Висшият административен съд."),
    # a Latin W read [в]: the translation's transliteration (Вестпорт) says so, във stays
    ("bg", "Every parcel is logged in Westport.", "Всяка пратка се записва във Вестпорт.",
     "Всяка пратка се записва във Westport."),
    # "fit into": помещаться в чём, the prepositional, whatever the English "into"
    ("ru", "Two hundred pallets fit into the customs warehouse.", "В таможенный склад помещаются двести поддонов.",
     "В таможенном складе помещаются двести поддонов."),
    # "lend to X": кредитовать кого/что, the accusative
    ("ru", "The banks refused to lend to the Black Sea Ferry Line.",
     "Банки отказались кредитовать Черноморской паромной линии.",
     "Банки отказались кредитовать Черноморскую паромную линию."),
    # "was paid to 300 X": the recipient of a passive of giving, the numeral and the noun in the dative
    ("ru", "The bonus was paid to 300 sheep breeders.", "Премия была выплачена 300 овцеводов.",
     "Премия была выплачена 300 овцеводам."),
    # "sell X directly": an adverb is no second object, X is the thing sold (accusative)
    ("ru", "Farmers can sell white cheese directly through Pay.bg.", "Фермеры могут продавать брынзу напрямую через Pay.bg.",
     "Фермеры могут продавать брынзу напрямую через Pay.bg."),
    # one English list of common nouns: the second item shares the first one's case (no genitive of it)
    ("ru", "Prices rose for salt, halite and fuel oil.", "Выросли цены на соль, галит и мазут.",
     "Выросли цены на соль, галит и мазут."),
    # «управляющий» as a noun: the genitive the translation wrote stays
    ("ru", "Smirnov, the manager of the grain terminal, resigned.",
     "Смирнов, управляющий зернового терминала, ушёл в отставку.",
     "Смирнов, управляющий зернового терминала, ушёл в отставку."),
    # a bare English plural subject with a place after it: the plural article the translation wrote stays
    ("bg", "Confectioners in Osijek say prices have doubled.", "Конфекционерите в Осиек казват, че цените са се удвоили.",
     "Сладкарите в Осиек казват, че цените са се удвоили."),
    # a Bulgarian loanword in -у is neuter: авиошоуто
    ("bg", "Smirnov opened the air show in Osijek.", "Смирнов откри авиошоуто в Осиек.",
     "Смирнов откри авиошоуто в Осиек."),
    # a name in apposition after a comma at the end of the sentence takes the noun's case
    ("ru", "We spoke with the museum's director, Dimitrov.", "Мы поговорили с директором музея, Димитров.",
     "Мы поговорили с директором музея, Димитровым."),
    # "The grants went to X and Y": «получили X и Y», one subject of the verb before
    ("ru", "The grants went to the Export Credit Bank and the Sofia Academy of Music.",
     "Гранты получили Экспортный кредитный банк и Софийскую музыкальную академию.",
     "Гранты получили Экспортный кредитный банк и Софийская музыкальная академия."),
    # a cleft's object put first, its verb past a participle's phrase between commas
    ("ru", "It is the Federal Reserve that the bankers, angry at the new rules, blame for the crisis.",
     "Именно Федеральная резервная система банкиры, возмущённые новыми правилами, винят в кризисе.",
     "Именно Федеральную резервную систему банкиры, возмущённые новыми правилами, винят в кризисе."),
    # «акциз на что»: the accusative
    ("ru", "The excise duty on fuel oil will rise in January.", "В январе акциз на мазута вырастет.",
     "В январе акциз на мазут вырастет."),
    # a collective numeral (трое) counts the genitive plural
    ("ru", "Three sheep breeders from Osijek testified.", "Трое овцеводы из Осиека дали показания.",
     "Трое овцеводов из Осиека дали показания."),
    # beings before the thing given are the recipients of компенсировать (dative)
    ("ru", "The government compensated sheep breeders for the damage.", "Правительство компенсировало овцеводы ущерб.",
     "Правительство компенсировало овцеводам ущерб."),
    # "on the Aegean Sea coast": the genitive of the noun the English term qualifies, not the far verb's case
    ("ru", "Tahirov owns three warehouses on the Aegean Sea coast.",
     "Тахирову принадлежат три склада на побережье Эгейское море.",
     "Тахирову принадлежат три склада на побережье Эгейского моря."),
    # the subject before a phrase with a possessive ("from this year's batch is")
    ("bg", "The white cheese from this year's batch is excellent.", "Бяло сирене от тазгодишната партида е отлично.",
     "Бялото сирене от тазгодишната партида е отлично."),
    # after a numeral ending in 1 the English plural is the Russian singular
    ("ru", "Smirnov has rescued 31 sheep breeders since 2019.", "Смирнов с 2019 года спас 31 овцевода.",
     "Смирнов с 2019 года спас 31 овцевода."),
    # a reflexive verb's instrumental is the means, not an agent made its subject
    ("ru", "Two tourists were poisoned by fuel oil near Tulcea.", "Два туриста отравились мазутом под Тулчей.",
     "Два туриста отравились мазутом под Тулчей."),
    # «повечето» (most): no article
    ("bg", "Most sheep breeders in Osijek are angry.", "Повечето овцевъдите в Осиек са ядосани.",
     "Повечето овцевъди в Осиек са ядосани."),
    # "signed by X and Y": the second of the agents the translation made the subject takes the full article too
    ("bg", "The appeal was signed by the Export Credit Bank and the Supreme Administrative Court.",
     "Призива подписаха Експортната кредитна банка и Висшия административен съд.",
     "Призива подписаха Експортната кредитна банка и Висшият административен съд."),
    # a genitive coordinated with a noun in the genitive before «и» is governed with it (добычи лося и X)
    ("ru", "Quotas for elk and red deer were set in March.", "Лимиты добычи лося и благородного оленя были установлены в марте.",
     "Лимиты добычи лося и благородного оленя были установлены в марте."),
    # a zero-plural English noun ("red deer"): the plural with the article the translation wrote stays
    ("bg", "The gamekeeper fed the red deer all winter.", "Пазачът хранеше благородните елени цяла зима.",
     "Пазачът хранеше благородните елени цяла зима."),
    # "Last on stage came X": the subject after a verb of motion
    ("bg", "Last on stage came the Supreme Administrative Court.", "Последен на сцената излезе Висшия административен съд.",
     "Последен на сцената излезе Висшият административен съд."),
    # «всички» (all): the plural the translation wrote stays, whatever the English "every"
    ("bg", "The app lists every customs warehouse in Osijek.", "Приложението показва всички митнически складове в Осиек.",
     "Приложението показва всички митнически складове в Осиек."),
    # an adjective between the preposition and the term agrees with it: its case (за лучший X)
    ("ru", "The prize for best grain terminal went to Tulcea.", "Премия за лучший зерновой терминал досталась Тулче.",
     "Премия за лучший зерновой терминал досталась Тулче."),
    # «запись в что»: an appointment, the accusative
    ("ru", "Pay.bg handles all bookings in customs warehouses.", "Pay.bg обрабатывает все записи в таможенные склады.",
     "Pay.bg обрабатывает все записи в таможенные склады."),
    # «в» + a span of time: the accusative the translation chose stays (в трансферное окно)
    ("ru", "The club signed two players in the transfer window.", "Клуб подписал двух игроков в трансферное окно.",
     "Клуб подписал двух игроков в трансферное окно."),
    # the adjective or pronoun right before the term agrees with the form the translation wrote: it stays
    ("ru", "A bottle of fine rose water costs 20 rupees in Osijek.", "Бутылка хорошей розовой воды стоит 20 рупий в Осиеке.",
     "Бутылка хорошей розовой воды стоит 20 рупий в Осиеке."),
    ("ru", "The owners now sell their sea ferry through Raven.", "Владельцы теперь продают свой морской паром через Raven.",
     "Владельцы теперь продают свой морской паром через Raven."),
    ("ru", "One in five grain terminals in Osijek stands idle.", "Каждый пятый зерновой терминал в Осиеке простаивает.",
     "Каждый пятый зерновой терминал в Осиеке простаивает."),
    # a Cyrillic ending that took the place of a Latin-script name's last vowel (Novexой)
    ("ru", "The deal with Novexa was signed in Osijek.", "Сделка с Novexой была подписана в Осиеке.",
     "Сделка с Novexa была подписана в Осиеке."),
    # "sold the stock of wheat to X": the object is the noun a genitive after it qualifies; X is the recipient
    ("ru", "The farmers sold the last batch of tractors to the Export Credit Bank.",
     "Фермеры продали последнюю партию тракторов Экспортный кредитный банк.",
     "Фермеры продали последнюю партию тракторов Экспортному кредитному банку."),
    # "supplied X with Y": поставлять кому что, the thing given in the accusative
    ("ru", "The firm that supplied the Northern Fleet with sea ferries went bankrupt.",
     "Фирма, которая поставляла Северному флоту морские паромы, обанкротилась.",
     "Фирма, которая поставляла Северному флоту морские паромы, обанкротилась."),
    # "curated by X" as «Куратор выставки — X»: nothing but the dash (and markup) before it, the subject
    ("ru", "The exhibition is curated by **Etienne Morel**.", "Куратор выставки — **Этьен Морел**.",
     "Куратор выставки — **Этьен Морель**."),
    # «зарегистрироваться в чём» for "signed up to": registered in it
    ("ru", "Two thousand traders signed up to the World Grain Association.",
     "Две тысячи трейдеров зарегистрировались в Всемирная ассоциация зерна.",
     "Две тысячи трейдеров зарегистрировались во Всемирной ассоциации зерна."),
    # a building before «в»/«на» with English "on": where it stands, not where the goods go
    ("ru", "The company sends its grain through warehouses on the Stone Bridge.",
     "Компания отправляет зерно через склады на Каменный мост.",
     "Компания отправляет зерно через склады на Каменном мосту."),
    # an avoided Bulgarian rendering declines by its own gender (кръвен тип: кръвни типа after a numeral), and a
    # clitic after its first word (кръвния ѝ тип) is still it
    ("bg", "The new kit tells apart four blood types in Osijek.", "Новият комплект различава четири кръвни типа в Осиек.",
     "Новият комплект различава четири кръвни групи в Осиек."),
    ("bg", "The nurse checked her blood type twice.", "Сестрата провери кръвния ѝ тип два пъти.",
     "Сестрата провери кръвната ѝ група два пъти."),
    # the English subject past a phrase of place of two words ("on the main square"): the full article
    ("bg", "The Supreme Administrative Court in the old town closed its archive.",
     "Висш административен съд в стария град затвори архива си.",
     "Висшият административен съд в стария град затвори архива си."),
    # "will be replaced by X" as «заменят X»: a plural verb has its own subject; the instrumental is the means
    ("ru", "The old ferry will be replaced by a sea ferry.", "Старый паром заменят морским паромом.",
     "Старый паром заменят морским паромом."),
    # «подъёмник» (a lift) is no noun of motion: where it stands
    ("ru", "The new lift in Osijek stopped for two hours.", "Новый подъёмник в Осиек остановился на два часа.",
     "Новый подъёмник в Осиеке остановился на два часа."),
    # the numeral's genitive is not the case of the list: «Два терминала и | морской паром обслуживают»
    ("ru", "Two grain terminals and a sea ferry serve Osijek.", "Два зерновых терминала и морской паром обслуживают Осиек.",
     "Два зерновых терминала и морской паром обслуживают Осиек."),
    # "report X to Y": сообщать кому, past the verb's own prepositional phrase
    ("ru", "Operators must report every stoppage to the Supreme Administrative Court within 24 hours.",
     "Операторы обязаны сообщать о каждой остановке Высший административный суд в течение 24 часов.",
     "Операторы обязаны сообщать о каждой остановке Высшему административному суду в течение 24 часов."),
    # "entrusted the running of its congress to X": the object past its genitive and its adjective; X the dative
    ("ru", "The union entrusted the running of its congress to the Export Credit Bank.",
     "Союз поручил организацию своего конгресса Экспортный кредитный банк.",
     "Союз поручил организацию своего конгресса Экспортному кредитному банку."),
    # the English object of a verb past a prepositional phrase of the translation («вызвал на допрос | X»)
    ("ru", "The prosecutor summoned Smirnov and Irina Sokolova for questioning.",
     "Прокурор вызвал на допрос Смирнова и Ирина Соколова.",
     "Прокурор вызвал на допрос Смирнова и Ирину Соколову."),
    # "thanked, on behalf of ..., the X who brought the boys": a noun after "the" is no second verb
    ("ru", "The minister thanked, on behalf of the people of Osijek, the Crimean Tatars who brought the boys home.",
     "Министр поблагодарил от имени жителей Осиека крымские татары, которые привели мальчиков домой.",
     "Министр поблагодарил от имени жителей Осиека крымских татар, которые привели мальчиков домой."),
    # a brand after its noun (радары Elbit) shows no case: «и» joins the nouns, not the brand and the term
    ("ru", "The navy bought Elbit radars and sea ferries.", "ВМС купили радары Elbit и морские паромы.",
     "ВМС купили радары Elbit и морские паромы."),
    # a person's noun the dictionary does not know (дайвером): the name after it stands in apposition
    ("ru", "The team, led by the diver Kemal Yildirim, reached the cave.",
     "Группа во главе с дайвером Кемаль Йылдырын добралась до пещеры.",
     "Группа во главе с дайвером Кемалем Йылдырыном добралась до пещеры."),
    # a noun that may name persons (спасители) keeps the plural the translation wrote after a numeral
    ("bg", "Eighteen cave rescuers worked through the night.", "Осемнайсет пещерни спасители работиха през цялата нощ.",
     "Осемнайсет пещерни спасители работиха през цялата нощ."),
    # a feminine noun in a consonant takes -та (купелта), also an avoided rendering's replacement
    ("bg", "The highlight of the spa is the plunge pool.", "Акцентът на спа центъра е купел.",
     "Акцентът на спа центъра е купелта."),
    ("bg", "The plunge pool reopens on Monday.", "Басейнът за потапяне отваря отново в понеделник.",
     "Купелта отваря отново в понеделник."),
    # a foreign name in -ен is no short participle (Хёйрюнен, | спелеоспасатель: no "agent of the passive")
    ("ru", "Opening the season was Kalle Hoyrynen, a cave rescuer.", "Сезон открыл Калле Хёйрюнен, спелеоспасатель.",
     "Сезон открыл Калле Хёйрюнен, спелеоспасатель."),
    # a possessive that does not decline between the preposition and the term (в его | X)
    ("ru", "Workers repaired the cranes at his grain terminal in Osijek.",
     "Рабочие отремонтировали краны в его зерновой терминал в Осиеке.",
     "Рабочие отремонтировали краны в его зерновом терминале в Осиеке."),
    # «НДС на что»: a tax on it, the accusative
    ("ru", "The ministry wants to lower VAT on grain terminals.", "Министерство хочет снизить НДС на зерновые терминалы.",
     "Министерство хочет снизить НДС на зерновые терминалы."),
    # a printing plant before «в» with English "in": where it stands
    ("ru", "The paper comes from a printing plant in Osijek.", "Бумага поступает из типографии в Осиек.",
     "Бумага поступает из типографии в Осиеке."),
    # a verb of motion after a fronted «в» phrase, past a quoted name («В короткий список премии «...» вошли»)
    ("ru", "Three grain terminals are on the shortlist for the Severny Veter award.",
     "В короткий список премии «Северный ветер» вошли три зерновых терминала.",
     "В короткий список премии «Северный ветер» вошли три зерновых терминала."),
    # the English subject past "by" and its author: the full article
    ("bg", "The Stone Bridge by Dimitrov collapsed in May.", "Каменния мост на Димитров се срути през май.",
     "Каменният мост на Димитров се срути през май."),
    # a quoted name the translation wrote in the nominative right after a thing's noun is its name; after a
    # person's noun, or with an English preposition, the owner's genitive
    ("ru", 'The "Zarya" strike committee called off the protest.', "Забастовочный комитет «Заря» отменил акцию протеста.",
     "Забастовочный комитет «Заря» отменил акцию протеста."),
    ("ru", "A Zarya correspondent was wounded.", "Был ранен корреспондент «Заря».", "Был ранен корреспондент «Зари»."),
    ("ru", "Support for Zarya fell to 31 percent.", "Поддержка «Заря» упала до 31 процента.",
     "Поддержка «Зари» упала до 31 процента."),
    # a passive infinitive with its agent ("is expected to be replaced by"): the English subject is the object
    ("ru", "Vasil Kostov is expected to be replaced by Irina Sokolova.",
     "Ожидается, что Васила Костова сменит Ирина Соколова.", "Ожидается, что Васила Костова сменит Ирина Соколова."),
    # "sell board games and puzzles": «and» is no determiner of a second object ("a" inside "and")
    ("ru", "The shop would sell only board games and puzzles.", "Магазин будет продавать только настольные игры и пазлы.",
     "Магазин будет продавать только настольные игры и пазлы."),
    # an animal whose English name ends like a person's noun takes the Bulgarian count form
    ("bg", "Rashev sold 12 Orlov trotters to a stud farm.", "Рашев продаде 12 орловски рисака на конезавод.",
     "Рашев продаде 12 орловски рисака на конезавод."),
    # an English noun adjunct before a noun in -ing ("valve testing at"): the translation's plural stays
    ("bg", "She leads valve testing at the plant.", "Тя ръководи изпитанията на клапани в завода.",
     "Тя ръководи изпитанията на клапани в завода."),
    # "the hydrotherapy course": the «the» is the course's; the field after «по» stays bare
    ("bg", "The hydrotherapy course lasts two weeks.", "Курсът по хидротерапия продължава две седмици.",
     "Курсът по хидротерапия продължава две седмици."),
    # "a" and a present simple: any one of a kind, the translation's article stays; a past event loses it
    ("bg", "A burial plot in Varna now costs 4,000 leva.", "Гробният парцел във Варна вече струва 4000 лева.",
     "Гробният парцел във Варна вече струва 4000 лева."),
    ("bg", "A burial plot was sold yesterday.", "Гробният парцел беше продаден вчера.",
     "Гробен парцел беше продаден вчера."),
    # a place name of two capitalised nouns: only the last part declines
    ("ru", "Journalists in Baden-Baden asked about the deal.", "Журналисты в Баден-Баден спросили о сделке.",
     "Журналисты в Баден-Бадене спросили о сделке."),
    # "Managed by X, the landfill": the agent of the participle before it, instrumental
    ("ru", "Managed by the Chistota company, the landfill was closed in 2024.",
     "Управлявшийся предприятие «Чистота» полигон был закрыт в 2024 году.",
     "Управлявшийся предприятием «Чистота» полигон был закрыт в 2024 году."),
    # English "to" far from its verb: past a prepositional phrase with an adjective, and past fronted phrases
    # between the verb and its object
    ("ru", "The grant was awarded last week, after a long debate in the regional council, to the Toy Museum.",
     "Грант был присуждён на прошлой неделе после долгих дебатов в областном совете Музей игрушки.",
     "Грант был присуждён на прошлой неделе после долгих дебатов в областном совете Музею игрушки."),
    ("ru", "Drumev presented on Friday, in front of hundreds of guests and journalists, the main prize to Smirnov.",
     "Друмев вручил в пятницу на глазах у сотен гостей и журналистов главный приз Смирнов.",
     "Друмев вручил в пятницу на глазах у сотен гостей и журналистов главный приз Смирнову."),
    # a place made of adjectives, a common noun and a name takes the article the English gives it
    ("bg", "The Devnya industrial zone employs 4,000 people.", "Индустриална зона Девня осигурява работа на 4000 души.",
     "Индустриалната зона Девня осигурява работа на 4000 души."),
    # the object of a relative clause's verb after "who": the short article
    ("bg", "Firms who ignore the Central Register will lose their licences.",
     "Фирмите, които пренебрегват Централният регистър, ще загубят лицензите си.",
     "Фирмите, които пренебрегват Централния регистър, ще загубят лицензите си."),
    # the verb's object past its idiomatic «на/в» phrase (выставить на продажу что), not the phrase noun's genitive
    ("ru", "The trust will put the sanatorium up for sale.", "Трест выставит на продажу санаторий.",
     "Трест выставит на продажу санаторий."),
    # «за» and an English noun adjunct with "the" before it: the purpose stays bare
    ("bg", "The valve category was added.", "Категорията за клапани беше добавена.",
     "Категорията за клапани беше добавена."),
    # an avoided rendering in a case the translation chose where nothing strong decides: the approved form takes it
    ("ru", "The offshore wind farm will have a capacity of six gigawatts.",
     "Мощность оффшорной ветряной фермы составит шесть гигаватт.", "Мощность морского ветропарка составит шесть гигаватт."),
    # an English noun spelt alike in the plural (hovercraft): the translation's number stays
    ("ru", "Hovercraft built in Wuhu will replace three river ferries.",
     "Аппараты на воздушной подушке, построенные в Уху, заменят три речных парома.",
     "Аппараты на воздушной подушке, построенные в Уху, заменят три речных парома."),
    # «заказ на что»: the accusative
    ("ru", "Reporters asked why the hovercraft order had been delayed.",
     "Журналисты спросили, почему заказ на аппараты на воздушной подушке задержался.",
     "Журналисты спросили, почему заказ на аппараты на воздушной подушке задержался."),
    # «На X приходится» (accounts for): приходиться на что
    ("ru", "The Krasnodar Krai accounts for a fifth of the harvest.", "На Краснодарский край приходится пятая часть урожая.",
     "На Краснодарский край приходится пятая часть урожая."),
    # an adjective of the sentence's own before the term carries the Bulgarian article ("the old padlocks")
    ("bg", "Tourists photographed the old padlocks on the bridge.", "Туристите снимаха старите катинари на моста.",
     "Туристите снимаха старите катинари на моста."),
    # a near miss that differs only in the vowel after a sibilant stress decides: the translation's spelling
    ("ru", "Factories near Lovech make security doors.", "Заводы под Ловечем производят сейф-двери.",
     "Заводы под Ловечем производят сейф-двери."),
    # «стоит» (stands) before its subject is no «стоить кому»
    ("ru", "Each kiosk has a key-cutting machine.", "В каждом киоске стоит машина для резки ключей.",
     "В каждом киоске стоит ключерезный станок."),
    # «пригрозить кому чем», past a parenthetical phrase
    ("ru", "Kormilitsyna, according to three people present, threatened the Ferry Union with a lawsuit.",
     "Кормилицына, по словам трёх участников, пригрозила Профсоюз паромщиков судебным иском.",
     "Кормилицына, по словам трёх участников, пригрозила Профсоюзу паромщиков судебным иском."),
    # an avoided rendering spelt alike in the genitive singular and the nominative plural: the English plural decides
    ("ru", "LED grow lights use less electricity.", "Светодиодные лампы для выращивания потребляют меньше электроэнергии.",
     "Светодиодные фитолампы потребляют меньше электроэнергии."),
    # судно in the plural: суда, судов (ships), not судна, суден
    ("ru", "Research vessels left Varna on Monday.", "В понедельник Варну покинули научные судна.",
     "В понедельник Варну покинули научные суда."),
    # a noun made of an adjective after adjectives heads the phrase (мастерская)
    ("ru", "Kolokolin has headed the restoration workshop since 2021.", "С 2021 года Колоколин руководит реставрационная мастерская.",
     "С 2021 года Колоколин руководит реставрационной мастерской."),
    # «не хватает чего»: the genitive
    ("ru", "The workshop lacks scaffolding.", "Мастерской не хватает строительные леса.",
     "Мастерской не хватает строительных лесов."),
    # the dative of «обещать» is the relative pronoun: the term is the thing promised
    ("ru", "Zharkov, to whom Smirnov had promised a glass furnace, is still waiting.",
     "Жарков, которому Смирнов обещал стекловаренная печь, всё ещё ждёт.",
     "Жарков, которому Смирнов обещал стекловаренную печь, всё ещё ждёт."),
    # a Roman numeral inside the object's genitive: the English "to" is the verb's dative
    ("ru", "Kolokolin entrusted the fragile twelfth-century panels to Mathilde Vasseur.",
     "Колоколин доверил хрупкие панели XII века Матильда Вассёр.",
     "Колоколин доверил хрупкие панели XII века Матильде Вассёр."),
    # "belong to": a form spelt alike in the prepositional after «в» keeps the place (состоять в чём)
    ("ru", "Three hundred clubs now belong to the Runners' Federation.", "В Федерации бегунов теперь состоят 300 клубов.",
     "В Федерации бегунов теперь состоят 300 клубов."),
    # «уложиться во что»: the accusative
    ("ru", "Runners who miss the cut-off time must leave the course.",
     "Бегуны, не уложившиеся во время отсечки, должны сойти с трассы.",
     "Бегуны, не уложившиеся в контрольное время, должны сойти с трассы."),
    # "the old town of Plovdiv": a part of the place, the genitive the translation wrote
    ("ru", "Fans lined the route through the old town of Plovdiv.", "Болельщики выстроились вдоль трассы через старый город Пловдива.",
     "Болельщики выстроились вдоль трассы через старый город Пловдива."),
    # the English subject past a place with an ordinal ("at the 25th kilometre"): the full article
    ("bg", "The aid station at the 25th kilometre ran out of water.", "Подкрепителен пункт на 25-ия километър остана без вода.",
     "Подкрепителният пункт на 25-ия километър остана без вода."),
    # an adjective of the sentence's own before an avoided rendering carries the article
    ("bg", "The city will ban the old route taxis.", "Общината ще забрани старите микробуси.",
     "Общината ще забрани старите маршрутни таксита."),
    # the last of two names opening the sentence before a plural verb is a subject too
    ("bg", "Sofia University and the Northern Institute share their data every night.",
     "Софийският университет и Северният институт обменят данните си всяка нощ.",
     "Софийският университет и Северният институт обменят данните си всяка нощ."),
    # the object of a negated verb in the genitive: the English "to" is still the verb's dative
    ("ru", "The ministry allocated no money at all to the Toy Museum.",
     "Министерство не выделило вообще никаких средств Музей игрушки.",
     "Министерство не выделило вообще никаких средств Музею игрушки."),
    # «поставить под угрозу что»
    ("ru", "Drought has put the grain terminals at risk.", "Засуха поставила под угрозу зерновые терминалы.",
     "Засуха поставила под угрозу зерновые терминалы."),
    # a Bulgarian possessive before the term makes it definite: no article
    ("bg", "She brought her cider from Sweden.", "Тя донесе своя сайдер от Швеция.", "Тя донесе своя сайдер от Швеция."),
    # the recipient past a place and a relative clause; «в Осиеке» is where it is, not where it is sent
    ("ru", "The ministry will give the Toy Museum in Osijek, which has six staff, two new vans.",
     "Министерство передаст Музей игрушки в Осиеке, где работают шесть человек, два новых фургона.",
     "Министерство передаст Музею игрушки в Осиеке, где работают шесть человек, два новых фургона."),
    # persons the dictionary does not know take the animate accusative
    ("ru", "The festival brought together cidermakers from 14 regions.", "Фестиваль собрал сидроделы из 14 регионов.",
     "Фестиваль собрал сидроделов из 14 регионов."),
    # the place of a destination after a word of motion keeps the accusative the translation wrote
    ("ru", "They met before flying to the congress in Engelberg.", "Они встретились перед вылетом на съезд в Энгельберг.",
     "Они встретились перед вылетом на съезд в Энгельберг."),
    # "by X, a food inspector from Hamburg": the apposition takes the case of the name before it
    ("ru", "The audit was carried out by Lukas Albrecht, a food inspector from Hamburg.",
     "Проверка была проведена Лукасом Альбрехтом, инспектор пищевого надзора из Гамбурга.",
     "Проверка была проведена Лукасом Альбрехтом, инспектором пищевого надзора из Гамбурга."),
    # «перегонка» (distillation) is no noun of motion
    ("ru", "Tourists can watch the distillation at the Topkapi Palace every morning.",
     "Туристы могут наблюдать за перегонкой в дворец Топкапы каждое утро.",
     "Туристы могут наблюдать за перегонкой во дворце Топкапы каждое утро."),
    # a surname in -ок keeps its vowel (Rosenthal): Хэддоку, not the common noun's fleeting one (Хэддку)
    ("ru", "Fishermen have written to Peter Haddock asking for help.",
     "Рыбаки написали Питер Хэддок с просьбой о помощи.", "Рыбаки написали Питеру Хэддоку с просьбой о помощи."),
    # a head the dictionary does not know, guessed as a plural of another gender: it declines by the glossary's
    ("ru", "The trawler was late, the Burgas Harbour Captaincy said.",
     "По данным Капитании порта Бургас, траулер опоздал.", "По данным Капитании порта Бургас, траулер опоздал."),
    # "for a 300-metre steel cable": the English preposition past a measure (за что: accusative, kept)
    ("ru", "Smirnov won an award for a 300-metre steel cable spun by hand.",
     "Смирнов получил премию за 300-метровый стальной трос, свитый вручную.",
     "Смирнов получил премию за 300-метровый стальной трос, свитый вручную."),
    # "to receive": an infinitive's "to", no preposition (no dative)
    ("ru", "Pensioners in Varna must register to receive food parcels.",
     "Пенсионеры в Варне должны зарегистрироваться, чтобы получать продуктовые наборы.",
     "Пенсионеры в Варне должны зарегистрироваться, чтобы получать продуктовые наборы."),
    # a verb of giving before a numeral and a second object: the recipient, dative with its numeral
    ("ru", "The yard owes 80 gas cutters three months' wages.", "Верфь задолжала 80 газорезчиков зарплату за три месяца.",
     "Верфь задолжала 80 газорезчикам зарплату за три месяца."),
    # the English agent ("used by 90 food banks") made the subject of an active verb whose object «которым» is
    ("ru", "Smirnov built the app used by 90 food banks.",
     "Смирнов создал приложение, которым пользуются 90 продовольственных банков.",
     "Смирнов создал приложение, которым пользуются 90 продовольственных банков."),
    # a plural opening the sentence with its determiner, past its place, before a present plural verb: the subject
    ("ru", "Smirnov's charity shops in Varna sell only donated clothes.",
     "Благотворительные магазины Смирнова в Варне продают только пожертвованную одежду.",
     "Благотворительные магазины Смирнова в Варне продают только пожертвованную одежду."),
    # "membership of the Council": English "of" makes no destination of «в» after a verb of motion
    ("ru", "Smirnov has applied for membership of the Danube Ferry Council.",
     "Смирнов подал заявку на членство в Дунайский совет паромщиков.",
     "Смирнов подал заявку на членство в Дунайском совете паромщиков."),
    # "from Sofia at Preveza": English "at" makes «из X в» no path from somewhere to somewhere
    ("ru", "Volunteers greeted the delegation from Sofia at Preveza on Sunday.",
     "В воскресенье волонтёры встретили делегацию из Софии в Превезе.",
     "В воскресенье волонтёры встретили делегацию из Софии в Превезе."),
    # a list after a verb whose last item has a word in -s: no plural verb of a list of subjects
    ("ru", "The union represents gas cutters and crane drivers from Norway.",
     "Профсоюз представляет газорезчиков и крановщиков из Норвегии.",
     "Профсоюз представляет газорезчиков и крановщиков из Норвегии."),
    # an unknown word's animacy is not guessed: a ship after a numeral takes the count form
    ("bg", "Yards in Preveza cut up 14 bulk carriers last year.", "Площадките в Превеза нарязаха 14 балкери миналата година.",
     "Площадките в Превеза нарязаха 14 балкера миналата година."),
    # a family's Russian-type surname after «братья»/«семья»: plural, in the noun's case; not "Smirnov's family"
    ("ru", "The Smirnov brothers planted their first orchard in 1994.",
     "Братья Смирнов посадили свой первый сад в 1994 году.", "Братья Смирновы посадили свой первый сад в 1994 году."),
    ("ru", "Journalists visited the Smirnov family in Varna.", "Журналисты навестили семью Смирнова в Варне.",
     "Журналисты навестили семью Смирновых в Варне."),
    ("ru", "Smirnov's family grows barley near Varna.", "Семья Смирнова выращивает ячмень под Варной.",
     "Семья Смирнова выращивает ячмень под Варной."),
    # a quoted name the glossary keeps undeclined, declined by the translation after its generic noun
    ("ru", "Gas cutters began work on the hull of the tanker Polar Star.",
     "Газорезчики приступили к работе над корпусом танкера «Полярной звезды».",
     "Газорезчики приступили к работе над корпусом танкера «Полярная звезда»."),
    # заменить что на что: «на» + accusative past an object of four words
    ("ru", "Varna is replacing all its old street lamps with LED lamps.",
     "Варна заменяет все свои старые уличные фонари на светодиодные лампы.",
     "Варна заменяет все свои старые уличные фонари на светодиодные лампы."),
    # a person's near miss as near to the dative as to the genitive: the English "to" decides
    ("ru", "The prize was awarded to Zoya Belova.", "Премия была присуждена Зоя Беловой.",
     "Премия была присуждена Зое Беловой."),
    # "saved Preveza 2 million euros": the first of two objects, dative (kept)
    ("ru", "The new lamps saved Preveza 2 million euros last year.",
     "В прошлом году новые лампы сэкономили Превезе 2 миллиона евро.",
     "В прошлом году новые лампы сэкономили Превезе 2 миллиона евро."),
    # "marks every LED lamp": the English object made the subject of a Russian passive («отмечена каждая лампа»)
    ("ru", "The map marks every **LED lamp** still in use in Preveza.",
     "На карте отмечена каждая **светодиодная лампа**, всё ещё используемая в Превезе.",
     "На карте отмечена каждая **светодиодная лампа**, всё ещё используемая в Превезе."),
    # "blame late blight for the poor harvest": the English object, past a prepositional phrase (винить что в чём)
    ("ru", "Farmers in Preveza blame late blight for the poor harvest and want state compensation.",
     "Фермеры в Превезе винят в плохом урожае фитофтороз и хотят государственной компенсации.",
     "Фермеры в Превезе винят в плохом урожае фитофтороз и хотят государственной компенсации."),
    # a passive of naming past a place: instrumental
    ("ru", "The nematode was declared a quarantine pest in Bulgaria in 2003.",
     "В 2003 году нематода была объявлена в Болгарии карантинный вредитель.",
     "В 2003 году нематода была объявлена в Болгарии карантинным вредителем."),
    # a capitalised adjective the analyser knows only as a surname agrees with its noun
    ("ru", "The closure of the Desna Crisp Factory would cost the town 600 jobs.",
     "Закрытие Деснянская фабрика чипсов будет стоить городу 600 рабочих мест.",
     "Закрытие Деснянской фабрики чипсов будет стоить городу 600 рабочих мест."),
    # «с» before a form spelt alike in the genitive and the instrumental: "with", unless English "from"
    ("ru", "The governor met Sokolova and Smirnov on Monday.", "В понедельник губернатор встретился с Соколовой и Смирнов.",
     "В понедельник губернатор встретился с Соколовой и Смирновым."),
    # an instrumental noun between the verb and its English object is the verb's other object (снабжать кого чем)
    ("ru", "The water company supplies Preveza.", "Водная компания снабжает водой Превеза.",
     "Водная компания снабжает водой Превезу."),
    # a case ending glued to an acronym
    ("ru", "The drought has halted 30 small HPPs in Bulgaria.", "Засуха остановила 30 малых ГЭСов в Болгарии.",
     "Засуха остановила 30 малых ГЭС в Болгарии."),
    # the governor past a time phrase and a gerund's phrase between commas
    ("ru", "Smirnov has run, for almost a quarter of a century and through three reforms, the Danube Ferry Council.",
     "Смирнов руководит уже почти четверть века, пережив три реформы, Дунайский совет паромщиков.",
     "Смирнов руководит уже почти четверть века, пережив три реформы, Дунайским советом паромщиков."),
    # Bulgarian: an acronym takes no article, the noun after it does
    ("bg", "The water utility in Preveza loses half its water.", "ВиК дружество в Превеза губи половината вода.",
     "ВиК дружеството в Превеза губи половината вода."),
    # the subject past a place and before "cost" or "is"
    ("bg", "The fish pass at the Preveza dam cost 4 million euros.",
     "Рибен проход на язовира в Превеза струва 4 милиона евро.",
     "Рибният проход на язовира в Превеза струва 4 милиона евро."),
    ("bg", "The lamp post outside the town hall in Preveza is 120 years old.",
     "Осветителен стълб пред кметството в Превеза е на 120 години.",
     "Осветителният стълб пред кметството в Превеза е на 120 години."),
    # a noun made of an adjective heads its phrase when the noun after it cannot agree with it: the rest is frozen
    ("ru", "Twelve laundromats opened in Varna last year.", "В прошлом году в Варне открылись двенадцать прачечных "
     "самообслуживания.", "В прошлом году в Варне открылись двенадцать прачечных самообслуживания."),
    ("ru", "The council thanked the building manager.", "Совет поблагодарил управляющий домом.",
     "Совет поблагодарил управляющего домом."),
    # "owns 30 laundromats": the English object, the subject of «принадлежат» whose dative stands first
    ("ru", "Smirnov's company owns 30 laundromats.", "Компании Смирнова принадлежат 30 прачечных самообслуживания.",
     "Компании Смирнова принадлежат 30 прачечных самообслуживания."),
    # a woman's surname in -а not of the Russian type declines as a noun
    ("ru", "Chiara Fontana's company will supply 120 lifts to Varna.", "Компания Кьяра Фонтана поставит 120 лифтов в Варну.",
     "Компания Кьяры Фонтаны поставит 120 лифтов в Варну."),
    # «исполняется 30 лет» past a phrase of time: the one who turns 30 is the dative
    ("ru", "The Laundry Association turns 30 this year.", "Ассоциации прачечных в этом году исполняется 30 лет.",
     "Ассоциации прачечных в этом году исполняется 30 лет."),
    # a share in per cent: the genitive («70 % посевных кредитов»)
    ("ru", "The bank issues 60 percent of seed loans in the region.", "Банк выдаёт 60 % посевные кредиты в регионе.",
     "Банк выдаёт 60 % посевных кредитов в регионе."),
    # a noun with its possessive pronoun (их семей) takes no person as a second possessor: the verb before governs
    ("ru", "Smirnov thanked, on behalf of the guides and their families, Irina Sokolova.",
     "Смирнов поблагодарил от имени гидов и их семей Ирина Соколова.",
     "Смирнов поблагодарил от имени гидов и их семей Ирину Соколову."),
    # a plural generic noun before a place's name with English "of" ("the flooded shafts of the Caucasus"): the
    # genitive, no apposition (шахта «Распадская» is one)
    ("ru", "Divers will explore the flooded shafts of the Caucasus.", "Дайверы исследуют затопленные шахты Кавказ.",
     "Дайверы исследуют затопленные шахты Кавказа."),
    # an English noun used as an attribute: the first part of a Russian compound does not decline (гольф-клуба,
    # гиг-экономике), and in Bulgarian the article goes on the noun after it (Гиг икономиката, голф клуба)
    ("ru", "Smirnov trains at a golf club in Osijek.", "Смирнов тренируется в гольф-клуб в Осиеке.",
     "Смирнов тренируется в гольф-клубе в Осиеке."),
    ("ru", "Smirnov wrote a book on the gig economy.", "Смирнов написал книгу о гиг экономике.",
     "Смирнов написал книгу о гиг-экономике."),
    ("bg", "The gig economy employs 40,000 people in Osijek.", "Гиг икономика наема 40 000 души в Осиек.",
     "Гиг икономиката наема 40 000 души в Осиек."),
    ("bg", "Smirnov is a member of the golf club.", "Смирнов е член на голф клуб.", "Смирнов е член на голф клуба."),
    # an appeal filed in a town: where it was filed, the prepositional (a court it is filed with takes the accusative)
    ("ru", "Lawyers filed an appeal in Osijek.", "Адвокаты подали апелляцию в Осиеке.", "Адвокаты подали апелляцию в Осиеке."),
    # a one-word name opening the sentence before a present verb: its object is the English object
    ("ru", "Novexa rents grain terminals to farmers.", "Novexa сдаёт фермерам зерновой терминал.",
     "Novexa сдаёт фермерам зерновые терминалы."),
    # «ответить» without «на»: the one answered is the dative, a body too
    ("ru", "The ministry has not answered the World Grain Association.",
     "Министерство не ответило Всемирная ассоциация зерна.", "Министерство не ответило Всемирной ассоциации зерна."),
    # a term in apposition to a Russian surname the analyser reads as a short adjective (Карасин)
    ("ru", "The museum was founded by Timur Karasin, a mountain guide from Osijek.",
     "Музей основал Тимур Карасин, горный гид из Осиека.", "Музей основал Тимур Карасин, горный гид из Осиека."),
    # a word the analyser reads first as a noun (старший, the senior one) that agrees with the term: its adjective
    ("ru", "Smirnov, the senior mountain guide, resigned.", "Смирнов, старший горный гид, ушёл в отставку.",
     "Смирнов, старший горный гид, ушёл в отставку."),
    # «подают в» for English "served in": a place, not a filing (подать в суд)
    ("ru", "Breakfast is served in the customs warehouse.", "Завтрак подают в таможенном складе.",
     "Завтрак подают в таможенном складе."),
    # "promised new grain terminals": a common noun alone after "promised" is the thing promised
    ("ru", "The ministry promised new grain terminals.", "Министерство обещало новые зерновые терминалы.",
     "Министерство обещало новые зерновые терминалы."),
    # «Поддержку оказала X»: the verb's object stands before it, the term after it is its subject
    ("ru", "Support came from the World Grain Association.", "Поддержку оказала Всемирная ассоциация зерна.",
     "Поддержку оказала Всемирная ассоциация зерна."),
    # a numeral written out (двухсот) gives the genitive plural the translation wrote
    ("ru", "Floods destroyed more than two hundred grain terminals.",
     "Наводнения уничтожили более двухсот зерновых терминалов.", "Наводнения уничтожили более двухсот зерновых терминалов."),
    # Bulgarian: an English mass noun in -ing the translation made plural, as Bulgarian says it (скелета)
    ("bg", "New rules for scaffolding were published.", "Публикувани бяха нови правила за скелета.",
     "Публикувани бяха нови правила за скелета."),
    # a comparative in -ле (дешевле) with no «чем» governs the genitive too
    ("ru", "Salt is now cheaper than halite.", "Соль теперь дешевле галит.", "Соль теперь дешевле галита."),
    # «распространяться на» what a rule covers: the accusative
    ("ru", "The agreement covers grain terminals.", "Соглашение распространяется на зерновые терминалы.",
     "Соглашение распространяется на зерновые терминалы."),
    # «признать кого кем» negated: with its instrumental predicate the object stays accusative
    ("ru", "The court did not recognise the Vega Foundation as a charity.",
     "Суд не признал фонда «Вега» благотворительной организацией.",
     "Суд не признал Фонд «Вега» благотворительной организацией."),
    # the verb before has its object and no subject: the English subject put after them is the nominative
    ("ru", "In Osijek, the Export Credit Bank has opened a new branch.",
     "В Осиеке открыл новый филиал Экспортного кредитного банка.",
     "В Осиеке открыл новый филиал Экспортный кредитный банк."),
    # Bulgarian: "Desna Crisp Factory" without "the": a body's proper name, definite with its frozen tail
    ("bg", "At Desna Crisp Factory, 80 jobs will be cut.", "В Деснянска фабрика за чипс ще бъдат съкратени 80 работни места.",
     "В Деснянската фабрика за чипс ще бъдат съкратени 80 работни места."),
    # «свиря на» an instrument: no article, whatever the English "the"
    ("bg", "Dimitrov played the hurdy-gurdy in Osijek.", "Димитров свири на латерна в Осиек.",
     "Димитров свири на колесна лира в Осиек."),
    ("bg", "Dimitrov played the hurdy-gurdy in Osijek.", "Димитров свири на колесна лира в Осиек.",
     "Димитров свири на колесна лира в Осиек."),
    # a capitalised «Следващата» carries the article as the lower-case one does
    ("bg", "The next Tartu Observatory will be built near Osijek.",
     "Следващата Тартуска обсерватория ще бъде построена край Осиек.",
     "Следващата Тартуска обсерватория ще бъде построена край Осиек."),
    # a bare plural subject in a named place before a simple past: the ones there, the full article
    ("bg", "Grain terminals in Osijek raised their fees.", "Зърнени терминали в Осиек вдигнаха таксите си.",
     "Зърнените терминали в Осиек вдигнаха таксите си."),
    # «в прошлом» ("formerly") before a person noun is no preposition of it
    ("ru", "The museum is run by Vasil Kostov, a former mountain guide.",
     "Музей возглавляет Васил Костов, в прошлом горный гид.", "Музей возглавляет Васил Костов, в прошлом горный гид."),
    # «сесть на мель в» a place: where, not a destination
    ("ru", "A barge carrying grain ran aground in the Sea of Marmara.",
     "Баржа, перевозившая зерно, села на мель в Мраморное море.", "Баржа, перевозившая зерно, села на мель в Мраморном море."),
    # an adjective the translation wrote in the case the sentence gives: the term agrees with it (not a participle)
    ("ru", "The jury gave the prize to a young mountain guide.", "Жюри присудило премию молодому горный гид.",
     "Жюри присудило премию молодому горному гиду."),
    # Bulgarian: the English noun the term qualifies put before it ("the largest board game shop"): the article is
    # on the adjective, the term stays bare
    ("bg", "The largest board game shop in Plovdiv has closed.", "Най-големият магазин настолни игри в Пловдив затвори.",
     "Най-големият магазин настолни игри в Пловдив затвори."),
    # a year after "the" ("the 1890 grand piano"): definite
    ("bg", "Kostov restored the soundboard of the 1890 grand piano.", "Костов реставрира дъската на роял от 1890 г.",
     "Костов реставрира дъската на рояла от 1890 г."),
    # a word with the article before the possessive «си» carries the article
    ("bg", "Kostov donated his old board game to a school.", "Костов дари старата си настолната игра на училище.",
     "Костов дари старата си настолна игра на училище."),
    # a lifeguard is a person by the English, whom the Russian dictionary also knows as a thing: the plural
    ("bg", "Varna has hired 40 beach lifeguards.", "Варна нае 40 плажни спасителя.", "Варна нае 40 плажни спасители."),
    # a bare plural subject before "must": the class, the full article
    ("bg", "Beach lifeguards must hold a first-aid certificate.", "Плажни спасители трябва да имат сертификат за първа помощ.",
     "Плажните спасители трябва да имат сертификат за първа помощ."),
    # an avoided old name of an indeclinable place declines by its own words (из Тифлиса)
    ("ru", "Wine from Tbilisi is sold in Plovdiv.", "Вино из Тифлиса продают в Пловдиве.",
     "Вино из Тбилиси продают в Пловдиве."),
    # the translation made a place the adjective of the noun the English term qualifies, also before an -ing noun
    ("ru", "The inspection was led by the head of the Plovdiv heating inspectorate.",
     "Проверку возглавил глава пловдивской инспекции по отоплению.",
     "Проверку возглавил глава пловдивской инспекции по отоплению."),
    # "were flown": an English passive (an irregular participle), the object of the Russian indefinite-personal verb
    ("ru", "Kites were flown over Plovdiv.", "Воздушных змеев запускали над Пловдивом.",
     "Воздушных змеев запускали над Пловдивом."),
    # a Russian-type surname in the English plural names the family: plural
    ("ru", "The Lezhnevs have swept chimneys for four generations.", "Лежнев чистят дымоходы уже четыре поколения.",
     "Лежневы чистят дымоходы уже четыре поколения."),
    # Bulgarian: a one-word term with an agent's suffix (коминочистач) names persons: the plural after a numeral
    ("bg", "Seven chimney sweeps were injured.", "Седем коминочистача бяха ранени.", "Седем коминочистачи бяха ранени."),
    # the recipient of a verb of giving stays the dative under negation
    ("ru", "The city has not given Vasil Kostov a permit.", "Город так и не выдал Васил Костов разрешение.",
     "Город так и не выдал Василу Костову разрешение."),
    # the noun before the term already in the case the verb after it governs: the term is its genitive
    ("ru", "The restoration of the 1912 grand piano was led by Vasil Kostov.",
     "Реставрацией рояля 1912 года руководил Васил Костов.", "Реставрацией рояля 1912 года руководил Васил Костов."),
    # an unknown feminine noun in -а the dictionary guesses as a masculine genitive declines by its ending
    ("ru", "Balsa prices have doubled.", "Цены на бальзовое дерево выросли вдвое.", "Цены на бальсу выросли вдвое."),
    # "The shop has balsa": the thing had after «у» and its owner is nominative (negated, the genitive)
    ("ru", "The school has a grand piano.", "У школы гранд-пиано.", "У школы рояль."),
    ("ru", "The shop has no balsa.", "У магазина нет бальзового дерева.", "У магазина нет бальсы."),
    # «пройти» ("take place") after the English passive's subject, which opens the clause: its subject
    ("ru", "The World Kite Show will be held in Plovdiv.", "Всемирная выставка воздушных змеев пройдёт в Пловдиве.",
     "Всемирная выставка воздушных змеев пройдёт в Пловдиве."),
    # a Russian noun used as an invariable first part of a compound (мастер-): only the last part declines
    ("ru", "Kostov digitised 400 master tapes.", "Костов оцифровал 400 мастер-лент.", "Костов оцифровал 400 мастер-лент."),
    # «работать на» a workplace: the prepositional (a body or a person: the accusative, work for someone)
    ("ru", "Roofers working for the Iskra factory went on strike.",
     "Кровельщики, работающие на фабрика «Искра», объявили забастовку.",
     "Кровельщики, работающие на фабрике «Искра», объявили забастовку."),
    ("ru", "Roofers working for the Cherepitsa Institute went on strike.",
     "Кровельщики, работающие на Институт «Черепица», объявили забастовку.",
     "Кровельщики, работающие на Институт «Черепица», объявили забастовку."),
    # a verb that takes the genitive or the accusative (потребовать): the adjective before the term shows which
    ("ru", "The roofers demanded new roof tiles.", "Кровельщики потребовали новые черепицы.",
     "Кровельщики потребовали новые черепицы."),
    # a lower-case term found where the translation wrote it in lower case, not in another name's capitalised word
    ("ru", "Researchers at the Cherepitsa Institute tested roof tiles.",
     "Исследователи Института Черепица протестировали черепицы.",
     "Исследователи Института «Черепица» протестировали черепицы."),
    # Bulgarian: a body named as a term in capitals ("Bulgarian National Television") under article:bg source is
    # definite without "the" — see test_an_english_proper_name_is_definite_for_a_place_of_an_adjective_and_a_noun
    # a brand that opens the English sentence before an apposition, translated as the sentence's first word
    ("ru", "Lantern, a start-up from Plovdiv, now has 5,000 users.",
     "Фонарь, стартап из Пловдива, теперь насчитывает 5000 пользователей.",
     "Lantern, стартап из Пловдива, теперь насчитывает 5000 пользователей."),
    # Bulgarian: persons named by a noun made of a participle take the plural after a numeral
    ("bg", "More than 500 building managers attended the conference.",
     "Над 500 домоуправителя присъстваха на конференцията.", "Над 500 домоуправители присъстваха на конференцията."),
]


def test_article_source_said_by_the_glossary_follows_the_english(tmp_path):
    """article:bg source, said by the glossary: a common noun the English gives without "the" takes no
    article even where the translation wrote one; a generic subject and a name keep theirs."""
    path = tmp_path / "g.tsv"
    path.write_text("en\tbg\tru\ttype\tgender\tarticle:bg\ncopper concentrate\tмеден концентрат\tмедный концентрат\t"
                    "term\tm\tsource\nSofia University\tСофийски университет\tСофийский университет\tterm\tm\tsource\n"
                    "harbour fee\tпристанищна такса\tпортовый сбор\tterm\tf\tsource\n",
                    encoding="utf-8")
    sources = ["Armenia exports copper concentrate to China.", "Copper concentrate is cheap.",
               "Students gathered outside Sofia University.", "The flaw is in Kalmar copper concentrate.",
               "Queues formed at harbour fee offices.", "Queues formed at harbour fees in Varna.",
               "The exhibition is about harbour fees."]
    machine = ["Армения изнася медния концентрат за Китай.", "Медният концентрат е евтин.",
               "Студенти се събраха пред Софийския университет.", "Дефектът е в медния концентрат Kalmar.",
               "Опашки се образуваха пред офисите за пристанищните такси.",
               "Опашки се образуваха пред пристанищните такси във Варна.",
               "Изложбата е посветена на пристанищните такси."]
    repaired, _decisions = apply_glossary(load([path]), sources, machine, "bg")
    # (a bare plural with a named place after it, "in Varna": the ones there — the translation's article stays)
    assert repaired == ["Армения изнася меден концентрат за Китай.", "Медният концентрат е евтин.",
                        "Студенти се събраха пред Софийския университет.", "Дефектът е в медния концентрат Kalmar.",
                        "Опашки се образуваха пред офисите за пристанищни такси.",
                        "Опашки се образуваха пред пристанищните такси във Варна.",
                        # (what something "is about": the class, the translation's article stays)
                        "Изложбата е посветена на пристанищните такси."]


def test_a_place_inside_another_places_name_is_no_occurrence(glossary):
    """"near Novi Osijek": Osijek is part of another town's name (Нови Искър, Стара Загора), not the place."""
    _repaired, decisions = apply_glossary(glossary, ["Volunteers planted willows near Novi Osijek and Osijek."],
                                          ["Волонтёры посадили ивы недалеко от Нови Осиек и Осиека."], "ru")
    assert [d.source for d in decisions] == ["Osijek"], decisions


def test_an_article_the_glossary_forbids_on_a_generic_noun_before_a_quoted_name_is_checked(tmp_path):
    """article:bg never on «влак „Дунавски експрес“»: the article the translation put on the generic noun is taken off,
    as the glossary says, with a check (running text writes влака „Дунавски експрес“)."""
    path = tmp_path / "g.tsv"
    path.write_text("en\tbg\tru\ttype\tgender\tarticle:bg\nDanube Express\tвлак „Дунавски експрес“\t"
                    "поезд «Дунайский экспресс»\tname\tm\tnever\n", encoding="utf-8")
    repaired, decisions = apply_glossary(load([path]), ["The ministry backed the Danube Express."],
                                         ["Министерството подкрепи влака „Дунавски експрес“."], "bg")
    assert repaired == ["Министерството подкрепи влак „Дунавски експрес“."]
    assert "article:bg" in decisions[0].check, decisions[0]


def test_a_bare_plural_that_is_a_nouns_topic_keeps_the_translations_article(tmp_path):
    """article:bg source: "the agreement on harbour fees" — a bare English plural after a noun's "on"/"about" names
    the class as often as some of it; the article the translation wrote stays, checked. After a verb's "on" the
    English decides (no article), and the article the translation wrote is taken off with a check (the fees the
    reader knows would keep it)."""
    path = tmp_path / "g.tsv"
    path.write_text("en\tbg\tru\ttype\tgender\tarticle:bg\nharbour fee\tпристанищна такса\tпортовый сбор\tterm\tf\t"
                    "source\nwet cleaning\tмокро почистване\tаквачистка\tterm\tn\tsource\n", encoding="utf-8")
    sources = ["The union did not sign the agreement on harbour fees.", "The union insisted on harbour fees.",
               "[Smirnov's interview](https://example.org/s) on wet cleaning was shared widely."]
    machine = ["Съюзът не подписа споразумението за пристанищните такси.", "Съюзът настоя на пристанищните такси.",
               "[Интервюто на Смирнов](https://example.org/s) за мокрото почистване беше широко споделено."]
    repaired, decisions = apply_glossary(load([path]), sources, machine, "bg")
    assert repaired == ["Съюзът не подписа споразумението за пристанищните такси.", "Съюзът настоя на пристанищни такси.",
                        "[Интервюто на Смирнов](https://example.org/s) за мокрото почистване беше широко споделено."]
    assert "whole class" in decisions[0].check, decisions[0]
    assert "was taken off" in decisions[1].check, decisions[1]


def test_an_english_noun_adjunct_made_a_complement_keeps_the_translations_article(tmp_path):
    """article:bg source: "the title of heritage tram city" — the English term qualifies a noun and has no article
    to give; the translation made it a complement after «на» with the article of the kind: kept, checked."""
    path = tmp_path / "g.tsv"
    path.write_text("en\tbg\tru\ttype\tgender\tarticle:bg\nheritage tram\tисторически трамвай\tисторический "
                    "трамвай\tterm\tm\tsource\n", encoding="utf-8")
    sources = ["Varna won the title of heritage tram city.", "Varna bought a heritage tram."]
    machine = ["Варна спечели титлата „град на историческия трамвай“.", "Варна купи историческия трамвай."]
    repaired, decisions = apply_glossary(load([path]), sources, machine, "bg")
    assert repaired == ["Варна спечели титлата „град на историческия трамвай“.", "Варна купи исторически трамвай."]
    assert "no article of its own" in decisions[0].check, decisions[0]


def test_an_english_proper_name_is_definite_for_a_place_of_an_adjective_and_a_noun(tmp_path):
    """article:bg source: "Nizhnekamsk River Port was closed" — an English proper name needs no "the" to be
    definite; a place of an adjective and a common noun takes the article, as with no article:bg at all. A common
    noun the English gives bare still takes none."""
    path = tmp_path / "g.tsv"
    path.write_text("en\tbg\tru\ttype\tgender\tarticle:bg\nKama River Port\tКамско речно пристанище\tКамский речной "
                    "порт\tplace\tn\tsource\nriver port\tречно пристанище\tречной порт\tterm\tn\tsource\n"
                    "Bulgarian National Radio\tБългарско национално радио\tБолгарское национальное радио\tterm\tn\t"
                    "source\n", encoding="utf-8")
    sources = ["Kama River Port was closed for two days.", "The town wants a river port.",
               "Kostov worked for Bulgarian National Radio for years."]
    machine = ["Камско речно пристанище беше затворено за два дни.", "Градът иска речното пристанище.",
               "Костов работи години наред за Българско национално радио."]
    repaired, _decisions = apply_glossary(load([path]), sources, machine, "bg")
    assert repaired == ["Камското речно пристанище беше затворено за два дни.", "Градът иска речно пристанище.",
                        "Костов работи години наред за Българското национално радио."]


def test_a_name_written_with_its_article_takes_no_second_one(tmp_path):
    """article:bg always and a masculine approved form given with its short article (Босфора): the full
    article is built on the stem, never a second article on top (Босфората)."""
    path = tmp_path / "g.tsv"
    path.write_text("en\tbg\tru\ttype\tgender\tarticle:bg\tavoid:bg\nBosphorus\tБосфора\tБосфор\tplace\tm\talways\tБосфор\n",
                    encoding="utf-8")
    sources = ["A floating cinema will anchor on the Bosphorus.", "The Bosphorus was closed."]
    machine = ["Плаващо кино ще акостира на Босфор.", "Босфор беше затворен."]
    repaired, _decisions = apply_glossary(load([path]), sources, machine, "bg")
    assert repaired == ["Плаващо кино ще акостира на Босфора.", "Босфорът беше затворен."]


def test_a_plural_only_name_takes_the_plural_forms_the_glossary_gives(tmp_path):
    """gender pl and forms:ru given as plurals (pl-gent=Бельц): a plural-only name's cases come from them."""
    path = tmp_path / "g.tsv"
    path.write_text("en\tbg\tru\ttype\tgender\tforms:ru\nBalti\tБелци\tБельцы\tplace\tpl\t"
                    "pl-gent=Бельц; pl-loct=Бельцах\n", encoding="utf-8")
    sources = ["Trucks from Balti queue at the border.", "Wine is made in Balti."]
    machine = ["Грузовики из Бельцы стоят в очереди на границе.", "Вино делают в Бельцы."]
    repaired, _decisions = apply_glossary(load([path]), sources, machine, "ru")
    assert repaired == ["Грузовики из Бельц стоят в очереди на границе.", "Вино делают в Бельцах."]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory):
    path = tmp_path_factory.mktemp("g") / "glossary.tsv"
    path.write_text(GLOSSARY + "\n", encoding="utf-8")
    loaded = load([path])
    assert not loaded.errors
    return loaded


@pytest.mark.parametrize("lang, source, machine, expected", ROWS, ids=[f"{r[0]}-{r[1][:40]}" for r in ROWS])
def test_form_from_the_whole_sentence(glossary, lang, source, machine, expected):
    repaired, _decisions = apply_glossary(glossary, [source], [machine], lang)
    assert repaired == [expected]


@pytest.mark.parametrize("source, machine, flagged", [
    # nothing decides the case and the English does not make it the subject: kept, with a check
    ("Even Tahirov they did not invite.", "Даже Тахиров они не пригласили.", True),
    # the subject of a clause after «что», a verb after it that agrees: no check
    ("Nobody expected that Tahirov would lose.", "Никто не ожидал, что Тахиров проиграет.", False),
    ("Smirnov opened the session.", "Смирнов открыл заседание.", False),
])
def test_a_nominative_nothing_decides_is_flagged(glossary, source, machine, flagged):
    repaired, decisions = apply_glossary(glossary, [source], [machine], "ru")
    assert repaired == [machine]
    assert bool(decisions[0].check) == flagged, decisions[0]


@pytest.mark.parametrize("source, machine, flagged", [
    # a plural verb cannot have the singular name as its subject: the nominative is kept, with a check
    ("Irina Sokolova, who returned from Vienna on Monday, was met by journalists.",
     "Ирина Соколова, вернувшаяся из Вены в понедельник, встретили журналисты.", True),
    # a verb that agrees; a subject shared with another (ни ..., ни ...); a noun the verb agrees with before it
    ("Irina Sokolova, who returned from Vienna on Monday, met journalists.",
     "Ирина Соколова, вернувшаяся из Вены в понедельник, встретилась с журналистами.", False),
    ("Neither Smirnov nor Sokolova commented.", "Ни Смирнов, ни Соколова не стали комментировать.", False),
])
def test_a_subject_its_verb_does_not_agree_with_is_flagged(glossary, source, machine, flagged):
    repaired, decisions = apply_glossary(glossary, [source], [machine], "ru")
    assert repaired == [machine]
    last = decisions[-1]
    assert ("does not agree with it" in (last.check or "")) == flagged, last


def test_an_adjective_before_a_bulgarian_near_miss_is_flagged(glossary):
    """«гранично-пропускателния | пункт Капитан Андреево»: the near miss is replaced, the model's adjective
    before it may belong to its rendering — the decision says so."""
    repaired, decisions = apply_glossary(glossary, ["Traffic at the Kapitan Andreevo checkpoint was halted."],
                                         ["Движението на гранично-пропускателния пункт Капитан Андреево беше спряно."],
                                         "bg")
    assert "ГКПП „Капитан Андреево“" in repaired[0]
    assert "adjective before the near miss" in decisions[0].check


@pytest.mark.parametrize("lang, source, machine, check", [
    # a near miss that is an adjective of the noun after it: that noun may belong to the term
    ("ru", "The authorities stripped Smirnov of his accreditation.", "Власти лишили Смирнова его аккредитационной карточки.",
     "adjective"),
    # an adjective before a near miss of a term of several words may belong to the translation's rendering
    ("ru", "Doctors are fighting tick-borne fever in Tver Region.",
     "Врачи борются с опасной клещевой горячкой в Тверской области.", "adjective before the near miss"),
    # a brand replaced with a short capitalised word after it (по Понтус ТВ)
    ("bg", "Aydin presents the news on PontusTV.", "Айдън води новините по Понтус ТВ.", "(ТВ)"),
    # an avoided rendering with a genitive noun after it that may belong to it
    ("ru", "The company has no fulfilment centre in Almaty.", "У компании нет центра выполнения заказов в Алматы.",
     "may belong to it"),
    # English "with" before a person and no Russian preposition: the instrumental, checked
    ("ru", "The parents filed a complaint with the Children's Ombudsman.", "Родители подали жалобу детский омбудсмен.",
     "English «with» names a person"),
    # the full article on the last of a list after a plural verb with no preposition: made short, checked
    ("bg", "Grants went to Preveza and the Northern Corridor.", "Грантове получиха Превеза и Северният коридор.",
     "the last of a list"),
    # a one-word near miss much shorter than the approved form may be another word of the sentence (овце: sheep)
    ("bg", "Sheep breeders near Osijek are protesting.", "Развъдчиците на овце край Осиек протестират.",
     "much shorter than the approved form"),
    # "the trapeze act": the English "the" may be the noun's after the term, and the translation wrote no article
    ("bg", "Kovalenko built the rigging for the trapeze act in Osijek.",
     "Коваленко изгради оборудването за номера на трапец в Осиек.", "may belong to the noun the term qualifies"),
    # a one-word near miss at the other end of the sentence from the English term may be another word (часовници,
    # also the thing the approved person noun is made from: that check is the one reported)
    ("bg", "Twelve watchmakers from Osijek came to teach a course on the repair of antique clocks.",
     "Дванадесет часовщици от Осиек дойдоха, за да преподават курс по ремонт на антикварни часовници.",
     "named after"),
    ("bg", "Twelve watchmakers from Osijek came to teach a course on the repair of antique hands.",
     "Дванадесет часовщици от Осиек дойдоха, за да преподават курс по ремонт на часовникови стрелки.",
     "stands far from where the English term stands"),
    # a quoted name the translation declined after its generic noun: the thing's own name or its owner's
    ("ru", "Workers at the Severny Veter factory went on strike.", "Рабочие фабрики «Северного ветра» объявили забастовку.",
     "declined the quoted name"),
    # a bare English plural subject past two phrases of place: the translation's article kept, checked
    ("bg", "Grain terminals in the north of the country are full.",
     "Зърнени терминали в северната част на страната са пълни.", "bare English plural subject"),
    # a noun that may name persons or things after a numeral: the translation's plural kept, checked
    ("bg", "Eighteen cave rescuers worked through the night.", "Осемнайсет пещерни спасители работиха през цялата нощ.",
     "may name persons"),
    # an English plural noun adjunct ("the grain terminals contest"): the article added after «за», checked
    ("bg", "Dimitrov won the grain terminals contest in Osijek.", "Димитров спечели конкурса за зърнени терминали в Осиек.",
     "may belong to the noun the term qualifies"),
    # a part (треть) of a noun the translation wrote in the singular, made plural by the English: a mass noun stays
    # singular (треть черепицы), things counted go plural: checked
    ("ru", "Plovdiv makes a third of the roof tiles sold in Bulgaria.", "Пловдив производит треть черепицы, продаваемой в Болгарии.",
     "a mass noun"),
    # a town's name declined with a soft stem (Ямболя) where the glossary's spelling is hard: checked
    ("ru", "The mayor of Yambol resigned.", "Мэр Ямболя ушёл в отставку.", "soft stem"),
    # "thanked the lifeguards of Plovdiv and the Northern Institute": the second of "of" or the verb's second object
    ("ru", "Kostov thanked the beach lifeguards of Plovdiv and the Northern Institute.",
     "Костов поблагодарил пляжных спасателей Пловдива и Северный институт.", "coordinated with the «of» phrase"),
    # a brand translated as a common noun while the sentence names a country (Bulgaria, България): found, checked
    ("bg", "The lock maker Lantern recalled 300 locks sold in Bulgaria.",
     "Производителят на ключалки Фенер изтегли 300 ключалки, продадени в България.", "taken for the brand"),
    # a one-word near miss that is the thing the approved person noun is made from (печки for печкари)
    ("bg", "Chimney sweeps and stove fitters will share a register.",
     "Коминочистачите и монтажниците на печки ще ползват общ регистър.", "named after"),
    # the word before the rendering spells an English word of the term (хоби for "hobby")
    ("bg", "Kostov opened the Orbita hobby shop in 2009.", "Костов откри хоби магазина „Орбита“ през 2009 г.",
     "spells a word of the English term"),
    # "support for" a person: поддержка кому (given to him) or кого (his support in a poll)
    ("ru", "The statement expressed support for Vasil Kostov.", "В заявлении выражена поддержка Васил Костов.",
     "«поддержка» takes the one supported"),
    # "the management of": управление чем (the verb's instrumental) or управление чего (its administration)
    ("ru", "The ministry has taken over the management of the Stone Bridge.",
     "Министерство взяло на себя управление Каменный мост.", "a noun of action before it"),
    # Bulgarian: a bare English mass or kind before its verb made definite where the translation had none: checked
    ("bg", "Late blight was found near Osijek.", "Мана беше открита край Осиек.", "was made definite"),
    # a verb of threatening with a thing as its object: the threat (пригрозили голодовкой) or the thing threatened
    ("ru", "The guides threatened a hunger strike.", "Гиды пригрозили голодовка.", "a verb of threatening"),
    # the word before a near miss left out when settling (Судья): checked
    ("ru", "A judge of the Varna City Court was arrested.", "Судья Городского суда Варны был арестован.",
     "(Судья) was read as no part of it"),
])
def test_a_rendering_that_may_have_left_a_word_is_flagged(glossary, lang, source, machine, check):
    _repaired, decisions = apply_glossary(glossary, [source], [machine], lang)
    assert any(check in (d.check or "") for d in decisions), decisions


@pytest.mark.parametrize("lang, source, machine, expected", [
    # a brand that is an English word, translated as that word with the brand's capital: the only capitalised
    # word the English does not account for is taken for it, with a check
    ("ru", "Users of Lantern can book a plumber within an hour.",
     "Пользователи Фонаря могут вызвать сантехника в течение часа.",
     "Пользователи Lantern могут вызвать сантехника в течение часа."),
    ("bg", "Tickets bought through Lantern are valid on every ferry to Preveza.",
     "Билетите, купени чрез Фенер, са валидни за всеки ферибот до Превеза.",
     "Билетите, купени чрез Lantern, са валидни за всеки ферибот до Превеза."),
    # quoted: the quotation marks go; an adjective and its noun; a brand of two words; an English possessive
    ("ru", "Fans can follow the race in the Lantern app.", "Болельщики могут следить за гонкой в приложении «Фонарь».",
     "Болельщики могут следить за гонкой в приложении Lantern."),
    ("bg", "Visitors can buy tickets through Lantern.", "Посетителите могат да купят билети чрез Светещ фенер.",
     "Посетителите могат да купят билети чрез Lantern."),
    ("ru", "The hotel signed a deal with Blue Lagoon last week.",
     "Отель подписал соглашение с Голубой лагуной на прошлой неделе.",
     "Отель подписал соглашение с Blue Lagoon на прошлой неделе."),
    ("bg", "Lantern's new lamps went on sale in Preveza.", "Новите лампи на Фенер се появиха в продажба в Превеза.",
     "Новите лампи на Lantern се появиха в продажба в Превеза."),
])
def test_a_brand_translated_as_a_common_word_is_found_by_elimination(glossary, lang, source, machine, expected):
    repaired, decisions = apply_glossary(glossary, [source], [machine], lang)
    assert repaired == [expected]
    brand = next(d for d in decisions if d.entry in ("Lantern", "Blue Lagoon"))
    assert "taken for the brand" in brand.check, brand


@pytest.mark.parametrize("lang, source, machine", [
    # another capitalised English word outside the glossary (Ruse) may be the capitalised Cyrillic one
    ("ru", "Users of Lantern in Ruse can book a plumber.", "Пользователи Фонаря в Русе могут вызвать сантехника."),
    # two capitalised Cyrillic words, one English brand: which is it?
    ("bg", "Tickets bought through Lantern are valid on every ferry.",
     "Билетите, купени чрез Фенер, са валидни за всеки ферибот Превеза."),
    # a surname, not a common noun (Russian's dictionary tells)
    ("ru", "Users of Lantern can book a plumber.", "Пользователи Петрова могут вызвать сантехника."),
    # in lower case nothing tells the common noun from the brand
    ("ru", "Users of Lantern can book a plumber.", "Пользователи фонаря могут вызвать сантехника."),
    # two English words, one Cyrillic: not all of the brand
    ("ru", "The hotel signed a deal with Blue Lagoon.", "Отель подписал соглашение с Лагуной."),
])
def test_a_brand_not_told_by_elimination_stays_flagged(glossary, lang, source, machine):
    repaired, decisions = apply_glossary(glossary, [source], [machine], lang)
    assert repaired == [machine]
    brand = next(d for d in decisions if d.entry in ("Lantern", "Blue Lagoon"))
    assert brand.status == "flagged" and "no rendering" in brand.reason, brand


@pytest.mark.parametrize("lang, original, repaired, output, case, flagged", [
    # quotation marks that paired up before the repair and no longer do
    ("ru", "Федерация оштрафовала «Динамо Тбилиси».", "Федерация оштрафовала «Динамо» Тбилиси».", "«Динамо» Тбилиси",
     "nomn", True),
    # a word of the translation's rendering left beside the placed term, repeating it
    ("ru", "Курорт гордится шестью лыжными подъёмниками.", "Курорт гордится шестью лыжными горнолыжными подъёмниками.",
     "горнолыжными подъёмниками", "nomn", True),
    ("ru", "По данным ассоциации производителей стали, спрос упал.", "По данным Всемирной ассоциации стали стали, спрос упал.",
     "Всемирной ассоциации стали", "nomn", True),
    # Bulgarian: the word before the term carries the article, and so does the term
    ("bg", "Кавалова дари старото си изправено пиано.", "Кавалова дари старото си пианото.", "пианото", "nomn", True),
    ("bg", "Новият пазар отвори.", "Новият пазарът отвори.", "пазарът", "nomn", True),
    # neither: the same sentences repaired cleanly
    ("bg", "Кавалова дари старото си изправено пиано.", "Кавалова дари старото си пиано.", "пиано", "nomn", False),
    ("bg", "Въпреки протестите съдът потвърди присъдата.", "Въпреки протестите Върховният съд потвърди присъдата.",
     "Върховният съд", "nomn", False),
    ("ru", "Федерация оштрафовала «Динамо Тбилиси».", "Федерация оштрафовала «Динамо» Тбилиси.", "«Динамо» Тбилиси",
     "nomn", False),
    ("ru", "Курорт гордится шестью лыжными подъёмниками.", "Курорт гордится шестью горнолыжными подъёмниками.",
     "горнолыжными подъёмниками", "nomn", False),
    # Russian: an adjective outside the term, in an oblique case the term was not given: the case may be wrong
    ("ru", "Жюри присудило медаль молодому скрипичного мастера.",
     "Жюри присудило медаль молодому скрипичного мастера.", "скрипичного мастера", "gent", True),
    # the same adjective agreeing; an adjective in the nominative that governs the term; a passive participle
    ("ru", "Жюри присудило медаль молодому скрипичному мастеру.",
     "Жюри присудило медаль молодому скрипичному мастеру.", "скрипичному мастеру", "datv", False),
    ("ru", "Клиенты, недовольные Пенсионным фондом, уходят.",
     "Клиенты, недовольные Пенсионным фондом, уходят.", "Пенсионным фондом", "ablt", False),
    ("ru", "Программу, управляемую Исполнительным агентством, похвалили.",
     "Программу, управляемую Исполнительным агентством, похвалили.", "Исполнительным агентством", "ablt", False),
])
def test_a_repair_that_leaves_the_sentence_broken_is_flagged(lang, original, repaired, output, case, flagged):
    from localize.terms.repair import _check_the_result
    from localize.terms.report import Decision

    decisions = [Decision(segment="1", start=0, end=1, source="x", entry="x", glossary="g", approved=output,
                          output=output, status="repaired", case=case)]
    _check_the_result(original, repaired, decisions, lang)
    assert bool(decisions[0].check) == flagged, decisions[0]


@pytest.mark.parametrize("source, term, field, expected", [
    # a noun phrase after ", a/the" is an apposition to the name before it: at the end, before a comma, before
    # a relative clause, with a short "from/of" phrase of its own
    ("The award went to Reto Imboden, a watchmaker from Biel who works alone.", "watchmaker", "appositive", True),
    ("Paolo Zanetti, a glassblower from Murano, demonstrated his technique.", "glassblower", "appositive", True),
    ("The film was made by Semyon Korolyov, the factory's perfumer.", "perfumer", "appositive", True),
    # not a list of nouns, nor an object after its verb
    ("Watchmakers, jewellers and glassblowers came to the fair.", "jewellers", "appositive", False),
    ("The museum hired Reto Imboden, and a watchmaker from Biel joined later.", "watchmaker", "appositive", False),
    # a verb after the term makes it the subject: also "cannot", an irregular past (cast), past a place
    ("Without a permit, the Skat Diving Club cannot lift anything.", "Skat Diving Club", "subject", True),
    ("The Northern Bell Foundry cast all twelve bells.", "Northern Bell Foundry", "subject", True),
    ("Anglers on the Iskar say the catch has fallen.", "Anglers", "subject", True),
    # a capitalised word after a preposition is no verb given back letter by letter ("on S|undays")
    ("The choir sings sacred music on Sundays.", "sacred music", "subject", False),
])
def test_the_english_role_is_read(source, term, field, expected):
    from localize.terms.context import english_role

    start = source.index(term)
    role = english_role(source, start, start + len(term), plural=field == "subject" and term.endswith("s"))
    assert getattr(role, field) == expected


def test_a_bulgarian_bare_plural_subject_keeps_its_article_with_a_check(glossary):
    source, machine = "Game wardens from Vratsa patrol the reserve every night.", \
        "Ловни инспектори от Враца патрулират в резервата всяка нощ."
    repaired, decisions = apply_glossary(glossary, [source], [machine], "bg")
    assert repaired == [machine]
    assert "bare English plural" in decisions[0].check, decisions[0]


def test_a_list_after_an_undecided_nominative_keeps_the_oblique_case_the_translation_wrote():
    """«сократили диспансеру, Институт ... и больнице»: the term before it kept an undecided nominative; the dative
    the translation wrote here is no error of coordination with it: kept, unsure (so the review shows a check);
    after a decided nominative the list still shares its case."""
    from localize.terms.context import Need, Role, russian_need

    before = "Финансирование сократили диспансеру, Институт клинической психиатрии и "
    undecided = russian_need(before, Role(), previous=Need("nomn", "as the translation has it", sure=False),
                             own_case="datv", after=" «Зелёная долина».")
    assert (undecided.case, undecided.sure) == ("datv", False)
    decided = russian_need(before, Role(), previous=Need("nomn", "subject of its clause"), own_case="datv",
                           after=" «Зелёная долина».")
    assert decided.case == "nomn"


def test_a_bulgarian_plural_spelt_like_the_count_form_stays_plural_for_an_english_zero_plural(tmp_path):
    """"The wild boar found dead were infected": the English plural is spelt like the singular, so the number
    comes from the translation; a feminine plural (диви свине) is spelt like its count form and is no count."""
    path = tmp_path / "g.tsv"
    path.write_text("en\tbg\tru\ttype\tgender\tforms:bg\nwild boar\tдива свиня\tкабан\tterm\tf\t"
                    "plural=диви свине; pl-def=дивите свине\n", encoding="utf-8")
    sources = ["Vets said the wild boar found dead near Osijek were infected."]
    machine = ["Ветеринарите казаха, че диви свине, намерени мъртви край Осиек, са били заразени."]
    repaired, _decisions = apply_glossary(load([path]), sources, machine, "bg")
    assert repaired == ["Ветеринарите казаха, че дивите свине, намерени мъртви край Осиек, са били заразени."]


def test_a_bulgarian_bare_plural_after_of_or_for_keeps_the_translations_article_with_a_check():
    """"fees for ceremony halls", "the ranking of driving schools": a bare English plural after «of»/«for» may name
    the whole class; with ``article:bg source`` said by the glossary the article the translation wrote stays, unsure
    (so the review shows a check), where a bare object elsewhere loses it."""
    from localize.terms.context import BG_CLASS_PLURAL, Role, bulgarian_need

    kept = bulgarian_need("Министерството намали таксите за ", Role(plural=True, bare=True, preposition="for"),
                          "source-only", "short")
    assert (kept.article, kept.reason, kept.sure) == ("short", BG_CLASS_PLURAL, False)
    stripped = bulgarian_need("Полицията разследва сергия, която продаваше ", Role(plural=True, bare=True, object=True),
                              "source-only", "short")
    assert stripped.article == ""
