use serde_json::Value;
fn main() {
    let want = std::env::args().nth(1).unwrap();
    let names = whosaid::train::feature_names();
    let fi = names.iter().position(|n| *n == want).unwrap();
    let text = std::fs::read_to_string("../shared/corpus/polnear-train.gold.jsonl").unwrap();
    for line in text.lines() {
        let d: Value = serde_json::from_str(line).unwrap();
        let t = d["text"].as_str().unwrap();
        for q in whosaid::train::candidates(t).unwrap() {
            let Some(c) = q.candidates.first() else {
                continue;
            };
            if c.features[fi] == 0.0 {
                continue;
            }
            let g = d["quotes"].as_array().unwrap().iter().find(|g| {
                let (s, e) = (
                    g["start"].as_u64().unwrap() as usize,
                    g["end"].as_u64().unwrap() as usize,
                );
                s < q.span.end && q.span.start < e
            });
            let Some(g) = g else { continue };
            let lo = q.span.start.saturating_sub(250);
            let lo = (0..=lo).rev().find(|&i| t.is_char_boundary(i)).unwrap();
            let hi = (q.span.end + 100).min(t.len());
            let hi = (hi..=t.len()).find(|&i| t.is_char_boundary(i)).unwrap();
            println!(
                "--- cand {:?} gold {:?} unresolved {:?} silver {:?}\n{}",
                c.name,
                g["speaker"],
                g.get("unresolved"),
                g.get("silver_speaker"),
                &t[lo..hi]
            );
        }
    }
}
