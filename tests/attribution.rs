//! Behaviour tables for the attributor: for each sentence, which quote, who
//! said it, in what role, and what kind of quote it is.
//!
//! Every sentence here is written for these tests, with fictional people and
//! places, in the manner of wire copy (AP, Reuters), broadcasters (BBC),
//! British and local papers and sports reports. Real articles stay in
//! `../shared/corpus`, where they are scored, not asserted.
//!
//! Each group runs its whole table and reports every miss at once.
//!
//! Conventions in the tables:
//! - `quote` is a substring of `text` that starts at the quote's opening
//!   mark (marks included); the quote checked is the one the scanner found
//!   starting there. For a quote over several paragraphs, its first line.
//! - `speaker` and `role` may list accepted answers separated by `|`, as the
//!   gold files list several roles. Names compare case-insensitively; roles
//!   also ignore a leading article and trailing punctuation, so
//!   `the harbour master,` matches `harbour master`.
//! - `speaker: None` means the quote must have no speaker; `role: None` and
//!   `kind: None` mean "not checked".

use whosaid::{Analysis, Attribution, Attributor, Config, QuoteKind, SpeakerKind};

use QuoteKind::{Direct, Partial, Term};

/// One row of a table: a text, the quote to look at, and what the
/// attributor should say about it.
#[derive(Debug)]
struct Case {
    name: &'static str,
    text: &'static str,
    /// Substring of `text` starting at the quote's opening mark.
    quote: &'static str,
    /// Expected canonical speaker (`|` separates accepted answers);
    /// `None`: the quote must have no speaker.
    speaker: Option<&'static str>,
    /// Expected first role of the speaker (`|` separates accepted answers);
    /// `None`: not checked.
    role: Option<&'static str>,
    /// Expected kind; `None`: not checked.
    kind: Option<QuoteKind>,
}

/// Speaker kinds the tables expect, by case name (only where the kind is
/// the point of the case: unnamed sources and organisations).
const SPEAKER_KINDS: &[(&str, SpeakerKind)] = &[
    (
        "according_to_unnamed_spokeswoman",
        SpeakerKind::UnnamedSource,
    ),
    (
        "according_to_unnamed_officer_before",
        SpeakerKind::UnnamedSource,
    ),
    ("according_to_organisation", SpeakerKind::Organisation),
    (
        "according_to_report_by_named_issuer",
        SpeakerKind::Organisation,
    ),
    ("role_unnamed_spokeswoman", SpeakerKind::UnnamedSource),
    (
        "role_unnamed_witness_told_paper",
        SpeakerKind::UnnamedSource,
    ),
    ("role_organisation_named_police", SpeakerKind::Organisation),
    (
        "role_the_ministry_resolves_to_name",
        SpeakerKind::Organisation,
    ),
    ("role_the_ministry_unnamed", SpeakerKind::Organisation),
    ("role_police_lower_case", SpeakerKind::Organisation),
    ("role_statement_issuer", SpeakerKind::Organisation),
    ("role_title_before_name", SpeakerKind::Person),
    ("role_appositive_the", SpeakerKind::Person),
    (
        "role_spokesman_for_an_organisation_is_an_unnamed_source",
        SpeakerKind::UnnamedSource,
    ),
    (
        "role_spokeswoman_for_lower_case_organisation",
        SpeakerKind::UnnamedSource,
    ),
    (
        "role_person_from_a_place_is_the_subject",
        SpeakerKind::Person,
    ),
];

// ---------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------

