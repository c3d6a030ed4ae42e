//! Decoding markup (HTML pages, feeds) in the charset it declares: a saved
//! page in windows-1252 read as UTF-8 would turn every `é` and `“` into `�`.

use super::decode::{Decoded, decode};
use encoding_rs::Encoding;
use std::borrow::Cow;

/// How far into the bytes a charset declaration is looked for (the HTML
/// standard's prescan looks at 1024 bytes; XML declarations come first).
const PRESCAN: usize = 1024;

/// Decodes markup bytes: a byte-order mark wins, then `charset` from the
/// transport (`Content-Type`), then a `<meta charset>`, `http-equiv` or XML
/// `encoding="…"` declaration near the start; UTF-8 otherwise. Invalid
/// sequences become U+FFFD and set `lossy`.
pub fn decode_markup<'a>(bytes: &'a [u8], transport: Option<&str>) -> Decoded<'a> {
    let has_bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF])
        || bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF]);
    let label = transport
        .and_then(charset_param)
        .or_else(|| declared(&bytes[..bytes.len().min(PRESCAN)]));
    let encoding = label.and_then(|l| Encoding::for_label(l.as_bytes()));
    match encoding {
        // UTF-16 declared in ASCII bytes is a lie the standard says to ignore.
        Some(enc) if !has_bom && enc != encoding_rs::UTF_8 && enc.is_ascii_compatible() => {
            let (text, _, lossy) = enc.decode(bytes);
            Decoded {
                text: Cow::Owned(text.into_owned()),
                lossy,
            }
        }
        _ => decode(bytes),
    }
}

/// Feed bytes as the XML parser should get them: as they are when they
/// carry a BOM or declare their encoding (the parser honours it), otherwise
/// decoded in the charset the server named (`text/xml; charset=iso-8859-1`)
/// and handed over as UTF-8, which an XML document without a declaration is
/// taken to be.
pub fn in_transport_charset<'a>(bytes: &'a [u8], content_type: Option<&str>) -> Cow<'a, [u8]> {
    let declares = bytes.starts_with(&[0xEF, 0xBB, 0xBF])
        || bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
        || declared(&bytes[..bytes.len().min(PRESCAN)]).is_some();
    if declares || content_type.and_then(charset_param).is_none() {
        return Cow::Borrowed(bytes);
    }
    match decode_markup(bytes, content_type).text {
        Cow::Owned(text) => Cow::Owned(text.into_bytes()),
        Cow::Borrowed(_) => Cow::Borrowed(bytes),
    }
}

/// `text/html; charset="windows-1252"` → `windows-1252`.
pub fn charset_param(content_type: &str) -> Option<String> {
    let lower = content_type.to_ascii_lowercase();
    let at = lower.find("charset")?;
    let rest = lower[at + "charset".len()..].trim_start().strip_prefix('=')?;
    let value: String = rest
        .trim_start()
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    (!value.is_empty()).then_some(value)
}

/// The charset the head of a document declares: `<meta charset=…>`,
/// `<meta http-equiv content="…; charset=…">` or `<?xml … encoding="…"?>`.
fn declared(head: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    if let Some(decl) = head.strip_prefix("<?xml").and_then(|d| d.split("?>").next())
        && let Some(at) = decl.find("encoding")
    {
        return charset_param(&format!("charset{}", &decl[at + "encoding".len()..]));
    }
    head.split("<meta")
        .skip(1)
        .find_map(|tag| charset_param(tag.split('>').next().unwrap_or("")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_charsets_are_decoded() {
        let page = b"<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title>";
        assert!(decode_markup(page, None).text.contains("Café"));
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">\x93q\x94";
        assert!(decode_markup(page, None).text.contains("\u{201c}q\u{201d}"));
        let feed = b"<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss>na\xefve</rss>";
        assert!(decode_markup(feed, None).text.contains("naïve"));
        assert!(
            decode_markup(b"caf\xe9", Some("text/html; charset=latin1"))
                .text
                .contains("café")
        );
    }

    #[test]
    fn a_feed_without_a_declaration_takes_the_servers_charset() {
        let feed = b"<rss version=\"2.0\">na\xefve</rss>";
        let utf8 = in_transport_charset(feed, Some("text/xml; charset=iso-8859-1"));
        assert!(String::from_utf8(utf8.into_owned()).unwrap().contains("naïve"));
        assert!(matches!(
            in_transport_charset(feed, Some("text/xml")),
            Cow::Borrowed(_)
        ));
        let declared = b"<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss>\x93</rss>";
        assert!(matches!(
            in_transport_charset(declared, Some("text/xml; charset=utf-8")),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn utf8_is_the_default_and_invalid_bytes_are_lossy() {
        let d = decode_markup("<p>“ok”</p>".as_bytes(), None);
        assert!(!d.lossy && d.text.contains("“ok”"));
        assert!(decode_markup(b"<p>\xff</p>", None).lossy);
        // An unknown label falls back to UTF-8.
        assert!(!decode_markup(b"<meta charset=klingon><p>x</p>", None).lossy);
    }
}
