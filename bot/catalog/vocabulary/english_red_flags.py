"""The English red-flag vocabulary: the one place a clinician reviews what raises an alarm.

The fixed safety texts are red-flag-* in bot/catalog/locales/en/; the rules that apply these
lists, and the Sign and Level types, are in bot/domain/red_flags.py. Everything here runs on
normalised text: lower case, apostrophes dropped ("can't" is "cant"), one space between words,
each word first corrected through MISSPELLINGS, then REWRITES and FIGURES_OF_SPEECH applied.

A sign is a concept, not a sentence: it is found by a direct phrase (`patterns`) or by
concepts that come near each other (`together`: every concept of a group within a few words,
in any order: a body part, a change, a time; the windows are in bot/domain/red_flags.py).
A sign that is also someone else's or a thing's ("the tent collapsed") is written with its
subject (SELF) or its other sense is removed first (FIGURES_OF_SPEECH). How it is held back:
- a negation (NEGATORS) in the three words before a part of the match, or inside it;
- `site_ok`: where the clause speaks of the injection site (SITE_WORDS) and nothing spreads
  (WIDESPREAD): soreness, redness or mild swelling where the needle went is common;
- `stable_ok`: a long-known symptom described as stable, mild or improving (STABLE, MILD,
  IMPROVING) and not as new, spreading or worse (CHANGING);
- `plan_ok`: a word that also means "I don't follow the plan" (confused) in a question or
  next to plan words;
- `causes`: an ordinary cause named with it ("numb from the cold", "blurry after the eye
  drops"), unless the sign is also spreading or worse;
- for every sign: another person is the subject (OTHER_PEOPLE), the sentence is hypothetical
  (HYPOTHETICAL), or the sign is long past or has cleared (PAST_OR_RESOLVED).
Doubt is not negation: "not sure if it's a rash" still raises the alarm.
tests/domain/red_flag_examples/ holds the example sets the detector is measured against.
"""

from bot.domain.red_flags import Level, RedFlagVocabulary, Sign

# --- Concepts: body parts -------------------------------------------------------------------
# Swelling here means an allergic reaction; never the arm or thigh, where the injection goes.
UPPER_BODY = (
    r"\b(?:face|faces|throat|lips?|tongue|mouth|eyes?|eyelids?|neck|cheeks?|jaw|chin|nose|ears?)\b"
)
THROAT = r"\b(?:throat|windpipe|airway)\b"
ORAL = r"\b(?:lips?|tongue|mouth|throat|gums?|palate)\b"
# Any part of the body where feeling can go ("I can't feel my fingertips").
ANY_BODY = (
    r"(?:feet|foot|legs?|hands?|arms?|fingers?|fingertips?|toes?|face|body|skin|lips?|knees?|"
    r"thighs?|soles?|heels?|calf|calves|shins?|ankles?|wrists?|palms?|bottom of my feet)"
)
# Swelling here means fluid (call the clinician).
LOWER_BODY = r"\b(?:legs?|ankles?|feet|foot|calf|calves|shins?|toes)\b"

# --- Concepts: changes ----------------------------------------------------------------------
SWELL = (
    r"\b(?:swollen|swelling|swelled|swell|swells|puffy|puffing up|puffed up|puffy|"
    r"blown up|ballooned|ballooning|bloated)\b"
)
BIGGER = (
    r"\b(?:thick|thicker|huge|massive|enormous|like (?:a )?balloons?|twice the size|"
    r"double the size|doubled|big|bigger|fat|fatter|blowing up|blew up|blown up|puffing up)\b"
)
TIGHT = (
    r"\b(?:tight|tighter|tightening|tightness|closing|closes|closed|constricted|narrow|narrowing|"
    r"narrower|smaller|shrinking|squeezed|squeezing|blocked)\b"
)
# A vague feeling: a sign only together with a time just after the shot (ONSET_AFTER_SHOT).
ODD_FEELING = r"\b(?:weird|funny|strange|odd|scratchy|itchy|prickly|feeling|full|different)\b"
TINGLE_OR_ITCH = r"\b(?:tingl\w*|itch\w*|numb|numbness|burning|prickl\w*)\b"
NUMB = (
    r"\b(?:numb|numbness|tingl\w*|prickling|prickly|no sensation|"
    r"(?:burning|electric|electric shock|buzzing) (?:feet|hands|toes|fingers|legs|feelings?))\b"
)
NERVES = r"\b(?:nerves?|nerve symptoms|neuro\w*|neurological)\b"
SPREAD = (
    r"\b(?:spread\w*|moving up|moved up|moves up|going up|gone up|went up|creeping|creep\w*|"
    r"travell?ing|travell?ed|climbing|reached|reaching|up my|up to my|into my|now in my|"
    r"both (?:hands|feet|legs|arms)|past (?:my|the)|above (?:my|the)|as far as|all the way up|"
    r"higher|further up|half my|whole (?:foot|feet|leg|legs|hand|hands|arm|arms|side|body))\b"
)
# "Going backwards" is everyday English for getting worse.
WORSE = (
    r"\b(?:worse|worsening|worsened|worsen|worsens|deteriorat\w*|downhill|declining|"
    r"(?:going|gone|went|go|goes|sliding|slid) backwards?)\b"
)
NEW_OR_SUDDEN = (
    r"\b(?:new|newly|suddenly|sudden|all of a sudden|out of nowhere|overnight|woke up with|"
    r"never had)\b"
)
# Soon after an injection: what turns a vague throat feeling into an allergic sign.
ONSET_AFTER_SHOT = (
    r"\b(?:since|after|from|following|within|post) (?:\w+ ){0,3}?(?:shots?|injections?|jabs?|"
    r"doses?|b12|needle)\b|\b(?:minutes?|mins?|an hour|hour|hours|seconds|secs) (?:after|later|"
    r"since|ago|of)\b|\b(?:right|straight|just|soon|shortly) after\b|"
    r"\b(?:had|got|did|gave) (?:the |my )?(?:shot|injection|jab|dose)\b"
)
# Since the treatment began: with WORSE, the pattern the article names ("symptoms worsen
# rapidly rather than gradually improving").
SINCE_TREATMENT = (
    r"\b(?:since|after) (?:i )?(?:started|starting|began|beginning)\b|"
    r"\bsince (?:\w+ ){0,2}?(?:shots?|injections?|jabs?|treatment|b12|loading|doses?|course)\b|"
    r"\b(?:shots?|injections?|treatment|jabs?) (?:started|began)\b|"
    r"\bafter (?:the |my |these )(?:shots|injections|jabs|doses)\b|"
    r"\bthan before (?:the |my )?(?:shots|injections|treatment|jabs|b12)\b|"
    r"\bthan before i (?:started|began)\b|"
    r"\bon (?:the |these |my )?(?:shots|injections|jabs|treatment|b12)\b"
)
# Rewritten from "not better", "instead of better", "rather than improving" (see REWRITES).
UNIMPROVED = r"\bunimproved\b"
DIFFICULTY = (
    r"\b(?:cant|trouble|difficulty|difficult|hard|harder|struggling|struggle|struggles|problems?|"
    r"unable to|barely|hardly|impossible)\b"
)
ITCH = r"\b(?:itch\w*)\b"
ALL_OVER = r"\b(?:all over|everywhere|whole body|head to toe|my body)\b"
SKIN_MARKS = (
    r"\b(?:spots|bumps|lumps|blotches|patches|welts|welty|blisters|marks|red skin|lumpy|bumpy|"
    r"raised|lumps and bumps)\b"
)
# "hearts" is "heart's" once apostrophes are dropped; "ticker" is everyday English for it.
HEART = r"\b(?:hearts?|heartbeats?|heart beats?|pulse|heart rate|tickers?)\b"
ODD = r"\b(?:funny|weird|strange|odd|wrong|crazy|wild|mad|jumpy|unsteady|not right)\b"
# What a heart does when it races, pounds, skips or flutters, in everyday words.
HEART_CHANGE = (
    r"\b(?:racing|races|raced|racy|pounding|pounds|pounded|fluttering|flutters|flutter|fluttery|"
    r"skipping|skips|skipped|irregular|irregularly|erratic|jumping|jumps|jumpy|thumping|thumps|"
    r"banging|hammering|thudding|bumping|galloping|gallops|flipping|flips|flip|flipped|"
    r"flip flops?|flopping|somersaults?|stuttering|missing beats|misses beats|missing a beat|"
    r"missed beats|extra beats|stopping|stops|pausing|pauses|all over the place|going crazy|"
    r"going mad|going wild|going like|all over the shop|like a drum|like the clappers|"
    r"ten to the dozen|nineteen to the dozen|out of my chest|very fast|so fast|really fast|"
    r"too fast|thump|thud|thuds|boom|booms|pause|stop(?:ped)?(?! working| charging| syncing)|"
    r"flopp\w*|trembl\w*|quiver\w*|double beats?|extra beat)\b"
)
BREATHE = r"\b(?:breath|breathe|breathing|breathings|breaths)\b"
# Noisy breathing (a wheeze or stridor) in the patient's words; with BREATH_OR_CHEST.
BREATH_SOUND = (
    r"\b(?:whistl\w*|wheez\w*|rattl\w*|squeak\w*|noisy|raspy|rasping|crackl\w*|gurgl\w*|"
    r"high pitched|hissing|hiss)\b"
)
BREATH_OR_CHEST = r"\b(?:breath|breathe|breathes|breathing|breaths|chest|lungs?|airways?)\b"
SWALLOW = r"\b(?:swallow|swallowing|swallowed)\b"
WALK = r"\b(?:walk|walking|walked|get around|move around|climb the stairs)\b"
STAND = (
    r"\b(?:stand|standing|stand up|get up from|get out of (?:bed|the chair|a chair)|"
    r"stay upright|keep upright)\b"
)
BALANCE = r"\b(?:balance)\b"
# Having to hold on to someone or something to get about (with MOBILITY).
NEEDS_SUPPORT = (
    r"\b(?:have to|having to|had to|need to|needing to|must|only|can only|unless|cant \w+ unless)"
    r" (?:\w+ ){0,4}?(?:hold|holding|hang|hanging|lean|leaning|cling|clinging|grab|grabbing|"
    r"use|using) (?:on )?(?:to |onto |on |against )?(?:someone|somebody|something|things|my \w+|"
    r"the \w+|a \w+|walls?|furniture)"
    r"|\b(?:need|needs|needed|needing) (?:\w+ ){0,2}?(?:arm|arms|shoulder|hand to hold)\b"
    r"|\b(?:need|needs|needed|needing|have|having|had|only with) (?:\w+ ){1,2}?(?:holding|"
    r"propping|to hold) me up\b"
    r"|\b(?:use|used|using|need|needed|needing|had to use|in) a (?:wheelchair|walking frame|"
    r"zimmer|walker|frame|stick|crutches)\b"
)
MOBILITY = (
    r"\b(?:walk|walking|walked|stand|standing|stand up|get about|get around|move around|get up|"
    r"get across|get upstairs|get downstairs|upstairs|stairs|to the (?:loo|toilet|bathroom|car)|"
    r"stay upright|on my feet)\b"
)
# The patient, as the subject of a fall or a collapse: "I fell", "fell twice" (no subject
# written), "and then went down"; a thing ("the fence fell") is not a fall.
SELF = (
    r"(?:^|, |\b(?:i|ive|i have|i had|id|and|then|so|because|before i|until i|till i|when i|"
    r"as i|keep|kept|keeps|if|maybe|think|probably|unsure|cos)\s)"
    r"(?:(?:just|nearly|almost|actually|also|then|suddenly|literally|completely|accidentally|"
    r"badly|again|really|even|have|had|kind of|sort of) )?"
)
# Weight put on by a stated amount; with RECENTLY, the quick weight gain to report. "Pounds"
# is also money, so it counts only after a word that means weight was put on.
WEIGHT_UNIT = r"(?:kg|kgs|kilos?|kilograms?|lbs?|st|stones?)\b"
NUMBER = (
    r"(?:\d+ ?|(?:a|one|two|three|four|five|six|half a|a few|a couple of|several|nearly a|"
    r"almost a|over a|more than a) )"
)
WEIGHT_GAIN = (
    rf"\b(?:gained|gain|gaining|put on|putting on|piled on) (?:\w+ ){{0,2}}?{NUMBER}"
    rf"(?:{WEIGHT_UNIT}|pounds?\b)"
    rf"|\b{NUMBER}(?:{WEIGHT_UNIT}|pounds?\b) (?:\w+ )?heavier\b"
    rf"|\b(?:up|gone up|went up|increased by) (?:by )?{NUMBER}{WEIGHT_UNIT}"
    rf"|\b{NUMBER}{WEIGHT_UNIT} (?:up|more|extra)\b"
    r"|\bweight (?:\w+ ){0,2}?(?:up|gone up|went up|increased|jumped|shot up)\b"
    r"|\bscales (?:\w+ ){0,2}?(?:went up|gone up|going up|jumped|shot up|crept up|creeping up)"
)
RECENTLY = (
    r"\b(?:this|in a|in one|within a|over a|in the last|in the past|over the last|in|within|"
    r"over|last) (?:\w+ )?(?:week|weeks|days?|fortnight)\b|\bsince (?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|yesterday|the weekend|last week|the shot|the injection|"
    r"my shot|the jab|the last)\b|\bthan (?:on )?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|yesterday|last week)\b|\b(?:overnight|quickly|fast|suddenly)\b"
)
BAD = (
    r"\b(?:bad|terrible|awful|horrible|gone|lost|losing|lose|cant|worse|worsening|poor|"
    r"keep|keeps|no|unaided|off|all over)\b"
)

