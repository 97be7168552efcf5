//! Findings: what a rule reports ([`Diagnostic`], with absolute spans) and what
//! the reporters print ([`Finding`], with lines, columns and a snippet).

use std::fmt;
use std::sync::Arc;

use serde::Serialize;

use crate::rule::Rule;
use crate::source::{LineCol, Span};

/// How bad a finding is (README: "Severities").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A secondary place a finding points at.
#[derive(Clone, Debug)]
pub struct Label {
    pub span: Span,
    pub text: String,
}

/// One finding as a rule reports it.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub rule: &'static Rule,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub span: Span,
    pub labels: Vec<Label>,
    /// Notes that cannot be shown as labels (places that are no longer in memory).
    pub notes: Vec<String>,
    /// The path of the element in the article (for fingerprints).
    pub path: Option<String>,
}

impl Diagnostic {
    pub fn new(rule: &'static Rule, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            rule,
            severity: rule.severity,
            message: message.into(),
            help: None,
            span,
            labels: Vec::new(),
            notes: Vec::new(),
            path: None,
        }
    }

    pub fn help(&mut self, help: impl Into<String>) -> &mut Self {
        self.help = Some(help.into());
        self
    }

    pub fn label(&mut self, span: Span, text: impl Into<String>) -> &mut Self {
        self.labels.push(Label {
            span,
            text: text.into(),
        });
        self
    }

    pub fn note(&mut self, note: impl Into<String>) -> &mut Self {
        self.notes.push(note.into());
        self
    }

    pub fn severity(&mut self, severity: Severity) -> &mut Self {
        self.severity = severity;
        self
    }
}

/// A label resolved to lines and columns.
#[derive(Clone, Debug)]
pub struct FoundLabel {
    pub start: LineCol,
    pub end: LineCol,
    pub text: String,
}

/// The source lines around a finding, kept for the human reporter.
#[derive(Clone, Debug, Default)]
pub struct Snippet {
    /// The text of whole lines (or a window of one long line).
    pub text: String,
    /// The line and column of `text`'s first character.
    pub first: LineCol,
    /// Byte ranges in `text` of the primary span and of each label.
    pub primary: (usize, usize),
    pub labels: Vec<(usize, usize)>,
}

/// A finding ready to be reported: positions are lines and columns.
#[derive(Clone, Debug)]
pub struct Finding {
    pub rule: &'static Rule,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub file: Arc<str>,
    pub start: LineCol,
    pub end: LineCol,
    pub item: Option<u32>,
    pub canonical: Option<Arc<str>>,
    pub labels: Vec<FoundLabel>,
    pub notes: Vec<String>,
    pub snippet: Option<Snippet>,
    /// The element's path in the article, or the RSS element's.
    pub path: Option<String>,
    /// A stable identity across runs (rule, item, path; no line numbers).
    pub fingerprint: String,
}

impl Finding {
    /// The total order of RULES.md Resolution 39 (within one file).
    pub fn sort_key(&self) -> (LineCol, &str, LineCol, &str) {
        (self.start, self.rule.name, self.end, &self.message)
    }
}

/// Sorts one file's findings and drops exact duplicates (Resolution 39).
pub fn sort_findings(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings.dedup_by(|a, b| a.sort_key() == b.sort_key());
}
