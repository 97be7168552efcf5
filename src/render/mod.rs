//! Reporters: each writes findings as they come, in file order, and a
//! closing summary.

mod human;
mod json;

use std::io::{self, Write};

use crate::diagnostic::Finding;
use crate::lint::Summary;

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
}

/// Writes one report.
pub struct Reporter<W: Write> {
    out: W,
    format: Format,
    color: bool,
    started: bool,
    any: bool,
}

impl<W: Write> Reporter<W> {
    pub fn new(out: W, format: Format, color: bool) -> Self {
        Reporter {
            out,
            format,
            color,
            started: false,
            any: false,
        }
    }

    fn start(&mut self) -> io::Result<()> {
        if !self.started {
            self.started = true;
            if self.format == Format::Json {
                self.out.write_all(b"{\"version\":1,\"diagnostics\":[")?;
            }
        }
        Ok(())
    }

    pub fn finding(&mut self, f: &Finding) -> io::Result<()> {
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
        }
        self.any = true;
        Ok(())
    }

    pub fn finish(&mut self, files: usize, summary: &Summary) -> io::Result<()> {
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
            Format::Human | Format::Concise => {
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
