//! Train the decision model's weights (`src/link/weights.rs`) from
//! `polnear-train` (real US political news with gold speakers).
//!
//! ```sh
//! cargo run --release --example train            # write src/link/weights.rs
//! cargo run --release --example train -- --check # fail if it would change
//! cargo run --release --example train -- --stats # per feature: right, wrong
//! ```
//!
//! Every candidate speaker the decision weighs for a quote the gold judges
//! is a sample: right when it names the gold speaker (the scorer's
//! matching). A quote whose gold speaker is a pronoun or a descriptor (left
//! unresolved) counts only through its machine `silver_speaker`, at half
//! weight, only when that is a full name, and only for candidates a cue
//! ties to the quote. Deterministic:
//! documents in file order, candidates in rule order, a fixed number of
//! Newton steps. Trains on `polnear-train` only: `polnear-dev`, `news-dev`
//! and our own set measure what generalises.

mod fit;

use fit::{same_person, Sample};
use serde_json::Value;
use std::process::ExitCode;

const DEFAULT_CORPUS: &str = "../shared/corpus/polnear-train.gold.jsonl";
const DEFAULT_OUT: &str = "src/link/weights.rs";
/// The L2 penalties tried; the one that predicts held-out documents best
/// (by cross-validation on the training file) is used.
const LAMBDAS: &[f64] = &[0.3, 1.0, 3.0, 10.0, 30.0];
/// Folds for that cross-validation when the file names fewer than two
/// outlets (by document); otherwise each outlet is a fold (see [`outlet`]).
const FOLDS: usize = 4;
/// How much a sample labelled by the machine's coreference counts.
const SILVER_WEIGHT: f64 = 0.5;
/// The precision the default threshold keeps on the training set's
/// held-out documents.
const TARGET_PRECISION: f64 = 0.95;
/// The default threshold is never lower: a wrong name is worse than none,
/// so a name the (calibrated) model thinks more likely wrong than right is
/// never given by default, whatever the precision over all names kept.
const MIN_THRESHOLD: f64 = 0.5;

fn main() -> ExitCode {
    let mut corpus = DEFAULT_CORPUS.to_string();
    let mut out = DEFAULT_OUT.to_string();
    let mut check = false;
    let mut stats = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--corpus" => corpus = args.next().unwrap_or_default(),
            "--out" => out = args.next().unwrap_or_default(),
            "--check" => check = true,
            "--stats" => stats = true,
            "-h" | "--help" => {
                println!(
                    "usage: train [--corpus GOLD.jsonl] [--out weights.rs] [--check] [--stats]\n\n\
                     --check  compare with the committed table instead of writing it\n\
                     --stats  print, per feature, how often its candidates are right"
                );
                return ExitCode::SUCCESS;
            }
            _ => {
                eprintln!("train: unknown argument {a} (try --help)");
                return ExitCode::from(2);
            }
        }
    }
    match run(&corpus, &out, check, stats) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("train: {e}");
            ExitCode::from(2)
        }
    }
}

/// A judged quote's candidates: features, names, and the gold names
/// (`silver` when they come from the machine's coreference).
struct Judged {
    /// The document's cross-validation group: its outlet's index (or, in
    /// a file of one outlet, its place in the file).
    doc: usize,
    /// The document's place in the file.
    n: usize,
    cands: Vec<(Vec<f64>, String)>,
    /// The names the scorer judges a speaker against (none: not judged).
    scored: Option<Vec<String>>,
    /// The names the model learns from, and whether they are silver.
    learn: Option<(Vec<String>, bool)>,
}

