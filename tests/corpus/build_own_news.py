#!/usr/bin/env python3
"""Build tests/corpus/own-news.gold.jsonl: the whosaid team's own annotated
evaluation set of fictional news (and a few novel-dialogue excerpts).

Every text below was invented by the team: the people, places, organisations
and outlets are fictional. The annotation follows
/work/shared/corpus/GUIDELINES.md (the same conventions as the shared gold).

Markup, written inline so that no offset is ever typed by hand:

    ⟦KEY|"quoted passage, marks included"⟧    a gold quote said by speaker KEY
    ⟦-|'…'⟧                                   a gold quote whose speaker the
                                              text never names (speaker null)
    ⟦~KIND|"…"⟧                               quoted words that nobody says
                                              (KIND: scare, title, nick, word);
                                              NOT a gold quote, kept only for
                                              the coverage count and lints
    header options, in this order, after KEY:
        !        the quote is never closed (it ends at the end of its paragraph)
        @ROLE    the role for this quote, when it differs from the speaker's first
        #T,T     convention tags for the coverage count (told, acc, dash, qa,
                 doc, desc, age, follow, turn, beat, nest, same)

Speakers are declared per document: KEY -> P(name, roles, aliases, kind).
`role` in the gold is the first of `roles` (or the @ROLE override) and
`roles` lists every role the text gives that speaker.

Run:  python3 tests/corpus/build_own_news.py [--stats]
It writes own-news.gold.jsonl next to itself and asserts every span, every
speaker, alias and role against the text.
"""
import collections
import json
import os
import re
import sys

SOURCE = "whosaid team, fictional"
OPEN_MARKS = "'‘\"“`"
CLOSE_MARKS = "'’\"”"
DOCS = []


def P(name, roles=(), aliases=(), kind="person"):
    """A speaker: kind is person, org (an organisation or body that speaks),
    unnamed (a source the text describes but does not name) or group."""
    assert kind in ("person", "org", "unnamed", "group"), kind
    return {"name": name, "roles": list(roles), "aliases": list(aliases), "kind": kind}


def doc(doc_id, style, speakers, text, stray_ok=0):
    DOCS.append({"id": doc_id, "style": style, "speakers": speakers,
                 "raw": text.strip("\n").rstrip(), "stray_ok": stray_ok})


MARK = re.compile(r"⟦([^|⟧]*)\|(.*?)⟧", re.S)
HEADER = re.compile(r"^(?P<key>~?[\w-]+)(?P<open>!)?(?:@(?P<role>[^#]+))?(?:#(?P<tags>[\w,]+))?$")


def parse(d):
    """Strip the markup; return the plain text, the gold quotes and the terms."""
    raw = d["raw"]
    out, pos, nbytes = [], 0, 0
    quotes, terms = [], []
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        out.append(before)
        nbytes += len(before.encode())
        h = HEADER.match(m.group(1))
        assert h, f"{d['id']}: bad header {m.group(1)!r}"
        body = m.group(2)
        start = nbytes
        out.append(body)
        nbytes += len(body.encode())
        item = {"start": start, "end": nbytes, "text": body, "key": h["key"],
                "unclosed": bool(h["open"]), "role": h["role"],
                "tags": set((h["tags"] or "").split(",")) - {""}}
        (terms if h["key"].startswith("~") else quotes).append(item)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), quotes, terms


def word_in(needle, hay):
    return re.search(r"(?<!\w)" + re.escape(needle.lower()) + r"(?!\w)", hay.lower()) is not None


def build(d):
    text, quotes, terms = parse(d)
    did = d["id"]
    assert "⟦" not in text and "⟧" not in text, f"{did}: stray markup"
    b = text.encode()
    spans = sorted((q["start"], q["end"]) for q in quotes + terms)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, f"{did}: overlapping spans at {s1}-{e1} and {s2}-{e2}"
    gold = []
    used = set()
    for q in quotes + terms:
        t = q["text"]
        assert b[q["start"]:q["end"]].decode() == t, f"{did}: span mismatch {t[:30]!r}"
        assert t[0] in OPEN_MARKS, f"{did}: quote must start with a mark: {t[:30]!r}"
        if q["unclosed"]:
            assert t[-1] not in CLOSE_MARKS, f"{did}: unclosed quote ends on a mark: {t[-30:]!r}"
            rest = b[q["end"]:].decode()
            assert rest == "" or rest.startswith("\n"), f"{did}: unclosed quote must run to the end of its paragraph"
        else:
            assert t[-1] in CLOSE_MARKS, f"{did}: quote must end with a mark: {t[-30:]!r}"
        assert t == t.strip(), f"{did}: quote span has edge whitespace: {t[:30]!r}"
    for q in quotes:
        key = q["key"]
        if key == "-":
            speaker, role, roles, aliases = None, None, [], []
            assert q["role"] is None
        else:
            assert key in d["speakers"], f"{did}: unknown speaker key {key!r}"
            used.add(key)
            sp = d["speakers"][key]
            speaker, roles, aliases = sp["name"], sp["roles"], sp["aliases"]
            role = q["role"] or (roles[0] if roles else None)
            if q["role"]:
                assert q["role"] in roles, f"{did}: role override {q['role']!r} not in roles"
        gold.append({"start": q["start"], "end": q["end"], "text": q["text"],
                     "speaker": speaker, "role": role, "roles": list(roles),
                     "aliases": list(aliases)})
    # Speakers, aliases and roles must be worded as the text words them.
    for key, sp in d["speakers"].items():
        assert key in used, f"{did}: speaker {key!r} declared but never quoted"
        assert word_in(sp["name"], text), f"{did}: speaker {sp['name']!r} not in text"
        for a in sp["aliases"]:
            assert word_in(a, text), f"{did}: alias {a!r} not in text"
            assert a != sp["name"], f"{did}: alias equals name {a!r}"
        for r in sp["roles"]:
            assert word_in(r, text), f"{did}: role {r!r} of {sp['name']!r} not in text"
    # Lint: every double mark outside the annotated spans must be deliberate.
    outside = []
    last = 0
    for s, e in spans:
        outside.append(b[last:s].decode())
        last = e
    outside.append(b[last:].decode())
    outside = "\n".join(outside)
    stray = len(re.findall(r"[\"“”]|``|''", outside))
    assert stray == d["stray_ok"], f"{did}: {stray} double marks outside spans (expected {d['stray_ok']})"
    # Lint: a single mark opening a word outside spans must be a known elision.
    for m in re.finditer(r"(?:(?<=\s)|^)['‘](\w+)", outside):
        assert re.match(r"(til|em|cause|n|\d\ds?|\d0s)$", m.group(1)), \
            f"{did}: unannotated single mark before {m.group(1)!r}"
    return {"id": did, "source": SOURCE, "text": text, "quotes": gold}, quotes, terms


def coverage(built):
    """Count conventions, mostly from the spans and the speaker table."""
    c = collections.Counter()
    for d, (g, quotes, terms) in zip(DOCS, built):
        text = g["text"]
        c["doc style: " + d["style"]] += 1
        first_para_end = text.find("\n")
        for q, gq in zip(quotes, g["quotes"]):
            t = q["text"]
            o, cl = t[0], t[-1]
            if t.startswith("``"):
                fam = "AP ``…''"
            elif t.startswith("''"):
                fam = "AP ''…''"
            elif o in "'‘":
                fam = "single " + ("straight" if o == "'" else "curly")
            else:
                fam = "double " + ("straight" if o == '"' else "curly")
            c["marks: " + fam] += 1
            if (o == '"' and cl == "”") or (o == "“" and cl == '"') or (o == "'" and cl == "’") or (o == "‘" and cl == "'"):
                c["marks: straight/curly mismatch"] += 1
            if q["unclosed"]:
                c["marks: unclosed, ends at paragraph end"] += 1
            if "\n\n" in t:
                c["multi-paragraph quote (" + ("single" if o in "'‘" else "double") + " marks)"] += 1
            inner = t[2:-2] if t.startswith(("``", "''")) else t[1:-1]
            if (o in "'‘" and re.search(r"[\"“”]", inner)) or (o in "\"“`" and re.search(r"(?:^|[\s,(])['‘]\w.*?\w[,.!?]?['’](?!\w)", inner)):
                c["nested inner quote"] += 1
            if re.search(r"\w[‘”]\w", inner):
                c["‘ or ” typed as an apostrophe, inside a quote"] += 1
            if o in "'‘" and re.search(r"\w['’]\w", inner):
                c["apostrophe inside a single-quoted quote"] += 1
            if o in "'‘" and re.search(r"s['’](?=\s)", inner):
                c["plural possessive (s’) inside a single-quoted quote"] += 1
            if re.search(r"(?:^|\s)['‘](?:til|em|cause|\d\ds?)\b|'n'", inner):
                c["elision ('til, '90s, 'n') inside a quote"] += 1
            if q["start"] < first_para_end:
                c["headline quote" + (" (speaker null)" if gq["speaker"] is None else " (speaker named in body)")] += 1
            if re.match(r"[a-z]", inner.lstrip("“\"'‘ ")):
                c["partial quote (starts lower-case)"] += 1
            if gq["speaker"] is None:
                c["speaker null"] += 1
            else:
                kind = d["speakers"][q["key"]]["kind"]
                c["speaker kind: " + kind] += 1
                c["role: " + ("given" if gq["role"] else "null")] += 1
            after = text[len(text.encode()[:q["end"]].decode()):][:40]
            if re.match(r"[,.!?]?\s*(he|she|they) (said|added|told|wrote|asked|replied)", after, re.I):
                c["attribution: pronoun after quote"] += 1
            for tag in q["tags"]:
                c["tag: " + tag] += 1
        for t in terms:
            c["NOT annotated: " + t["key"][1:]] += 1
        for sp in d["speakers"].values():
            c["speakers declared: " + sp["kind"]] += 1
            if sp["aliases"]:
                c["speakers with aliases"] += 1
            if len(sp["roles"]) > 1:
                c["speakers with several roles"] += 1
    return c



# ---------------------------------------------------------------------------
# The documents. Every text is invented; all names are fictional.
# ---------------------------------------------------------------------------

doc("own-01-wire-ferry-talks", "wire politics (US double quotes)", {
    "vr": P("Ilse Varga", ["Transport Minister", "minister", "former harbourmaster"], ["Varga"]),
    "bfm": P("Brennmark Foreign Ministry", kind="org"),
    "spw": P("a ministry spokeswoman", ["ministry spokeswoman"], kind="unnamed"),
    "mc": P("Dorin Maćek", ["head of the Ruritanian Road Hauliers' Association", "head"]),
    "lq": P("Oskar Lindqvist", ["head of Brennmark's shipping directorate", "head"], ["Lindqvist"]),
}, """
Ruritanian minister says ⟦vr|'no deal'⟧ on Brennmark ferry routes

By Petra Solvang

OSTRAVEL, Ruritania, March 4 (Northwire) - Ruritania will not sign a new ferry agreement with neighbouring Brennmark until port fees are cut, Transport Minister Ilse Varga said on Tuesday, raising the prospect of a summer without direct sailings across the Kessel Strait.

⟦vr#told|"There is no deal on the table that I could defend to our own hauliers,"⟧ Varga told reporters in the capital. ⟦vr#nest|"If Brennmark wants our trucks, it has to stop charging them as if they were 'visiting yachts.'"⟧

Talks between the two governments stalled in February over the so-called ⟦~scare|"green corridor"⟧ for freight, which Brennmark had offered in exchange for longer berthing rights at Ostravel.

The Brennmark Foreign Ministry said in a statement that it remained ⟦bfm|"open to dialogue at every level"⟧ and accused Ostravel of ⟦bfm|"gambling with a lifeline that thousands of families depend on."⟧

A ministry spokeswoman in Ostravel said the minister's position was ⟦spw|"not a negotiating tactic"⟧ and would not change before the summer timetable was published.

Hauliers on both sides of the strait have warned of disruption. ⟦mc|"We moved 40,000 trailers through Ostravel last year,"⟧ said Dorin Maćek, head of the Ruritanian Road Hauliers' Association. ⟦mc|"Nobody has told us where they go in June."⟧

Varga, 61, a former harbourmaster, is due to meet Oskar Lindqvist, head of Brennmark's shipping directorate, in Geneva next week. Lindqvist said in a radio interview that he would travel ⟦lq|"in good faith"⟧ but that fees were ⟦lq|"a matter for the port authority, not for ministers."⟧

⟦vr#desc|"I will go to Geneva and I will listen,"⟧ the minister said. ⟦vr|"Listening is not the same as agreeing."⟧

(Reporting by Petra Solvang; Editing by Marek Huld)
""")

