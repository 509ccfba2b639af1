import ArgumentParser
import Foundation
import MaSanteTerminal
import Testing

/// The parser's own words reach users in French (issue 14): errors with the same exit status
/// (64), and every help text with French headings, defaults and help flag.
@Suite struct FrenchParserTests {
    static let english = [
        "Error:", "Usage:", "USAGE:", "OVERVIEW:", "OPTIONS:\n", "SUBCOMMANDS:", "Help:", "See '", "Show help",
        "default:", "Missing", "Unknown", "invalid", "Please provide", "<subcommand>",
    ]

    static func expectNoEnglish(_ text: String, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for phrase in english {
            #expect(!text.contains(phrase), "[\(context)] « \(phrase) » in:\n\(text)", sourceLocation: sourceLocation)
        }
    }

    @Test func anUnknownOptionIsRefusedInFrenchWithExit64() throws {
        let result = try runMasante(["planning", "semaine", "--centre", "millas", "--bidule"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Erreur : option inconnue « --bidule »"), "\(result.stderr)")
        #expect(
            result.stderr.contains("Voir « masante planning semaine --help » pour plus de détails."), "\(result.stderr)"
        )
        #expect(result.stdout.isEmpty)
        Self.expectNoEnglish(result.stderr, "unknown option")
    }

    @Test func aMisspeltOptionIsAnsweredWithTheRightOneInFrench() throws {
        let result = try runMasante(["centres", "liste", "--formt", "json"])
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix("Erreur : option inconnue « --formt » ; vouliez-vous dire « --format » ?"),
            "\(result.stderr)")
    }

    @Test func aMissingArgumentOrOptionIsRefusedInFrenchWithExit64() throws {
        let argument = try runMasante(["centres", "importer"])
        #expect(argument.status == 64)
        #expect(
            argument.stderr.hasPrefix("Erreur : argument obligatoire manquant : « <fichier> »"), "\(argument.stderr)")
        #expect(argument.stderr.contains("Utilisation : masante centres importer"), "\(argument.stderr)")
        Self.expectNoEnglish(argument.stderr, "missing argument")

        let option = try runMasante(["planning", "ajouter", "--jour", "2026-12-01"])
        #expect(option.status == 64)
        #expect(
            option.stderr.hasPrefix("Erreur : option obligatoire manquante : « --personne <personne> »"),
            "\(option.stderr)")
        Self.expectNoEnglish(option.stderr, "missing option")

        let value = try runMasante(["planning", "semaine", "--centre"])
        #expect(value.status == 64)
        #expect(value.stderr.hasPrefix("Erreur : valeur manquante pour « --centre <centre> »"), "\(value.stderr)")
    }

    @Test func aValueOfTheWrongTypeIsRefusedInFrenchWithExit64() throws {
        let result = try runMasante(["planning", "proposer", "--secondes", "trois"])
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix("Erreur : la valeur « trois » n'est pas valable pour « --secondes <secondes> »"),
            "\(result.stderr)")
        Self.expectNoEnglish(result.stderr, "bad value")
    }

    /// A command with a choice among values, as the parser words it for an enum.
    struct Probe: ParsableCommand {
        enum Colour: String, ExpressibleByArgument, CaseIterable { case rouge, vert, bleu }
        @Option(help: "Couleur.") var couleur: Colour = .vert
    }

    @Test func aBadChoiceAmongValuesIsRefusedInFrenchListingThem() {
        do {
            _ = try Probe.parseAsRoot(["--couleur", "jaune"])
            Issue.record("« jaune » accepted")
        } catch {
            let message = FrenchParserText.translate(Probe.fullMessage(for: error))
            #expect(Probe.exitCode(for: error).rawValue == 64)
            #expect(
                message.hasPrefix(
                    "Erreur : la valeur « jaune » n'est pas valable pour « --couleur <couleur> ». Valeurs possibles : « rouge », « vert » ou « bleu »."
                ),
                "\(message)")
            Self.expectNoEnglish(message, "enum")
        }
        let help = FrenchParserText.translate(Probe.helpMessage(columns: 80))
        #expect(help.contains("Couleur. (valeurs : rouge, vert, bleu ; par défaut : vert)"), "\(help)")
    }

    @Test func helpIsInFrench() throws {
        let result = try runMasante(["planning", "proposer", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("DESCRIPTION : Propose la semaine d'un centre"), "\(result.stdout)")
        #expect(result.stdout.contains("UTILISATION : masante planning proposer"), "\(result.stdout)")
        #expect(result.stdout.contains("\nOPTIONS :\n"), "\(result.stdout)")
        #expect(result.stdout.contains("-h, --help              Affiche l'aide."), "\(result.stdout)")
        #expect(result.stdout.contains("(par défaut :"), "\(result.stdout)")
        Self.expectNoEnglish(result.stdout, "proposer --help")

        let root = try runMasante(["--help"])
        #expect(root.stdout.contains("\nSOUS-COMMANDES :\n"), "\(root.stdout)")
        #expect(root.stdout.contains("Voir « masante help <sous-commande> » pour l'aide détaillée."), "\(root.stdout)")
    }

    /// The subcommands a `--help` lists under « SOUS-COMMANDES : » (an indented name, then its abstract).
    static func subcommands(inHelp help: String) -> [String] {
        guard let section = help.components(separatedBy: "SOUS-COMMANDES :\n").dropFirst().first else { return [] }
        return section.split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.isEmpty }
            .compactMap { line -> String? in
                guard line.hasPrefix("  "), !line.hasPrefix("      ") else { return nil }
                return line.split(separator: " ").first.map(String.init)
            }
            .filter { $0 != "help" }
    }

    @Test func everyCommandsHelpHasNoEnglishLeft() throws {
        // The tree is walked as a user would: each help names the subcommands to open next.
        var pending: [[String]] = [[]], seen = 0
        while let path = pending.popLast() {
            let result = try runMasante(path + ["--help"])
            #expect(result.status == 0, "\(path): \(result.stderr)")
            Self.expectNoEnglish(result.stdout, path.joined(separator: " "))
            pending += Self.subcommands(inHelp: result.stdout).map { path + [$0] }
            seen += 1
        }
        #expect(seen > 30)
    }
}