fn run(corpus: &str, out: &str, check: bool, stats: bool) -> Result<ExitCode, String> {
    let text = std::fs::read_to_string(corpus).map_err(|e| format!("{corpus}: {e}"))?;
    let names = whosaid::train::feature_names();
    let no_cue = names
        .iter()
        .position(|&n| n == "cue:none")
        .ok_or("no cue:none feature")?;
    let mut judged: Vec<Judged> = Vec::new();
    let mut docs = 0;
    let mut outlets: Vec<String> = Vec::new();
    for (k, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: Value =
            serde_json::from_str(line).map_err(|e| format!("{corpus}:{}: {e}", k + 1))?;
        docs += 1;
        let o = outlet(&doc);
        let group = outlets.iter().position(|x| *x == o).unwrap_or_else(|| {
            outlets.push(o);
            outlets.len() - 1
        });
        judged.extend(judge(&doc, group, docs).map_err(|e| format!("{corpus}:{}: {e}", k + 1))?);
    }
    // Cross-validation holds out one outlet at a time: the text the crate
    // meets is from outlets it never saw, and a penalty or a threshold
    // chosen on held-out documents of the same outlets promises more than
    // that text gets.
    let folds = if outlets.len() >= 2 {
        outlets.len()
    } else {
        for j in &mut judged {
            j.doc = j.n;
        }
        FOLDS
    };

    let mut samples: Vec<Sample> = Vec::new();
    let mut sample_doc: Vec<usize> = Vec::new();
    for j in &judged {
        let Some((gold, silver)) = &j.learn else {
            continue;
        };
        for (x, name) in &j.cands {
            if *silver && x[no_cue] != 0.0 {
                continue;
            }
            samples.push(Sample {
                x: x.clone(),
                y: same_person(name, gold),
                weight: if *silver { SILVER_WEIGHT } else { 1.0 },
            });
            sample_doc.push(j.doc);
        }
    }
    if stats {
        for (i, n) in names.iter().enumerate() {
            let mut c = [0.0f64; 4];
            for j in &judged {
                let Some((gold, silver)) = &j.learn else {
                    continue;
                };
                for (x, name) in &j.cands {
                    if x[i] != 0.0 {
                        let y = same_person(name, gold);
                        c[usize::from(*silver) * 2 + usize::from(y)] += 1.0;
                    }
                }
            }
            println!(
                "{n:45} gold wrong/right {:5} {:5}   silver {:5} {:5}",
                c[0], c[1], c[2], c[3]
            );
        }
    }
    let (lambda, fold_weights) =
        fit::choose_lambda(&samples, &sample_doc, names.len(), LAMBDAS, folds);
    let w = fit::fit(&samples, names.len(), lambda);

    // The decision as the library makes it: the first candidate, unless
    // the model finds it more likely wrong than right and another more
    // likely right than wrong.
    let decisions: Vec<(f64, bool)> = judged
        .iter()
        .filter_map(|j| {
            let gold = j.scored.as_ref()?;
            let scored: Vec<(f64, &str)> = j
                .cands
                .iter()
                .map(|(x, name)| {
                    (
                        f64::from(fit::sigmoid(fit::dot(&w, x)) as f32),
                        name.as_str(),
                    )
                })
                .collect();
            let (p, name) = fit::decide(&scored)?;
            Some((p, same_person(name, gold)))
        })
        .collect();
    // The threshold is chosen on held-out documents: for each fold, the
    // decisions of weights fitted without it. In-sample decisions would
    // promise a precision that new text does not get.
    let mut held_out: Vec<(f64, bool)> = Vec::new();
    for (f, wf) in fold_weights.iter().enumerate() {
        held_out.extend(
            judged
                .iter()
                .filter(|j| j.doc % folds == f)
                .filter_map(|j| {
                    let gold = j.scored.as_ref()?;
                    let scored: Vec<(f64, &str)> = j
                        .cands
                        .iter()
                        .map(|(x, name)| (fit::sigmoid(fit::dot(wf, x)), name.as_str()))
                        .collect();
                    let (p, name) = fit::decide(&scored)?;
                    Some((p, same_person(name, gold)))
                }),
        );
    }
    let t = fit::threshold(&held_out, TARGET_PRECISION).max(MIN_THRESHOLD);
    if stats {
        // Held-out figures: what new text would get (log-loss of the
        // decided candidate, and right answers at the threshold).
        let right = held_out.iter().filter(|d| d.0 >= t && d.1).count();
        let kept = held_out.iter().filter(|d| d.0 >= t).count();
        let loss: f64 = held_out
            .iter()
            .map(|&(p, y)| {
                let p = p.clamp(1e-6, 1.0 - 1e-6);
                -(if y { p.ln() } else { (1.0 - p).ln() })
            })
            .sum::<f64>()
            / held_out.len().max(1) as f64;
        println!(
            "held out: {right} right of {} judged, precision {:.4}, log-loss {loss:.4}",
            judged.iter().filter(|j| j.scored.is_some()).count(),
            right as f64 / kept.max(1) as f64
        );
        for k in 0..=19 {
            let at = f64::from(k) * 0.05;
            let kept: Vec<bool> = decisions
                .iter()
                .filter(|d| d.0 >= at)
                .map(|d| d.1)
                .collect();
            let right = kept.iter().filter(|&&r| r).count();
            println!(
                "min_confidence {at:.2}: precision {:.3}, speakers kept on {:.3} of quotes with candidates",
                right as f64 / kept.len().max(1) as f64,
                kept.len() as f64 / decisions.len().max(1) as f64
            );
        }
    }
    let gold_judged = judged.iter().filter(|j| j.scored.is_some()).count();
    let kept: Vec<bool> = decisions.iter().filter(|d| d.0 >= t).map(|d| d.1).collect();
    let right = kept.iter().filter(|&&r| r).count();
    let summary = format!(
        "{docs} documents, {} samples ({} quotes with candidates); at {t:.2}: \
         precision {:.3}, {right} of {gold_judged} judged quotes right",
        samples.len(),
        judged.iter().filter(|j| !j.cands.is_empty()).count(),
        right as f64 / kept.len().max(1) as f64,
    );
    let held_kept: Vec<bool> = held_out.iter().filter(|d| d.0 >= t).map(|d| d.1).collect();
    let summary = format!(
        "L2 penalty {lambda} (cross-validated), threshold {t:.2} (held-out precision {:.3}), {summary}",
        held_kept.iter().filter(|&&r| r).count() as f64 / held_kept.len().max(1) as f64
    );
    let table = render(names, &w, &samples, t, corpus, &summary);
    if check {
        let have = std::fs::read_to_string(out).map_err(|e| format!("{out}: {e}"))?;
        if without_commit(&have) != without_commit(&table) {
            eprintln!("train: {out} is not what the trainer gives; run `cargo run --release --example train` and commit it");
            return Ok(ExitCode::from(1));
        }
        println!("train: {out} matches the trainer ({summary})");
    } else {
        std::fs::write(out, table).map_err(|e| format!("{out}: {e}"))?;
        println!("train: wrote {out} ({summary})");
    }
    Ok(ExitCode::SUCCESS)
}