# What the patient sees, and a gap, patch or shadow in it ("a grey patch in my vision").
VISION = (
    r"\b(?:vision|eyesight|my sight|field of vision|visual field)\b|"
    r"\b(?:in|over|across|in front of) (?:my|one|the) (?:left |right )?eye\b"
)
VISION_GAP = (
    r"\b(?:patch|patches|patchy|shadow|shadows|shadowy|curtain|veil|blind spots?|holes?|gaps?|"
    r"blank|blanks|missing|greyed out|grayed out|grey|gray|black spot|dark spot|floaters|flashes|"
    r"flashing|zig ?zags?|sparkl\w*|shimmer\w*|tunnel|cut off|blacked out|went dark|gone dark)\b"
)
# Print or straight lines that look smudged, wavy or bent (a screen or window itself is not).
TEXT_OR_LINES = r"\b(?:words?|letters?|text|print|writing|lines|numbers|faces)\b"
SMUDGED = (
    r"\b(?:smudg\w*|smear\w*|swimming|swim|wavy|bent|warped|jumbled|running together|melting)\b"
)
EYES = r"\beyes?\b"
# "won't focus" and the like are rewritten to "unfocused"; with EYES it is sight, not attention.
UNFOCUSED = r"\bunfocused\b"

# Nerve pain in the patient's words: with SPREAD or WORSE it is a nerve sign, not a cramp.
NERVE_PAIN = (
    r"\b(?:nerve pains?|burning|shooting pains?|shooting|stabbing pains?|electric shocks?|"
    r"zaps|zapping)\b"
)
FAST = r"\b(?:fast|quickly|rapidly|by the day|every day|day by day|overnight|by the hour)\b"
# Feeling dulled or odd, told as a simile: "like walking on sponges", "like wearing gloves".
NUMB_SIMILES = (
    r"\blike (?:\w+ ){0,3}?(?:wrapped|bandaged) (?:up )?in (?:cotton wool|bandages?|cling ?film|"
    r"wool|felt|tape)\b",
    rf"\b{ANY_BODY} (?:\w+ ){{0,3}}?(?:wrapped|bandaged) (?:up )?in (?:cotton wool|bandages?|"
    r"cling ?film)\b",
    r"\blike (?:\w+ ){0,3}?(?:wearing|in) (?:\w+ )?(?:gloves|mittens|socks|oven gloves)\b",
    r"\b(?:like|as if|as though) (?:\w+ ){0,2}?(?:walking|standing) on (?:sponges?|cotton wool|"
    r"pebbles|marbles|gravel|glass|broken glass|cushions|pillows|stones|lego|rice|hot coals)\b",
    r"\b(?:ants|insects|bugs|spiders|something) (?:\w+ )?crawling (?:on|under|over|in|up|all)\b",
    r"\blike (?:\w+ ){0,3}?socks? (?:\w+ ){0,2}?(?:bunched|rolled|rucked|scrunched) up\b",
    rf"\b{ANY_BODY} (?:\w+ ){{0,3}}?(?:fuzzy|fizzy|fizzing|buzzy|woolly|furry|wooden)\b",
)
# An ordinary cause that explains a numb or tingling part: cold, the dentist, sitting on it.
NUMB_CAUSES = (
    r"\b(?:cold|freezing|frozen|snow|snowman|ice|icy|frost|dentist|dental|anaesthetic|anesthetic|"
    r"local|filling|novocaine|lidocaine|numbing|sat on|slept on|lying on|cross legged|funny bone)\b"
)
# An ordinary cause of blurred sight for a while: drops at the optician, glasses off.
VISION_CAUSES = (
    r"\b(?:drops|eye drops|dilat\w*|optician|eye test|without my glasses|glasses off|"
    r"contact lens\w*|reading glasses)\b"
)
# Ordinary causes of tired legs or a racing heart for a while: a workout, a tense match.
EXERTION_CAUSES = (
    r"\b(?:gym|workout|work out|worked out|spin class|spin|class|exercise|exercising|training|"
    r"run|running|ran|jog|jogging|marathon|hike|hiking|cycling|bike ride|yoga|pilates|dancing|"
    r"danced|swim|swimming|squats|leg day|football practice|boxing)\b"
)
EXCITEMENT_CAUSES = (
    rf"{EXERTION_CAUSES}|\b(?:match|game|goal|penalty|penalties|injury time|extra time|"
    r"final|derby|scary (?:film|movie)|horror (?:film|movie)|rollercoaster|roller coaster|"
    r"exam|interview|first date|coffee|espresso|energy drink|caffeine)\b"
)
# How bad it has become: with SINCE_TREATMENT, the worsening pattern ("since the jabs, awful").
SEVERE = r"\b(?:terrible|dreadful|awful|unbearable|unbearably|horrendous|horrible|intolerable)\b"
# "Keep asking the same thing over and over": repetition the patient does not notice.
REPEATS = (
    r"\b(?:asking|saying|telling|asked|said|told) (?:\w+ ){0,4}?(?:the same|same) (?:thing|things|"
    r"question|questions|story|stories)\b"
)
REPEAT_SIGNAL = r"\b(?:over and over|again and again|forgetting|no memory|every few minutes)\b"

