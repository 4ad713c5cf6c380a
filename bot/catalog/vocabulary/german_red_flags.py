"""The German red-flag phrases: the same signs and levels as english_red_flags.py.

Machine-drafted: must be reviewed by a native-speaking clinician before it is used with
patients. Reviewed by: nobody yet.

Text arrives normalised (bot/domain/red_flags.py): case folded ("ß" is "ss"), apostrophes
dropped, hyphens between words made spaces, clause marks as ",". Umlauts stay. German glues
words together ("Hautausschlag", "Wadenkrämpfe"), so some patterns allow a word before the
stem. A "nicht" or "kein" inside a sign ("bekomme keine Luft") is rewritten first, since the
detector reads those words as negations.
"""

from bot.domain.red_flags import Level, RedFlagVocabulary, Sign

# --- Concepts ------------------------------------------------------------------------------

UPPER_BODY = (
    r"\b(?:gesicht|(?:ober|unter)?lippen?|zunge|mund|hals|rachen|augen|auge|augenlider?|lider"
    r"|wangen?)\b"
)
THROAT = r"\b(?:hals|rachen|kehle|luftröhre|atemwege)\b"
ORAL = r"\b(?:(?:ober|unter)?lippen?|zunge|mund|rachen|zahnfleisch|gaumen)\b"
LOWER_BODY = (
    r"\b(?:beine?|beinen|knöchel|knöcheln|füsse|füssen|fuss|waden?|unterschenkeln?|zehen"
    r"|fussgelenke?n?|sprunggelenke?n?|fussrücken)\b"
)
SWELL = (
    r"\b(?:geschwollen\w*|schwellung\w*|schwillt|schwellen|anschwell\w*|angeschwollen\w*"
    r"|zugeschwollen\w*|verschwollen\w*|verquollen\w*|aufgequollen|aufgedunsen|dick|dicker|dicke"
    r"|dicken|verdickt|aufgebläht|riesig\w*)\b"
)
TIGHT = r"\b(?:eng|enger|enge|engegefühl|zugeschnürt|schnürt|verengt|zu)\b"
DIFFICULTY = r"\b(?:schwer|schwierig|mühe|mühsam|probleme|problem|kaum|schlecht|tut weh|weh)\b"
BREATHE = r"\b(?:atmen|atme|atmet|atmung|atem|luft|atemzug|atemzüge|einatmen|durchatmen)\b"
SWALLOW = r"\b(?:schlucken|schlucke|schluckt|schluckbeschwerden)\b"
TINGLE = r"\b(?:kribbel\w*|kribbelt|taub|prickel\w*|brenn\w*|juck\w*)\b"
ITCH = r"\b(?:juck\w*)\b"
ALL_OVER = r"\b(?:überall|am ganzen körper|ganzen körper|ganzer körper|von kopf bis fuss)\b"
SKIN_MARKS = r"\b(?:flecken|pusteln|punkte|pickel|bläschen|beulen|knötchen|quaddeln|rötungen)\b"
NUMB = (
    r"\b(?:taub|taube|tauben|tauber|taubes|taubheit\w*|gefühllos\w*|kribbel\w*|kribbelt"
    r"|ameisenlaufen|prickel\w*|elektrisier\w*|pelzig\w*)\b"
)
NERVES = r"\b(?:nerven|nervenschmerzen|nervenbeschwerden|neuropathie|neurologisch\w*)\b"
SPREAD = (
    r"\b(?:breitet sich (?:\w+ )?aus|ausgebreitet|ausbreit\w*|wandert\w*|hochgewandert"
    r"|hochgezogen|steigt hoch|zieht hoch|geht jetzt bis|jetzt bis|jetzt auch|inzwischen auch"
    r"|mittlerweile auch|schon bis|bis zum knie|bis zur hüfte|bis zum ellbogen|bis zur schulter)\b"
)
WORSE = (
    r"\b(?:schlimmer|schlechter|stärker|verschlechter\w*|verschlimmer\w*|zunehmend|nimmt zu"
    r"|nehmen zu|immer mehr)\b"
)
NEW_OR_SUDDEN = (
    r"\b(?:neu|neue|neues|neuen|neuer|plötzlich\w*|auf einmal|seit heute|seit gestern"
    r"|heute morgen|heute früh|zum ersten mal|erstmals)\b"
)
ONSET_AFTER_SHOT = (
    r"\b(?:nach|seit) (?:der |meiner |dieser |den |meinen |die |dem |der letzten |meiner letzten )?"
    r"(?:b12 )?(?:spritze|spritzen|injektion|injektionen|b12|piks|pieks)\b"
)
# Since the treatment began, or compared with before it ("schlimmer als vor den Spritzen").
TREATMENT_START = (
    rf"{ONSET_AFTER_SHOT}|\bals vor (?:den|der|dem) (?:b12 )?(?:spritzen|spritze|injektionen"
    r"|behandlung|therapie)\b|\bseit (?:ich )?(?:mit (?:der |den |dem )?(?:b12|spritzen|behandlung"
    r"|therapie) )?(?:angefangen|begonnen)\b"
    r"|\bseit (?:beginn|start) (?:der |von )?(?:b12|spritzen|behandlung|therapie)\b"
)
MOBILITY = (
    r"\b(?:gehen|laufen|stehen|treppe|treppen|aufstehen|gang|gehe|laufe|klo|toilette|bad"
    r"|badezimmer)\b"
)
HEART = r"\b(?:herz|herzschlag|puls|herzfrequenz)\b"
HEART_CHANGE = (
    r"\b(?:rast|raste|rasen|rasend|stolpert|stolpern|setzt aus|setzt manchmal aus"
    r"|unregelm(?:ä|a)ssig\w*|hämmert|pocht|flattert|holpert|springt|jagt|galoppiert|aussetzer"
    r"|setzt (?:\w+ ){0,2}?aus|spielt (?:\w+ )?verrückt|schlägt (?:\w+ ){0,2}?(?:schnell|wild"
    r"|unregelm(?:ä|a)ssig\w*))\b"
)
NUMB_CAUSES = (
    r"\b(?:kälte|kalt|eiskalt|zahnarzt|betäubung|betäubungsspritze|falsch gelegen|drauf gelegen"
    r"|beim sitzen|im schnee)\b"
)
VISION_CAUSES = (
    r"\b(?:brille|lesebrille|kontaktlinsen?|augentropfen|geweint|weinen|heuschnupfen"
    r"|bildschirm|computer)\b"
)
EXERTION_CAUSES = (
    r"\b(?:sport|training|marathon|gartenarbeit|umzug|grippe|erkältung|fieber|wandern"
    r"|fitnessstudio|joggen)\b"
)
EXCITEMENT_CAUSES = (
    r"\b(?:kaffee|espresso|aufregung|aufgeregt|sport|training|joggen|nervös|prüfung|vorfreude"
    r"|verliebt|nachspielzeit|elfmeter\w*)\b"
)
SYMPTOMS = (
    r"\b(?:symptome?|beschwerden|müdigkeit|erschöpfung|schmerzen|gedächtnis|konzentration"
    r"|stimmung|zustand|alles)\b"
)