doc("own-02-regional-flood", "British regional paper (curly single quotes)", {
    "jp": P("June Penhallow", []),
    "gp": P("Gareth Penhallow", [], ["Mr Penhallow"]),
    "res": P("one resident", ["resident"], kind="unnamed"),
    "csp": P("a spokesperson for Westmoor District Council", ["spokesperson for Westmoor District Council", "spokesperson"], kind="unnamed"),
    "wra": P("Westmoor Rivers Authority", kind="org"),
    "cd": P("Colin Dredge", ["Parish council chairman"]),
}, """
⟦jp|‘It came through the letterbox’⟧: villagers count cost of Ember Brook flood

By Harriet Coombe, Local Democracy Reporter

Residents of Little Harrowby have begun clearing mud and ruined furniture from their homes after the Ember Brook burst its banks in the early hours of Sunday.

About 30 properties were flooded, according to Westmoor District Council, and the B4412 remains closed between the village and Ashcombe.

June Penhallow, 78, who has lived on Mill Lane for more than 50 years, said she woke to the sound of water in her hallway.

⟦jp|‘It came through the letterbox first, and then under the door, and then it just kept coming,’⟧ she said.

⟦jp#follow,nest|‘My late husband always said “the brook will have this house one day” and I laughed at him.

‘I’m not laughing now. We’ve lost the carpets, the sofa, the lot.’⟧

Her neighbour Gareth Penhallow, who is no relation, spent the night moving sandbags with his son.

⟦gp#same|‘You do what you can, but the brook doesn’t care about sandbags,’⟧ Mr Penhallow, 45, said. ⟦gp|‘The farmers’ ditches were full by midnight and after that it had nowhere to go.’⟧

One resident, who asked not to be named, said the village had been ⟦res|‘forgotten’⟧ since the last flood in 2019.

A spokesperson for Westmoor District Council said: ⟦csp|‘Our crews have been working around the clock to clear drains and support residents.

‘Anyone who needs emergency accommodation should call our out-of-hours line.’⟧

The Westmoor Rivers Authority said levels were falling but warned that more rain on Wednesday could bring ⟦wra|‘renewed flooding’⟧ to low-lying areas.

Parish council chairman Colin Dredge said the village needed ⟦cd|‘a proper flood wall, not another consultation’⟧.
""")

doc("own-03-football-presser", "British sports (straight single quotes)", {
    "dh": P("Declan Hartigan", ["Kessington Rovers manager", "manager"], ["Hartigan"]),
    "ta": P("Tom Achterberg", ["Rovers captain", "captain", "defender"]),
    "sp": P("Sian Pugh", ["Norbury boss"]),
}, """
Hartigan: ⟦dh|'We let ourselves down'⟧ as Rovers slide towards trouble

Kessington Rovers manager Declan Hartigan said his players had been ⟦dh|'nowhere near good enough'⟧ after a 3-0 home defeat by Norbury Athletic left them a point above the relegation places.

Goals from Kai Osei, Liam ⟦~nick|'The Ghost'⟧ Farrow and a late penalty from Marcus Bell completed a miserable afternoon at Lantern Road.

⟦dh|'We let ourselves down, we let the supporters down and I take responsibility for that,'⟧ said Hartigan.

⟦dh#follow,nest|'At half-time I told them, "Keep it simple, win your battles," and for ten minutes we did.

'Then we stopped doing the basics, and against a side like Norbury you get punished. I've been in this game since the '90s and that doesn't change.'⟧

The 54-year-old added: ⟦dh#age|'I'm not going to hide. If the board want a change, that's their call, but I believe in this group.'⟧

Rovers captain Tom Achterberg, who was booked for a late challenge on Farrow, said the dressing room was ⟦ta|'hurting'⟧.

⟦ta#desc|'It's on us as players,'⟧ the defender said. ⟦ta|'The gaffer can't go out there and make the tackles for us.'⟧

Norbury boss Sian Pugh praised Farrow, saying: ⟦sp|'He's been brilliant since he came back from injury. People forget he's only 21.'⟧

Rovers travel to Ellesby on Saturday.
""")

doc("own-04-ap-basketball", "AP sports (``…'' marks)", {
    "dm": P("Dante Marlowe", [], ["Marlowe"]),
    "rd": P("Ray Dombrowski", ["Gulls coach", "coach"], ["Dombrowski"]),
    "no": P("Nate Okafor", [], ["Okafor"]),
    "lb": P("Lisa Brandt", ["Fenwick coach"], ["Brandt"]),
}, """
Marlowe scores 41 as Harbor City beats Fenwick 118-109

HARBOR CITY (AP) - Dante Marlowe scored 41 points and the Harbor City Gulls held off the Fenwick Foxes 118-109 on Friday night.

⟦dm|``I just tried to stay aggressive,''⟧ Marlowe said. ⟦dm|``When they went zone, I trusted my shot.''⟧

Rookie Theo Vance added 22 points and 11 rebounds for the Gulls, who have won six of seven.

⟦rd|``He's got no fear,''⟧ Gulls coach Ray Dombrowski said of Vance. ⟦rd|``Twenty years old and he's calling out screens like he's been in the league since the '90s.''⟧

Nate Okafor led Fenwick with 27 points. The Foxes trailed by 19 in the third quarter before a 14-2 run cut it to 96-91.

⟦no|``We dug a hole, and you can't do that against a team this hot,''⟧ Okafor said. ⟦no|``We'll watch the tape and move on.''⟧

Fenwick coach Lisa Brandt was ejected with 4:12 left after arguing a foul call.

⟦lb|``I said what I said,''⟧ Brandt said afterward, declining to elaborate.

Marlowe, who was nicknamed ⟦~nick|``Mr. Friday''⟧ by Gulls fans after his third straight big game on a Friday, shrugged off the attention.

⟦dm|``It's just a name,''⟧ he said. ⟦dm|``I'd rather they call me a winner.''⟧

TIP-INS

Foxes: G Ben Tully missed his fourth straight game with a sprained ankle. Dombrowski said Tully's absence ⟦rd|``changes how they guard us, no question.''⟧

Gulls: Marlowe's 41 points were a season high.
""")

doc("own-05-business-water", "business news (curly doubles)", {
    "ah": P("Anna Holt", ["Chief executive of Brennmark Water", "Chief executive"], ["Holt"]),
    "fa": P("Felix Abara", ["analyst at Kestrel Capital", "analyst"]),
    "bw": P("Brennmark Water", kind="org"),
    "buc": P("Brennmark Utilities Commission", kind="org"),
    "lf": P("Lotte Fenn", ["chief executive of consumer group WaterWatch", "chief executive"]),
}, """
Brennmark Water profits fall as leak repair bill rises

Brennmark Water has reported a 14% fall in half-year profits after spending a record amount on repairing leaking pipes across its network.

Pre-tax profit fell to 212m krona in the six months to September, the company said, while revenue rose 3% to 1.1bn krona.

Chief executive of Brennmark Water, Anna Holt, said: ⟦ah|“This has been a period of heavy investment and we make no apology for that. Our customers told us leaks were their number one concern, and we listened.”⟧

Holt, who joined from rival Nordvatten last year, said the company was ⟦ah|“on track”⟧ to cut leakage by a fifth by 2027.

However, according to Felix Abara, an analyst at Kestrel Capital, the figures ⟦fa#acc|“raise serious questions about the dividend”⟧.

⟦fa|“The repair programme is the right thing to do, but it is eating the cash that investors were promised,”⟧ he said in a note to clients.

The company said in a statement that the interim dividend would be held at 4.2 krona a share and that it expected to ⟦bw|“return to growth”⟧ next year. Brennmark Water”s shares closed down 6.3% at 88 krona.

The Brennmark Utilities Commission said it would ⟦buc|“look closely”⟧ at whether the spending represented value for customers.

Lotte Fenn, the chief executive of consumer group WaterWatch, said households were ⟦lf|“paying twice for the same pipes”⟧.
""", stray_ok=1)

doc("own-06-court-arson", "courts (British, straight doubles)", {
    "nf": P("Nadia Ferris", ["Prosecutor"]),
    "rc": P("Rosa Castellano", ["owner"]),
    "ot": P("Owen Treharne", ["Defence barrister"]),
    "mo": P("Margaret Okonedo", ["Judge"]),
    "tr": P("Tom Reed", ["Det Insp"]),
}, """
Man jailed for arson attack on Dunmere chip shop

A man who set fire to a chip shop in Dunmere after being refused service has been jailed for six years.

Callum Frisby, 29, of Quarry Road, admitted arson with intent to endanger life at Carrowby Crown Court.

The court heard Frisby returned to the Golden Haddock on Fore Street 20 minutes after staff asked him to leave, poured petrol through the letterbox and set it alight. The owner, her daughter and two customers escaped through a back door.

Prosecutor Nadia Ferris told the court: ⟦nf#told|"This was not a moment of madness. He went home, he found a can, he came back."⟧

In a statement read to the court, the owner, Rosa Castellano, said: ⟦rc#doc|"I built that shop over 22 years. In 20 minutes he took away the thing I was proudest of, and he nearly took my daughter."⟧

The statement said the family had been left ⟦rc#doc|"frightened of our own front door."⟧

Defence barrister Owen Treharne said his client had been ⟦ot|"drinking heavily"⟧ and was ⟦ot|"deeply ashamed"⟧.

Sentencing, Judge Margaret Okonedo said: ⟦mo|"You knew there were people inside. The fact that nobody died is down to luck and the quick thinking of the staff, not to anything you did.

"You have shown some remorse, and I take that into account, but the public must be protected from you."⟧

After the hearing, Det Insp Tom Reed, of Harbour Police, said: ⟦tr|"Frisby showed no regard for human life. I hope today's sentence gives the Castellano family some measure of peace."⟧
""")

doc("own-07-tv-weather", "US local TV weather (straight doubles)", {
    "cws": P("Corvale Weather Service", kind="org"),
    "mo": P("Maya Ortolan", ["meteorologist with the weather service's Pine Ridge office", "meteorologist"], ["Ortolan"]),
    "dw": P("Dale Whitcombe", ["County road commissioner", "road commissioner"]),
    "sd": P("Pine Ridge Unified School District", kind="org"),
    "ev": P("Ed Varnum", []),
}, """
Storm to bring heavy snow, strong winds to Pine Ridge region

PINE RIDGE — A powerful winter storm is expected to dump up to 18 inches of snow across the Pine Ridge region by Thursday morning, forecasters said.

The Corvale Weather Service issued a winter storm warning from 6 p.m. Tuesday through noon Thursday, saying travel could become ⟦cws|"very difficult to impossible"⟧ on higher roads.

⟦mo|"This is the kind of setup we see maybe once or twice a winter,"⟧ said Maya Ortolan, a meteorologist with the weather service's Pine Ridge office. ⟦mo|"The cold air is already in place, and the moisture coming up from the south is substantial."⟧

Ortolan said gusts could reach 50 mph near the lake, creating what forecasters call ⟦~word|"whiteout"⟧ conditions.

Some social media accounts have already dubbed the system a ⟦~scare|"snowpocalypse,"⟧ a label Ortolan said was ⟦mo|"not helpful."⟧

⟦mo|"We'd rather people focus on the timing,"⟧ she said. ⟦mo|"Get home early Wednesday, charge your phone and check on your neighbors."⟧

County road commissioner Dale Whitcombe said crews would begin pre-treating roads Tuesday afternoon. ⟦dw|"We've got 40 trucks, and every one of them will be out,"⟧ he said.

Schools in three districts have announced closures for Wednesday. The Pine Ridge Unified School District said in a message to parents that it would decide about Thursday ⟦sd|"by 5 a.m. at the latest."⟧

Shoppers stocking up at a grocery store on Harmon Avenue appeared unfazed. ⟦ev|"I've lived here 60 years,"⟧ said Ed Varnum, 82. ⟦ev|"Snow is snow."⟧
""")

