//! Reading the images `asaku predict` classifies: PGM (`P2` plain and `P5` raw, 8 or 16 bits)
//! and PNG (any colour type and depth, through the `png` crate), as grey levels from 0 (black)
//! to 1 (white). Every bad file is a sentence, never a panic.

use std::io::Cursor;

/// The largest side accepted, in pixels (a photo of a digit is far smaller).
pub const MAX_SIDE: usize = 4096;
/// The PNG decoder's memory limit.
const PNG_BYTES: usize = 64 * 1024 * 1024;

/// An image as grey levels, row by row: `0` black, `1` white.
#[derive(Clone, Debug, PartialEq)]
pub struct Grey {
    /// Pixels per row.
    pub width: usize,
    /// Rows.
    pub height: usize,
    /// `width × height` levels.
    pub levels: Vec<f32>,
}

/// Reads a PGM or PNG file's bytes, or says what is wrong (a sentence to put after the file's name).
pub fn read(bytes: &[u8]) -> Result<Grey, String> {
    let grey = match bytes {
        [b'P', b'2' | b'5', ..] => pgm(bytes)?,
        [0x89, b'P', b'N', b'G', ..] => png(bytes)?,
        _ => {
            return Err("is not a PGM (P2 or P5) or PNG image: it does not start as one".into());
        }
    };
    Ok(grey)
}

/// The width and height, checked: 1 to [`MAX_SIDE`] each.
fn size(width: usize, height: usize) -> Result<(), String> {
    if (1..=MAX_SIDE).contains(&width) && (1..=MAX_SIDE).contains(&height) {
        return Ok(());
    }
    Err(format!("is {width}×{height} pixels, but an image must be 1 to {MAX_SIDE} pixels a side"))
}

/// A PGM: `P2`/`P5`, width, height and maxval (whitespace and `#` comments between), then the
/// samples: ASCII numbers for `P2`; after one whitespace byte, one byte each (maxval < 256) or
/// two big-endian bytes for `P5`.
fn pgm(bytes: &[u8]) -> Result<Grey, String> {
    let plain = bytes[1] == b'2';
    let mut at = 2;
    let mut header = [0usize; 3];
    for (value, name) in header.iter_mut().zip(["width", "height", "maxval"]) {
        *value = number(bytes, &mut at).ok_or_else(|| {
            format!("has a PGM header without a whole-number {name} (P5 width height maxval)")
        })?;
    }
    let [width, height, maxval] = header;
    size(width, height)?;
    if !(1..=65535).contains(&maxval) {
        return Err(format!(
            "has a PGM maxval of {maxval}, but it must be 1 to 65535 (8 or 16 bits a pixel)"
        ));
    }
    let count = width * height;
    let samples =
        if plain { plain_samples(bytes, at, count) } else { raw_samples(bytes, at + 1, count, maxval) };
    let samples = samples.map_err(|read| {
        format!("is truncated: it ends after {read} of its {width}×{height} = {count} pixels")
    })?;
    if let Some((i, &v)) = samples.iter().enumerate().find(|(_, &v)| v > maxval) {
        return Err(format!("has pixel {} of {v}, above its maxval {maxval}", i + 1));
    }
    let levels = samples.iter().map(|&v| v as f32 / maxval as f32).collect();
    Ok(Grey { width, height, levels })
}

/// The next whole number after whitespace and comments, moving `at` past it.
fn number(bytes: &[u8], at: &mut usize) -> Option<usize> {
    loop {
        match bytes.get(*at)? {
            b'#' => *at += bytes[*at..].iter().position(|&b| b == b'\n')?,
            b if b.is_ascii_whitespace() => *at += 1,
            _ => break,
        }
    }
    let digits = bytes[*at..].iter().take_while(|b| b.is_ascii_digit()).count();
    let text = std::str::from_utf8(&bytes[*at..*at + digits]).ok()?;
    *at += digits;
    text.parse().ok()
}

/// `count` ASCII samples from `at`, or how many there were.
fn plain_samples(bytes: &[u8], mut at: usize, count: usize) -> Result<Vec<usize>, usize> {
    let mut samples = Vec::with_capacity(count);
    while samples.len() < count {
        samples.push(number(bytes, &mut at).ok_or(samples.len())?);
    }
    Ok(samples)
}

/// `count` binary samples from `at` (two bytes each above maxval 255), or how many there were.
fn raw_samples(bytes: &[u8], at: usize, count: usize, maxval: usize) -> Result<Vec<usize>, usize> {
    let width = if maxval > 255 { 2 } else { 1 };
    let raster = bytes.get(at..).unwrap_or_default();
    if raster.len() < count * width {
        return Err(raster.len() / width);
    }
    let sample = |c: &[u8]| c.iter().fold(0, |v, &b| v * 256 + usize::from(b));
    Ok(raster.chunks_exact(width).take(count).map(sample).collect())
}

/// A PNG, expanded to 8 bits a channel; colour becomes its luma `0.299 R + 0.587 G + 0.114 B`,
/// and a transparent pixel shows the white below it (`level · α + (1 − α)`).
fn png(bytes: &[u8]) -> Result<Grey, String> {
    let unreadable = |e: png::DecodingError| format!("is not a readable PNG image ({e})");
    let mut decoder = png::Decoder::new_with_limits(Cursor::new(bytes), png::Limits { bytes: PNG_BYTES });
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(unreadable)?;
    let (width, height) = (reader.info().width as usize, reader.info().height as usize);
    size(width, height)?;
    let mut buffer = vec![0; reader.output_buffer_size().ok_or("is a PNG image too large to read")?];
    let frame = reader.next_frame(&mut buffer).map_err(unreadable)?;
    let channels = frame.color_type.samples();
    let levels = buffer[..frame.buffer_size()]
        .chunks_exact(channels)
        .map(|p| {
            let v = |i: usize| f32::from(p[i]) / 255.0;
            let (level, alpha) = match channels {
                1 => (v(0), 1.0),
                2 => (v(0), v(1)),
                3 => (0.299 * v(0) + 0.587 * v(1) + 0.114 * v(2), 1.0),
                _ => (0.299 * v(0) + 0.587 * v(1) + 0.114 * v(2), v(3)),
            };
            level * alpha + (1.0 - alpha)
        })
        .collect();
    Ok(Grey { width, height, levels })
}
