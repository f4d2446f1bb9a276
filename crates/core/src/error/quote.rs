//! How an error repeats a value it was given: short, and with nothing that could upset a
//! terminal or a page.

/// The most characters [`quote`] writes before it cuts a value short.
pub const QUOTED_CHARS: usize = 40;

/// `value` as an error message repeats it between quotation marks: control characters escaped
/// (NUL as `\0`, the others as `\u{1b}`), and at most [`QUOTED_CHARS`] characters of that; a
/// longer value is cut there and ends with `…` and its full length, e.g.
/// `aaaa… (52428800 characters)`. Every sentence that echoes text from a user, a link or a file
/// quotes it with this, so a 50 MB line gives a one-line error.
pub fn quote(value: &str) -> String {
    let mut quoted = String::new();
    let mut written = 0;
    for c in value.chars() {
        let piece = escaped(c);
        let width = piece.chars().count();
        if written + width > QUOTED_CHARS {
            return format!("{quoted}… ({} characters)", value.chars().count());
        }
        quoted.push_str(&piece);
        written += width;
    }
    quoted
}

/// One character as [`quote`] writes it.
fn escaped(c: char) -> String {
    match c {
        '\0' => "\\0".to_string(),
        c if c.is_control() => format!("\\u{{{:x}}}", c as u32),
        c => c.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_value_stays_as_it_is() {
        assert_eq!(quote("relux"), "relux");
        assert_eq!(quote(""), "");
        assert_eq!(quote(&"é".repeat(QUOTED_CHARS)), "é".repeat(QUOTED_CHARS));
    }

    #[test]
    fn control_characters_and_nul_are_escaped() {
        assert_eq!(quote("a\0b"), "a\\0b");
        assert_eq!(quote("\u{1b}[31mred\n"), "\\u{1b}[31mred\\u{a}");
        assert_eq!(quote("\u{85}"), "\\u{85}");
    }

    #[test]
    fn a_long_value_is_cut_with_its_length() {
        let long = "x".repeat(50 * 1024 * 1024);
        assert_eq!(quote(&long), format!("{}… (52428800 characters)", "x".repeat(QUOTED_CHARS)));
        let nuls = "\0".repeat(100);
        assert_eq!(quote(&nuls), format!("{}… (100 characters)", "\\0".repeat(QUOTED_CHARS / 2)));
        assert_eq!(quote(&"日本".repeat(30)), format!("{}… (60 characters)", "日本".repeat(20)));
    }
}