doc("own-08-science-seabirds", "science news (NZ style, curly doubles)", {
    "kw": P("Keri Whatuira", ["Lead author", "seabird ecologist at the University of Port Amberley", "seabird ecologist"], ["Dr Whatuira"]),
    "acb": P("Amberley Conservation Board", kind="org"),
    "am": P("Alan Mabey", ["marine biologist at Halvard University", "marine biologist", "Professor"], ["Professor Mabey"]),
}, """
Seabird numbers on Tarrow Island halved in a decade, study finds

Breeding pairs of the grey-backed petrel on Tarrow Island have fallen by more than half since 2014, according to a study published on Monday.

The paper, titled ⟦~title|“Collapse at the colony: petrel decline on a predator-free island”⟧, appears in the Southern Seabird Review.

Lead author Dr Keri Whatuira, a seabird ecologist at the University of Port Amberley, said the team had expected to find a stable population.

⟦kw|“The island has been free of rats and stoats since the 1990s, so we assumed the birds were doing fine,”⟧ Dr Whatuira said. ⟦kw|“What we found instead was a colony in freefall.”⟧

The researchers blame warmer seas, which have pushed the petrels’ main prey, a small lantern fish, further south. Adult birds are now travelling much further to feed their chicks, and fewer chicks survive to fledge.

A report published in March by the Amberley Conservation Board reached a similar conclusion. ⟦acb#doc|“Without intervention, the colony is at serious risk of local extinction,”⟧ the report said.

Professor Alan Mabey, a marine biologist at Halvard University who was not involved in the research, called the findings ⟦am|“sobering but not surprising”⟧.

⟦am|“Petrels are long-lived, so by the time you notice a decline it has usually been going on for years,”⟧ Professor Mabey said. ⟦am|“This paper should be a wake-up call.”⟧

The board is expected to decide in June whether to fund a supplementary feeding trial.
""")

doc("own-09-council-same-surname", "local council (British, curly singles; two speakers share a surname)", {
    "ml": P("Marta Lind", ["cabinet member for regeneration", "Cllr"]),
    "jl": P("Jonas Lind", ["leader of the opposition Independent group", "Cllr"]),
    "pn": P("Priya Nandakumar", ["Resident"]),
    "cs": P("a council spokesman", ["council spokesman"], kind="unnamed"),
}, """
Councillors clash over Fennick Street car park sale

Plans to sell a town centre car park to a supermarket chain have split Oldcastle Borough Council, with two councillors who share a surname — but not a party — on opposite sides of the debate.

Cllr Marta Lind, cabinet member for regeneration, told Tuesday’s full council meeting the £3.2m sale would ⟦ml#told|‘bring life back to Fennick Street’⟧.

⟦ml|‘We have an empty car park and a high street that is dying on its feet. I know which of those I would rather fix,’⟧ she said.

But Cllr Jonas Lind, leader of the opposition Independent group, said the deal was ⟦jl#same|‘a fire sale dressed up as a vision’⟧.

⟦jl|‘Once it is gone, it is gone. Traders have told me they will lose a third of their footfall,’⟧ he said.

The two Linds are not related, a point Jonas Lind made to laughter in the chamber. ⟦jl|‘I want to be clear that she is not my sister, whatever the Gazette says,’⟧ he said.

Resident Priya Nandakumar, who runs a florist on Fennick Street, said: ⟦pn|‘Half my customers park there. Nobody asked us.’⟧

A council spokesman said: ⟦cs|‘No final decision has been taken. The sale will go to a public consultation in the new year.’⟧

Councillors voted 24 to 19 to move to consultation.
""")

doc("own-10-obituary-drummer", "obituary (US doubles, elisions)", {
    "le": P("Loretta Easterby-Cole", ["daughter"]),
    "hm": P("Harold Mbeki-Shore", ["pianist"]),
    "we": P("Walt Easterby", ["jazz drummer"], ["Easterby", "Walt"]),
    "fam": P("the family", kind="group"),
}, """
Walt Easterby, jazz drummer who played 'til dawn, dies at 91

Walt Easterby, whose drumming anchored the house band at the Blue Lantern club in Calder City for three decades, died on Saturday at his home in Marsh Point. He was 91.

His daughter, Loretta Easterby-Cole, said the cause was heart failure.

⟦le|"He played right up 'til last spring,"⟧ she said. ⟦le|"His hands were shaking by then, but once the brushes were moving, you'd never know."⟧

Born in 1933 in a farming town in the Ossin Valley, Easterby taught himself on pots and pans before buying his first kit at 14. By the late '50s he was playing six nights a week.

In the '60s, when rock 'n' roll emptied many of the city's jazz rooms, the Blue Lantern survived, in part because of what regulars called ⟦~nick|"the Easterby pulse."⟧

⟦hm#nest|"Walt never played loud, but you felt every beat in your chest,"⟧ said the pianist Harold Mbeki-Shore, who worked beside him from 1964 to 1989. ⟦hm#nest|"Bandleaders would say, 'Just follow Walt,' and that was the whole rehearsal."⟧

In a 2009 interview with the Calder City Courier, Easterby was characteristically modest. ⟦we|"I kept time,"⟧ he said. ⟦we|"Other fellas made the music."⟧

He is survived by his daughter, two grandsons and a great-granddaughter. His wife, the singer Opal Easterby, died in 2011.

The family said in a statement that a memorial concert would be held at the Blue Lantern in May, ⟦fam|"with the drums set up and nobody sitting behind them."⟧
""")
doc("own-11-celebrity-split", "celebrity news (straight doubles, titles, nickname)", {
    "nq": P("Nova Quill", ["Singer"], ["Quill"]),
    "rd": P("Ravi Denholm", ["actor"], ["Denholm", "Ravi"]),
    "src": P("a source close to the couple", [], kind="unnamed"),
}, """
Nova Quill confirms split from actor Ravi Denholm

Singer Nova Quill has confirmed that she and actor Ravi Denholm have separated after four years together.

The 31-year-old, whose album ⟦~title|"Paper Lanterns"⟧ topped the charts in Velstria last year, announced the news in an Instagram post on Sunday night.

⟦nq|"After a lot of love and a lot of talking, Ravi and I have decided to go our separate ways,"⟧ she wrote. ⟦nq|"Please be kind to both of us."⟧

Denholm, 35, who stars in the upcoming thriller ⟦~title|"Low Tide at Kessel,"⟧ shared a similar message, saying the pair would remain ⟦rd|"the best of friends."⟧

A source close to the couple told the Daily Lark: ⟦src#told|"There's no drama, no third party. Their schedules just never lined up."⟧

Quill, known to fans as ⟦~nick|"the Velvet Fox"⟧ since her early days on the club circuit, spoke about the strain of touring in an interview with Glint magazine in the spring.

⟦nq#told|"You're in a different city every night and your phone becomes your relationship,"⟧ she told the magazine at the time. ⟦nq|"I'm not complaining — I chose this life. But it's not normal."⟧

Representatives for Quill did not respond to a request for comment.
""")

doc("own-12-tech-launch", "tech news (mismatched marks, dash pull quote, filing)", {
    "ir": P("Imani Roth", ["chief executive", "Lumora chief executive"], ["Roth"]),
    "ja": P("Jens Albrecht", ["the company's chief technology officer", "chief technology officer"], ["Albrecht"]),
    "lum": P("Lumora", kind="org"),
    "bc": P("Bea Castellanos", ["analyst at Tidewater Research", "analyst"]),
    "pg": P("Pixelgrain", kind="org"),
}, """
Lumora unveils folding e-reader, bets on ⟦~scare|'slow tech'⟧ niche

KESTRA VALLEY — Lumora, the hardware start-up behind last year's surprise hit the Pebble notebook, on Wednesday unveiled a folding e-reader that it says will last a month on a single charge.

The device, called the Fold, goes on sale in March for $249 and is aimed squarely at what the industry has started calling ⟦~scare|"slow tech."⟧

⟦ir|"We're not trying to beat anybody on features,"⟧ chief executive Imani Roth said at a launch event in a converted warehouse. ⟦ir|"We're trying to build the thing you forget is a computer.”⟧

Roth, 38, co-founded Lumora in 2019 with Jens Albrecht, the company's chief technology officer. Albrecht said the hinge had survived ⟦ja|“more than 200,000 folds in testing"⟧ without failure.

The launch comes as Lumora prepares for a possible stock market listing. According to a filing with regulators last month, the company lost $41 million last year on revenue of $63 million. The filing said Lumora ⟦lum#doc|"may never achieve profitability."⟧

Analysts were cautiously positive. ⟦bc|"There's a real audience of people who are tired of their phones,"⟧ said Bea Castellanos, an analyst at Tidewater Research. ⟦bc|"Whether it's big enough to support a public company is another question."⟧

Some early reviewers were less convinced. Tech site Pixelgrain called the Fold ⟦pg|"lovely, expensive and a little pointless"⟧ in a hands-on report published on Wednesday.

⟦ir#dash|"The best technology disappears."⟧ — Imani Roth, Lumora chief executive
""")

doc("own-13-qa-interview", "Q&A interview transcript (Q:/Name: lines are not in marks)", {
    "is": P("Ingrid Solheim", [], ["Ingrid"]),
    "hn": P("Halvor Nyberg", ["chief government scientist", "chief scientist"], ["Nyberg"]),
    "fa": P("my father", ["fisherman"], kind="unnamed"),
}, """
Q&A: Brennmark's chief scientist on floods, targets and his father's boat

Halvor Nyberg took over as Brennmark's chief government scientist in September, succeeding Ingrid Solheim, who stepped down after six years in the post. He spoke to the Ledger in his office overlooking Skarholm harbour. The interview has been edited for length and clarity.

Q: You've been in the job three months. What surprised you?

Nyberg: How much of it is translation. I spend my mornings reading papers and my afternoons explaining them to people who have eight minutes.

Q: Your predecessor described the science office as ⟦is#qa|"a fire station with no water."⟧ Is that fair?

Nyberg: Ingrid has a gift for a phrase. I'd say the water is there, but the hoses are very long.

Q: You told parliament last month that the 2030 flood-defence target was ⟦hn#qa|"a promise we cannot keep."⟧ Do you stand by that?

Nyberg: Yes. I would rather say it now than in 2029.

Q: Where does your interest in the sea come from?

Nyberg: My father was a fisherman in Vardholm. When the catch was bad he would just say, ⟦fa#qa|"The sea keeps its own books,"⟧ and go back out the next morning. I think about that a lot.

Q: What is on your desk right now?

Nyberg: A model of his boat, the Marit. And about four hundred unread emails.
""")

