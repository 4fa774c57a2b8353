//! Integration tests of the quote scanner's public API (`whosaid::quotes`).
//!
//! Each convention is a table of `(input, expected)` rows; the helpers at
//! the top turn a row into one assertion that names the input when it fails.
//! Every sentence here was written for these tests.

use whosaid::{quotes, quotes_from_bytes, Error, MarkStyle};

/// The text (marks included) of every quote in `input`, in order.
fn texts(input: &str) -> Vec<&str> {
    quotes(input).iter().map(|q| q.text()).collect()
}

fn check_texts(cases: &[(&str, &[&str])]) {
    for &(input, want) in cases {
        assert_eq!(texts(input), want, "input: {input:?}");
    }
}

fn check_spans(cases: &[(&str, &[(usize, usize)])]) {
    for &(input, want) in cases {
        let got: Vec<(usize, usize)> = quotes(input)
            .iter()
            .map(|q| (q.span().start, q.span().end))
            .collect();
        assert_eq!(got, want, "input: {input:?}");
    }
}

fn check_styles(cases: &[(&str, &[MarkStyle])]) {
    for &(input, want) in cases {
        let got: Vec<MarkStyle> = quotes(input).iter().map(|q| q.style()).collect();
        assert_eq!(got, want, "input: {input:?}");
    }
}

/// `(text, parent, multi_paragraph, closed)` for each quote.
type Shape<'a> = (&'a str, Option<usize>, bool, bool);

