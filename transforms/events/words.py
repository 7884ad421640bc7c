"""The word lists the event rules compare with, read once from `transforms/data/`.

event_words.tsv: light verbs, frame and venue nouns, the prepositions of places and of taking
part, the written variants of prepositions, idioms that are no event; modality.tsv: the words
of intent, possibility, plan, condition and negation.  What each group means: the files' headers.
"""

from __future__ import annotations

from transforms import wordlists

_EVENT = wordlists.groups("event_words.tsv")
_MODALITY = wordlists.groups("modality.tsv")


LIGHT_VERBS = _EVENT["light"]                              # «провел встречу»
FRAME_NOUNS = _EVENT["frame"]                              # «в ходе встречи»
MEMBERS = _EVENT["members"]                                # «лидеры стран ЕС»: the union acts
PERMISSIONS = _EVENT["permission"]                         # «санкция на арест»: leave, no sanctions
MOUTHPIECES = _EVENT["mouthpiece"]                         # «пресс-секретарь»: tells of others' talks
CONTENT_NOUNS = frozenset(wordlists.values("event_words.tsv", "content"))  # («заявление», «с»): «заявление с осуждением»
DURING = _EVENT["during"]                                  # «в ходе», «во время», «в рамках»
DURING_PREPOSITIONS = _EVENT["during_preposition"]         # «на встрече»
MEDIATION = _EVENT["mediation"]                           # «при посредничестве X»
BORDERS = _EVENT["border"]                                # «на границе Армении и Азербайджана»
VENUE_NOUNS = _EVENT["venue"]                              # «на полях Генассамблеи ООН»
LOCATION_PREPOSITIONS = _EVENT["location_preposition"]     # «в Бангкоке», «визит в Украину»
PERIOD_PREPOSITIONS = _EVENT["period_preposition"]         # «с 2019 года»: no date of the event
PREPOSITION_VARIANTS = dict(wordlists.values("event_words.tsv", "variant"))  # «со стороны» → «с стороны»
GENERIC_PLACES = dict(wordlists.values("event_words.tsv", "generic_place"))  # «регион» → region
AFFECTING = _EVENT["affecting"]  # «Санкции ЕС затронули Сбербанк»: its object is the target
WATERS = _EVENT["water"]  # «в Красном море»: where a target is, never the target
PARTICIPATION = _EVENT["participation"]                    # «с участием X и Y», «принять участие в …»
DECREES = _EVENT["decree"]                                 # «указом президента Путина назначен»
DECREE_SIGNING = _EVENT["decree_signing"]                  # «Указ … подписал президент Путин»
RESIGNATION_LETTERS = _EVENT["resignation_letter"]         # «подал заявление об отставке»
TOGETHER_WITH = _EVENT["together_with"]                    # «задержали вместе с X»
STAFF = _EVENT["staff"]                                    # «Рабочие завода УАЗ устроили забастовку»
REASON_OBJECTS = frozenset(wordlists.values("event_words.tsv", "reason_object"))  # («обвинить», «в»)
POSTS = _EVENT["post"]                                     # «стал премьер-министром Великобритании»
TELEPHONE = _EVENT["telephone"]                           # «говорил по телефону с X и Y»: two calls
CONGRATULATING = _EVENT["congratulating"]                 # «поздравил Путина с победой»: his win
WINNERS = _EVENT["winner"]                                 # «поздравил преемника»: the one last elected
GUESTS = _EVENT["guest"]                                   # «поблагодарил гостя»: the one who last visited
ENVOYS = _EVENT["envoy"]                                   # «вызвал посла России»: → Россия
RECALLING = _EVENT["recall"]                               # «отозвал посла страны в США»: → США
DETAINING = _EVENT["detaining"]                            # «X был задержан»: by no one named
RIVALS = _EVENT["rival"]                                   # «поздравил соперника»: another person named last
PUBLIC_PERSONS = _EVENT["public_person"]                   # «Политик приземлился …»: the person named last
POST_FRAMES = _EVENT["post_frame"]                         # «ушел с поста главы Дагестана»
POST_PREPOSITIONS = _EVENT["post_preposition"]             # «избран в качестве президента …»
ACTING = _EVENT["acting"]                                  # «с и.о. заместителя … Владимиром Поповым»
SEATS = _EVENT["seat"]                                     # «его место занял X»
INSTEAD = _EVENT["instead"]                                # «назначен X вместо Y»: Y leaves the post
SUCCEEDING = _EVENT["succeeding"]                          # «сменил Y на посту», «стал преемником Y»
MOVING = _EVENT["moving"]                                  # «X перешел на пост Y»: X leaves the post held
INCLUDING = _EVENT["including"]                            # «гостей, включая Владимира Путина»
AMONG_THEM = _EVENT["among_them"]                           # «400 человек, в том числе Навального»
OWN_REFLEXIVE = _EVENT["own_reflexive"]                    # «поезда задерживались»: were late
DOERS = frozenset(wordlists.values("event_words.tsv", "doer"))  # («назначить», ""), («принять», «отставка»)
TAKING_PART = _EVENT["taking_part"]                        # «участвовать в …»
GATHERINGS = _EVENT["gathering"]                           # «участвовать в саммите»
ADDRESSEES = _EVENT["addressee"]                           # «критика в адрес Вашингтона»
FAVOURS = _EVENT["favour"]                                 # «выступил в поддержку Калви» → Калви
INVITATIONS = _EVENT["invitation"]                         # «по приглашению Мирзиёева прибыл»
GIVERS = _EVENT["giver"]                                   # «получила из рук Президента»: who gives
GRANTING = _EVENT["granting"]                              # «удовлетворил ходатайство о его аресте»
GRANTED = _EVENT["granted"]                                # the request it grants
REQUESTS = _EVENT["request"]                               # «по просьбе Украины провел заседание»
PREMISES = _EVENT["premises"]                              # «обыски в офисе компании X»
MISSIONS = _EVENT["mission"]                               # «акция у посольства X»
BY_BUILDING = _EVENT["by_building"]                        # «у», «перед»: a protest by a building
INSPECTED = _EVENT["inspected"]                            # «проверку деятельности театра X»
CONSEQUENCES = _EVENT["consequence"]                        # «последствия для Украины»
LEADING = _EVENT["leading"]                                # «делегация во главе с X»
ORGANISERS = _EVENT["organiser"]                           # «организаторами акции выступили X и Y»
BESTS = _EVENT["best"]                                     # «Лучшим режиссером стал X»: an award
ELECTIONS = _EVENT["election"]                             # «признан победителем выборов»: elected
BLAMES = _EVENT["blame"]                                   # «назвал санкции незаконными»
PRAISES = _EVENT["praise"]                                 # «назвал Россию надежным другом»
OWNED = _EVENT["owned"]                                    # «поддержал кандидатуру Кока» → Кок
ORG_AGENTS = _EVENT["org_agent"]                           # «нападение США» → США attacks
PARTIES = _EVENT["parties"]                                # «стороны обсудили», «лидеры двух стран»
PARTY_STATES = _EVENT["party_state"]                       # «лидеры двух стран»
BOTH = _EVENT["both"]                                      # «оба президента»
DELEGATIONS = _EVENT["delegation"]                          # «Российскую сторону представляли X и Y»
GOVERNMENT = _EVENT["government"]                          # «руководство Грузии» → Грузия
CITIZENS = _EVENT["citizens"]                              # «гражданам России» → Россия
ANNOUNCING = _EVENT["announcing"]                          # «объявила о выделении гранта»
CONFIRMING = _EVENT["confirming"]                          # «подтвердил задержание»
APPROVING = _EVENT["approving"]                            # «согласовал отставку мэра»
DECLARING = _EVENT["declaring"]                            # «объявил о начале операции»
STARTS = _EVENT["start"]                                   # «о начале операции»
ABOUT = _EVENT["about_preposition"]                        # «о», «об»
AMONG = _EVENT["among_preposition"]                        # «среди задержанных оказался X»
TERMS = _EVENT["term"]                                     # «назначено шесть лет заключения»: a sentence
CRIMES = _EVENT["crime"]                                   # «обвиняют в хищении»: a charge (173), not an accusation
CRIME_ADJECTIVES = _EVENT["crime_adjective"]               # «в участии в преступном сообществе»
FORMER = _EVENT["former"]                                  # «стал бывшим президентом»: no post taken
JOINING = frozenset(wordlists.values("event_words.tsv", "joining"))  # («выйти», «на»): «вышли на митинг»
RECEIVING = _EVENT["receiving"]                            # «получила поздравления от …»
OPENING = _EVENT["opening"]                                # «начал рабочую неделю встречей с …»
REMAINING_UNDER = frozenset(wordlists.values("event_words.tsv", "remaining_under"))  # «находится под арестом»
UNDERGOING = frozenset(wordlists.values("event_words.tsv", "undergoing")) | REMAINING_UNDER  # «попал под санкции»
IDIOMS = frozenset(wordlists.values("event_words.tsv", "idiom"))  # («помощь», «с»): «с помощью»; («назначить», «выбор»)

INTENT = _MODALITY["intent"]                               # «намерен встретиться»
POSSIBLE = _MODALITY["possible"]                           # «может встретиться»
HYPOTHETICAL = _MODALITY["hypothetical"]                   # «возможная встреча»
PLANNED = _MODALITY["planned"]                             # «предстоящая встреча»
IRREALIS = _MODALITY["irrealis"]                           # «если», «бы», «чтобы»
NEGATION = _MODALITY["negation"]                           # «не», «ни»
CEASING = _MODALITY["ceasing"]                             # «не прекращаются бои»: they go on
CANCELLED = _MODALITY["cancelled"]                         # «отменил визит»: it did not happen
CONDITIONS = _MODALITY["condition"]                         # «в случае смерти X»: only if
DEMANDED = _MODALITY["demanded"]                           # «требуя отставки», «призвал к переговорам»
DECISIONS = _MODALITY["decision"]                          # «решил покинуть пост»: the resignation
