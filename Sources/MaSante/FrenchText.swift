import Foundation
import Synchronization

/// Helpers to match what users type against known French labels.
public enum FrenchText {
    /// A comparison key: lowercase, accents removed, spaces, hyphens and apostrophes turned
    /// into `_`, `·` dropped. `"Sage-Femme "` and `"sage_femme"` give the same key.
    public static func key(_ text: String) -> String {
        // Files repeat the same few labels on every line; folding is costly, so remember them.
        if let known = recentKeys.withLock({ $0[text] }) { return known }
        let key = computeKey(text)
        recentKeys.withLock { cache in
            if cache.count >= 1_024 { cache.removeAll(keepingCapacity: true) }
            cache[text] = key
        }
        return key
    }

    private static let recentKeys = Mutex<[String: String]>([:])

    /// `name` after the preposition « de », elided before a vowel: « de Marie DURAND »,
    /// « d'Anne MARTIN », « d'Espalion ».
    public static func of(_ name: String) -> String {
        let elided = name.first.map { "AEIOUYÉÈÊÀÂÎÔ".contains($0.uppercased()) } ?? false
        return (elided ? "d'" : "de ") + name
    }

    private static func computeKey(_ text: String) -> String {
        let folded = text.trimmedSpaces
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
            .lowercased()
        var key = ""
        for character in folded {
            switch character {
            case " ", "-", "'", "’", "_", ".": if !key.hasSuffix("_") { key.append("_") }
            case "·", "(", ")": continue
            default: key.append(character)
            }
        }
        while key.hasSuffix("_") { key.removeLast() }
        return key
    }
}