fn check_shapes(cases: &[(&str, &[Shape<'_>])]) {
    for &(input, want) in cases {
        let got: Vec<Shape<'_>> = quotes(input)
            .iter()
            .map(|q| (q.text(), q.parent(), q.is_multi_paragraph(), q.is_closed()))
            .collect();
        assert_eq!(got, want, "input: {input:?}");
    }
}

// ---------------------------------------------------------------------------
// Double and single marks, straight and curly.

#[test]
fn straight_and_curly_quotes() {
    check_texts(&[
        (
            "The mayor said \"the bridge stays open\" on Monday.",
            &["\"the bridge stays open\""],
        ),
        (
            "The mayor said “the bridge stays open” on Monday.",
            &["“the bridge stays open”"],
        ),
        (
            "The mayor called it 'a temporary measure' on Monday.",
            &["'a temporary measure'"],
        ),
        (
            "The mayor called it ‘a temporary measure’ on Monday.",
            &["‘a temporary measure’"],
        ),
        (
            "\"One,\" she said, and then \"two.\"",
            &["\"One,\"", "\"two.\""],
        ),
        ("“One,” she said, and then “two.”", &["“One,”", "“two.”"]),
        ("He said 'no'.", &["'no'"]),
        ("He yelled 'Stop!' and ran.", &["'Stop!'"]),
        ("(‘bracketed’) and ['boxed']", &["‘bracketed’", "'boxed'"]),
    ]);
}

#[test]
fn straight_opening_closed_by_curly_and_the_reverse() {
    check_texts(&[
        ("Ships were told \"turn back” at dawn.", &["\"turn back”"]),
        ("Ships were told “turn back\" at dawn.", &["“turn back\""]),
        ("Ships were told 'turn back’ at dawn.", &["'turn back’"]),
        ("Ships were told ‘turn back' at dawn.", &["‘turn back'"]),
    ]);
    check_styles(&[
        ("told \"turn back” now", &[MarkStyle::MixedDouble]),
        ("told “turn back\" now", &[MarkStyle::MixedDouble]),
        ("told 'turn back’ now", &[MarkStyle::MixedSingle]),
        ("told ‘turn back' now", &[MarkStyle::MixedSingle]),
    ]);
}

#[test]
fn ap_style_doubled_marks() {
    check_texts(&[
        ("``We are ready,'' the coach said.", &["``We are ready,''"]),
        ("''We are ready,'' the coach said.", &["''We are ready,''"]),
        ("The coach said ``we are ready''", &["``we are ready''"]),
        ("The coach said ''we are ready''", &["''we are ready''"]),
        ("``I'm not done,'' she said.", &["``I'm not done,''"]),
        ("He called it ‘‘rubbish’’ twice.", &["‘‘rubbish’’"]),
    ]);
}

// ---------------------------------------------------------------------------
// Guillemets, German, CJK.

#[test]
fn guillemets() {
    check_texts(&[
        ("Elle a dit «jamais» hier.", &["«jamais»"]),
        ("Elle a dit « jamais » hier.", &["« jamais »"]),
        ("Elle a dit « jamais», hier.", &["« jamais»"]),
        ("Er sagte »niemals« gestern.", &["»niemals«"]),
        (
            "«Il m’a dit ‹non› hier», dit-elle.",
            &["«Il m’a dit ‹non› hier»", "‹non›"],
        ),
        (
            "»Ich sage ›nein‹ dazu«, sagte er.",
            &["»Ich sage ›nein‹ dazu«", "›nein‹"],
        ),
        ("L'homme a dit «oui».", &["«oui»"]),
    ]);
}

#[test]
fn german_low_marks() {
    check_texts(&[
        ("Er sagte „Wir kommen“ und ging.", &["„Wir kommen“"]),
        ("Er sagte ‚Wir kommen‘ und ging.", &["‚Wir kommen‘"]),
        (
            "„Er nannte es ‚Unsinn‘“, sagte sie.",
            &["„Er nannte es ‚Unsinn‘“", "‚Unsinn‘"],
        ),
        // Swiss and Austrian texts close with the English mark.
        ("„Ja”, sagte er.", &["„Ja”"]),
    ]);
}

#[test]
fn cjk_corner_brackets() {
    check_texts(&[
        ("彼は「明日行く」と言った。", &["「明日行く」"]),
        ("彼は『明日行く』と言った。", &["『明日行く』"]),
        (
            "「彼は『無理だ』と言った」と妻が話した。",
            &["「彼は『無理だ』と言った」", "『無理だ』"],
        ),
    ]);
}

#[test]
fn every_style() {
    use MarkStyle::*;
    check_styles(&[
        ("a \"b\" c", &[StraightDouble]),
        ("a “b” c", &[CurlyDouble]),
        ("a \"b” c", &[MixedDouble]),
        ("a 'b' c", &[StraightSingle]),
        ("a ‘b’ c", &[CurlySingle]),
        ("a 'b’ c", &[MixedSingle]),
        ("a ``b'' c", &[Backticks]),
        ("a ''b'' c", &[DoubledSingle]),
        ("a ‘‘b’’ c", &[DoubledSingle]),
        ("a «b» c", &[Guillemets]),
        ("a « b » c", &[Guillemets]),
        ("a »b« c", &[ReversedGuillemets]),
        ("a ‹b› c", &[SingleGuillemets]),
        ("a „b“ c", &[LowDouble]),
        ("a ‚b‘ c", &[LowSingle]),
        ("a「b」c", &[CornerBrackets]),
        ("a『b』c", &[WhiteCornerBrackets]),
    ]);
}

#[test]
fn single_styles_are_single() {
    for (input, single) in [
        ("a 'b' c", true),
        ("a ‘b’ c", true),
        ("a ‚b‘ c", true),
        ("a ‹b› c", true),
        ("a \"b\" c", false),
        ("a ''b'' c", false),
        ("a «b» c", false),
        ("a「b」c", false),
    ] {
        let q = quotes(input);
        assert_eq!(q.len(), 1, "input: {input:?}");
        assert_eq!(q[0].style().is_single(), single, "input: {input:?}");
    }
}

// ---------------------------------------------------------------------------
// Apostrophes.

#[test]
fn apostrophes_make_no_quote() {
    check_texts(&[
        ("Russia's envoy didn't agree", &[]),
        ("The Joneses' dog barked at the Smiths' cat.", &[]),
        ("Prices last rose in the '90s and the '80s.", &[]),
        ("They played rock 'n' roll all night.", &[]),
        ("They played rock ’n’ roll all night.", &[]),
        ("Officer O'Brien and Ms D'Souza arrived.", &[]),
        ("We waited ‘til dawn and 'til noon.", &[]),
        ("Tell 'em it's over.", &[]),
        // A closing curly mark typed for an apostrophe.
        ("Russia’s envoy didn’t agree in the ’90s.", &[]),
        // An opening curly mark typed for an apostrophe.
        ("Russia‘s envoy didn‘t agree.", &[]),
        // A double closing mark typed for an apostrophe.
        ("I don”t know and won”t guess.", &[]),
        ("The boss' car and the witness' account differ.", &[]),
        ("'Tis the season, said O'Neill's aide.", &[]),
    ]);
}

#[test]
fn headline_with_single_quotes() {
    let q = quotes("Rubio calls for 'an end to the massacre' in Ukraine");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text(), "'an end to the massacre'");
    assert_eq!(q[0].content(), "an end to the massacre");
    assert_eq!(q[0].style(), MarkStyle::StraightSingle);
    assert!(q[0].is_closed());
    assert!(quotes("Russia's envoy didn't agree").is_empty());
    check_texts(&[
        (
            "Minister: 'We will not back down'",
            &["'We will not back down'"],
        ),
        (
            "Minister: ‘We will not back down’",
            &["‘We will not back down’"],
        ),
        (
            "Mayor's aide says 'no deal' after '90s-style stand-off",
            &["'no deal'"],
        ),
    ]);
}

#[test]
fn apostrophes_inside_quotes() {
    check_texts(&[
        ("'I didn't know,' he said", &["'I didn't know,'"]),
        ("‘I didn’t know,’ he said", &["‘I didn’t know,’"]),
        ("‘It’s the ’90s,’ he said.", &["‘It’s the ’90s,’"]),
        ("'In the '90s we won,' he said.", &["'In the '90s we won,'"]),
        (
            "He said 'rock 'n' roll is dead' today.",
            &["'rock 'n' roll is dead'"],
        ),
        (
            "\"Russia's envoy didn't agree,\" she said.",
            &["\"Russia's envoy didn't agree,\""],
        ),
        ("Dad said, 'Don't!'", &["'Don't!'"]),
        ("the players' 'final offer' was late", &["'final offer'"]),
    ]);
}

#[test]
fn plural_possessives_inside_single_quotes() {
    check_texts(&[
        (
            "‘The dockers’ union agreed to the deal,’ said Ada Brisk.",
            &["‘The dockers’ union agreed to the deal,’"],
        ),
        (
            "'The dockers' union agreed to the deal,' said Ada Brisk.",
            &["'The dockers' union agreed to the deal,'"],
        ),
        (
            "‘It’s the growers’ choice, not the council’s,’ he said.",
            &["‘It’s the growers’ choice, not the council’s,’"],
        ),
        (
            "‘We won,’ she said. ‘The Varnas’ boat is ours.’",
            &["‘We won,’", "‘The Varnas’ boat is ours.’"],
        ),
        // No later mark ends a sentence quote: the mark after `s` closes.
        (
            "He praised ‘The Kestrels’ without saying more.",
            &["‘The Kestrels’"],
        ),
        // A new quote opens before any such mark: the first one closes.
        (
            "She called them ‘the growers’ and the ‘pickers,’ he said.",
            &["‘the growers’", "‘pickers,’"],
        ),
    ]);
}

#[test]
fn british_fiction_dialogue() {
    check_texts(&[
        (
            "'Come in,' she said. 'Sit down.'",
            &["'Come in,'", "'Sit down.'"],
        ),
        (
            "‘Come in,’ she said. ‘Sit down.’",
            &["‘Come in,’", "‘Sit down.’"],
        ),
        (
            "'Where's Tom?' asked Jane. 'He's out,' said Mum.",
            &["'Where's Tom?'", "'He's out,'"],
        ),
    ]);
    for q in quotes("'Come in,' she said. 'Sit down.'") {
        assert!(q.is_closed(), "{:?}", q.text());
        assert_eq!(q.parent(), None);
    }
}

// ---------------------------------------------------------------------------
// Nesting.

#[test]
fn nesting() {
    check_shapes(&[
        (
            "“He said ‘no’ twice,” the aide recalled",
            &[
                ("“He said ‘no’ twice,”", None, false, true),
                ("‘no’", Some(0), false, true),
            ],
        ),
        (
            "\"He said 'no' twice,\" the aide recalled",
            &[
                ("\"He said 'no' twice,\"", None, false, true),
                ("'no'", Some(0), false, true),
            ],
        ),
        (
            "'He said \"no\" twice,' the aide recalled",
            &[
                ("'He said \"no\" twice,'", None, false, true),
                ("\"no\"", Some(0), false, true),
            ],
        ),
        (
            "“A ‘b’ and ‘c’ d,” e said. “F,” g said.",
            &[
                ("“A ‘b’ and ‘c’ d,”", None, false, true),
                ("‘b’", Some(0), false, true),
                ("‘c’", Some(0), false, true),
                ("“F,”", None, false, true),
            ],
        ),
    ]);
}

#[test]
fn deeper_nesting() {
    check_shapes(&[
        (
            "“She told me ‘he kept saying \"never\" to them’ then,” Ann said.",
            &[
                (
                    "“She told me ‘he kept saying \"never\" to them’ then,”",
                    None,
                    false,
                    true,
                ),
                ("‘he kept saying \"never\" to them’", Some(0), false, true),
                ("\"never\"", Some(1), false, true),
            ],
        ),
        (
            "«Il a crié “non, ‘jamais’ !” puis est parti», dit-elle.",
            &[
                (
                    "«Il a crié “non, ‘jamais’ !” puis est parti»",
                    None,
                    false,
                    true,
                ),
                ("“non, ‘jamais’ !”", Some(0), false, true),
                ("‘jamais’", Some(1), false, true),
            ],
        ),
    ]);
}

// ---------------------------------------------------------------------------
// Paragraphs.

#[test]
fn multi_paragraph_quotes() {
    check_shapes(&[
        // Blank-line paragraphs.
        (
            "“The first part.\n\n“The second part.\n\n“The end,” she said.\n\nLater “x”.",
            &[
                (
                    "“The first part.\n\n“The second part.\n\n“The end,”",
                    None,
                    true,
                    true,
                ),
                ("“x”", None, false, true),
            ],
        ),
        (
            "\"The first part.\n\n\"The end,\" she said.\n\nLater \"x\".",
            &[
                ("\"The first part.\n\n\"The end,\"", None, true, true),
                ("\"x\"", None, false, true),
            ],
        ),
        // A quote opened mid-paragraph, continued in the next one.
        (
            "He said: “One.\n\n“Two.”\n\nAfter.",
            &[("“One.\n\n“Two.”", None, true, true)],
        ),
        // One paragraph a line when the text has no blank lines.
        (
            "“The first part.\n“The second part.\n“The end,” she said.\nLater “x”.",
            &[
                (
                    "“The first part.\n“The second part.\n“The end,”",
                    None,
                    true,
                    true,
                ),
                ("“x”", None, false, true),
            ],
        ),
        // Indented paragraphs, CRLF line ends.
        (
            "“The first part.\r\n\r\n  “The end,” she said.\r\n",
            &[("“The first part.\r\n\r\n  “The end,”", None, true, true)],
        ),
    ]);
}

#[test]
fn british_single_quote_multi_paragraph() {
    check_shapes(&[
        (
            "‘The first part.\n\n‘The second part,’ she said.\n\nAfter ‘x’.",
            &[
                ("‘The first part.\n\n‘The second part,’", None, true, true),
                ("‘x’", None, false, true),
            ],
        ),
        (
            "'The first part.\n\n'The second part,' she said.\n\nAfter 'x'.",
            &[
                ("'The first part.\n\n'The second part,'", None, true, true),
                ("'x'", None, false, true),
            ],
        ),
        (
            "'It's the first part.\n'It's the end,' she said.\nAfter.",
            &[("'It's the first part.\n'It's the end,'", None, true, true)],
        ),
    ]);
}

#[test]
fn multi_paragraph_content_keeps_the_reopening_marks() {
    let text = "“One.\n\n“Two,” she said.";
    let q = quotes(text);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].content(), "One.\n\n“Two,");
    assert_eq!(&text[q[0].content_span().range()], q[0].content());
}

