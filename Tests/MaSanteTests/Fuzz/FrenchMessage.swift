import Foundation
import MaSante
import Testing

/// Why `message` does not read as a message for French staff, nil when it does.
///
/// A message must not be empty, must show no Swift internals (`Optional(`, a type name, an
/// interpolation left as is), must use none of the English words that betray an untranslated
/// message, and must use at least one word of the vocabulary our messages are made of. What the
/// user typed, quoted between « and », is left out of the word checks.
///
/// ```swift
/// frenchProblem("date invalide « 31/02 » : ce jour n'existe pas")   // nil
/// frenchProblem("invalid date")                                     // "English word « invalid »…"
/// ```
func frenchProblem(_ message: String) -> String? {
    guard message.contains(where: { !$0.isWhitespace }) else { return "empty message" }
    var ours = Substring(message)
    if let open = message.firstIndex(of: "«"), let close = message.lastIndex(of: "»"), open < close {
        ours = message[..<open] + " " + message[message.index(after: close)...]
    }
    for leak in ["Optional(", "FieldError(", "CSVError(", "ImportIssue(", "\\(", "%@", "%d", "Swift.", "MaSante."]
    where ours.contains(leak) {
        return "Swift internals « \(leak) » in « \(message) »"
    }
    let words = ours.lowercased().split { !$0.isLetter }.map(String.init)
    if let english = words.first(where: englishGiveaways.contains) {
        return "English word « \(english) » in « \(message) »"
    }
    guard words.contains(where: frenchVocabulary.contains) else {
        return "no French word in « \(message) »"
    }
    return nil
}

/// Whether `message` reads as a message for French staff (see `frenchProblem`).
func isFrench(_ message: String) -> Bool { frenchProblem(message) == nil }

/// Words that never appear in our French messages but do in an untranslated or leaked one.
private let englishGiveaways: Set<String> = [
    "error", "errors", "invalid", "expected", "unexpected", "line", "lines", "column", "columns", "failed", "fail",
    "missing", "unknown", "must", "cannot", "should", "not", "the", "file", "empty", "value", "found", "range",
    "overflow", "nil", "optional", "is", "of", "and", "with", "too", "bytes", "header", "quote", "unterminated",
    "character", "number", "fatal", "undefined", "null", "none",
]

/// The words our messages are made of; every message uses at least one.
private let frenchVocabulary: Set<String> = [
    "ligne", "colonne", "colonnes", "attendu", "attendue", "attendus", "attendues", "invalide", "invalides",
    "fichier", "champ", "valeur", "valeurs", "possibles", "manquant", "manquante", "manquants", "manquantes",
    "inconnu", "inconnue", "heure", "heures", "hebdomadaires", "date", "jour", "mois", "semaine", "plage", "plages",
    "nombre", "entier", "chiffre", "chiffres", "caractère", "caractères", "guillemet", "octet", "octets", "vide",
    "illisible", "enregistrer", "volumineux", "limite", "nul", "département", "statut", "spécialité", "profession",
    "centre", "contrat", "personne", "activité", "doit", "précède", "début", "fin", "chevauchent", "futur",
    "exemple", "existe", "nom", "prénom", "commune", "ouvert", "ouverture", "correspond", "obligatoire", "réservée",
    "dossier", "introuvable", "impossible", "contrôle", "incorrect", "hors",
]

/// Checks that an import issue reads as French and names its line and its column, one of `columns`.
func expectFrenchIssue(
    _ issue: ImportIssue, line: Int, columns: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(issue.line == line, "\(issue)", sourceLocation: sourceLocation)
    #expect(
        frenchProblem(issue.message) == nil, "\(frenchProblem(issue.message) ?? "")", sourceLocation: sourceLocation)
    guard let column = issue.column else {
        Issue.record("no column named: \(issue)", sourceLocation: sourceLocation)
        return
    }
    #expect(columns.contains(column), "unknown column: \(issue)", sourceLocation: sourceLocation)
    #expect(
        issue.description.hasPrefix("ligne \(line), colonne \(column) : "), "\(issue)", sourceLocation: sourceLocation)
}

/// Checks that a CSV error reads as French and, when it is about a line, names one the file has.
func expectFrenchCSVError(
    _ error: CSVError, lineCount: Int, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        frenchProblem(error.message) == nil, "\(frenchProblem(error.message) ?? "")", sourceLocation: sourceLocation)
    if let line = error.line {
        #expect(
            (1...max(1, lineCount)).contains(line), "line \(line) of \(lineCount): \(error)",
            sourceLocation: sourceLocation)
        #expect(error.description.hasPrefix("ligne \(line) : "), "\(error)", sourceLocation: sourceLocation)
    }
}

/// Parses `text`; a refusal must be a French message. The value when `parse` accepts the text.
func expectValueOrFrenchRefusal<Value>(
    _ text: String, _ parse: (String) throws(FieldError) -> Value, sourceLocation: SourceLocation = #_sourceLocation
) -> Value? {
    do {
        return try parse(text)
    } catch {
        #expect(
            frenchProblem(error.message) == nil, "\(frenchProblem(error.message) ?? "") (input « \(text) »)",
            sourceLocation: sourceLocation)
        return nil
    }
}

@Suite struct FrenchMessageTests {
    @Test func realMessagesReadAsFrench() {
        #expect(isFrench("date invalide « 31/02/2024 » : ce jour n'existe pas"))
        #expect(isFrench("ligne de plus de 1 Mo : est-ce bien un fichier CSV ?"))
        #expect(isFrench("nombre invalide « the invalid value » : attendu par exemple 17,5 ou 35"))
    }

    @Test func englishEmptyOrLeakedMessagesDoNot() {
        #expect(!isFrench(""))
        #expect(!isFrench("  "))
        #expect(!isFrench("invalid date « 31/02/2024 »"))
        #expect(!isFrench("date invalide : expected JJ/MM/AAAA"))
        #expect(!isFrench("date invalide Optional(\"x\")"))
        #expect(!isFrench("12:30"))
    }
}
