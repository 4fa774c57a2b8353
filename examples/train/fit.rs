//! The trainer's arithmetic, kept apart from its input and output so that
//! `tests/trainer.rs` can check it: the scorer's name matching, and an
//! L2-regularised logistic regression fitted by Newton's method in a fixed
//! number of steps (no randomness, a fixed order: the same samples give the
//! same weights, bit for bit).

/// One training sample: a candidate's features, whether it is the speaker,
/// and how much it counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Sample {
    pub x: Vec<f64>,
    pub y: bool,
    pub weight: f64,
}

/// Newton steps: the fit converges in well under this many.
pub const STEPS: usize = 30;

/// Fit weights to `samples` (each with `n` features) under an L2 penalty
/// `lambda` (the bias, feature 0, is not penalised).
pub fn fit(samples: &[Sample], n: usize, lambda: f64) -> Vec<f64> {
    let mut w = vec![0.0; n];
    for _ in 0..STEPS {
        // Gradient and Hessian of the penalised negative log-likelihood.
        let mut g = vec![0.0; n];
        let mut h = vec![vec![0.0; n]; n];
        for s in samples {
            let p = sigmoid(dot(&w, &s.x));
            let r = s.weight * (p - if s.y { 1.0 } else { 0.0 });
            let c = s.weight * p * (1.0 - p);
            // Features are mostly 0: only the pairs that are on count.
            let on: Vec<usize> = (0..n).filter(|&i| s.x[i] != 0.0).collect();
            for &i in &on {
                g[i] += r * s.x[i];
                for &j in &on {
                    h[i][j] += c * s.x[i] * s.x[j];
                }
            }
        }
        for i in 0..n {
            let l = if i == 0 { 1e-6 } else { lambda };
            g[i] += l * w[i];
            h[i][i] += l;
        }
        let step = solve(h, g);
        let mut moved = 0.0f64;
        for i in 0..n {
            w[i] -= step[i];
            moved = moved.max(step[i].abs());
        }
        if moved < 1e-10 {
            break;
        }
    }
    w
}

pub fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

pub fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Solve `a · x = b` by Gaussian elimination with partial pivoting (`a` is
/// symmetric positive definite here, thanks to the penalty).
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for col in 0..n {
        let mut piv = col;
        for r in col + 1..n {
            if a[r][col].abs() > a[piv][col].abs() {
                piv = r;
            }
        }
        a.swap(col, piv);
        b.swap(col, piv);
        let d = a[col][col];
        if d.abs() < 1e-300 {
            continue;
        }
        for r in col + 1..n {
            let f = a[r][col] / d;
            if f == 0.0 {
                continue;
            }
            let (above, below) = a.split_at_mut(r);
            for (ark, ack) in below[0][col..].iter_mut().zip(&above[col][col..]) {
                *ark -= f * ack;
            }
            b[r] -= f * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for col in (0..n).rev() {
        let s: f64 = (col + 1..n).map(|k| a[col][k] * x[k]).sum();
        let d = a[col][col];
        x[col] = if d.abs() < 1e-300 {
            0.0
        } else {
            (b[col] - s) / d
        };
    }
    x
}

/// The penalty, of `lambdas`, whose fits predict held-out documents best
/// (the mean log-loss over `folds` folds; sample `k` of document `doc[k]`
/// is held out in fold `doc[k] % folds`), with that penalty's fold
/// weights (fold `f`'s fitted without the documents of fold `f`), which
/// the trainer also uses to judge decisions out of sample. Deterministic,
/// as the fit is.
pub fn choose_lambda(
    samples: &[Sample],
    doc: &[usize],
    n: usize,
    lambdas: &[f64],
    folds: usize,
) -> (f64, Vec<Vec<f64>>) {
    let mut best: (f64, f64, Vec<Vec<f64>>) = (f64::INFINITY, lambdas[0], Vec::new());
    for &lambda in lambdas {
        let mut loss = 0.0;
        let mut weight = 0.0;
        let mut fold_weights = Vec::with_capacity(folds);
        for f in 0..folds {
            let train: Vec<Sample> = samples
                .iter()
                .zip(doc)
                .filter(|(_, &d)| d % folds != f)
                .map(|(s, _)| s.clone())
                .collect();
            let w = fit(&train, n, lambda);
            for (s, _) in samples.iter().zip(doc).filter(|(_, &d)| d % folds == f) {
                let p = sigmoid(dot(&w, &s.x)).clamp(1e-9, 1.0 - 1e-9);
                loss -= s.weight * if s.y { p.ln() } else { (1.0 - p).ln() };
                weight += s.weight;
            }
            fold_weights.push(w);
        }
        let mean = loss / weight.max(1e-9);
        if mean < best.0 {
            best = (mean, lambda, fold_weights);
        }
    }
    (best.1, best.2)
}

/// The library's decision among a quote's candidates (probability, name),
/// in the rules' order: the first, unless it is more likely wrong than
/// right and another is more likely right than wrong. (The library also
/// keeps the first when its rule is rare in training; in the training data
/// no rule is, for the first candidate of a quote it trains on.)
pub fn decide<'a>(scored: &[(f64, &'a str)]) -> Option<(f64, &'a str)> {
    let first = *scored.first()?;
    let best = scored
        .iter()
        .copied()
        .fold(first, |b, c| if c.0 > b.0 { c } else { b });
    Some(if first.0 < 0.5 && best.0 >= 0.5 {
        best
    } else {
        first
    })
}

