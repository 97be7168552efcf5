//! The human report: each finding rendered by miette with a snippet of the
//! feed around it. The snippet travels with the finding (the feed is streamed
//! and not kept), so miette never scans the file.

use std::fmt;
use std::io::{self, Write};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

use crate::diagnostic::{Finding, Severity};

struct View<'a>(&'a Finding);

impl fmt::Debug for View<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.message)
    }
}

impl fmt::Display for View<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.message)
    }
}

impl std::error::Error for View<'_> {}

/// The snippet as miette's source: lines numbered from the snippet's first line.
struct Snip<'a> {
    name: String,
    text: &'a str,
    line: usize,
    column: usize,
}

impl SourceCode for Snip<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let lines = self.text.lines().count().max(1);
        if before == 0 && after == 0 {
            // miette asks for the primary span alone to print its position.
            let offset = span.offset().min(self.text.len());
            let head = &self.text[..offset];
            let newlines = head.matches('\n').count();
            let column = match head.rfind('\n') {
                Some(nl) => head[nl + 1..].chars().count(),
                None => self.column + head.chars().count(),
            };
            return Ok(Box::new(MietteSpanContents::new_named(
                self.name.clone(),
                self.text.as_bytes(),
                *span,
                self.line + newlines,
                column,
                lines,
            )));
        }
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            self.text.as_bytes(),
            SourceSpan::from((0, self.text.len())),
            self.line,
            self.column,
            lines,
        )))
    }
}

impl Diagnostic for View<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.0.rule.name))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.0.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        let f = self.0;
        if f.help.is_none() && f.notes.is_empty() {
            return None;
        }
        let mut s = f.help.clone().unwrap_or_default();
        for n in &f.notes {
            if !s.is_empty() {
                s.push('\n');
            }
            s.push_str("note: ");
            s.push_str(n);
        }
        Some(Box::new(s))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        None
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let snip = self.0.snippet.as_ref()?;
        let mut labels = vec![LabeledSpan::new_primary_with_span(
            None,
            SourceSpan::from((
                snip.primary.0,
                snip.primary.1.saturating_sub(snip.primary.0).max(1),
            )),
        )];
        for ((a, b), l) in snip.labels.iter().zip(&self.0.labels) {
            if *a != usize::MAX {
                labels.push(LabeledSpan::new_with_span(
                    Some(l.text.clone()),
                    SourceSpan::from((*a, b.saturating_sub(*a).max(1))),
                ));
            }
        }
        Some(Box::new(labels.into_iter()))
    }
}

struct WithSource<'a> {
    view: View<'a>,
    source: Option<Snip<'a>>,
}

impl fmt::Debug for WithSource<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.view.fmt(f)
    }
}

impl fmt::Display for WithSource<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.view, f)
    }
}

impl std::error::Error for WithSource<'_> {}

impl Diagnostic for WithSource<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.view.code()
    }
    fn severity(&self) -> Option<miette::Severity> {
        self.view.severity()
    }
    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.view.help()
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.source.as_ref()?;
        self.view.labels()
    }
}

/// Renders one finding.
pub fn render(f: &Finding, color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_links(false)
        .with_width(100);
    let source = f.snippet.as_ref().map(|s| Snip {
        name: f.file.to_string(),
        text: &s.text,
        line: (s.first.line - 1) as usize,
        column: (s.first.column - 1) as usize,
    });
    let d = WithSource {
        view: View(f),
        source,
    };
    let mut out = String::new();
    if handler.render_report(&mut out, &d).is_err() {
        out = format!("{}: {}\n", f.rule.name, f.message);
    }
    if f.snippet.is_none() {
        out.push_str(&format!(
            "  at {}:{}:{}\n",
            f.file, f.start.line, f.start.column
        ));
    }
    out
}

pub fn write(out: &mut impl Write, f: &Finding, color: bool) -> io::Result<()> {
    out.write_all(render(f, color).as_bytes())
}