#[test]
fn unclosed_quote_ends_at_its_paragraph() {
    check_shapes(&[
        (
            "He said \"this never closes\n\nThe next paragraph has \"its own\" quote.",
            &[
                ("\"this never closes", None, false, false),
                ("\"its own\"", None, false, true),
            ],
        ),
        (
            "He said “this never closes  \nThe next line has “its own” quote.",
            &[
                ("“this never closes", None, false, false),
                ("“its own”", None, false, true),
            ],
        ),
        (
            "«Unclosed at the end",
            &[("«Unclosed at the end", None, false, false)],
        ),
        ("「未完", &[("「未完", None, false, false)]),
        // A continued quote whose last paragraph never closes.
        (
            "“Part one.\n\n“Part two\n\nNarration resumes.",
            &[("“Part one.\n\n“Part two", None, true, false)],
        ),
        // An inner quote left open ends with its paragraph, the outer closes.
        (
            "“He said ‘wait and left,” she said.",
            &[
                ("“He said ‘wait and left,”", None, false, true),
                ("‘wait and left,", Some(0), false, false),
            ],
        ),
    ]);
    // The unclosed quote's content runs to the paragraph's last non-space
    // character.
    let q = quotes("A “loose end   \n\nB.");
    assert_eq!(q[0].content(), "loose end");
    assert_eq!(q[0].content_span().end, q[0].span().end);
}