/// The fewest decisions a threshold keeps for its precision to count in
/// [`threshold`].
pub const MIN_SUPPORT: usize = 100;

/// The lowest threshold, on a grid of hundredths, whose decisions
/// `(probability, right)` kept (probability at or above it) are right at
/// least `target` of the time, counted as the estimate less one standard
/// error (`sqrt(p (1 - p) / kept)`) so that new text, a sample of its own,
/// keeps the target too; and above which no threshold's decisions fall
/// under the target (as estimated: not one where the precision only
/// touches the target between two dips below it); 1.0 if none is. A
/// threshold that keeps fewer than [`MIN_SUPPORT`] decisions measures
/// nothing and is passed over: a few wrong answers among the surest would
/// otherwise push the threshold to 1.0 and keep no speaker at all. (The
/// thresholds above are held to the estimate, not its lower bound: the
/// surest few hundred decisions, right 96 times in 100, have a lower
/// bound under 0.95 from their number alone, and held to it the threshold
/// went to 1.0 once.)
pub fn threshold(decisions: &[(f64, bool)], target: f64) -> f64 {
    // (The precision kept at `t`, and that less its standard error.)
    let precision = |t: f64| {
        let kept: Vec<bool> = decisions.iter().filter(|d| d.0 >= t).map(|d| d.1).collect();
        (kept.len() >= MIN_SUPPORT).then(|| {
            let n = kept.len() as f64;
            let p = kept.iter().filter(|&&r| r).count() as f64 / n;
            (p, p - (p * (1.0 - p) / n).sqrt())
        })
    };
    let grid: Vec<f64> = (0..=100).map(|k| f64::from(k) / 100.0).collect();
    let mut best = 1.0;
    // From the top down, until the precision falls under the target.
    for &t in grid.iter().rev() {
        match precision(t) {
            None => continue,
            Some((p, _)) if p < target => break,
            Some((_, low)) if low >= target => best = t,
            Some(_) => {}
        }
    }
    best
}

// The scorer's name matching (`../shared/eval/score.py`: `same_person`):
// same last word, or one name's words all within the other's, words
// compared up to two edits when both have five letters or more.

const NAME_STOP: &[&str] = &[
    "a", "an", "the", "of", "his", "her", "their", "its", "s", "mr", "mrs", "ms", "dr", "sen",
    "rep", "gov",
];

/// A name's words: lower case, accents dropped, split at anything not a
/// letter or digit, stop words left out.
pub fn name_words(name: &str) -> Vec<String> {
    let folded: String = name.chars().map(fold).collect::<String>().to_lowercase();
    folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !NAME_STOP.contains(w))
        .map(str::to_string)
        .collect()
}

/// Latin letters with accents to their base letter (the scorer uses NFKD).
fn fold(c: char) -> char {
    const FROM: &str =
        "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžČčĆćŁłŃńŚśŹźŻżĞğİıŞş";
    const TO: &str =
        "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzCcCcLlNnSsZzZzGgIiSs";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

fn close(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().min(b.len()) < 5 || a.len().abs_diff(b.len()) > 2 {
        return false;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push(
                (prev[j + 1] + 1)
                    .min(cur[j] + 1)
                    .min(prev[j] + usize::from(ca != cb)),
            );
        }
        prev = cur;
    }
    prev[b.len()] <= 2
}

/// Does `pred` name one of `gold` (the scorer's `same_person`)?
pub fn same_person(pred: &str, gold: &[String]) -> bool {
    let p = name_words(pred);
    let Some(last) = p.last() else {
        return false;
    };
    gold.iter().any(|g| {
        let g = name_words(g);
        let Some(glast) = g.last() else {
            return false;
        };
        close(last, glast)
            || p.iter().all(|x| g.iter().any(|y| close(x, y)))
            || g.iter().all(|x| p.iter().any(|y| close(x, y)))
    })
}

/// The scorer's trimmed span: marks, spaces and edge punctuation cut.
pub fn trimmed(text: &str, start: usize, end: usize) -> (usize, usize) {
    let trim = |c: char| "\"'“”‘’«»„‚‹›「」『』 \t\n\u{a0}.,;:!?—–-…".contains(c);
    let Some(s) = text.get(start..end) else {
        return (start, start);
    };
    let left = s.len() - s.trim_start_matches(trim).len();
    let right = s.trim_end_matches(trim).len();
    if right <= left {
        (start, start)
    } else {
        (start + left, start + right)
    }
}

pub fn iou(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = a.1.max(b.1) - a.0.min(b.0);
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// The scorer's one-to-one matching of gold spans to predicted spans:
/// greedy by overlap (at least a half), ties as the scorer breaks them.
/// Returns, for each predicted span, its gold span's index.
pub fn match_spans(gold: &[(usize, usize)], pred: &[(usize, usize)]) -> Vec<Option<usize>> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            let v = iou(*g, *p);
            if v >= 0.5 {
                pairs.push((v, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.partial_cmp(a).unwrap_or(std::cmp::Ordering::Equal));
    let mut of_pred = vec![None; pred.len()];
    let mut used_gold = vec![false; gold.len()];
    for (_, i, j) in pairs {
        if used_gold[i] || of_pred[j].is_some() {
            continue;
        }
        used_gold[i] = true;
        of_pred[j] = Some(i);
    }
    of_pred
}