# --- Signs ---------------------------------------------------------------------------------
SIGNS: tuple[Sign, ...] = (
    # --- Allergic reaction: emergency services now ---------------------------------------
    Sign(
        "allergic_reaction",
        Level.EMERGENCY,
        (
            r"\ballergic reaction\b",
            r"\banaphyla\w*",
            r"\b(?:having|had|got|get|getting|is this) (?:a |an )?(?:bad |allergic |severe )?"
            r"reaction (?:to|from|after) (?:the |my |this )?(?:shot|injection|jab|b12|dose)",
            r"\b(?:an |a )?(?:allergy|allergic) (?:to (?:the |my )?(?:shot|injection|jab|b12|"
            r"dose))\b",
            # An adrenaline pen ("epipen" after REWRITES) needed or used now; carrying one is not.
            r"\b(?:need|needed|needing|use|used|using|grab|grabbed|grabbing|reach for|reached for|"
            r"take|took|jab|jabbed|inject|injected|gave myself|give myself|fire|fired) "
            r"(?:(?:to|it|now|right now|urgently|myself with|myself using|me with) )?"
            r"(?:my |the |an |a |me )?epipen\b",
            r"\bepipen\b(?: \S+){0,15}? (?:need|needed|use|used|using|grab|take) (?:to use )?it\b",
            r"\b(?:gave myself|give myself|needed|need|used|use|given|gave me) (?:some |an |my )?"
            r"adrenaline\b(?! rush| junkie| high| kick| buzz)",
        ),
    ),
    Sign(
        "rash",
        Level.EMERGENCY,
        (
            r"\brash(?:es|y)?\b",
            r"\bskin (?:\w+ )?(?:came up|broke out|breaking out|coming up)\b",
            r"\b(?:broke|breaking|broken) out in (?!a sweat|sweat|a cold sweat)",
            r"\b(?:red|itchy|raised|angry) (?:\w+ )?(?:bumps|blotches|spots|lumps|patches|welts)\b",
            r"\bblotch(?:es|y)\b",
            r"\bcovered in (?:\w+ )?(?:spots|bumps|lumps|blotches|patches|welts|red|itch\w*|"
            r"a rash)\b",
            r"\b(?:bumps|spots|lumps|patches|blotches) (?:all over|everywhere|spreading)\b",
            r"\b(?:itch\w*) (?:\w+ )?(?:all over|everywhere)\b",
            r"\b(?:all over|everywhere) (?:is )?(?:itchy|itching)\b",
            # Skin that looks stung or bitten: "like I rolled in nettles".
            r"\b(?:like|as if|as though) (?:\w+ ){0,4}?(?:nettles?|nettle stings?|mosquito bites|"
            r"midge bites|insect bites|bee stings|bitten all over)\b",
        ),
        together=((SKIN_MARKS, ITCH), (ITCH, ALL_OVER), (SKIN_MARKS, ALL_OVER)),
        site_ok=True,
    ),
    Sign("hives", Level.EMERGENCY, (r"\b(?:hives|welts|welty|wheals|urticaria|nettle rash)\b",)),
    Sign(
        "swelling_face_throat",
        Level.EMERGENCY,
        (
            r"\b(?:swollen|swelling|swelled|puffy|puffed|puffing) (?:up )?all over\b",
            r"\blump in (?:my |the )?throat\b",
            r"\b(?:stuck|caught) in (?:my |the )?throat\b",
            r"\bchok(?:e|ing|ed)\b",
            r"\b(?:look|looks|looking|feel|feels|feeling) like (?:a )?(?:balloon|puffer ?fish|"
            r"michelin man|hamster|chipmunk)\b",
        ),
        together=(
            (UPPER_BODY, SWELL),
            (r"\b(?:lips?|tongue|face|mouth|eyes?|eyelids?)\b", BIGGER),
            (THROAT, TIGHT),
            (THROAT, BIGGER),
            (DIFFICULTY, SWALLOW),
            (ORAL, ODD_FEELING, ONSET_AFTER_SHOT),
            (r"\bneck\b", TIGHT, ONSET_AFTER_SHOT),
            (SWALLOW, r"\b(?:hurts|painful|sore|odd|weird|funny)\b", ONSET_AFTER_SHOT),
            (r"\bvoice\b", ODD_FEELING, ONSET_AFTER_SHOT),
            (r"\bface\b", r"\b(?:hot|burning|flushed|red)\b", ONSET_AFTER_SHOT),
        ),
    ),
    # A tingling or numb mouth: not after the dentist's anaesthetic.
    Sign(
        "swelling_face_throat",
        Level.EMERGENCY,
        together=((ORAL, TINGLE_OR_ITCH),),
        causes=NUMB_CAUSES,
    ),
    Sign(
        "trouble_breathing",
        Level.EMERGENCY,
        (
            r"\bbreathing (?:is )?(?:really |very |so )?(?:hard|difficult|a struggle|noisy|"
            r"strained|laboured|labored)\b",
            r"\b(?:cant|hard to|struggling to|trouble|unable to|not) get(?:ting)? (?:enough )?"
            r"(?:air|a breath|my breath)\b",
            r"\bstruggling for (?:air|breath)\b",
            r"\bgasping\b",
            r"\bwheez\w*",
            r"\bstridor\b",
            r"\bchest (?:\w+ )?(?:tight|tightness|tightening|closing)\b",
            r"\btight(?:ness)? (?:in )?(?:my |the )?chest\b",
            # Similes for air that will not come: "like breathing through a straw".
            r"\bbreath\w* (?:\w+ ){0,3}?through (?:a |an )?(?:\w+ )?(?:straw|tube|pipe|sponge|"
            r"pillow|cloth|towel|flannel)\b",
            r"\bevery (?:single )?breath (?:\w+ )?(?:is|feels|takes) (?:\w+ )?(?:a )?(?:fight|"
            r"struggle|effort|battle|hard work)\b",
            r"\bfight\w* for (?:each |every |my )?(?:breath|air)\b",
            r"\b(?:sips|gulps|mouthfuls) of air\b",
            r"\bcant fill my lungs\b",
        ),
        together=((DIFFICULTY, BREATHE), (BREATHE, TIGHT), (BREATH_SOUND, BREATH_OR_CHEST)),
    ),
    Sign(
        "fainting",
        Level.EMERGENCY,
        (
            r"\b(?:fainted|fainting|faint|passed out|pass out|passing out|blacked out|blacking out|"
            r"keeled over)\b",
            rf"{SELF}collaps(?:ed|ing|e)\b",
            r"\bcollaps\w* (?:on|onto|to|in) (?:the )?(?:floor|ground)\b",
            r"\b(?:feel|felt|feeling) like (?:im |i am |i was |i might |i could )?"
            r"(?:going to |gonna )?collaps\w*",
            r"\b(?:nearly|almost|about to|going to|gonna) collapse\b",
            r"\blost consciousness\b",
        ),
    ),
    # --- Nerves: same-day urgent care ------------------------------------------------------
    Sign(
        "numbness_new_or_spreading",
        Level.URGENT_CARE,
        (
            rf"\bcant feel (?:my |the )?(?:\w+ )?{ANY_BODY}\b",
            r"\b(?:lost|losing|loss of|lose) (?:the |all )?(?:feeling|sensation)\b",
            r"\bcant feel (?:anything|a thing|much)\b",
            r"\b(?:gone|went|going|gets|getting|turned|turning) numb\b",
            # What the feet or hands no longer feel: "cant feel the floor under my feet".
            rf"\bcant feel (?:\w+ ){{0,5}}?(?:with|under|in|through|on) (?:my |the )?{ANY_BODY}\b",
            r"\bcant feel (?:the )?(?:floor|ground|pedals?|keys|buttons|steps|stairs|carpet|"
            r"hot water|cold water|water)\b",
        ),
        together=(
            (NUMB, SPREAD),
            # Then and now: "used to be just my toes, now it's my whole foot".
            (NUMB, r"\bnow\b", SPREAD),
            (NUMB, WORSE),
            (NUMB, NEW_OR_SUDDEN),
            (NUMB, ONSET_AFTER_SHOT),
            (NERVES, WORSE),
            (NERVE_PAIN, SPREAD),
            (NERVE_PAIN, WORSE),
            (NERVES, WORSE, FAST),
        ),
        causes=NUMB_CAUSES,
    ),
    # A plain mention: new until told otherwise ("my hands are numb"), not when stable.
    Sign(
        "numbness_new_or_spreading",
        Level.URGENT_CARE,
        (
            NUMB,
            rf"\b{ANY_BODY} (?:\w+ ){{0,2}}?like (?:blocks? of )?"
            r"(?:wood|ice|cotton wool|concrete)\b",
            r"\b(?:feet|foot|toes|fingers|hands?|legs?) (?:feel |feels |are |is |gone |went |"
            r"have gone )dead\b",
            *NUMB_SIMILES,
        ),
        stable_ok=True,
        causes=NUMB_CAUSES,
    ),
    Sign(
        "trouble_walking",
        Level.URGENT_CARE,
        (
            r"\b(?:lost|losing|lose|loses|keep losing) (?:my |all )?balance\b",
            r"\b(?:legs?|knees?) (?:\w+ ){0,2}?(?:gave|giving|give|gives|keep giving|gone) "
            r"(?:way|out)\b",
            r"\b(?:legs?|knees?) (?:\w+ )?(?:buckl\w*|wont hold|cant hold|will not hold)\b",
            rf"{SELF}buckl(?:ed|ing)\b(?! up| my| the)",
            # Legs that "just went", gave up or folded under the patient.
            r"\b(?:legs?|knees?) (?:\w+ )?(?:gave up|gave in|folded|fold|folding|crumpled|"
            r"crumpling|collapsed|collapsing)\b",
            r"\b(?:legs?|knees?) (?:just |suddenly |both |completely |totally |simply )?"
            r"(?:went|gone|go)(?= ,|$| and| so| from| under| then| again| twice| on me)",
            r"\b(?:holding|hold|hold on|holding on|grab|grabbing) (?:on )?(?:to |onto )?"
            r"(?:the )?(?:walls?|furniture)\b",
            r"\bwalk(?:ing)? like (?:im|i am|i was) drunk\b",
            r"\b(?:need|needs|needed) (?:a stick|a frame|a walker|help|someone) to "
            r"(?:walk|stand|get up)\b",
            r"\bdragging (?:my )?(?:left |right )?(?:foot|feet|legs?)\b",
            r"\b(?:bumping|bump|bumped|walking|walked|walk|banging|crashing) into (?:the )?"
            r"(?:things|walls?|doors?|door ?frames?|doorways?|furniture)\b",
            r"\b(?:veer\w*|drift\w*|lurch\w*) (?:\w+ )?(?:to (?:the|one) (?:left|right|side)|"
            r"sideways|off to one side)\b",
            # "Legs won't do what I tell them" (rewritten from the negated forms).
            r"\b(?:legs?|feet|foot|knees?) disobey\b",
            r"\blegs? (?:\w+ )?(?:feels?|are|is) strange\b",
            r"\bcant (?:walk|stand) (?:straight|unaided|properly)\b",
            r"\bto (?:stay|keep) (?:upright|on my feet|standing|steady)\b",
            r"\b(?:use|using|lean on|leaning on) (?:the )?(?:walls?|furniture)\b",
            r"\b(?:help|helped|helping|support|hold) me (?:to )?(?:walk|stand|get up|"
            r"up the stairs)\b",
            r"\b(?:feel|look|walk|walking) (?:\w+ )?(?:like )?(?:a |im |i am |i was )?drunk\b",
            r"\btripping over (?:my own feet|nothing)\b",
        ),
        together=(
            (DIFFICULTY, WALK),
            (DIFFICULTY, STAND),
            (r"\bunaided\b", r"\b(?:walk|walking|stand|standing|move|get up)\b"),
        ),
    ),
    # Unsteady, or needing to hold on: held back when long-known and stable ("wobbly, as always").
    Sign(
        "trouble_walking",
        Level.URGENT_CARE,
        (r"\b(?:unsteady|wobbly|staggering|stagger|staggered|shuffling)\b",),
        together=(
            (BALANCE, BAD),
            (r"\b(?:my walking|gait|my mobility)\b", BAD),
            (NEEDS_SUPPORT, MOBILITY),
        ),
        stable_ok=True,
    ),
    Sign(
        "falls",
        Level.URGENT_CARE,
        (
            rf"{SELF}(?:fell|fallen)\b(?! off| out)",
            rf"{SELF}(?:fell|falling|fall|fallen) (?:over|down)\b",
            r"\b(?:had|a bad|another|two|three|few|several|couple of|recent|keep having|took) "
            r"(?:\w+ )?(?:falls?|tumbles?)\b",
            r"\bkeeps? (?:falling|tripping)\b",
            r"\b(?:keeps?|kept|been|im|i am|always) (?:\w+ )?(?:stumbling|tripping)\b",
            r"\bstumbl\w* (?:about|around|and fell)\b",
            r"\b(?:im|i am|i keep|ive been|been|keep) (?:\w+ )?falling\b",
            r"\bfalling (?:a lot|all the time|more|often)\b",
            r"\btook a tumble\b",
            r"\b(?:legs?|feet) (?:\w+ )?(?:went|gone|go|going|goes) (?:out )?from under me\b",
            r"\b(?:went|go|going) down (?:in|on) the\b",
            r"\btripped (?:\w+ )?(?:twice|again|\d+ times|several times|a few times)\b",
            # Other ways to say "I fell": "hit the floor", "ended up on the ground", "went down".
            rf"{SELF}(?:hit|hitting|landed on|landing on|ended up on|end up on|ending up on) "
            r"(?:the |my )?(?:floor|deck|ground|pavement|carpet|tiles|bum|backside|back|face|"
            r"knees|side|bottom)\b",
            rf"{SELF}(?:went|go|going|gone) over(?= ,|$| in\b| on\b| twice| again| and| when|"
            r" while| backwards)",
            rf"{SELF}(?:went|go|going|gone|goes) down(?= ,|$| in a heap| like| hard| twice| again|"
            r" \d+ times| three times| and| when| while| outside)",
        ),
    ),
    Sign(
        "vision_changes",
        Level.URGENT_CARE,
        (
            r"\b(?:blurry|blurred|blurring|double|fuzzy|loss of|losing|lost|dim|cloudy|strange|"
            r"weird|changes? (?:in|to)|changed|changing|worse|poor|funny) (?:\w+ )?"
            r"(?:vision|eyesight|sight)\b",
            r"\b(?:vision|eyesight|sight|eyes?) (?:\w+ ){0,3}?(?:blurry|blurred|blurring|double|"
            r"fuzzy|going|changed|changing|worse|worsening|dim|dark|cloudy|strange|weird|funny|"
            r"gone|odd)\b",
            r"\beverything (?:\w+ ){0,2}?(?:blurry|blurred|fuzzy|double|dark|dim)\b",
            r"\bseeing (?:double|two of everything|things double|spots|flashes)\b",
            r"\bcant see (?:properly|clearly|well|right|straight|anything|out of)\b",
            r"\b(?:trouble|difficulty|problems?|hard) (?:with )?(?:seeing|my vision|my eyesight)\b",
            r"\bgoing blind\b",
            r"\b(?:blurry|blurred|blurring|hazy|misty|out of focus)\b",
            r"\bvision changes?\b",
            r"\b(?:half|part|parts|some|bits|most) (?:of )?my (?:vision|sight|eyesight)\b",
            # Everyday words: things look double, an eye went black, seen as through fog.
            r"\b(?:look|looks|looking|looked|seeing|see|seem|seems|appear|appears) (?:\w+ ){0,2}?"
            r"(?:double|doubled)\b(?! the| size| as| its| what| check)",
            r"\btwo of everything\b",
            r"\b(?:went|gone|going|go|goes|turned) (?:\w+ )?blind\b",
            r"\bblind in (?:my |one |the )?(?:left |right )?eye\b",
            r"\b(?:lost|losing|lose) (?:the )?sight (?:in|of) (?:my |one |the )?"
            r"(?:left |right )?eye",
            r"\beyes? (?:\w+ )?(?:went|gone|going|turned) (?:black|dark|blank|grey|gray|dim|"
            r"white)\b",
            r"\bcant see (?:\w+ ){0,5}?(?:properly|clearly|straight)\b",
            r"\blike (?:\w+ ){0,4}?(?:through|behind) (?:a |some )?(?:frosted glass|fog|mist|veil|"
            r"net curtains?|dirty glass|water|vaseline|smoke|haze)\b",
        ),
        # A patch, shadow or gap in what the patient sees; print that smudges; eyes that
        # will not focus.
        together=(
            (VISION, VISION_GAP),
            (TEXT_OR_LINES, SMUDGED),
            (EYES, UNFOCUSED),
            (EYES, SMUDGED),
        ),
        causes=VISION_CAUSES,
    ),
    Sign(
        "sudden_confusion",
        Level.URGENT_CARE,
        (
            r"\b(?:disoriented|disorientated|disorientation)\b",
            r"\bgot lost (?:on|going|walking|coming|driving) (?:\w+ ){0,3}?(?:home|back|way home|"
            r"route|road|street|shops?|corner|house|local)\b",
            r"\b(?:confused|muddled|lost|disoriented|disorientated|mixed up) (?:\w+ ){0,3}?in "
            r"(?:my own|the house|my street|the street|my road|a place i know|the supermarket)\b",
            r"\bcant think (?:straight|clearly)\b",
            r"\btalking nonsense\b",
            r"\bslurr\w*",
            r"\b(?:suddenly|sudden|very|really|so|totally|completely) (?:\w+ )?"
            r"(?:confused|muddled)",
            r"\bsudden confusion\b",
            r"\brepeating myself\b",
            # An everyday task or a close name that is suddenly beyond the patient.
            r"\b(?:forgot|forgotten|forgetting|cant work out|cant figure out) how to "
            r"(?:get dressed|dress|use (?:my|the|a) (?!new\b)\w+|"
            r"make (?:a )?(?:cup of )?(?:tea|coffee|toast)|pay|drive|get home|do up|tie|dial|"
            r"switch on|turn on|cook|read|write)\b",
            r"\b(?:forgot|forgotten|forgetting) my (?:own )?(?:name|address|(?:wifes|husbands|"
            r"daughters|sons|kids|childrens|grandkids|partners) names?)\b",
            r"\bcant (?:follow|understand|make sense of) (?:what (?:people|anyone|they|he|she|you) "
            r"(?:are|is|were|was) saying|conversations?|the conversation|anything|words)\b",
        ),
        together=((REPEATS, REPEAT_SIGNAL),),
    ),
    # "confused" alone: unless it is about the plan ("confused, which day is my shot?").
    Sign(
        "sudden_confusion",
        Level.URGENT_CARE,
        (r"\b(?:confused|confusion|muddled)\b",),
        plan_ok=True,
    ),
    # --- Call the clinician now ------------------------------------------------------------
    Sign(
        "breathlessness",
        Level.CALL_CLINICIAN,
        (
            r"\b(?:short|shortness|out) of (?:breath|puff)\b",
            r"\bbreathless\w*",
            r"\b(?:dyspn|dyspnoe|orthopn|orthopnoe)\w*",
            # Having to sit up or be propped up to breathe, or no breath lying flat.
            r"\b(?:sit|sitting|sat|prop|propped|propping) (?:myself )?up (?:\w+ ){0,4}?to "
            r"(?:breathe|get my breath|catch my breath|get air)\b",
            r"\b(?:cant|hard to|struggle to) (?:breathe|get my breath|catch my breath) "
            r"(?:\w+ )?(?:lying|laying|lie|lay) (?:down|flat)\b",
            r"\bshort winded\b",
            r"\bwinded\b",
            r"\bpuffed(?: out)?\b(?! up)",
            r"\bhuffing and puffing\b",
            r"\bpanting\b",
            r"\bpuffing (?:and|after|on|when|up the|going)\b",
            r"\b(?:cant|hard to|trouble|struggle to|struggling to) catch my breath\b",
            r"\bbreathing (?:hard|heavily|heavy) (?:on|after|when|going|climbing|walking)\b",
            # Having to stop to get the breath back: "stop for breath halfway up the stairs".
            r"\b(?:stop|stopping|stopped|pause|pausing) (?:\w+ ){0,2}?for (?:a )?"
            r"(?:breath|breather)\b(?! from)",
            r"\b(?:to|and|cant|before i can|have to|had to) get my breath(?: back)?\b",
        ),
    ),
    Sign(
        "swollen_legs",
        Level.CALL_CLINICIAN,
        (
            r"\b(?:shoes|boots|slippers) (?:\w+ )?(?:too tight|tight|too small)\b",
            r"\bsocks (?:\w+ )?(?:leave|leaving|left) (?:\w+ )?(?:marks|dents|rings|lines)\b",
            r"\bcankles\b",
            r"\b(?:o?edema|oedema|oedematous|edematous)\b",
            r"\bwater retention\b",
            r"\bfluid (?:in|on|around) (?:my )?(?:legs|ankles|feet)\b",
            # Jokes and pictures: "elephant legs", "legs like tree trunks", no ankle bones.
            r"\belephant (?:legs|feet|ankles)\b",
            rf"{LOWER_BODY} (?:\w+ ){{0,3}}?like (?:\w+ )?(?:tree trunks?|puddings?|balloons?|"
            r"elephants?|sausages?|pillows|footballs?|rugby balls?|logs?|posts?)\b",
            r"\bcant see (?:my )?(?:ankle ?bones|ankles|the bones in my (?:feet|ankles))\b",
        ),
        together=((LOWER_BODY, SWELL), (LOWER_BODY, BIGGER)),
        site_ok=True,
    ),
    Sign(
        "rapid_weight_gain",
        Level.CALL_CLINICIAN,
        (
            r"\b(?:rapid|sudden|quick|fast|big) (?:\w+ )?weight gain\b",
            r"\b(?:gained|put on|gaining|putting on|up|piled on) (?:a lot of |lots of |so much )?"
            r"(?:weight|\d+ ?(?:kg|kgs|kilos?|pounds?|lbs?|stone)) (?:\w+ ){0,3}?"
            r"(?:quickly|fast|suddenly|overnight|(?:in|within|over) (?:a |one |two |three |four |"
            r"five |\d+ |a few |the last |the past |just )?(?:days?|weeks?))\b",
            r"\b(?:suddenly|quickly|rapidly) (?:gained|put on|gaining|putting on)\b",
            r"\bweight (?:has |is )?(?:shot up|jumped|jumping|soared|ballooned|rocketed)\b",
            r"\bweight (?:has |is )?(?:gone up|went up|going up|increased) (?:by )?"
            r"(?:\w+ ){0,2}?(?:suddenly|quickly|fast|overnight|"
            r"\d+ ?(?:kg|kgs|kilos?|pounds?|lbs?))\b",
            r"\bweight gain\b (?:\w+ ){0,4}?(?:this|in a|in one|within|over) (?:week|days?)\b",
        ),
        together=((WEIGHT_GAIN, RECENTLY),),
    ),
    Sign(
        "irregular_heartbeat",
        Level.CALL_CLINICIAN,
        (
            r"\b(?:irregular|racing|pounding|fluttering|skipping|skipped|fast|rapid|funny|odd|"
            r"weird|erratic|jumping|thumping|uneven) (?:\w+ )?"
            r"(?:heartbeats?|heart beats?|heart rate|hearts?|pulse|tickers?)\b",
            # A rhythm told beat by beat ("thump, pause, thump") may cross a comma.
            rf"{HEART} (?:[\w,]+ ){{0,4}}?{HEART_CHANGE}",
            r"\b(?:heart|heartbeat|pulse) (?:\w+ ){0,2}?beating (?:\w+ )?(?:fast|hard|quickly|"
            r"irregularly|strangely|oddly)\b",
            r"\b(?:pounding|thumping|fluttering|fluttery|banging|hammering|flopping|flipping|"
            r"thudding|quivering|trembling) (?:\w+ )?(?:feeling |sensation )?(?:in|of) my chest\b",
            r"\bchest (?:is )?(?:fluttering|pounding|thumping)\b",
            r"\b(?:pulse|heart rate|hr|resting heart rate) (?:is |of |was |at |about |around |"
            r"over )*(?:1[1-9]\d|[2-9]\d\d)\b",
            r"\b(?:1[1-9]\d|[2-9]\d\d) ?bpm\b",
            r"\bpalpitation\w*",
            r"\b(?:tachycardi\w*|tachy|arrhythmi\w*|arrythmi\w*|ectopics?|ectopic beats?)\b",
            r"\b(?:afib|atrial fibrillation)\b",
        ),
        together=((HEART, ODD),),
        causes=EXCITEMENT_CAUSES,
    ),
    Sign(
        "cramps",
        Level.CALL_CLINICIAN,
        (
            r"(?<!period )(?<!menstrual )(?<!stomach )(?<!tummy )(?<!writers )"
            r"\bcramp(?:s|ing|y)?\b",
            r"\bcramped up\b",
            r"\bspasm\w*",
            r"\bcharley horses?\b",
            r"\b(?:calf|calves|muscles?|legs?|feet|hands?) (?:\w+ )?"
            r"(?:seiz\w*|lock\w*|knot\w*) up\b",
        ),
    ),
    Sign(
        "weakness",
        Level.CALL_CLINICIAN,
        (
            r"\bweaker\b",
            r"\b(?:lost|losing|lose) (?:my |all )?(?:\w+ )?strength\b",
            r"\b(?:cant|hard to|struggle to|struggling to|barely|unable to) (?:even )?"
            r"(?:lift|grip|carry|grasp) (?:my |the |a |anything|things|heavy)",
            r"\b(?:cant|unable to|struggle to) open (?:a |the )?(?:jars?|bottles?|lids?|tins?)\b",
            r"\b(?:cant|unable to) hold (?:my |a |the )?(?:cup|mug|pen|phone|fork|spoon|glass|"
            r"things)\b",
            r"\b(?:legs?|arms?) (?:\w+ )?like (?:jelly|rubber|jello|lead|noodles|cotton wool)\b",
            r"\bno power in my\b",
            r"\b(?:getting|growing|gone|going) weak\b",
        ),
        causes=EXERTION_CAUSES,
    ),
    # A plain mention: held back when stable or improving ("a bit weak, same as before").
    Sign(
        "weakness",
        Level.CALL_CLINICIAN,
        (
            r"\bweakness\b",
            r"\bweak (?:legs?|arms?|muscles?|hands?|knees?|grip|body|limbs)\b",
            r"\b(?:feel|feeling|felt|feels|am|im|so|very|really|legs?|arms?|muscles?|hands?|"
            r"body|grip) (?:\w+ ){0,3}?weak\b",
            r"\b(?:legs?|arms?|limbs) (?:\w+ ){0,2}?(?:heavy|like lead)\b",
        ),
        stable_ok=True,
        causes=EXERTION_CAUSES,
    ),
    Sign(
        "worsening_not_improving",
        Level.CALL_CLINICIAN,
        (
            r"\bworse and worse\b",
            r"\b(?:keeps?|keep) (?:on )?(?:getting|going|feeling) worse\b",
            r"\b(?:getting|got|gotten|going|grown|feel|feeling|is|are) (?:much |a lot |way |so "
            r"much |even |really )?worse (?:\w+ )?(?:fast|quickly|rapidly|every day|each day|by "
            r"the day|day by day|daily|by the hour|all the time|every week|each week|"
            r"week by week|week after week|day after day)\b",
            r"\b(?:rapidly|quickly|fast) (?:getting )?(?:worse|worsening|deteriorating)\b",
            r"\b(?:much|a lot|way|so much|far|loads) worse\b",
            r"\b(?:gone|going|went|go|goes) downhill\b",
            r"\bworse than ever\b",
            r"\beverything (?:is |feels |seems |has got |has gotten |got )?(?:\w+ )?worse\b",
            r"\bworst (?:ive|i have) (?:ever )?felt\b",
            r"\bgetting worse\b",
            r"\bdeteriorat\w*",
            r"\bsymptoms (?:\w+ )?(?:worse|worsening|worsen|worsened)\b",
            r"\bworsen(?:s|ing|ed)? (?:\w+ )?(?:every|each|daily|fast|quickly|rapidly)\b",
            r"\b(?:getting|got|feeling|feel) worse (?:\w+ )?unimproved\b",
            r"\b(?:going|gone|went|sliding|slid) backwards?\b",
            r"\b(?:shots?|injections?|jabs?|b12|treatment|doses?) (?:\w+ ){0,2}?"
            r"(?:made|making|make|makes) (?:\w+ )?(?:\w+ )?worse\b",
        ),
        together=((WORSE, SINCE_TREATMENT), (WORSE, UNIMPROVED), (SEVERE, SINCE_TREATMENT)),
        site_ok=True,
    ),
)

