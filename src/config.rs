//! The configuration file `ialint.toml` (CONTRACT.md): found from the current
//! directory upward, read strictly (an unknown key, rule name or bad value is
//! an error that points at its line), and applied to [`Settings`] before the
//! command line's flags.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Severity;
use crate::rule::Category;
use crate::rules;
use crate::settings::{FailOn, IgnoreItem, Settings};
use crate::urls;

/// The file's name.
pub const FILE_NAME: &str = "ialint.toml";

/// A configuration error: the file, the place and what is wrong.
#[derive(Debug)]
pub struct ConfigError {
    pub path: PathBuf,
    pub text: Arc<str>,
    pub span: Option<Range<usize>>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.span {
            Some(span) => {
                let line = self.text[..span.start.min(self.text.len())]
                    .matches('\n')
                    .count()
                    + 1;
                write!(f, "{}:{line}: {}", self.path.display(), self.message)
            }
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

impl miette::Diagnostic for ConfigError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new("ialint::config"))
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.span
            .as_ref()
            .map(|_| &self.text as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let span = self.span.clone()?;
        let len = span.end.saturating_sub(span.start).max(1);
        Some(Box::new(std::iter::once(
            miette::LabeledSpan::new_primary_with_span(
                Some(self.message.clone()),
                (span.start, len),
            ),
        )))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    domains: Option<Vec<Spanned<String>>>,
    baseline: Option<Spanned<String>>,
    state: Option<Spanned<String>>,
    fail_on: Option<Spanned<String>>,
    select: Option<Vec<Spanned<String>>>,
    ignore: Option<Vec<Spanned<String>>>,
    severity: Option<BTreeMap<Spanned<String>, Spanned<String>>>,
    rules: Option<BTreeMap<Spanned<String>, OptionTable>>,
    limits: Option<OptionTable>,
    ignore_items: Option<Vec<Spanned<RawIgnoreItem>>>,
    review: Option<bool>,
    threads: Option<Spanned<i64>>,
}

/// A table of options, with where each key and value is written.
type OptionTable = BTreeMap<Spanned<String>, Spanned<toml::Value>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIgnoreItem {
    canonical: Option<Spanned<String>>,
    guid: Option<Spanned<String>>,
    rules: Option<Vec<Spanned<String>>>,
    reason: Option<Spanned<String>>,
}

/// Finds `ialint.toml` from `start` upward.
pub fn discover(start: &Path) -> Option<PathBuf> {
    let mut dir = Some(start);
    while let Some(d) = dir {
        let candidate = d.join(FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        dir = d.parent();
    }
    None
}

/// Files a configuration names, resolved against the configuration's folder
/// (URLs are kept as written), for the caller to open.
#[derive(Clone, Debug, Default)]
pub struct ConfigFiles {
    pub baseline: Option<String>,
    pub state: Option<PathBuf>,
}

/// Reads a configuration file and applies it to `settings`; returns the files
/// it names.
pub fn apply_file(path: &Path, settings: &mut Settings) -> Result<ConfigFiles, ConfigError> {
    let text: Arc<str> = match std::fs::read_to_string(path) {
        Ok(t) => Arc::from(t),
        Err(e) => {
            return Err(ConfigError {
                path: path.to_path_buf(),
                text: Arc::from(""),
                span: None,
                message: format!("cannot be read: {e}"),
            });
        }
    };
    apply_text(path, text, settings)
}

/// Applies configuration text (for tests and `apply_file`).
pub fn apply_text(
    path: &Path,
    text: Arc<str>,
    settings: &mut Settings,
) -> Result<ConfigFiles, ConfigError> {
    let err = |span: Option<Range<usize>>, message: String| ConfigError {
        path: path.to_path_buf(),
        text: text.clone(),
        span,
        message,
    };
    let raw: RawConfig =
        toml::from_str(&text).map_err(|e| err(e.span(), e.message().to_string()))?;

    if let Some(domains) = raw.domains {
        for d in domains {
            let value = urls::claimed_domain(d.get_ref()).map_err(|m| err(Some(d.span()), m))?;
            settings.domains.push(value);
        }
    }
    if let Some(f) = &raw.fail_on {
        settings.fail_on = FailOn::parse(f.get_ref()).ok_or_else(|| {
            err(
                Some(f.span()),
                format!(
                    "`{}` is not a fail level: use error, warning, info or never",
                    f.get_ref()
                ),
            )
        })?;
    }
    let selector = |s: &Spanned<String>| -> Result<Vec<&'static str>, ConfigError> {
        selected(s.get_ref()).ok_or_else(|| {
            err(
                Some(s.span()),
                format!(
                    "`{}` is neither a rule nor a category (see `ialint rules`)",
                    s.get_ref()
                ),
            )
        })
    };
    if let Some(select) = &raw.select {
        let mut on = Vec::new();
        for s in select {
            on.extend(selector(s)?);
        }
        settings.disabled.extend(
            rules::ALL
                .iter()
                .map(|r| r.name)
                .filter(|n| !on.contains(n) && !is_tool(n)),
        );
    }
    if let Some(ignore) = &raw.ignore {
        for s in ignore {
            settings.disabled.extend(selector(s)?);
        }
    }
    if let Some(map) = &raw.severity {
        for (rule, level) in map {
            let Some(r) = rules::by_name(rule.get_ref()) else {
                return Err(err(
                    Some(rule.span()),
                    format!("unknown rule `{}`", rule.get_ref()),
                ));
            };
            match level.get_ref().as_str() {
                "off" => settings.disabled.push(r.name),
                other => {
                    let sev = Severity::parse(other).ok_or_else(|| {
                        err(
                            Some(level.span()),
                            format!("`{other}` is not a severity: use off, info, warning or error"),
                        )
                    })?;
                    settings.severity_overrides.push((r.name, sev));
                }
            }
        }
    }
    // An unknown option points at its key; a bad value at the value.
    let options =
        |settings: &mut Settings, owner: &str, table: &OptionTable| -> Result<(), ConfigError> {
            for (key, value) in table {
                set_option(settings, owner, key.get_ref(), value.get_ref()).map_err(|m| {
                    let span = if m.starts_with("unknown option") {
                        key.span()
                    } else {
                        value.span()
                    };
                    err(Some(span), m)
                })?;
            }
            Ok(())
        };
    if let Some(map) = &raw.rules {
        for (rule, table) in map {
            let Some(r) = rules::by_name(rule.get_ref()) else {
                return Err(err(
                    Some(rule.span()),
                    format!("unknown rule `{}`", rule.get_ref()),
                ));
            };
            options(settings, r.name, table)?;
        }
    }
    if let Some(limits) = &raw.limits {
        options(settings, "limits", limits)?;
    }
    if let Some(items) = raw.ignore_items {
        for item in items {
            let span = item.span();
            let item = item.into_inner();
            let reason = item
                .reason
                .as_ref()
                .filter(|r| !r.get_ref().trim().is_empty());
            let Some(reason) = reason else {
                return Err(err(
                    Some(span),
                    "an [[ignore-items]] entry needs a `reason`".into(),
                ));
            };
            let (pattern, by_guid) = match (&item.canonical, &item.guid) {
                (Some(c), None) => (c.get_ref().clone(), false),
                (None, Some(g)) => (g.get_ref().clone(), true),
                _ => {
                    return Err(err(
                        Some(span),
                        "an [[ignore-items]] entry needs one of `canonical` or `guid`".into(),
                    ));
                }
            };
            let mut rule_names = Vec::new();
            for r in item.rules.as_deref().unwrap_or_default() {
                rule_names.extend(selector(r)?);
            }
            let line = text[..span.start].matches('\n').count() as u64 + 1;
            settings.ignore_items.push(IgnoreItem {
                pattern,
                by_guid,
                rules: rule_names,
                reason: reason.get_ref().clone(),
                line,
                used: Default::default(),
            });
        }
    }
    if let Some(review) = raw.review {
        settings.review = review;
    }
    if let Some(t) = &raw.threads {
        let n = *t.get_ref();
        if n < 1 {
            return Err(err(Some(t.span()), "`threads` must be at least 1".into()));
        }
        settings.threads = n as usize;
    }
    let relative = |b: &str| {
        let p = PathBuf::from(b);
        if p.is_absolute() {
            p
        } else {
            path.parent().unwrap_or(Path::new(".")).join(p)
        }
    };
    let baseline = raw.baseline.map(|b| {
        let b = b.get_ref();
        if crate::input::is_url(b) {
            b.clone()
        } else {
            relative(b).display().to_string()
        }
    });
    Ok(ConfigFiles {
        baseline,
        state: raw.state.map(|s| relative(s.get_ref())),
    })
}

fn is_tool(name: &str) -> bool {
    rules::by_name(name).is_some_and(|r| r.category == Category::Tool)
}

/// The rules a selector names: a rule, or every rule of a category.
pub fn selected(s: &str) -> Option<Vec<&'static str>> {
    if let Some(r) = rules::by_name(s) {
        return Some(vec![r.name]);
    }
    let cat = Category::parse(s)?;
    Some(
        rules::ALL
            .iter()
            .filter(|r| r.category == cat)
            .map(|r| r.name)
            .collect(),
    )
}