#[test]
fn stray_closing_marks_make_no_quote() {
    check_texts(&[
        ("A stray ” mark.", &[]),
        ("A stray 」 mark.", &[]),
        ("A stray ’ mark.", &[]),
        ("It ended.” Then “yes” came.", &["“yes”"]),
        ("」then「ok」", &["「ok」"]),
        ("” “yes”", &["“yes”"]),
    ]);
}

#[test]
fn quotes_at_start_and_end_of_text() {
    check_spans(&[
        ("\"Start\" and end", &[(0, 7)]),
        ("start and \"end\"", &[(10, 15)]),
        ("“Whole”", &[(0, 11)]),
        ("'Whole'", &[(0, 7)]),
        ("‘Whole’", &[(0, 11)]),
        ("Ends with ‘this’", &[(10, 20)]),
        ("Ends with ``this''", &[(10, 18)]),
        ("Ends with ''this''", &[(10, 18)]),
        ("Ends with «ça»", &[(10, 17)]),
        ("«ça» starts", &[(0, 7)]),
        ("“x”", &[(0, 7)]),
    ]);
}

#[test]
fn empty_and_quoteless_input() {
    assert!(quotes("").is_empty());
    assert!(quotes("   \n\n  ").is_empty());
    assert!(quotes("No marks at all, just words.").is_empty());
    assert!(quotes("\"").is_empty());
    assert!(quotes("'").is_empty());
    assert!(quotes("”").is_empty());
}

