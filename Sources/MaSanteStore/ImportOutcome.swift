public import MaSante

/// What an import did, line by line: created, updated or left unchanged.
public struct ImportSummary: Sendable, Hashable, Codable {
    /// Data lines read (the header and empty lines excluded).
    public var lines = 0
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    /// Accepted oddities worth telling (e.g. a département outside Occitanie).
    public var warnings: [ImportIssue] = []

    public init() {}

    /// "120 lignes : 100 créées, 5 mises à jour, 15 inchangées".
    public var french: String {
        "\(lines) ligne(s) : \(created) créée(s), \(updated) mise(s) à jour, \(unchanged) inchangée(s)"
    }
}

/// An import refused because of bad lines: nothing was written.
public struct ImportRejected: Error, Sendable, CustomStringConvertible {
    /// The problems found, sorted by line (at most ``IssueCollector/limit`` of them).
    public var issues: [ImportIssue]
    /// How many problems there were in all.
    public var total: Int

    public init(issues: [ImportIssue], total: Int) {
        self.issues = issues
        self.total = total
    }

    public var description: String {
        var lines = issues.map(\.description)
        if total > issues.count { lines.append("… et \(total - issues.count) autre(s) erreur(s)") }
        lines.append("Import refusé : \(total) erreur(s). Rien n'a été enregistré.")
        return lines.joined(separator: "\n")
    }
}

/// Gathers the problems of an import, keeping memory bounded on a very bad file.
public struct IssueCollector: Sendable {
    public static let limit = 1_000
    public private(set) var issues: [ImportIssue] = []
    public private(set) var total = 0

    public init() {}

    public var isEmpty: Bool { total == 0 }

    public mutating func add(_ issue: ImportIssue) {
        total += 1
        if issues.count < Self.limit { issues.append(issue) }
    }

    public mutating func add(contentsOf more: [ImportIssue]) {
        more.forEach { add($0) }
    }

    public func rejection() -> ImportRejected {
        ImportRejected(issues: issues.sorted(), total: total)
    }
}
