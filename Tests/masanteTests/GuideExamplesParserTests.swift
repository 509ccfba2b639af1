import Testing

/// The reading of a guide's examples, without a database.
@Suite struct GuideExamplesParserTests {
    @Test func aShellBlockGivesItsCommandsJoinedAndItsOutputAndSkipsOtherShellLines() {
        let markdown = """
            ## 3. Suivre un candidat

            ```sh
            export MASANTE_BASE="dbname=x"
            masante recrutement candidat --nom LEFEBVRE --prenom Camille \\
                --note "Salon « Lot » d'automne"   # un commentaire
            masante personnel liste --format csv > personnel-a-jour.csv
            masante base etat >/dev/null || logger -p user.err "échec"
            masante planning verifier --semaine 2026-W50 && masante planning publier --semaine 2026-W50
            ```

            ```
            Candidat·e enregistré·e : … (n°…).
            ```
            """
        let examples = GuideExamples.parse(markdown)
        #expect(examples.blocks.count == 1)
        let block = examples.blocks[0]
        #expect(block.section == "3. Suivre un candidat")
        #expect(
            block.commands.map(\.arguments) == [
                [
                    "recrutement", "candidat", "--nom", "LEFEBVRE", "--prenom", "Camille", "--note",
                    "Salon « Lot » d'automne",
                ],
                ["personnel", "liste", "--format", "csv"],
                ["base", "etat"],
                ["planning", "verifier", "--semaine", "2026-W50"],
                ["planning", "publier", "--semaine", "2026-W50"],
            ])
        #expect(block.commands.map(\.line) == [5, 7, 8, 9, 9])
        #expect(block.commands[1].stdoutFile == "personnel-a-jour.csv")
        #expect(block.commands.map(\.afterSuccess) == [false, false, false, false, true])
        #expect(block.commands[2].stdoutFile == "/dev/null")
        #expect(block.skipped == ["export MASANTE_BASE=\"dbname=x\"", "|| logger -p user.err échec"])
        #expect(block.output == ["Candidat·e enregistré·e : … (n°…)."])
    }

    @Test func indentedAndQuotedBlocksAreExamplesTooAndOtherLanguagesAreListings() {
        let markdown = """
            - Le jour de son arrivée :

              ```sh
              masante recrutement etape --personne "VIDAL Manon" --etape en_poste
              ```
              ```
              VIDAL Manon (n°10) : étape « en poste ».
              ```

            > ```sh
            > masante personnel liste --format csv > a.csv
            > ```

            ## 11. SQL

            ```sql
            SELECT * FROM report_staff(current_date);
            ```
            """
        let examples = GuideExamples.parse(markdown)
        #expect(
            examples.blocks.map { $0.commands.map(\.arguments) } == [
                [["recrutement", "etape", "--personne", "VIDAL Manon", "--etape", "en_poste"]],
                [["personnel", "liste", "--format", "csv"]],
            ])
        #expect(examples.blocks[0].output == ["VIDAL Manon (n°10) : étape « en poste »."])
        #expect(
            examples.listings == [
                GuideExamples.Listing(
                    line: 16, section: "11. SQL", language: "sql",
                    text: "SELECT * FROM report_staff(current_date);")
            ])
    }

    @Test func documentedLinesMustAppearInOrderWithEllipsesForAnyText() {
        let printed = """
            numero  nom
            ──────  ───
               134  LEFEBVRE
               135  VIDAL
            Total au 02/12/2026 : 135 personne(s), 120,3 ETP
            """
        #expect(
            DocumentedOutput.firstMissingLine(
                expected: ["numero  nom", "…", "   135  VIDAL", "Total au … : … personne(s), … ETP"],
                actual: printed) == nil)
        #expect(
            DocumentedOutput.firstMissingLine(expected: ["   135  VIDAL", "   134  LEFEBVRE"], actual: printed)
                == "   134  LEFEBVRE")
        #expect(DocumentedOutput.firstMissingLine(expected: ["   134  LEFEBV"], actual: printed) == "   134  LEFEBV")
        #expect(
            DocumentedOutput.firstMissingLine(
                expected: ["512 009 consultations (66,5 %)"],
                actual: "\u{FEFF}512\u{202F}009 consultations (66,5\u{00A0}%)") == nil)
        #expect(!DocumentedOutput.matches(pattern: "a…b…a", "ab"))
        #expect(DocumentedOutput.matches(pattern: "a…b…c", "a-b-b-c"))
    }
}
