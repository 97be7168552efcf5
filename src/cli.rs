//! The command line (CONTRACT.md): parse arguments, resolve them into
//! [`Settings`], run, and return the exit code.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};

use crate::baseline::Baseline;
use crate::datetime::Instant;
use crate::diagnostic::Severity;
use crate::feed::FeedReader;
use crate::input::{self, Source};
use crate::lint::{self, Summary};
use crate::render::{Format, Reporter};
use crate::rule::Category;
use crate::rules;
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
    Check(CheckArgs),
    /// List every rule with its severity and summary.
    Rules {
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
    },
    /// Print a rule's documentation.
    Rule {
        /// The rule's name, e.g. figure-inside-paragraph.
        name: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Feed files, single article files, or `-` for standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// A domain the Page has claimed (repeatable).
    #[arg(long = "domain", value_name = "DOMAIN")]
    pub domains: Vec<String>,
    /// The previously ingested version of the feed.
    #[arg(long, value_name = "FEED")]
    pub baseline: Option<String>,
    /// The current time for time-based rules (RFC 3339).
    #[arg(long, value_name = "RFC3339")]
    pub now: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// How many items are linted at once (default: all cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// When to use colours.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    let _ = writeln!(io::stderr(), "ialint: {message}");
    ExitCode::from(2)
}

/// Runs the command line; the exit code follows CONTRACT.md.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Check(args) => check(args),
        Command::Rules { format } => list_rules(format),
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

/// Resolves the check arguments into settings; an error is a usage error.
pub fn settings(args: &CheckArgs) -> Result<Settings, String> {
    let mut s = Settings::default();
    for d in &args.domains {
        s.domains
            .push(urls::claimed_domain(d).map_err(|e| format!("--domain: {e}"))?);
    }
    if let Some(now) = &args.now {
        s.now = Instant::parse_rfc3339(now)
            .ok_or_else(|| format!("--now: `{now}` is not an RFC 3339 time with a zone"))?;
    }
    if let Some(path) = &args.baseline {
        let (name, source) = input::open(path).map_err(|e| format!("--baseline: {e}"))?;
        let reader = match source {
            Source::Feed(r, _) => r,
            Source::Article(_) => {
                return Err(format!("--baseline: {name} is an article, not a feed"));
            }
        };
        let baseline = Baseline::read(FeedReader::new(reader, name))
            .map_err(|e| format!("--baseline: {path}: {e}"))?;
        s.baseline = Some(Arc::new(baseline));
    }
    s.threads = match args.threads {
        Some(0) => return Err("--threads must be at least 1".into()),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    Ok(s)
}

fn check(args: CheckArgs) -> ExitCode {
    let settings = match settings(&args) {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::env::var_os("NO_COLOR").is_none() && io::stdout().is_terminal(),
    };
    let stdout = io::stdout();
    let mut reporter = Reporter::new(io::BufWriter::new(stdout.lock()), args.format, color);
    let mut total = Summary::default();
    let mut unreadable = false;
    let mut files = 0;
    for arg in &args.inputs {
        let (name, source) = match input::open(arg) {
            Ok(x) => x,
            Err(e) => {
                let _ = writeln!(io::stderr(), "ialint: {e}");
                unreadable = true;
                continue;
            }
        };
        let mut emit = |f: crate::diagnostic::Finding| reporter.finding(&f);
        let result = match source {
            Source::Feed(r, enc) => lint::lint_feed(
                FeedReader::new(r, name.clone()).with_encoding(enc),
                &name,
                &settings,
                &mut emit,
            ),
            Source::Article(html) => lint::lint_single_article(&html, &name, &settings, &mut emit),
        };
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
    match reporter.finish(files, &total) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        Err(e) => return fail(e),
        Ok(()) => {}
    }
    let _ = Severity::Error;
    if unreadable || total.internal_errors > 0 {
        ExitCode::from(2)
    } else if total.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