# --- Holding back --------------------------------------------------------------------------
# Words that cancel a sign found just after them (or inside it): "no rash", "not swollen".
NEGATORS = frozenset(
    {
        "no", "not", "never", "without", "nor", "none", "dont", "didnt", "doesnt", "havent",
        "hasnt", "hadnt", "isnt", "arent", "wasnt", "werent", "aint", "nothing", "neither",
    }
)  # fmt: skip
NEGATION_WINDOW = 3

# Rewritten in order, before anything else (regular expressions on normalised text). Doubt
# is not negation; some phrases hold a "not" or "no" that means the sign is there.
REWRITES: tuple[tuple[str, str], ...] = (
    (r"\b(?:not sure|no idea|dont know|not certain|cant tell|can not tell|unsure whether)\b"
     r"(?! where i)", "unsure"),
    (r"\b(?:didnt|dont|did not|do not) know where i (?:was|am)\b", "disoriented"),
    (r"\b(?:dont|do not|didnt) (?:know|remember) what day it (?:is|was)\b", "disoriented"),
    (r"\b(?:didnt|dont) recogni[sz]e\b", "disoriented"),
    (r"\bnot making (?:any )?sense\b", "talking nonsense"),
    (r"\b(?:dont|do not|doesnt) feel like (?:my own|mine|they belong)\b", "feel strange"),
    (r"\b(?:shoes|boots|slippers) (?:dont|do not|wont|no longer|dont even) fit\b",
     "shoes too tight"),
    (r"\bnot (?:getting|able to get) (?:enough )?air\b", "cant get air"),
    # Idioms that describe the patient, whatever animal they name.
    (r"\bweak as a (?:kitten|baby|lamb|newborn)\b", "very weak"),
    # Clinical shorthand some patients use: "SOB on exertion", "short o breath" (Scots).
    (r"\bshort o breath\b", "short of breath"),
    (r"\bsob (?=on |when |with |after |at |going |climbing |walking |exertion|lying )",
     "short of breath "),
    (r"\bnot able to\b", "unable to"),
    (r"\bcan not\b", "cant"),
    (r"\bno (?:balance)\b", "lost balance"),
    (r"\bno (?:strength|power)\b", "lost strength"),
    (r"\bno (?:feeling|sensation) in\b", "lost feeling in"),
    (r"\bwithout (?:any )?(?:help|holding on|holding|support|assistance|a stick|a frame|"
     r"my stick)\b",
     "unaided"),
    (r"\bnever (?:felt|been) (?:so|this|that)\b", "felt very"),
    (r"\bwhich never happens\b", "unusually"),
    # Not improving: part of the worsening-after-treatment pattern.
    (r"\b(?:not|isnt|arent|no|never) (?:getting |feeling |any |at all )?(?:better|improving|"
     r"improved)(?: at all)?\b", "unimproved"),
    (r"\b(?:instead of|rather than) (?:getting |feeling |gradually )?(?:better|improving)\b",
     "unimproved"),
    # Stable: "no worse" is not a sign of worsening.
    (r"\b(?:no|not|isnt|arent|hasnt got|havent got) (?:any )?worse\b", "unchanged"),
    (r"\b(?:no|not any|hasnt|hasnt been any|not) chang(?:e|ed)\b", "unchanged"),
    (r"\b(?:not|isnt|hasnt|no longer|not been) (?:spreading|spread|moving|getting any worse)\b",
     "unchanged"),
    # Waiting anxiously is "on pins and needles"; the feeling itself is tingling.
    (r"\bon pins (?:and |n |an )?needles?\b(?! in\b| on\b| down| up| all over)", "anxious"),
    (r"\bpins (?:and |n |an )?needles?\b", "tingling"),
    (r"\bcan no longer\b", "cant"),
    # Disorientation in everyday words: "keep forgetting where I am", "didn't know my way home".
    (r"\b(?:forget|forgets|forgetting|forgot|forgotten|cant remember|cant work out|"
     r"cant figure out|didnt know|dont know|unsure|not knowing|lost track of|asking|asked) "
     r"(?:\w+ )?(?:where i (?:am|was|live|lived)\b(?! going| putting| put| headed| up to| with)|"
     r"my way (?:home|back|around)|which way (?:is|was) home|the way home|what year it (?:is|was)|"
     r"who i (?:am|was)|which room (?:is|was) which|where (?:anything|everything) (?:is|was))",
     "disoriented"),
    # The heart that "won't slow down" or "won't settle" is racing.
    (r"(\b(?:hearts?|heartbeats?|pulse|heart rate|tickers?)\b(?: \w+){0,2}?) (?:wont|will not|"
     r"doesnt|does not|cant|isnt|is not|not|never) (?:slow|slowing|settle|settling|calm|calming)"
     r"(?: down)?\b", r"\1 racing"),
    # An adrenaline auto-injector under any of its names.
    (r"\b(?:epi ?pens?|adrenaline (?:pens?|auto ?injectors?|injectors?)|auto ?injectors?|jext|"
     r"emerade|anapen)\b", "epipen"),
    (r"\ba fib\b", "afib"),
    # Memory: "don't remember" is forgetting, not a negation of a sign.
    (r"\b(?:dont|didnt|do not|did not|cant) remember\b", "forgetting"),
    (r"\bin a (?:right |real |total |complete |bit of a |terrible )?muddle\b", "muddled"),
    (r"\b(?:went|gone|going|go|goes|got|get|getting) all (?:muddled|confused|mixed up|foggy|"
     r"fuzzy|scrambled|jumbled)\b", "suddenly confused"),
    (r"\b(?:forgetting|forgot|didnt know|unsure) what i was doing (?:there|here)\b", "disoriented"),
    # "Can't finish a sentence without stopping" is having to stop.
    (r"\b(cant \w+(?: \w+){0,4}?) without (stopping|pausing|resting|a rest|a break)\b",
     r"\1 having to \2"),
    # Legs or feet that "won't do what I tell them".
    (r"\b(legs?|feet|foot|knees?) (?:\w+ ){0,2}?(?:wont|dont|doesnt|will not|do not|does not|"
     r"wouldnt|arent|refuse to) (?:do (?:what|as)|go where|obey|listen|cooperate|behave)\b",
     r"\1 disobey"),
    # Eyes that will not focus (CONCEPT UNFOCUSED); "can't focus on work" has no eyes.
    (r"\b(?:wont|will not|cant|arent|are not|not|wouldnt|dont|do not|doesnt|unable to|"
     r"struggl\w* to|keep going out of|keeps going out of|going out of) ((?:\w+ ){0,4}?)"
     r"(?:focus|focusing)\b", r"\1unfocused"),
    # Ankles that "have disappeared" or "where have my ankles gone" are swollen ones.
    (r"(?<!in my )(?<!in the )(?<!of my )\b(ankles?|ankle bones|knees?) (?:have |has |had )?"
     r"(?:disappeared|vanished|gone missing)\b",
     r"\1 swollen"),
    (r"\bwhere (?:have|are|did) my (ankles?|ankle bones) (?:gone|go)\b", r"\1 swollen"),
    # On the scales, "pounds" is weight, not money.
    (r"\b(scales?|weighed|weigh|weighing|weight)\b(.*?)\bpounds?\b", r"\1\2lbs"),
    # A possessive with its apostrophe dropped: "weight's jumped", "breathing's tight".
    (r"\b(weight|breathing|skin|vision|eyesight|balance|chest|memory|everything)s\b", r"\1"),
)  # fmt: skip

