//! SARIF 2.1.0: the `rules` table comes from the rule registry (the docs are
//! each rule's help), results stream, columns are Unicode code points.

use std::io::{self, Write};

use serde_json::json;

use crate::diagnostic::{Finding, Severity};
use crate::rules;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

pub fn start(out: &mut dyn Write) -> io::Result<()> {
    let rules: Vec<serde_json::Value> = rules::ALL
        .iter()
        .map(|r| {
            json!({
                "id": r.name,
                "name": r.name,
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.summary },
                "help": { "text": r.documentation(), "markdown": r.documentation() },
                "defaultConfiguration": { "level": level(r.severity) },
                "properties": { "category": r.category.as_str(), "tags": [r.category.as_str()] },
            })
        })
        .collect();
    let driver = json!({
        "name": "ialint",
        "version": env!("CARGO_PKG_VERSION"),
        "semanticVersion": env!("CARGO_PKG_VERSION"),
        "rules": rules,
    });
    write!(
        out,
        "{{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{{\"tool\":{{\"driver\":{driver}}},\"columnKind\":\"unicodeCodePoints\",\"results\":["
    )
}

pub fn write_result(out: &mut dyn Write, f: &Finding) -> io::Result<()> {
    let index = rules::ALL
        .iter()
        .position(|r| r.name == f.rule.name)
        .unwrap_or(0);
    let mut message = f.message.clone();
    if let Some(h) = &f.help {
        message.push_str(". Help: ");
        message.push_str(h);
    }
    let end_line = f.end.line.max(f.start.line);
    let end_column = if f.end.line > f.start.line {
        f.end.column
    } else {
        f.end.column.max(f.start.column)
    };
    let result = json!({
        "ruleId": f.rule.name,
        "ruleIndex": index,
        "level": level(f.severity),
        "message": { "text": message },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": f.file.as_ref() },
                "region": {
                    "startLine": f.start.line,
                    "startColumn": f.start.column,
                    "endLine": end_line,
                    "endColumn": end_column,
                },
            },
        }],
        "partialFingerprints": { "ialint/v1": f.fingerprint },
        "properties": { "item": f.item, "canonical": f.canonical.as_deref() },
    });
    write!(out, "\n{result}")
}

pub fn finish(out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "]}}]}}")
}
