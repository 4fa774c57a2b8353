#!/usr/bin/env python3
"""Writes N fictional news-like JSONL documents to stdout, deterministically.

    python3 scripts/spark/generate.py 12000 > docs.jsonl

Each line is {"id": "doc-000001", "source": …, "date": …, "text": …}: a
headline and a few paragraphs with quotes in several conventions (straight
and curly marks, guillemets, German and CJK marks, nested and partial
quotes, scare quotes), speakers with roles, pronouns, unnamed sources and
non-ASCII names. A handful of fixed edge cases come first (an empty text, a
document without quotes, a long one, emoji, a Unicode line separator).
Every name, place and organisation is made up. The same N gives the same
bytes on every run and machine (a seeded random.Random, no clock, no hash
order).
"""
import json
import random
import sys

FIRST = ["Jane", "Ilse", "Tomas", "Marta", "Oskar", "Ngozi", "Priya", "Liam",
         "Zoë", "José", "Søren", "Łukasz", "François", "Ana-María", "İlkay",
         "Dương", "Aoife", "Kwame", "Mirela", "Henrik", "Chiara", "Rafael",
         "Yusuf", "Elena", "Bram", "Saoirse", "Mateo", "Hana", "Viktor", "Leila"]
LAST = ["Roe", "Varga", "Brennan", "Müller", "Ødegaard", "Núñez", "Kowalczyk",
        "Okafor", "Lindqvist", "Castellano", "Dubois", "Mensah", "Petrescu",
        "Halloran", "Yılmaz", "Nguyen", "Sørensen", "O'Dell", "MacAllister",
        "van der Berg", "Ibáñez", "Novak", "Achterberg", "Quill", "Tanaka"]
COUNTRY = ["Ruritania", "Brennmark", "Elbonia", "Costa Luna", "Vestria",
           "Marovia", "Kessland", "Nordhavn"]
CITY = ["Port Elling", "Strelsau", "Ankerholm", "Vell", "San Ormo",
        "Lugano Nuevo", "Kastell", "Brückenau", "Oranmore"]
ORG = ["Harbour Freight", "the Vestrian Rail Company", "Brennmark Energy",
       "the Marovian Central Bank", "Kessland Telecom", "the Port Elling Dockers' Union",
       "Nordhavn Fisheries", "the Elbonian Farmers' League"]
TITLE = ["trade minister", "transport minister", "finance minister", "mayor",
         "chief executive", "harbourmaster", "police chief", "union leader",
         "central bank governor", "foreign minister", "health minister"]
DESCRIPTOR = ["a ministry spokeswoman", "a senior official", "a government source",
              "a spokesman for the port authority", "one diplomat",
              "a person familiar with the talks"]
UTTER = [
    "We are ready", "Talks start on Monday", "This is not the end of the road",
    "Nobody wants a strike, least of all the workers",
    "The figures speak for themselves",
    "We will not be rushed into a bad deal",
    "I have never seen the harbour this busy",
    "Prices will fall before the winter",
    "It's too early to say what went wrong",
    "We didn't expect the storm to hit so hard",
    "Our doors remain open",
    "The bridge will reopen in the spring",
    "Let me be clear: there is no money for this",
    "The '90s are over, and so is that way of doing business",
    "Ask the drivers, not me",
    "We owe it to the next generation",
    "Every vote counts — every single one",
    "It was a long night, but we got there",
    "The trains will run on time, I promise you",
    "Fishing quotas are not a bargaining chip",
    "Zürich was only the first step",
    "Señor Ibáñez knows exactly what he signed",
    "Nobody told us the plant would close",
    "The report is wrong on almost every count",
]
PARTIAL = ["going nowhere", "a serious mistake", "the best offer on the table",
           "deeply worrying", "long overdue", "a question of trust",
           "unacceptable in every respect", "a fresh start"]
TERM = ["reset", "grand bargain", "rescue plan", "Harbour Deal", "winter package"]
TOPIC = ["port strike", "rail tender", "fishing quotas", "budget talks",
         "bridge repairs", "energy prices", "trade agreement", "flood defences"]
DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SOURCE = ["Voz Wire", "Harbour Courier", "The Strelsau Times", "Kessland Post"]


def person(r):
    g = r.choice(["she", "he"])
    return {"name": f"{r.choice(FIRST)} {r.choice(LAST)}", "pron": g,
            "title": r.choice(TITLE), "place": r.choice(COUNTRY + CITY)}