// ---------------------------------------------------------------------------
// Spans, text and content.

#[test]
fn spans_are_byte_offsets() {
    check_spans(&[
        ("He said \"yes\".", &[(8, 13)]),
        // “ and ” are three bytes each.
        ("He said “yes”.", &[(8, 17)]),
        ("é «oui» é", &[(3, 10)]),
        ("“A ‘b’ c,” d. 'e'", &[(0, 18), (5, 12), (22, 25)]),
    ]);
}

#[test]
fn an_empty_pair_of_marks_is_no_quote() {
    for input in [
        "a \"\" d",
        "a “” d",
        "\"\"\"\"\"\"",
        "said \"\" then \"yes\"",
    ] {
        let q = quotes(input);
        assert!(
            q.iter().all(|q| !q.content().is_empty()),
            "input: {input:?}"
        );
    }
    assert_eq!(texts("said \"\" then \"yes\""), ["\"yes\""]);
}

#[test]
fn runs_of_straight_double_marks() {
    check_texts(&[
        ("\"\"\"\"\"\"\"\"", &[]),
        ("\"\"\"Yes,\" she said.", &["\"Yes,\""]),
        (
            "He said \"no\"\"\" twice. \"Fine,\" she said.",
            &["\"no\"", "\"Fine,\""],
        ),
        ("a \"\"\" b", &[]),
    ]);
}