# Things, not the body: what wobbles or blurs here is furniture or a picture.
OBJECTS = (
    r"(?:tables?|chairs?|stools?|shel(?:f|ves)|ladders?|bikes?|bicycles?|beds?|desks?|fences?|"
    r"wheels?|trolleys?|cabinets?|bookcases?|legs of the \w+|table legs?|chair legs?|photos?|"
    r"pictures?|pics?|images?|snaps?|selfies?|videos?|scans?|prints?|footage|camera|lens|"
    r"screens?|phone screen|monitor|windscreen|windows?|glasses|specs)"
)
# A moving moment that puts a "lump in the throat" there: emotion, not swelling.
EMOTIONAL_MOMENT = (
    r"\b(?:emotional|speech|wedding|funeral|proud|pride|tears|teary|crying|cried|song|sang|"
    r"singing|choir|film|movie|watching|moved|touching|goodbye|memorial|graduation|christening|"
    r"ceremony|anthem)\b"
)
# Removed before the signs are looked for: the same words in another sense.
FIGURES_OF_SPEECH: tuple[str, ...] = (
    r"\bbreath ?taking\b",
    r"\btook my breath away\b",
    r"\bbreathe a word\b",
    r"\b(?:breathless|out of breath) (?:with|from) (?:excitement|laughing|laughter|anticipation)\b",
    r"\b(?:heart|pulse) (?:is |was )?(?:racing|pounding) (?:with|from) (?:excitement|joy|nerves|"
    r"anticipation)\b",
    r"\bheart skipped a beat (?:when|as|at)\b",
    r"\bcant stand (?!up\b|unaided|without|on\b|for\b|properly|straight|still|by\b|alone|"
    r"anymore|any\b|or\b|and\b|at\b|in\b|now\b|today|long|very|for long)\w+(?: \w+)?",
    r"\b(?:fell|fall|falls|falling|fallen) (?:asleep|behind|for|in love|apart|off the wagon|"
    r"out with|through|into place|short|pregnant|ill|back on|foul)\b",
    r"\b(?:foot|feet|leg|legs|arm|arms|hand|hands) (?:\w+ )?(?:fell|falls|has fallen|went|goes|"
    r"had gone|have gone|has gone) asleep\b",
    r"\bpassed out (?:on|in front of|asleep|early|at \d+|laughing|drunk)\b",
    r"\bweak (?:coffee|tea|signal|wifi|wi fi|connection|password|joke|spot|point|moment|link|"
    r"battery|excuse|argument)\b",
    r"\b(?:wifi|wi fi|signal|connection|internet|broadband|reception|coffee|tea|brew|battery|"
    r"argument|case|excuse|joke|pound|euro|dollar|market|sun|team|password|link|network|beer|"
    r"drink|plot|story|ending)s? (?:\w+ ){0,3}?weak\b",
    r"\bweak willed\b",
    r"\bweak (?:with|from) (?:laughter|laughing|relief|excitement)\b",
    r"\bweak at the knees\b",
    r"\b(?:confused|confusing|confusion|muddled) (?:about|by|with|as to|which|what|when|why|how|"
    r"whether|if|over|on|at)\b",
    r"\b(?:the|any|for the|sorry for the|avoid|no) confusion\b",
    r"\bconfusing\b",
    r"\b(?:that|thats|news|price|it|this|pill|pills|tablet|tablets|bill|truth) (?:\w+ ){0,2}?"
    r"hard to swallow\b",
    r"\bblurry (?:photo|picture|pic|image|screenshot|video|scan)\b",
    r"\b(?:photos?|pictures?|pics?|images?|screenshots?|videos?|selfies?|scans?|films?|prints?|"
    r"footage|snaps?) (?:\w+ ){0,3}?(?:blurry|blurred|fuzzy|out of focus|hazy|grainy)\b",
    r"\b(?:line|lines|boundary|boundaries|distinction|difference) (?:\w+ ){0,5}?(?:blurry|blurred|"
    r"blurring)\b",
    # A hasty choice, a run of events, the hives of bees.
    r"\brash (?:decisions?|moves?|choices?|purchases?|promises?|idea|thing|comments?|remarks?|"
    r"words|act|behaviou?r|call|judge?ments?)\b",
    r"\b(?:too|bit|being|been|was|were) rash (?:to|of me|in|with|buying|booking|saying|spending)\b",
    r"\ba rash of (?:\w+ )?(?:calls|emails|messages|complaints|bad luck|cancellations|burglaries|"
    r"orders|bookings|updates|thefts)\b",
    r"\b(?:bee|bees|honey|beekeeping) ?hives\b|\bbeehives\b",
    r"\bhives (?:of|for|full of) (?:\w+ )?(?:bees|honey|wasps)\b",
    r"\b(?:honey|bees|wax|frames?|swarms?) (?:\w+ ){0,2}?(?:from|out of|in|into) (?:the |my |our )?"
    r"hives\b",
    r"\b(?:inspect\w*|tend\w*|build\w*|split\w*|smok\w*|checked|checking|visited|visiting) "
    r"(?:on )?(?:the|our|both|two|three|\d+) hives\b",
    # "My heart flutters when he smiles."
    r"\b(?:hearts?|pulse) (?:\w+ ){0,3}?(?:flutter\w*|skip\w* a beat|melt\w*|leap\w*|sing\w*|"
    r"race\w*|racing|pound\w*) (?:\w+ )?(?:when|whenever|every time|each time) (?:he|she|they|"
    r"i see him|i see her|my (?:husband|wife|partner|boyfriend|girlfriend|crush|baby|"
    r"grandkids?|grandchildren|kids))\b",
    r"\bdouble (?:check|checked|checking|dose|booked|the dose)\b",
    r"\b(?:weather|traffic|rain|queue|queues|wifi|signal|news|prices?|service|pharmacy|app|"
    r"internet|roads?|handwriting|cold|commute|economy|parking)\b(?: \w+){0,3}? worse\b",
    r"\bworse (?:at|with) (?:remembering|\w+ing)\b",
    # "Can't see the point"; not "can't see the words properly" nor "can't see my ankle bones".
    r"\bcant see (?:the|my|any|why|how|where|what|it|that|a|your|which|when|if|them)\b"
    r"(?!(?: \w+){0,5} (?:properly|clearly|straight|anymore|any more)\b| ankle)",
    r"\bcant walk (?:the|my) dogs?\b",
    r"\bchoking (?:on|hazard)\b",
    r"\b(?:short|out) of (?:time|money|cash|ampoules|needles|vials)\b",
    r"\b(?:swell|swelled) (?:with pride)\b",
    r"\bmy mind is racing\b",
    r"\bbreath\w* through (?:my|the) nose\b",
    r"\b(?:puffy|swollen) eyes? (?:\w+ )?(?:from|after|because of) "
    r"(?:crying|lack of sleep|no sleep|"
    r"not sleeping|hay fever|the hay fever)\b",
    r"\b(?:cramps?|cramping|cramped) (?:\w+ )?(?:from|after) (?:the |a |my )?(?:running|run|gym|"
    r"exercise|swimming|swim|football|training|cycling|sport|workout|hike|walk)\b",
    r"\b(?:fast|quick|racing) (?:\w+ )?heart(?:s)? (?:emoji)\b",
    # Added after the second held-out run: idioms, and sign words about things.
    r"\b(?:a |like a )?hives? of (?:activity|industry|excitement|noise|gossip|chatter)\b",
    # A lump in the throat from emotion (the moment named before or after it).
    rf"\blump in (?:my |the )?throat\b(?=(?: \S+){{0,8}} {EMOTIONAL_MOMENT})",
    rf"{EMOTIONAL_MOMENT}(?: \S+){{0,8}} lump in (?:my |the )?throat\b",
    r"\b(?:enough to|would|could|will|to) give (?:anyone|everyone|you|a person|people|a saint|me) "
    r"(?:\w+ )?(?:palpitations|a heart attack)\b",
    r"\b(?:bill|bills|price|prices|cost|costs|news|film|match|game|score|result|results|exam|"
    r"mortgage|rent|traffic|boss|election|budget)\b(?: \w+){0,4}? (?:gave|give|gives|giving) "
    r"(?:me |us |everyone |anyone )?palpitations\b",
    r"\bheart (?:\w+ )?(?:stopped|sank|was in my mouth|missed a beat|leapt|jumped) "
    r"(?:when|as|at|for a second when|seeing|reading)\b",
    # Something that confuses ("the timetable has me confused") is not confusion.
    r"\b(?:has|had|have|got|gets|getting|leaves|left|leaving) me (?:\w+ )?(?:confused|muddled|"
    r"baffled|mixed up)\b",
    # A thing that wobbles or a picture that blurs: "the table legs are wobbly".
    rf"\b(?:the|my|this|that|our|a|his|her) (?:\w+ )?{OBJECTS} "
    r"(?:(?!(?:but|and|though|everything|things|now|since|eyes?|vision)\b)\w+ ){0,7}?(?:wobbly|"
    r"wobbles|"
    r"wobbling|unsteady|shaky|blurry|blurred|fuzzy|hazy|smudged|smudgy|smeared|out of focus|"
    r"grainy|wavy)\b",
    rf"\b(?:wobbly|unsteady|shaky|blurry|blurred|fuzzy|smudged|smudgy) {OBJECTS}\b",
)