def utter(r, end=","):
    u = r.choice(UTTER)
    if r.random() < 0.3:
        u += ". " + r.choice(UTTER)
    return u + end


def paragraph(r, p, other, topic, city):
    n, pr = p["name"], p["pron"]
    role = f"the {p['title']} of {p['place']}"
    forms = [
        lambda: f'"{utter(r)}" said {n}, {role}.',
        lambda: f'"{utter(r)}" {n} said on {r.choice(DAY)}.',
        lambda: f'{n}, {role}, said: "{utter(r, ".")}"',
        lambda: f'“{utter(r)}” {pr} added.',
        lambda: f'“{utter(r, ".")}”',
        lambda: f'According to {n}, "{utter(r, ".")}"',
        lambda: f'"{utter(r)}" according to {r.choice(DESCRIPTOR)}.',
        lambda: f'{n} told reporters in {city} that the offer was "{r.choice(PARTIAL)}".',
        lambda: f'The {p["title"]} said the {topic} had been "{r.choice(PARTIAL)}" from the start.',
        lambda: f"'{utter(r)}' said {other['name']}, who leads {r.choice(ORG)}.",
        lambda: f'«{utter(r)}» said {other["name"]}.',
        lambda: f'„{utter(r)}“ said {n} in German.',
        lambda: f'{other["name"]} said: "When I asked him, he told me \'{r.choice(UTTER)}\' and left."',
        lambda: f'Critics call it the so-called "{r.choice(TERM)}", a label {n}\'s office rejects.',
        lambda: f'{r.choice(ORG)[0].upper() + r.choice(ORG)[1:]} said in a statement that talks would resume on {r.choice(DAY)}.',
        lambda: f'Talks on the {topic} resumed on {r.choice(DAY)} in {city}, where {n} met {other["name"]}.',
        lambda: f'"{utter(r)}" {r.choice(DESCRIPTOR)} said, asking not to be named.',
    ]
    return r.choice(forms)()


def document(r, i):
    topic, city = r.choice(TOPIC), r.choice(CITY)
    people = [person(r) for _ in range(r.randint(1, 3))]
    p = people[0]
    headline = r.choice([
        f"{p['name'].split()[-1]} says {topic} talks 'going nowhere'",
        f"Minister calls for 'calm heads' as {topic} stall",
        f"{city}: {topic} deal in sight",
        f"{p['title'].capitalize()} vows action on {topic}",
    ])
    paras = [headline]
    paras.append(f"{city.upper()}, {r.choice(DAY)} ({r.choice(SOURCE)}) — "
                 f"The {topic} dominated the week in {city}.")
    for _ in range(r.randint(2, 7)):
        speaker = r.choice(people)
        paras.append(paragraph(r, speaker, r.choice(people), topic, city))
    if r.random() < 0.1:
        # An interview excerpt: "Name: quote" at the start of lines.
        q = r.choice(people)
        paras.append(f'{q["name"]}: "{utter(r, ".")}"\nReporter: "And then?"\n'
                     f'{q["name"]}: "{utter(r, ".")}"')
    return "\n\n".join(paras)


def special(i):
    """Fixed edge cases, by position."""
    return [
        "",
        "The council met on Tuesday. Nothing was said on the record.",
        ("\"We are ready,\" said Jane Roe, the trade minister of Ruritania. "
         "She added: \"Talks start on Monday.\"\n\n") * 400,
        "“Stay calm 🙂 and carry on,” said Zoë Ødegaard, the mayor of Vell. 🚢",
        "\"Line one\u2028line two,\" said Henrik Quill.\u2028\u0085Then\tthe tab.",
        "「準備はできている」と田中花子外相は述べた。 \"Ready,\" said Hana Tanaka.",
        "He said \"unclosed quote and then the paragraph ends\n\nNew paragraph, no quotes.",
    ][i]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12000
    r = random.Random(20240604)
    out = sys.stdout
    n_special = 7
    for i in range(1, n + 1):
        text = special(i - 1) if i <= n_special else document(r, i)
        doc = {"id": f"doc-{i:06d}", "source": SOURCE[i % len(SOURCE)],
               "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "text": text}
        out.write(json.dumps(doc, ensure_ascii=(i % 3 == 0)) + "\n")


if __name__ == "__main__":
    main()
