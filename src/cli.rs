//! The command line (CONTRACT.md): parse arguments, resolve them into
//! [`Settings`], run, and return the exit code.

use std::collections::HashSet;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};

use crate::baseline::{Baseline, History};
use crate::config::{self, ConfigError};
use crate::datetime::Instant;
use crate::diagnostic::Severity;
use crate::feed::FeedReader;
use crate::input::{self, Source};
use crate::lint::Output;
use crate::lint::{self, Summary};
use crate::render::{Format, Reporter};
use crate::rule::Category;
use crate::rules;
use crate::settings::FailOn;
use crate::settings::Settings;
use crate::urls;

#[derive(Parser, Debug)]
#[command(
    name = "ialint",
    version,
    about = "A fast, exact linter for Facebook Instant Articles RSS feeds"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Lint feeds or single articles.
    Check(Box<CheckArgs>),
    /// List every rule with its severity and summary.
    Rules {
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
        /// Write one Markdown page per rule into DIR (docs/rules).
        #[arg(long, value_name = "DIR")]
        pages: Option<PathBuf>,
    },
    /// Print a rule's documentation.
    Rule {
        /// The rule's name, e.g. figure-inside-paragraph.
        name: String,
    },
    /// Inspect or correct the state store (what was already ingested).
    State {
        #[command(subcommand)]
        action: StateCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum StateCommand {
    /// Print the stored articles (all, or one canonical URL).
    Show {
        /// The state store (default: `state` of ialint.toml).
        #[arg(long, value_name = "PATH")]
        state: Option<PathBuf>,
        /// Only this canonical URL.
        #[arg(long, value_name = "URL")]
        canonical: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: StateFormat,
    },
    /// Forget a canonical URL, as if it had never been ingested.
    Forget {
        /// The state store (default: `state` of ialint.toml).
        #[arg(long, value_name = "PATH")]
        state: Option<PathBuf>,
        /// The canonical URL to forget.
        canonical: String,
        #[arg(long, value_enum, default_value = "text")]
        format: StateFormat,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StateFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(clap::Args, Debug, Default)]
pub struct CheckArgs {
    /// Feed files, single article files, `-` for standard input, or feed URLs.
    #[arg(required_unless_present = "show_config")]
    pub inputs: Vec<String>,
    /// A domain the Page has claimed (repeatable).
    #[arg(long = "domain", value_name = "DOMAIN")]
    pub domains: Vec<String>,
    /// The previously ingested version of the feed (a file or URL).
    #[arg(long, value_name = "FEED")]
    pub baseline: Option<String>,
    /// The state store: what was ingested in earlier runs (created by `--record`).
    #[arg(long, value_name = "PATH")]
    pub state: Option<PathBuf>,
    /// Record this run's ingestible items (no error finding) in the state store.
    #[arg(long)]
    pub record: bool,
    /// The User-Agent for fetches (default: facebookexternalhit/1.1, the crawler's).
    #[arg(long, value_name = "UA")]
    pub user_agent: Option<String>,
    /// Check that every item's canonical URL answers 200 to the crawler.
    #[arg(long)]
    pub check_urls: bool,
    /// Fetch media files and compare their bytes with the state store's.
    #[arg(long)]
    pub check_media: bool,
    /// The current time for time-based rules (RFC 3339).
    #[arg(long, value_name = "RFC3339")]
    pub now: Option<String>,
    /// Output format (repeatable, paired in order with `-o`).
    #[arg(long, value_enum)]
    pub format: Vec<Format>,
    /// Write the report of the matching `--format` to a file (repeatable).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Vec<PathBuf>,
    /// How many items are linted at once (default: all cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// When to use colours (NO_COLOR and FORCE_COLOR are honoured with `auto`).
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    /// The configuration file (default: ialint.toml from the current directory upward).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Ignore any configuration file.
    #[arg(long)]
    pub isolated: bool,
    /// Check only these rules or categories (comma-separated, repeatable).
    #[arg(long, value_delimiter = ',', value_name = "RULE|CATEGORY")]
    pub select: Vec<String>,
    /// Turn off these rules or categories (comma-separated, repeatable).
    #[arg(long, value_delimiter = ',', value_name = "RULE|CATEGORY")]
    pub ignore: Vec<String>,
    /// The lowest severity that makes the run fail (exit 1).
    #[arg(long, value_name = "LEVEL", value_parser = ["error", "warning", "info", "never"])]
    pub fail_on: Option<String>,
    /// Fail when there are more than N warnings.
    #[arg(long, value_name = "N")]
    pub max_warnings: Option<u64>,
    /// Exit 0 even when findings would fail the run (2 still means ialint failed).
    #[arg(long)]
    pub exit_zero: bool,
    /// Report errors only.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Print a count of findings per rule.
    #[arg(long)]
    pub statistics: bool,
    /// Print the resolved configuration and exit.
    #[arg(long)]
    pub show_config: bool,
    /// Report suppressions that matched nothing (on when `CI` is set).
    #[arg(long)]
    pub report_unused_suppressions: bool,
    /// Run the review-only checks (feed-too-few-items-for-review).
    #[arg(long)]
    pub review: bool,
    /// Record today's findings (fingerprints) in FILE.
    #[arg(long, value_name = "FILE")]
    pub write_known: Option<PathBuf>,
    /// Report and fail only on findings that are not in FILE.
    #[arg(long, value_name = "FILE")]
    pub known: Option<PathBuf>,
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    let _ = writeln!(io::stderr(), "ialint: {message}");
    ExitCode::from(2)
}

/// Runs the command line; the exit code follows CONTRACT.md.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Check(args) => check(*args),
        Command::State { action } => state_command(action),
        Command::Rules {
            pages: Some(dir), ..
        } => write_pages(&dir),
        Command::Rules { format, .. } => list_rules(format),
        Command::Rule { name } => match rules::by_name(&name) {
            Some(rule) => {
                let mut out = io::stdout().lock();
                let _ = writeln!(
                    out,
                    "# {}\n\ncategory: {} | severity: {}\n\n{}",
                    rule.name,
                    rule.category,
                    rule.severities
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                    rule.documentation()
                );
                ExitCode::SUCCESS
            }
            None => fail(format!("unknown rule `{name}` (see `ialint rules`)")),
        },
    }
}