doc("own-14-live-blog", "live blog (timestamped entries, reverse order)", {
    "ld": P("Lenka Dvořák", ["Commission chair"]),
    "pk": P("Pavel Kral", ["Social Democrat MP", "MP"], ["Kral"]),
    "ms": P("Marta Sokol", ["the Civic Union candidate who took Ostravel North", "Civic Union candidate", "candidate"]),
    "pw": P("one party worker", ["party worker"], kind="unnamed"),
    "aw": P("Anton Weiss", ["Prime Minister"]),
}, """
Ruritania election: results as they happen

01:42 Turnout confirmed at 68.4%

The Central Electoral Commission has confirmed national turnout of 68.4%, the highest since 2004. Commission chair Lenka Dvořák said the count had gone ⟦ld|"smoothly, with no serious irregularities reported."⟧

01:15 Kral concedes in Ostravel North

Social Democrat MP Pavel Kral has conceded the Ostravel North seat he held for 12 years. Speaking to supporters at a sports hall, he said: ⟦pk!|"The voters have spoken and I respect them. I'll be back in the constituency tomorrow morning, just not as its MP.⟧

00:51 ⟦ms|'We did it'⟧

A jubilant Marta Sokol, the Civic Union candidate who took Ostravel North, has posted on social media: ⟦ms|"We did it. Thank you to every volunteer who knocked on a door in the rain."⟧

00:30 Exit poll holding up

Our polling analyst Tomas Rehak writes: So far the exit poll looks about right. The Civic Union is on course to be the largest party, but it will need a partner, and the arithmetic is tight.

00:12 Scenes at Civic Union HQ

There were tears in the ballroom of the Grand Hotel Meridian as the Ostravel North result came through. ⟦pw|"I've never seen anything like it,"⟧ one party worker told us. ⟦pw|"People are hugging strangers."⟧

23:40 Polls closed

Polls have closed across Ruritania. Prime Minister Anton Weiss, casting his vote in his home town of Hradice earlier, said he was ⟦aw|"confident but not complacent."⟧
""")

doc("own-15-press-release", "press release (said-before-name, boilerplate)", {
    "em": P("Eleanor Marsh-Whitby", ["managing director of Harrowgate Foods", "managing director"], ["Marsh-Whitby"]),
    "ds": P("Devinder Sahota", ["leader of Corby Vale District Council", "Cllr"]),
    "si": P("Sam Ilesanmi", ["chair of the Corby Vale Enterprise Park Trust", "chair"]),
}, """
FOR IMMEDIATE RELEASE

Harrowgate Foods to open 400-job distribution centre in Corby Vale

CORBY VALE, 12 June — Harrowgate Foods, the family-owned grocery wholesaler, today announced plans to open a 28,000-square-metre distribution centre at the Corby Vale Enterprise Park, creating around 400 jobs by 2026.

⟦em|"This is the biggest investment in our 70-year history,"⟧ said Eleanor Marsh-Whitby, managing director of Harrowgate Foods. ⟦em|"Corby Vale gives us the road links and, just as importantly, the people we need to grow."⟧

The centre will serve more than 1,200 independent shops and restaurants across the region and is expected to open in spring 2025.

⟦ds|"We welcome Harrowgate's decision with open arms,"⟧ said Cllr Devinder Sahota, leader of Corby Vale District Council. ⟦ds|"Four hundred jobs is life-changing for a town our size."⟧

Sam Ilesanmi, chair of the Corby Vale Enterprise Park Trust, said: ⟦si|"Harrowgate is exactly the kind of anchor tenant we hoped for when the park was built. We expect other businesses to follow."⟧

Marsh-Whitby added that the company would work with Corby Vale College on an apprenticeship scheme, with the first 40 places ⟦em|"reserved for young people from the district."⟧

About Harrowgate Foods

Founded in 1954, Harrowgate Foods supplies more than 6,000 independent retailers. Its own-label range, ⟦~title|"Harrowgate Pantry,"⟧ is stocked in 900 shops.

Media contact: press office, Harrowgate Foods
""")

doc("own-16-opinion-bridge", "opinion column (scare quotes, words-as-words, dash epigraph)", {
    "hf": P("Harold Finch", ["former county surveyor"]),
    "po": P("a press officer", ["press officer"], kind="unnamed"),
    "po2": P("a different press officer", ["press officer"], kind="unnamed"),
    "fa": P("Felix Amadi", ["the council's cabinet member for highways", "cabinet member for highways", "Cllr"], ["Cllr Amadi"]),
    "so": P("Sheila Obuya", ["chair of the Kessington Pedestrians' Forum", "chair"]),
}, """
Opinion: The word ⟦~word|'temporary'⟧ has lost all meaning in Kessington

By Ruth Adeyemi-Vance

⟦hf#dash|"A temporary fix is a permanent problem with a deadline."⟧ — Harold Finch, former county surveyor

I have failed to cross the footbridge over the Kessington ring road for most of my adult life, and I have come to believe that in this town the word ⟦~word|"temporary"⟧ simply means until someone complains loudly enough.

When I asked the council about the bridge in 2019, a press officer told me repairs were ⟦po#told|"imminent."⟧ In 2021, a different press officer said they were ⟦po2|"a priority."⟧ Last month, the council's cabinet member for highways, Cllr Felix Amadi, told a public meeting the bridge was ⟦fa#told|"under active review,"⟧ which I am told is a step down from imminent.

To be fair to Cllr Amadi, he inherited the problem. ⟦fa|"I'm not going to pretend this has been handled well,"⟧ he said at the same meeting. ⟦fa|"Residents deserve a date, and I'm going to give them one."⟧

We are still waiting for the date.

Meanwhile, the so-called ⟦~scare|"interim solution"⟧ — a minibus that shuttles pedestrians 400 metres round the junction — costs, by the council's own figures, £180,000 a year.

Sheila Obuya, chair of the Kessington Pedestrians' Forum, put it more bluntly than I can. ⟦so|"They've spent more on that bus than the bridge would have cost to fix,"⟧ she told me. ⟦so|"It's not temporary. It's a lifestyle."⟧

I do not want to be unfair. Highways engineers are stretched, budgets are cut and bridges are complicated. But ⟦~word|"temporary"⟧ should mean something. Until it does, I will be on the bus.
""")

doc("own-17-ap-archive-commission", "US newspaper archive (''…'' marks)", {
    "sup": P("supporters", kind="group"),
    "dq": P("Doris Quintero", ["Commissioner"]),
    "hb": P("Hal Breckner", ["Commissioner"], ["Breckner"]),
    "gt": P("Gene Tolliver", ["Mayor"]),
    "ap": P("Alma Pruitt", ["Band director"]),
}, """
City commission approves Lakeview Park band shell

MIRROR LAKE -- After two years of debate, the Mirror Lake City Commission voted 4-1 Tuesday to build a $1.8 million band shell in Lakeview Park, a project supporters called ⟦sup|''long overdue.''⟧

⟦dq|''This park has been waiting for this since my grandmother's day,''⟧ said Commissioner Doris Quintero, who has pushed for the project since her election in 1986. ⟦dq|''We're finally going to have music here again.''⟧

Commissioner Hal Breckner cast the lone no vote, calling the price ⟦hb|''more than this city can afford right now.''⟧

⟦hb|''I like music as much as anybody,''⟧ Breckner said. ⟦hb|''But we've got sidewalks in the east end that haven't been fixed since the '70s.''⟧

Mayor Gene Tolliver said private donations were ⟦gt|''the only responsible way''⟧ to cover at least a third of the cost. The Mirror Lake Community Band, which performs a summer series called ⟦~title|''Music Under the Oaks,''⟧ has pledged $25,000.

Band director Alma Pruitt said members were ⟦ap|''thrilled.''⟧ ⟦ap|''We've been playing on a flatbed truck for 11 years,''⟧ she said. ⟦ap|''A roof over our heads will be a luxury.''⟧

Construction is expected to begin in March.
""")

doc("own-18-health-leaked-report", "health news (unnamed sources, report with no named issuer)", {
    "sd": P("a senior doctor at the hospital", ["senior doctor"], kind="unnamed"),
    "sa": P("Samuel Aarons", ["The hospital's chief executive", "chief executive"]),
    "msw": P("a spokeswoman for the Ministry of Health", ["spokeswoman for the Ministry of Health", "spokeswoman"], kind="unnamed"),
    "cd": P("Corinne Daly", ["Health Minister"]),
    "lm": P("Leon Marchetti", ["Patient"]),
}, """
Vellmouth hospital waiting times hit record, report shows

Patients at Vellmouth General Hospital's emergency department waited an average of nine hours and 40 minutes to be admitted last month, the longest on record, according to a report seen by the Vellmouth Herald. It is not clear who commissioned the report.

The report said the department was operating under ⟦-#doc|"sustained and unsafe pressure"⟧ and that corridor care had become ⟦-#doc|"routine rather than exceptional."⟧

A senior doctor at the hospital, who asked not to be named because they were not authorised to speak to the media, said: ⟦sd|"We are treating people in corridors, in ambulances, once in the chapel. Staff are exhausted.”⟧

The hospital's chief executive, Dr Samuel Aarons, said in a statement that the figures reflected ⟦sa|"an exceptionally difficult winter"⟧ and that 40 extra beds would open in February.

A spokeswoman for the Ministry of Health said the minister had been briefed and that the government was ⟦msw|"committed to supporting Vellmouth General through this period."⟧

Health Minister Corinne Daly later told reporters: ⟦cd#told|"Nine hours is not acceptable. I have asked for a recovery plan on my desk by Friday."⟧

Patient Leon Marchetti, 67, said he had waited 14 hours on a trolley with a broken hip. ⟦lm|"The nurses were wonderful,"⟧ he said. ⟦lm|"The system is not."⟧
""")

doc("own-19-rail-disruption", "British commuter paper (curly singles, organisations speak)", {
    "br": P("Brennmark Rail", kind="org"),
    "fs": P("a force spokesman", ["force spokesman"], kind="unnamed"),
    "ih": P("Ingrid Halvorsen", ["commuter"]),
    "sca": P("Skarholm Commuters’ Association", kind="org"),
    "ed": P("Erik Dahle", ["Transport spokesman for the opposition", "Transport spokesman"]),
}, """
Commuters face fourth day of delays after Skarholm signal fire

Commuters in Skarholm face a fourth day of disruption after a fire destroyed signalling equipment near Vestby junction.

Brennmark Rail said services between Skarholm Central and the airport would run at half frequency ⟦br|‘until at least Friday’⟧.

⟦br#desc|‘We are sorry for the disruption this is causing,’⟧ the operator said in a statement. ⟦br|‘Our engineers are working around the clock to rebuild the damaged equipment, which is bespoke and cannot simply be swapped out.’⟧

Harbour Police said they were treating the fire as suspicious. ⟦fs|‘We are keen to hear from anyone who was near Vestby Road between 1am and 3am on Monday,’⟧ a force spokesman said.

Passengers vented their frustration online. One commuter, Ingrid Halvorsen, said her usual 25-minute trip had taken two hours. ⟦ih|‘I’ve been late for work three days running and I don‘t think my manager’s patience will last much longer,’⟧ she said.

The Skarholm Commuters’ Association called the response ⟦sca|‘shambolic’⟧ and demanded compensation for season-ticket holders.

Transport spokesman for the opposition, Erik Dahle, said: ⟦ed|‘This is a network held together with tape. One fire shouldn’t bring a capital city to its knees.’⟧
""")

doc("own-20-police-appeal", "British regional police appeal (straight doubles, multi-paragraph)", {
    "ac": P("Amira Chowdhury", ["Det Sgt"], ["Chowdhury"]),
    "rp": P("Raj Pillai", ["Store owner"]),
    "bt": P("Bryony Tate", ["farmer"]),
    "co": P("Chris Oduya", ["head of operations at Harbour Police", "head of operations"]),
    "hp": P("Harbour Police", kind="org"),
}, """
Police appeal after cash machine ripped from wall in Wrenford

Harbour Police are appealing for witnesses after thieves used a stolen telehandler to rip a cash machine from the wall of a convenience store in Wrenford.

The raid happened at about 3.15am on Thursday at the Kwik Stop on Marsh Lane.

Det Sgt Amira Chowdhury said: ⟦ac|"This was a brazen and dangerous crime. The store was badly damaged and the building has had to be propped up.

"We believe the people responsible may have been watching the store in the days before, and I'd urge anyone who noticed a vehicle parked up on Marsh Lane to get in touch."⟧

Store owner Raj Pillai, 52, said: ⟦rp|"I got a call from the alarm company and by the time I got here the whole front was gone. Twenty years I've had this shop."⟧

The telehandler, which was found abandoned in a field near Copley, had been stolen from a farm in the village the night before. The farmer, Bryony Tate, said she was ⟦bt|"gutted"⟧ but ⟦bt|"just glad nobody was hurt."⟧

Chris Oduya, head of operations at Harbour Police, said rural machinery thefts had risen by a third in a year. ⟦co|"Criminals see farms as an easy target,"⟧ he said.

The raid lasted less than four minutes, and according to Det Sgt Chowdhury the gang ⟦ac#acc|"knew exactly what they were doing."⟧

In a statement, the force said: ⟦hp#desc|"Officers are working closely with farmers across the county to improve security, and we encourage everyone to register their machinery."⟧
""")