# Another person is the subject: "my wife has a rash", "my son is allergic", "he fell".
RELATIONS = (
    r"(?:wife|husband|partner|son|daughter|kids?|children|child|baby|mum|mom|mother|dad|father|"
    r"brother|sister|friend|neighbou?r|colleague|boss|dog|cat|pet|grandma|grandad|grandpa|"
    r"granny|nan|gran|aunt|auntie|uncle|cousin|boyfriend|girlfriend|flatmate|roommate|nephew|"
    r"niece|grandson|granddaughter|toddler|puppy|kitten|horse|hubby|mate|coworker|co worker|"
    r"classmate|teacher|doctor|nurse|gp|pharmacist|parents?|family|sibling|twin|fianc[ée]e?|"
    r"bf|gf|lad|girl|boy|grandkid|grandchild|grandchildren|nana|nanna|mam|mammy|stepson|"
    r"stepdaughter|carer)s?"
)
# Kin named without "my" ("mum has a rash", "dad's legs are swollen").
KIN_NAMES = (
    r"(?:mum|mom|mam|mummy|mammy|dad|daddy|nan|nana|nanna|gran|granny|grandma|grandpa|grandad|"
    r"auntie|hubby)s?"
)
OTHER_PEOPLE = (
    rf"\b(?:my|our|his|her|their|the|a|your) (?:(?:little|older|younger|elder|baby|best|old|"
    rf"new|step) )?{RELATIONS}\b|\b(?:he|she|they|hes|shes|theyre|his|her|their|"
    rf"someone|somebody|people|everyone|mummy|daddy|mama|papa)\b|\b{KIN_NAMES}\b|"
    rf"^[\s,]*{RELATIONS}\b"
)
# The patient is the subject again ("my wife says my lips are swollen").
FIRST_PERSON = rf"\b(?:i|im|ive|id|ill|me|myself|mine)\b|\bmy (?!{RELATIONS}\b)\w+"
# Someone else's injection is still the patient's concern when written for them.
THEIR_SHOT = r"\b(?:her|his|their) (?:b12 )?(?:shots?|injections?|jabs?|doses?)\b"

