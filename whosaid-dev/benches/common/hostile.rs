//! The adversarial bench's inputs (see `benches/adversarial.rs` for what
//! each kind is), here so that the instruction counts
//! (`benches/instructions.rs`) read the same text.

use super::Rng;

/// The kinds in the order they are benched (and reported).
pub const KINDS: &[&str] = &[
    "news",
    "dquote",
    "squote",
    "open_curly",
    "name_storm",
    "pronoun_storm",
    "endless_para",
    "nested",
    "namesakes",
    "named_later",
    "guillemet_storm",
    "curly_storm",
    "low_storm",
    "nested_storm",
    "quote_storm",
    "letter_storm",
    "dialogue_storm",
];

const WORDS: &[&str] = &[
    "the",
    "port",
    "talks",
    "workers",
    "would",
    "not",
    "sign",
    "a",
    "deal",
    "before",
    "summer",
    "and",
    "officials",
    "doubted",
    "that",
    "ships",
    "could",
    "move",
    "again",
    "this",
    "week",
    "of",
    "in",
    "budget",
    "harbour",
    "strike",
    "offer",
    "table",
    "answer",
    "members",
    "voted",
    "clear",
    "margin",
    "railway",
    "money",
    "account",
    "families",
    "morning",
    "crisis",
    "negotiation",
];

const CAPITALISED: &[&str] = &[
    "Vladimir",
    "Putin",
    "Ankara",
    "Marco",
    "Rubio",
    "Kyiv",
    "Moscow",
    "Washington",
    "Ilse",
    "Varga",
    "Oskar",
    "Brandt",
    "Dalia",
    "Ferro",
    "Port",
    "Asten",
    "Lenmouth",
    "Brennmark",
    "Northwire",
    "Holdings",
    "Harbour",
    "Police",
    "Ministry",
    "Transport",
    "Union",
    "Council",
    "Tuesday",
    "March",
    "European",
    "Commission",
    "Reuters",
    "O'Dell",
    "Mbeki-Ross",
    "Emmanuel",
    "Macron",
    "Olaf",
    "Scholz",
    "Recep",
    "Tayyip",
    "Erdogan",
    "Ursula",
    "Leyen",
    "White",
    "House",
];

const TITLES: &[&str] = &[
    "President",
    "Minister",
    "Foreign Minister",
    "Prime Minister",
    "Secretary",
    "Secretary of State",
    "Mayor",
    "Chief Executive",
    "Governor",
    "Spokeswoman",
    "Senator",
    "Commissioner",
];

const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "General", "Judge"];

const SPEECH_VERBS: &[&str] = &[
    "Said",
    "Told",
    "Says",
    "Added",
    "Warned",
    "said",
    "told",
    "says",
    "added",
    "warned",
    "insisted",
    "according to",
    "Told Reporters",
    "wrote",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "He", "She", "They", "it", "we", "I"];

const PRONOUN_VERBS: &[&str] = &[
    "said",
    "told",
    "says",
    "added",
    "warned",
    "insisted",
    "replied",
    "told reporters",
];

