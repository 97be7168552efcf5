//! JUnit XML: one test suite per item with one test case, a failure per
//! finding. Feed-level findings make a suite of their own. Counts are per
//! suite, so the report streams (the `<testsuites>` totals are left out).

use std::io::{self, Write};

use super::xml_escape;
use crate::diagnostic::Finding;
use crate::lint::Output;

#[derive(Default)]
pub struct State {
    /// Findings of the item in progress.
    item: Vec<Finding>,
    /// Consecutive feed-level findings.
    feed: Vec<Finding>,
}

fn failure(f: &Finding) -> String {
    let mut text = format!(
        "{}:{}:{}: {}",
        f.file, f.start.line, f.start.column, f.message
    );
    if let Some(h) = &f.help {
        text.push_str("\nhelp: ");
        text.push_str(h);
    }
    format!(
        "      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
        xml_escape(f.rule.name),
        xml_escape(&format!("{}[{}] {}", f.severity, f.rule.name, f.message)),
        xml_escape(&text)
    )
}

fn flush_feed(out: &mut dyn Write, st: &mut State) -> io::Result<()> {
    if st.feed.is_empty() {
        return Ok(());
    }
    let file = st.feed[0].file.clone();
    write!(
        out,
        "  <testsuite name=\"{}\" tests=\"1\" failures=\"{}\">\n    <testcase name=\"feed\" classname=\"{}\">\n",
        xml_escape(&format!("{file}: feed")),
        st.feed.len(),
        xml_escape(&file)
    )?;
    for f in st.feed.drain(..) {
        out.write_all(failure(&f).as_bytes())?;
    }
    out.write_all(b"    </testcase>\n  </testsuite>\n")
}

pub fn finding(out: &mut dyn Write, st: &mut State, f: &Finding) -> io::Result<()> {
    match f.item {
        Some(_) => {
            flush_feed(out, st)?;
            st.item.push(f.clone());
        }
        None => st.feed.push(f.clone()),
    }
    Ok(())
}

pub fn item_done(out: &mut dyn Write, st: &mut State, o: &Output) -> io::Result<()> {
    let Output::ItemDone {
        file,
        index,
        canonical,
        title,
        ..
    } = o
    else {
        return Ok(());
    };
    flush_feed(out, st)?;
    let name = match (title, canonical) {
        (Some(t), _) => format!("item {index}: {t}"),
        (None, Some(c)) => format!("item {index}: {c}"),
        _ => format!("item {index}"),
    };
    let items: Vec<Finding> = std::mem::take(&mut st.item);
    write!(
        out,
        "  <testsuite name=\"{}\" tests=\"1\" failures=\"{}\">\n    <testcase name=\"{}\" classname=\"{}\">\n",
        xml_escape(&format!("{file}: item {index}")),
        items.len(),
        xml_escape(&name),
        xml_escape(file)
    )?;
    for f in &items {
        out.write_all(failure(f).as_bytes())?;
    }
    out.write_all(b"    </testcase>\n  </testsuite>\n")
}

pub fn finish(out: &mut dyn Write, st: &mut State) -> io::Result<()> {
    flush_feed(out, st)?;
    // Findings of an item that never finished (none in practice).
    if !st.item.is_empty() {
        st.feed = std::mem::take(&mut st.item);
        flush_feed(out, st)?;
    }
    out.write_all(b"</testsuites>\n")
}