doc("own-21-school-solar-boat", "British school news (curly singles, odd apostrophes, mismatched marks)", {
    "an": P("Aroha Ngata", ["Team captain"]),
    "dh": P("Dean Hollis", ["Physics teacher"], ["Mr Hollis"]),
    "fm": P("Fiona McArdle", ["Head teacher"]),
    "gp": P("Gwen Pryce", ["owner"]),
    "jo": P("Jamie Okoro", ["Pupil"]),
}, """
Tarrow Bay pupils’ solar boat sails into national final

A team of Year 10 pupils from Tarrow Bay School will compete in the national solar boat final next month after their craft, nicknamed ⟦~nick|‘The Kettle’⟧, won the regional heat by almost two minutes.

Team captain Aroha Ngata, 15, said the win had come as a shock. ⟦an|‘We honestly thought the motor was going to overheat halfway round,’⟧ she said. ⟦an|‘When we crossed the line I couldn‘t speak.’⟧

Physics teacher Mr Dean Hollis, who supervises the team, said the pupils had designed the hull themselves through ⟦dh|‘a lot of trial and a lot of error’⟧.

⟦dh|‘They’ve been in the workshop every lunchtime since February,’⟧ Mr Hollis said. ⟦dh|‘I just make sure nobody loses a finger.’⟧

Head teacher Fiona McArdle said: ⟦fm|“We are incredibly proud of them. This is what happens when you give young people a real problem to solve."⟧

The team’s entry was sponsored by local firm Pryce”s Marine, whose owner, Gwen Pryce, said she was ⟦gp|"delighted to help."⟧

Pupil Jamie Okoro, 14, who built the steering, said: ⟦jo|‘Honestly, it’s held together with cable ties. Don’t tell the judges.’⟧
""", stray_ok=1)
doc("own-22-farming-milk-price", "farming trade paper (curly singles, possessives)", {
    "hp": P("Hywel Pritchard", ["dairy farmer from Llanossin", "dairy farmer"], ["Mr Pritchard"]),
    "cm": P("Carys Meredith", ["Ossin Valley Farmers’ Union president", "president"]),
    "vd": P("Valecrest Dairies", kind="org"),
    "tw": P("Tomasz Wierzbicki", ["Agricultural economist"]),
}, """
Dairy farmers warn of ⟦cm|‘perfect storm’⟧ as milk price falls again

Dairy farmers in the Ossin Valley say they are being squeezed from both sides after processor Valecrest Dairies cut its milk price for the third time this year.

The cut of 1.5p a litre, which takes effect on 1 November, comes as feed and fuel costs remain stubbornly high.

Hywel Pritchard, 54, a dairy farmer from Llanossin, milks 180 cows with his son. ⟦hp|‘We’re producing milk at a loss every single day,’⟧ he said. ⟦hp|‘I’ve been farming 35 years and I’ve never been this worried.

‘The farmers’ union has done what it can, but you can’t negotiate with a price that’s set in an office 200 miles away.’⟧

Ossin Valley Farmers’ Union president Carys Meredith said the industry faced ⟦cm|‘a perfect storm of low prices, high costs and bad weather’⟧.

⟦cm|‘Some of our members will not survive another winter like this,’⟧ she said. ⟦cm|‘I don‘t say that lightly.’⟧

Valecrest Dairies said in a statement that the cut reflected ⟦vd|‘a sustained fall in global dairy commodity prices’⟧ and would be reviewed in January.

Agricultural economist Dr Tomasz Wierzbicki, of Ossin Agricultural College, said prices were likely to ⟦tw|‘bounce back by spring’⟧, but added: ⟦tw|‘That is cold comfort if you are overdrawn today.’⟧

Mr Pritchard said he would keep going ⟦hp|‘for now’⟧. ⟦hp#follow|‘Ask me again in March.’⟧
""")

doc("own-23-mayoral-election", "US metro paper (doubles with nested singles, dash pull quote)", {
    "go": P("Grace Okonkwo", ["City Council member", "mayor"], ["Okonkwo"]),
    "fd": P("Frank DeLuca", ["two-term incumbent", "incumbent"], ["DeLuca"]),
    "mb": P("Marisol Benavides", ["Political scientist"]),
}, """
Okonkwo wins Port Ellery mayoral race in landslide

PORT ELLERY — City Council member Grace Okonkwo was elected mayor of Port Ellery on Tuesday, defeating two-term incumbent Frank DeLuca by nearly 30 points.

Speaking to a packed Ellery Union Hall, Okonkwo, 44, promised to be ⟦go|"a mayor for every neighborhood, not just the ones with parking."⟧

⟦go#told,nest|"Tonight, Port Ellery said, 'We want a city that works,'"⟧ she told supporters. ⟦go|"Tomorrow, we start earning that."⟧

DeLuca conceded shortly after 10 p.m. In a brief statement outside his campaign office, he said he had called Okonkwo to congratulate her and wished her ⟦fd|"nothing but success."⟧

⟦fd|"The people have made their choice,"⟧ DeLuca said. ⟦fd|"I'll always be grateful they let me serve for eight years."⟧

Turnout was 41%, according to the Ellery County elections office, up from 33% four years ago.

Political scientist Marisol Benavides of Ellery State University said Okonkwo's win reflected ⟦mb|"a real hunger for change, especially among younger renters."⟧

⟦go#dash|"We are not going to fix forty years in four. But we are going to start."⟧ — Grace Okonkwo, in her victory speech

Okonkwo takes office Jan. 1.
""")

doc("own-24-diplomatic-row", "wire foreign news (headline quote never attributed)", {
    "ah": P("Astrid Holm", ["Foreign Minister"], ["Holm"]),
    "ve": P("Velstria's embassy in Skarholm", kind="org"),
    "vc": P("the Velstrian coastguard", kind="org"),
    "so": P("a senior Brennmark official", ["senior Brennmark official", "official"], kind="unnamed"),
    "nmc": P("Nordic Maritime Council", kind="org"),
}, """
⟦-|'A line has been crossed'⟧: Brennmark recalls ambassador from Velstria

SKARHOLM, June 12 (Northwire) — Brennmark has recalled its ambassador to Velstria for consultations after Velstrian coastguard vessels detained two Brennmark fishing boats in disputed waters, the foreign ministry said on Thursday.

Foreign Minister Astrid Holm said the detentions were ⟦ah|"a clear violation of international law"⟧ and demanded the immediate release of the 14 crew members.

⟦ah|"We have been patient. We have used every channel available to us,"⟧ Holm said at a news conference. ⟦ah|"That patience is not unlimited."⟧

Velstria's embassy in Skarholm said the boats had been fishing ⟦ve|"illegally and repeatedly"⟧ inside its exclusive economic zone and that the crews were ⟦ve|"being treated well."⟧ According to a statement from the Velstrian coastguard, the skippers had been ⟦vc#acc|"warned by radio on at least three occasions."⟧

A senior Brennmark official, speaking on condition of anonymity because the talks are sensitive, said back-channel discussions were continuing. ⟦so#desc|"Nobody wants this to escalate,"⟧ the official said.

The Nordic Maritime Council said it was ⟦nmc|"following developments closely"⟧ and offered to mediate.

The dispute centres on a stretch of sea known locally as ⟦~nick|"the Teeth,"⟧ where both countries claim fishing rights under rival readings of a 1962 treaty.
""")

doc("own-25-theatre-review", "arts review (titles in single and double marks)", {
    "is": P("Imogen Sallis", ["Director"], ["Sallis"]),
    "bn": P("Bartholomew Nkemelu", ["Lead actor"]),
    "pa": P("Philippa Achebe-Lowe", ["The Orrin's artistic director", "artistic director"]),
}, """
Review: ⟦~title|'The Lighthouse Keeper's Daughter'⟧ at the Orrin Theatre

Four stars

Director Imogen Sallis has never been afraid of a big idea, and her new staging of Tobias Crane's 1958 drama is full of them. The set is a single revolving room, lashed by real water, and the cast of five spend most of the evening soaked to the skin.

⟦is|"I wanted the audience to feel the weather,"⟧ Sallis told me before opening night. ⟦is|"It's a play about a family who can't escape each other, so I wanted the audience trapped in the room with them."⟧

Lead actor Bartholomew Nkemelu, as the keeper, gives the performance of the season, by turns tender and frightening. In the programme, he writes that the part is ⟦bn#doc|"the hardest thing I've ever done, and the most fun."⟧ It shows.

Not everything works. A dream sequence set to a recording of ⟦~title|"Come Down, Sweet Tide"⟧ feels borrowed from another, lesser production, and the second act sags before the storm finally breaks.

The Orrin's artistic director, Philippa Achebe-Lowe, told this paper last month that the theatre was ⟦pa#told|"taking a risk on a forgotten play."⟧ On this evidence, the risk has paid off.

⟦~title|'The Lighthouse Keeper's Daughter'⟧ runs until 14 March.
""")

doc("own-26-house-prices", "British regional property (straight singles, an unclosed quote)", {
    "mt": P("Marcus Tennant", ["Estate agent"]),
    "ca": P("Chloe Aberdeen", ["First-time buyer"]),
    "ak": P("Anil Kapoor", ["Wrenford Town Council leader", "leader"]),
}, """
House prices in Wrenford rise fastest in county

Average house prices in Wrenford rose 9.2% in the year to June, the fastest rate in the county, according to figures from the County Property Registry.

Estate agent Marcus Tennant, of Tennant & Lowe, said demand had been driven by buyers moving out from the city. ⟦mt|'We are seeing people who have sold a two-bed flat in Skarholm buying a four-bed house here with a garden,'⟧ he said. ⟦mt|'Bidding wars are normal now. I haven't seen a market like it since the '80s.'⟧

First-time buyer Chloe Aberdeen, 26, said she and her partner had lost out on five properties. ⟦ca|'Every time we think we've found the one, someone from the city turns up with cash,'⟧ she said.

Wrenford Town Council leader Anil Kapoor said the rise was ⟦ak|'a double-edged sword'⟧.

⟦ak|'It's good for people who already own, but our young people are being priced out of the town they grew up in,'⟧ he said. ⟦ak!|'We need homes that local wages can actually pay for.⟧

The council is consulting on a plan for 300 affordable homes on the former gasworks site.
""")

doc("own-27-dam-protest", "US regional news (curly doubles, nested curly singles)", {
    "nf": P("Nadia Fairweather", ["organizer with the group Save the Calder", "organizer"]),
    "dk": P("Donna Kellerman", ["Sheriff"]),
    "rp": P("Ridgeline Power", kind="org"),
    "es": P("Eli Stonecrop", ["member of the Calder Valley Tribal Council"]),
    "mj": P("Marjorie", ["retired teacher"]),
}, """
Protesters block Calder River dam site as permit hearing nears

CALDER CITY — About 200 protesters blocked the access road to the proposed Three Pines dam on Saturday, days before state regulators hold a final hearing on the project’s water permit.

⟦nf#nest|“They keep calling this ‘clean energy,’ but you can’t drown a valley and call it clean,”⟧ said Nadia Fairweather, 29, an organizer with the group Save the Calder.

Sheriff’s deputies watched from a distance but made no arrests. Sheriff Donna Kellerman said her office respected ⟦dk|“the right to peaceful protest”⟧ and would act only if the road remained blocked on Monday.

The developer, Ridgeline Power, said in an emailed statement that the dam would power 90,000 homes and that the company had ⟦rp|“listened carefully to every concern raised during a three-year review.”⟧

Eli Stonecrop, a member of the Calder Valley Tribal Council, said his grandfather had fished the river ⟦es|“before there was a road, before there was a state.”⟧

The protest, which organizers billed as a ⟦~scare|“people’s picnic,”⟧ included live music and a potluck lunch laid out on the tailgates of pickup trucks.

One protester, a retired teacher who gave her name only as Marjorie, said she had driven six hours from Port Ellery. ⟦mj|“I’m 74. If I don’t do this now, when?”⟧ she said.
""")

