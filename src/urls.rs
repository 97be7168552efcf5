//! Canonical URLs and domains (RULES.md Resolutions 14, 23-27).

use url::{Host, Url};

/// Parses an absolute `http`/`https` URL; `None` for anything else
/// (relative, protocol-relative, other schemes, empty).
pub fn absolute_http(s: &str) -> Option<Url> {
    let s = s.trim_matches(|c: char| c.is_ascii_whitespace());
    if s.is_empty() || s.starts_with("//") {
        return None;
    }
    let url = Url::parse(s).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    url.host()?;
    Some(url)
}

/// A quick test for an absolute `http`/`https` URL with a host, without
/// parsing it (for the many media URLs of an article).
pub fn looks_absolute_http(s: &str) -> bool {
    let s = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let b = s.as_bytes();
    let rest = if b.len() > 8 && b[..8].eq_ignore_ascii_case(b"https://") {
        &s[8..]
    } else if b.len() > 7 && b[..7].eq_ignore_ascii_case(b"http://") {
        &s[7..]
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && !host.starts_with(':')
        && !host.bytes().any(|c| {
            c.is_ascii_whitespace()
                || c.is_ascii_control()
                || matches!(
                    c,
                    b'<' | b'>' | b'"' | b'\\' | b'^' | b'`' | b'{' | b'|' | b'}'
                )
        })
        && (rest.is_ascii() || absolute_http(s).is_some())
}

/// Whether the host of URL `s` may be covered by one of `claims` (lower-case
/// domains), without parsing it: `false` only when it cannot be. For ASCII
/// without `%`, tab or line breaks, the parsed host is a lower-cased
/// substring of `s`, and a covered host ends with the claim.
pub fn may_have_host_in(s: &str, claims: &[String]) -> bool {
    if claims.is_empty() {
        return false;
    }
    let b = s.as_bytes();
    if !b.is_ascii() || b.iter().any(|&c| matches!(c, b'%' | b'\t' | b'\n' | b'\r')) {
        return true;
    }
    let lower = s.to_ascii_lowercase();
    claims.iter().any(|claim| {
        if claim.bytes().any(|c| c.is_ascii_uppercase()) {
            lower.contains(&claim.to_ascii_lowercase())
        } else {
            lower.contains(claim.as_str())
        }
    })
}

/// The host of a URL, without a trailing dot; `None` for IP hosts.
pub fn domain_host(url: &Url) -> Option<String> {
    match url.host()? {
        Host::Domain(d) => Some(d.trim_end_matches('.').to_ascii_lowercase()),
        Host::Ipv4(_) | Host::Ipv6(_) => None,
    }
}

/// The normalised canonical N of Resolution 27.
pub fn normalize(url: &Url) -> String {
    let host = match url.host() {
        Some(Host::Domain(d)) => {
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            d.strip_prefix("www.").map(str::to_string).unwrap_or(d)
        }
        Some(h) => h.to_string(),
        None => String::new(),
    };
    let mut path = url.path().to_string();
    if path.len() > 1 && path.ends_with('/') {
        path.pop();
    }
    if path.is_empty() {
        path.push('/');
    }
    match url.port() {
        Some(p) => format!("{host}:{p}{path}"),
        None => format!("{host}{path}"),
    }
}

/// The registrable domain (eTLD+1, full Public Suffix List) of a host.
pub fn registrable(host: &str) -> Option<String> {
    let d = psl::domain_str(host)?;
    Some(d.to_string())
}

/// Normalises a claimed domain (Resolution 24); an error says why it is not one.
pub fn claimed_domain(value: &str) -> Result<String, String> {
    let v = value.trim();
    let v = v.strip_prefix("*.").unwrap_or(v);
    let v = v.strip_suffix('.').unwrap_or(v);
    if v.is_empty() {
        return Err("an empty domain".into());
    }
    if v.contains("://") || v.contains('/') || v.contains(':') || v.contains('@') || v.contains('?')
    {
        return Err(format!(
            "`{value}` is not a host name (no scheme, port or path)"
        ));
    }
    let url = Url::parse(&format!("http://{v}/"))
        .map_err(|e| format!("`{value}` is not a valid domain: {e}"))?;
    match url.host() {
        Some(Host::Domain(d)) => Ok(d.to_ascii_lowercase()),
        Some(_) => Err(format!("`{value}` is an IP address, not a domain")),
        None => Err(format!("`{value}` is not a valid domain")),
    }
}

/// Whether claimed domain `claim` covers `host` (Resolution 24).
pub fn covers(claim: &str, host: &str) -> bool {
    host == claim
        || (host.len() > claim.len()
            && host.ends_with(claim)
            && host.as_bytes()[host.len() - claim.len() - 1] == b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_and_coverage() {
        let a = absolute_http("http://WWW.Example.com/a/?x=1#f").unwrap();
        let b = absolute_http("https://example.com:443/a").unwrap();
        assert_eq!(normalize(&a), normalize(&b));
        assert!(absolute_http("//example.com/a").is_none());
        for ok in [
            "https://cdn.example.com/a.jpg",
            "HTTP://x.example/?q=1",
            "https://bücher.example/x",
        ] {
            assert!(looks_absolute_http(ok), "{ok}");
        }
        for bad in [
            "",
            "/a.jpg",
            "//x.example/a",
            "https://",
            "https:///a",
            "ftp://x.example/a",
            "data:image/png;base64,x",
        ] {
            assert!(!looks_absolute_http(bad), "{bad}");
        }
        assert!(absolute_http("/a").is_none());
        assert!(covers("example.com", "www.example.com"));
        assert!(!covers("example.com", "notexample.com"));
        assert!(!covers("www.example.com", "example.com"));
        assert_eq!(claimed_domain("*.Example.COM.").unwrap(), "example.com");
        assert!(claimed_domain("https://example.com").is_err());
        assert!(claimed_domain("127.0.0.1").is_err());
        assert_eq!(
            registrable("news.example.co.uk").as_deref(),
            Some("example.co.uk")
        );
        let hosts = ["pixel.wp.com".to_string()];
        for (src, maybe) in [
            ("https://PIXEL.wp.com/g.gif", true),
            ("https://cdn.example.com/a.jpg", false),
            ("https://pixel.w\tp.com/g.gif", true),
            ("https://%70ixel.wp.com/g.gif", true),
            ("https://ｐixel.wp.com/g.gif", true),
        ] {
            assert_eq!(may_have_host_in(src, &hosts), maybe, "{src}");
            if !maybe {
                let host = absolute_http(src).and_then(|u| domain_host(&u)).unwrap();
                assert!(!covers(&hosts[0], &host));
            }
        }
        assert!(!may_have_host_in("https://pixel.wp.com/", &[]));
        let idn = absolute_http("https://bücher.example/x").unwrap();
        assert_eq!(domain_host(&idn).as_deref(), Some("xn--bcher-kva.example"));
    }
}