/// One gold document's judged quotes with their candidates.
fn judge(doc: &Value, group: usize, n: usize) -> Result<Vec<Judged>, String> {
    let text = doc["text"].as_str().ok_or("no text")?;
    let pred = whosaid::train::candidates(text).map_err(|e| e.to_string())?;
    let pred: Vec<_> = pred
        .into_iter()
        .filter(|q| !q.candidates.is_empty())
        .collect();
    let gold = doc["quotes"].as_array().cloned().unwrap_or_default();
    let span = |q: &Value| -> (usize, usize) {
        let n = |k: &str| q[k].as_u64().unwrap_or(0) as usize;
        fit::trimmed(text, n("start"), n("end"))
    };
    let gspans: Vec<(usize, usize)> = gold.iter().map(span).collect();
    let pspans: Vec<(usize, usize)> = pred
        .iter()
        .map(|q| fit::trimmed(text, q.span.start, q.span.end))
        .collect();
    let matched = fit::match_spans(&gspans, &pspans);
    let mut out = Vec::new();
    for (q, g) in pred.into_iter().zip(matched) {
        let Some(g) = g else { continue };
        let g = &gold[g];
        let str_of = |v: &Value| v.as_str().map(str::to_string);
        let mut names: Vec<String> = str_of(&g["speaker"]).into_iter().collect();
        if !names.is_empty() {
            if let Some(a) = g["aliases"].as_array() {
                names.extend(a.iter().filter_map(str_of));
            }
        }
        let silver = str_of(&g["silver_speaker"])
            .filter(|s| full_name(s))
            .map(|s| (vec![s], true));
        // A definite descriptor the conversion left as the speaker (`the
        // 43-year-old`, `the judge`) is unresolved by the corpus's own
        // guidelines: learning a name is wrong against it would teach the
        // model that resolving descriptors is wrong. The scorer still
        // judges it, and so does the threshold.
        let descriptor = g["speaker"].as_str().is_some_and(is_definite_descriptor);
        let (scored, learn) = if g.get("unresolved").is_some() {
            (None, silver)
        } else if descriptor {
            (Some(names), silver)
        } else {
            (Some(names.clone()), Some((names, false)))
        };
        if scored.is_none() && learn.is_none() {
            continue;
        }
        out.push(Judged {
            doc: group,
            n,
            cands: q
                .candidates
                .into_iter()
                .map(|c| (c.features.iter().map(|&v| f64::from(v)).collect(), c.name))
                .collect(),
            scored,
            learn,
        });
    }
    Ok(out)
}