# --- Signs ---------------------------------------------------------------------------------
SIGNS: tuple[Sign, ...] = (
    # --- Allergic reaction: emergency services now ---------------------------------------
    Sign(
        "allergic_reaction",
        Level.EMERGENCY,
        (
            r"\ballergisch\w* (?:\w+ )?reaktion\w*",
            r"\ballergisch\w* schock\w*",
            r"\banaphyla\w*",
            r"\b(?:reaktion|allergie) (?:auf|gegen|nach) (?:die |der |meine |meiner |diese )?"
            r"(?:b12 )?(?:spritze|injektion|b12)\b",
            r"\b(?:benutzt|benutze|benutzen|gebraucht|brauche|brauchte|genommen|nehmen|gespritzt"
            r"|gesetzt|setzen) (?:\w+ ){0,3}?epipen\b",
            r"\bepipen (?:\w+ ){0,3}?(?:benutzt|gebraucht|genommen|gespritzt|gesetzt|nehmen)\b",
        ),
    ),
    Sign(
        "rash",
        Level.EMERGENCY,
        (
            r"\b\w*ausschlag\w*",
            r"\b\w*ausschläge\b",
            r"\b(?:rote|juckende|erhabene|rötliche) (?:\w+ )?(?:flecken|pusteln|punkte|pickel"
            r"|stellen|beulen|knötchen)\b",
            r"\bhaut (?:\w+ )?(?:ist )?(?:übersät|voller flecken|knallrot|feuerrot)\b",
            r"\bwie (?:\w+ ){0,3}?(?:brennnesseln?|mückenstiche|insektenstiche)\b",
        ),
        together=((SKIN_MARKS, ITCH), (ITCH, ALL_OVER), (SKIN_MARKS, ALL_OVER)),
        site_ok=True,
    ),
    Sign(
        "hives",
        Level.EMERGENCY,
        (r"\b(?:nesselsucht|nesselausschlag|nesselfieber|quaddeln?|urtikaria|urticaria)\b",),
    ),
    Sign(
        "swelling_face_throat",
        Level.EMERGENCY,
        (
            r"\bkloss im hals\b",
            r"\bangio ?ödem\w*|\bangiooedem\w*|\bquincke\w*",
            r"\bhals (?:\w+ ){0,3}?(?:schnürt sich zu|zugeschnürt|wie zugeschnürt|geht zu)\b",
            r"\b(?:schnürt|schnürte) (?:mir )?(?:den hals|die kehle) zu\b",
            r"\berstick\w*",
            r"\bschluckbeschwerden\b",
        ),
        together=(
            (UPPER_BODY, SWELL),
            (THROAT, TIGHT),
            (DIFFICULTY, SWALLOW),
            (ORAL, r"\b(?:komisch|seltsam|merkwürdig|pelzig)\b", ONSET_AFTER_SHOT),
        ),
    ),
    # A tingling or numb mouth: not after the dentist's anaesthetic.
    Sign(
        "swelling_face_throat",
        Level.EMERGENCY,
        together=((ORAL, TINGLE),),
        causes=NUMB_CAUSES,
    ),
    Sign(
        "trouble_breathing",
        Level.EMERGENCY,
        (
            r"\b(?:atemnot|luftnot)\b",
            r"\batem(?:probleme?|beschwerden|schwierigkeiten|störung\w*)\b",
            r"\b(?:keuche|keuchen|keucht|keuchend\w*)\b",
            r"\bkaum luft\b",
            r"\bschlecht luft\b",
            r"\bschwer (?:zu )?atmen\b",
            r"\batmen (?:ist |fällt |geht )?(?:mir )?(?:\w+ )?(?:schwer|mühsam|anstrengend)\b",
            r"\b(?:ringe|ringen|schnappe|schnappen|japse|japsen|ringt) nach luft\b",
            r"\bnach luft (?:ringen|schnappen|japsen)\b",
            r"\bpfeif\w* (?:\w+ )?(?:beim )?atm\w*",
            r"\bes pfeift beim atmen\b",
            r"\bgiemen\b",
            r"\bbrust (?:\w+ )?(?:eng|wie zugeschnürt|zugeschnürt)\b",
            r"\benge (?:in der|in meiner) brust\b",
            r"\bengegefühl (?:in der |in meiner )?brust\b",
        ),
        together=((DIFFICULTY, BREATHE), (BREATHE, TIGHT)),
    ),
    Sign(
        "fainting",
        Level.EMERGENCY,
        (
            r"\b(?:ohnmächtig|ohnmacht|bewusstlos|umgekippt|kollabiert|zusammengebrochen"
            r"|zusammengeklappt|weggetreten|bewusstsein verloren)\b",
            r"\bschwarz vor (?:den )?augen\b",
        ),
    ),
    # --- Nerves: same-day urgent care ------------------------------------------------------
    Sign(
        "numbness_new_or_spreading",
        Level.URGENT_CARE,
        (r"\bgefühllos\b(?! in (?:der |den |die )?(?:seele|herz))",),
        together=(
            (NUMB, SPREAD),
            (NUMB, WORSE),
            (NUMB, NEW_OR_SUDDEN),
            (NUMB, ONSET_AFTER_SHOT),
            (NERVES, WORSE),
        ),
        causes=NUMB_CAUSES,
    ),
    # A plain mention: new until told otherwise ("meine Hände sind taub"), not when stable.
    Sign(
        "numbness_new_or_spreading",
        Level.URGENT_CARE,
        (NUMB,),
        stable_ok=True,
        causes=NUMB_CAUSES,
    ),
    Sign(
        "trouble_walking",
        Level.URGENT_CARE,
        (
            r"\bgehunfähig\b",
            r"\bgangunsicher\w*",
            r"\b(?:kann|konnte) (?:\w+ )?(?:kaum|schlecht) (?:noch )?"
            r"(?:gerade |richtig |alleine? )?(?:gehen|laufen|stehen)\b",
            r"\bbeine (?:\w+ ){0,2}?(?:versagen|versagten|haben nachgegeben|geben nach"
            r"|knicken (?:\w+ )?weg)\b",
            r"\b(?:wackelig|wacklig|unsicher|schwankend) (?:auf den beinen|beim gehen|beim laufen"
            r"|beim stehen)\b",
            r"\bgleichgewicht verloren\b",
            r"\b(?:schwanke|torkele|torkle|taumele|taumle)\b",
            r"\bgang ist (?:\w+ )?unsicher\b",
            r"\bstolpere (?:ständig|dauernd|oft|öfter|immer wieder|andauernd)\b",
            r"\b(?:gehe|laufe|torkle|torkele|wanke|schwanke) (?:\w+ ){0,4}?wie (?:ein |eine )?"
            r"(?:betrunken\w*|besoffen\w*)",
        ),
        together=((r"\bnur mit hilfe\b", MOBILITY),),
    ),
    Sign(
        "trouble_walking",
        Level.URGENT_CARE,
        (
            r"\b(?:gleichgewichtsprobleme|gleichgewichtsstörung\w*|unsicherer gang)\b",
            r"\bbrauche (?:\w+ ){0,3}?(?:stock|gehstock|rollator|gehhilfe|krücken?)\b",
        ),
        stable_ok=True,
    ),
    Sign(
        "falls",
        Level.URGENT_CARE,
        (
            r"\b(?:gestürzt|hingefallen|umgefallen|hinfalle|stürze|stürzte)\b",
            r"\bsturz\b",
            r"\bbin (?:\w+ ){0,3}?gefallen\b",
            r"\bfalle (?:\w+ ){0,2}?(?:hin|um)\b",
            r"\bfalle (?:ständig|dauernd|oft|öfter|immer wieder|andauernd)\b",
        ),
    ),
    Sign(
        "vision_changes",
        Level.URGENT_CARE,
        (
            r"\b(?:verschwommen\w*|unscharf\w*|doppelbilder|doppeltsehen|sehstörung\w*|sehverlust"
            r"|gesichtsfeldausfall\w*)\b",
            r"\b(?:sehe|seh) (?:\w+ ){0,3}?(?:doppelt|verschwommen|unscharf|schlecht|schlechter"
            r"|nichts mehr)\b",
            r"\bdoppelt sehen\b",
            r"\b(?:sehe|seh|sieht) (?:\w+ ){0,3}?(?:wie )?(?:durch|hinter) "
            r"(?:einen |einem |einer )?(?:schleier|nebel|milchglas)\b",
            r"\b(?:fleck|flecken|schatten|loch|schleier|blitze|punkte) (?:\w+ ){0,3}?"
            r"(?:im|in meinem|in meinen) (?:sichtfeld|gesichtsfeld|blickfeld)\b",
            r"\bschleier vor (?:den|dem|meinen|meinem) augen?\b",
            r"\bflimmern vor (?:den )?augen\b",
            r"\b(?:sehkraft|sicht|augen|sehen) (?:\w+ ){0,3}?"
            r"(?:schlechter|verschwommen|unscharf)\b",
            r"\bauf einem auge (?:\w+ )?blind\b",
        ),
        causes=VISION_CAUSES,
    ),
    Sign(
        "sudden_confusion",
        Level.URGENT_CARE,
        (
            r"\bdesorientiert\b",
            r"\borientierungslos\b",
            r"\bplötzlich\w* (?:\w+ ){0,2}?(?:verwirrt\w*|durcheinander)\b",
            r"\b(?:ich|bin) (?:\w+ )?so (?:verwirrt|durcheinander)\b",
            r"\b(?:sehr|total|völlig|ganz) (?:verwirrt|durcheinander)\b",
            r"\b(?:rede|redet|spreche|spricht) wirres zeug\b",
            r"\bfinde mich (?:\w+ )?zurecht\b",
        ),
    ),
    # Plain "verwirrt": held back when the message is about the plan ("das verwirrt mich").
    Sign(
        "sudden_confusion",
        Level.URGENT_CARE,
        (r"\b(?:verwirrt|verwirrung|verwirrtheit|durcheinander)\b",),
        plan_ok=True,
    ),
    # --- Call the clinician ---------------------------------------------------------------
    Sign(
        "breathlessness",
        Level.CALL_CLINICIAN,
        (
            r"\bkurzatmig\w*",
            r"\bausser atem\b",
            r"\baus der puste\b",
            r"\batemlos\b",
            r"\bschnaufe\b",
        ),
    ),
    Sign(
        "swollen_legs",
        Level.CALL_CLINICIAN,
        (
            r"\b(?:wassereinlagerung\w*|ödeme?n?|oedeme?n?|wasser in den beinen)\b",
            r"\bschuhe (?:\w+ )?zu eng\b",
        ),
        together=((LOWER_BODY, SWELL),),
        site_ok=True,
    ),
    Sign(
        "rapid_weight_gain",
        Level.CALL_CLINICIAN,
        (
            r"\b(?:\d+|zwei|drei|vier|fünf|sechs) ?(?:kg|kilo|kilogramm)\b(?: \w+){0,4}? "
            r"(?:zugenommen|mehr|schwerer)\b",
            r"\b(?:schnell|plötzlich|rasch|stark|viel) (?:\w+ ){0,3}?zugenommen\b",
            r"\bgewicht (?:\w+ ){0,6}?(?:gestiegen|hochgegangen|zugenommen)\b",
            r"\bgewichtszunahme\b",
        ),
    ),
    Sign(
        "irregular_heartbeat",
        Level.CALL_CLINICIAN,
        (
            r"\b(?:herzrasen|herzstolpern|herzrhythmusstörung\w*|rhythmusstörung\w*"
            r"|vorhofflimmern|herzklopfen|extrasystolen?|palpitationen|herzaussetzer|tachykard\w*"
            r"|arrhythmie\w*)\b",
            r"\b(?:puls|ruhepuls|herzfrequenz) (?:\w+ ){0,2}?(?:1[1-9]\d|2\d\d)\b",
            r"\bunregelm(?:ä|a)ssige\w* (?:herzschlag|puls)\b",
        ),
        together=((HEART, HEART_CHANGE),),
        causes=EXCITEMENT_CAUSES,
    ),
    Sign(
        "cramps",
        Level.CALL_CLINICIAN,
        (
            r"\b(?:muskel|waden|bein|fuss|zehen|hand|finger|nacht)?krämpfe\b",
            r"\b(?:muskel|waden|bein|fuss|zehen|hand|finger|nacht)?krampf\b",
            r"\bkrampfen\b",
            r"\bkrampft\b",
            r"\bverkrampf(?:t|en|ung)\b",
        ),
        causes=r"\b(?:nach dem sport|vom sport|beim sport|nach dem training|periode|regel)\b",
    ),
    Sign(
        "weakness",
        Level.CALL_CLINICIAN,
        (
            r"\bkraftlos\w*",
            r"\bentkräftet\b",
            r"\b(?:sehr|so|total|extrem|ganz) (?:schwach|schlapp)\b",
            r"\bimmer schwächer\b",
            r"\bschwäche (?:\w+ )?(?:wird|nimmt)\b",
            r"\b(?:arme?|beine?|hände?|muskeln|griff|händedruck|kraft) (?:\w+ ){0,2}?"
            r"(?:schwach|schwächer|kraftlos)\b",
            r"\bwerde (?:\w+ ){0,3}?schwächer\b",
        ),
        causes=EXERTION_CAUSES,
    ),
    Sign(
        "weakness",
        Level.CALL_CLINICIAN,
        (r"\b(?:schwach|schwäche|schlapp)\b",),
        stable_ok=True,
        causes=EXERTION_CAUSES,
    ),
    Sign(
        "worsening_not_improving",
        Level.CALL_CLINICIAN,
        (r"\bunverbessert\b",),
        together=(
            (SYMPTOMS, WORSE),
            (TREATMENT_START, WORSE),
            (r"\bgeht(?:s| es) mir\b|\bmir geht(?:s| es)\b", WORSE),
        ),
        site_ok=True,
    ),
)