fn as_int(v: &toml::Value) -> Result<i64, String> {
    v.as_integer()
        .filter(|&n| n >= 0)
        .ok_or_else(|| format!("expected a whole number, found {v}"))
}

fn as_bool(v: &toml::Value) -> Result<bool, String> {
    v.as_bool()
        .ok_or_else(|| format!("expected true or false, found {v}"))
}

fn as_strings(v: &toml::Value) -> Result<Vec<String>, String> {
    let arr = v
        .as_array()
        .ok_or_else(|| format!("expected a list of strings, found {v}"))?;
    arr.iter()
        .map(|x| {
            x.as_str()
                .map(str::to_string)
                .ok_or_else(|| format!("expected a string, found {x}"))
        })
        .collect()
}

/// Parses a duration such as `"5m"`, `"90s"`, `"1h"` into seconds.
pub fn parse_duration(s: &str) -> Option<i64> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit())?);
    let n: i64 = num.parse().ok()?;
    let mult = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => return None,
    };
    n.checked_mul(mult)
}

fn as_duration(v: &toml::Value) -> Result<i64, String> {
    v.as_str()
        .and_then(parse_duration)
        .ok_or_else(|| format!("expected a duration such as \"5m\" or \"1h\", found {v}"))
}

/// The options rules take, with their types (documented in each rule's docs).
pub const OPTIONS: &[(&str, &str)] = &[
    ("feed-too-many-items", "max-items"),
    ("feed-too-many-items", "max-age"),
    ("feed-too-few-items-for-review", "min-items"),
    ("article-style-unknown", "styles"),
    ("empty-element", "allow-spacer-paragraphs"),
    ("embed-height-over-960", "max"),
    ("ad-aspect-ratio-invalid", "max-ratio"),
    ("slideshow-item-caption", "allow-item-captions"),
    ("timestamp-in-future", "tolerance"),
    ("too-many-line-breaks", "max"),
    ("tracking-pixel-as-image", "hosts"),
    ("feed-fetch-too-slow", "max-bytes"),
    ("feed-fetch-too-slow", "download-timeout"),
    ("feed-fetch-too-slow", "load-timeout"),
    ("limits", "max-item-bytes"),
    ("limits", "max-nesting"),
    ("limits", "max-tracked-items"),
];

