//! What the trainer (`examples/train/`) reads: every candidate speaker the
//! decision weighs, with its features, as the rules' own order decides.
//! Not part of the supported API: it changes with the model.

use crate::link::{Sink, FEATURE_NAMES};
use crate::span::Span;
use crate::{Attributor, Error};

/// One candidate speaker of a quote.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// The candidate's name as the output would give it.
    pub name: String,
    /// Its features, in the order of [`feature_names`].
    pub features: Vec<f32>,
}

/// A top-level quote and its candidates (none when no rule proposed one).
#[derive(Clone, Debug)]
pub struct QuoteCandidates {
    pub span: Span,
    pub candidates: Vec<Candidate>,
}

/// The features' names, in order.
pub fn feature_names() -> &'static [&'static str] {
    FEATURE_NAMES
}

/// Every top-level quote of `text` with the candidates the decision weighs,
/// under the default configuration.
pub fn candidates(text: &str) -> Result<Vec<QuoteCandidates>, Error> {
    let mut sink = Sink::default();
    Attributor::new().analyse(text, Some(&mut sink))?;
    let mut out: Vec<QuoteCandidates> = sink
        .spans
        .iter()
        .map(|&span| QuoteCandidates {
            span,
            candidates: Vec::new(),
        })
        .collect();
    for r in sink.records {
        out[r.q].candidates.push(Candidate {
            name: sink.names[r.entity].clone(),
            features: r.x.to_vec(),
        });
    }
    Ok(out)
}