NEGATORS = frozenset(
    {"kein", "keine", "keinen", "keiner", "keinem", "keines", "nicht", "nie", "niemals", "ohne"}
    | {"weder", "nichts"}
)
NEGATION_WINDOW = 3

# Other people, as the subject of a message.
RELATIONS = (
    r"(?:frau|mann|partner\w*|sohn|tochter|kind|kinder|baby|mutter|mama|mutti|vater|papa"
    r"|bruder|schwester|freund\w*|nachbar\w*|kolleg\w*|chef\w*|hund|katze|oma|opa|tante|onkel"
    r"|cousin\w*|neffe|nichte|enkel\w*|eltern|familie|schwager|schwägerin|schwiegermutter"
    r"|schwiegervater|verlobte\w*)"
)

BODY_PARTS = (
    r"(?:beine?|knöchel|füsse|fuss|gesicht|lippen?|zunge|augen?|hals|hände?|arme?|haut|herz"
    r"|puls|atmung|bauch|rücken)"
)

# Rewritten in order, before anything else. Doubt is not negation; some phrases hold a
# "nicht" or "kein" that means the sign is there.
REWRITES: tuple[tuple[str, str], ...] = (
    (r"\bweiss (?:nicht|nicht mehr),? ?(?:, )?wo ich (?:bin|war)\b", "desorientiert"),
    (r"\bweiss (?:nicht|nicht mehr),? ?(?:, )?welcher tag (?:heute )?ist\b", "desorientiert"),
    (r"\bfinde mich (?:\w+ )?nicht (?:mehr )?zurecht\b", "desorientiert"),
    (r"\b(?:nicht sicher|keine ahnung|weiss nicht|unsicher ob)\b", "unsicher"),
    # A sign named and then denied: "Atemnot habe ich keine".
    (r"\b(\w+) (?:habe|hab|hatte) ich (?:keine?n?|nicht)\b", r"kein \1"),
    (r"\b(?:bekomme|bekam|kriege|krieg|kriegte|bekommt) (?:\w+ )?(?:keine|nicht genug|schlecht)"
     r" luft\b", "atemnot"),
    (r"\bkeine luft (?:mehr )?(?:bekommen|kriegen|bekomme|kriege)\b", "atemnot"),
    (r"\bkann (?:\w+ )?(?:nicht|kaum|schlecht) (?:mehr |richtig )*"
     r"(?:atmen|durchatmen|luft holen)\b",
     "atemnot"),
    # Short of breath on exertion is breathlessness, not an emergency.
    (r"\b(?:atemnot|luftnot|keuche|keuchen) (bei|beim|wenn)\b", r"kurzatmig \1"),
    (r"\bkann (?:\w+ )?(?:nicht|kaum) (?:mehr |richtig )*schlucken\b", "schluckbeschwerden"),
    # "Die Knöchel von meinem Mann", "die Beine meiner Mutter": the other person first.
    (rf"\b({BODY_PARTS}) von (mein(?:em|er)|unser(?:em|er)|sein(?:em|er)|dein(?:em|er))"
     rf" ({RELATIONS})\b", r"\2 \3 \1"),
    (rf"\b({BODY_PARTS}) (?:meines|meiner|unseres|unserer|seines|seiner) ({RELATIONS})(?:es|s)?\b",
     r"meinem \2 \1"),
    # Able to walk or stand only with help: "nicht mehr alleine", "ohne Festhalten nicht".
    (r"\b(?:nicht|kaum) (?:mehr )?(?:alleine?|ohne (?:fremde )?(?:hilfe|festhalten|stock"
     r"|gehstock|rollator|gehhilfe|unterstützung))\b", "nur mit hilfe"),
    (r"\bohne (?:fremde )?(?:hilfe|festhalten|stock|gehstock|rollator|gehhilfe|unterstützung)"
     r" (?:\w+ )?(?:nicht|kaum)(?: mehr)?\b", "nur mit hilfe"),
    # "nicht laufen gehen" is going for a run.
    (r"\bkann (?:\w+ ){0,6}?nicht (?:mehr |richtig |gerade |gut )*(?:gehen|laufen(?! gehen)"
     r"|stehen|aufstehen)\b", "gehunfähig"),
    (r"\bgleichgewicht ist (?:\w+ )?(?:weg|futsch|hin)\b", "gleichgewicht verloren"),
    (r"\b(?:gleichgewicht ist (?:\w+ )?(?:furchtbar|schlecht|schlimm|katastrophal|miserabel"
     r"|mies)|verliere (?:\w+ ){0,2}?(?:das |mein )?gleichgewicht)\b", "gleichgewichtsprobleme"),
    (r"\b(?:sehe|seh) (?:ich )?(?:\w+ ){0,4}?(?:nicht|kaum) (?:mehr |noch )?(?:richtig|scharf"
     r"|klar|gut)\b(?! aus\b)", "sehstörung"),
    (r"\b(?:beine|knie) (?:\w+ )?(?:tragen|halten) mich (?:nicht mehr|nicht)\b", "beine versagen"),
    (r"\bkein gleichgewicht\b", "gleichgewicht verloren"),
    (r"\bkeine kraft\b", "kraftlos"),
    (r"\bkein gefühl (?:mehr )?in\b", "gefühllos in"),
    (r"\bspüre? (?:meine |die |den |das |meinen )?(?:\w+ )?(?:füsse|fuss|beine|bein|hände|hand"
     r"|finger|zehen|arme|arm|gesicht|lippen) (?:\w+ )?(?:nicht|kaum) (?:mehr)?\b", "gefühllos"),
    (r"\bkann (?:meine |die |den |das |meinen )?(?:\w+ )?(?:füsse|fuss|beine|bein|hände|hand"
     r"|finger|zehen|arme|arm|gesicht|lippen) (?:gar |überhaupt )?(?:nicht|kaum) (?:mehr )?"
     r"(?:richtig )?(?:spüren|fühlen)\b", "gefühllos"),
    (r"\bkann (?:\w+ )?(?:nicht|kaum) (?:mehr |richtig )*(?:klar |scharf )?sehen\b", "sehstörung"),
    (r"\bschuhe (?:\w+ )?passen (?:\w+ )?(?:nicht mehr|nicht)\b", "schuhe zu eng"),
    (r"\b(?:nicht|kein bisschen) (?:mehr )?(?:schlimmer|schlechter)\b", "unverändert"),
    (r"\b(?:keine|nicht) (?:veränderung|verändert|verschlechterung)\b", "unverändert"),
    (r"\b(?:nicht|noch nicht|kein bisschen|überhaupt nicht|gar nicht) (?:\w+ )?(?:besser"
     r"|gebessert|verbessert)\b", "unverbessert"),
    (r"\b(?:statt|anstatt) (?:besser|einer besserung)\b", "unverbessert"),
    (r"\b(?:epi ?pens?|adrenalin ?(?:pens?|autoinjektor\w*|spritze)|notfall ?pens?"
     r"|autoinjektor\w*|fastjekt|jext|emerade|anapen)\b", "epipen"),
    (r"\b(herz|puls) (?:\w+ ){0,2}?(?:beruhigt sich nicht|kommt nicht runter)\b", r"\1 rast"),
)  # fmt: skip