doc("own-28-rugby-selection", "British rugby (straight singles, multi-paragraph after an attribution)", {
    "sb": P("Stellan Berg", ["Head coach"], ["Berg"]),
    "jv": P("Joss Varley", ["uncapped fly-half", "fly-half"], ["Varley", "Joss"]),
    "hm": P("Henrik Moll", ["Ruritania coach"]),
}, """
Brennmark name uncapped fly-half Joss Varley for Ruritania opener

Head coach Stellan Berg has named uncapped fly-half Joss Varley in his starting XV for Brennmark's opening Northern Cup match against Ruritania in Ostravel on Saturday.

Varley, 22, has been in outstanding form for Skarholm Harbour, kicking 96 points in eight matches.

⟦sb|'Joss has earned it,'⟧ said Berg. ⟦sb#nest|'He's played with real composure, and his kicking game is the best I've seen from a young ten in a long time.

'He'll be nervous, of course he will. But I said to him, "Enjoy it, because you only get one first cap."'⟧

The 48-year-old added: ⟦sb#age|'We've picked a team to win, not a team to avoid losing.'⟧

Berg confirmed that captain Nils Aune would win his 80th cap. ⟦sb|'Nils is the heartbeat of this team,'⟧ he said. ⟦sb|'When things go wrong, the players look to him.'⟧

Varley, whose father Per won 12 caps in the '90s, said he had had ⟦jv|'no idea'⟧ he would be picked until Monday night.

⟦jv#nest|'I got the call driving home from training and I had to pull over,'⟧ he said. ⟦jv#nest|'Dad just said "about time" and hung up.'⟧

⟦jv#follow|'No, he was emotional, really. He won't admit it, though.'⟧

Ruritania coach Henrik Moll said his side would ⟦hm|'test the young man early'⟧.
""")

doc("own-29-tabloid-chef", "tabloid celebrity (single-quoted quotes, double-quoted titles)", {
    "bo": P("Benny Ostrowski", ["TV chef"], ["Benny"]),
    "src": P("a source close to the star", [], kind="unnamed"),
    "to": P("Tanya Ostrowski", ["former model", "wife"]),
}, """
TV chef Benny Ostrowski: ⟦bo|'I was told I'd never cook again'⟧

TELLY chef Benny Ostrowski has revealed that doctors warned him he might never cook again after a horror kitchen accident.

The 47-year-old, star of Channel 8's ⟦~title|"Kitchen Rescue"⟧, severed two tendons in his left hand when a knife slipped during filming last year.

He told Glint magazine: ⟦bo#told,nest|'The surgeon looked at me and said, "You need to prepare yourself for the fact you might never cook professionally again." I went home and cried for two days.'⟧

Benny, who shot to fame in the noughties as the ⟦~nick|'Cheeky Chef'⟧, is now back behind the stove after months of physio.

⟦bo#nest|'I'm cooking again, slower, but I'm cooking,'⟧ he said. ⟦bo#nest|'The old days were very rock 'n' roll. Now every time I chop an onion I think, "You lucky so-and-so."'⟧

A source close to the star told us: ⟦src#told|'Benny's been through hell. He's just grateful to be back doing what he loves.'⟧

His wife, former model Tanya Ostrowski, shared a photo on Instagram of the pair in their kitchen, writing: ⟦to#same|'Proudest wife in the world.'⟧
""", stray_ok=0)

doc("own-30-markets-wire", "markets wire (``…'' marks)", {
    "la": P("Liv Aasen", ["central bank governor", "governor"], ["Aasen"]),
    "ks": P("Karin Soltveit", ["chief economist at Nordhavn Bank", "chief economist"]),
    "fs": P("Analysts at Fjellgard Securities", [], kind="group"),
    "os": P("Oddvar Strand", ["Finance Minister"]),
}, """
Brennmark krona slides as central bank signals rate cuts

SKARHOLM, Oct 9 (Northwire) - The Brennmark krona fell to a seven-month low against the euro on Wednesday after central bank governor Liv Aasen said interest rates could be cut ⟦la|``sooner than markets currently expect.''⟧

Speaking at a banking conference in Skarholm, Aasen said inflation had fallen ⟦la|``faster and further than we projected''⟧ and that the bank's board would ⟦la|``not hesitate to act.''⟧

The krona fell 1.1 percent to 11.62 per euro by 1400 GMT, its weakest level since March.

⟦ks|``The governor has all but pre-announced a December cut,''⟧ said Karin Soltveit, chief economist at Nordhavn Bank. ⟦ks|``Markets are now pricing in at least two cuts by the summer.''⟧

Analysts at Fjellgard Securities were more cautious. ⟦fs|``We think the bank will wait for the January wage data before moving,''⟧ they wrote in a note to clients.

In a Northwire poll of 14 economists published last week, 11 expected rates to be left unchanged until at least February.

Finance Minister Oddvar Strand declined to comment on monetary policy, saying only that the bank's independence was ⟦os|``not up for discussion.''⟧
""")

doc("own-31-military-exercise", "defence wire (titles with commas, unnamed diplomat)", {
    "va": P("Viktor Andrassy", ["Lt Col", "spokesman for the General Staff", "spokesman"]),
    "mc": P("Mirela Cazacu", ["Velstria's Defence Minister", "Defence Minister"], ["Cazacu"]),
    "dm": P("Ruritania's Defence Ministry", kind="org"),
    "wd": P("a Western diplomat in Ostravel", ["Western diplomat", "diplomat"], kind="unnamed"),
}, """
Ruritanian army to hold largest exercise in 20 years near Velstrian border

OSTRAVEL, April 3 (Northwire) - Ruritania's armed forces will hold their largest military exercise in two decades next month, with 12,000 troops taking part near the border with Velstria, the government said on Monday.

⟦va|"The exercise is defensive in nature and has been planned for more than a year,"⟧ said Lt Col Viktor Andrassy, a spokesman for the General Staff. ⟦va|"It is not directed at any country."⟧

Velstria's Defence Minister, Mirela Cazacu, told the state broadcaster the drills were ⟦mc#told|"provocative and badly timed."⟧

⟦mc#nest|"When you put twelve thousand soldiers fifty kilometres from someone's border, you can't then say, 'Don't worry, it's nothing,'"⟧ Cazacu said.

Ruritania's Defence Ministry said in a statement that foreign military observers would be ⟦dm|"welcome to attend"⟧ under a 1999 confidence-building agreement.

A Western diplomat in Ostravel said both governments appeared to be ⟦wd|"talking to domestic audiences as much as to each other."⟧

Code-named ⟦~nick|"Iron Meadow,"⟧ the exercise will run from May 4 to May 18 and will include live-fire drills at the Hradice range.
""")
doc("own-32-long-pension-debate", "long wire politics (many speakers)", {
    "kn": P("Katarina Novak", ["Labour and Social Affairs Minister", "minister", "former economist"], ["Novak"]),
    "mh": P("Milan Horvat", ["Opposition leader"], ["Horvat"]),
    "lb": P("Ludmila Baranova", ["Speaker of Parliament"], ["Baranova"]),
    "rs": P("Radek Sýkora", ["Homeland leader"]),
    "em": P("Eliška Marek", ["Green deputy"], ["Marek"]),
    "cd": P("another coalition deputy", ["coalition deputy"], kind="unnamed"),
    "jk": P("Jana Kubelík", ["president of the Ruritanian Confederation of Trade Unions", "president"]),
    "cc": P("Ruritanian Chamber of Commerce", kind="org"),
    "aw": P("Anton Weiss", ["Prime Minister"], ["Weiss"]),
    "op": P("Ondřej Pokorný", ["constitutional lawyer at Ostravel University", "constitutional lawyer", "Professor"]),
}, """
Ruritanian parliament narrowly backs pension age rise after stormy debate

OSTRAVEL, May 22 (Northwire) - Ruritania's parliament voted 104 to 98 on Thursday to raise the state pension age to 67, handing Prime Minister Anton Weiss a narrow victory after a 14-hour debate punctuated by walkouts and a brief suspension of the session.

Opening the debate, Labour and Social Affairs Minister Katarina Novak told lawmakers the change was ⟦kn#told|"painful but unavoidable."⟧

⟦kn|"In 1990 there were five workers for every pensioner. Today there are fewer than three,"⟧ Novak said. ⟦kn|"If we do nothing, the system does not collapse tomorrow. It collapses on our children."⟧

The 57-year-old former economist added: ⟦kn#age|"Nobody in this chamber enjoys this vote. I certainly do not."⟧ She said workers in physically demanding jobs would be allowed to retire at 63, a concession that won over several wavering members of the governing coalition.

Opposition leader Milan Horvat accused the government of ⟦mh|"balancing the books on the backs of bricklayers and nurses."⟧

⟦mh|"The minister talks about our children,"⟧ Horvat said. ⟦mh|"I talk about our parents, who were promised one thing and are now being told another."⟧

The session was suspended for 20 minutes after members of the nationalist Homeland bloc unfurled a banner in the chamber. Speaker of Parliament Ludmila Baranova ordered it removed, telling the bloc's deputies: ⟦lb#told|"This is a parliament, not a football stadium."⟧

Homeland leader Radek Sýkora, whose party voted against the bill, said his members had been ⟦rs|"exercising their right to protest"⟧ and accused Baranova of ⟦rs|"behaving like a schoolteacher."⟧

Within the coalition, the vote exposed deep divisions. Green deputy Eliška Marek said she had voted in favour ⟦em|"with a heavy heart and a long list of conditions."⟧

⟦em#told|"I have told the prime minister to his face: if the hardship exemptions are watered down in committee, he loses my vote on the budget,"⟧ she told reporters outside the chamber.

Another coalition deputy, who asked not to be named, said party whips had spent the night ⟦cd|"ringing people's mothers, practically."⟧

Trade unions have called a general strike for June 3. ⟦jk|"This vote is not the end of the story. It is the beginning,"⟧ said Jana Kubelík, president of the Ruritanian Confederation of Trade Unions, at a rally outside parliament attended by several thousand people.

Business groups welcomed the result. The Ruritanian Chamber of Commerce said in a statement that the reform was ⟦cc|"a long-overdue step toward sustainable public finances."⟧

Weiss, speaking after the vote, thanked lawmakers for what he called ⟦aw|"a grown-up decision."⟧

⟦aw|"Nobody came into politics to raise the pension age,"⟧ Weiss said. ⟦aw|"But I would rather lose an election than lose the pension system.

"In ten years, I think, people will thank this parliament for tonight."⟧

Horvat said the opposition would challenge the law in the Constitutional Court. Legal experts were divided on its chances. Professor Ondřej Pokorný, a constitutional lawyer at Ostravel University, said a challenge was ⟦op|"unlikely to succeed on the merits but could delay implementation by a year or more."⟧

The bill now goes to the Senate, where the coalition has a comfortable majority. A final vote is expected in July.

(Reporting by Jiri Hasek; Editing by Anna Roe)
""")

