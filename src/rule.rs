//! What a rule is, how it is declared, and what it may do ([`Context`]).
//!
//! A rule is a static [`Rule`] declared with [`declare_rule!`] in its own file
//! under `src/rules/`; its doc comment is its documentation (`ialint rule
//! NAME`). Rules never set the final severity or the position's line and
//! column: the engine does that.

use std::fmt;

use serde::Serialize;

use crate::article::Article;
use crate::diagnostic::{Diagnostic, Severity};
use crate::feed::{ChannelEnd, Item};
use crate::lint::{CrossItem, Digest};
use crate::settings::Settings;
use crate::source::Span;

/// RULES.md's sections, in order, plus ialint's own findings (CONTRACT.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Envelope,
    SizeAndFetching,
    Item,
    Canonical,
    Updates,
    Document,
    Direction,
    Header,
    BodyText,
    Figures,
    Embeds,
    VideoAudio,
    Captions,
    RelatedFooter,
    Tool,
}

impl Category {
    pub const ALL: [Category; 15] = [
        Category::Envelope,
        Category::SizeAndFetching,
        Category::Item,
        Category::Canonical,
        Category::Updates,
        Category::Document,
        Category::Direction,
        Category::Header,
        Category::BodyText,
        Category::Figures,
        Category::Embeds,
        Category::VideoAudio,
        Category::Captions,
        Category::RelatedFooter,
        Category::Tool,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Envelope => "envelope",
            Category::SizeAndFetching => "size-and-fetching",
            Category::Item => "item",
            Category::Canonical => "canonical",
            Category::Updates => "updates",
            Category::Document => "document",
            Category::Direction => "direction",
            Category::Header => "header",
            Category::BodyText => "body-text",
            Category::Figures => "figures",
            Category::Embeds => "embeds",
            Category::VideoAudio => "video-audio",
            Category::Captions => "captions",
            Category::RelatedFooter => "related-footer",
            Category::Tool => "tool",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a rule looks at.
pub enum Check {
    /// Found by the feed reader while it streams the XML (well-formedness and
    /// the envelope); the reader reports these itself.
    Reader,
    /// One item's RSS fields (and its article, if it parsed).
    Item(fn(&Item, Option<&Article<'_>>, &mut Context<'_>)),
    /// One parsed article document.
    Article(fn(&Article<'_>, &mut Context<'_>)),
    /// Needs what came before: earlier items, the baseline. Runs serially, in
    /// feed order, on the item's digest.
    Cross(fn(&Digest, &mut CrossItem, &mut Context<'_>)),
    /// Decided at the channel's end (`</channel>`, Resolution 54).
    End(fn(&ChannelEnd, &mut CrossItem, &mut Context<'_>)),
    /// Both: a cross-item part, and a part decided at the channel's end.
    CrossEnd(
        fn(&Digest, &mut CrossItem, &mut Context<'_>),
        fn(&ChannelEnd, &mut CrossItem, &mut Context<'_>),
    ),
    /// A finding of ialint itself (RULES.md Resolution 55).
    Tool,
}

/// A rule: its identity, default severity, documentation and check.
pub struct Rule {
    /// The kebab-case name from RULES.md: the rule's public identifier.
    pub name: &'static str,
    pub category: Category,
    /// The default severity (for rules with several cases, the highest).
    pub severity: Severity,
    /// Every severity the rule's cases can have.
    pub severities: &'static [Severity],
    /// One line: what the rule flags.
    pub summary: &'static str,
    /// The rule's doc comment, as Markdown.
    pub docs: &'static str,
    pub check: Check,
}

impl fmt::Debug for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Rule {
    /// The rule's page for `docs/rules/NAME.md`.
    pub fn page(&self) -> String {
        let severities: Vec<&str> = self.severities.iter().map(|s| s.as_str()).collect();
        format!(
            "# {}\n\n{}\n\n| category | default severity | severities |\n|---|---|---|\n| {} | {} | {} |\n\n{}",
            self.name,
            self.summary,
            self.category,
            self.severity,
            severities.join(", "),
            self.documentation()
        )
    }

    /// The documentation with the one leading space of each `///` line removed.
    pub fn documentation(&self) -> String {
        let mut out = String::with_capacity(self.docs.len());
        for line in self.docs.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out.trim().to_string() + "\n"
    }
}

/// Declares a rule. The doc comment becomes [`Rule::docs`].
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis static $ident:ident = {
            name: $name:literal,
            category: $category:ident,
            severity: $severity:ident,
            $(severities: [$($sev:ident),+],)?
            summary: $summary:literal,
            check: $scope:ident $(($($check:path),+))? $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        $vis static $ident: $crate::rule::Rule = $crate::rule::Rule {
            name: $name,
            category: $crate::rule::Category::$category,
            severity: $crate::diagnostic::Severity::$severity,
            severities: declare_rule!(@sev $severity $(, [$($sev),+])?),
            summary: $summary,
            docs: concat!($($doc, "\n"),*),
            check: $crate::rule::Check::$scope $(($($check),+))?,
        };
    };
    (@sev $severity:ident) => { &[$crate::diagnostic::Severity::$severity] };
    (@sev $severity:ident, [$($sev:ident),+]) => { &[$($crate::diagnostic::Severity::$sev),+] };
}
pub(crate) use declare_rule;

/// What a rule may do while it checks: read the settings, and report.
pub struct Context<'a> {
    rule: &'static Rule,
    pub settings: &'a Settings,
    out: &'a mut Vec<Diagnostic>,
}

impl<'a> Context<'a> {
    pub fn new(rule: &'static Rule, settings: &'a Settings, out: &'a mut Vec<Diagnostic>) -> Self {
        Context {
            rule,
            settings,
            out,
        }
    }

    /// Reports a finding of this rule at `span`; the returned diagnostic takes
    /// help, labels and a case severity.
    pub fn report(&mut self, span: Span, message: impl Into<String>) -> &mut Diagnostic {
        self.out.push(Diagnostic::new(self.rule, span, message));
        self.out.last_mut().expect("just pushed")
    }
}

pub(crate) mod prelude {
    pub(crate) use crate::article::{Article, NodeId, Tag};
    pub(crate) use crate::diagnostic::Severity;
    pub(crate) use crate::rule::{Context, declare_rule};
}