# Things, not the body: what blurs here is a picture or a screen.
OBJECTS = r"(?:foto|fotos|bild|bilder|video|aufnahme|screenshot|scan|bildschirm|display|brille)"

# Being moved or sad, the sense of "Kloß im Hals" that is no sign.
MOVED = (
    r"\b(?:film|abschied|beerdigung|hochzeit|rührend|gerührt|denke|denken|gedanke|vermisse"
    r"|traurig|tränen|weinen|geweint)\b"
)

# Removed before the signs are looked for: the same words in another sense.
FIGURES_OF_SPEECH: tuple[str, ...] = (
    r"\batemberaubend\w*",
    r"\b(?:verschlägt|verschlug|verschlagen) (?:mir |einem )?den atem\b",
    r"\b(?:halte|hielt|anhalten) (?:\w+ )?den atem\b",
    r"\bluft nach oben\b",
    r"\bdie luft ist raus\b",
    r"\bdicke luft\b",
    r"\bausschlaggebend\w*",
    r"\b(?:gibt|gab|geben) den ausschlag\b",
    r"\bden ausschlag (?:gegeben|geben)\b",
    r"\bschwache?[rsnm]? (?:wlan|signal|empfang|akku|batterie|kaffee|tee|ausrede|argument"
    r"|leistung|moment|nerven|trost|punkt)\b",
    r"\b(?:wlan|signal|empfang|akku|batterie|kaffee|tee|ausrede|argument|leistung|netz"
    r"|internet) (?:\w+ ){0,3}?schwach\b",
    r"\bschwach geworden\b",
    r"\bschwachstelle\w*",
    r"\bschwachsinn\w*",
    r"\bverwirrend\w*",
    r"\b(?:aus allen wolken|der groschen ist) gefallen\b",
    r"\b(?:kurs|kurse|aktien|preise|börse|dax) (?:\w+ ){0,2}?(?:gestürzt|eingebrochen)\b",
    r"\bsturzbetrunken\b",
    r"\bherz (?:\w+ ){0,3}?(?:rast|klopft|hüpft|schlägt höher|schlägt (?:\w+ )?schnell\w*|pocht"
    r"|flattert|spielt verrückt) (?:\S+ ){0,2}?"
    r"(?:wenn|als|sobald) (?:ich )?(?:er|sie|ihn|meinen|meine|mein|den|die)\b",
    r"\bherzklopfen vor (?:aufregung|freude|vorfreude)\b",
    r"\bherzrasen pur\b",
    r"\bkrampfhaft\w*",
    rf"\b(?:(?:das|mein|meine|dieses|ein|eine|die|der) |(?:handy|tv|fernseh|laptop|tablet))"
    rf"{OBJECTS} (?:\w+ ){{0,3}}?"
    r"(?:unscharf|verschwommen)\b",
    rf"\b(?:unscharfe?s?|verschwommene?s?) {OBJECTS}\b",
    rf"\bkloss im hals (?:\S+ ){{0,7}}?{MOVED}",
    rf"{MOVED} (?:\S+ ){{0,7}}?kloss im hals\b",
    r"\b(?:wetter|verkehr|internet|handschrift|lage|wirtschaft|preise|politik) (?:\w+ ){0,3}?"
    r"(?:schlimmer|schlechter)\b",
    r"\bgeschwollene?n? (?:rede|reden|sprache|worte)\b",
    r"\bersticke? (?:\w+ )?(?:in arbeit|im chaos|im papierkram)\b",
    r"\bzum umfallen\b",
)