/// The state store a `state` subcommand works on: `--state`, else the
/// configuration's `state`.
fn state_path(given: Option<PathBuf>) -> Result<PathBuf, String> {
    if let Some(p) = given {
        return Ok(p);
    }
    let config = std::env::current_dir()
        .ok()
        .and_then(|d| config::discover(&d));
    if let Some(p) = config {
        let mut s = Settings::default();
        match config::apply_file(&p, &mut s) {
            Ok(files) => {
                if let Some(state) = files.state {
                    return Ok(state);
                }
            }
            Err(e) => return Err(format!("{:?}", miette::Report::new(e))),
        }
    }
    Err("no state store: give --state PATH (or `state` in ialint.toml)".into())
}

fn state_command(action: StateCommand) -> ExitCode {
    let (given, format) = match &action {
        StateCommand::Show { state, format, .. } | StateCommand::Forget { state, format, .. } => {
            (state.clone(), *format)
        }
    };
    let path = match state_path(given) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    if !path.exists() {
        return fail(format!(
            "{}: no such state store (a run of `ialint check --state PATH --record` creates it)",
            path.display()
        ));
    }
    let opened = match &action {
        StateCommand::Show { .. } => crate::state::Store::open_read_only(&path),
        StateCommand::Forget { .. } => crate::state::Store::open(&path, false),
    };
    let store = match opened {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    let mut out = io::stdout().lock();
    let written = match action {
        StateCommand::Show { canonical, .. } => {
            let articles = match store.show(canonical.as_deref()) {
                Ok(a) => a,
                Err(e) => return fail(e),
            };
            if let Some(c) = &canonical
                && articles.is_empty()
                && format == StateFormat::Text
            {
                return fail(format!("{c}: not in the state store"));
            }
            match format {
                StateFormat::Json => writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&serde_json::json!({
                        "version": 1,
                        "schema": crate::state::SCHEMA_VERSION,
                        "articles": articles,
                    }))
                    .unwrap_or_default()
                ),
                StateFormat::Text => {
                    let mut s = String::new();
                    for a in &articles {
                        s.push_str(&format!("{}\n", a.canonical));
                        let field = |s: &mut String, k: &str, v: &Option<String>| {
                            if let Some(v) = v {
                                s.push_str(&format!("  {k:<13} {v}\n"));
                            }
                        };
                        field(&mut s, "guid", &a.guid);
                        field(&mut s, "title", &a.title);
                        field(&mut s, "op-published", &a.op_published);
                        field(&mut s, "op-modified", &a.op_modified);
                        s.push_str(&format!("  {:<13} {}\n", "content hash", a.content_hash));
                        s.push_str(&format!("  {:<13} {}\n", "first seen", a.first_seen));
                        s.push_str(&format!("  {:<13} {}\n", "last seen", a.last_seen));
                        field(&mut s, "feed", &a.feed);
                        for m in &a.media {
                            s.push_str(&format!("  {:<13} {m}\n", "media"));
                        }
                    }
                    s.push_str(&format!("{} articles\n", articles.len()));
                    out.write_all(s.as_bytes())
                }
            }
        }
        StateCommand::Forget { canonical, .. } => {
            let forgotten = match store.forget(&canonical) {
                Ok(f) => f,
                Err(e) => return fail(e),
            };
            let written = match format {
                StateFormat::Json => writeln!(
                    out,
                    "{}",
                    serde_json::json!({ "canonical": canonical, "forgotten": forgotten })
                ),
                StateFormat::Text if forgotten => writeln!(out, "forgot {canonical}"),
                StateFormat::Text => Ok(()),
            };
            if !forgotten && format == StateFormat::Text {
                return fail(format!("{canonical}: not in the state store"));
            }
            written
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(e),
    }
}