fn norm_name(s: &str) -> String {
    s.replace(['\u{2019}', '\u{2018}'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn norm_role(s: &str) -> String {
    let s = norm_name(s);
    let s = s.trim_matches(|c: char| c.is_whitespace() || ",.;:".contains(c));
    let s = ["the ", "a ", "an "]
        .iter()
        .find_map(|a| s.strip_prefix(a))
        .unwrap_or(s);
    s.trim().to_string()
}

fn matches_any(expected: &str, got: &str, norm: fn(&str) -> String) -> bool {
    let got = norm(got);
    expected.split('|').any(|alt| norm(alt) == got)
}

/// The attribution of the quote that opens where `needle` starts in `text`.
fn find_quote<'a, 't>(
    a: &'a Analysis<'t>,
    text: &str,
    needle: &str,
) -> Result<&'a Attribution<'t>, String> {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("test bug: quote {needle:?} is not in the text"));
    a.quotes()
        .iter()
        .find(|q| q.span().start == start)
        .ok_or_else(|| {
            let found: Vec<&str> = a.quotes().iter().map(|q| q.text()).collect();
            format!("no quote opens at {needle:?}; scanner found {found:?}")
        })
}

/// Every way the attributor's answer for `case` differs from the table.
fn check(who: &Attributor, case: &Case) -> Vec<String> {
    let mut miss = Vec::new();
    let a = match who.attribute(case.text) {
        Ok(a) => a,
        Err(e) => return vec![format!("attribute() failed: {e}")],
    };
    let q = match find_quote(&a, case.text, case.quote) {
        Ok(q) => q,
        Err(e) => return vec![e],
    };
    let sp = a.speaker(q);
    let got_name = sp.map(|s| s.name());

    if let Some(k) = case.kind {
        if q.kind() != k {
            miss.push(format!("kind: expected {k:?}, got {:?}", q.kind()));
        }
    }

    match (case.speaker, got_name) {
        (None, None) => {}
        (None, Some(g)) => miss.push(format!(
            "speaker: expected none, got {g:?} (sieve {:?})",
            q.sieve()
        )),
        (Some(e), None) => miss.push(format!("speaker: expected {e:?}, got none")),
        (Some(e), Some(g)) => {
            if !matches_any(e, g, norm_name) {
                miss.push(format!(
                    "speaker: expected {e:?}, got {g:?} (sieve {:?})",
                    q.sieve()
                ));
            }
        }
    }

    if let (Some(e), Some(s)) = (case.role, sp) {
        match s.role() {
            None => miss.push(format!("role: expected {e:?}, got none")),
            Some(r) if !matches_any(e, r.text(), norm_role) => {
                let all: Vec<&str> = s.roles().iter().map(|r| r.text()).collect();
                miss.push(format!(
                    "role: expected {e:?}, got {:?} (all roles {all:?})",
                    r.text()
                ));
            }
            Some(_) => {}
        }
    }

    if let (Some((_, k)), Some(s)) = (SPEAKER_KINDS.iter().find(|(n, _)| *n == case.name), sp) {
        if s.kind() != *k {
            miss.push(format!("speaker kind: expected {k:?}, got {:?}", s.kind()));
        }
    }

    // The documented contract between speaker, sieve and confidence.
    match sp {
        Some(_) => {
            if q.sieve().is_none() {
                miss.push("a quote with a speaker must name its sieve".into());
            }
            if !(q.confidence() > 0.0 && q.confidence() <= 1.0) {
                miss.push(format!(
                    "confidence {} outside (0, 1] for a linked quote",
                    q.confidence()
                ));
            }
        }
        None => {
            if q.confidence() != 0.0 {
                miss.push(format!(
                    "confidence {} for a quote with no speaker (expected 0)",
                    q.confidence()
                ));
            }
        }
    }
    if q.kind() == Term && sp.is_some() {
        miss.push("a term quote has a speaker".into());
    }
    miss
}

/// Runs a table and panics once with every miss, one line per problem.
///
/// The tables check what the rules find: every best candidate is kept,
/// however weak (`min_confidence(0.0)`); `tests/decision.rs` checks what
/// the default threshold withholds.
fn run(group: &str, cases: &[Case]) {
    let who = Attributor::with_config(Config::new().min_confidence(0.0)).expect("config");
    let mut report = Vec::new();
    let mut failed = 0;
    for case in cases {
        let miss = check(&who, case);
        if !miss.is_empty() {
            failed += 1;
            report.push(format!("  [{}] quote {}", case.name, case.quote));
            for m in miss {
                report.push(format!("      {m}"));
            }
        }
    }
    assert!(
        report.is_empty(),
        "{group}: {failed} of {} cases failed\n{}",
        cases.len(),
        report.join("\n")
    );
}

// ---------------------------------------------------------------------------
// 1. Adjacent cue
// ---------------------------------------------------------------------------

const ADJACENT: &[Case] = &[
    Case {
        name: "org_descriptor_with_which_clause_before_said",
        text: r#"Brindle Foods has closed a plant. The company, which employs 3,000 people, said it was "reviewing all options"."#,
        quote: r#""reviewing"#,
        speaker: Some("Brindle Foods"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "post_posed_descriptor_with_a_participle_bracket",
        text: r#""I cannot say more," the official, speaking on condition of anonymity, told the Vell Post."#,
        quote: r#""I cannot"#,
        speaker: Some("the official"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "descriptor_with_an_appositive_before_the_verb",
        text: "\"It was terrifying,\" said one witness. \"The car kept coming.\"\n\nAnother witness, a man in his 40s, told the Vell Post: \"I have never seen anything like it.\"",
        quote: "\"I have never",
        speaker: Some("Another witness"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "said_colon_ending_the_paragraph_before",
        text: "The council met on Monday.\n\nCouncil leader Ada Brisk said:\n\n\"We are ready to act.\"",
        quote: "\"We are ready",
        speaker: Some("Ada Brisk"),
        role: Some("Council leader"),
        kind: Some(Direct),
    },
    Case {
        // (A paragraph of narration that ends `X said,` introduces the
        // quote that opens the next, as one ending in a colon does.)
        name: "said_comma_ending_the_paragraph_before",
        text: "Ilse Varga shut her book when the ferry was late again. Looking across at her brother, she said,\n\n\"We shall miss the train.\"\n\n\"Then we walk.\"",
        quote: "\"We shall miss",
        speaker: Some("Ilse Varga"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        // (Or a dash: `X said--`.)
        name: "said_dash_ending_the_paragraph_before",
        text: "The kettle had boiled dry before Piet Lamm came home. After a long silence, Mara Olsen said--\n\n\"You might have written.\"\n\n\"I did not think of it.\"",
        quote: "\"You might",
        speaker: Some("Mara Olsen"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        // (With an adverbial after the verb, the subject opening the
        // sentence.)
        name: "added_with_a_phrase_ending_the_paragraph_before",
        text: "Piet Lamm had said nothing for an hour, and his sister watched him. Mara Olsen presently added, with a little laugh,\n\n\"You never could sit still.\"",
        quote: "\"You never",
        speaker: Some("Mara Olsen"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        // (A verb after `and then`, or with its listener, shares the
        // subject that opens the sentence.)
        name: "and_then_replied_ending_the_paragraph_before",
        text: "The letter lay open between Piet Lamm and Mara Olsen. Mara Olsen looked at it for a moment, and then replied to him,\n\n\"It changes nothing at all.\"",
        quote: "\"It changes",
        speaker: Some("Mara Olsen"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        // (Not past a relative clause: its subject is not the speaker.)
        name: "relative_clause_saying_ending_the_paragraph_before",
        text: "The letter lay open between Piet Lamm and Mara Olsen. Piet Lamm handed it to the clerk, who said, with a shrug,\n\n\"It changes nothing at all.\"",
        quote: "\"It changes",
        speaker: None,
        role: None,
        kind: Some(Direct),
    },
    Case {
        // (A thought written as a quote, its thinker after the verb.)
        name: "inverted_thought_with_a_name",
        text: "Piet Lamm left without a word.\n\n\"He will not come back,\" thought Mara Olsen. \"Not tonight.\"",
        quote: "\"He will not",
        speaker: Some("Mara Olsen"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "inverted_thought_with_a_pronoun",
        text: "Mrs. Olsen sat alone by the window.\n\n\"Can this be the end of it!\" thought she.",
        quote: "\"Can this",
        speaker: Some("Olsen"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        // (Not a cue before its subject: `X thought` after a quote is no
        // thinker's cue here.)
        name: "thought_before_a_descriptor_is_no_cue",
        text: "\"It will pass,\" thought the crowd in the square, and the song began again.",
        quote: "\"It will pass",
        speaker: None,
        role: None,
        kind: None,
    },
    Case {
        name: "post_posed_name_with_relative_clause_then_verb",
        text: r#""I have no regrets," Reed, who was first elected in 2010, told reporters on Tuesday."#,
        quote: r#""I have"#,
        speaker: Some("Reed"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "post_posed_descriptor_with_relative_clause_then_verb",
        text: r#""It was chaos," a senior official, who asked not to be named, told reporters."#,
        quote: r#""It was"#,
        speaker: Some("a senior official"),
        role: Some("senior official"),
        kind: Some(Direct),
    },
    Case {
        name: "dash_attribution_with_an_occasion",
        text: "Ada Brisk won the mayoral race.\n\n\"We start tomorrow.\" — Ada Brisk, in her victory speech",
        quote: "\"We start",
        speaker: Some("Ada Brisk"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "name_before_university_is_a_person",
        text: r#"Political scientist Mara Lind of Brindle State University said the result showed "a hunger for change"."#,
        quote: r#""a hunger"#,
        speaker: Some("Mara Lind"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "age_between_name_and_verb_after_quote",
        text: "Her neighbour Olek Varn spent the night moving sandbags.\n\n'You do what you can,' Mr Varn, 45, said.",
        quote: "'You do",
        speaker: Some("Olek Varn"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "unnamed_source_close_to",
        text: r#"A source close to the couple told the Brindle Post: "There is no drama.""#,
        quote: r#""There is"#,
        speaker: Some("A source close to the couple"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "participle_subject_before_a_title_in_quotes",
        text: r#"Olek Varn, 35, who stars in the thriller "Night Ferry," shared a message, saying the pair would stay "the best of friends.""#,
        quote: r#""the best"#,
        speaker: Some("Olek Varn"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "participle_after_comma_gives_the_clause_subject",
        text: "Brindle Water apologised on Tuesday, saying \"the fault has been fixed\".\n\n\"We thank customers for their patience.\"",
        quote: "\"the fault",
        speaker: Some("Brindle Water"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "participle_quote_only_paragraph_continues",
        text: "Brindle Water apologised on Tuesday, saying \"the fault has been fixed\".\n\n\"We thank customers for their patience.\"",
        quote: "\"We thank",
        speaker: Some("Brindle Water"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "participle_after_an_opening_phrase",
        text: r#"After the vote, Ada Brisk left the hall, adding: "We lost fairly.""#,
        quote: r#""We lost"#,
        speaker: Some("Ada Brisk"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "ap_partial_then_said_adjective_title_name",
        text: "The opening week has gone ''remarkably well,'' said artistic director Ilse Varga. The last show is tonight.",
        quote: "''remarkably",
        speaker: Some("Ilse Varga"),
        role: Some("artistic director"),
        kind: None,
    },
    Case {
        name: "said_name_role",
        text: r#""We will reopen the bridge by spring," said Jane Roe, the transport minister."#,
        quote: r#""We will reopen"#,
        speaker: Some("Jane Roe"),
        role: Some("transport minister"),
        kind: Some(Direct),
    },
    Case {
        name: "name_said",
        text: r#""The figures speak for themselves," Tomas Berg said on Tuesday."#,
        quote: r#""The figures"#,
        speaker: Some("Tomas Berg"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "name_said_comma_quote",
        text: r#"Elena Marsh said, "Nobody will lose their home over this.""#,
        quote: r#""Nobody will"#,
        speaker: Some("Elena Marsh"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "name_said_colon_quote",
        text: r#"At a packed town hall meeting on Thursday, Oskar Lindqvist said: "The budget is not a wish list.""#,
        quote: r#""The budget"#,
        speaker: Some("Oskar Lindqvist"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "appositive_the_y_of_z_then_said",
        text: r#""Our reserves are adequate for the winter," Karin Holt, the governor of the central bank of Ruritania, said."#,
        quote: r#""Our reserves"#,
        speaker: Some("Karin Holt"),
        role: Some("governor of the central bank of Ruritania"),
        kind: Some(Direct),
    },
    Case {
        name: "said_name_a_role",
        text: r#""It came down the valley like a wall of water," said Paul Okafor, a fisherman from Brindle Bay."#,
        quote: r#""It came down"#,
        speaker: Some("Paul Okafor"),
        role: Some("fisherman from Brindle Bay"),
        kind: Some(Direct),
    },
    Case {
        name: "dash_attribution_under_statement",
        text: "The prime minister's office posted the message shortly after midnight.\n\n“Tonight our thoughts are with the families of the miners at Kell Ridge.” — Maria Kova, the Ruritanian prime minister",
        quote: "“Tonight",
        speaker: Some("Maria Kova"),
        role: Some("Ruritanian prime minister"),
        kind: Some(Direct),
    },
    Case {
        name: "listener_is_not_speaker_colon",
        text: r#"Harold Penn told Maya Osei: "You will have the full report by Friday.""#,
        quote: r#""You will have"#,
        speaker: Some("Harold Penn"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "listener_is_not_speaker_that",
        text: r#"Viktor Sand told Lena Moss that the rescue plan was "dead on arrival"."#,
        quote: r#""dead on arrival""#,
        speaker: Some("Viktor Sand"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "told_reporters_title_before_name",
        text: r#""We have not ruled anything out," Defence Minister Arno Falk told reporters in Vell on Monday."#,
        quote: r#""We have not"#,
        speaker: Some("Arno Falk"),
        role: Some("Defence Minister"),
        kind: Some(Direct),
    },
    Case {
        name: "says_present_tense_feature_style",
        text: r#""It's the best harvest in ten years," says Hanna Ries, who has farmed the valley since 1988."#,
        quote: r#""It's the best"#,
        speaker: Some("Hanna Ries"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "reiterated_before_quote",
        text: r#"Nadia Petrov reiterated, "There will be no second referendum while I am in office.""#,
        quote: r#""There will be"#,
        speaker: Some("Nadia Petrov"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "warned_inverted_with_role",
        text: r#""Prices will rise again before they fall," warned Felix Aro, chief economist at Northgate Bank."#,
        quote: r#""Prices will"#,
        speaker: Some("Felix Aro"),
        role: Some("chief economist at Northgate Bank"),
        kind: Some(Direct),
    },
    Case {
        name: "added",
        text: r#""And we will do it without raising council tax," Ruth Ambler added."#,
        quote: r#""And we will"#,
        speaker: Some("Ruth Ambler"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "insisted_with_title",
        text: r#""I have done nothing wrong," Councillor Peter Drax insisted as he left the court."#,
        quote: r#""I have done"#,
        speaker: Some("Peter Drax"),
        role: Some("Councillor"),
        kind: Some(Direct),
    },
    Case {
        name: "wrote",
        text: r#""The river does not forgive carelessness," Ingrid Sol wrote in her final column for the Brindle Echo."#,
        quote: r#""The river"#,
        speaker: Some("Ingrid Sol"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "tweeted",
        text: r#""Thank you, Brindle! What a night," singer Lola Crane tweeted after the show."#,
        quote: r#""Thank you"#,
        speaker: Some("Lola Crane"),
        role: Some("singer"),
        kind: Some(Direct),
    },
    Case {
        name: "responded_colon",
        text: r#"Asked whether she would resign, Clara Voss responded: "Not today, and not tomorrow either.""#,
        quote: r#""Not today"#,
        speaker: Some("Clara Voss"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "acknowledged_inverted",
        text: r#""We were slow to act, and people suffered for it," acknowledged Simon Hale, the club's chairman."#,
        quote: r#""We were slow"#,
        speaker: Some("Simon Hale"),
        role: Some("club's chairman|chairman"),
        kind: Some(Direct),
    },
    Case {
        name: "british_single_marks",
        text: "'We were robbed, simple as that,' Gareth Lloyd said after the final whistle at Brindle Park.",
        quote: "'We were robbed",
        speaker: Some("Gareth Lloyd"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "british_curly_single_marks",
        text: "‘There is no money left in the pot,’ the council leader, Joan Pike, told the BBC.",
        quote: "‘There is no money",
        speaker: Some("Joan Pike"),
        role: Some("council leader"),
        kind: Some(Direct),
    },
    Case {
        name: "ap_backticks",
        text: "``We're not going anywhere,'' Mayor Ted Hollis said Wednesday.",
        quote: "``We're",
        speaker: Some("Ted Hollis"),
        role: Some("Mayor"),
        kind: Some(Direct),
    },    Case {
        name: "quoted_him_as_saying",
        text: "Tomas Berg left the hearing early.\n\n\"It's over,\" the Brindle Echo quoted him as saying.",
        quote: "\"It's over",
        speaker: Some("Tomas Berg"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "person_of_institution_stays_a_person",
        text: "\"It is too early to say,\" said Professor Ian Wood of Brindle University.\n\n\"The second part is hard,\" Dr Wood said.",
        quote: "\"The second part",
        speaker: Some("Ian Wood"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "the_company_is_the_named_firm",
        text: "Brindle Rope first reported the fault on Monday. Brindle Rope shares fell.\n\n\"Every order will be refunded,\" the company said.",
        quote: "\"Every order",
        speaker: Some("Brindle Rope"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "tweet_with_dash_and_group_name",
        text: "Commuters vented online.\n\n\"This is turning into a full-time job.\" — Ferry Riders Union.",
        quote: "\"This is turning",
        speaker: Some("Ferry Riders Union"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "comma_outside_the_marks",
        text: "\"It is too early to say\", says Ana Lind, a harbour pilot.",
        quote: "\"It is too early",
        speaker: Some("Ana Lind"),
        role: Some("harbour pilot|pilot"),
        kind: Some(Direct),
    },
];

#[test]
fn adjacent_cue() {
    run("adjacent cue", ADJACENT);
}

// ---------------------------------------------------------------------------
// 2. Colon and headlines
// ---------------------------------------------------------------------------

const COLON_HEADLINE: &[Case] = &[
    Case {
        name: "colon_after_a_party_in_brackets",
        text: "Debate on the ferry bill.\n\nAda Brisk (Green): \"This bill is a disgrace.\"",
        quote: "\"This bill",
        speaker: Some("Ada Brisk"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "headline_descriptor_is_not_the_name_inside_it",
        text: "Kestrel Street's Gloomiest Economist Cites a 'Hard Winter' Ahead\n\nKestrel Street continues to sell shares as fuel prices rise.\n\nBut Kestrel Street's most cautious voice — Ada Brisk at Vell Bank — is not surprised.\n\n\"Prices will keep rising,\" Brisk said.",
        quote: "'Hard Winter'",
        speaker: Some("Ada Brisk"),
        role: None,
        kind: None,
    },
    Case {
        name: "headline_quote_colon_descriptor_verb_named_later",
        text: "'We will not back down': union chief vows to fight cuts\n\nThe head of the Brindle Dockers Union, Mara Quill, said on Monday that members would strike.",
        quote: "'We will not",
        speaker: Some("Mara Quill"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "headline_quote_colon_name_verb",
        text: "'We will not back down': Mara Quill vows to fight cuts\n\nThe union leader said on Monday that members would strike.",
        quote: "'We will not",
        speaker: Some("Mara Quill"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "headline_title_case_verb_is_not_a_name",
        text: "Brindle's Top Economist Warns of 'Hard Winter' Ahead\n\nAda Brisk, chief economist at Brindle Bank, said prices would rise.",
        quote: "'Hard Winter'",
        speaker: Some("Ada Brisk"),
        role: None,
        kind: None,
    },
    Case {
        name: "headline_role_colon_single_marks_named_two_paragraphs_on",
        text: "Council chief: 'We will not close the library'\n\nThe leader of Brindle Council has vowed to keep the library open.\n\nCouncillor Sara Lund told a meeting on Tuesday that the money had been found.",
        quote: "'We will not close",
        speaker: Some("Sara Lund"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "name_colon_at_paragraph_start",
        text: "Talks resumed in Vell on Tuesday after a week-long pause.\n\nJane Roe: \"We will not be rushed into a bad agreement.\"",
        quote: "\"We will not be rushed",
        speaker: Some("Jane Roe"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "title_name_colon_at_paragraph_start",
        text: "Reaction came quickly from the capital.\n\nForeign Minister Jane Roe: “Nobody in this government was consulted.”",
        quote: "“Nobody in this",
        speaker: Some("Jane Roe"),
        role: Some("Foreign Minister"),
        kind: Some(Direct),
    },
    Case {
        name: "name_role_colon_at_line_start",
        text: "What the officials said:\nDr Amal Reyes, chief medical officer: \"Wash your hands and stay at home if you are ill.\"",
        quote: "\"Wash your hands",
        speaker: Some("Amal Reyes"),
        role: Some("chief medical officer"),
        kind: Some(Direct),
    },
    Case {
        name: "headline_minister_says_named_in_body",
        text: "Minister says 'no deal' before Friday\n\nVELL (Reuters) - Ruritania's trade minister, Jane Roe, said on Tuesday there would be no agreement with Grenland before the end of the week.",
        quote: "'no deal'",
        speaker: Some("Jane Roe"),
        role: Some("Ruritania's trade minister|trade minister"),
        kind: None,
    },
    Case {
        name: "headline_surname_calls_for",
        text: "Berg calls for 'an end to the blockade'\n\nGrenland's foreign minister, Tomas Berg, on Wednesday urged Ruritania to reopen its ports to grain ships.",
        quote: "'an end to the blockade'",
        speaker: Some("Tomas Berg"),
        role: Some("Grenland's foreign minister|foreign minister"),
        kind: None,
    },
    Case {
        name: "headline_surname_colon",
        text: "Holt: 'We will not raise rates this year'\n\nThe governor of the central bank, Karin Holt, told a banking conference in Vell that borrowing costs would stay where they are.",
        quote: "'We will not raise",
        speaker: Some("Karin Holt"),
        role: Some("governor of the central bank|governor"),
        kind: None,
    },
    Case {
        name: "headline_title_surname_colon_curly",
        text: "Striker Hale: ‘I want to finish my career here’\n\nTom Hale has told Brindle Town he wants a new contract.",
        quote: "‘I want to finish",
        speaker: Some("Tom Hale"),
        role: None,
        kind: None,
    },
    Case {
        name: "headline_surname_vows",
        text: "Lindqvist vows to 'keep every library open'\n\nOskar Lindqvist, the new leader of Brindle council, said on Monday he would find the money elsewhere.",
        quote: "'keep every library open'",
        speaker: Some("Oskar Lindqvist"),
        role: Some("new leader of Brindle council|leader of Brindle council"),
        kind: None,
    },
    Case {
        name: "headline_descriptor_colon_body_names",
        text: "Farmers' leader: \"We cannot survive another dry year\"\n\nHanna Ries, who heads the Ruritanian Farmers' Union, said on Friday that yields had fallen by a third.",
        quote: "\"We cannot survive",
        speaker: Some("Hanna Ries"),
        role: None,
        kind: None,
    },
];

#[test]
fn colon_and_headline() {
    run("colon / headline", COLON_HEADLINE);
}

// ---------------------------------------------------------------------------
// 3. According to
// ---------------------------------------------------------------------------

const ACCORDING_TO: &[Case] = &[
    Case {
        name: "according_to_after_quote",
        text: r#""The shipment never left the port," according to Lars Eid, a customs officer in Vell."#,
        quote: r#""The shipment"#,
        speaker: Some("Lars Eid"),
        role: Some("customs officer in Vell|customs officer"),
        kind: Some(Direct),
    },
    Case {
        name: "according_to_before_quote",
        text: r#"According to Mira Tallis, "the committee had made up its mind long before the hearing.""#,
        quote: r#""the committee"#,
        speaker: Some("Mira Tallis"),
        role: None,
        kind: None,
    },
    Case {
        name: "according_to_before_quote_with_title",
        text: r#"According to Detective Inspector Joe Brandt, "The driver was not wearing a seat belt and died at the scene.""#,
        quote: r#""The driver"#,
        speaker: Some("Joe Brandt"),
        role: Some("Detective Inspector"),
        kind: Some(Direct),
    },
    Case {
        name: "according_to_unnamed_spokeswoman",
        text: r#""We are aware of the reports and are seeking more information," according to a Foreign Ministry spokeswoman."#,
        quote: r#""We are aware"#,
        speaker: Some("a Foreign Ministry spokeswoman"),
        role: Some("Foreign Ministry spokeswoman"),
        kind: Some(Direct),
    },
    Case {
        name: "according_to_unnamed_officer_before",
        text: r#"According to a senior police officer, the suspect "knew exactly what he was doing"."#,
        quote: r#""knew exactly"#,
        speaker: Some("a senior police officer"),
        role: Some("senior police officer"),
        kind: Some(Partial),
    },
    Case {
        name: "according_to_organisation",
        text: r#""Three people were treated at the scene for smoke inhalation," according to Brindle Fire and Rescue Service."#,
        quote: r#""Three people"#,
        speaker: Some("Brindle Fire and Rescue Service"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "according_to_mid_sentence",
        text: r#"The talks, according to Pia Lund, were "going nowhere fast" by the third day."#,
        quote: r#""going nowhere"#,
        speaker: Some("Pia Lund"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "according_to_after_quote_next_paragraph_person",
        text: "Tomas Berg, the harbour master, was not at the meeting.\n\n\"Every boat in the harbour was checked twice,\" according to Anna Kell, who runs the marina.",
        quote: "\"Every boat",
        speaker: Some("Anna Kell"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "according_to_report_no_issuer",
        text: r#"The dam was "structurally unsound" for at least a decade, according to a report published on Monday."#,
        quote: r#""structurally unsound""#,
        speaker: None,
        role: None,
        kind: None,
    },
    Case {
        name: "according_to_report_by_named_issuer",
        text: r#"The dam was "structurally unsound" for at least a decade, according to a report by the Ruritanian Water Authority."#,
        quote: r#""structurally unsound""#,
        speaker: Some("Ruritanian Water Authority|the Ruritanian Water Authority"),
        role: None,
        kind: None,
    },
];

#[test]
fn according_to() {
    run("according to", ACCORDING_TO);
}

// ---------------------------------------------------------------------------
// 4. Reported speech with partial quotes
// ---------------------------------------------------------------------------

const REPORTED_SPEECH: &[Case] = &[
    Case {
        name: "stated_that_partial",
        text: r#"Jane Roe stated that her government was ready for "possible compromises" on fishing rights."#,
        quote: r#""possible compromises""#,
        speaker: Some("Jane Roe"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "called_for_an_end_to",
        text: r#"Tomas Berg called for an end to "the bloodshed" in the northern provinces."#,
        quote: r#""the bloodshed""#,
        speaker: Some("Tomas Berg"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "accused_object_is_not_speaker",
        text: r#"Jane Roe accused Tomas Berg of not "taking the crisis seriously"."#,
        quote: r#""taking the crisis"#,
        speaker: Some("Jane Roe"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "two_partials_first",
        text: r#"Karin Holt said the rise in prices was "a temporary blip" and that inflation would be "back on target" by next spring."#,
        quote: r#""a temporary blip""#,
        speaker: Some("Karin Holt"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "two_partials_second",
        text: r#"Karin Holt said the rise in prices was "a temporary blip" and that inflation would be "back on target" by next spring."#,
        quote: r#""back on target""#,
        speaker: Some("Karin Holt"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "described_as",
        text: r#"Oskar Lindqvist described the housing proposal as "a gift to landlords"."#,
        quote: r#""a gift to landlords""#,
        speaker: Some("Oskar Lindqvist"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "vowed_to_with_title",
        text: r#"Mayor Elena Marsh vowed to "fight this all the way to the Supreme Court"."#,
        quote: r#""fight this"#,
        speaker: Some("Elena Marsh"),
        role: Some("Mayor"),
        kind: Some(Partial),
    },
    Case {
        name: "denied_role_before_name",
        text: r#"The company's chief executive, Rhys Morgan, denied that staff had been "kept in the dark" about the sale."#,
        quote: r#""kept in the dark""#,
        speaker: Some("Rhys Morgan"),
        role: Some("company's chief executive|chief executive"),
        kind: Some(Partial),
    },
    Case {
        name: "appositive_subject_accused",
        text: r#"Tomas Berg, the harbour master, accused the opposition of "playing politics with people's lives"."#,
        quote: r#""playing politics"#,
        speaker: Some("Tomas Berg"),
        role: Some("harbour master"),
        kind: Some(Partial),
    },
    Case {
        name: "told_listener_to_infinitive",
        text: r#"Anna Kell told Viktor Sand to "stop hiding behind his lawyers"."#,
        quote: r#""stop hiding"#,
        speaker: Some("Anna Kell"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "warned_that_with_time_phrase",
        text: r#"Lena Moss warned on Tuesday that the region faced "a summer of shortages" unless rain came soon."#,
        quote: r#""a summer of shortages""#,
        speaker: Some("Lena Moss"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "pronoun_subject_of_reported_speech",
        text: "Ingrid Sol has led the union since 2019.\n\nShe said members were \"angry and exhausted\" after two years without a pay rise.",
        quote: "\"angry and exhausted\"",
        speaker: Some("Ingrid Sol"),
        role: None,
        kind: Some(Partial),
    },
];

#[test]
fn reported_speech() {
    run("reported speech", REPORTED_SPEECH);
}

// ---------------------------------------------------------------------------
// 5. Pronouns and descriptors
// ---------------------------------------------------------------------------

const PRONOUN_DESCRIPTOR: &[Case] = &[
    Case {
        name: "descriptor_the_age_before_said_with_an_adverb",
        text: "Tom Reed, the striker, scored twice. The 24-year-old said afterwards: \"I am delighted.\"",
        quote: "\"I am delighted",
        speaker: Some("Tom Reed"),
        role: Some("striker"),
        kind: Some(Direct),
    },
    Case {
        name: "pronoun_they_is_not_a_dateline",
        text: "Rates on hold\n\nSKARHOLM, June 12 (Northwire) - The central bank held rates.\n\n\"We think the bank will wait,\" they wrote in a note.",
        quote: "\"We think",
        speaker: None,
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "pronoun_they_is_not_a_time_zone",
        text: "The krona fell to 11.6 per euro by 1400 GMT.\n\n\"We think the bank will wait,\" they wrote in a note.",
        quote: "\"We think",
        speaker: None,
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "pronoun_gender_of_a_one_word_given_name",
        text: "‘Where were you?’ asked Greta.\n\n‘Out,’ said Piotr.\n\nGreta sighed. ‘You always say that.’\n\n‘Because it is true,’ he replied.",
        quote: "‘Because",
        speaker: Some("Piotr"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "he_said",
        text: "Tomas Berg arrived at the ministry shortly after nine.\n\n\"We have a deal on the table,\" he said.",
        quote: "\"We have a deal",
        speaker: Some("Tomas Berg"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "she_added",
        text: "Jane Roe spoke to reporters outside parliament.\n\n\"Nobody should be surprised by this,\" she added.",
        quote: "\"Nobody should",
        speaker: Some("Jane Roe"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "he_said_colon_before_quote",
        text: "Firefighter Owen Pryce was first on the scene.\n\nHe said: \"I have never seen anything like it in twenty years.\"",
        quote: "\"I have never",
        speaker: Some("Owen Pryce"),
        role: Some("Firefighter"),
        kind: Some(Direct),
    },
    Case {
        name: "the_minister_said",
        text: "Defence Minister Arno Falk visited the northern base on Friday.\n\n\"Our soldiers deserve better equipment than this,\" the minister said.",
        quote: "\"Our soldiers",
        speaker: Some("Arno Falk"),
        role: Some("Defence Minister"),
        kind: Some(Direct),
    },
    Case {
        name: "the_demonym_president_said",
        text: "Maria Kova, who won a second term in March, met Grenland's prime minister in Vell on Monday.\n\n\"The border will stay open,\" the Ruritanian president said.",
        quote: "\"The border",
        speaker: Some("Maria Kova"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "two_genders_she_picks_woman",
        text: "Jane Roe met Tomas Berg for three hours on Tuesday.\n\n\"It was frank, but it was useful,\" she said.",
        quote: "\"It was frank",
        speaker: Some("Jane Roe"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "two_genders_he_picks_man",
        text: "Jane Roe met Tomas Berg for three hours on Tuesday.\n\n\"We are still a long way apart,\" he said.",
        quote: "\"We are still",
        speaker: Some("Tomas Berg"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "two_genders_pronoun_context",
        text: "Lena Moss and her opponent, Paul Okafor, both voted on Thursday morning.\n\nLater, outside his campaign office, he said: \"Whatever happens, I am proud of this campaign.\"",
        quote: "\"Whatever happens",
        speaker: Some("Paul Okafor"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "she_added_after_attributed_quote",
        text: "\"We are ready,\" said Anna Kell.\n\nAfter the vote, she added: \"Now the hard work begins.\"",
        quote: "\"Now the hard",
        speaker: Some("Anna Kell"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "descriptor_picks_matching_role",
        text: "Foreign Minister Jane Roe and Finance Minister Paul Okafor flew to Vell on Sunday.\n\n\"The budget will not survive another year like this,\" the finance minister said.",
        quote: "\"The budget",
        speaker: Some("Paul Okafor"),
        role: Some("Finance Minister"),
        kind: Some(Direct),
    },
    Case {
        name: "the_manager_said_sports",
        text: "Brindle Town manager Dan Mercer watched his side lose 3-0 at home on Saturday.\n\n\"We were second to every ball,\" the manager said.",
        quote: "\"We were second",
        speaker: Some("Dan Mercer"),
        role: Some("Brindle Town manager|manager"),
        kind: Some(Direct),
    },
    Case {
        name: "she_with_only_a_man_named",
        text: "Tomas Berg was the first to speak at the inquiry.\n\n\"I was never told,\" she said.",
        quote: "\"I was never told",
        speaker: None,
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "kin_of_a_pronoun_is_no_unnamed_source",
        text: "Greta Holm walked home along the river.\n\n\"It will rain tonight,\" said her brother, looking at the sky.",
        quote: "\"It will rain",
        speaker: None,
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "kin_of_a_pronoun_is_not_its_possessor",
        text: "Marta Lind had sewn all morning. Ilse Varga came in at noon and sat down by the fire.\n\n\"You look tired, my dear,\" said her mother.",
        quote: "\"You look tired",
        speaker: Some("Marta Lind"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        // (The sentence's last clause, after a semicolon, is the most
        // recent: its subject, not the first clause's.)
        name: "a_pronoun_takes_the_last_clause_subject",
        text: "Tomas Reed at last was off; but Peter Lund stayed by the fire.\n\n\"It is a cold night,\" said he.",
        quote: "\"It is a cold",
        speaker: Some("Peter Lund"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        // (A sentence whose subject is `he` carries on the man before it;
        // the man it names later is not the antecedent.)
        name: "a_pronoun_follows_a_pronoun_subject_past_a_later_name",
        text: "Tomas Reed came back from the fields at dusk. He thought Peter Lund's barn the finest in the valley.\n\n\"It will stand a hundred years,\" said he.",
        quote: "\"It will stand",
        speaker: Some("Tomas Reed"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        // (… not past a name that opens the sentence.)
        name: "a_pronoun_takes_a_subject_named_before_a_pronoun",
        text: "Tomas Reed came back from the fields at dusk. Peter Lund said he had mended the barn.\n\n\"It will stand a hundred years,\" said he.",
        quote: "\"It will stand",
        speaker: Some("Peter Lund"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        // (A text that opens mid-scene: `said he` with no man named
        // before it is the man the text soon names as speaking.)
        name: "a_pronoun_with_nobody_before_it_is_the_speaker_named_soon_after",
        text: "\"Good or bad?\" said she.\n\n\"I hardly know,\" said he. \"It concerns the ferry.\"\n\nShe looked up at him.\n\n\"It is gone,\" replied Tomas Reed.",
        quote: "\"I hardly know",
        speaker: Some("Tomas Reed"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        // (… named as one who speaks: a man who only comes in later is not
        // taken for him.)
        name: "a_pronoun_with_nobody_before_it_is_not_a_man_named_later_silent",
        text: "\"I hardly know,\" said he.\n\nLater that day Tomas Reed came in from the fields.",
        quote: "\"I hardly know",
        speaker: None,
        role: None,
        kind: Some(Direct),
    },
    Case {
        // (In a run of turns, `said her father` is the conversation's man.)
        name: "kin_in_a_conversation_is_its_participant_of_that_sex",
        text: "\"Where have you been?\" asked Tomas Reed.\n\n\"At the mill,\" said Ilse Varga. \"Is something wrong?\"\n\n\"Nothing at all,\" said her father, smiling. \"Sit down.\"",
        quote: "\"Nothing at all",
        speaker: Some("Tomas Reed"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        // (A pronoun's cue is not the one its quote calls by name.)
        name: "pronoun_is_not_whom_its_quote_calls_by_name",
        text: "Mrs. Lind had sewn all morning. Miss Varga came in at noon and admired the quilt.\n\n\"Did you ever make one, Miss Varga?\" said she.",
        quote: "\"Did you ever",
        speaker: Some("Lind"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        // (… in the quote's second half too.)
        name: "pronoun_is_not_whom_its_second_half_calls_by_name",
        text: "Mrs. Lind had sewn all morning. Miss Varga came in at noon and sat down by the fire.\n\n\"Well,\" said she, \"is that the quilt you wanted, Miss Varga?\"",
        quote: "\"Well,\"",
        speaker: Some("Lind"),
        role: None,
        kind: Some(Direct),
    },
];

#[test]
fn pronoun_and_descriptor() {
    run("pronoun / descriptor", PRONOUN_DESCRIPTOR);
}

// ---------------------------------------------------------------------------
// 6. Continuation and interview turns
// ---------------------------------------------------------------------------

const CONTINUATION: &[Case] = &[
    Case {
        // (A statement after a paragraph of narration, talking to nobody,
        // continues its speaker: no exchange with the one before.)
        name: "statement_after_narration_continues_its_speaker",
        text: "\"We will win,\" said Tomas Reed.\n\nThe rally went on into the night.\n\n\"The vote is close,\" said Ilse Varga.\n\n\"It will be decided in the suburbs.\"",
        quote: "\"It will be decided",
        speaker: Some("Ilse Varga"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        // (A third person named by a cue two turns ahead, who has not
        // spoken before, joins the talk: no rival to the one two turns
        // back.)
        name: "turn_alternation_past_a_newcomer_ahead",
        text: "\"Where is the ferry?\" asked Tomas Reed.\n\n\"Late again,\" said Ilse Varga.\n\n\"How late?\"\n\n\"An hour at least.\"\n\n\"Then we walk,\" cried Anna Lund from the door.",
        quote: "\"How late?\"",
        speaker: Some("Tomas Reed"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "turn_taking_question_after_an_answer_goes_back",
        text: "‘Where have you been?’ asked Greta.\n\n‘Out,’ said Piotr.\n\n‘Out where?’\n\n‘Just out.’",
        quote: "‘Out where?’",
        speaker: Some("Greta"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "turn_taking_answer_after_a_question",
        text: "‘Where have you been?’ asked Greta.\n\n‘Out,’ said Piotr.\n\n‘Out where?’\n\n‘Just out.’",
        quote: "‘Just out.’",
        speaker: Some("Piotr"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "turn_taking_inquiry_question",
        text: "The chair, Dame Ada Brisk, interrupted. \"Did you go to the regulator?\" she asked.\n\n\"I considered it,\" Tom Reed said. \"I was warned off.\"\n\n\"Warned by whom?\"",
        quote: "\"Warned by",
        speaker: Some("Ada Brisk"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "news_quote_paragraph_without_question_continues",
        text: "\"We will appeal,\" said lawyer Ada Brisk.\n\n\"It is unfair,\" said her client, Tom Reed.\n\n\"I did nothing wrong.\"",
        quote: "\"I did nothing",
        speaker: Some("Tom Reed"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "action_beat_in_the_quotes_paragraph",
        text: "\"Sit down,\" said Tom Reed.\n\nAda Brisk stayed by the door. \"I have had a letter.\"",
        quote: "\"I have had",
        speaker: Some("Ada Brisk"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "second_partial_after_an_accused_object",
        text: "Tom Reed, whose party voted against, said members were \"within their rights\" and accused Ada Brisk of \"behaving like a headmistress\".",
        quote: "\"behaving",
        speaker: Some("Tom Reed"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "quote_only_paragraph_after_attributed",
        text: "\"We will rebuild every house on this street,\" said Mayor Elena Marsh.\n\n\"It may take two years, but we will do it.\"",
        quote: "\"It may take",
        speaker: Some("Elena Marsh"),
        role: Some("Mayor"),
        kind: Some(Direct),
    },
    Case {
        name: "chain_of_quote_only_paragraphs",
        text: "\"It is over,\" Jane Roe said.\n\n\"We will appeal.\"\n\n\"And we will win.\"",
        quote: "\"And we will win",
        speaker: Some("Jane Roe"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "he_added_colon",
        text: "\"The season starts now,\" said Dan Mercer.\n\nHe added: \"Nobody in this dressing room is giving up.\"",
        quote: "\"Nobody in this",
        speaker: Some("Dan Mercer"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "split_quote_same_sentence",
        text: "\"We're ready,\" said Anna Kell, \"and we have been for weeks.\"",
        quote: "\"and we have",
        speaker: Some("Anna Kell"),
        role: None,
        kind: None,
    },
    Case {
        name: "multi_paragraph_quote_after_attributed",
        text: "“We will rebuild,” said Mayor Elena Marsh.\n\n“Some of these families have lost everything they own.\n\n“They will not be forgotten.”",
        quote: "“Some of these",
        speaker: Some("Elena Marsh"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "multi_paragraph_quote_cue_at_end",
        text: "Karin Holt described the meeting at length.\n\n“We looked at every option on the table.\n\n“In the end there was only one sensible choice,” she said.",
        quote: "“We looked",
        speaker: Some("Karin Holt"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "continuation_follows_latest_speaker",
        text: "\"We did everything we could,\" said Tomas Berg.\n\n\"That is simply not true,\" said Lena Moss, who lives on the estate.\n\n\"Nobody came for three hours.\"",
        quote: "\"Nobody came",
        speaker: Some("Lena Moss"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "new_speaker_between_stops_continuation",
        text: "\"We did everything we could,\" said Tomas Berg.\n\nLena Moss, who lives on the estate, was less forgiving.\n\n\"Nobody came for three hours.\"",
        quote: "\"Nobody came",
        speaker: Some("Lena Moss"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "interview_name_colon_first_turn",
        text: "The exchange in the council chamber was brief.\n\nCouncillor Ruth Ambler: \"Who signed off on this contract?\"\n\nFinance officer Neil Dray: \"I did, on the advice of the legal team.\"",
        quote: "\"Who signed",
        speaker: Some("Ruth Ambler"),
        role: Some("Councillor"),
        kind: Some(Direct),
    },
    Case {
        name: "interview_name_colon_answer_turn",
        text: "The exchange in the council chamber was brief.\n\nCouncillor Ruth Ambler: \"Who signed off on this contract?\"\n\nFinance officer Neil Dray: \"I did, on the advice of the legal team.\"",
        quote: "\"I did",
        speaker: Some("Neil Dray"),
        role: Some("Finance officer"),
        kind: Some(Direct),
    },
    Case {
        name: "transcript_surname_turns",
        text: "Lena Moss, the inquiry's lawyer, questioned the harbour master, Tomas Berg, for most of the afternoon.\n\nMOSS: \"Were you told the pier was unsafe?\"\n\nBERG: \"Not in those words.\"",
        quote: "\"Not in those words",
        speaker: Some("Tomas Berg"),
        role: Some("harbour master"),
        kind: Some(Direct),
    },
    Case {
        name: "interview_q_line_has_no_named_speaker",
        text: "Nadia Petrov spoke to the Brindle Echo before the final.\n\nQ: \"Are you nervous?\"\n\nPetrov: \"Never before a final. Afterwards, maybe.\"",
        quote: "\"Are you nervous",
        speaker: None,
        role: None,
        kind: None,
    },
    Case {
        name: "interview_answer_after_q_line",
        text: "Nadia Petrov spoke to the Brindle Echo before the final.\n\nQ: \"Are you nervous?\"\n\nPetrov: \"Never before a final. Afterwards, maybe.\"",
        quote: "\"Never before",
        speaker: Some("Nadia Petrov"),
        role: None,
        kind: Some(Direct),
    },
];

#[test]
fn continuation() {
    run("continuation", CONTINUATION);
}

// ---------------------------------------------------------------------------
// 7. Speakers named later
// ---------------------------------------------------------------------------

const NAMED_LATER: &[Case] = &[
    Case {
        name: "headline_quote_repeated_in_body",
        text: "'A long three days': Brindle mops up after the storm\n\nResidents spent the weekend clearing fallen trees.\n\n\"It has been a long three days,\" said Nora Quist, who lost her roof.",
        quote: "'A long three days'",
        speaker: Some("Nora Quist"),
        role: None,
        kind: None,
    },
    Case {
        name: "headline_name_before_quote",
        text: "Harbour Cup: Berg 'furious' after late defeat\n\nTomas Berg did not hide his anger on Saturday.\n\n\"We gave it away,\" Berg said.",
        quote: "'furious'",
        speaker: Some("Tomas Berg"),
        role: None,
        kind: None,
    },
    Case {
        name: "headline_place_before_quote_is_nobody",
        text: "Brindle: village flooded like 'never' before\n\nWater poured through homes on Tuesday night.",
        quote: "'never'",
        speaker: None,
        role: None,
        kind: None,
    },
    Case {
        name: "headline_says_minister_named_far_down",
        text: "Minister says 'no deal' without fishing rights\n\nVELL, June 3 (Reuters) - Talks between Ruritania and Grenland broke up on Tuesday without agreement.\n\nNegotiators had met for ten hours in the capital.\n\n\"We cannot sign something that empties our harbours,\" Jane Roe, the trade minister, told reporters.",
        quote: "'no deal'",
        speaker: Some("Jane Roe"),
        role: Some("trade minister"),
        kind: None,
    },
    Case {
        name: "british_headline_quote_says_minister",
        text: "'We will not be bullied,' says minister\n\nRuritania will not give in to pressure from its neighbours, its foreign minister has said.\n\nJane Roe, the foreign minister, told state radio the government would not change course.",
        quote: "'We will not be bullied",
        speaker: Some("Jane Roe"),
        role: Some("foreign minister"),
        kind: None,
    },
    Case {
        name: "lead_quote_speaker_named_next_paragraph",
        text: "“This is the worst flooding in living memory.”\n\nThat was the verdict of Brindle's mayor, Elena Marsh, as she toured the drowned streets on Monday.",
        quote: "“This is the worst",
        speaker: Some("Elena Marsh"),
        role: Some("Brindle's mayor|mayor"),
        kind: Some(Direct),
    },
    Case {
        name: "an_official_said_later_named",
        text: "An official said the ferry had been \"seriously overloaded\" when it left Brindle Point.\n\nThe official, harbour master Tomas Berg, said 212 passengers had boarded a vessel licensed for 150.",
        quote: "\"seriously overloaded\"",
        speaker: Some("Tomas Berg"),
        role: Some("harbour master"),
        kind: Some(Partial),
    },
    Case {
        name: "a_police_spokesman_later_named",
        text: "\"We are keeping an open mind,\" a police spokesman said.\n\nThe spokesman, Inspector Joe Brandt, added that officers were still searching the woods.",
        quote: "\"We are keeping",
        speaker: Some("Joe Brandt"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "headline_colon_descriptor_named_in_body",
        text: "Union boss: 'Strike will go ahead'\n\nThe leader of the Ruritanian rail union, Bryn Tate, said on Sunday that talks had failed.",
        quote: "'Strike will go ahead'",
        speaker: Some("Bryn Tate"),
        role: Some("leader of the Ruritanian rail union|leader"),
        kind: None,
    },
];

#[test]
fn named_later() {
    run("named later", NAMED_LATER);
}

// ---------------------------------------------------------------------------
// 8. Roles, unnamed sources, organisations, documents
// ---------------------------------------------------------------------------

const ROLES: &[Case] = &[
    Case {
        name: "role_title_before_name",
        text: r#""We have made our position clear," Secretary of State Jane Roe told reporters."#,
        quote: r#""We have made"#,
        speaker: Some("Jane Roe"),
        role: Some("Secretary of State"),
        kind: Some(Direct),
    },
    Case {
        name: "role_country_title_before_name",
        text: r#""The tariffs will stay until they work," U.S. President Harlan Voss said on Friday."#,
        quote: r#""The tariffs"#,
        speaker: Some("Harlan Voss"),
        role: Some("U.S. President"),
        kind: Some(Direct),
    },
    Case {
        name: "role_abbreviated_senator",
        text: r#""This bill is dead and everybody in this building knows it," Sen. Mara Quill said."#,
        quote: r#""This bill"#,
        speaker: Some("Mara Quill"),
        role: Some("Sen.|Sen|Senator"),
        kind: Some(Direct),
    },
    Case {
        name: "role_appositive_the",
        text: r#""The channel must be dredged before winter," Tomas Berg, the harbour master, said."#,
        quote: r#""The channel"#,
        speaker: Some("Tomas Berg"),
        role: Some("harbour master"),
        kind: Some(Direct),
    },
    Case {
        name: "role_appositive_an_adviser_to",
        text: r#""The president has not made a decision," said Viktor Sand, an adviser to the president."#,
        quote: r#""The president has"#,
        speaker: Some("Viktor Sand"),
        role: Some("adviser to the president"),
        kind: Some(Direct),
    },
    Case {
        name: "role_descriptor_resolved_to_person",
        text: "Maria Kova flew to Vell on Monday for the summit.\n\n\"The border will stay open,\" the Ruritanian president said.",
        quote: "\"The border",
        speaker: Some("Maria Kova"),
        role: Some("Ruritanian president"),
        kind: Some(Direct),
    },
    Case {
        name: "role_unnamed_spokeswoman",
        text: r#""We were not consulted at any stage," a ministry spokeswoman said."#,
        quote: r#""We were not consulted"#,
        speaker: Some("a ministry spokeswoman"),
        role: Some("ministry spokeswoman"),
        kind: Some(Direct),
    },
    Case {
        name: "role_unnamed_witness_told_paper",
        text: r#""The car just kept going," a witness told the Brindle Echo."#,
        quote: r#""The car just"#,
        speaker: Some("a witness"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "role_organisation_named_police",
        text: r#""Officers were called to the quay at 11.40pm on Saturday," Harbour Police said in a statement."#,
        quote: r#""Officers were called"#,
        speaker: Some("Harbour Police"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "role_the_ministry_resolves_to_name",
        text: "Ruritania's Ministry of Fisheries suspended 40 licences on Monday.\n\nThe ministry said it would \"review every licence issued since 2019\".",
        quote: "\"review every",
        speaker: Some("Ministry of Fisheries|Ruritania's Ministry of Fisheries"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "role_the_ministry_unnamed",
        text: r#""No decision has been taken on the licences," the ministry said."#,
        quote: r#""No decision"#,
        speaker: Some("the ministry|ministry"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "role_police_lower_case",
        text: r#"Police said the man, 34, was "known to officers" and had been released on bail."#,
        quote: r#""known to officers""#,
        speaker: Some("police"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "role_statement_issuer",
        text: "Brindle Water issued a statement on Tuesday evening.\n\n\"We let our customers down and we are sorry,\" the statement said.",
        quote: "\"We let our",
        speaker: Some("Brindle Water"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "role_appositive_without_article",
        text: "Trading was thin.\n\nMara Quill, fund manager at Brindle Capital, said: \"The figures were better than feared.\"",
        quote: "\"The figures",
        speaker: Some("Mara Quill"),
        role: Some("fund manager at Brindle Capital"),
        kind: Some(Direct),
    },
    Case {
        name: "role_appositive_missing_comma_after_cue",
        text: r#""The herd has doubled," says Olek Varn a senior keeper at the Brennmark Zoo."#,
        quote: r#""The herd"#,
        speaker: Some("Olek Varn"),
        role: Some("senior keeper at the Brennmark Zoo"),
        kind: Some(Direct),
    },
    Case {
        name: "role_title_with_of_phrase_before_name",
        text: r#"Head of school Ines Korb said the pupils were safe but "the water rose quickly"."#,
        quote: r#""the water"#,
        speaker: Some("Ines Korb"),
        role: Some("Head of school"),
        kind: Some(Partial),
    },
    Case {
        name: "role_phrase_opening_sentence_before_name_in_commas",
        text: r#"Programme sponsor for Brindle Rail, Otto Fenn, said: "The line reopens on Monday.""#,
        quote: r#""The line"#,
        speaker: Some("Otto Fenn"),
        role: Some("Programme sponsor for Brindle Rail"),
        kind: Some(Direct),
    },
    Case {
        name: "role_descriptor_with_relative_clause_resolved",
        text: "Pia Lund from Moss Farm said the wells were dry.\n\nThe third-generation farmer, who took over the land in 2011, said: \"We have never seen it this bad.\"",
        quote: "\"We have never",
        speaker: Some("Pia Lund"),
        role: Some("third-generation farmer"),
        kind: Some(Direct),
    },
    Case {
        name: "role_person_from_a_place_is_the_subject",
        text: r#"Pia Lund from Moss Farm told the inquiry: "Nobody warned us.""#,
        quote: r#""Nobody"#,
        speaker: Some("Pia Lund"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "role_spokesman_for_an_organisation_is_an_unnamed_source",
        text: r#"A spokesman for the Brindle Dockers Union told reporters: "We will not back down.""#,
        quote: r#""We will not"#,
        speaker: Some("A spokesman for the Brindle Dockers Union"),
        role: Some("spokesman for the Brindle Dockers Union"),
        kind: Some(Direct),
    },
    Case {
        name: "role_spokeswoman_for_lower_case_organisation",
        text: r#""Talks will resume," a spokeswoman for the union said."#,
        quote: r#""Talks"#,
        speaker: Some("a spokeswoman for the union"),
        role: Some("spokeswoman for the union"),
        kind: Some(Direct),
    },
    Case {
        name: "role_abbreviated_title_shown_after_a_fuller_role",
        text: r#"Cllr Ada Brisk, leader of Brindle Council, said: "We have waited long enough.""#,
        quote: r#""We have"#,
        speaker: Some("Ada Brisk"),
        role: Some("leader of Brindle Council"),
        kind: Some(Direct),
    },
    Case {
        name: "org_reported_speech_after_in_a_blog_post",
        text: r#"Brennet said in a blog post that it would "keep investing" in the region. "We are committed to Vell," the company added."#,
        quote: r#""keep investing""#,
        speaker: Some("Brennet"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "org_one_word_name_then_the_company",
        text: r#"Brennet said in a blog post that it would "keep investing" in the region. "We are committed to Vell," the company added."#,
        quote: r#""We are committed"#,
        speaker: Some("Brennet"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "role_unknown_noun_before_name_opening_sentence",
        text: "Water use is capped from Monday.\n\nLocal beekeeper Sue Tamm said: \"The hives are thirsty too.\"",
        quote: "\"The hives",
        speaker: Some("Sue Tamm"),
        role: Some("Local beekeeper"),
        kind: Some(Direct),
    },
    Case {
        name: "role_team_and_position_before_name",
        text: "The Herons won 5-4.\n\nHerons pitcher Ken Otaru allowed four runs. \"I left one over the plate,\" Otaru said.",
        quote: "\"I left",
        speaker: Some("Ken Otaru"),
        role: Some("Herons pitcher"),
        kind: Some(Direct),
    },
    Case {
        name: "role_not_a_verb_before_the_name",
        text: "The vote was close.\n\nVoters chose Ada Brisk, who promised lower fares. \"We did it,\" Brisk said.",
        quote: "\"We did",
        speaker: Some("Ada Brisk"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "role_reverse_appositive_before_courtesy_title",
        text: r#"The hospital's chief executive, Dr Samuel Arran, said: "The figures are worrying.""#,
        quote: r#""The figures"#,
        speaker: Some("Samuel Arran"),
        role: Some("hospital's chief executive"),
        kind: Some(Direct),
    },
    Case {
        name: "continuation_past_an_affiliation_in_the_appositive",
        text: "Ruritania will hold an exercise next month.\n\n\"It is defensive,\" said Lt Col Viktor Andras, a spokesman for the General Staff. \"It is not directed at anyone.\"",
        quote: "\"It is not",
        speaker: Some("Viktor Andras"),
        role: Some("spokesman for the General Staff"),
        kind: Some(Direct),
    },
    Case {
        name: "org_name_with_a_plural_possessive",
        text: "Trains were cancelled all week.\n\nThe Vell Commuters' Association called the response 'shambolic' and demanded refunds.",
        quote: "'shambolic'",
        speaker: Some("Vell Commuters' Association"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "the_union_is_the_union_not_its_organiser",
        text: "Ada Brisk, regional organiser for the Brindle Bakers' Union, said members were angry.\n\nThe union said it would press for 'every possible job' to be saved.",
        quote: "'every possible",
        speaker: Some("Brindle Bakers' Union"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "statement_issuer_named_with_the_same_noun_before",
        text: "In a statement read to the court, the owner, Rosa Calder, said she was still afraid.\n\nThe statement said the family felt \"frightened of our own front door\".",
        quote: "\"frightened",
        speaker: Some("Rosa Calder"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "report_published_by_its_issuer",
        text: "A report published in March by the Vell Conservation Board reached a similar view. \"The colony is at risk,\" the report said.",
        quote: "\"The colony",
        speaker: Some("Vell Conservation Board"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "report_seen_by_a_paper_is_not_the_papers",
        text: "Waits hit a record, according to a report seen by the Vell Herald. It is not clear who wrote the report.\n\nThe report said the ward was under \"unsafe pressure\".",
        quote: "\"unsafe",
        speaker: None,
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "the_company_is_the_story_firm_not_an_analysts",
        text: "Brindle Water profits fall\n\nBrindle Water has reported a fall in profits.\n\nChief executive of Brindle Water, Anna Holt, said: \"We invested heavily.\"\n\nHolt said the company was \"on track\".\n\nHowever, according to Felix Abara, an analyst at Kestrel Capital, the figures \"raise questions\".\n\n\"It is eating the cash,\" he said.\n\nThe company said in a statement that it expected to \"return to growth\" next year.",
        quote: "\"return to",
        speaker: Some("Brindle Water"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "role_title_with_capitalised_of_phrase_before_name",
        text: r#"Speaker of Parliament Ada Brisk ordered the banner removed, telling the deputies: "This is a parliament.""#,
        quote: r#""This is"#,
        speaker: Some("Ada Brisk"),
        role: Some("Speaker of Parliament"),
        kind: Some(Direct),
    },
    Case {
        name: "role_title_of_the_organisation_before_name",
        text: r#"Head of the Ruritanian Navy Tom Reed said: "We are ready.""#,
        quote: r#""We are"#,
        speaker: Some("Tom Reed"),
        role: Some("Head of the Ruritanian Navy"),
        kind: Some(Direct),
    },
    Case {
        name: "the_family_is_its_people_not_the_paper_just_named",
        text: "In a 2009 interview with the Vell Courier, Easterby was modest.\n\nThe family said in a statement that a concert would be held \"with the drums set up\".",
        quote: "\"with the drums",
        speaker: Some("The family"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "the_force_is_the_police_named_in_an_appositive",
        text: "Chris Oduya, head of operations at Harbour Police, said thefts had risen.\n\nIn a statement, the force said: \"Officers are working with farmers.\"",
        quote: "\"Officers",
        speaker: Some("Harbour Police"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "role_statement_without_issuer_is_nobody",
        text: r#""The matter is now closed," the statement said."#,
        quote: r#""The matter"#,
        speaker: None,
        role: None,
        kind: None,
    },
];

#[test]
fn roles_sources_organisations() {
    run("roles", ROLES);
}

// ---------------------------------------------------------------------------
// 9. Entities: merging mentions into one speaker, and keeping people apart
// ---------------------------------------------------------------------------

const ROE_THREE_WAYS: &str = "Jane Roe, who chairs the fisheries committee, opened the hearing on Monday.\n\n\"We will hear from every family,\" Roe said.\n\nAsked about the timetable, Senator Roe replied: \"Nobody will be rushed.\"";

const MEDVEDKO_VARIANTS: &str = "Ruritanian envoy Vasily Medvedko led the delegation to Vell.\n\n\"We are here to talk, not to sign,\" Medvedko said.\n\n\"The memorandum is only a basis for discussion,\" Medvedco added later.";

const OSTROWSKI_VARIANTS: &str = "\"The vote was fair,\" said Piotr Ostrowski, who chaired the electoral commission.\n\nOstrovski later told reporters: \"Every ballot was counted twice.\"";

const TWO_BERGS: &str = "Anna Berg, the mayor, and her brother Tomas Berg, who runs the ferry company, both spoke at the meeting.\n\n\"The ferry must keep running,\" Tomas Berg said.\n\n\"Not at any price,\" Anna Berg replied.";

const ENTITY_QUOTES: &[Case] = &[
    Case {
        name: "surname_only_merges",
        text: ROE_THREE_WAYS,
        quote: "\"We will hear",
        speaker: Some("Jane Roe"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "title_surname_merges",
        text: ROE_THREE_WAYS,
        quote: "\"Nobody will be rushed",
        speaker: Some("Jane Roe"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "spelling_variant_exact",
        text: MEDVEDKO_VARIANTS,
        quote: "\"We are here",
        speaker: Some("Vasily Medvedko"),
        role: Some("Ruritanian envoy|envoy"),
        kind: Some(Direct),
    },
    Case {
        name: "spelling_variant_one_letter",
        text: MEDVEDKO_VARIANTS,
        quote: "\"The memorandum",
        speaker: Some("Vasily Medvedko"),
        role: Some("Ruritanian envoy|envoy"),
        kind: Some(Direct),
    },
    Case {
        name: "spelling_variant_w_v",
        text: OSTROWSKI_VARIANTS,
        quote: "\"Every ballot",
        speaker: Some("Piotr Ostrowski"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "shared_surname_man",
        text: TWO_BERGS,
        quote: "\"The ferry must",
        speaker: Some("Tomas Berg"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "shared_surname_woman",
        text: TWO_BERGS,
        quote: "\"Not at any price",
        speaker: Some("Anna Berg"),
        role: Some("mayor"),
        kind: Some(Direct),
    },
];

/// A text and the exact set of speakers it should yield, each with the
/// least number of mentions it must have gathered.
struct EntityCase {
    name: &'static str,
    text: &'static str,
    speakers: &'static [(&'static str, usize)],
}

const ENTITY_SETS: &[EntityCase] = &[
    EntityCase {
        name: "roe_full_surname_title",
        text: ROE_THREE_WAYS,
        speakers: &[("Jane Roe", 3)],
    },
    EntityCase {
        name: "medvedko_spelling_variant",
        text: MEDVEDKO_VARIANTS,
        speakers: &[("Vasily Medvedko", 3)],
    },
    EntityCase {
        name: "ostrowski_spelling_variant",
        text: OSTROWSKI_VARIANTS,
        speakers: &[("Piotr Ostrowski", 2)],
    },
    EntityCase {
        name: "two_bergs_stay_apart",
        text: TWO_BERGS,
        speakers: &[("Anna Berg", 2), ("Tomas Berg", 2)],
    },
];

#[test]
fn entities_quotes() {
    run("entities (quotes)", ENTITY_QUOTES);
}

#[test]
fn entities_speaker_sets() {
    let who = Attributor::new();
    let mut report = Vec::new();
    for case in ENTITY_SETS {
        let a = who.attribute(case.text).expect("attribute");
        let got: Vec<(&str, usize)> = a
            .speakers()
            .iter()
            .map(|s| (s.name(), s.mentions().len()))
            .collect();
        let mut miss = Vec::new();
        for &(name, min) in case.speakers {
            let same: Vec<_> = got
                .iter()
                .filter(|(g, _)| norm_name(g) == norm_name(name))
                .collect();
            match same.as_slice() {
                [] => miss.push(format!("no speaker named {name:?}")),
                [(_, n)] if *n < min => miss.push(format!(
                    "{name:?} has {n} mentions, expected at least {min}"
                )),
                [_] => {}
                _ => miss.push(format!("{} speakers named {name:?}", same.len())),
            }
        }
        if got.len() != case.speakers.len() {
            miss.push(format!(
                "expected {} speaker(s), got {}",
                case.speakers.len(),
                got.len()
            ));
        }
        if !miss.is_empty() {
            report.push(format!(
                "  [{}] speakers {got:?}\n      {}",
                case.name,
                miss.join("\n      ")
            ));
        }
    }
    assert!(
        report.is_empty(),
        "entities (speaker sets): {} of {} cases failed\n{}",
        report.len(),
        ENTITY_SETS.len(),
        report.join("\n")
    );
}

// ---------------------------------------------------------------------------
// 10. Term quotes: nobody says them
// ---------------------------------------------------------------------------

const TERMS: &[Case] = &[
    Case {
        name: "term_one_verb_after_to",
        text: r#"The move is part of plans to 'modernise' the network and save money."#,
        quote: "'modernise'",
        speaker: None,
        role: None,
        kind: Some(Term),
    },
    Case {
        name: "not_term_one_verb_after_to_with_a_speaker",
        text: r#"Ada Brisk vowed to 'fight' the closure."#,
        quote: "'fight'",
        speaker: Some("Ada Brisk"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "term_title_case_name_of_a_show",
        text: r#"The 52-year-old, host of Channel 4's "Garden Rescue Live", hurt his back."#,
        quote: r#""Garden Rescue"#,
        speaker: None,
        role: None,
        kind: Some(Term),
    },
    Case {
        name: "term_series_called",
        text: r#"The band runs a summer series called "Songs by the Pier" every July."#,
        quote: r#""Songs by"#,
        speaker: None,
        role: None,
        kind: Some(Term),
    },
    Case {
        name: "term_what_people_call",
        text: r#"Winds may reach 60 mph, creating what forecasters call "whiteout" conditions."#,
        quote: r#""whiteout""#,
        speaker: None,
        role: None,
        kind: Some(Term),
    },
    Case {
        name: "term_known_locally_as",
        text: r#"The reef, known locally as "the Anvil," has sunk three trawlers."#,
        quote: r#""the Anvil,""#,
        speaker: None,
        role: None,
        kind: Some(Term),
    },
    Case {
        name: "term_code_named",
        text: r#"Code-named "Grey Heron," the exercise starts on Monday."#,
        quote: r#""Grey Heron,""#,
        speaker: None,
        role: None,
        kind: Some(Term),
    },
    Case {
        name: "term_work_noun_thriller",
        text: r#"Varn, who stars in the thriller "Night Ferry," said he was tired."#,
        quote: r#""Night Ferry,""#,
        speaker: None,
        role: None,
        kind: Some(Term),
    },
    Case {
        name: "not_term_what_he_called_is_his",
        text: r#"Olek Varn, speaking after the vote, thanked lawmakers for what he called "a sensible decision.""#,
        quote: r#""a sensible"#,
        speaker: Some("Olek Varn"),
        role: None,
        kind: Some(Partial),
    },
    Case {
        name: "not_term_title_case_after_colon",
        text: "The banner at the rally read: \"Save Our Pier\".\n\nAda Brisk said: \"We Will Not Move.\"",
        quote: "\"We Will",
        speaker: Some("Ada Brisk"),
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "so_called_scare_quote",
        text: r#"Officials in Vell have promised a so-called "reset" of relations with Grenland."#,
        quote: r#""reset""#,
        speaker: None,
        role: None,
        kind: Some(Term),
    },
    Case {
        name: "scare_quote_irony",
        text: r#"The company's "temporary" pay freeze is now in its fourth year."#,
        quote: r#""temporary""#,
        speaker: None,
        role: None,
        kind: Some(Term),
    },
    Case {
        name: "novel_title",
        text: r#"Her debut novel "Salt Roads" sold 40,000 copies in its first month."#,
        quote: r#""Salt Roads""#,
        speaker: None,
        role: None,
        kind: Some(Term),
    },
    Case {
        name: "film_title_near_a_named_person",
        text: r#"Ingrid Sol's film "Nights in Vell" opens at the Brindle Picturehouse on Friday."#,
        quote: r#""Nights in Vell""#,
        speaker: None,
        role: None,
        kind: Some(Term),
    },
    Case {
        name: "album_title_single_marks",
        text: "The band's fourth album, 'Low Tide', is released on Friday.",
        quote: "'Low Tide'",
        speaker: None,
        role: None,
        kind: Some(Term),
    },
    Case {
        name: "nickname_inside_name",
        text: r#"Tom "The Hammer" Hale signed a two-year deal with Brindle Town on Friday."#,
        quote: r#""The Hammer""#,
        speaker: None,
        role: None,
        kind: Some(Term),
    },
    Case {
        name: "word_quoted_as_word",
        text: r#"The word "resilience" appears 14 times in the minister's speech."#,
        quote: r#""resilience""#,
        speaker: None,
        role: None,
        kind: Some(Term),
    },
    Case {
        name: "ship_name",
        text: r#"The trawler "Northern Star" ran aground off Brindle Point in thick fog."#,
        quote: r#""Northern Star""#,
        speaker: None,
        role: None,
        kind: Some(Term),
    },
    Case {
        name: "scare_quote_in_a_speakers_sentence",
        text: r#"Jane Roe said the plan, dubbed "Operation Lantern" by officials, would start in May."#,
        quote: r#""Operation Lantern""#,
        speaker: None,
        role: None,
        kind: Some(Term),
    },
    Case {
        name: "tv_show_title_curly",
        text: "He first appeared on the quiz show “Ask the Harbour” in 2004.",
        quote: "“Ask the Harbour”",
        speaker: None,
        role: None,
        kind: Some(Term),
    },
];

#[test]
fn terms() {
    run("terms", TERMS);
}

// ---------------------------------------------------------------------------
// 11. No speaker: precision over guessing
// ---------------------------------------------------------------------------

const NO_SPEAKER: &[Case] = &[
    Case {
        name: "no_beat_from_a_passive_subject",
        text: "Judge Ada Brisk sentenced him on Friday.\n\nTom Reed was jailed for six years. \"This was a cruel crime.\"",
        quote: "\"This was",
        speaker: None,
        role: None,
        kind: Some(Direct),
    },
    Case {
        name: "quote_only_paragraph_no_one_named",
        text: "The storm reached the coast just after midnight.\n\n\"It sounded like a train coming through the house.\"",
        quote: "\"It sounded",
        speaker: None,
        role: None,
        kind: None,
    },
    Case {
        name: "passive_told_no_agent",
        text: r#"Residents of the Kell estate have been told to "expect delays" for the rest of the month."#,
        quote: r#""expect delays""#,
        speaker: None,
        role: None,
        kind: None,
    },
    Case {
        name: "it_was_said_mentioned_person_is_topic",
        text: r#"It was said in the corridors that the mayor had "lost the room"."#,
        quote: r#""lost the room""#,
        speaker: None,
        role: None,
        kind: None,
    },
    Case {
        name: "named_person_does_not_speak",
        text: "Tomas Berg was arrested at his home on Tuesday.\n\n\"The investigation is continuing and we are not looking for anyone else.\"",
        quote: "\"The investigation",
        speaker: None,
        role: None,
        kind: None,
    },
    Case {
        name: "painted_slogan",
        text: r#""Where is the money?" was painted across the treasury doors overnight."#,
        quote: r#""Where is the money"#,
        speaker: None,
        role: None,
        kind: None,
    },
    Case {
        name: "reporters_were_told",
        text: r#"Reporters waiting outside were told: "No questions today.""#,
        quote: r#""No questions"#,
        speaker: None,
        role: None,
        kind: None,
    },
    Case {
        name: "quote_after_unattributed_quote_not_continued",
        text: "The storm reached the coast just after midnight.\n\n\"It sounded like a train.\"\n\n\"Then the roof went.\"",
        quote: "\"Then the roof",
        speaker: None,
        role: None,
        kind: None,
    },
    Case {
        name: "named_person_in_other_paragraph_no_cue",
        text: "Jane Roe became foreign minister in 2021.\n\nThe ministry building, finished in 1912, was badly damaged in the earthquake.\n\n\"Nothing can be saved.\"",
        quote: "\"Nothing can",
        speaker: None,
        role: None,
        kind: None,
    },
];

#[test]
fn no_speaker() {
    run("no speaker", NO_SPEAKER);
}

// ---------------------------------------------------------------------------
// JSON shape
// ---------------------------------------------------------------------------

#[test]
fn json_has_quote_text_speaker_kind_and_speaker_names() {
    let text = "\"We are ready to talk,\" said Jane Roe, the foreign minister.\n\nCritics call it a \"reset\".";
    let a = Attributor::new().attribute(text).expect("attribute");
    let v = serde_json::to_value(&a).expect("serialise");

    let quotes = v["quotes"].as_array().expect("`quotes` is an array");
    assert_eq!(quotes.len(), 2, "quotes: {quotes:#?}");
    let speakers = v["speakers"].as_array().expect("`speakers` is an array");

    let q = &quotes[0];
    assert_eq!(q["text"], "\"We are ready to talk,\"");
    assert_eq!(q["kind"], "direct");
    // `speaker` may be an index into `speakers` or the name itself.
    let name = match &q["speaker"] {
        serde_json::Value::Number(n) => {
            let i = n.as_u64().expect("speaker index") as usize;
            speakers
                .get(i)
                .and_then(|s| s["name"].as_str())
                .unwrap_or_else(|| panic!("speaker index {i} not in {speakers:#?}"))
        }
        serde_json::Value::String(s) => s.as_str(),
        other => panic!("quotes[0].speaker should name Jane Roe, got {other}"),
    };
    assert_eq!(name, "Jane Roe");
    assert!(
        speakers.iter().any(|s| s["name"] == "Jane Roe"),
        "speakers[].name should include Jane Roe: {speakers:#?}"
    );

    let term = &quotes[1];
    assert_eq!(term["text"], "\"reset\"");
    assert_eq!(term["kind"], "term");
    assert!(
        term.get("speaker").is_some_and(|s| s.is_null()),
        "a term quote has a null `speaker` field: {term}"
    );
}