# Another person is the subject: "mein Mann hat einen Ausschlag". Bare pronouns are left out:
# "sie" is also the polite "Sie" and the injection ("die Spritze, sie …").
OTHER_PEOPLE = (
    rf"\b(?:mein|meine|meinem|meinen|meiner|unser\w*|sein|seine|seinem|seinen|seiner"
    rf"|dein\w*) {RELATIONS}\b|\b(?:jemand|jemandem|leute|andere)\b|^[\s,]*{RELATIONS}\b"
    r"|\b(?:der|die|das|dem|den|unser\w*) (?:hund|hündin|katze|kater|pferd|baby|kleine|kleinen"
    r"|kinder|kind|nachbar\w*|oma|opa)\b"
)
# The patient is the subject again ("meine Frau sagt, meine Lippen sind geschwollen").
FIRST_PERSON = rf"\b(?:ich|mich|mir)\b|\bmein\w* (?!{RELATIONS}\b)\w+"
THEIR_SHOT = r"\b(?:ihre|seine|ihrer|seiner) (?:b12 )?(?:spritze|injektion|dosis)\w*"

# A question about what might happen, not a sign now.
HYPOTHETICAL: tuple[str, ...] = (
    r"\bwas (?:ist|wäre|passiert|mache ich|tue ich)(?: ,)? (?:\w+ )?(?:wenn|falls)\b",
    r"^(?:und |also |aber |ok )?falls\b",
    r"\bwas (?:soll|muss|sollte) ich (?:tun|machen)(?: ,)? (?:wenn|falls)\b",
    r"\bfalls ich\b",
    r"\bwenn ich (?:mal|jemals|je) \w+",
    r"\bfür den fall\b",
    r"\bim fall (?:einer|eines|dass)\b",
    r"\b(?:beipackzettel|packungsbeilage)\b",
    r"\bgewarnt (?:vor|wegen)\b",
    r"\bnebenwirkung\w* (?:wie|sind|können|gehören)\b",
    r"\bwas sind (?:die )?(?:anzeichen|symptome)\b",
    r"\b(?:woran|wie) (?:erkenne|merke) ich\b",
    r"\bkann (?:die spritze|b12|das|die injektion) (?:\w+ )?(?:auslösen|verursachen)\b",
)
ASKING_ABOUT: tuple[str, ...] = (
    r"\bwie (?:sieht|fühlt) sich (?:\w+ ){0,4}?an\b",
    r"\bwie sieht (?:\w+ ){0,4}?aus\b",
    r"\bwas (?:zählt als|für anzeichen|sind anzeichen|für symptome)\b",
    r"\bnebenwirkung\w*",
    r"\bwie (?:häufig|wahrscheinlich|oft|selten)\b",
    r"\b(?:kann|können|könnte|könnten) (?:\w+ ){1,4}?(?:auslösen|verursachen|machen|hervorrufen"
    r"|bewirken)\b",
)
SELF_REPORT = (
    r"\bmein(?:e|en|em|er)? (?!nächste|dosis|spritze|termin|arzt|ärztin|plan|b12|behandlung)\w+"
    r"|\b(?:ich habe|ich hab|hab ich|habe ich|ich bin|bin ich|ich fühle|ich merke|ich bemerke"
    r"|ich glaube|seit)\b"
)
YEARS_AGO = (
    r"\bvor (?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|ein paar|einigen"
    r"|vielen) jahren\b|\b(?:\d+|zwei|drei|vier|fünf|zehn|ein paar|viele) jahre her\b"
)
# A time well past and a word that it is over, anywhere in the sentence: held back as a whole.
PAST_TIME = (
    r"\b(?:als kind|als jugendlicher|als teenager|letztes jahr|letzten jahr|letzten monat"
    r"|letztem jahr|vor (?:jahren|monaten|langer zeit|einer weile|ewigkeiten)|früher"
    r"|im (?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)"
    r"|vor der (?:op|operation)|damals|in der schule|in der schulzeit|in meiner jugend)\b"
    rf"|{YEARS_AGO}"
)
RESOLVED = (
    r"\b(?:(?:ist|sind|war|waren|alles) )?(?:längst |schon lange |schon |komplett |wieder )?"
    r"(?:weg|verschwunden|abgeklungen|verheilt|ausgeheilt|vorbei|abgeheilt|zurückgegangen"
    r"|behoben)\b|\bseitdem (?:ruhe|gut|nichts mehr)\b|\b(?:alles |ist |sind )?wieder (?:gut"
    r"|in ordnung|normal)\b"
)
PRESENT_STATE = r"\b(?:immer noch|noch immer|weiterhin|nach wie vor|bis heute|derzeit|aktuell)\b"
PAST_OR_RESOLVED: tuple[str, ...] = (
    r"\bals (?:kind|jugendlicher|teenager|baby|student\w*)\b",
    r"\bvor (?:jahren|jahrzehnten|langer zeit|ewigkeiten)\b",
    YEARS_AGO,
    r"\b(?:in der schule|in der schulzeit|in meiner jugend)\b",
    r"\b(?:hatte|hatten|war|waren|bin|habe|hab) (?:ich )?(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d (?:hatte|war|waren|bin)\b",
    r"\bin der schwangerschaft (?:war|waren|hatte|hatten)\b",
    r"\b(?:ist|sind|war|waren) (?:längst |schon lange |schon |komplett |wieder )?(?:weg"
    r"|verschwunden|abgeklungen|verheilt|ausgeheilt|vorbei|abgeheilt|zurückgegangen)\b",
    r"\bverheilt\b",
    r"\babgeklungen\b",
    r"\bzurückgegangen\b",
    r"\bnicht mehr\b",
)
# A time that brings a past sign into the present again.
NOW_AGAIN = (
    r"\b(?:jetzt(?! (?:ist es |alles )?(?:wieder )?(?:gut|weg|besser|vorbei))|schon wieder"
    r"|wieder da|heute|seit gestern|heute morgen|heute früh|heute abend|gerade|momentan)\b"
)