fn write_pages(dir: &Path) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(dir) {
        return fail(format!("{}: {e}", dir.display()));
    }
    for rule in rules::ALL {
        if let Err(e) = std::fs::write(dir.join(format!("{}.md", rule.name)), rule.page()) {
            return fail(format!("{}: {e}", dir.display()));
        }
    }
    ExitCode::SUCCESS
}

fn list_rules(format: ListFormat) -> ExitCode {
    let mut out = io::stdout().lock();
    let result = match format {
        ListFormat::Json => {
            let list: Vec<serde_json::Value> = rules::ALL
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "name": r.name,
                        "severity": r.severity,
                        "severities": r.severities,
                        "category": r.category,
                        "summary": r.summary,
                    })
                })
                .collect();
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&list).unwrap_or_default()
            )
        }
        ListFormat::Markdown => {
            let mut s =
                String::from("| rule | category | severity | summary |\n|---|---|---|---|\n");
            for r in rules::ALL {
                s.push_str(&format!(
                    "| `{}` | {} | {} | {} |\n",
                    r.name, r.category, r.severity, r.summary
                ));
            }
            out.write_all(s.as_bytes())
        }
        ListFormat::Text => {
            let mut s = String::new();
            for cat in Category::ALL {
                let in_cat: Vec<_> = rules::ALL.iter().filter(|r| r.category == cat).collect();
                if in_cat.is_empty() {
                    continue;
                }
                s.push_str(&format!("{cat}\n"));
                for r in in_cat {
                    s.push_str(&format!(
                        "  {:<40} {:<8} {}\n",
                        r.name,
                        r.severity.as_str(),
                        r.summary
                    ));
                }
            }
            out.write_all(s.as_bytes())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(e),
    }
}

/// Why the arguments could not be resolved.
pub enum SettingsError {
    Usage(String),
    Config(Box<ConfigError>),
}

impl From<String> for SettingsError {
    fn from(s: String) -> Self {
        SettingsError::Usage(s)
    }
}

