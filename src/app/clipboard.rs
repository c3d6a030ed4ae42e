//! The OSC 52 sequence that asks the terminal to put text on the clipboard.
//! Only `y` builds one, from text that was sanitised at load; control
//! characters are dropped once more here, so nothing but the base64 payload
//! sits between the sequence's own ESC and BEL.

/// `ESC ] 52 ; c ; base64(text) BEL`.
pub(super) fn osc52(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control() || *c == '\n').collect();
    format!("\u{1b}]52;c;{}\u{7}", base64(clean.as_bytes()))
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().fold(0u32, |n, &b| n << 8 | u32::from(b)) << (8 * (3 - chunk.len()));
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(char::from(ABC[(n >> (18 - 6 * k) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_pads() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn controls_never_reach_the_sequence() {
        let seq = osc52("a\u{1b}]52;c;x\u{7}b\u{9b}");
        assert_eq!(seq, format!("\u{1b}]52;c;{}\u{7}", base64(b"a]52;c;xb")));
        assert_eq!(seq.matches('\u{1b}').count(), 1);
        assert_eq!(seq.matches('\u{7}').count(), 1);
    }
}