# Where the clause speaks of the injection site, site_ok signs are a local, common reaction,
# unless the clause says it spreads beyond it.
SITE_WORDS: tuple[str, ...] = (
    r"\beinstichstelle\w*",
    r"\b(?:injektions|spritz|einstich)(?:stelle|bereich|punkt)\w*",
    r"\b(?:an|um) der stelle\b",
    r"\bdie stelle\b",
    r"\bwo (?:ich|die schwester|die pflegerin|der arzt|die ärztin|sie|er) (?:\w+ )?(?:gespritzt"
    r"|gestochen|injiziert)\b",
    r"\bwo die (?:nadel|spritze) (?:\w+ )?(?:rein|drin)\w*",
)
WIDESPREAD = (
    r"\b(?:überall|am ganzen körper|ganzen körper|breitet|ausgebreitet|ausbreit\w*|brust"
    r"|gesicht|hals|rücken|bauch|anderen arm|beide arme|beiden armen)\b"
)
# A long-known symptom described as stable, mild or improving (for `stable_ok` signs)...
STABLE = (
    r"\b(?:immer noch|noch immer|wie immer|wie vorher|wie bisher|wie gehabt|wie sonst"
    r"|das gleiche|dasselbe|gleich geblieben|unverändert|seit jahren|seit monaten|seit langem"
    r"|seit langer zeit|schon lange|altbekannt|nichts neues|vor der behandlung|wie gewohnt)\b"
)
MILD = r"\b(?:etwas|ein bisschen|ein wenig|bisschen|leicht|leichte[snrm]?|gering\w*|minimal)\b"
IMPROVING = (
    r"\b(?:besser|gebessert|bessert sich|verbessert|weniger|lässt (?:\w+ )?nach|nachgelassen"
    r"|klingt (?:\w+ )?ab|geht zurück|gehen zurück"
    r"|abgeklungen)\b"
)
# ...unless it is also described as new, spreading or worse.
CHANGING = rf"{SPREAD}|{WORSE}|{NEW_OR_SUDDEN}|{ONSET_AFTER_SHOT}"
# For `plan_ok` signs: words about the plan, and what makes the sign plain anyway.
PLAN_WORDS = (
    r"\b(?:plan|dosis|dosen|spritze|spritzen|nächste|datum|termin|termine|tag|tage|uhrzeit"
    r"|zeit|erinnerung\w*|app|bot|knopf|taste|schaltfläche|nachricht|wann|welche|was|wie"
    r"|ampulle|kalender|anleitung|einstellung\w*)\b"
)
PLAIN_ANYWAY = (
    r"\b(?:plötzlich|auf einmal|sagt|sagte|sehr|total|völlig|komplett|heute|heute morgen"
    r"|heute früh|heute abend|vorhin|ständig|immer wieder|aus dem nichts|aufgewacht)\b"
)

