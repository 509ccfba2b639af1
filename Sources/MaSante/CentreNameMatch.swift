/// Finds the centre a person means among the known names, as non-technicians type it: without
/// accents or capitals, or by a part of the name that only one centre has.
///
/// A name matching whole is chosen first; then a part that is a whole word (or words) of only one
/// name; then a part found inside only one name. Several candidates at the same step make the
/// answer ambiguous, and the caller lists them.
///
/// ```swift
/// let names = ["Centre de santé de Millas", "Centre de santé de Thuir"]
/// CentreNameMatch(typed: "millas", among: names)        // .found("Centre de santé de Millas")
/// CentreNameMatch(typed: "centre", among: names)        // .ambiguous([both])
/// CentreNameMatch(typed: "Perpignan", among: names)     // .unknown
/// ```
public enum CentreNameMatch: Hashable, Sendable {
    case found(String)
    case ambiguous([String])
    case unknown

    public init(typed: String, among names: [String]) {
        let wanted = FrenchText.key(typed)
        guard !wanted.isEmpty else {
            self = .unknown
            return
        }
        let keyed = names.map { (name: $0, key: FrenchText.key($0)) }
        let steps: [(String) -> Bool] = [
            { $0 == wanted },
            { "_\($0)_".contains("_\(wanted)_") },
            { $0.contains(wanted) },
        ]
        for step in steps {
            let candidates = keyed.filter { step($0.key) }.map(\.name)
            switch candidates.count {
            case 0: continue
            case 1: self = .found(candidates[0])
            default: self = .ambiguous(candidates.sorted())
            }
            return
        }
        self = .unknown
    }
}
