//! User lexicons: entries normalised (case, spacing), removals of built-in
//! entries, getters, file entries, and the errors.

use whosaid::{lexicon_entries, Attributor, Config, Error};

fn speaker_and_role(config: Config, text: &str) -> (Option<String>, Option<String>) {
    let a = Attributor::with_config(config.min_confidence(0.0))
        .expect("config")
        .attribute(text)
        .expect("attribute");
    let s = a.quotes().first().and_then(|q| a.speaker(q));
    (
        s.map(|s| s.name().to_string()),
        s.and_then(|s| s.role()).map(|r| r.title().to_string()),
    )
}

#[test]
fn entries_in_any_case_and_spacing_are_used() {
    let text = "\"The nets are full,\" harrumphed tidewright Ada Crane.";
    let (who, role) = speaker_and_role(Config::new(), text);
    assert!(
        who.is_none() || role.is_none(),
        "{who:?} {role:?}: not built in"
    );
    for (verb, title) in [
        ("harrumphed", "tidewright"),
        ("Harrumphed", "TIDEWRIGHT"),
        (" HARRUMPHED ", "  Tidewright "),
    ] {
        let config = Config::new().speech_verbs([verb]).titles([title]);
        assert_eq!(
            speaker_and_role(config, text),
            (Some("Ada Crane".into()), Some("tidewright".into())),
            "{verb:?} {title:?}"
        );
    }
    // A title of several words, spaced anyhow.
    let text = "Tide Reader Ada Crane said: \"Low water at six.\"";
    let (who, role) = speaker_and_role(Config::new(), text);
    assert!(who.as_deref() != Some("Ada Crane") || role.is_none());
    let config = Config::new().titles(["tide   READER"]);
    assert_eq!(
        speaker_and_role(config, text),
        (Some("Ada Crane".into()), Some("Tide Reader".into()))
    );
}

#[test]
fn built_in_entries_can_be_removed_and_replaced() {
    let text = "\"Rain by noon,\" noted Ada Crane.";
    let (who, _) = speaker_and_role(Config::new(), text);
    assert_eq!(who.as_deref(), Some("Ada Crane"));
    let a = Attributor::with_config(Config::new().remove_speech_verbs(["NOTED"]))
        .unwrap()
        .attribute(text)
        .unwrap();
    assert_ne!(a.quotes()[0].cue_text(), Some("noted"));

    // `coach` is a built-in title: removed, it no longer gives the role.
    let text = "\"We train at dawn,\" said coach Tomas Berg.";
    let (_, role) = speaker_and_role(Config::new(), text);
    assert_eq!(role.as_deref(), Some("coach"));
    let (_, role) = speaker_and_role(Config::new().remove_titles(["Coach"]), text);
    assert_ne!(role.as_deref(), Some("coach"));
}

#[test]
fn every_setting_reads_back() {
    let c = Config::new()
        .max_input_bytes(1000)
        .min_confidence(0.25)
        .single_quotes(false)
        .guillemets(false)
        .cjk_brackets(false)
        .report_terms(false)
        .speech_verbs(["harrumphed"])
        .remove_speech_verbs(["noted"])
        .titles(["tidewright"])
        .remove_titles(["coach"]);
    assert_eq!(c.input_limit(), 1000);
    assert_eq!(c.min_confidence_value(), 0.25);
    assert!(!c.uses_single_quotes() && !c.uses_guillemets() && !c.uses_cjk_brackets());
    assert!(!c.reports_terms());
    assert_eq!(c.extra_speech_verbs(), ["harrumphed"]);
    assert_eq!(c.removed_speech_verbs(), ["noted"]);
    assert_eq!(c.extra_titles(), ["tidewright"]);
    assert_eq!(c.removed_titles(), ["coach"]);
    let who = Attributor::with_config(c.clone()).unwrap();
    assert_eq!(who.config(), &c);
    let d = Config::new();
    assert!(d.uses_single_quotes() && d.uses_guillemets() && d.uses_cjk_brackets());
    assert!(d.reports_terms() && d.extra_titles().is_empty());
}

#[test]
fn bad_entries_are_refused() {
    for c in [
        Config::new().speech_verbs(["said loudly"]),
        Config::new().speech_verbs(["  "]),
        Config::new().remove_speech_verbs(["two words"]),
        Config::new().titles([""]),
        Config::new().titles(["one two three four five six"]),
    ] {
        assert!(
            matches!(
                Attributor::with_config(c.clone()),
                Err(Error::InvalidConfig(_))
            ),
            "{c:?}"
        );
    }
    assert!(Attributor::with_config(Config::new().titles(["one two three four five"])).is_ok());
}

#[test]
fn lexicon_files_have_one_entry_a_line_and_comments() {
    let file = "# speech verbs of Vell\n\nharrumphed\n  quoth  \r\nwhispered # a comment\n#x\n";
    assert_eq!(
        lexicon_entries(file).collect::<Vec<_>>(),
        ["harrumphed", "quoth", "whispered"]
    );
}
