import Testing

@testable import MaSante

@Suite struct TrimmingTests {
    @Test(arguments: [
        ("  Sage-Femme \t", "Sage-Femme"), ("\u{00A0}17,5\u{202F}", "17,5"), ("\r\n nom \n", "nom"),
        ("", ""), ("   ", ""), ("é", "é"), (" a b ", "a b"), ("👩‍⚕️ ", "👩‍⚕️"),
    ])
    func whiteSpaceIsRemovedAtBothEndsOnly(text: String, expected: String) {
        #expect(text.trimmedSpaces == expected)
        #expect(text[...].trimmedSpaces == expected)
    }
}