doc("own-33-long-factory-closure", "long British regional (curly singles, many multi-paragraph quotes)", {
    "tm": P("Terry Mulgrew", [], ["Mr Mulgrew"]),
    "gr": P("Gillian Rourke", ["Operations director"], ["Mrs Rourke"]),
    "man": P("one man", [], kind="unnamed"),
    "so": P("Steph Oyelaran", ["regional organiser for the Bakers’ and Allied Workers’ Union", "regional organiser"]),
    "un": P("Bakers’ and Allied Workers’ Union", kind="org"),
    "af": P("Adaeze Fletcher", ["Dunmere MP", "MP"], ["Ms Fletcher"]),
    "kb": P("Kayleigh Brooks", ["line supervisor"]),
    "op": P("Owen Price", ["Harbourside Council leader", "Cllr"]),
    "hb": P("Halloran’s Biscuits", kind="org"),
}, """
⟦tm|‘This town was built on biscuits’⟧: hundreds pack hall as Dunmere factory closure confirmed

By Nia Castell

Hundreds of people packed Dunmere Memorial Hall on Thursday night as bosses at Halloran’s Biscuits confirmed that the town’s last big factory will close next spring with the loss of 340 jobs.

The company, which has made biscuits on the Wharf Road site since 1921, said production would move to a larger plant in Skarholm.

Operations director Gillian Rourke, who faced the meeting alongside two other managers, said the decision had been ⟦gr|‘the hardest of my career’⟧.

⟦gr#told|‘I know that nothing I say tonight will make this easier,’⟧ she told the hall. ⟦gr|‘We looked at every option to keep Wharf Road open, including new lines and a smaller workforce.

‘In the end the building is too old, and the cost of bringing it up to standard was simply too high.’⟧

Mrs Rourke was heckled several times. One man shouted ⟦man|‘Shame on you’⟧ as she spoke, and several people walked out.

Terry Mulgrew, 71, who worked on the ovens for 38 years, drew the loudest applause of the night.

⟦tm|‘This town was built on biscuits,’⟧ he said. ⟦tm|‘My dad worked there, my wife worked there, I met her on the packing line.

‘When I was a lad you could smell the ginger nuts from the top of Castle Hill. You’ll miss that smell when it’s gone, mark my words.’⟧

Steph Oyelaran, regional organiser for the Bakers’ and Allied Workers’ Union, said members had been ⟦so|‘kept in the dark for months’⟧.

⟦so#nest|‘We asked in March whether the site was at risk and we were told, and I quote, “there are no plans to change the footprint”,’⟧ she said. ⟦so|‘Well, here we are.’⟧

The union said it would press for enhanced redundancy terms and for ⟦un|‘every possible job’⟧ to be offered to Dunmere staff at the Skarholm plant.

Dunmere MP Adaeze Fletcher, who attended the meeting, said she had written to the business secretary asking for ⟦af|‘urgent support for the town’⟧.

⟦af|‘Three hundred and forty jobs in a town of 14,000 people is like losing ten thousand in a city,’⟧ Ms Fletcher said. ⟦af|‘This cannot be allowed to become another chapter in the story of places that were left behind.’⟧

Younger workers said they were already looking elsewhere. Kayleigh Brooks, 24, a line supervisor, said: ⟦kb|‘I’ve got a mortgage and a little one. I can’t wait until April to find out what happens.

‘Skarholm is an hour and a half each way on the bus. It isn’t realistic, not with nursery fees.’⟧

Harbourside Council leader Cllr Owen Price said the authority would do ⟦op|‘everything in our power’⟧ to help workers find new roles and retrain.

⟦op|‘But let’s be honest with each other,’⟧ he said. ⟦op|‘The council cannot replace 340 jobs on its own.’⟧

In a statement issued after the meeting, Halloran’s Biscuits said it would offer ⟦hb|‘a generous redundancy package’⟧ and support with retraining.

⟦hb#doc|‘We are deeply grateful to our colleagues at Wharf Road for more than a century of dedication,’⟧ the statement said.

Mr Mulgrew was less forgiving as he left the hall. ⟦tm|‘A century of dedication,’⟧ he said. ⟦tm|‘And a letter in the post.’⟧
""")

doc("own-34-long-baseball", "long AP baseball report (many players)", {
    "mr": P("Marcus Ridley", [], ["Ridley"]),
    "rv": P("Rosa Villanueva", ["Herons manager", "manager"], ["Villanueva"]),
    "ko": P("Kenji Ota", ["Herons starter"], ["Ota"]),
    "ts": P("Tom Saxby", ["Miners closer", "closer"], ["Saxby"]),
    "bh": P("Bill Harnish", ["Miners manager"], ["Harnish"]),
    "da": P("Diego Almonte", [], ["Almonte"]),
    "dh": P("Darnell Hughes", ["fan"]),
}, """
Ridley's walk-off homer lifts Herons past Miners, into playoffs

PORT ELLERY (AP) — Marcus Ridley hit a two-run homer in the bottom of the ninth inning, and the Port Ellery Herons rallied to beat the Calder City Miners 5-4 on Sunday to clinch their first playoff berth since 2011.

Ridley drove a 2-1 fastball from Miners closer Tom Saxby over the right-field wall, setting off a celebration that spilled from the dugout onto the infield.

⟦mr|"I was just trying not to do too much,"⟧ Ridley said. ⟦mr#nest|"He'd gotten me with that fastball up twice this year. I told myself, 'If it's up again, you're ready.'"⟧

The 31-year-old added: ⟦mr#age|"To do it here, in front of these fans, after everything this city has been through with this team — I don't have the words."⟧

Herons manager Rosa Villanueva, in her second season, said she had ⟦rv|"never stopped believing,"⟧ even when her team trailed 4-0 after six innings.

⟦rv|"These guys have been resilient all year,"⟧ Villanueva said. ⟦rv|"Nobody in that clubhouse ever panicked."⟧

Herons starter Kenji Ota allowed four runs in six innings, including a three-run homer by Calder City's Diego Almonte in the fourth.

⟦ko|"I left a changeup over the middle and he didn't miss it,"⟧ Ota said. ⟦ko|"The guys picked me up. That's what this team does."⟧

Port Ellery got one back in the seventh on a sacrifice fly and two more in the eighth when Almonte misplayed a line drive in left.

Saxby, who had converted 31 straight save chances, took the blame.

⟦ts|"I made one bad pitch,"⟧ he said. ⟦ts|"In this game, one is enough."⟧

Miners manager Bill Harnish said he had no regrets about bringing in his closer to protect a one-run lead. ⟦bh|"That's his inning. He's been the best in the league,"⟧ Harnish said. ⟦bh|"I'd do it again tomorrow."⟧

Almonte, who finished with three hits, said the loss ⟦da|"stings, but we're not done."⟧ The Miners remain two games ahead in the wild-card race with six to play.

⟦da|"We'll see these guys again,"⟧ he said. ⟦da|"Maybe in October."⟧

The sellout crowd of 38,212 was the largest at Heron Field since it opened in 2004. Fans chanted Ridley's nickname, ⟦~nick|"Big Easy,"⟧ as he rounded third.

⟦dh|"I've been coming to games since I was six,"⟧ said fan Darnell Hughes, 44, who was wearing a faded 2011 playoff T-shirt. ⟦dh|"I've never heard it this loud. Not even close."⟧

TRAINER'S ROOM

Miners: SS Luis Pardo left in the seventh with tightness in his left hamstring. Harnish said Pardo was ⟦bh|"day to day."⟧

Herons: RHP Andre Whitlock (elbow) threw a bullpen session and could return next week, Villanueva said.

UP NEXT

Miners: Return home to open a three-game series against Fenwick on Tuesday.

Herons: Open a four-game series at Harbor City on Monday night.
""")

doc("own-35-long-tunnel-inquiry", "long inquiry hearing (British broadsheet: single headline, curly double body)", {
    "hb": P("Helena Brask", ["principal structural engineer on the project", "principal structural engineer", "senior engineer", "engineer"], ["Brask", "Helena"]),
    "ra": P("Rupert Ashdown", ["Counsel to the inquiry"], ["Ashdown"]),
    "cf": P("Colin Ferrer", ["line manager"], ["Ferrer"]),
    "fo": P("Frances Oyelowo", ["inquiry chair", "retired Court of Appeal judge"]),
    "scl": P("Skarholm Crossings Ltd", kind="org"),
    "ad": P("Amal Dagher", [], ["Mrs Dagher"]),
    "sti": P("Skarholm Tunnel Inquiry", kind="org"),
}, """
Harbour tunnel inquiry: engineer says warnings were ⟦hb|‘filed and forgotten’⟧

A senior engineer has told the Skarholm Tunnel Inquiry that her warnings about water getting into the harbour tunnel were ⟦hb#told|“filed and forgotten”⟧ by managers in the months before it collapsed.

Helena Brask, who was principal structural engineer on the project from 2015 to 2019, told the inquiry on Tuesday that she had raised concerns in writing at least six times.

⟦hb|“I was not a lone voice in the wilderness. I was writing memos, I was going to meetings, I was putting it in the risk register.

“What I was not getting was any answer,”⟧ she said.

Four people died when a section of the tunnel’s roof gave way in February 2021, flooding the southbound bore.

Counsel to the inquiry, Rupert Ashdown KC, showed Brask an email from March 2019 in which she described the seepage as ⟦hb|“not yet critical but heading that way.”⟧

Asked what response she had received, Brask replied: ⟦hb|“A thank you, and a note that it would be looked at in the next budget cycle.”⟧

Ashdown asked: ⟦ra|“Did anyone ever tell you it had been looked at?”⟧

⟦hb|“No,”⟧ she said.

Brask told the inquiry that her line manager, Colin Ferrer, had once said to her: ⟦cf|“Helena, the tunnel has been leaking since the day it opened. All tunnels leak.”⟧

Ferrer, who is due to give evidence next month, has said in a written statement to the inquiry that he ⟦cf#doc|“took every concern seriously and escalated where appropriate.”⟧

The inquiry chair, Dame Frances Oyelowo, a retired Court of Appeal judge, interrupted at one point. ⟦fo|“Did you consider going to the regulator yourself?”⟧ she asked.

⟦hb|“I did consider it,”⟧ Brask said. ⟦hb|“I was told, in terms, that it would be the end of my career.”⟧

⟦fo|“Told by whom?”⟧

⟦hb#turn|“By more than one person. I would rather give the names in writing.”⟧

The tunnel’s operator, Skarholm Crossings Ltd, said in a statement that it was ⟦scl|“cooperating fully with the inquiry”⟧ and that it would be ⟦scl|“inappropriate to comment while evidence is being heard.”⟧

Outside the hearing, Amal Dagher, whose husband Karim was one of the four people killed, said the evidence had been ⟦ad|“devastating to listen to.”⟧

⟦ad|“She did everything right. She told them, and told them, and told them,”⟧ Mrs Dagher said. ⟦ad|“Karim was driving home from a night shift. He should be alive.”⟧

An interim report published by the Skarholm Tunnel Inquiry last year found that the tunnel’s drainage system had been ⟦sti#doc|“inadequately maintained for a prolonged period.”⟧

The hearing continues.
""")

doc("own-36-novel-vicarage", "novel dialogue (British single quotes, turn-taking)", {
    "ma": P("Mrs Amberley", [], ["Margaret"]),
    "aa": P("Arthur Amberley", ["vicar", "Reverend"], ["Arthur"]),
    "hg": P("Hester Greaves", [], ["Hester", "Miss Greaves"]),
}, """
Chapter Seven

The rain had not stopped since Tuesday, and by the time Hester Greaves reached the vicarage her boots were full of it.

⟦ma|'You'll catch your death,'⟧ said Mrs Amberley, taking her coat before she could object. ⟦ma|'Sit by the fire. Arthur! Arthur, it's Miss Greaves.'⟧

The Reverend Arthur Amberley emerged from his study with a pen still in his hand. ⟦aa#beat|'Hester. I wasn't expecting you until Sunday.'⟧

⟦hg#turn|'I know. I'm sorry.'⟧ She did not sit. ⟦hg|'I've had a letter from my brother.'⟧

⟦aa#turn|'From Edmund? But I thought—'⟧

⟦hg#turn|'So did I.'⟧

He took the envelope from her and read it by the lamp, his lips moving slightly, as they did when he read the lesson. When he had finished he read it again.

⟦aa#nest|'"I am alive and well, and I am not coming home,"'⟧ he said at last. ⟦aa|'That's all? Four years, and that's all?'⟧

⟦hg#turn|'That's all.'⟧

Mrs Amberley set down a cup of tea that nobody had asked for. ⟦ma#beat|'Well,'⟧ she said, ⟦ma|'at least he's alive.'⟧

⟦aa#turn|'Margaret.'⟧

⟦ma#turn|'Well, it's true, Arthur. Four years ago we were praying over an empty chair.'⟧

Hester laughed despite herself, a short, wet sound. ⟦hg#beat|'She's right. I came here to be angry, and she's right.'⟧

⟦aa|'You may be both,'⟧ said the vicar gently. ⟦aa|'God allows it.'⟧
""")

