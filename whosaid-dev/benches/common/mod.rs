//! News-like text for benchmarks, generated deterministically from
//! paragraph templates we wrote (fictional people, places and
//! organisations). Every quoting convention whosaid handles appears: `"…,"
//! said X, the Y of Z.`, `X said: "…"`, `according to`, reported speech with
//! a partial quote, pronoun and descriptor follow-ups, quote-only
//! continuation paragraphs, multi-paragraph quotes, organisations speaking,
//! scare quotes, titles, interview turns, curly, single, nested and
//! guillemet marks, and plenty of apostrophes (`Asten's`, `didn't`, `'90s`,
//! `O'Dell`, `rock 'n' roll`).
//!
//! Shared by the benches: `mod common;` in each.

#![allow(dead_code)]

pub mod hostile;

/// SplitMix64: small, fast and the same on every machine, so every run
/// benches the same text.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST_NAMES: &[&str] = &[
    "Ilse", "Oskar", "Dalia", "Piet", "Rosa", "Tomas", "Maren", "Kofi", "Anouk", "Radu", "Selin",
    "Jonah", "Mireille", "Bram", "Ayesha", "Lorcan", "Hedda", "Emeka", "Nadia", "Caspar",
];

const SURNAMES: &[&str] = &[
    "Varga",
    "Brandt",
    "Ferro",
    "Haldane",
    "Quill",
    "Wendt",
    "Okafor",
    "Lindahl",
    "Marchetti",
    "O'Dell",
    "Sorensen",
    "Achterberg",
    "Mbeki-Ross",
    "Castellan",
    "Ruiz-Palomo",
    "Kettering",
    "Novak",
    "Aldous",
    "Trevane",
    "Ibsworth",
];

/// Titles that take an "of PLACE" affiliation.
const TITLES: &[&str] = &[
    "transport minister",
    "foreign minister",
    "mayor",
    "chief executive",
    "central bank governor",
    "opposition leader",
    "health secretary",
    "police commissioner",
    "trade envoy",
    "deputy prime minister",
];

/// The same roles as short descriptors for `the minister said`.
const DESCRIPTORS: &[&str] = &[
    "minister",
    "mayor",
    "executive",
    "governor",
    "envoy",
    "commissioner",
    "secretary",
];

const PLACES: &[&str] = &[
    "Brennmark",
    "Port Asten",
    "Lenmouth",
    "the Vell Islands",
    "Karsova",
    "North Tarrow",
    "Ostrevia",
    "Saint-Hélier-sur-Vann",
];

const ORGANISATIONS: &[&str] = &[
    "Harbour Police",
    "the Ministry of Transport",
    "Asten Terminals",
    "the Lenmouth Fire Service",
    "the Dockworkers' Union",
    "the Karsovan Rail Authority",
    "Northwire Holdings",
];

const VERBS_AFTER: &[&str] = &[
    "said",
    "says",
    "added",
    "warned",
    "insisted",
    "acknowledged",
    "told reporters",
    "wrote on social media",
    "responded",
    "reiterated",
    "explained",
    "recalled",
];

const QUOTES: &[&str] = &[
    "We will not sign anything that leaves the workers worse off than they were last year",
    "I'm not going to pretend this is easy, because it isn't",
    "The port has been here for three hundred years and it'll be here long after this dispute",
    "Nobody in this building wants a strike that runs into the summer",
    "We've put a fair offer on the table and we're waiting for an answer",
    "If the ships don't move, the shelves empty, and that's the truth of it",
    "Our members voted by a clear margin, and I won't ask them to vote again",
    "This is the best budget the city has seen since the '90s",
    "We can't build a railway on promises; we need the money in the account",
    "I spoke to the families this morning and they deserve better than silence",
    "There's no crisis, there is a negotiation, and negotiations take time",
    "The figures speak for themselves: exports fell by a fifth in two months",
    "We didn't start this fight, but we'll finish it at the table",
    "Mr. Ferro's letter arrived at 11 p.m. and we answered it by breakfast",
    "You can't run a harbour on goodwill alone",
    "Ask anyone on the quay what they think of the so-called plan",
    "It is too early to say what caused the fire, and I won't guess",
    "Rock 'n' roll didn't save the old pier, and speeches won't save this one",
];

const FRAGMENTS: &[&str] = &[
    "going nowhere",
    "deeply disappointed",
    "a fair share",
    "calm heads",
    "an end to the blockade",
    "possible compromises",
    "the worst week in memory",
    "irresponsible",
    "a step in the right direction",
    "not for sale",
];

const TERMS: &[&str] = &[
    "reset",
    "grand bargain",
    "harbour tax",
    "quiet summer",
    "new deal",
];

const WORKS: &[&str] = &[
    "Hands on the Harbour",
    "The Long Quay",
    "Ports for Tomorrow",
    "Salt and Iron",
];

/// The people one article talks about.
struct Person {
    first: &'static str,
    last: &'static str,
    title: &'static str,
    place: &'static str,
    pronoun: &'static str,
}