/// The outlet a document comes from: its `id` up to the first `_`
/// (`polnear-train-wash-post_2016-…` → `polnear-train-wash-post`); the
/// whole id when it has none.
fn outlet(doc: &Value) -> String {
    let id = doc["id"].as_str().unwrap_or_default();
    id.split('_').next().unwrap_or_default().to_string()
}

/// A silver speaker worth learning from: a full name, two or more
/// capitalised words (`Ben Brafman`), not the one word machine coreference
/// often stops at (`Judge`, `Florida`, `Touché`).
fn full_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    words.len() >= 2
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// `the judge`, `the 43-year-old`, `Reed's campaign manager`: a definite
/// article or a possessive, then a lower-case word (not `the Post`, an
/// organisation's name).
fn is_definite_descriptor(speaker: &str) -> bool {
    let mut words = speaker.split_whitespace();
    let determiner = words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("the") || w.ends_with("'s") || w.ends_with("’s"));
    determiner
        && words
            .next()
            .and_then(|w| w.chars().next())
            .is_some_and(|c| !c.is_uppercase())
}

fn without_commit(table: &str) -> String {
    table
        .lines()
        .filter(|l| !l.starts_with("//! - commit:"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn render(
    names: &[&str],
    w: &[f64],
    samples: &[Sample],
    t: f64,
    corpus: &str,
    summary: &str,
) -> String {
    let commit = std::process::Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map_or_else(
            || "unknown".to_string(),
            |o| String::from_utf8_lossy(&o.stdout).trim().to_string(),
        );
    let mut s = String::new();
    s.push_str("//! The decision model's weights, one per feature of `super::model`.\n");
    s.push_str("//! Generated by the trainer: do not edit by hand.\n//!\n");
    s.push_str(&format!("//! - trained on: `{corpus}`\n"));
    s.push_str(
        "//! - command: `cargo run --release --example train` (CI checks it with `-- --check`)\n",
    );
    s.push_str(&format!(
        "//! - commit: {commit} (the code the trainer ran)\n"
    ));
    s.push_str(&format!(
        "//! - logistic regression, silver labels at weight {SILVER_WEIGHT}\n"
    ));
    s.push_str(&format!("//! - {summary}\n\n"));
    s.push_str("/// The features the weights are for, in order (a test checks them\n/// against the model's, so that a stale table fails).\n");
    s.push_str("#[cfg_attr(not(test), allow(dead_code))]\n");
    s.push_str("pub(crate) const NAMES: &[&str] = &[\n");
    for n in names {
        s.push_str(&format!("    {n:?},\n"));
    }
    s.push_str("];\n\n/// One weight per feature.\n");
    s.push_str("#[rustfmt::skip]\npub(crate) const WEIGHTS: &[f32] = &[\n");
    for (n, x) in names.iter().zip(w) {
        // Rounded to a millionth: the same table on every machine.
        let x = (x * 1e6).round() / 1e6;
        s.push_str(&format!("    {:?}, // {n}\n", x as f32));
    }
    s.push_str("];\n\n");
    s.push_str(
        "/// How many training candidates had each feature on: the model judges a\n\
         /// rule against the others only with enough evidence.\n\
         #[rustfmt::skip]\npub(crate) const EVIDENCE: &[u32] = &[\n",
    );
    for (i, n) in names.iter().enumerate() {
        let c = samples
            .iter()
            .filter(|x| x.weight > 0.0 && x.x[i] != 0.0)
            .count();
        s.push_str(&format!("    {c}, // {n}\n"));
    }
    s.push_str("];\n\n");
    s.push_str(&format!(
        "/// The lowest probability at which the model's speakers on the training\n\
         /// set's held-out documents (cross-validation by document) are right\n\
         /// at least {} times in 100.\n",
        (TARGET_PRECISION * 100.0).round()
    ));
    s.push_str(&format!("pub(crate) const MIN_CONFIDENCE: f32 = {t:.2};\n"));
    s
}