doc("own-37-novel-diner", "novel dialogue (American double quotes, action beats)", {
    "lq": P("Luis", []),
    "mq": P("Mara Quintana", [], ["Mara"]),
}, """
Mara Quintana found her brother on the back steps of the diner, smoking a cigarette he'd sworn he had quit.

⟦lq|"Don't,"⟧ he said before she could open her mouth.

⟦mq#turn|"I didn't say anything."⟧

⟦lq#turn|"You were going to."⟧ Luis flicked ash into the coffee can by the door. ⟦lq#beat|"Go on, then. Say it."⟧

She sat down beside him. The step was still warm from the afternoon. ⟦mq#beat|"Pop called me."⟧

⟦lq#turn|"Course he did."⟧

⟦mq#turn,nest|"He says you told the Delgado kid he could have your shifts. All of them. And I'm quoting here: 'Tell your brother he's lost his mind.'"⟧

⟦lq#turn|"The Delgado kid needs the money more than I do."⟧

⟦mq#turn|"Luis."⟧ She waited until he looked at her. ⟦mq#beat|"Since when do you not need money?"⟧

He didn't answer. Out on the highway a truck downshifted, long and mournful, and somewhere behind them the fryer hissed as the night cook dropped a basket.

⟦lq#turn|"Since I got the letter,"⟧ he said finally.

⟦mq#turn|"What letter?"⟧

He reached into his jacket and handed it to her, folded into quarters, soft from being opened too many times. She read the first line twice before it made sense.

⟦mq#turn|"Luis,"⟧ she said. ⟦mq|"This is from the Academy."⟧

⟦lq#turn|"Yeah."⟧

⟦mq#turn|"You applied to the Academy and you didn't tell me?"⟧

⟦lq#turn|"I didn't tell anybody. I didn't think they'd say yes."⟧ He took the letter back and smoothed it on his knee. ⟦lq#beat|"They said yes."⟧
""")

doc("own-38-novel-first-person", "novel dialogue (first-person narrator, phone call)", {
    "dr": P("Dev Raman", [], ["Dev"]),
    "nb": P("Nell Brannigan", ["Detective"], ["Nell"]),
    "ok": P("Okoye", ["Sergeant"]),
}, """
The phone rang at ten past two. I knew before I picked it up that it would be Dev. Dev Raman had been my partner for six years, and he was the only person alive who called me at that hour.

⟦dr|"Tell me you're awake,"⟧ he said.

⟦nb#turn|"I'm awake."⟧

⟦dr#turn|"Good. Get dressed. They've found the car."⟧

I was already reaching for my jeans. ⟦nb#beat|"Where?"⟧

⟦dr#turn|"Harker's Quarry. Bottom of the east pit."⟧ A pause. ⟦dr#beat|"Nell, it's not empty."⟧

I didn't say anything for a while. Outside, a fox was screaming in the allotments, the way they do in February, like something being murdered.

⟦nb#turn|"Is it her?"⟧ I said eventually.

⟦dr#turn|"They don't know yet. I'll pick you up in fifteen."⟧

The quarry road was all ice and potholes. Dev drove it like he was angry with it. At the top of the east pit a uniformed officer with a torch stepped into the headlights and waved us down.

⟦ok|"Detective Nell Brannigan?"⟧ she asked, reading it off her notebook as she bent to the window.

⟦nb#turn|"That's me."⟧

⟦ok#turn|"Sergeant Okoye. They're bringing it up now. You'll want to see this before the press get wind of it."⟧

Somewhere below us in the dark the shout went up, ⟦-|"Steady! Steady on the left!"⟧ and a winch began to whine.
""")
doc("own-39-nz-water-restrictions", "NZ regional paper (straight doubles, Mr/Ms, follow-up paragraphs)", {
    "hw": P("Hemi Walker", ["Tarrow District Council infrastructure manager", "infrastructure manager"], ["Mr Walker"]),
    "st": P("Sue Tamihana", ["Local orchardist", "orchardist"], ["Ms Tamihana"]),
    "bk": P("Bruce Kerrigan", ["Mayor"]),
    "csw": P("a council spokeswoman", ["council spokeswoman"], kind="unnamed"),
}, """
Level 3 water restrictions for Tarrow Bay as dam drops below 40 per cent

Tarrow Bay residents will be banned from using sprinklers from Monday as the town's main dam falls below 40 per cent of capacity.

Tarrow District Council infrastructure manager Hemi Walker said the restrictions were ⟦hw|"a precaution, not a panic"⟧.

⟦hw|"We've had the driest spring since records began in 1931, and the long-range forecast isn't giving us much hope,"⟧ Mr Walker said.

⟦hw#follow|"If people can cut their use by 20 per cent, we can get through to autumn without going to level 4."⟧

Under level 3, hand-held hoses may be used only on alternate days, and washing cars at home is banned.

Local orchardist Sue Tamihana, 58, said growers were already ⟦st|"watching every drop"⟧.

⟦st|"We've put in drip irrigation across the whole block, and we're still nervous,"⟧ Ms Tamihana said. ⟦st|"An orchard isn't something you can switch off and on again."⟧

⟦st#follow|"My grandfather planted the first trees here in the '50s. I'm not going to be the one who loses them."⟧

Mayor Bruce Kerrigan urged residents to report leaks. ⟦bk|"Every leak we fix is water in the dam, and that”s what keeps the taps running,"⟧ he said.

A council spokeswoman said fines of up to $500 could apply for repeated breaches, but the focus would be ⟦csw|"education first"⟧.
""")

doc("own-40-world-briefs", "world news in brief (short items)", {
    "al": P("Ana Lupescu", []),
    "is": P("Ivo Stanek", ["Head keeper"]),
    "sa": P("Sigrid Aalto", ["Captain"]),
    "rf": P("Rhodri Flett", ["Chief Minister"]),
    "bg": P("Brennmark's government", kind="org"),
}, """
WORLD IN BRIEF

VELSTRIA: Quake shakes capital

A magnitude 5.8 earthquake struck 30 km south of Port Seraya on Tuesday, damaging older buildings but causing no deaths, officials said. ⟦al|"We felt the whole tower sway,"⟧ said Ana Lupescu, 33, who works on the 14th floor of an office block in the city centre. ⟦al|"Then everyone was on the stairs at once."⟧

RURITANIA: Zoo welcomes snow leopard triplets

Ostravel Zoo's snow leopard, Tashi, has given birth to triplets, the zoo said on Wednesday. Head keeper Ivo Stanek called the cubs ⟦is|"healthy, hungry and very loud."⟧ They will go on show in the spring.

BRENNMARK: Ferry captain honoured

Captain Sigrid Aalto, who steered a stricken ferry into Skarholm harbour during a storm last year, has been awarded the Brennmark Medal of Courage. ⟦sa|"I just did my job. The crew did theirs,"⟧ she said at the ceremony.

KESSEL ISLANDS: Referendum date set

The Kessel Islands will vote on independence from Brennmark on October 12, the islands' government announced. Chief Minister Rhodri Flett said the vote would be ⟦rf|"the most important day in our history."⟧ Brennmark's government said it would ⟦bg|"respect the outcome, whatever it is."⟧
""")

doc("own-41-canada-ice-storm", "Canadian regional news (headline quote never attributed, '98)", {
    "cb": P("Claire Beaudoin", ["Northshore Hydro's vice-president of distribution operations", "vice-president of distribution operations"], ["Beaudoin"]),
    "nh": P("Northshore Hydro", [], ["Hydro"], kind="org"),
    "gt": P("Gérard Tremblay", []),
    "as": P("Anika Sharma", ["Volunteer coordinator"]),
    "rc": P("Rob Chartrand", ["Mayor"]),
}, """
⟦-|'Like a war zone'⟧: thousands still without power after Lakehead ice storm

More than 18,000 Northshore Hydro customers were still without electricity Sunday evening, three days after an ice storm brought down trees and power lines across the Lakehead region.

⟦cb|"We're making steady progress, but this is one of the most damaging storms we've seen in a decade,"⟧ said Claire Beaudoin, Northshore Hydro's vice-president of distribution operations.

Beaudoin said about 400 crew members, some from three neighbouring provinces, were working 16-hour shifts. The utility expects most customers to be reconnected by Wednesday but warned that some rural customers could be without power ⟦nh|"well into next week."⟧

In the hamlet of Pine Hollow, Gérard Tremblay, 76, has been running a generator to keep his furnace going. ⟦gt|"My wife and I have been through worse, in '98,"⟧ he said. ⟦gt|"But we were younger then.”⟧

The township opened a warming centre at the community hall. Volunteer coordinator Anika Sharma said about 60 people had come through on Saturday. ⟦as|"Some come for the soup, some come to charge their phones, and some just come because they don't want to be alone,"⟧ she said.

Mayor Rob Chartrand of Lakehead Township said the municipality had asked the province for help. ⟦rc|"Our public works crews have been going non-stop,"⟧ he said. ⟦rc|"We need help clearing the rural roads so Hydro can get in."⟧
""")

doc("own-42-tennis-semifinal", "sports website (single-quoted headline with apostrophe, same surname)", {
    "fl": P("Freya Lund", [], ["Lund"]),
    "id": P("Ines Dahl", ["world number two"], ["Dahl", "Ines"]),
    "kl": P("Karin Lund", ["coach", "mother"]),
}, """
Lund ⟦fl|'can't wait'⟧ for first major final after stunning Dahl

Brennmark's Freya Lund says she ⟦fl|"can't wait"⟧ to play in her first major final after beating world number two Ines Dahl 7-6 (7-4) 6-3 in the semi-finals of the Ostravel Open.

The 20-year-old, ranked 46th in the world, saved three set points in the first set before breaking Dahl twice in the second.

⟦fl#told|"It still doesn't feel real,"⟧ Lund told Radio Skarholm. ⟦fl|"I was watching Ines on TV when I was 12, and now I've beaten her. It's crazy."⟧

Lund will face top seed Mia Carvalho or the unseeded Petra Novotná in Saturday's final.

Asked whether she felt any pressure, Lund said: ⟦fl|"Pressure is for the people who are expected to win. Nobody expected me to be here."⟧

Dahl, 27, was gracious in defeat. ⟦id|"She played the big points better than me. Simple as that,"⟧ she said. ⟦id|"She's going to be a top-10 player, no question."⟧

Lund's coach, her mother Karin Lund, watched from the players' box. Speaking to reporters afterwards, Karin Lund said: ⟦kl#same,nest|"I told her this morning, 'Just enjoy it.' I think she listened for once."⟧
""")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [d["id"] for d in DOCS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    built = [build(d) for d in DOCS]
    path = os.path.join(here, "own-news.gold.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for g, _, _ in built:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    # Re-read and check the spans once more, as the scorer will see them.
    with open(path, encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            b = g["text"].encode()
            for q in g["quotes"]:
                assert b[q["start"]:q["end"]].decode() == q["text"]
    nq = sum(len(g["quotes"]) for g, _, _ in built)
    words = [len(g["text"].split()) for g, _, _ in built]
    print(f"wrote {path}: {len(built)} documents, {nq} gold quotes, "
          f"{sum(words)} words (median {sorted(words)[len(words) // 2]}, max {max(words)})")
    if "--stats" in sys.argv:
        for g, q, t in built:
            print(f"  {g['id']:<40} {len(g['text'].split()):>4} words {len(q):>3} quotes {len(t):>2} terms")
        for k, v in sorted(coverage(built).items()):
            print(f"  {v:>4}  {k}")


if __name__ == "__main__":
    main()