/// `kind` at least `size` bytes long (at most a few bytes over).
pub fn generate(kind: &str, size: usize) -> String {
    let mut rng = Rng::new(0xAD7E_55A1 ^ size as u64);
    let mut out = String::with_capacity(size + 64);
    match kind {
        "news" => return super::news_like(size),
        "dquote" => out.push_str(&"\"".repeat(size)),
        "squote" => out.push_str(&"'".repeat(size)),
        "open_curly" => {
            while out.len() < size {
                out.push('“');
                for _ in 0..1 + rng.below(4) {
                    out.push_str(rng.pick(WORDS));
                    out.push(' ');
                }
            }
        }
        "name_storm" => {
            let mut n = 0usize;
            while out.len() < size {
                n += 1;
                let word = match rng.below(12) {
                    0 | 1 => rng.pick(TITLES),
                    2 => rng.pick(HONORIFICS),
                    3 | 4 => rng.pick(SPEECH_VERBS),
                    _ => rng.pick(CAPITALISED),
                };
                out.push_str(word);
                if n.is_multiple_of(40) {
                    out.push_str(" \"");
                    out.push_str(rng.pick(WORDS));
                    out.push(' ');
                    out.push_str(rng.pick(WORDS));
                    out.push('"');
                } else if rng.below(8) == 0 {
                    out.push(',');
                }
                out.push(' ');
            }
        }
        "pronoun_storm" => {
            while out.len() < size {
                out.push_str(rng.pick(PRONOUNS));
                out.push(' ');
                out.push_str(rng.pick(PRONOUN_VERBS));
                out.push_str(" \"");
                out.push_str(rng.pick(WORDS));
                out.push_str("\" ");
            }
        }
        "endless_para" => {
            let news = super::news_like(size);
            out.extend(news.chars().map(|c| match c {
                '.' | '!' | '?' => ',',
                '\n' | '\r' => ' ',
                c => c,
            }));
        }
        "nested" => {
            // Opening half then the closing half, mirrored.
            let mut words = Vec::new();
            let mut depth = 0usize;
            while out.len() < size / 2 {
                let w = rng.pick(WORDS);
                out.push(if depth.is_multiple_of(2) {
                    '“'
                } else {
                    '‘'
                });
                out.push_str(w);
                out.push(' ');
                words.push(w);
                depth += 1;
            }
            while let Some(w) = words.pop() {
                depth -= 1;
                out.push_str(w);
                out.push(if depth.is_multiple_of(2) {
                    '”'
                } else {
                    '’'
                });
                out.push(' ');
            }
        }
        "namesakes" => {
            let mut n = 0;
            while out.len() < size {
                out.push_str(&made_up_name(n));
                out.push_str(" Varga said \"We will see.\" ");
                n += 1;
            }
        }
        "named_later" => {
            let mut n = 0;
            while out.len() < size {
                out.push_str(
                    "An official said \"We will see.\" The official, harbour master Tomas ",
                );
                out.push_str(&made_up_name(n));
                out.push_str(", said \"No comment.\"\n\n");
                n += 1;
            }
        }
        // Storms of one mark, of a nested pair, and of tiny quotes (issue
        // 10): filler, or an attack.
        "guillemet_storm" => out.push_str(&"‹".repeat(size / 3)),
        "curly_storm" => out.push_str(&"“".repeat(size / 3)),
        "low_storm" => out.push_str(&"„".repeat(size / 3)),
        "nested_storm" => out.push_str(&"“‘".repeat(size / 6)),
        "quote_storm" => out.push_str(&"\"c\"".repeat(size / 3)),
        // The same storm without a period: each one-letter quote's letter
        // from the fixed-seed generator (`"q""c""x"…`), so that nothing
        // can pass over it as a repeat.
        "letter_storm" => {
            while out.len() + 3 <= size {
                out.push('"');
                out.push(char::from(b'a' + rng.below(26) as u8));
                out.push('"');
            }
        }
        // A conversation of one-line turns, every paragraph a quote (issue
        // 8: a novel's long exchanges, at storm length): two people, named
        // by a cue every seventh turn, a new pair every 40 turns; the rest
        // short questions and replies that name no one.
        "dialogue_storm" => {
            const LINES: [&str; 6] = [
                "Are you coming?",
                "Not yet.",
                "Why not?",
                "I have letters to finish.",
                "Then go, Tomas!",
                "Well, perhaps.",
            ];
            let mut turn = 0usize;
            while out.len() < size {
                let pair = turn / 40;
                let line = LINES[rng.below(LINES.len())];
                if turn.is_multiple_of(7) {
                    let who = made_up_name(2 * pair + turn % 2);
                    out.push_str(&format!("\"{line}\" said {who}.\n\n"));
                } else {
                    out.push_str(&format!("\"{line}\"\n\n"));
                }
                turn += 1;
            }
        }
        _ => unreachable!("unknown kind {kind}"),
    }
    out
}

/// The `n`th of a million distinct capitalised made-up names (`Kakakakaka`).
fn made_up_name(n: usize) -> String {
    const SYL: [&str; 16] = [
        "ka", "lo", "mi", "ru", "te", "sa", "vo", "ne", "di", "pa", "go", "re", "zu", "fi", "ba",
        "ho",
    ];
    let mut name = String::new();
    for k in (0..5).rev() {
        name.push_str(SYL[(n >> (4 * k)) & 15]);
    }
    let mut c = name.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}
