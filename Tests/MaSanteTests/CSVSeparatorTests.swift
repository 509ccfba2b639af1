import MaSante
import Testing

@Suite struct CSVSeparatorTests {
    @Test(arguments: [
        ("nom;prenom;rpps\n", ";"), ("nom,prenom,rpps\n", ","), ("nom\tprenom\n", "\t"), ("nom\n", ";"),
        ("a;b,c\n", ";"), ("a,b;c\n", ";"), ("\"nom;complet\",prenom,rpps\n", ","), ("\n;;;\nnom,prenom\n", ","),
        ("nom;prenom,x,y\n", ","),
    ])
    func theSeparatorIsTheMostFrequentOnTheHeaderLine(text: String, separator: Character) throws {
        #expect(try ReadCSV(text).reader.separator == separator)
    }

    @Test func commaSeparatedFilesAreSplitOnCommasOnly() throws {
        let csv = try ReadCSV("nom,heures\nDupont,\"17,5\"\nMartin;fils,35\n")
        #expect(csv.fields == [["Dupont", "17,5"], ["Martin;fils", "35"]])
    }
}
