import Foundation
import PQ
import Testing

/// Text in any script comes back byte for byte, without normalization or truncation.
@Suite struct UnicodeTests {
    static let samples = [
        "é è ç É Œ œ ÿ", "Hélène Müller-Ødegård", "🩺👩‍⚕️🏥", "👨‍👩‍👧‍👦 🇫🇷",
        "مرحبا بالعالم", "医生 看护 病院", "한국어", "Ελληνικά", "e\u{301}", "\u{E9}", "\u{FEFF}zéro-largeur\u{200B}",
    ]

    @Test func accentsEmojiArabicAndCJKRoundTripByteForByte() throws {
        let conn = try connect()
        try conn.execute("CREATE TEMP TABLE noms (i int4, nom text)")
        for (index, text) in Self.samples.enumerated() {
            let echoed = try conn.scalar("SELECT \(text)::text", as: String.self)
            #expect(Array(echoed.utf8) == Array(text.utf8))
            try conn.execute("INSERT INTO noms VALUES (\(Int32(index)), \(text))")
        }
        let stored = try conn.query("SELECT nom, octet_length(nom) FROM noms ORDER BY i").map {
            try $0.decode((String, Int32).self)
        }
        let storedBytes = stored.map { Array($0.0.utf8) }, storedLengths = stored.map { Int($0.1) }
        #expect(storedBytes == Self.samples.map { Array($0.utf8) })
        #expect(storedLengths == Self.samples.map { $0.utf8.count })
    }

    @Test func decomposedAndPrecomposedAccentsStayDistinct() throws {
        let conn = try connect()
        // Swift's == treats them as equal; the server and the bytes must not.
        let (same, decomposedLength) = try conn.query(
            "SELECT \("e\u{301}")::text = \("\u{E9}")::text, length(\("e\u{301}")::text)")[0]
            .decode((Bool, Int32).self)
        #expect(!same)
        #expect(decomposedLength == 2)
    }

    @Test func characterCountsAgreeWithTheServer() throws {
        let conn = try connect()
        let text = "Œuvre médicale 医生 مرحبا"
        #expect(try conn.scalar("SELECT length(\(text)::text)", as: Int32.self) == Int32(text.unicodeScalars.count))
        #expect(try conn.scalar("SELECT upper(\(text)::text)", as: String.self) == "ŒUVRE MÉDICALE 医生 مرحبا")
    }

    @Test func oneMegabyteOfTextRoundTripsByteIdentical() throws {
        let conn = try connect()
        let unit = "Soins à domicile — 🩺 مرحبا 医生 é\u{301} "
        var text = ""
        while text.utf8.count < 1_048_576 { text += unit }
        try conn.execute("CREATE TEMP TABLE gros (t text)")
        try conn.execute("INSERT INTO gros VALUES (\(text))")
        let (back, octets, digest) = try conn.query("SELECT t, octet_length(t), md5(t) FROM gros")[0]
            .decode((String, Int32, String).self)
        #expect(Int(octets) == text.utf8.count)
        #expect(back.utf8.elementsEqual(text.utf8))
        #expect(digest == (try conn.scalar("SELECT md5(\(text)::text)", as: String.self)))
    }
}
