//! Memory budgets per record: a text denser in quotes or tokens than any
//! prose is analysed up to where its budget runs out (issue 10).

use whosaid::Attributor;

#[test]
fn a_quote_storm_is_analysed_up_to_its_quote_budget() {
    let who = Attributor::new();
    for storm in ["\"c\"", "“c”", "‹c› ", "“‘c’” ", "„c“ "] {
        let text = storm.repeat(200_000);
        let a = who.attribute(&text).expect("attribute");
        let budget = text.len() / 16 + 1024;
        assert!(a.text().len() < text.len(), "{storm:?}");
        assert!(text.starts_with(a.text()));
        assert!(
            a.quotes().len() <= budget + 1,
            "{storm:?}: {}",
            a.quotes().len()
        );
        assert!(a.quotes().iter().all(|q| q.span().end <= a.text().len()));
        // The scan-only path is not capped.
        assert!(who.quotes(&text).unwrap().len() > budget, "{storm:?}");
    }
    // Below the budget the whole text is read.
    let text = "\"c\" and then some words. ".repeat(20_000);
    let a = who.attribute(&text).expect("attribute");
    assert_eq!(a.text().len(), text.len());
    assert_eq!(a.quotes().len(), 20_000);
}

#[test]
fn a_token_storm_is_analysed_up_to_its_token_budget() {
    let who = Attributor::new();
    for storm in [",", "c,", "-", "."] {
        let text = storm.repeat(400_000 / storm.len());
        let a = who.attribute(&text).expect("attribute");
        assert!(a.text().len() < text.len(), "{storm:?}");
        assert!(text.starts_with(a.text()));
        // Four tokens per 9 bytes, beyond 65,536.
        assert!(
            a.text().len() <= text.len() * 4 / 9 + (1 << 16) + 4,
            "{storm:?}: {}",
            a.text().len()
        );
    }
    // A storm of one-letter words (a token per 2 bytes) is read up to its
    // budget too once past the allowance; words of two letters, and
    // prose, are read whole.
    let letters = "a ".repeat(1_000_000);
    let a = who.attribute(&letters).expect("attribute");
    assert!(a.text().len() < letters.len());
    assert!(a.text().len() >= letters.len() * 8 / 9);
    for text in [
        "ab ".repeat(400_000),
        "\"We are ready,\" said Jane Roe, the trade minister. ".repeat(8_000),
    ] {
        let a = who.attribute(&text).expect("attribute");
        assert_eq!(a.text().len(), text.len());
    }
}