#[test]
fn content_excludes_the_marks() {
    let cases: &[(&str, &str, &str)] = &[
        ("a \"bc\" d", "\"bc\"", "bc"),
        ("a “bc” d", "“bc”", "bc"),
        ("a ``bc'' d", "``bc''", "bc"),
        ("a ''bc'' d", "''bc''", "bc"),
        ("a ‘‘bc’’ d", "‘‘bc’’", "bc"),
        ("a « bc » d", "« bc »", " bc "),
        ("a „bc“ d", "„bc“", "bc"),
        ("a「bc」d", "「bc」", "bc"),
        ("a “unclosed", "“unclosed", "unclosed"),
    ];
    for &(input, text, content) in cases {
        let q = quotes(input);
        assert_eq!(q.len(), 1, "input: {input:?}");
        assert_eq!(q[0].text(), text, "input: {input:?}");
        assert_eq!(q[0].content(), content, "input: {input:?}");
        assert_eq!(&input[q[0].span().range()], text);
        assert_eq!(&input[q[0].content_span().range()], content);
        assert!(q[0].span().contains(q[0].content_span()));
    }
}

// ---------------------------------------------------------------------------
// The bytes entry point.

#[test]
fn quotes_from_bytes_validates_utf8() {
    let q = quotes_from_bytes("Er sagte „ja“.".as_bytes()).unwrap();
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].content(), "ja");

    let bad: &[(&[u8], usize)] = &[
        (b"\xff", 0),
        (b"ok \xff bad", 3),
        (b"\"quote\" \xc3", 8),          // truncated two-byte character
        (b"\xe2\x80\x9cyes\xe2\x80", 6), // truncated closing mark
        (b"abc \xc0\xaf", 4),            // overlong encoding
        (b"\xed\xa0\x80 surrogate", 0),  // UTF-16 surrogate
        ("“é” ".as_bytes(), usize::MAX), // valid: no error
    ];
    for &(bytes, offset) in bad {
        let got = quotes_from_bytes(bytes);
        if offset == usize::MAX {
            assert!(got.is_ok(), "{bytes:?}");
        } else {
            assert_eq!(got.unwrap_err(), Error::InvalidUtf8 { offset }, "{bytes:?}");
        }
    }
}

#[test]
fn quotes_from_bytes_matches_quotes() {
    let text = "“A ‘b’ c,” d said. 'e' «f» „g“ 「h」";
    assert_eq!(quotes_from_bytes(text.as_bytes()).unwrap(), quotes(text));
}

// ---------------------------------------------------------------------------
// The bundled sample (examples/data/quotes-sample.txt): every quote found,
// and none made from an apostrophe.

