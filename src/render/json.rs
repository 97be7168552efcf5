//! The JSON report of CONTRACT.md (schema version 1).

use std::io::{self, Write};

use serde::Serialize;

use crate::diagnostic::Finding;
use crate::lint::Summary;

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    severity: &'a str,
    message: &'a str,
    help: Option<&'a str>,
    file: &'a str,
    line: u64,
    column: u64,
    end_line: u64,
    end_column: u64,
    item: Option<u32>,
    canonical: Option<&'a str>,
    url: Option<&'a str>,
}

pub fn write_finding(out: &mut impl Write, f: &Finding) -> io::Result<()> {
    let j = JsonFinding {
        rule: f.rule.name,
        severity: f.severity.as_str(),
        message: &f.message,
        help: f.help.as_deref(),
        file: &f.file,
        line: f.start.line,
        column: f.start.column,
        end_line: f.end.line,
        end_column: f.end.column,
        item: f.item,
        canonical: f.canonical.as_deref(),
        url: None,
    };
    serde_json::to_writer(out, &j).map_err(io::Error::other)
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    items: u64,
    errors: u64,
    warnings: u64,
    infos: u64,
}

pub fn write_summary(out: &mut impl Write, files: usize, s: &Summary) -> io::Result<()> {
    let j = JsonSummary {
        files,
        items: s.items,
        errors: s.errors,
        warnings: s.warnings,
        infos: s.infos,
    };
    serde_json::to_writer(out, &j).map_err(io::Error::other)
}

#[derive(Serialize)]
struct GitlabLines {
    begin: u64,
    end: u64,
}

#[derive(Serialize)]
struct GitlabLocation<'a> {
    path: &'a str,
    lines: GitlabLines,
}

#[derive(Serialize)]
struct GitlabIssue<'a> {
    description: String,
    check_name: &'a str,
    fingerprint: String,
    severity: &'a str,
    location: GitlabLocation<'a>,
}

/// One GitLab Code Quality issue; its fingerprint is stable across runs
/// (rule, item, element path, file; never a line number).
pub fn write_gitlab(out: &mut impl Write, f: &Finding) -> io::Result<()> {
    let severity = match f.severity {
        crate::diagnostic::Severity::Error => "critical",
        crate::diagnostic::Severity::Warning => "minor",
        crate::diagnostic::Severity::Info => "info",
    };
    let fingerprint = format!(
        "{:032x}",
        xxhash_rust::xxh3::xxh3_128(format!("{}\u{1f}{}", f.file, f.fingerprint).as_bytes())
    );
    let j = GitlabIssue {
        description: format!("{}: {}", f.rule.name, f.message),
        check_name: f.rule.name,
        fingerprint,
        severity,
        location: GitlabLocation {
            path: &f.file,
            lines: GitlabLines {
                begin: f.start.line,
                end: f.end.line.max(f.start.line),
            },
        },
    };
    serde_json::to_writer(out, &j).map_err(io::Error::other)
}