/// Appends one article (a headline and 10 to 17 paragraphs) to `out`.
pub fn article(rng: &mut Rng, out: &mut String) {
    let cast: Vec<Person> = (0..3)
        .map(|_| Person {
            first: rng.pick(FIRST_NAMES),
            last: rng.pick(SURNAMES),
            title: rng.pick(TITLES),
            place: rng.pick(PLACES),
            pronoun: if rng.below(2) == 0 { "he" } else { "she" },
        })
        .collect();
    let lead = &cast[0];
    let place = rng.pick(PLACES);

    // Headline with a single-quoted partial quote.
    out.push_str(&format!(
        "{} calls for '{}' as {place} talks stall\n\n",
        capitalise(lead.title),
        rng.pick(FRAGMENTS)
    ));
    out.push_str(&format!(
        "{}, {} (Northwire) - Talks in {place}'s long-running dispute didn't resume on \
         Tuesday, and officials said they doubted a deal could be reached before the weekend.\n\n",
        place.to_uppercase(),
        lead.place
    ));

    let paragraphs = 10 + rng.below(8);
    for _ in 0..paragraphs {
        let p = &cast[rng.below(cast.len())];
        let q = rng.pick(QUOTES);
        let q2 = rng.pick(QUOTES);
        let verb = rng.pick(VERBS_AFTER);
        let para = match rng.below(20) {
            0 => format!(
                "\"{q},\" said {} {}, the {} of {}.",
                p.first, p.last, p.title, p.place
            ),
            1 => format!("\"{q},\" {} {verb}.", p.last),
            2 => format!("{} {} said: \"{q}.\"", p.first, p.last),
            3 => format!(
                "{} told reporters: \"{q}.\" {} did not take questions.",
                p.last,
                capitalise(p.pronoun)
            ),
            4 => format!(
                "\"{q},\" according to a spokeswoman for {}.",
                rng.pick(ORGANISATIONS)
            ),
            5 => format!(
                "{} stated that the talks were \"{}\" and that {}'s position hadn't changed.",
                p.last,
                rng.pick(FRAGMENTS),
                p.place
            ),
            6 => format!("\"{q},\" {} {verb}. \"{q2}.\"", p.pronoun),
            7 => format!("\"{q},\" the {} said.", rng.pick(DESCRIPTORS)),
            8 => format!("\"{q}.\""),
            9 => format!(
                "In a letter to members, {} wrote:\n\n\"{q}.\n\n\"{q2}.\n\n\"{}.\"",
                p.last,
                rng.pick(QUOTES)
            ),
            10 => format!(
                "{} said in a statement that nobody had been hurt. \"{q},\" the statement said.",
                rng.pick(ORGANISATIONS)
            ),
            11 => format!(
                "The so-called \"{}\" was never agreed, and the Joneses' old warehouse on the \
                 quay is still empty.",
                rng.pick(TERMS)
            ),
            12 => format!(
                "{}'s book \"{}\" came out in the '90s and is still sold at the ferry terminal.",
                p.last,
                rng.pick(WORKS)
            ),
            13 => format!("Northwire: \"What happens next?\"\n\n{}: \"{q}.\"", p.last),
            14 => format!("“{q},” {} {} {verb}.", p.first, p.last),
            15 => format!(
                "“When I asked the other side, they said ‘{}’ twice,” {} recalled. “{q2}.”",
                rng.pick(FRAGMENTS),
                p.last
            ),
            16 => format!("«{q}», {} said through an interpreter.", p.last),
            17 => format!(
                "According to {} {}, the {}, \"{q}.\"",
                p.first, p.last, p.title
            ),
            18 => format!(
                "Shares in {} fell 3% in early trading; the company's results are due on \
                 Thursday and O'Dell's analysts don't expect a surprise.",
                rng.pick(ORGANISATIONS)
            ),
            _ => format!(
                "{} {}, who has been {} since 2019, called the offer '{}' in a radio interview.",
                p.first,
                p.last,
                p.title,
                rng.pick(FRAGMENTS)
            ),
        };
        out.push_str(&para);
        out.push_str("\n\n");
    }
    out.push_str("(Reporting by Clara Wendt; editing by Jon O'Dell)\n\n");
}

/// Articles appended until the text is at least `min_bytes` long.
pub fn news_like(min_bytes: usize) -> String {
    let mut rng = Rng::new(0x5EED_5A1D);
    let mut out = String::with_capacity(min_bytes + 8192);
    while out.len() < min_bytes {
        article(&mut rng, &mut out);
    }
    out
}

/// `n` separate articles, for per-document benches (JSONL).
pub fn articles(n: usize) -> Vec<String> {
    let mut rng = Rng::new(0xA271_C1E5);
    (0..n)
        .map(|_| {
            let mut s = String::new();
            article(&mut rng, &mut s);
            s
        })
        .collect()
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
