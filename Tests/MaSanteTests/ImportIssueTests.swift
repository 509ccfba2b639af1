import MaSante
import Testing

@Suite struct ImportIssueTests {
    @Test func itNamesItsLineAndColumn() {
        let issue = ImportIssue(
            line: 4, column: "rpps", FieldError("RPPS invalide « 123 » : chiffre de contrôle incorrect"))
        #expect(issue.description == "ligne 4, colonne rpps : RPPS invalide « 123 » : chiffre de contrôle incorrect")
        #expect(ImportIssue(line: 4, message: "centre en double").description == "ligne 4 : centre en double")
    }

    @Test func issuesSortByLineThenColumn() {
        let issues = [
            ImportIssue(line: 10, column: "nom", message: "a"), ImportIssue(line: 2, column: "rpps", message: "b"),
            ImportIssue(line: 2, column: "centre", message: "c"), ImportIssue(line: 2, message: "d"),
        ]
        #expect(issues.sorted().map(\.message) == ["d", "c", "b", "a"])
    }
}
