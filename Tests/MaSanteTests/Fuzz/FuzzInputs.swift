import Foundation
import MaSante
import PropertyBased
import Testing

/// Random inputs for the parsers' property tests, biased toward what breaks parsers: separators,
/// quotes, line ends, byte order marks, NUL, invalid UTF-8, Latin-1 accents, long digit runs.
///
/// PropertyBased draws a new seed on every run and prints it with any failure; `.fixedSeed(…)`
/// replays it (the library reports an issue whenever that trait is present, so it is never committed).
enum FuzzInput {
    // MARK: CSV bytes

    /// Pieces of text files: what spreadsheets write.
    static let textPieces: [[UInt8]] = [
        [0x3B], [0x3B], [0x2C], [0x09], [0x22], [0x22, 0x22], [0x0A], [0x0D, 0x0A], [0x0D], [0x20], [0x20],
        Array("é".utf8), Array("Prénom".utf8), Array("\u{A0}".utf8), Array("\u{202F}".utf8), Array("👩‍⚕️".utf8),
        Array("œ€’".utf8), [0xEF, 0xBB, 0xBF], Array("nom".utf8), Array("2026-01-31".utf8), Array("08:30".utf8),
        Array("17,5".utf8),
    ]

    /// Pieces that only binary or damaged files hold: NUL, UTF-16 byte order marks, control characters.
    static let binaryPieces: [[UInt8]] = [[0x00], [0xFF, 0xFE], [0xFE, 0xFF], [0x1A], [0x7F], [0x01]]

    /// Windows-1252 bytes: Latin-1 accents, €, ’, œ.
    static let windows1252Pieces: [[UInt8]] = [
        [0xE9], [0xE8, 0x20], [0xEB], [0xE0], [0xE7], [0xC9], [0x80], [0x92], [0x9C],
    ]

    /// The five bytes Windows-1252 leaves undefined.
    static let undefinedInWindows1252: [[UInt8]] = [[0x81], [0x8D], [0x8F], [0x90], [0x9D]]