/// Resolves defaults, then the configuration file, then the flags.
pub fn settings(args: &CheckArgs) -> Result<(Settings, Option<PathBuf>), SettingsError> {
    let mut s = Settings::default();
    let config_path = if args.isolated {
        None
    } else if let Some(p) = &args.config {
        if !p.is_file() {
            return Err(format!("--config: {}: no such file", p.display()).into());
        }
        Some(p.clone())
    } else {
        std::env::current_dir()
            .ok()
            .and_then(|d| config::discover(&d))
    };
    let mut files = config::ConfigFiles::default();
    if let Some(p) = &config_path {
        files = config::apply_file(p, &mut s).map_err(|e| SettingsError::Config(Box::new(e)))?;
    }
    if !args.domains.is_empty() {
        s.domains.clear();
        for d in &args.domains {
            s.domains
                .push(urls::claimed_domain(d).map_err(|e| format!("--domain: {e}"))?);
        }
    }
    if !args.select.is_empty() {
        let mut on = Vec::new();
        for name in &args.select {
            on.extend(
                config::selected(name).ok_or_else(|| {
                    format!("--select: `{name}` is neither a rule nor a category")
                })?,
            );
        }
        s.disabled.retain(|_| false);
        s.disabled
            .extend(rules::ALL.iter().map(|r| r.name).filter(|n| {
                !on.contains(n) && rules::by_name(n).is_some_and(|r| r.category != Category::Tool)
            }));
    }
    for name in &args.ignore {
        s.disabled.extend(
            config::selected(name)
                .ok_or_else(|| format!("--ignore: `{name}` is neither a rule nor a category"))?,
        );
    }
    if let Some(f) = &args.fail_on {
        s.fail_on = FailOn::parse(f).ok_or_else(|| format!("--fail-on: `{f}`"))?;
    }
    if let Some(now) = &args.now {
        s.now = Instant::parse_rfc3339(now)
            .ok_or_else(|| format!("--now: `{now}` is not an RFC 3339 time with a zone"))?;
    }
    if args.review {
        s.review = true;
    }
    s.report_unused_suppressions = args.report_unused_suppressions
        || std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false");
    s.record = args.record;
    s.user_agent = args.user_agent.clone();
    let baseline = match args.baseline.clone().or(files.baseline) {
        Some(path) => Some(read_baseline(&path, &s)?),
        None => None,
    };
    let state_path = args.state.clone().or(files.state);
    if args.record && state_path.is_none() {
        return Err(
            "--record needs a state store: give --state PATH (or `state` in ialint.toml)"
                .to_string()
                .into(),
        );
    }
    let store = match &state_path {
        Some(p) if args.record || p.exists() => {
            Some(crate::state::Store::open(p, args.record).map_err(|e| format!("--state: {e}"))?)
        }
        Some(p) => {
            let _ = writeln!(
                io::stderr(),
                "ialint: --state {}: no such store yet; a run with --record creates it",
                p.display()
            );
            None
        }
        None => None,
    };
    if (args.check_urls || args.check_media) && !cfg!(feature = "fetch") {
        return Err(
            "--check-urls and --check-media need the `fetch` feature, which this build lacks"
                .to_string()
                .into(),
        );
    }
    if args.check_media && state_path.is_none() {
        return Err(
            "--check-media compares media with the state store: give --state PATH"
                .to_string()
                .into(),
        );
    }
    s.collect_media = state_path.is_some();
    #[cfg(feature = "fetch")]
    if args.check_media {
        let cache = crate::network::MediaCache::new(&s);
        s.media_hasher = Some(crate::settings::MediaHasher(Arc::new(move |u| {
            cache.hash(u)
        })));
    }
    if baseline.is_some() || store.is_some() {
        s.history = Some(Arc::new(History { baseline, store }));
    }
    match args.threads {
        Some(0) => return Err("--threads must be at least 1".to_string().into()),
        Some(n) => s.threads = n,
        None if config_path.is_none() || s.threads == 1 => {
            s.threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        }
        None => {}
    }
    Ok((s, config_path))
}

