import Foundation

/// swift-argument-parser's own words (its errors and help headings) said in French.
///
/// The parser writes its messages in English; `frenchMain()` passes each of them through
/// ``translate(_:)`` before a user reads it. Our own help texts and errors are French already and
/// go through unchanged.
///
/// ```swift
/// FrenchParserText.translate("Error: Unknown option '--centr'")   // "Erreur : option inconnue « --centr »"
/// ```
public enum FrenchParserText {
    public static func translate(_ text: String) -> String {
        var text = text
        for (english, french) in phrases { text = text.replacingOccurrences(of: english, with: french) }
        text = text.replacing(#/See '(?<command>[^']+)' for detailed help\./#) {
            "Voir « \($0.command) » pour l'aide détaillée."
        }
        text = text.replacing(#/See '(?<command>[^']+)' for more information\./#) {
            "Voir « \($0.command) » pour plus de détails."
        }
        text = text.replacing(#/Unknown option '(?<option>[^']+)'\. Did you mean '(?<other>[^']+)'\?/#) {
            "option inconnue « \($0.option) » ; vouliez-vous dire « \($0.other) » ?"
        }
        text = text.replacing(#/Unknown option '(?<option>[^']+)'/#) { "option inconnue « \($0.option) »" }
        text = text.replacing(#/Missing expected argument '(?<name>--[^']+)'/#) {
            "option obligatoire manquante : « \($0.name) »"
        }
        text = text.replacing(#/Missing expected argument '(?<name>[^']+)'/#) {
            "argument obligatoire manquant : « \($0.name) »"
        }
        text = text.replacing(#/Missing one of: (?<names>.+)/#) {
            "il manque l'une de ces options : \(quoted($0.names))"
        }
        text = text.replacing(#/Missing value for '(?<name>[^']+)'/#) { "valeur manquante pour « \($0.name) »" }
        text = text.replacing(#/The value '(?<value>[^']*)' is invalid for '(?<name>[^']+)'/#) {
            "la valeur « \($0.value) » n'est pas valable pour « \($0.name) »"
        }
        text = text.replacing(#/The value '(?<value>[^']*)' is invalid\./#) {
            "la valeur « \($0.value) » n'est pas valable."
        }
        text = text.replacing(#/\. Please provide one of the following:/#) { _ in ". Valeurs possibles :" }
        text = text.replacing(#/\. Please provide one of (?<values>.+)\./#) {
            ". Valeurs possibles : \(quoted($0.values).replacingOccurrences(of: " and ", with: " et ").replacingOccurrences(of: " or ", with: " ou "))."
        }
        text = text.replacing(#/(?<count>\d+) unexpected arguments: (?<values>.+)/#) {
            "\($0.count) arguments inattendus : \(quoted($0.values))"
        }
        text = text.replacing(#/Unexpected argument '(?<value>[^']*)'/#) { "argument inattendu « \($0.value) »" }
        text = text.replacing(
            #/The option '(?<name>[^']+)' does not take any value, but '(?<value>[^']*)' was specified\./#
        ) {
            "l'option « \($0.name) » ne prend pas de valeur, or « \($0.value) » a été donné."
        }
        text = text.replacing(#/Value to be set with (?<second>.+) had already been set with (?<first>.+)/#) {
            "valeur donnée deux fois : \($0.second), déjà donnée par \($0.first)"
        }
        text = text.replacing(#/\((?:values: (?<values>[^);]*);(?<gap>\s+))?default:(?<space>\s+)/#) { match in
            "(\(match.values.map { "valeurs : \($0) ;\(match.gap ?? " ")" } ?? "")par défaut :\(match.space)"
        }
        text = text.replacing(#/\(values: /#) { _ in "(valeurs : " }
        return text
    }

    /// `'a', 'b'` as `« a », « b »`.
    private static func quoted(_ list: Substring) -> String {
        String(list.replacing(#/'(?<item>[^']*)'/#) { "« \($0.item) »" })
    }

    /// Fixed phrases: headings, prefixes and the help flag's own line.
    private static let phrases: [(String, String)] = [
        ("OVERVIEW: ", "DESCRIPTION : "),
        ("USAGE: ", "UTILISATION : "),
        ("\nARGUMENTS:\n", "\nARGUMENTS :\n"),
        ("\nOPTIONS:\n", "\nOPTIONS :\n"),
        ("\nSUBCOMMANDS:\n", "\nSOUS-COMMANDES :\n"),
        ("Show subcommand help information.", "Affiche l'aide d'une sous-commande."),
        ("Show help information.", "Affiche l'aide."),
        ("Show the version.", "Affiche la version."),
        ("Error: ", "Erreur : "),
        ("Usage: ", "Utilisation : "),
        ("Help:  ", "Aide : "),
        ("Missing required subcommand.", "sous-commande manquante."),
        ("Invalid option: ", "option invalide : "),
        ("(default)", "(par défaut)"),
        ("<subcommand>", "<sous-commande>"),
    ]
}
