//! The article's direction (RULES.md Resolution 37), shared by the two
//! direction rules.

use super::{Article, NodeId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Rtl,
    Ltr,
}

/// The direction that letter counts give (Resolution 37): right-to-left when
/// its letters outnumber the left-to-right ones, else left-to-right when there
/// is one, else none.
pub fn decide(rtl: u64, ltr: u64) -> Option<Direction> {
    if rtl > ltr {
        Some(Direction::Rtl)
    } else if ltr > 0 {
        Some(Direction::Ltr)
    } else {
        None
    }
}

/// What the direction rules need to know.
pub struct Facts {
    pub direction: Direction,
    /// The element whose `dir` is the declared direction (`<body>`, else `<html>`).
    pub dir_element: Option<NodeId>,
    pub declared_rtl: bool,
    /// A `dir` value other than `rtl`, `ltr` or `auto`.
    pub invalid_dir: Option<(NodeId, String)>,
    /// The direction the letters give, and the one `lang` gives.
    text: Option<Direction>,
    by_lang: Option<Direction>,
    /// `lang="..."`, or `no lang`.
    lang_text: String,
}

impl Facts {
    /// What decided, for the message (the letters are counted for it).
    pub fn evidence(&self, a: &Article<'_>) -> String {
        let (rtl, ltr) = a.direction_counts();
        let lang_text = &self.lang_text;
        let counts = format!("{rtl} right-to-left and {ltr} left-to-right letters");
        match (self.text, self.by_lang) {
            (Some(t), Some(l)) if t != l => {
                format!("the text decides: {counts}, although {lang_text} says otherwise")
            }
            (Some(_), _) => format!("{counts}; {lang_text}"),
            (None, _) => format!("{lang_text} decides: the text has no letters"),
        }
    }
}

const RTL_SCRIPTS: [&str; 9] = [
    "arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg", "mand", "samr",
];
const RTL_LANGUAGES: [&str; 13] = [
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "syr", "ug", "ur", "yi",
];

/// Whether a BCP 47 tag names a right-to-left language.
pub fn lang_is_rtl(tag: &str) -> bool {
    let lower = tag.trim().to_ascii_lowercase();
    let mut parts = lower.split(['-', '_']);
    let primary = parts.next().unwrap_or("");
    let script = parts.find(|p| p.len() == 4 && p.bytes().all(|b| b.is_ascii_alphabetic()));
    match script {
        Some(s) => RTL_SCRIPTS.contains(&s),
        None => RTL_LANGUAGES.contains(&primary),
    }
}

/// The direction facts, or `None` when neither the text nor `lang` tells.
pub fn facts(a: &Article<'_>) -> Option<Facts> {
    let lang = a
        .root
        .and_then(|r| a.attr(r, "lang").or_else(|| a.attr(r, "xml:lang")))
        .map(str::trim)
        .filter(|l| !l.is_empty());
    let text = a.text_direction();
    let by_lang = lang.map(|l| {
        if lang_is_rtl(l) {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    });
    let direction = text.or(by_lang)?;
    let lang_text = lang.map_or_else(|| "no lang".to_string(), |l| format!("lang=\"{l}\""));
    let dir_element = [a.body, a.root]
        .into_iter()
        .flatten()
        .find(|&e| a.attr(e, "dir").is_some());
    let dir = dir_element
        .and_then(|e| a.attr(e, "dir"))
        .map(|d| d.trim().to_ascii_lowercase());
    let invalid_dir = match (&dir, dir_element) {
        (Some(d), Some(e)) if !matches!(d.as_str(), "rtl" | "ltr" | "auto") => {
            Some((e, a.attr(e, "dir").unwrap_or("").to_string()))
        }
        _ => None,
    };
    Some(Facts {
        direction,
        dir_element,
        declared_rtl: dir.as_deref() == Some("rtl"),
        invalid_dir,
        text,
        by_lang,
        lang_text,
    })
}

#[cfg(test)]
mod tests {
    use super::lang_is_rtl;

    #[test]
    fn languages() {
        assert!(lang_is_rtl("ar"));
        assert!(lang_is_rtl("he-IL"));
        assert!(lang_is_rtl("ku-Arab"));
        assert!(!lang_is_rtl("en-US"));
        assert!(!lang_is_rtl("ar-Latn"));
    }
}
