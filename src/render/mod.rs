//! Reporters: each writes findings as they come, in file order, and closes
//! its report at the end. Every format streams: nothing waits for the whole
//! run but the closing counts.

mod human;
mod json;
mod junit;
mod sarif;

use std::io::{self, Write};

use crate::diagnostic::{Finding, Severity};
use crate::lint::{Output, Summary};

/// Renders one finding as the human format does (no colour for `false`).
pub fn human(f: &Finding, color: bool) -> String {
    human::render(f, color)
}

/// The output formats of `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Snippets of the feed with the finding labelled (default).
    Human,
    /// One line per finding: `file:line:col: severity[rule] message`.
    Concise,
    /// One JSON object (CONTRACT.md).
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// GitLab Code Quality JSON.
    Gitlab,
    /// JUnit XML: one test case per item, a failure per finding.
    Junit,
}

impl Format {
    /// Whether the format is read by people (statistics go to it, not to stderr).
    pub fn is_text(self) -> bool {
        matches!(self, Format::Human | Format::Concise)
    }
}

/// Writes one report.
pub struct Reporter {
    out: Box<dyn Write>,
    format: Format,
    color: bool,
    quiet: bool,
    started: bool,
    any: bool,
    junit: junit::State,
}

/// Escapes a GitHub workflow command's message.
fn github_escape(s: &str, property: bool) -> String {
    let mut out = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    if property {
        out = out.replace(':', "%3A").replace(',', "%2C");
    }
    out
}

impl Reporter {
    pub fn new(out: Box<dyn Write>, format: Format, color: bool, quiet: bool) -> Self {
        Reporter {
            out,
            format,
            color,
            quiet,
            started: false,
            any: false,
            junit: junit::State::default(),
        }
    }

    fn start(&mut self) -> io::Result<()> {
        if self.started {
            return Ok(());
        }
        self.started = true;
        match self.format {
            Format::Json => self.out.write_all(b"{\"version\":1,\"diagnostics\":[")?,
            Format::Sarif => sarif::start(&mut self.out)?,
            Format::Gitlab => self.out.write_all(b"[")?,
            Format::Junit => self.out.write_all(
                b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ialint\">\n",
            )?,
            _ => {}
        }
        Ok(())
    }

    pub fn output(&mut self, o: &Output) -> io::Result<()> {
        match o {
            Output::Finding(f) => self.finding(f),
            Output::ItemDone { .. } => {
                self.start()?;
                if self.format == Format::Junit {
                    junit::item_done(&mut self.out, &mut self.junit, o)?;
                }
                Ok(())
            }
        }
    }

    pub fn finding(&mut self, f: &Finding) -> io::Result<()> {
        if self.quiet && f.severity != Severity::Error {
            return Ok(());
        }
        self.start()?;
        match self.format {
            Format::Human => human::write(&mut self.out, f, self.color)?,
            Format::Concise => writeln!(
                self.out,
                "{}:{}:{}: {}[{}] {}",
                f.file, f.start.line, f.start.column, f.severity, f.rule.name, f.message
            )?,
            Format::Json => {
                if self.any {
                    self.out.write_all(b",")?;
                }
                self.out.write_all(b"\n  ")?;
                json::write_finding(&mut self.out, f)?;
            }
            Format::Sarif => {
                if self.any {
                    self.out.write_all(b",")?;
                }
                sarif::write_result(&mut self.out, f)?;
            }
            Format::Github => {
                let kind = match f.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                    Severity::Info => "notice",
                };
                // A span over several lines gets no column (as GitHub shows it best).
                let cols = if f.start.line == f.end.line {
                    format!(",col={},endColumn={}", f.start.column, f.end.column)
                } else {
                    String::new()
                };
                let mut message = f.message.clone();
                if let Some(h) = &f.help {
                    message.push_str("\nhelp: ");
                    message.push_str(h);
                }
                writeln!(
                    self.out,
                    "::{kind} file={},line={},endLine={}{cols},title={}::{}",
                    github_escape(&f.file, true),
                    f.start.line,
                    f.end.line,
                    github_escape(f.rule.name, true),
                    github_escape(&message, false)
                )?;
            }
            Format::Gitlab => {
                if self.any {
                    self.out.write_all(b",")?;
                }
                self.out.write_all(b"\n  ")?;
                json::write_gitlab(&mut self.out, f)?;
            }
            Format::Junit => junit::finding(&mut self.out, &mut self.junit, f)?,
        }
        self.any = true;
        Ok(())
    }

    /// Closes the report; `statistics` adds a count per rule to text formats.
    pub fn finish(&mut self, files: usize, summary: &Summary, statistics: bool) -> io::Result<()> {
        self.start()?;
        match self.format {
            Format::Json => {
                if self.any {
                    self.out.write_all(b"\n")?;
                }
                write!(self.out, "],\"summary\":")?;
                json::write_summary(&mut self.out, files, summary)?;
                writeln!(self.out, "}}")?;
            }
            Format::Sarif => sarif::finish(&mut self.out)?,
            Format::Gitlab => self
                .out
                .write_all(if self.any { b"\n]\n" } else { b"]\n" })?,
            Format::Junit => junit::finish(&mut self.out, &mut self.junit)?,
            Format::Github => {}
            Format::Human | Format::Concise => {
                if statistics {
                    write_statistics(&mut self.out, summary)?;
                }
                let plural = |n: u64, w: &str| {
                    if n == 1 {
                        format!("{n} {w}")
                    } else {
                        format!("{n} {w}s")
                    }
                };
                writeln!(
                    self.out,
                    "{}, {}: {}, {}, {}",
                    plural(files as u64, "file"),
                    plural(summary.items, "item"),
                    plural(summary.errors, "error"),
                    plural(summary.warnings, "warning"),
                    plural(summary.infos, "info")
                )?;
            }
        }
        self.out.flush()
    }
}

/// A count per rule, most frequent first.
pub fn write_statistics(out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
    let mut rows: Vec<(&str, u64)> = summary.by_rule.iter().map(|(r, n)| (*r, *n)).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (rule, n) in rows {
        let sev = crate::rules::by_name(rule).map_or("", |r| r.severity.as_str());
        writeln!(out, "{n:>7}  {rule:<42} {sev}")?;
    }
    Ok(())
}

/// Escapes text for XML.
pub(crate) fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}