    /// Invalid UTF-8: stray continuation bytes, cut sequences, surrogates, overlong forms, past U+10FFFF.
    static let badUTF8Pieces: [[UInt8]] = [
        [0xC3], [0xA9], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xF8, 0x88],
    ]

    /// Letters and digits, one byte each.
    static let letters: [[UInt8]] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8.map { [$0] }

    /// Bytes drawn from a palette, a piece at a time (palettes repeat pieces to weight them);
    /// drawing indexes rather than mixing generators keeps generation cheap and shrinkable.
    private static func bytes(
        from palettes: [[[UInt8]]], pieces: ClosedRange<Int>
    ) -> Generator<[UInt8], some SendableSequenceType> {
        zip(Gen.int(in: 0...palettes.count - 1), Gen<UInt16>.value().array(of: pieces)).map { palette, picks in
            let palette = palettes[palette]
            return picks.flatMap { palette[Int($0) % palette.count] }
        }
    }

    /// Up to about 4 KB of one of six kinds: UTF-8 text (one input in three), Windows-1252 text,
    /// with or without its undefined bytes, UTF-8 text with invalid bytes, or anything, binary included.
    static var csvBytes: Generator<[UInt8], some SendableSequenceType> {
        let ascii = textPieces.filter { $0.allSatisfy { $0 < 0x80 } }
        let text = textPieces + textPieces + letters
        let windows1252 = ascii + ascii + letters + windows1252Pieces
        let badUTF8 = text + badUTF8Pieces
        let anything =
            textPieces + windows1252Pieces + undefinedInWindows1252 + badUTF8Pieces + binaryPieces + letters
            + (0...255).map { [UInt8($0)] }
        return bytes(
            from: [text, text, windows1252, windows1252 + undefinedInWindows1252, badUTF8, anything], pieces: 0...1_000)
    }

    /// Text with no control character and no NUL, in UTF-8 or in Latin-1 (accents as single bytes
    /// from 0xC0 up, which never form valid UTF-8): lines that read the same wherever they sit.
    static var plainLineBytes: Generator<[UInt8], some SendableSequenceType> {
        let utf8 = textPieces + textPieces + letters
        let latin1Accents: [[UInt8]] = [[0xE9], [0xE8], [0xE0], [0xE7], [0xF4], [0xC9], [0xFB], [0xEB]]
        let latin1 = textPieces.filter { $0.allSatisfy { $0 < 0x80 } } + letters + latin1Accents + latin1Accents
        return bytes(from: [utf8, latin1], pieces: 0...200)
    }

    // MARK: Field text

    /// What people type in a date, time or number cell, and the classics that break parsers.
    static let fieldPieces: [String] = [
        "0", "1", "2", "9", "00", "12", "24", "59", "60", "2026", "1600", "9999", "0000", "31", "29", "02",
        "/", "/", "-", "-", ":", ":", "h", "H", ",", ".", " ", "\u{A0}", "\u{202F}", "\t", "\n", "\r\n", "+",
        "e", "E", "à", " à ", " a ", "–", "—", "\u{2212}", "\u{0301}", "٣", "①", "½", "１", "²", "🙂", "\0",
        "«", "»", "\"", ";", "W", "-W", "inf", "nan", "0x1F", "et", "fermé", "error", "invalid",
        "31/02/2026", "29/02/2025", "29/02/2024", "1/2/2024", "24:00", "24:01", "23:59:59", "08:30:00",
        "-0", "+0", "1e9", "1E400", "-1", "0,5", "1 234,5", "1 234 567", "08:30", "8h30", "12:30", "8h",
        String(repeating: "9", count: 40), String(repeating: "1", count: 400), String(repeating: "0", count: 30),
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "18446744073709551616",
    ]

    /// Any Unicode scalar (surrogates are not scalars).
    static var anyScalar: Generator<Unicode.Scalar, some SendableSequenceType> {
        Gen<UInt32>.value(in: 0...0x10FFFF).compactMap { Unicode.Scalar($0) }
    }

    /// Up to a dozen pieces: typed-looking fragments, digits, any character.
    static var fieldText: Generator<String, some SendableSequenceType> {
        Gen<String>.frequency(
            (weight: 6, gen: Gen<String?>.element(of: fieldPieces).map { $0! }),
            (weight: 3, gen: Gen<Character>.number.map { String($0) }),
            (weight: 1, gen: anyScalar.map { String($0) }),
            (weight: 1, gen: Gen<Character>.ascii.map { String($0) })
        ).array(of: 0...12).map { $0.joined() }
    }
}

/// `propertyCheck`, with a time limit on each input: a parser that loops or crawls on some input
/// fails the test and names the input, instead of slowing the suite. `MASANTE_FUZZ_SCALE=50` in
/// the environment multiplies every count, for a longer hunt than the suite's few seconds.
func checkEachInput<Input>(
    count: Int, _ input: Generator<Input, some SendableSequenceType>, within limit: Duration = .milliseconds(250),
    sourceLocation: SourceLocation = #_sourceLocation, _ body: (Input) throws -> Void
) async {
    let scale = ProcessInfo.processInfo.environment["MASANTE_FUZZ_SCALE"].flatMap { Int($0) } ?? 1
    let clock = ContinuousClock()
    await propertyCheck(
        count: count * max(1, scale), input: input,
        perform: { value in
            let elapsed = try clock.measure { try body(value) }
            #expect(elapsed < limit, "one input took \(elapsed)", sourceLocation: sourceLocation)
        }, sourceLocation: sourceLocation)
}

/// How many physical lines the bytes hold (CR LF, LF and CR each end one).
func physicalLineCount(_ bytes: [UInt8]) -> Int {
    var count = 1
    for (index, byte) in bytes.enumerated() where byte == 0x0A || byte == 0x0D && bytes[safe: index + 1] != 0x0A {
        count += 1
    }
    return count
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