/// Sets one rule option.
pub fn set_option(s: &mut Settings, rule: &str, key: &str, v: &toml::Value) -> Result<(), String> {
    match (rule, key) {
        ("feed-too-many-items", "max-items") => s.max_items = as_int(v)? as usize,
        ("feed-too-many-items", "max-age") => s.max_item_age = as_duration(v)?,
        ("feed-too-few-items-for-review", "min-items") => s.min_review_items = as_int(v)? as usize,
        ("article-style-unknown", "styles") => s.article_styles = as_strings(v)?,
        ("empty-element", "allow-spacer-paragraphs") => s.allow_spacer_paragraphs = as_bool(v)?,
        ("embed-height-over-960", "max") => s.max_embed_height = as_int(v)? as u64,
        ("ad-aspect-ratio-invalid", "max-ratio") => {
            s.max_ad_ratio = v
                .as_float()
                .or_else(|| v.as_integer().map(|i| i as f64))
                .filter(|f| *f > 0.0)
                .ok_or_else(|| format!("expected a positive number, found {v}"))?;
        }
        ("slideshow-item-caption", "allow-item-captions") => {
            s.allow_slideshow_item_captions = as_bool(v)?
        }
        ("timestamp-in-future", "tolerance") => s.future_tolerance = as_duration(v)?,
        ("too-many-line-breaks", "max") => s.max_line_breaks = as_int(v)? as usize,
        ("tracking-pixel-as-image", "hosts") => s.pixel_hosts = as_strings(v)?,
        ("feed-fetch-too-slow", "max-bytes") => s.max_feed_bytes = as_int(v)?.max(1) as u64,
        ("feed-fetch-too-slow", "download-timeout") => s.download_timeout = as_duration(v)?.max(1),
        ("feed-fetch-too-slow", "load-timeout") => s.load_timeout = as_duration(v)?.max(1),
        ("limits", "max-item-bytes") => s.max_item_bytes = as_int(v)?.max(1) as usize,
        ("limits", "max-nesting") => s.max_nesting = as_int(v)?.max(1) as usize,
        ("limits", "max-tracked-items") => s.max_tracked_items = as_int(v)? as usize,
        _ => {
            let known: Vec<&str> = OPTIONS
                .iter()
                .filter(|(r, _)| *r == rule)
                .map(|(_, k)| *k)
                .collect();
            return Err(if known.is_empty() {
                format!("unknown option `{key}`: `{rule}` takes no options")
            } else {
                format!(
                    "unknown option `{key}` for `{rule}` (it takes: {})",
                    known.join(", ")
                )
            });
        }
    }
    Ok(())
}