#[test]
fn bundled_sample_text() {
    let text = include_str!("../examples/data/quotes-sample.txt");
    let got: Vec<(&str, MarkStyle, Option<usize>, bool, bool)> = quotes(text)
        .iter()
        .map(|q| {
            let content = q.content();
            let first_line = content.split('\n').next().unwrap_or("");
            (
                first_line,
                q.style(),
                q.parent(),
                q.is_multi_paragraph(),
                q.is_closed(),
            )
        })
        .collect();
    use MarkStyle::*;
    let want: &[(&str, MarkStyle, Option<usize>, bool, bool)] = &[
        ("an end to the dumping", StraightSingle, None, false, true),
        ("We will not back down", StraightSingle, None, false, true),
        ("We've waited long enough,", StraightDouble, None, false, true),
        (
            "The Hendersons' boats sit idle ‘til the water clears.",
            StraightDouble,
            None,
            false,
            true,
        ),
        ("a first step, not the last word", CurlyDouble, None, false, true),
        ("as soon as the lawyers let us", MixedSingle, None, false, true),
        (
            "When my father ran the yard, he'd say ‘the sea keeps its own books,’ and he was right,",
            CurlyDouble,
            None,
            false,
            true,
        ),
        ("the sea keeps its own books,", CurlySingle, Some(6), false, true),
        (
            "He'd add, ‘and the sea’s ledger says “pay up” every spring,’ which I never understood until now.",
            CurlyDouble,
            None,
            false,
            true,
        ),
        (
            "and the sea’s ledger says “pay up” every spring,",
            CurlySingle,
            Some(8),
            false,
            true,
        ),
        ("pay up", CurlyDouble, Some(9), false, true),
        ("I'll believe it when I see it", MixedDouble, None, false, true),
        ("Not before the ’90s-era pumps are gone,", MixedDouble, None, false, true),
        ("don”t care about the north shore", StraightDouble, None, false, true),
        (
            "I came here in the spring of ’79 with nothing but a rowing boat and my brother’s nets.",
            CurlyDouble,
            None,
            true,
            true,
        ),
        (
            "We lost three boats that winter, and the insurers wouldn't pay.",
            StraightSingle,
            None,
            true,
            true,
        ),
        ("Nobody.", StraightSingle, None, false, true),
        ("a full review of every permit", Backticks, None, false, true),
        ("no more delays", DoubledSingle, None, false, true),
        (" C’est une honte ", Guillemets, None, false, true),
        ("un dépotoir", Guillemets, None, false, true),
        ("Rettet die Bucht", LowDouble, None, false, true),
        ("viel zu spät", LowSingle, None, false, true),
        ("schlimmer als letztes Jahr", ReversedGuillemets, None, false, true),
        ("立入禁止", CornerBrackets, None, false, true),
        ("海を守ろう", WhiteCornerBrackets, None, false, true),
        ("It's all talk,", StraightSingle, None, false, true),
        ("Talk's cheap.", StraightSingle, None, false, true),
        ("Clean it or close it.", CurlyDouble, None, false, false),
        ("listen to everyone", CurlySingle, None, false, true),
    ];
    assert_eq!(got, want);
}

// ---------------------------------------------------------------------------
// Regressions, each named for what broke.

/// nom 8's `parse` is streaming: a lone `'` (or `‘`, `’`, `` ` ``) at the very
/// end of the text was `Incomplete` (it might have become `''`), so the last
/// quote of a text never closed.
#[test]
fn single_mark_at_end_of_text_closes() {
    check_shapes(&[
        ("He said 'no'", &[("'no'", None, false, true)]),
        ("He said ‘no’", &[("‘no’", None, false, true)]),
        ("He said 'no’", &[("'no’", None, false, true)]),
    ]);
}

/// A mark right after a closing mark was read as following an opening mark:
/// in `„…‚Unsinn‘“` the final `“` opened a new quote instead of closing.
#[test]
fn mark_after_a_closing_mark_closes() {
    check_texts(&[
        (
            "„Sie sagte ‚nie‘“, sagte er.",
            &["„Sie sagte ‚nie‘“", "‚nie‘"],
        ),
        ("„‚Nie‘“", &["„‚Nie‘“", "‚Nie‘"]),
    ]);
}