# A question about what might happen, not a sign now.
HYPOTHETICAL: tuple[str, ...] = (
    r"\bwhat if\b",
    r"^(?:and |so |but |ok )?if\b",
    r"\bwhat (?:should|do|would|shall) i do if\b",
    r"(?<!unsure )(?<!wonder )(?<!wondering )(?<!know )\bif i (?:ever |do |should )?"
    r"(?:get|have|develop|notice|start|see|feel)\b",
    r"\bin case\b",
    r"\b(?:can|could|does|do|will|would|might|may) (?:b12|it|the (?:shots?|injections?|jabs?)|"
    r"injections?|shots?|this|vitamin b12|cyanocobalamin|hydroxocobalamin) (?:\w+ )?cause\b",
    r"\b(?:watch|look) (?:out )?for\b",
    r"\bleaflet\b",
    r"\bwarned (?:me )?(?:about|of)\b",
    r"\bside effects? (?:like|such as|include|are)\b",
    r"\bwhat are the (?:signs|symptoms)\b",
    r"\bhow (?:do|would|will|can) i (?:know|tell) if\b",
    r"\bis it possible to (?:get|have)\b",
)
# A question ABOUT a sign ("what does a reaction look like?") is not a report of one, unless
# the sentence also tells of the patient's own body or state (SELF_REPORT).
ASKING_ABOUT: tuple[str, ...] = (
    r"\b(?:worried|worry|concerned|anxious|nervous|scared|afraid) (?:about|of)\b",
    r"\bwhat (?:does|do|would|should|will) (?:\w+ ){0,5}?(?:look|looks|feel|feels) like\b",
    r"\bwhat (?:counts as|kind of|sort of|are the signs|signs|symptoms)\b",
    r"\bside effects?\b",
    r"\b(?:do|does|can|could|will|would) (?:people|anyone|you|some people|patients|b12|it|the "
    r"shots?|the injections?|these|they) (?:\w+ )?(?:get|have|cause|give|make|experience)\b",
    r"\bhow (?:common|likely|often|rare)\b",
    r"\b(?:signs|symptoms) of\b",
)
SELF_REPORT = (
    r"\bmy (?!next|dose|doses|shots?|injections?|jabs?|appointment|nurse|doctor|gp|clinician|"
    r"plan|b12|treatment)\w+|\b(?:i have|ive got|ive|im|i am|i got|i feel|i felt|i keep|i had|"
    r"i noticed|i think|this|these)\b"
)
# A time well past and a word that it is over, anywhere in the sentence: held back as a whole
# ("my ankles swelled on a flight last summer but that went away").
PAST_TIME = (
    r"\b(?:last|in|back in|this past) (?:summer|winter|spring|autumn|christmas|easter|january|"
    r"february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"\blast (?:year|month)\b|\b(?:years|months|ages|a while|a long time) (?:ago|back)\b|"
    r"\bbefore (?:my|the) (?:\w+ )?(?:op|operation|surgery|glasses)\b|"
    r"\bas a (?:child|kid|teen|teenager)\b"
)
RESOLVED = (
    r"(?:\b(?:its|thats|it is|that is|is|are|theyre|they are|has|have|all) )*"
    r"\b(?:(?:went|gone|go|going|has gone|have gone) (?:back )?(?:away|down)|cleared(?: up)?|"
    r"(?:all |completely |fully )?healed|sorted|resolved|fixed|recovered|got better|"
    r"(?:fine|ok|okay|good|better|normal) (?:now|since|again|after)|"
    r"no (?:problems|trouble|issues) since|been fine|settled|"
    r"(?:that|this|it) was (?:\w+ ){0,3}?(?:years|decades|ages|months) ago)"
    r"(?: now| since then| since| again)?\b"
)
# Told as now, which the past time and its end do not cover: "my ankles are swollen".
PRESENT_STATE = r"\b(?:am|im|is|are|keep|keeps|still|currently|getting)\b"
# Long past or already over: "had hives as a child", "the rash has gone away".
PAST_OR_RESOLVED: tuple[str, ...] = (
    r"\bas a (?:child|kid|teen|teenager|baby|toddler|student)\b",
    r"\bwhen i was (?:a |an )?(?:young|younger|little|small|kid|child|teen|teenager|pregnant|"
    r"baby|student|\d+)\b",
    r"\b(?:years|decades|ages) (?:ago|back)\b",
    r"\b(?:\d+|one|two|three|four|five|ten|a few|few|many|several|some) years (?:ago|back)\b",
    r"\bin the past\b",
    r"\bused to\b",
    r"\bgrowing up\b",
    r"\bonce at (?:primary |secondary |high )?school\b",
    r"\bat (?:primary |secondary |high )?school (?:\w+ ){0,3}?(?:once|years ago)\b",
    r"\bin (?:19|20)\d\d\b",
    r"\blast year\b",
    r"\b(?:went|gone|going|goes|has gone|is going|have gone|has|is|come|came|coming) away\b",
    r"(?<!\bi )(?<!\bnearly )(?<!\balmost )(?<!\bkeep )"
    r"\b(?:went|gone|going|goes|has gone|is going|have gone|come|came|coming) down\b"
    r"(?! in\b| on\b| the\b| hard| like| to\b| with\b| and\b| twice| again| over)",
    r"\bcleared(?: up)?\b",
    r"\bdisappeared\b",
    r"\bfaded\b",
    r"\b(?:is|are|its|has|have|thats) (?:all |completely |totally )?gone$",
    r"\b(?:is|are|its|has|have|thats) (?:all |completely |totally )?gone now\b",
    r"\bfine now\b",
    r"\bno longer\b",
    r"\bnot anymore\b",
)
# A time that brings a past sign into the present again ("as a child, and now again").
NOW_AGAIN = (
    r"\b(?:now|again|today|(?<!disappeared )(?<!gone )(?<!cleared )(?<!better )since the|"
    r"this morning|tonight|right now|currently)\b"
)