/// The resolved settings as TOML, for `--show-config`.
pub fn show(s: &Settings) -> String {
    let list = |v: &[String]| {
        format!(
            "[{}]",
            v.iter()
                .map(|x| format!("{x:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let mut out = String::new();
    out.push_str(&format!("domains = {}\n", list(&s.domains)));
    out.push_str(&format!("fail-on = {:?}\n", s.fail_on.as_str()));
    out.push_str(&format!("threads = {}\n", s.threads));
    out.push_str(&format!("review = {}\n", s.review));
    out.push_str(&format!(
        "now = {:?}\n",
        crate::datetime::format_utc(s.now.0)
    ));
    let mut disabled: Vec<&str> = s.disabled.clone();
    disabled.sort_unstable();
    disabled.dedup();
    out.push_str(&format!(
        "off = {}\n",
        list(&disabled.iter().map(|d| d.to_string()).collect::<Vec<_>>())
    ));
    out.push_str("\n[severity]\n");
    for (r, sev) in &s.severity_overrides {
        out.push_str(&format!("{r:?} = {:?}\n", sev.as_str()));
    }
    out.push_str("\n[limits]\n");
    out.push_str(&format!("max-item-bytes = {}\n", s.max_item_bytes));
    out.push_str(&format!("max-nesting = {}\n", s.max_nesting));
    out.push_str(&format!("max-tracked-items = {}\n", s.max_tracked_items));
    let rule_opts: [(&str, String); 12] = [
        (
            "feed-too-many-items",
            format!(
                "max-items = {}\nmax-age = \"{}s\"",
                s.max_items, s.max_item_age
            ),
        ),
        (
            "feed-too-few-items-for-review",
            format!("min-items = {}", s.min_review_items),
        ),
        (
            "article-style-unknown",
            format!("styles = {}", list(&s.article_styles)),
        ),
        (
            "empty-element",
            format!("allow-spacer-paragraphs = {}", s.allow_spacer_paragraphs),
        ),
        (
            "embed-height-over-960",
            format!("max = {}", s.max_embed_height),
        ),
        (
            "ad-aspect-ratio-invalid",
            format!("max-ratio = {}", s.max_ad_ratio),
        ),
        (
            "slideshow-item-caption",
            format!("allow-item-captions = {}", s.allow_slideshow_item_captions),
        ),
        (
            "timestamp-in-future",
            format!("tolerance = \"{}s\"", s.future_tolerance),
        ),
        (
            "too-many-line-breaks",
            format!("max = {}", s.max_line_breaks),
        ),
        (
            "tracking-pixel-as-image",
            format!("hosts = {}", list(&s.pixel_hosts)),
        ),
        (
            "feed-fetch-too-slow",
            format!(
                "max-bytes = {}\ndownload-timeout = \"{}s\"\nload-timeout = \"{}s\"",
                s.max_feed_bytes, s.download_timeout, s.load_timeout
            ),
        ),
        ("", String::new()),
    ];
    for (rule, body) in rule_opts.iter().filter(|(r, _)| !r.is_empty()) {
        out.push_str(&format!("\n[rules.{rule}]\n{body}\n"));
    }
    for item in &s.ignore_items {
        out.push_str("\n[[ignore-items]]\n");
        let key = if item.by_guid { "guid" } else { "canonical" };
        out.push_str(&format!(
            "{key} = {:?}\nrules = {}\nreason = {:?}\n",
            item.pattern,
            list(&item.rules.iter().map(|r| r.to_string()).collect::<Vec<_>>()),
            item.reason
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(text: &str) -> Result<Settings, ConfigError> {
        let mut s = Settings::default();
        apply_text(Path::new("ialint.toml"), Arc::from(text), &mut s).map(|_| s)
    }

    #[test]
    fn reads_every_key() {
        let s = apply(
            r#"
domains = ["Example.com"]
fail-on = "warning"
ignore = ["item-author-malformed", "captions"]
[severity]
"time-datetime-no-timezone" = "error"
"social-embed-deprecated" = "off"
[rules.empty-element]
allow-spacer-paragraphs = false
[rules.timestamp-in-future]
tolerance = "10m"
[limits]
max-item-bytes = 1000
[[ignore-items]]
canonical = "https://example.com/legacy/*"
rules = ["figure-inside-paragraph"]
reason = "legacy template"
"#,
        )
        .unwrap();
        assert_eq!(s.domains, ["example.com"]);
        assert_eq!(s.fail_on, FailOn::Warning);
        assert!(
            !s.enabled("item-author-malformed")
                && !s.enabled("caption-class-invalid")
                && !s.enabled("social-embed-deprecated")
        );
        assert!(s.enabled("figure-inside-paragraph"));
        assert_eq!(
            s.severity_overrides,
            [("time-datetime-no-timezone", Severity::Error)]
        );
        assert!(!s.allow_spacer_paragraphs);
        assert_eq!(s.future_tolerance, 600);
        assert_eq!(s.max_item_bytes, 1000);
        assert_eq!(s.ignore_items.len(), 1);
    }

    #[test]
    fn errors_point_at_the_line() {
        let cases = [
            ("colour = 1\n", 1, "unknown field"),
            (
                "\n[severity]\n\"no-such-rule\" = \"error\"\n",
                3,
                "unknown rule",
            ),
            (
                "[severity]\n\"empty-element\" = \"loud\"\n",
                2,
                "not a severity",
            ),
            ("\n\nfail-on = \"sometimes\"\n", 3, "fail level"),
            ("[rules.empty-element]\nallow = true\n", 2, "unknown option"),
            (
                "[rules.empty-element]\nallow-spacer-paragraphs = 3\n",
                2,
                "true or false",
            ),
            ("select = [\"nope\"]\n", 1, "neither a rule nor a category"),
            ("[[ignore-items]]\ncanonical = \"x\"\n", 1, "reason"),
            (
                "domains = [\"https://example.com/\"]\n",
                1,
                "not a host name",
            ),
            ("domains = [", 1, ""),
        ];
        for (text, line, needle) in cases {
            let e = apply(text)
                .err()
                .unwrap_or_else(|| panic!("no error for {text:?}"));
            let shown = e.to_string();
            assert!(
                shown.contains(&format!("ialint.toml:{line}:")),
                "{text:?} -> {shown}"
            );
            assert!(shown.contains(needle), "{text:?} -> {shown}");
        }
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("5m"), Some(300));
        assert_eq!(parse_duration("1h"), Some(3600));
        assert_eq!(parse_duration("5"), None);
    }
}
