import MaSante
import Testing

@Suite struct INSEECodeTests {
    @Test(arguments: [
        ("31555", "31"), ("2A004", "2A"), ("2b033", "2B"), ("97411", "974"), ("09001", "09"), ("9001", "09"),
    ])
    func theCodeNamesItsDepartement(text: String, departement: String) throws {
        let code = try INSEECode.parse(text)
        #expect(code.departement.code == departement)
        #expect(code.code.count == 5)
    }

    @Test(arguments: ["315", "315555", "2C004", "3155A", "", "31 555"])
    func otherShapesAreRefused(text: String) {
        #expect(
            throws: FieldError("code INSEE invalide « \(text) » : 5 caractères attendus, par exemple 31555 ou 2A004")
        ) {
            try INSEECode.parse(text)
        }
    }

    @Test(arguments: [("20004", "20"), ("00123", "00"), ("97701", "977"), ("99134", "99")])
    func unknownDepartementsAreRefused(text: String, prefix: String) {
        #expect(throws: FieldError("code INSEE invalide « \(text) » : département « \(prefix) » inconnu")) {
            try INSEECode.parse(text)
        }
    }
}