/// Reads `--baseline` (a file or URL; always a feed).
fn read_baseline(path: &str, s: &Settings) -> Result<Baseline, String> {
    let (name, source) = if input::is_url(path) {
        fetched_baseline(path, s)?
    } else {
        input::open(path).map_err(|e| format!("--baseline: {e}"))?
    };
    let reader = match source {
        Source::Feed(r, _) => r,
        Source::Article(_) => return Err(format!("--baseline: {name} is an article, not a feed")),
    };
    Baseline::read(FeedReader::new(reader, name)).map_err(|e| format!("--baseline: {path}: {e}"))
}

#[cfg(feature = "fetch")]
fn fetched_baseline(url: &str, s: &Settings) -> Result<(Arc<str>, Source), String> {
    match crate::network::client(s)
        .fetch_feed(url)
        .map_err(|e| format!("--baseline: {e}"))?
    {
        crate::fetch::Outcome::Fetched(f) => {
            let source =
                input::sniff(Box::new(f.body)).map_err(|e| format!("--baseline: {url}: {e}"))?;
            Ok((Arc::from(url), source))
        }
        crate::fetch::Outcome::Blocked { message, .. } => {
            Err(format!("--baseline: {url}: {message}"))
        }
        crate::fetch::Outcome::TooSlow { elapsed, .. } => Err(format!(
            "--baseline: {url}: the download did not finish in {:.1} s",
            elapsed.as_secs_f64()
        )),
    }
}

#[cfg(not(feature = "fetch"))]
fn fetched_baseline(url: &str, _s: &Settings) -> Result<(Arc<str>, Source), String> {
    Err(format!(
        "--baseline: {}",
        input::InputError::Url(url.to_string())
    ))
}

fn color_choice(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
                false
            } else if std::env::var_os("FORCE_COLOR").is_some_and(|v| !v.is_empty() && v != "0") {
                true
            } else {
                io::stdout().is_terminal()
            }
        }
    }
}

/// Opens one reporter per `--format`, paired in order with `-o` files.
fn reporters(args: &CheckArgs, color: bool) -> Result<Vec<(Reporter, Format)>, String> {
    let formats = if args.format.is_empty() {
        vec![Format::Human]
    } else {
        args.format.clone()
    };
    if args.output.len() > formats.len() {
        return Err("more -o files than --format options: pair each -o with a --format".into());
    }
    let to_stdout = formats.len() - args.output.len();
    if to_stdout > 1 {
        return Err(
            "only one --format can go to standard output: give the others an -o FILE".into(),
        );
    }
    let mut out = Vec::new();
    for (i, &f) in formats.iter().enumerate() {
        let (writer, color): (Box<dyn Write>, bool) = match args.output.get(i) {
            Some(path) => {
                let file = std::fs::File::create(path)
                    .map_err(|e| format!("-o {}: {e}", path.display()))?;
                (Box::new(io::BufWriter::new(file)), false)
            }
            None => (Box::new(io::BufWriter::new(io::stdout())), color),
        };
        out.push((Reporter::new(writer, f, color, args.quiet), f));
    }
    Ok(out)
}

/// The fingerprints of `--known`.
fn read_known(path: &Path) -> Result<HashSet<String>, String> {
    let text =
        std::fs::read_to_string(path).map_err(|e| format!("--known: {}: {e}", path.display()))?;
    let v: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("--known: {}: {e}", path.display()))?;
    let list = v
        .get("known")
        .and_then(|k| k.as_array())
        .ok_or_else(|| format!("--known: {}: no `known` list", path.display()))?;
    Ok(list
        .iter()
        .filter_map(|k| {
            k.get("fingerprint")
                .and_then(|f| f.as_str())
                .map(str::to_string)
        })
        .collect())
}

/// An input ready to lint, or what stopped the crawler.
enum Opened {
    Lint {
        name: Arc<str>,
        source: Source,
        origin: input::Origin,
        /// `--check-urls`: the canonical URLs the crawler cannot fetch.
        unreachable: Option<std::collections::HashMap<String, String>>,
    },
    #[cfg_attr(not(feature = "fetch"), allow(dead_code))]
    Refused {
        name: Arc<str>,
        rule: &'static crate::rule::Rule,
        message: String,
        help: String,
    },
}