# Where the clause speaks of the injection site, site_ok signs are a local, common reaction,
# unless the clause says it spreads beyond it.
SITE_WORDS: tuple[str, ...] = (
    r"\binjection (?:site|spot|area|point|mark)\b",
    r"\bwhere (?:i|they|she|he|the nurse|you|it) (?:\w+ )?(?:injected|jabbed|had|gave|put|"
    r"did it|went in|was injected)\b",
    r"\bwhere the (?:needle|injection|jab|shot)\b",
    r"\b(?:jab|shot|needle) (?:site|spot|area|mark|point)\b",
    r"\baround the (?:needle|injection|jab|shot)\b",
    r"\bat the site\b",
    r"\bthe site\b",
)
WIDESPREAD = (
    r"\b(?:all over|everywhere|spread\w*|whole body|my body|chest|face|neck|back|"
    r"stomach|other arm|both arms|elsewhere too)\b"
)
# A long-known symptom described as stable, mild or improving (for `stable_ok` signs)...
STABLE = (
    r"\b(?:still|same as (?:before|always|usual|ever|last \w+)|the same|as (?:usual|always|"
    r"before)|like before|usual|always|for (?:years|ages|months|a long time)|long standing|"
    r"unchanged|no different|nothing new|before (?:the )?(?:treatment|shots|injections))\b"
)
MILD = r"\b(?:a bit|a little|bit of|slight|slightly|mild|mildly|little bit|a touch|occasional)\b"
IMPROVING = (
    r"\b(?:better|improving|improved|improvement|improves|less|easing|eased|fading|settling|"
    r"getting better|fewer|reduced|lessening|not as bad|clearing|lifting|going away)\b"
)
# ...unless it is also described as new, spreading or worse.
CHANGING = rf"{SPREAD}|{WORSE}|{NEW_OR_SUDDEN}|{ONSET_AFTER_SHOT}"
# For `plan_ok` signs: words about the plan, and what makes the sign plain anyway.
PLAN_WORDS = (
    r"\b(?:schedule|dose|doses|shot|shots|next|date|day|days|time|reminder|reminders|app|"
    r"button|message|plan|when|which|ampoule|what|how|bot|calendar|instructions)\b"
)
PLAIN_ANYWAY = (
    r"\b(?:suddenly|sudden|says|said|very|really|so|totally|completely|today|this morning|"
    r"this afternoon|this evening|tonight|earlier|keep|keeps|kept|out of nowhere|woke up)\b"
)

# Common misspellings, corrected word by word before anything else.
MISSPELLINGS = {
    "swolen": "swollen", "swollon": "swollen", "swoolen": "swollen", "sollen": "swollen",
    "swoll": "swollen", "swallen": "swollen", "sweling": "swelling", "swellling": "swelling",
    "swelin": "swelling", "swellin": "swelling", "sweeling": "swelling", "swolling": "swelling",
    "rashe": "rash", "rasch": "rash", "hievs": "hives", "hivs": "hives", "hive": "hives",
    "alergic": "allergic", "allergick": "allergic", "allergec": "allergic", "alergik": "allergic",
    "alergy": "allergy", "allergie": "allergy",
    "reacton": "reaction", "reaton": "reaction", "reation": "reaction", "anafylaxis": "anaphylaxis",
    "anaphalaxis": "anaphylaxis", "breth": "breath", "breathin": "breathing",
    "breating": "breathing", "breahting": "breathing", "breathng": "breathing",
    "brething": "breathing", "breething": "breathing", "breate": "breathe",
    "throut": "throat", "throte": "throat", "thraot": "throat", "throaght": "throat",
    "troat": "throat", "tounge": "tongue", "tonge": "tongue", "tung": "tongue",
    "lipps": "lips", "numbess": "numbness", "numness": "numbness", "numbnes": "numbness",
    "numbnis": "numbness", "numbenss": "numbness", "numm": "numb", "tingeling": "tingling",
    "tinglin": "tingling", "tingleing": "tingling", "tinglng": "tingling",
    "spredding": "spreading", "spreding": "spreading", "spredin": "spreading",
    "walkin": "walking", "wlaking": "walking", "walkng": "walking", "vison": "vision",
    "visoin": "vision", "vission": "vision", "blury": "blurry", "blurrey": "blurry",
    "blured": "blurred", "eyesite": "eyesight", "eyesigth": "eyesight", "ankels": "ankles",
    "ancles": "ankles", "ankes": "ankles", "ankel": "ankle", "hartbeat": "heartbeat",
    "heartbeet": "heartbeat", "heartbit": "heartbeat", "hearbeat": "heartbeat",
    "heartrate": "heart rate", "irregualr": "irregular", "iregular": "irregular",
    "irreguler": "irregular", "irreglar": "irregular", "palpatations": "palpitations",
    "palpitaions": "palpitations", "palpitatons": "palpitations", "palpations": "palpitations",
    "palpitaion": "palpitation", "raceing": "racing", "cramsp": "cramps", "crmaps": "cramps",
    "weekness": "weakness", "weaknes": "weakness", "weakeness": "weakness",
    "breathles": "breathless", "brethless": "breathless", "wieght": "weight",
    "weigth": "weight", "cannot": "cant", "couldnt": "cant", "cudnt": "cant", "cnt": "cant",
    "felll": "fell", "balence": "balance", "ballance": "balance", "confussed": "confused",
    "confuesd": "confused", "dizy": "dizzy", "itchey": "itchy", "ichy": "itchy",
    "wheazing": "wheezing", "weezing": "wheezing", "swallo": "swallow", "wors": "worse",
    "worser": "worse", "awfy": "awful", "palps": "palpitations", "palpy": "palpitations",
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
    contrast=frozenset({"but", "although", "though", "however", "except", "whereas"}),
    question_opening=(
        r"^(?:what|whats|how|hows|is|are|does|do|can|could|should|would|will|when|which)\b"
    ),
    comparison=frozenset({"like", "if", "though"}),
)
