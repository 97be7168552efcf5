//! Line breaks in text blocks (RULES.md Resolution 35), shared by
//! `consecutive-line-breaks` and `too-many-line-breaks`.

use super::{Article, NodeData, NodeId, Tag, text_facts};
use crate::lint::is_text_block;

/// For every text block with a `<br>`: the block, its number of `<br>`, and
/// the second `<br>` of each run of two or more.
pub fn runs(a: &Article<'_>) -> Vec<(NodeId, usize, Vec<NodeId>)> {
    let mut out = Vec::new();
    if a.elements(Tag::Br).is_empty() {
        return out;
    }
    for tag in [
        Tag::P,
        Tag::Li,
        Tag::Blockquote,
        Tag::Aside,
        Tag::Figcaption,
        Tag::H1,
        Tag::H2,
    ] {
        for &block in a.elements(tag) {
            let (total, seconds) = scan(a, block);
            if total > 0 {
                out.push((block, total, seconds));
            }
        }
    }
    out.sort_by_key(|(b, _, _)| *b);
    out
}

fn scan(a: &Article<'_>, block: NodeId) -> (usize, Vec<NodeId>) {
    let mut total = 0;
    let mut seconds = Vec::new();
    let mut prev_br = false;
    let mut run_reported = false;
    // Iterative pre-order walk that skips nested text blocks.
    let mut stack: Vec<NodeId> = a.children(block).collect();
    stack.reverse();
    while let Some(id) = stack.pop() {
        match &a.node(id).data {
            NodeData::Text { facts, .. } if facts & text_facts::CONTENT != 0 => {
                prev_br = false;
                run_reported = false;
            }
            NodeData::Comment => {}
            NodeData::Element(e) if e.tag == Tag::Br => {
                total += 1;
                if prev_br && !run_reported {
                    seconds.push(id);
                    run_reported = true;
                }
                prev_br = true;
            }
            NodeData::Element(e) => {
                prev_br = false;
                run_reported = false;
                if is_text_block(e.tag) {
                    continue;
                }
                let mut kids: Vec<NodeId> = a.children(id).collect();
                kids.reverse();
                stack.extend(kids);
            }
            _ => {}
        }
    }
    (total, seconds)
}