impl Opened {
    fn name(&self) -> Arc<str> {
        match self {
            Opened::Lint { name, .. } | Opened::Refused { name, .. } => name.clone(),
        }
    }
}

/// Opens one input: a file, `-`, or a URL (fetched as the crawler would);
/// with `--check-urls`, checks its items' canonical URLs first.
fn open_input(arg: &str, args: &CheckArgs, s: &Settings) -> Result<Opened, String> {
    if input::is_url(arg) {
        return open_url(arg, args, s);
    }
    #[cfg(feature = "fetch")]
    if args.check_urls {
        let name: Arc<str> = Arc::from(arg);
        if arg == "-" {
            // Standard input is kept in a temporary file, to be read twice.
            let mut file = tempfile::tempfile().map_err(|e| format!("-: {e}"))?;
            io::copy(&mut io::stdin().lock(), &mut file).map_err(|e| format!("-: {e}"))?;
            std::io::Seek::rewind(&mut file).map_err(|e| format!("-: {e}"))?;
            let unreachable = crate::network::unreachable_in(&mut file, &name, s);
            let source = input::sniff(Box::new(file)).map_err(|e| format!("-: {e}"))?;
            return Ok(Opened::Lint {
                name,
                source,
                origin: input::Origin::new(None, None),
                unreachable: Some(unreachable),
            });
        }
        let (name, source) = input::open(arg).map_err(|e| e.to_string())?;
        let mut again = std::fs::File::open(arg).map_err(|e| format!("{arg}: {e}"))?;
        let unreachable = crate::network::unreachable_in(&mut again, &name, s);
        return Ok(Opened::Lint {
            name,
            source,
            origin: input::Origin::new(input::size(arg), None),
            unreachable: Some(unreachable),
        });
    }
    let (name, source) = input::open(arg).map_err(|e| e.to_string())?;
    Ok(Opened::Lint {
        name,
        source,
        origin: input::Origin::new(input::size(arg), None),
        unreachable: None,
    })
}

#[cfg(feature = "fetch")]
fn open_url(url: &str, args: &CheckArgs, s: &Settings) -> Result<Opened, String> {
    use crate::network::Fetched;
    let name: Arc<str> = Arc::from(url);
    match crate::network::fetch_feed(url, s).map_err(|e| e.to_string())? {
        Fetched::Refused {
            rule,
            message,
            help,
        } => Ok(Opened::Refused {
            name,
            rule,
            message,
            help,
        }),
        Fetched::Feed {
            mut file,
            size,
            elapsed,
            warning,
        } => {
            if let Some(w) = warning {
                let _ = writeln!(io::stderr(), "ialint: {w}");
            }
            let unreachable = args
                .check_urls
                .then(|| crate::network::unreachable_in(&mut file, &name, s));
            let source = input::sniff(Box::new(file)).map_err(|e| format!("{url}: {e}"))?;
            Ok(Opened::Lint {
                name,
                source,
                origin: input::Origin::new(Some(size), Some((url.to_string(), elapsed))),
                unreachable,
            })
        }
    }
}

#[cfg(not(feature = "fetch"))]
fn open_url(url: &str, _args: &CheckArgs, _s: &Settings) -> Result<Opened, String> {
    Err(input::InputError::Url(url.to_string()).to_string())
}

/// `--check-media` with `--record`: the hashes of every recorded media file.
#[cfg(feature = "fetch")]
fn media_hashes(records: &[crate::state::Record], s: &Settings) -> Vec<(String, u128, u64)> {
    let Some(hasher) = &s.media_hasher else {
        return Vec::new();
    };
    let mut urls: Vec<String> = records.iter().flat_map(|r| r.media.clone()).collect();
    urls.sort();
    urls.dedup();
    let results =
        crate::parallel::in_parallel(&urls, crate::network::CONCURRENCY, |u| (hasher.0)(u));
    urls.into_iter()
        .zip(results)
        .filter_map(|(u, h)| h.map(|(hash, bytes)| (u, hash, bytes)))
        .collect()
}