# Common misspellings, corrected word by word before anything else.
MISSPELLINGS = {
    "ausschlang": "ausschlag", "auschlag": "ausschlag", "atemnod": "atemnot",
    "geschwolen": "geschwollen", "geschwollenn": "geschwollen", "geschwohlen": "geschwollen",
    "schwelung": "schwellung", "kribelt": "kribbelt", "kribeln": "kribbeln",
    "kribbelln": "kribbeln", "alergisch": "allergisch", "allergiesch": "allergisch",
    "quadeln": "quaddeln", "tauheit": "taubheit",
    "taubheitsgefül": "taubheitsgefühl", "verwirt": "verwirrt", "herzrassen": "herzrasen",
    "krempfe": "krämpfe", "kraempfe": "krämpfe", "krampfe": "krämpfe", "schwaeche": "schwäche",
    "fuesse": "füsse", "knoechel": "knöchel",
    "ohnmaechtig": "ohnmächtig", "gestuerzt": "gestürzt", "unregelmaessig": "unregelmässig",
    "schlimmerer": "schlimmer", "kurzatmich": "kurzatmig",
}  # fmt: skip

VOCABULARY = RedFlagVocabulary(
    signs=SIGNS,
    negators=NEGATORS,
    negation_window=NEGATION_WINDOW,
    rewrites=REWRITES,
    figures_of_speech=FIGURES_OF_SPEECH,
    hypothetical=HYPOTHETICAL,
    past_or_resolved=PAST_OR_RESOLVED,
    now_again=NOW_AGAIN,
    site_words=SITE_WORDS,
    widespread=WIDESPREAD,
    stable=STABLE,
    mild=MILD,
    improving=IMPROVING,
    changing=CHANGING,
    plan_words=PLAN_WORDS,
    plain_anyway=PLAIN_ANYWAY,
    other_people=OTHER_PEOPLE,
    first_person=FIRST_PERSON,
    their_shot=THEIR_SHOT,
    asking_about=ASKING_ABOUT,
    self_report=SELF_REPORT,
    past_time=PAST_TIME,
    resolved=RESOLVED,
    present_state=PRESENT_STATE,
    spread=SPREAD,
    worse=WORSE,
    misspellings=MISSPELLINGS,
    contrast=frozenset({"aber", "obwohl", "jedoch", "allerdings", "sondern", "wobei"}),
    question_opening=(
        r"^(?:was|wie|ist|sind|kann|können|könnte|soll|sollte|sollen|muss|wird|werde|wann"
        r"|welche\w*|darf|gibt)\b"
    ),
    comparison=frozenset({"wie", "ob", "als"}),
)
