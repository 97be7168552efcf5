//! Helpers shared by the tests.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ialint::baseline::{Baseline, History};
use ialint::datetime::Instant;
use ialint::diagnostic::Finding;
use ialint::feed::FeedReader;
use ialint::input::{self, Source};
use ialint::settings::Settings;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The settings every fixture is linted with.
pub fn fixture_settings(baseline: Option<&Path>) -> Settings {
    let mut s = Settings {
        domains: vec!["example.com".into()],
        now: Instant::parse_rfc3339("2025-06-01T18:00:00Z").unwrap(),
        ..Settings::default()
    };
    if let Some(b) = baseline {
        let (name, source) = input::open(b.to_str().unwrap()).unwrap();
        let Source::Feed(r, _) = source else {
            panic!("baseline is not a feed")
        };
        s.history = Some(Arc::new(History {
            baseline: Some(Baseline::read(FeedReader::new(r, name)).unwrap()),
            store: None,
        }));
    }
    s
}

pub fn lint(path: &Path, settings: &Settings) -> Vec<Finding> {
    ialint::lint::lint_path(path.to_str().unwrap(), settings)
        .unwrap()
        .0
}