#[cfg(not(feature = "fetch"))]
fn media_hashes(_records: &[crate::state::Record], _s: &Settings) -> Vec<(String, u128, u64)> {
    Vec::new()
}

/// `--record`: writes this run's ingestible items (and, with
/// `--check-media`, the hashes of their media) into the state store.
fn record(
    store: &crate::state::Store,
    records: &[crate::state::Record],
    s: &Settings,
) -> Result<(), String> {
    let hashes = media_hashes(records, s);
    let now = crate::datetime::format_utc(s.now.0);
    let done = store
        .record(records, &hashes, &now)
        .map_err(|e| format!("--record: {e}"))?;
    let _ = writeln!(
        io::stderr(),
        "ialint: recorded {} articles in the state store ({} new, {} updated, {} seen again)",
        done.added + done.updated + done.seen,
        done.added,
        done.updated,
        done.seen
    );
    Ok(())
}

fn check(args: CheckArgs) -> ExitCode {
    let (settings, config_path) = match settings(&args) {
        Ok(s) => s,
        Err(SettingsError::Usage(e)) => return fail(e),
        Err(SettingsError::Config(e)) => {
            let report = miette::Report::new(*e);
            let _ = writeln!(io::stderr(), "{report:?}");
            return ExitCode::from(2);
        }
    };
    if args.show_config {
        let mut out = io::stdout().lock();
        let source = config_path
            .as_ref()
            .map_or_else(|| "none".to_string(), |p| p.display().to_string());
        let _ = writeln!(
            out,
            "# configuration file: {source}\n{}",
            config::show(&settings)
        );
        return ExitCode::SUCCESS;
    }
    let known = match args.known.as_deref().map(read_known).transpose() {
        Ok(k) => k,
        Err(e) => return fail(e),
    };
    let color = color_choice(args.color);
    let mut reporters = match reporters(&args, color) {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    let progress = io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    let mut total = Summary::default();
    let mut unreadable = false;
    let mut files = 0;
    let mut seen_known: HashSet<String> = HashSet::new();
    let mut recorded: Vec<serde_json::Value> = Vec::new();
    let mut shown = Summary::default();
    let started = std::time::Instant::now();
    let mut last_progress = started;
    let mut records: Vec<crate::state::Record> = Vec::new();
    for arg in &args.inputs {
        let opened = match open_input(arg, &args, &settings) {
            Ok(x) => x,
            Err(e) => {
                let _ = writeln!(io::stderr(), "ialint: {e}");
                unreadable = true;
                continue;
            }
        };
        let input_settings;
        let settings = match &opened {
            Opened::Lint {
                unreachable: Some(u),
                ..
            } => {
                let mut s = settings.clone();
                s.unreachable = Some(Arc::new(u.clone()));
                input_settings = s;
                &input_settings
            }
            _ => &settings,
        };
        let name = opened.name();
        let mut items_done = 0u64;
        // What this input would have ingested; nothing when a feed-level
        // error means Facebook would have refused the whole fetch.
        let mut input_records: Vec<crate::state::Record> = Vec::new();
        let mut feed_error = false;
        let mut emit = |o: Output| -> io::Result<()> {
            if let Output::Finding(f) = &o {
                if f.item.is_none() && f.severity == Severity::Error {
                    feed_error = true;
                }
                if args.write_known.is_some() {
                    recorded.push(serde_json::json!({
                        "fingerprint": f.fingerprint,
                        "rule": f.rule.name,
                        "file": f.file.as_ref(),
                        "item": f.item,
                        "canonical": f.canonical.as_deref(),
                        "path": f.path,
                    }));
                }
                if let Some(k) = &known
                    && k.contains(&f.fingerprint)
                {
                    seen_known.insert(f.fingerprint.clone());
                    return Ok(());
                }
                shown.count(f);
            }
            if let Output::ItemDone { record, .. } = &o {
                if let Some(r) = record {
                    input_records.push((**r).clone());
                }
                items_done += 1;
                if progress && last_progress.elapsed().as_millis() >= 250 {
                    last_progress = std::time::Instant::now();
                    let _ = write!(io::stderr(), "\rialint: {name}: {items_done} items");
                }
            }
            for (r, _) in reporters.iter_mut() {
                r.output(&o)?;
            }
            Ok(())
        };
        let result = match opened {
            Opened::Lint {
                source: Source::Feed(r, enc),
                origin,
                ..
            } => lint::lint_feed(
                FeedReader::new(r, name.clone())
                    .with_encoding(enc)
                    .with_origin(origin),
                &name,
                settings,
                &mut emit,
            ),
            Opened::Lint {
                source: Source::Article(html),
                ..
            } => lint::lint_single_article(&html, &name, settings, &mut emit),
            Opened::Refused {
                rule,
                message,
                help,
                ..
            } => lint::lint_refused(rule, &name, message, help, settings, &mut emit),
        };
        if progress && started.elapsed().as_millis() >= 250 {
            let _ = write!(io::stderr(), "\r\x1b[K");
        }
        if !feed_error {
            records.append(&mut input_records);
        }
        match result {
            Ok(summary) => {
                files += 1;
                total.add(&summary);
            }
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
            Err(e) => {
                let _ = writeln!(io::stderr(), "ialint: {name}: {e}");
                unreadable = true;
            }
        }
    }
    if files == 0 && unreadable {
        return ExitCode::from(2);
    }

    if let Some(path) = &config_path {
        let config_name: Arc<str> = Arc::from(path.display().to_string().as_str());
        for f in lint::unused_ignore_items(&settings, &config_name) {
            shown.count(&f);
            for (r, _) in reporters.iter_mut() {
                if let Err(e) = r.finding(&f) {
                    return fail(e);
                }
            }
        }
    }
    // The summary counts what was reported (known findings are left out).
    let mut summary = shown.clone();
    summary.items = total.items;
    summary.internal_errors = total.internal_errors;
    for (r, format) in reporters.iter_mut() {
        match r.finish(files, &summary, args.statistics && format.is_text()) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
            Err(e) => return fail(e),
            Ok(()) => {}
        }
    }
    if args.statistics && !reporters.iter().any(|(_, f)| f.is_text()) {
        let _ = crate::render::write_statistics(&mut io::stderr(), &summary);
    }
    // Recorded once the reports are complete, so that a failure here still
    // leaves whole reports behind (and exits 2).
    if args.record
        && let Some(store) = settings.history.as_ref().and_then(|h| h.store.as_ref())
    {
        if unreadable || total.internal_errors > 0 {
            let _ = writeln!(
                io::stderr(),
                "ialint: nothing recorded: an input could not be read or checked"
            );
        } else if let Err(e) = record(store, &records, &settings) {
            return fail(e);
        }
    }
    if let Some(path) = &args.write_known {
        let doc = serde_json::json!({ "version": 1, "known": recorded });
        if let Err(e) = std::fs::write(
            path,
            serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n",
        ) {
            return fail(format!("--write-known: {}: {e}", path.display()));
        }
    }
    if let Some(k) = &known {
        let gone: Vec<&String> = k.iter().filter(|f| !seen_known.contains(*f)).collect();
        if !gone.is_empty() {
            let _ = writeln!(
                io::stderr(),
                "ialint: {} known findings no longer occur; rewrite the file with --write-known to shrink it:",
                gone.len()
            );
            let mut gone = gone;
            gone.sort();
            for f in gone {
                let _ = writeln!(io::stderr(), "  {f}");
            }
        }
    }
    if unreadable || total.internal_errors > 0 {
        return ExitCode::from(2);
    }
    let failed = (settings.fail_on.fails(Severity::Error) && summary.errors > 0)
        || (settings.fail_on.fails(Severity::Warning) && summary.warnings > 0)
        || (settings.fail_on.fails(Severity::Info) && summary.infos > 0)
        || args.max_warnings.is_some_and(|m| summary.warnings > m);
    if failed && !args.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
